"""A big saved page made small enough for the extractor: its code and its page furniture taken out
of the tree before trafilatura reads it.

trafilatura's time grows faster than the page, so a page of more elements than
`extractor_max_elements` is not handed to it as it is. Most of such a page is seldom the article:
icons drawn in `<svg>`, scripts, a menu of thousands of links, a sidebar, readers' comments. The
page is parsed once by lxml (libxml2, linear), and these are dropped from the tree (each element's
tail text stays where it was):

- code, never article text: `<script>` (but for the structured data, `application/ld+json`, that
  names the author and date), `<style>`, `<noscript>`, `<template>`, `<iframe>`, `<svg>`;
- regions named by their element or ARIA role: `<nav>`, `<aside>`, `<form>`, the header and
  footer of the page (a `<header>` or `<footer>` that is not inside an `<article>` or `<main>`,
  whose own header holds the headline), and `navigation`, `banner`, `contentinfo`,
  `complementary`, `search` roles;
- readers' comments, named by the words of a block's class or id (`PRUNED_NAMES`).

A region is kept whatever its name when it holds the page's main content (a `<main>` or
`role="main"`), or at least `prune_keep_share` of the text of the page's paragraphs (a page whose
whole body sits in one `<form>`). The elements left are counted again: the tree goes to the
extractor (as HTML, a page of its own) only when they are within the limit. One pass over the
elements finds what may go; the checks run on those alone.
"""

from __future__ import annotations

import re

from lxml import etree

from generator.settings import DEFAULT, IngestSettings

PRUNED_CODE = frozenset({"script", "style", "noscript", "template", "iframe", "svg"})
PRUNED_TAGS = frozenset({"nav", "aside", "form"})
PAGE_EDGES = frozenset({"header", "footer"})  # pruned outside an article only
PRUNED_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
CONTENT_TAGS = frozenset({"article", "main"})
CONTENT_ROLES = frozenset({"article", "main"})
# Class or id words of a comment section, as site builders and comment services name it.
PRUNED_NAMES = re.compile(r"(?:^|[\s_-])(comments?|disqus|respond)(?:$|[\s_-])", re.I)
NAME_CHARS = 300  # class and id are read this far (a page may pad them)
STRUCTURED_DATA = "ld+json"
_PARSER = etree.HTMLParser(
    collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True,
    no_network=True,
)


_HOLDS_MAIN = etree.XPath(
    "boolean(descendant-or-self::main | descendant-or-self::*[translate(@role, 'MAIN', 'main')"
    " = 'main'])"
)
_PROSE = etree.XPath("descendant-or-self::p//text()")


def _prose(element: etree._Element) -> int:
    """Characters of paragraph text in the element."""
    return sum(len(text.strip()) for text in _PROSE(element))


def _candidates(root: etree._Element) -> list[etree._Element]:
    """The elements that may be dropped, in document order (an outer region before its inner
    ones), in one pass over the elements."""
    found = []
    for element in root.iter(etree.Element):
        tag = element.tag
        if tag in PRUNED_CODE or tag in PRUNED_TAGS or tag in PAGE_EDGES:
            found.append(element)
            continue
        role, names = element.get("role"), element.get("class")
        ident = element.get("id")
        if (role and role.lower() in PRUNED_ROLES) or (
            (names or ident) and PRUNED_NAMES.search(f"{names or ''} {ident or ''}"[:NAME_CHARS])
        ):
            found.append(element)
    return found


def _inside_content(element: etree._Element) -> bool:
    return any(
        up.tag in CONTENT_TAGS or (up.get("role") or "").lower() in CONTENT_ROLES
        for up in element.iterancestors()
    )


def _drop(element: etree._Element) -> None:
    """Takes the element and its content out of the tree, leaving the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        before = element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def pruned_page(html: str, settings: IngestSettings = DEFAULT.ingest) -> tuple[str | None, int]:
    """The page with its code and furniture dropped, as HTML, and how many elements it has left;
    (None, 0) for a page lxml cannot parse."""
    try:
        root = etree.fromstring(html, _PARSER) if html.strip() else None
    except (etree.ParserError, ValueError):
        return None, 0
    if root is None:
        return None, 0
    all_prose = _prose(root)
    for element in _candidates(root):
        if element.getroottree().getroot() is not root:
            continue  # inside a region dropped already
        tag = element.tag
        if tag == "script" and STRUCTURED_DATA in (element.get("type") or "").lower():
            continue
        if tag in PAGE_EDGES and _inside_content(element):
            continue  # an article's own header or footer
        if tag not in PRUNED_CODE and (
            _HOLDS_MAIN(element)
            or (all_prose and _prose(element) >= settings.prune_keep_share * all_prose)
        ):
            continue
        _drop(element)
    left = sum(1 for _ in root.iter(etree.Element))
    return etree.tostring(root, encoding="unicode", method="html"), left
