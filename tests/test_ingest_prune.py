"""Big saved pages: pruned of their code and furniture before trafilatura reads them."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from lxml import etree

from generator.ingest import article as article_module
from generator.ingest.article import find_article
from generator.ingest.prune import pruned_page
from generator.ingest.webpage import read_page
from generator.settings import DEFAULT

PARAGRAPHS = [
    f"The council of Tarnwick voted on Tuesday to rebuild pier number {n} of the old ferry "
    f"harbour, a project that the harbour master, Ilsa Brennick, said would cost {n * 3 + 11} "
    "thousand crowns and keep the boats away until the spring."
    for n in range(8)
]
ARTICLE = "<article><h1>Tarnwick to rebuild its ferry piers</h1>" + "".join(
    f"<p>{text}</p>" for text in PARAGRAPHS) + "</article>"


def big_page(items: int, article: str = ARTICLE) -> str:
    """An article between a menu and a sidebar of `items` links (two elements each)."""
    menu = "".join(f'<li><a href="/s/{n}">Section {n}</a></li>' for n in range(items // 2))
    side = "".join(f'<li><a href="/t/{n}">Teaser {n} of the week</a></li>'
                   for n in range(items - items // 2))
    return (
        "<html><head><title>Tarnwick to rebuild its ferry piers</title>"
        "<script>var menu = [1, 2, 3];</script></head><body>"
        f"<header><div class='logo'>The Tarnwick Courier</div><nav><ul>{menu}</ul></nav>"
        f"</header><main>{article}</main><aside><ul>{side}</ul></aside>"
        "<footer>About us. Contact. Jobs.</footer></body></html>"
    )


def small(limit: int = 40):
    return replace(DEFAULT.ingest, extractor_max_elements=limit)


def test_an_article_inside_thirty_thousand_menu_elements_is_found():
    html = big_page(15_000)
    page = read_page(html)
    assert page.elements > 30_000 > DEFAULT.ingest.extractor_max_elements
    found = find_article(html, page)
    assert found is not None
    kept = [page.lines[i] for i in sorted(found.lines)]
    assert kept == PARAGRAPHS or kept[1:] == PARAGRAPHS  # the headline may be its first line
    assert found.title == "Tarnwick to rebuild its ferry piers"


def test_pruning_takes_time_in_proportion_to_the_page():
    pruned_page(big_page(2_000))  # warm
    times = []
    for items in (20_000, 80_000):
        html = big_page(items)
        start = time.process_time()
        _, left = pruned_page(html)
        times.append(time.process_time() - start)
        assert left < 40
    assert times[1] < 8 * times[0] + 0.3  # four times the page: about four times the time


@pytest.mark.parametrize(
    ("body", "gone", "kept"),
    [
        ("<nav><a>Home</a></nav><p>Story text.</p>", "Home", "Story text."),
        ("<div role='navigation'>Sections</div><p>Story text.</p>", "Sections", "Story text."),
        ("<p>Story text.</p><div id='comments'><p>First!</p></div>", "First!", "Story text."),
        ("<p>Story text.</p><section class='post-comments list'><p>Me too</p></section>",
         "Me too", "Story text."),
        ("<article><header><h1>Headline</h1></header><p>Story text.</p></article>"
         "<footer>Imprint</footer>", "Imprint", "Headline"),
        ("<svg><path d='M0'/><text>icon</text></svg><p>Story text.</p>", "icon", "Story text."),
        ("<aside>Most read</aside>tail text<p>Story text.</p>", "Most read", "tail text"),
    ],
    ids=["nav", "role", "comments-id", "comments-class", "article-header-kept", "svg", "tail"],
)
def test_furniture_is_pruned_and_the_article_kept(body, gone, kept):
    pruned, _ = pruned_page(f"<html><body>{body}</body></html>")
    text = " ".join(etree.fromstring(pruned, etree.HTMLParser()).itertext())
    assert gone not in text
    assert kept in text


def test_a_region_holding_the_article_is_not_pruned():
    # A page whose whole body sits in one form, and a sidebar around the main content.
    prose = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    for body in (f"<form id='page'><nav>Menu</nav>{prose}</form>",
                 f"<div class='sidebar-layout' role='complementary'><main>{prose}</main></div>",
                 f"<div class='comments-enabled'>{prose}</div><div id='comments'><p>Hi</p></div>"):
        pruned, _ = pruned_page(f"<html><body>{body}</body></html>")
        text = " ".join(etree.fromstring(pruned, etree.HTMLParser()).itertext())
        assert all(paragraph in text for paragraph in PARAGRAPHS)
        assert "Menu" not in text and "Hi" not in text


def test_structured_data_is_kept_for_the_metadata():
    html = ('<html><head><script type="application/ld+json">{"author": "Ann Vell"}</script>'
            "<script>var x = 1;</script></head><body><p>Story text.</p></body></html>")
    pruned, _ = pruned_page(html)
    assert "Ann Vell" in pruned and "var x" not in pruned


def test_a_page_still_too_big_when_pruned_is_left_to_the_line_classifier():
    table = "".join(f"<tr><td>{n}</td><td>{n * 7}</td></tr>" for n in range(20))
    html = big_page(200, ARTICLE.replace("</article>", f"<table>{table}</table></article>"))
    page = read_page(html)
    assert find_article(html, page, small(60)) is None
    assert find_article(html, page, small(200)) is not None  # within the limit once pruned


def test_a_page_within_the_limit_is_not_pruned(monkeypatch):
    def fail(*_):
        raise AssertionError("pruned")

    monkeypatch.setattr(article_module, "pruned_page", fail)
    html = big_page(10)
    assert find_article(html, read_page(html)) is not None
