"""The article of a saved page: the page's HTML and its visible lines in, the lines the article is
made of, its metadata and a reason for every other line out.

trafilatura (2.x) reads the page: it finds the article's text (its own rules, then jusText and a
readability port as fallbacks), the title, author, site name and date (htmldate). It never
fetches anything here: it is handed the page's text. Its text is then found back in the page's
own lines (`webpage.read_page`), in order, word for word, so that the source keeps its input lines
and every line of the page that is not in the article is listed with where it was on the page
(navigation, comments, share buttons...) or what it looks like (`furniture.junk_reason`).

trafilatura's time grows faster than the page on pages of tens of thousands of elements; such a
page is first pruned of its code and furniture (`prune.py`: menus, sidebars, the page's header
and footer, forms, comments) and handed over if what is left is within the limit. A page still
too big, or one with no article trafilatura can find, is left to the line classifier of pasted
text (`lines.py`), which is linear.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from generator.ingest.furniture import junk_reason
from generator.ingest.prune import pruned_page
from generator.ingest.webpage import Page
from generator.settings import DEFAULT, IngestSettings
from generator.text import normalise_space

WORD = re.compile(r"\w+")
# How many places of a line's rarest word are tried before the line is taken as not found (a
# word that is everywhere in a long page would otherwise cost the square of the page).
MAX_TRIES = 64
OUTSIDE = "outside the article (trafilatura's reading of the page)"
CODE_TAGS = ("script", "style")  # elements whose content `without_code` takes out
STRUCTURED_DATA = "ld+json"  # ...but for the metadata of a script of this type


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """What the extractor found: metadata, and which of the page's lines are the article's."""

    title: str = ""
    author: str = ""
    sitename: str = ""
    date: str = ""
    url: str = ""
    lines: frozenset[int] = frozenset()  # indices into `Page.lines`
    title_line: int | None = None  # the page line that repeats the title, above the article


@lru_cache(maxsize=1)
def _config() -> Any:
    """trafilatura's settings, read from its file once per process (it is not changed after)."""
    from trafilatura.settings import use_config

    config = use_config()
    # Only the command line of trafilatura uses the timeout (with a signal); none here.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _extract(html: str) -> Any:
    import trafilatura  # imported when a page is read: it takes a moment to load

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,  # readers' comments are not the article
        favor_recall=True,
        config=_config(),
    )


def without_code(html: str) -> str:
    """The page with the content of its `<script>` and `<style>` elements taken out, but for the
    structured data (`application/ld+json`) that names the author and date. Code is never the
    article, and it is most of a heavy page: htmldate searches the whole markup for dates with
    regular expressions, which on a 2 MB page of scripts takes seconds. One pass, linear: an
    element left open keeps the rest of the page as it is."""
    low = html.lower()
    kept: list[str] = []
    at = position = 0
    while True:
        starts = [found for tag in CODE_TAGS if (found := low.find(f"<{tag}", position)) >= 0]
        if not starts:
            break
        start = min(starts)
        tag = next(tag for tag in CODE_TAGS if low.startswith(tag, start + 1))
        opened, closed = low.find(">", start), -1
        if opened >= 0:
            closed = low.find(f"</{tag}", opened)
        if closed < 0:
            break
        if STRUCTURED_DATA not in low[start:opened]:
            kept.append(html[at : opened + 1])
            at = closed
        position = closed + 1
    kept.append(html[at:])
    return "".join(kept)


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower())


def runs(
    wanted: list[str], tokens: list[str], places: dict[str, list[int]], start: int
) -> list[int]:
    """Where `wanted` occurs in `tokens` at or after `start`, found through the places of its
    rarest word (at most MAX_TRIES of them are tried)."""
    rarest = min(range(len(wanted)), key=lambda k: len(places.get(wanted[k], ())))
    found = places.get(wanted[rarest], [])
    first = bisect_left(found, start + rarest)
    return [
        place - rarest
        for place in found[first : first + MAX_TRIES]
        if tokens[place - rarest : place - rarest + len(wanted)] == wanted
    ]


class _PrefixBest:
    """A Fenwick tree of (best score, item) over token positions: the best chain of lines that
    ends at or before a position, in logarithmic time."""

    def __init__(self, size: int) -> None:
        self.tree: list[tuple[int, int]] = [(0, -1)] * (size + 1)

    def put(self, end: int, value: tuple[int, int]) -> None:
        while end < len(self.tree):
            self.tree[end] = max(self.tree[end], value)
            end += end & -end

    def best(self, end: int) -> tuple[int, int]:
        found = (0, -1)
        while end > 0:
            found = max(found, self.tree[end])
            end -= end & -end
        return found


