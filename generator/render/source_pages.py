"""One page per source: metadata, the cleaned text with an anchor on every sentence, and every
input line that did not go into the body, with where it went and why."""

from __future__ import annotations

from generator.model import Fate, Story
from generator.render.common import Site, environment, source_page
from generator.render.home import front_matter


def render(story: Story, site: Site) -> dict[str, str]:
    files = {}
    template = environment().get_template("source.md.j2")
    for source in story.sources:
        page = source_page(source.id)
        paragraphs: list[list] = [[] for _ in source.body]
        for sentence in source.sentences:
            paragraphs[sentence.paragraph].append(sentence)
        content = template.render(
            source=source,
            paragraphs=paragraphs,
            metadata_lines=[ln for ln in source.lines if ln.fate not in (Fate.BODY, Fate.REMOVED)],
            home=site.href(page, "index.md"),
        )
        files[site.path(page)] = front_matter(source.label + " – " + source.id) + content
    return files
