"""Shared pieces of the render stage: the Jinja2 environment, page links, evidence links.

Pages are Markdown files whose article-derived content sits in raw HTML blocks, escaped by Jinja2's
autoescape: Python-Markdown passes raw HTML blocks through untouched, so Markdown syntax, HTML and
template syntax in an article all show as literal text.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from generator.labels import source_labels
from generator.model import Sentence, Source, Story
from generator.values import percent, published


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = percent
    return env


@dataclass(frozen=True, slots=True)
class Site:
    """Where a story's pages live and how MkDocs turns page paths into URLs."""

    prefix: str = ""  # "" for a single story, "story-id/" when the site holds several
    directory_urls: bool = False

    def path(self, page: str) -> str:
        return self.prefix + page

    def url(self, page: str) -> str:
        path = self.path(page)
        if not path.endswith(".md"):
            return path
        if not self.directory_urls:
            return path[:-3] + ".html"
        if path == "index.md" or path.endswith("/index.md"):
            return path[: -len("index.md")]
        return path[:-3] + "/"

    def href(self, from_page: str, to_page: str, anchor: str = "") -> str:
        """A relative link from one page of the story to another (or to a download)."""
        here = self.url(from_page)
        base = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"
        target = self.url(to_page)
        rel = posixpath.relpath(target or ".", base.rstrip("/") or ".")
        if target.endswith("/") and not rel.endswith("/"):
            rel += "/"
        if rel == "./":
            rel = "."
        return rel + (f"#{anchor}" if anchor else "")


def source_page(source_id: str) -> str:
    return f"sources/{source_id}.md"


def sentence_href(site: Site, from_page: str, sentence_id: str) -> str:
    source_id, _, index = sentence_id.rpartition(":s")
    return site.href(from_page, source_page(source_id), f"s{index}")


def label(story: Story, source_id: str) -> str:
    """The name a reader sees for a source: its outlet, site or short title, unique in the
    story (`generator.labels`); the file name is shown only on the source's own page."""
    return source_labels(story.sources)[source_id]


def paragraph_mark(sentence: Sentence) -> str:
    """"¶3": the paragraph of the source that holds the sentence, from 1, as its page numbers
    them."""
    return f"¶{sentence.paragraph + 1}"


def sentence_label(story: Story, sentence_id: str) -> str:
    """"The Courier ¶4": the source's label and the paragraph that holds the sentence."""
    sentence = story.sentence(sentence_id)
    return f"{label(story, sentence.source)} {paragraph_mark(sentence)}"


def sentence_link(site: Site, from_page: str, story: Story, sentence_id: str) -> Markup:
    """A link to a sentence on its source page, labelled with the source and paragraph (the
    sentence's own number in the tooltip)."""
    href = sentence_href(site, from_page, sentence_id)
    sentence = story.sentence(sentence_id)
    return Markup('<a class="sd-evidence" href="{}" title="{}">{}</a>').format(
        href,
        f"paragraph {sentence.paragraph + 1}, sentence {sentence.index + 1}",
        sentence_label(story, sentence_id),
    )


def source_link(site: Site, from_page: str, source: Source, story: Story) -> Markup:
    return Markup('<a href="{}">{}</a>').format(
        site.href(from_page, source_page(source.id)), label(story, source.id)
    )


def dated_source_link(site: Site, from_page: str, source: Source, story: Story) -> Markup:
    """A source link followed by its publication date, when it has one: "The Courier
    (3 December 2021)"."""
    link = source_link(site, from_page, source, story)
    if not source.published:
        return link
    return Markup('{} <span class="sd-date">({})</span>').format(link, published(source.published))


def marked(text: str, spans: list[tuple[int, int]]) -> Markup:
    """Text with the given character spans wrapped in <mark>, everything escaped."""
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        out.append(str(escape(text[position:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def plain(text: str, limit: int = 90) -> str:
    """A page or nav title safe in YAML, HTML and Markdown: markup characters dropped."""
    cleaned = "".join(" " if ch in "<>&\"'`{}[]|*_#\\" else ch for ch in text)
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def front_matter(title: str, wide: bool = False) -> str:
    """The page's YAML front matter. A `wide` page (a table with a column per source) hides
    Material's table of contents, so that the table gets the width the sidebar took."""
    hide = "hide:\n  - toc\n" if wide else ""
    return f"---\ntitle: {json.dumps(plain(title), ensure_ascii=False)}\n{hide}---\n\n"


def source_title(story: Story, source: Source) -> str:
    """How a source is titled in the navigation and on its page's tab: its label."""
    return label(story, source.id)
