"""Cleaning: every input line lands in exactly one place, junk is removed with a reason."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import BASIL_STORIES, SEEDS, need_basil

from generator.ingest.bylines import split_outlet
from generator.ingest.clean import clean_source, parse_date
from generator.ingest.furniture import junk_reason
from generator.ingest.read import Given, find_articles, read_article
from generator.model import Fate, Source
from generator.settings import DEFAULT
from generator.text import normalise_space


def clean_text(text: str, given: Given | None = None) -> Source:
    source = Source(id="a", path="a.txt", format="txt", raw=text)
    return clean_source(source, given or Given())


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ADVERTISEMENT", "advertisement marker"),
        ("- Advertisement -", "advertisement marker"),
        ("548", "share or view counter"),
        ("2.5k", "share or view counter"),
        ("SHARES", "share or view counter"),
        ("0.4 C", "weather widget"),
        ("-3°F", "weather widget"),
        ("Please enter your comment!", "comment form"),
        ("Leave a Reply", "comment form"),
        ("Get the daily news in your inbox", "newsletter prompt"),
        ("Sign up for our newsletter", "newsletter prompt"),
        ("Related Articles", "related-article list"),
        ("Read more: what happened next", "related-article list"),
        ("DMCA / Correction Notice", "legal or site notice"),
        ("Copyright 2021 Example Media. All rights reserved.", "legal or site notice"),
        ("Write Ann Lee at [email protected]", "contact line"),
        ("Photo: Example Agency", "photo credit or caption label"),
        ("Example Images/Jane Roe", "photo credit or caption label"),
        ("Reply", "comment form"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:30],
)
def test_junk_lines_are_recognised_with_their_reason(line, reason):
    assert junk_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The senator said 548 people had signed the letter.",
        "Share prices fell sharply on Monday after the announcement.",
        "“Please enter your comment,” the moderator told the audience, who laughed.",
        "Sign up rates for the programme doubled, officials said.",
        "Putin reacted strongly.",
    ],
    ids=["number-in-sentence", "share-prices", "quoted-phrase", "sign-up-rates", "short-sentence"],
)
def test_article_sentences_are_not_junk(line):
    assert junk_reason(line) == ""


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "The Day – Leaders talk about sanctions, warn of breakup",
            ("Leaders talk about sanctions, warn of breakup", "The Day"),
        ),
        (
            "Leaders meet in the capital for talks | Example News",
            ("Leaders meet in the capital for talks", "Example News"),
        ),
        (
            "Ukraine – Russia talks begin in the capital",
            ("Ukraine – Russia talks begin in the capital", ""),
        ),
        ("A plain headline with no outlet", ("A plain headline with no outlet", "")),
    ],
    ids=["outlet-first", "outlet-last", "place-is-not-an-outlet", "no-separator"],
)
def test_outlet_glued_to_title_is_split_off(title, expected):
    assert split_outlet(title) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Monday, March 20, 2023", "2023-03-20"),
        ("December 30, 2021", "2021-12-30"),
        ("The meeting was held on 3 May 2019 in the capital city.", ""),
    ],
    ids=["weekday-date", "date", "sentence-with-date"],
)
def test_parse_date_only_takes_lines_that_are_dates(text, iso):
    assert parse_date(text) == iso


def test_page_date_above_the_headline_is_not_the_publication_date():
    source = clean_text(
        "12 C\nMonday, March 20, 2023\n\nLeaders Agree on a Deal\n\n"
        "WASHINGTON — The leaders agreed on a deal on Thursday.\n\nMore text here."
    )
    assert source.published == ""
    assert source.title == "Leaders Agree on a Deal"
    assert source.dateline == "WASHINGTON"
    assert source.body[0] == "The leaders agreed on a deal on Thursday."
    reasons = {line.text: line.reason for line in source.removed}
    assert "page date" in reasons["Monday, March 20, 2023"]


def test_byline_standfirst_and_date_under_the_headline():
    source = clean_text(
        "Leaders Agree on a Deal\nA summit ends with a surprise agreement\n"
        "By Ann Lee and Bo Chan\nPublished: December 30, 2021\n\nThe leaders agreed."
    )
    assert source.standfirst == "A summit ends with a surprise agreement"
    assert source.byline == ("Ann Lee", "Bo Chan")
    assert source.published == "2021-12-30"
    assert source.body == ("The leaders agreed.",)


def test_author_name_bio_and_footer_at_the_end():
    source = clean_text(
        "A Headline for the Story\n\nThe leaders agreed on Thursday.\n\nAnn Lee\n"
        "Ann Lee\nAnn is a journalist with ten years of experience covering "
        "politics.\n\nRelated Articles\nLatest Articles"
    )
    assert source.byline == ("Ann Lee",)
    assert source.body == ("The leaders agreed on Thursday.",)
    assert {line.reason for line in source.removed} >= {"author bio", "repeated byline"}


def test_every_line_has_exactly_one_fate():
    raw = "ADVERTISEMENT\nHeadline Here Today\n\nBody line one.\nBody line two.\n\n548\nSHARES\n"
    source = clean_text(raw)
    numbers = [line.number for line in source.lines]
    assert numbers == [1, 2, 4, 5, 7, 8]
    assert len(set(numbers)) == len(numbers)


def article_paths(folder: Path) -> list[Path]:
    return find_articles(folder)


def cleaned(path: Path) -> Source:
    source, given = read_article(path, path.parent)
    return clean_source(source, given)


def accounted_for(path: Path, source: Source) -> None:
    """Every non-blank input line is in the lines list once; body lines are in the body."""
    raw, _ = read_article(path, path.parent)
    expected = [normalise_space(x) for x in raw.raw.split("\n") if x.strip()]
    recorded = [
        line.text for line in source.lines if line.number > 0 and line.fate != Fate.METADATA
    ]
    assert recorded == expected
    body_lines = [line.text for line in source.lines if line.fate is Fate.BODY]
    assert len(body_lines) == len(source.body)
    for line, paragraph in zip(body_lines, source.body, strict=True):
        assert line.endswith(paragraph)  # a dateline may have been taken off the front


@pytest.mark.parametrize("path", article_paths(SEEDS), ids=lambda p: p.stem)
def test_seed_lines_are_all_accounted_for(path):
    accounted_for(path, cleaned(path))


SEED_JUNK = [
    "ADVERTISEMENT",
    "SHARES",
    "VIEWS",
    "- Advertisement -",
    "Please enter your comment!",
    "Please enter your name here",
    "Related Articles",
    "Latest Articles",
    "Stay Connected",
    "DMCA / Correction Notice",
    "Recent Articles",
    "0.4 C",
    "[email protected]",
    "is a journalist with over a decade",
]


@pytest.mark.parametrize("junk", SEED_JUNK)
def test_seed_junk_never_reaches_the_body(junk):
    bodies = "\n".join("\n".join(cleaned(p).body) for p in article_paths(SEEDS))
    assert junk not in bodies


@pytest.mark.parametrize(
    ("stem", "text"),
    [
        ("000", "He has massed 100,000 or so troops on the border with Ukraine"),
        ("001", "It is almost as if Ukraine is hostage."),
        ("002", "Putin reacted strongly."),
        ("003", "Previous Western sanctions imposed after Moscow’s annexation of Crimea"),
        ("004", "Putin retaliated vehemently."),
    ],
    ids=["000", "001", "002", "003", "004"],
)
def test_seed_body_keeps_article_sentences(stem, text):
    path = next(p for p in article_paths(SEEDS) if p.stem.startswith(stem))
    assert text in "\n".join(cleaned(path).body)


@pytest.mark.parametrize(
    ("stem", "field", "value"),
    [
        ("000", "title", "Putin Warns Biden of ‘Complete Rupture’ Over Ukraine"),
        ("000", "dateline", "WASHINGTON"),
        (
            "001",
            "standfirst",
            "Moscow builds troops near Ukraine and issues demands to NATO and the US",
        ),
        ("002", "outlet", "The Day"),
        ("002", "dateline", "WILMINGTON, Del."),
        ("004", "published", ""),
    ],
    ids=["title", "dateline", "standfirst", "outlet-split", "dateline-state", "no-scrape-date"],
)
def test_seed_metadata(stem, field, value):
    path = next(p for p in article_paths(SEEDS) if p.stem.startswith(stem))
    assert getattr(cleaned(path), field) == value


@pytest.mark.parametrize(
    ("stem", "name"),
    [("001", "Michael R. Gordon"), ("002", "Christi C. Elwood"), ("004", "Cedric Blackwater")],
    ids=["contact-line", "signature", "signature-with-bio"],
)
def test_seed_bylines_found_at_the_end(stem, name):
    path = next(p for p in article_paths(SEEDS) if p.stem.startswith(stem))
    assert name in cleaned(path).byline


def basil_paths() -> list[Path]:
    return [p for story in BASIL_STORIES for p in article_paths(story)]


@pytest.mark.parametrize(
    "path", basil_paths() or [None], ids=lambda p: p and f"{p.parent.name}/{p.stem}"
)
def test_basil_article_text_is_kept_whole(path):
    need_basil()
    source = cleaned(path)
    accounted_for(path, source)
    body_lines = [line for line in source.lines if line.fate is Fate.BODY]
    assert source.removed == ()
    assert len(body_lines) == len(source.body)
    # One BASIL article has no title (its front matter gives ""): none is invented for it.
    given = read_article(path, path.parent)[1]
    found = (bool(source.title), bool(source.outlet), bool(source.published))
    assert found == (bool(given.title), True, True)


@pytest.mark.parametrize(
    ("limit", "removed"), [(10_000, 0), (80, 2)], ids=["default-size", "small-cap"]
)
def test_the_size_cap_comes_from_the_settings(limit, removed):
    text = "A headline for the test\n\n" + "\n\n".join(
        f"Paragraph {n} says something about the story." for n in range(3)
    )
    source = clean_source(
        Source(id="a", path="a.txt", format="txt", raw=text),
        Given(),
        replace(DEFAULT.ingest, max_article_chars=limit),
    )
    assert sum(line.fate is Fate.REMOVED for line in source.lines) == removed


def test_only_a_name_right_below_the_article_signs_it_not_a_menu_further_down():
    body = "\n\n".join(
        f"The harbour board voted on {day} to extend the pier by forty metres, and the work is "
        "due to start in the spring after a long public consultation."
        for day in ("Monday", "Tuesday", "Wednesday")
    )
    menu = ["Share", "Ann Lee", "", "Related Stories", "Local News", "Harbour Works",
            "Contact Us", "Bo Chan", "Recent Changes", "Site Map"]  # fmt: skip
    source = clean_text("Harbour Board Extends the Pier\n\n" + body + "\n\n" + "\n".join(menu))
    assert source.byline == ("Ann Lee",)
    removed = {line.text: line.reason for line in source.removed}
    assert removed["Bo Chan"] == removed["Site Map"] == "page footer below the article"
