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

from generator.model import Source, Story


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
    env.filters["pct"] = lambda value: f"{round(100 * value)}%"
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


def sentence_label(story: Story, sentence_id: str) -> str:
    """"Outlet ¶4": the source and the sentence number as the source page shows it (from 1)."""
    source_id, _, index = sentence_id.rpartition(":s")
    return f"{story.source(source_id).label} ¶{int(index) + 1}"


def sentence_link(site: Site, from_page: str, story: Story, sentence_id: str) -> Markup:
    """A link to a sentence on its source page, labelled with the source and sentence number."""
    href = sentence_href(site, from_page, sentence_id)
    return Markup('<a class="sd-evidence" href="{}">{}</a>').format(
        href, sentence_label(story, sentence_id)
    )


def source_link(site: Site, from_page: str, source: Source) -> Markup:
    return Markup('<a href="{}">{}</a>').format(
        site.href(from_page, source_page(source.id)), source.label
    )


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


def front_matter(title: str) -> str:
    return f"---\ntitle: {json.dumps(plain(title), ensure_ascii=False)}\n---\n\n"


def source_title(source: Source) -> str:
    """How a source is titled in the navigation: "Outlet – id", or the id alone."""
    return f"{source.outlet} – {source.id}" if source.outlet else source.id
