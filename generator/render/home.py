"""The story's home page and, for a site with several stories, the index that lists them."""

from __future__ import annotations

from collections import Counter

from generator.model import Severity, Span, Story
from generator.render.common import (
    Site,
    environment,
    front_matter,
    label,
    sentence_href,
    sentence_label,
    source_link,
)
from generator.render.people import people_rows
from generator.render.quotes import speaker_anchor
from generator.values import count, date_text, published


def story_title(story: Story) -> str:
    return story.title or next((s.title for s in story.sources if s.title), story.id)


def evidence_links(story: Story, site: Site, page: str, spans: tuple[Span, ...]) -> list[dict]:
    """One link per evidence sentence: the source's label and the paragraph number."""
    return [
        {
            "href": sentence_href(site, page, span.sentence_id),
            "label": sentence_label(story, span.sentence_id),
            "text": span.text,
        }
        for span in spans
    ]


# A member this close to the claim's reference wording is a copy of it, not a rewrite.
NEAR_IDENTICAL = 0.9


def most_copied(story: Story) -> dict | None:
    """The claim with the most near-identical copies: the text that travelled furthest.

    Copies are counted by source: an article that repeats its own paragraph is one copy."""
    best = None
    for claim in story.claims:
        copies = len({m.source for m in claim.members if m.score >= NEAR_IDENTICAL})
        if copies >= 2 and (best is None or copies > best[0]):
            best = (copies, claim)
    if best is None:
        return None
    copies, claim = best
    wording = max(claim.members, key=lambda m: m.score)  # the first of the reference wordings
    return {"copies": copies, "text": wording.text, "sources": len(claim.sources)}


def render(story: Story, site: Site) -> dict[str, str]:
    page = "index.md"
    severities = Counter(d.severity for d in story.discrepancies)
    quoted = {group.speaker for group in story.quote_groups}
    content = (
        environment()
        .get_template("home.md.j2")
        .render(
            story=story,
            title=story_title(story),
            n_total=len(story.sources),
            summary=[(s, evidence_links(story, site, page, s.evidence)) for s in story.summary],
            disputes={
                s.discrepancy: site.href(page, "discrepancies.md", s.discrepancy)
                for s in story.summary
                if s.discrepancy
            },
            key_facts=[
                (
                    k,
                    evidence_links(story, site, page, k.evidence),
                    site.href(page, "discrepancies.md", k.discrepancy) if k.discrepancy else "",
                )
                for k in story.key_facts
            ],
            timeline=[
                (t, date_text(t.date), evidence_links(story, site, page, t.evidence))
                for t in story.timeline
            ],
            entities=[
                (
                    row,
                    [label(story, s) for s in row.sources],
                    site.href(page, "quotes.md", speaker_anchor(row.entity.name))
                    if row.entity.name in quoted
                    else "",
                )
                for row in people_rows(story)
            ],
            severities=[(level, severities.get(level, 0)) for level in Severity],
            most_copied=most_copied(story),
            sources=[
                (source, source_link(site, page, source, story), published(source.published))
                for source in story.sources
            ],
            count=count,
            report=site.href(page, "report.json"),
            n_sentences=sum(len(s.sentences) for s in story.sources),
            n_removed=sum(len(s.removed) for s in story.sources),
        )
    )
    return {site.path(page): front_matter(story_title(story)) + content}


def render_index(stories: list[Story], site: Site) -> str:
    content = (
        environment()
        .get_template("index.md.j2")
        .render(
            stories=[
                (story, story_title(story), site.href("index.md", f"{story.id}/index.md"))
                for story in stories
            ],
        )
    )
    return front_matter("Stories") + content
