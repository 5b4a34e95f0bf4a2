"""Reading files: encodings, front matter, JSON and HTML articles, unreadable input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ingest.article import article_lines
from generator.ingest.clean import clean_source
from generator.ingest.languages import detect_language, stop_words
from generator.ingest.metadata import Given, load_front_matter, stated_date
from generator.ingest.read import (
    InputError,
    decode,
    find_stories,
    read_article,
    shown,
    slug,
    unique_ids,
)
from generator.ingest.webpage import read_page, region_of
from generator.model import Fate, Source
from generator.settings import DEFAULT


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfHello", "Hello"),
        ("Caf\u00e9 \u201cquoted\u201d".encode(), "Caf\u00e9 \u201cquoted\u201d"),
        (b"one\r\ntwo\rthree", "one\ntwo\nthree"),
    ],
    ids=["utf8-bom", "utf8", "line-endings"],
)
def test_decode_reads_utf8_with_or_without_bom(data, expected):
    assert decode(data, Path("a.txt"))[0] == expected


def test_decode_falls_back_to_legacy_encoding_with_a_warning():
    text = "Le président a déclaré que la réunion était très productive et élégante. " * 3
    decoded, warnings = decode(text.encode("cp1252"), Path("old.txt"))
    assert "président" in decoded
    assert "old.txt" in warnings[0]


def test_decode_rejects_binary_data_naming_the_file():
    with pytest.raises(InputError, match=r"^photo\.txt: looks like a binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, Path("photo.txt"))


def test_markdown_front_matter_gives_metadata_and_its_lines_are_accounted_for(tmp_path):
    path = write(
        tmp_path,
        "a.md",
        '---\ntitle: "A: B"\noutlet: Example Daily\ndate: 2010-07-04\n'
        "author: Ann Lee and Bo Chan\n---\nFirst paragraph.\n",
    )
    source, given = read_article(path, tmp_path)
    assert (given.title, given.outlet, given.published) == ("A: B", "Example Daily", "2010-07-04")
    assert given.byline == ("Ann Lee", "Bo Chan")
    assert [line.fate for line in source.lines] == [Fate.METADATA] * 6
    assert source.raw.split("\n")[6] == "First paragraph."


def test_malformed_front_matter_is_kept_as_text_with_a_warning(tmp_path):
    path = write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\nBody.\n")
    source, given = read_article(path, tmp_path)
    assert given.title == ""
    assert "front matter is not valid YAML" in source.warnings[0]
    assert "title: [unclosed" in source.raw


def test_json_article_fields(tmp_path):
    article = {
        "title": "T",
        "text": "Para one.\n\nPara two.",
        "author": "Ann Lee",
        "date": "2021-12-30",
        "sitename": "Example News",
        "url": "https://example.org/a",
    }
    source, given = read_article(write(tmp_path, "a.json", json.dumps(article)), tmp_path)
    assert source.raw == "Para one.\n\nPara two."
    assert (given.outlet, given.url, given.byline) == (
        "Example News",
        "https://example.org/a",
        ("Ann Lee",),
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"bad\.json: not valid JSON \(line 1"),
        ('{"title": "x"}', "no text field"),
        ("[1, 2]", "must hold one article object"),
    ],
    ids=["syntax", "no-text", "not-object"],
)
def test_bad_json_is_a_one_line_error_naming_the_file(tmp_path, content, message):
    with pytest.raises(InputError, match=message) as error:
        read_article(write(tmp_path, "bad.json", content), tmp_path)
    assert "\n" not in str(error.value)


def test_html_page_gives_meta_and_text_and_lists_scripts(tmp_path):
    page = (
        "<html><head><title>Site title</title><meta property='og:title' content='Real title'>"
        "<meta property='og:site_name' content='Example News'>"
        "<meta property='article:published_time' content='2021-12-30T10:00:00Z'></head>"
        "<body><script>alert(1)</script><nav>Home</nav><article><h1>Real title</h1>"
        "<p>First <b>bold</b> paragraph.</p><p>Second paragraph.</p></article></body></html>"
    )
    source, given = read_article(write(tmp_path, "p.html", page), tmp_path)
    assert (given.title, given.outlet, given.published) == (
        "Real title",
        "Example News",
        "2021-12-30",
    )
    assert "First bold paragraph." in source.raw.split("\n")
    assert "alert(1)" not in source.raw
    assert source.lines[0].fate is Fate.REMOVED and "<script>" in source.lines[0].reason


@pytest.mark.parametrize(
    ("name", "expected"),
    [("My Article (1)", "my-article-1"), ("Ünïcødé name", "ünïcødé-name"), ("a.b", "a.b")],
    ids=["spaces", "non-ascii", "dots"],
)
def test_slug_keeps_ids_url_safe(name, expected):
    assert slug(name) == expected


def test_find_stories_flat_folder_is_one_story_and_subfolders_are_several(tmp_path):
    write(tmp_path, "a.txt", "x")
    assert [sid for sid, _ in find_stories(tmp_path)] == [slug(tmp_path.name)]
    nested = tmp_path / "nested"
    (nested / "one").mkdir(parents=True)
    (nested / "two").mkdir()
    write(nested / "one", "a.txt", "x")
    write(nested / "two", "b.md", "y")
    assert [sid for sid, _ in find_stories(nested)] == ["one", "two"]


@pytest.mark.parametrize(
    ("names", "ids"),
    [
        (["a-3", "a", "a"], ["a-3", "a", "a-2"]),
        (["a", "a", "a-2"], ["a", "a-3", "a-2"]),  # a number never takes another name's id
        (["index", "sources", "report"], ["index-2", "sources-2", "report-2"]),
        (["Story A", "story-a", "STORY A"], ["story-a", "story-a-2", "story-a-3"]),
        (["", "...", "x"], ["article", "article-2", "x"]),
    ],
    ids=[
        "number-suffix",
        "natural-id-kept-free",
        "reserved-page-names",
        "case-and-spaces",
        "empty",
    ],
)
def test_unique_ids_are_deterministic_and_leave_site_pages_free(names, ids):
    assert unique_ids(names, "article") == ids


def test_shown_names_are_printable_on_one_line():
    assert shown(Path("caf\udce9\n\x1b.txt")) == "caf\ufffd??.txt"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-29", ("2024-02-29", False)),
        ("2024-02-30", ("", True)),
        ("2024-13-01", ("", True)),
        ("2024-01-01 25:00:00", ("", True)),
        ("2021-12-30T10:00:00.000+0000", ("2021-12-30", False)),
        ("March 3, 2024", ("2024-03-03", False)),
        ("March 2024", ("", True)),  # no day: not a publication date
        ("9" * 5000, ("", True)),
        ("", ("", False)),
    ],
    ids=["leap-day", "feb-30", "month-13", "hour-25", "iso-with-zone", "words", "no-day", "digits",
         "empty"],
)  # fmt: skip
def test_stated_dates_are_real_dates_or_a_warning(value, expected):
    assert stated_date(value) == expected


@pytest.mark.parametrize(
    ("front_matter", "problem"),
    [
        ("a: &x [1, 2]\nb: *x", "uses an alias (*x)"),
        ("a: &x {k: v}\nb:\n  <<: *x", "uses an alias (*x)"),
        ("t: " + "[" * 3000, "nested too deeply"),
        ("t: " + "x" * 30_000, "over 20,000 characters"),
        ("t: !!python/object:os.system ls", "not valid YAML"),
    ],
    ids=["alias", "merge-key", "deep", "long", "python-tag"],
)
def test_front_matter_that_could_harm_the_reader_is_refused(front_matter, problem):
    data, message = load_front_matter(front_matter)
    assert data is None and problem in message


@pytest.mark.parametrize(
    ("depth", "read"), [(3, True), (100, True), (101, False)], ids=["3", "100", "101"]
)
def test_front_matter_nested_past_the_limit_is_refused_before_parsing(depth, read):
    # Closed brackets nest as deep as open ones: the bound is on depth, not on balance.
    data, message = load_front_matter("t: " + "[" * depth + "x" + "]" * depth)
    assert (data is not None, "nested too deeply" in message) == (read, not read)


def test_front_matter_numbers_and_dates_stay_as_written():
    data, _ = load_front_matter("n: " + "9" * 5000 + "\nf: 1e309\nd: 2024-02-30\nt: 25:00:00")
    assert data == {"n": "9" * 5000, "f": "1e309", "d": "2024-02-30", "t": "25:00:00"}


@pytest.mark.parametrize(
    ("page", "text"),
    [
        ("<ul>" + "<li>x</li>" * 3 + "</ul>", "x\nx\nx"),
        ("<div>" * 3000 + "deep", "deep"),
        ("<p>a<script>var s = '<p>no</p>';</script> b</p>", "a b"),
        ("<p>one<br>two</p><svg><title>t</title><text>no</text></svg>", "one\ntwo"),
        ("<a<a<a<a", ""),
        ("<p>x &amp; y &lt;b&gt;</p><!-- comment -->", "x & y <b>"),
    ],
    ids=["list", "nested", "script", "svg", "unclosed", "entities"],
)
def test_web_page_text_is_read_in_one_pass(page, text):
    assert read_page(page).text.strip() == text


def test_web_page_head_gives_metadata_not_text():
    page = read_page(
        "<html><head><title>Site</title><meta name='Author' content='Ann Lee'>"
        "<link rel='canonical' href='https://example.org/a'></head><body><p>Body.</p></body>"
    )
    assert (page.title, page.meta, page.canonical) == (
        "Site",
        {"author": "Ann Lee"},
        "https://example.org/a",
    )
    assert page.text.strip() == "Body."


PROSE = (
    "The council said on Monday that the new bridge over the river would open to traffic in "
    "the spring, after two years of work and a long argument about its cost to the town, which "
    "had been paid for by a loan that the next council will have to pay back. "
)
# Paragraphs that differ: an extractor drops a paragraph that repeats another.
WORDS = ("first", "second", "third", "fourth", "fifth")


@pytest.mark.parametrize(
    ("tag", "attrib", "region"),
    [
        ("nav", {}, "navigation"),
        ("div", {"class": "comments-area"}, "comments"),
        ("div", {"id": "social-share"}, "share buttons"),
        ("section", {"role": "contentinfo"}, "page footer"),
        ("div", {"class": "entry-content"}, ""),
    ],
    ids=["nav", "comments-class", "share-id", "role", "article"],
)
def test_page_regions_are_named_by_element_role_or_class(tag, attrib, region):
    assert region_of(tag, attrib) == region


def test_a_page_line_remembers_its_region():
    page = read_page(
        "<body><nav><a>Home</a></nav><article><p>Text.</p></article>"
        "<div class='comment-list'><p>First!</p></div></body>"
    )
    assert list(zip(page.lines, page.regions, strict=True)) == [
        ("Home", "navigation"), ("Text.", ""), ("First!", "comments"),
    ]


@pytest.mark.parametrize(
    ("html", "meta", "regions"),
    [
        ("<DIV CLASS='Comments'><P>First!</P></DIV>", {}, ["comments"]),
        ("<div hidden><p>Text.</p></div><!-- <nav>Old menu</nav> -->", {}, [""]),
        ("<head><META PROPERTY='og:title' CONTENT='A headline'><meta name='author' content>"
         "</head><body><p>Text.</p></body>", {"og:title": "A headline", "author": ""}, [""]),
        ("<div class='share'><p>Share</p></div><div class='share'><p>Tweet</p></div>", {},
         ["share buttons", "share buttons"]),
    ],
    ids=["upper-case-names", "valueless-attribute-and-comment", "meta-tags", "repeated-class"],
)
def test_page_reader_takes_attributes_as_the_parser_hands_them(html, meta, regions):
    """The reader relies on libxml2 handing names in lower case and a valueless attribute as ''
    (no copy of the attributes per element), skips comments, and looks a class name up once."""
    page = read_page(html)
    assert page.meta == meta
    assert page.regions == regions


@pytest.mark.parametrize(
    ("lines", "article", "kept"),
    [
        (["Home", "A long first line of the article here", "Share"],
         "a long first line of the article here", {1}),
        (["The mayor opened the bridge", "Share", "It cost a lot of money today"],
         "the mayor opened the bridge share it cost a lot of money today", {0, 1, 2}),
        (["The mayor opened the bridge today", "Menu of the site", "The mayor opened the bridge"],
         "the mayor opened the bridge today", {0}),
    ],
    ids=["short-lines-outside", "short-line-in-place", "repeat-matched-once"],
)
def test_article_text_is_found_back_in_the_page_lines(lines, article, kept):
    assert article_lines(lines, article, DEFAULT.ingest) == kept


def test_saved_page_keeps_the_article_and_lists_every_other_line_with_a_reason(tmp_path):
    page = (
        "<html><head><title>Bridge opens | Example Herald</title></head><body>"
        "<nav><ul><li>Home</li><li>Sport</li></ul></nav><article><h1>Bridge opens</h1>"
        + "".join(f"<p>The {WORDS[n]} point. {PROSE}</p>" for n in range(4))
        + "</article><div class='related-posts'><p>Other story one</p></div>"
        "<footer><p>About us</p></footer></body></html>"
    )
    source, given = read_article(write(tmp_path, "p.html", page), tmp_path)
    cleaned = clean_source(source, given)
    assert len(cleaned.body) == 4 and cleaned.title == "Bridge opens"
    reasons = {line.text: line.reason for line in cleaned.removed}
    assert reasons == {
        "Home": "outside the article: navigation",
        "Sport": "outside the article: navigation",
        "Other story one": "outside the article: related articles",
        "About us": "outside the article: page footer",
    }


def test_pasted_page_junk_is_removed_and_the_headline_found():
    lines = ["Menu", "News", "Sport", "Weather", "Bridge opens after two years of work",
             "By Ann Lee", *(f"The {WORDS[n]} point. {PROSE}" for n in range(3)),
             "Short closing line.", *(f"The {WORDS[n]} point. {PROSE}" for n in range(3, 5)),
             "Share", "Most read", "Contact us"]
    source = clean_source(
        Source(id="a", path="a.txt", format="txt", raw="\n".join(lines)), Given()
    )
    assert source.title == "Bridge opens after two years of work"
    assert source.byline == ("Ann Lee",)
    assert len(source.body) == 6 and "Short closing line." in source.body
    assert {line.text for line in source.removed} == {
        "Menu", "News", "Sport", "Weather", "Share", "Most read", "Contact us",
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (PROSE * 3, "en"),
        ("Der Rat sagte am Montag, dass die neue Brücke über den Fluss im Frühjahr für den "
         "Verkehr geöffnet werde, nach zwei Jahren Arbeit und einem langen Streit. " * 3, "de"),
        ("Short text.", "en"),
    ],
    ids=["english", "german", "too-short-to-tell"],
)
def test_the_language_of_a_text_is_detected(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(("code", "word"), [("en", "the"), ("de", "und"), ("fr", "les")],
                         ids=["en", "de", "fr"])
def test_stop_words_come_from_spacy_lists(code, word):
    assert word in stop_words(code)


def test_no_stop_words_for_an_unknown_or_odd_code():
    assert stop_words("zz") == frozenset() and stop_words("../x") == frozenset()