def chain(found: list[tuple[int, list[int], int]], size: int) -> dict[int, int]:
    """The lines (index -> start) that cover the most words of the article with their places in
    order and not overlapping; `found` holds (line index, places, length) in page order."""
    tree = _PrefixBest(size)
    items: list[tuple[int, int, int, int]] = []  # (line, start, length, previous item)
    best: tuple[int, int] = (0, -1)
    for line, starts, length in found:
        scored = []
        for start in starts:
            score, previous = tree.best(start)
            scored.append((score + length, len(items)))
            items.append((line, start, length, previous))
        for (score, item) in scored:  # after all, so that a line is in a chain once
            tree.put(items[item][1] + items[item][2], (score, item))
            best = max(best, (score, item))
    picked: dict[int, int] = {}
    item = best[1]
    while item >= 0:
        line, start, _, item = items[item]
        picked[line] = start
    return picked


def article_lines(lines: list[str], text: str, settings: IngestSettings) -> set[int]:
    """The indices of the page lines that the article text holds. Lines of some length are
    placed first, the chain of them that covers most of the article in order (a menu item that
    the article also names does not pull the rest out of place); a short line then only counts
    where the article has got to ('Share', 'Home' are words of any article)."""
    tokens = words_of(text)
    places: dict[str, list[int]] = defaultdict(list)
    for at, token in enumerate(tokens):
        places[token].append(at)
    wanted = [words_of(line) for line in lines]
    long_lines = [
        (index, runs(words, tokens, places, 0), len(words))
        for index, words in enumerate(wanted)
        if len(words) >= settings.article_line_min_words
    ]
    placed = chain([item for item in long_lines if item[1]], len(tokens))
    kept, position = set(placed), 0
    for index, words in enumerate(wanted):
        if index in placed:
            position = placed[index] + len(words)
        elif words and len(words) < settings.article_line_min_words:
            near = [at for at in runs(words, tokens, places, position)[:1]
                    if at - position <= settings.article_gap]
            if near:
                kept.add(index)
                position = near[0] + len(words)
    return kept


def trim_tail(kept: set[int], page: Page) -> set[int]:
    """The article's lines less those at its end that sit in another page region than the
    article's own (the region most of its text is in): a sidebar, a list of related stories or a
    comment form that the extractor ran on into. A page header is left alone: the headline block
    often sits in one inside the article."""
    if not kept:
        return kept
    size: Counter[str] = Counter()
    for i in kept:
        size[page.regions[i]] += len(page.lines[i])
    own = size.most_common(1)[0][0]
    trimmed = set(kept)
    for i in sorted(kept, reverse=True):
        region = page.regions[i]
        if not region or region in (own, "page header") or len(trimmed) == 1:
            break
        trimmed.discard(i)
    return trimmed


def find_article(
    html: str, page: Page, settings: IngestSettings = DEFAULT.ingest
) -> Article | None:
    """The article trafilatura finds in the page (a big page pruned first), or None for a page
    left to the line classifier (too many elements even when pruned, or no article found)."""
    if page.elements > settings.extractor_max_elements:
        pruned, left = pruned_page(html, settings)
        if pruned is None or left > settings.extractor_max_elements:
            return None
        document = _extract(pruned)
    else:
        document = _extract(without_code(html))
    text = getattr(document, "text", None) or ""
    if not text.strip():
        return None
    kept = trim_tail(article_lines(page.lines, text, settings), page)
    if not kept:
        return None
    title = normalise_space(document.title or "")
    first = min(kept)
    title_line = next(
        (i for i in range(first) if title and words_of(page.lines[i]) == words_of(title)), None
    )
    return Article(
        title=title,
        author=normalise_space(document.author or ""),
        sitename=normalise_space(document.sitename or ""),
        date=document.date or "",
        url=document.url or "",
        lines=frozenset(kept),
        title_line=title_line,
    )


def removal_reason(page: Page, index: int) -> str:
    """Why a page line is not in the article: the page region it sits in, what it looks like, or
    that the extractor left it out."""
    region = page.regions[index] if index < len(page.regions) else ""
    if region:
        return f"outside the article: {region}"
    return junk_reason(page.lines[index]) or OUTSIDE
