"""The quotes page: each statement grouped across outlets, by speaker, with every wording.

In: a `Story` with `quote_groups`, `quotes` and `entities`. Out: `quotes.md`. Each variant shows
its wording (changed words in <mark>), its fidelity as a word and a colour that also reads in
grey (a pattern on the badge), its outlets and links to the sentences it stands in. Article
text only ever reaches the page through Jinja2's autoescape or `marked()`.
"""

from __future__ import annotations

from typing import Any

from generator.ingest.read import slug
from generator.model import Story
from generator.render.common import (
    Site,
    environment,
    front_matter,
    marked,
    sentence_link,
    source_link,
)
from generator.story.roles import shown_roles

PAGE = "quotes.md"
UNKNOWN = "Speaker not found"
FIDELITY_CLASS = {"identical": "same", "punctuation": "punct", "minor wording": "minor",
                  "altered meaning": "altered"}


def _variant(story: Story, site: Site, variant: Any, group_speaker: str) -> dict[str, Any]:
    return {
        "text": marked(variant.text, list(variant.changed_spans)),
        "fidelity": variant.fidelity,
        "css": FIDELITY_CLASS.get(variant.fidelity, "minor"),
        "reference": variant.reference,
        "excerpt": variant.excerpt,
        "sources": [source_link(site, PAGE, story.source(s), story) for s in variant.sources],
        "evidence": [sentence_link(site, PAGE, story, s) for s in variant.sentence_ids],
        "speaker": variant.speaker if variant.speaker != group_speaker else "",
        "changed": list(variant.changed),
    }


def speaker_anchor(name: str) -> str:
    """The anchor of a speaker's section on the quotes page, stable across stories' changes."""
    return "speaker-" + (slug(name) or "unknown")


def speakers(story: Story, site: Site) -> list[dict[str, Any]]:
    """Groups by speaker: most quoted first, unknown speakers last."""
    roles = shown_roles(story)
    by_speaker: dict[str, list[Any]] = {}
    for group in story.quote_groups:
        by_speaker.setdefault(group.speaker or UNKNOWN, []).append(group)
    order = sorted(by_speaker, key=lambda s: (s == UNKNOWN, -len(by_speaker[s]), s))
    return [
        {
            "name": name,
            "anchor": speaker_anchor(name if name != UNKNOWN else ""),
            "role": roles.get(name, ""),
            "groups": [
                {
                    "id": group.id,
                    "outlets": len({s for v in group.variants for s in v.sources}),
                    "variants": [_variant(story, site, v, group.speaker) for v in group.variants],
                }
                for group in by_speaker[name]
            ],
        }
        for name in order
    ]


def render(story: Story, site: Site) -> dict[str, str]:
    terms = [
        {"text": q.text, "evidence": sentence_link(site, PAGE, story, q.sentence_ids[0])}
        for q in story.quotes if q.kind == "term" and q.sentence_ids
    ]
    people = speakers(story, site)
    content = environment().get_template("quotes.md.j2").render(
        speakers=people,
        n_groups=len(story.quote_groups),
        n_multi=sum(1 for g in story.quote_groups
                    if len({s for v in g.variants for s in v.sources}) > 1),
        n_quotes=sum(1 for q in story.quotes if q.kind == "quote"),
        terms=terms,
        csv=site.href(PAGE, "quotes.csv"),
        method=site.href(PAGE, "method.md") if not site.prefix else "",
    )
    return {site.path(PAGE): front_matter("Quotes") + content}
