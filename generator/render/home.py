"""The story's home page and, for a site with several stories, the index that lists them."""

from __future__ import annotations

import json

from generator.model import Story
from generator.render.common import Site, environment, source_link


def plain(text: str, limit: int = 90) -> str:
    """A page or nav title safe in YAML, HTML and Markdown: markup characters dropped."""
    cleaned = "".join(" " if ch in "<>&\"'`{}[]|*_#\\" else ch for ch in text)
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def front_matter(title: str) -> str:
    return f"---\ntitle: {json.dumps(plain(title), ensure_ascii=False)}\n---\n\n"


def story_title(story: Story) -> str:
    return story.title or next((s.title for s in story.sources if s.title), story.id)


def render(story: Story, site: Site) -> dict[str, str]:
    page = "index.md"
    content = environment().get_template("home.md.j2").render(
        story=story,
        title=story_title(story),
        sources=[(source, source_link(site, page, source)) for source in story.sources],
        report=site.href(page, "report.json"),
        n_sentences=sum(len(s.sentences) for s in story.sources),
        n_removed=sum(len(s.removed) for s in story.sources),
    )
    return {site.path(page): front_matter(story_title(story)) + content}


def render_index(stories: list[Story], site: Site) -> str:
    content = environment().get_template("index.md.j2").render(
        stories=[
            (story, story_title(story), site.href("index.md", f"{story.id}/index.md"))
            for story in stories
        ],
    )
    return front_matter("Stories") + content
