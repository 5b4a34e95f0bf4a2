"""Saved web pages: HTML text in, its visible text (one line per block, each with the page region
it sits in), its meta tags and the code elements it held out.

The page is read in one pass by libxml2's forgiving HTML parser (through lxml) as a stream of
events handed to a parser target, never built into a tree: a page of two hundred thousand list
items or nested `<div>`s costs time in proportion to its length and no recursion. The standard
library's `html.parser` (which BeautifulSoup's default builder uses) takes time that grows with
the square of the input on unterminated tags (`<a<a<a...`), and moving tree nodes between siblings
does too. Text inside `<head>` is not article text; text inside code elements (`<script>`,
`<style>`...) is listed as removed, with why. Each line remembers the innermost page region it
sits in (a `<nav>`, a `<footer>`, a block whose class says "comments" or "share"...), so that a
line left out of the article can be listed with where on the page it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from generator import lexicon as lx
from generator.text import normalise_space

# Elements that start and end a line of text (block-level, plus `<br>` and `<title>`).
BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "form"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "figure", "pre"}
    | {"ul", "ol", "li", "dd", "dt", "table", "tr", "td", "th", "br", "title"}
)
# Elements whose content is code or markup for the browser, never article text.
CODE = frozenset({"script", "style", "noscript", "template", "iframe", "svg"})
SPACES = re.compile(r"\s+")  # runs of white space within a line
# Page regions named by their element or ARIA role.
REGION_TAGS = {
    "nav": "navigation", "header": "page header", "footer": "page footer",
    "aside": "sidebar", "form": "form",
}
REGION_ROLES = {
    "navigation": "navigation", "banner": "page header", "contentinfo": "page footer",
    "complementary": "sidebar", "search": "form",
}
# ...or by the words of their class or id, as site builders name them.
REGION_WORDS = re.compile(
    rf"(?:^|[\s_-])({'|'.join(sorted(lx.PAGE_REGION_WORDS, key=len, reverse=True))})", re.I
)
REMOVED_PREVIEW_CHARS = 200  # a removed code element is listed by its first characters
REGION_NAME_CHARS = 300  # class and id names are read this far (a page may pad them)


@dataclass(slots=True, kw_only=True)
class Page:
    """What a page holds: meta tags (first value of each name wins), text and removed code."""

    meta: dict[str, str] = field(default_factory=dict)
    title: str = ""
    canonical: str = ""
    lines: list[str] = field(default_factory=list)  # the visible text, one line per block
    regions: list[str] = field(default_factory=list)  # each line's page region, "" for none
    elements: int = 0  # how many elements the page has (what an extractor's time grows with)
    code: list[tuple[str, str]] = field(default_factory=list)  # (element, its text)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def region_of(tag: str, attrib: Mapping[str, str]) -> str:
    """The page region an element makes ("navigation", "comments"...), or ""."""
    if tag in REGION_TAGS:
        return REGION_TAGS[tag]
    role = attrib.get("role", "").lower()
    if role in REGION_ROLES:
        return REGION_ROLES[role]
    names = f"{attrib.get('class', '')} {attrib.get('id', '')}"[:REGION_NAME_CHARS]
    return _named_region(names) if names != " " else ""


@lru_cache(maxsize=4096)
def _named_region(names: str) -> str:
    """The region a class and id name: a page repeats a few names on thousands of elements, so
    each is searched once."""
    match = REGION_WORDS.search(names)
    return lx.PAGE_REGION_WORDS[match.group(1).lower()] if match else ""


class _PageReader:
    """An lxml parser target: called for every start tag, end tag and run of text, in order."""

    def __init__(self) -> None:
        self.page = Page()
        self.parts: list[str] = []  # the text of the line being read
        self.line_region = ""  # the region the line being read started in
        self.regions: list[str] = [""]  # the region of each open element, innermost last
        self.open_tags: list[str] = []
        self.title: list[str] = []
        self.in_title = False
        self.in_head = False
        self.code: str = ""  # the code element being skipped, "" when none
        self.code_depth = 0  # nesting of that element inside itself (<svg><svg>...)
        self.code_text: list[str] = []
        self.code_size = 0  # characters of the code element kept so far

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.page.elements += 1
        # libxml2's HTML parser hands tag and attribute names in lower case already.
        if tag in ("meta", "link"):
            self._read_meta(tag, attrib)
        if not self.in_head:
            region = region_of(tag, attrib) if attrib or tag in REGION_TAGS else ""
            self.open_tags.append(tag)
            self.regions.append(region or self.regions[-1])
        if self.code:
            self.code_depth += tag == self.code
            return
        if tag in CODE:
            self.code, self.code_depth, self.code_text, self.code_size = tag, 1, [], 0
        elif tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "title":
            self.in_title = not self.title  # the first title is the page's; later ones are text
        if tag in BLOCKS and not self.in_head:
            self._end_line()

    def _end_line(self) -> None:
        line = SPACES.sub(" ", "".join(self.parts)).strip()
        if line:
            self.page.lines.append(line)
            self.page.regions.append(self.line_region)
        self.parts = []

    def _read_meta(self, tag: str, values: Mapping[str, str]) -> None:
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and "content" in values:
                self.page.meta.setdefault(key.lower(), values["content"])
        elif "canonical" in values.get("rel", "").lower().split():
            self.page.canonical = self.page.canonical or values.get("href", "")

    def end(self, tag: str) -> None:
        # The parser closes every element it opened, in order (it repairs broken markup first).
        if self.open_tags and self.open_tags[-1] == tag:
            self.open_tags.pop()
            self.regions.pop()
        if self.code:
            if tag == self.code:
                self.code_depth -= 1
                if self.code_depth == 0:
                    self._close_code()
            return
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        if tag in BLOCKS and not self.in_head:
            self._end_line()

    def data(self, data: str) -> None:
        if self.code:
            if self.code_size < REMOVED_PREVIEW_CHARS * 4:  # only its start is listed
                self.code_text.append(data)
                self.code_size += len(data)
        elif self.in_title:
            self.title.append(data)
        elif not self.in_head:
            if not self.parts:
                self.line_region = self.regions[-1]
            self.parts.append(data)

    def _close_code(self) -> None:
        text = normalise_space(" ".join(self.code_text)[: REMOVED_PREVIEW_CHARS * 4])
        if text:
            self.page.code.append((self.code, text[:REMOVED_PREVIEW_CHARS]))
        self.code, self.code_text = "", []

    # No `comment` method: comments are not text, and lxml skips what the target does not take.

    def close(self) -> Page:
        if self.code:  # an element left open swallows the rest of the page, as in a browser
            self._close_code()
        self._end_line()
        self.page.title = normalise_space("".join(self.title))
        return self.page


def read_page(html: str) -> Page:
    """The meta tags, title, visible text and removed code elements of one HTML page."""
    parser = etree.HTMLParser(target=_PageReader(), recover=True, no_network=True)
    parser.feed(html)
    page: Page = parser.close()
    return page
