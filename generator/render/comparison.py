"""The source comparison pages: `sources/index.md` (table of sources, similarity heat map,
relations with their evidence, coverage matrix, what each source alone reports) and
`alignment.md` (the sources side by side, claim by claim, the differing words marked).

Article text only reaches the page through Jinja2's autoescape or `marked()`, which escapes it;
every cell that shows a sentence links to it on its source page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup
from rapidfuzz.distance import Levenshtein

from generator.compare import RELATION_LABELS
from generator.model import Claim, ClaimMember, Pair, Source, Story
from generator.render.common import (
    Site,
    environment,
    front_matter,
    marked,
    sentence_href,
    sentence_link,
    source_link,
)

SOURCES_PAGE = "sources/index.md"
ALIGNMENT_PAGE = "alignment.md"
# A member whose content words match the claim's reference this closely (align's 0..1 score)
# is shown as agreeing with it; below, as reworded. 0.9 lets through a changed word or two.
AGREED = 0.9
# Heat map shades: upper bounds of similarity for shade 0..5 (the last one takes the rest).
HEAT_STEPS = (0.05, 0.15, 0.3, 0.5, 0.75)
# How much of a reference sentence the coverage matrix shows in its row heading.
EXCERPT = 110

METHOD_ANCHOR = "source-comparison"  # the heading of our section in docs/method.md

TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.U)


def heat_class(value: float) -> str:
    shade = next((k for k, top in enumerate(HEAT_STEPS) if value < top), len(HEAT_STEPS))
    return f"sd-heat-{shade}"


def changed_spans(text: str, reference: str) -> list[tuple[int, int]]:
    """Character spans of `text`'s words that differ from `reference` (word-level diff).

    Words are compared lower-cased, with punctuation ignored, so that quotation marks and
    commas moved by a translation do not light up; Levenshtein opcodes on the two word lists
    give the replaced and inserted words. Neighbouring changed words become one span.
    """
    words = [(m.start(), m.end(), m.group().lower().replace("’", "'"))
             for m in TOKEN.finditer(text)]
    ref_words = [w.group().lower().replace("’", "'") for w in TOKEN.finditer(reference)]
    spans: list[tuple[int, int]] = []
    for op in Levenshtein.opcodes([w[2] for w in words], ref_words):
        if op.tag in ("replace", "delete") and op.src_end > op.src_start:
            start, end = words[op.src_start][0], words[op.src_end - 1][1]
            if spans and not text[spans[-1][1] : start].strip(" ,;:"):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans


def reference_of(claim: Claim) -> ClaimMember:
    return max(claim.members, key=lambda m: (m.score, -claim.members.index(m)))


@dataclass(frozen=True, slots=True)
class Cell:
    """One source's wording of one claim in the collation table."""

    html: Markup  # the sentence(s), escaped, differing words marked, each linked
    mark: str  # agreed | reworded | missing | reference


def collation_cell(site: Site, page: str, story: Story, claim: Claim, source: Source) -> Cell:
    members = [m for m in claim.members if m.source == source.id]
    if not members:
        return Cell(Markup(""), "missing")
    reference = reference_of(claim)
    parts = []
    for m in members:
        spans = [] if m is reference else changed_spans(m.text, reference.text)
        parts.append(Markup('{} <a class="sd-align-link" href="{}" title="{}">¶{}</a>').format(
            marked(m.text, spans), sentence_href(site, page, m.sentence_id),
            f"open on the page of {source.label}", story.sentence(m.sentence_id).index + 1))
    if len(claim.sources) == 1:
        mark = "single"
    elif any(m is reference for m in members):
        mark = "reference"
    else:
        mark = "agreed" if max(m.score for m in members) >= AGREED else "reworded"
    return Cell(Markup(" ").join(parts), mark)


def render_alignment(story: Story, site: Site) -> str:
    page = ALIGNMENT_PAGE
    rows = [
        (claim, [collation_cell(site, page, story, claim, s) for s in story.sources])
        for claim in story.claims
    ]
    content = environment().get_template("alignment.md.j2").render(
        story=story,
        sources=[(s, source_link(site, page, s)) for s in story.sources],
        rows=rows,
        shared=sum(1 for c in story.claims if len(c.sources) > 1),
        sources_page=site.href(page, SOURCES_PAGE),
    )
    return front_matter("Alignment") + content


def pair_anchor(pair: Pair) -> str:
    return f"pair-{pair.a}-{pair.b}"


def coverage_mark(claim: Claim, source: Source) -> tuple[str, str, str]:
    """(mark, symbol, words) for one source in one claim's coverage row."""
    members = [m for m in claim.members if m.source == source.id]
    if not members:
        return "missing", "○", "missing"
    if max(m.score for m in members) >= AGREED:
        return "agreed", "●", "agreed"
    return "reworded", "◐", "reworded"


def excerpt(text: str, limit: int = EXCERPT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_sources(story: Story, site: Site) -> str:
    page = SOURCES_PAGE
    shared_claims = [c for c in story.claims if len(c.sources) > 1]
    alone: dict[str, list[Markup]] = {s.id: [] for s in story.sources}
    for claim in story.claims:
        if len(claim.sources) == 1:
            for m in claim.members:
                if len(m.text.split()) >= 3:
                    alone[m.source].append(Markup("{}: {}").format(
                        sentence_link(site, page, story, m.sentence_id), excerpt(m.text)))
    pair_of = {(p.a, p.b): p for p in story.pairs} | {(p.b, p.a): p for p in story.pairs}
    heat = [
        (source, [
            (other, pair_of.get((source.id, other.id))) for other in story.sources
        ])
        for source in story.sources
    ]
    alignment = site.href(page, ALIGNMENT_PAGE)
    coverage = []
    for claim in shared_claims:
        reference = reference_of(claim)
        marks = []
        for source in story.sources:
            mark, symbol, words = coverage_mark(claim, source)
            member = next((m for m in claim.members if m.source == source.id), None)
            href = sentence_href(site, page, member.sentence_id) if member else ""
            marks.append((mark, symbol, words, href))
        coverage.append((claim, excerpt(reference.text), f"{alignment}#{claim.id}", marks))
    claims = {claim.id: claim for claim in story.claims}
    relations = []
    for pair in sorted(story.pairs, key=lambda p: (-p.similarity, p.a, p.b)):
        examples = [
            [sentence_link(site, page, story, m.sentence_id)
             for m in claims[claim_id].members if m.source in (pair.a, pair.b)]
            + [Markup('<a href="{}#{}">{}</a>').format(alignment, claim_id, claim_id)]
            for claim_id in pair.claims[:3]
        ]
        relations.append((pair, RELATION_LABELS.get(pair.relation, pair.relation),
                          story.source(pair.a), story.source(pair.b), examples))
    content = environment().get_template("sources.md.j2").render(
        story=story,
        sources=[(s, source_link(site, page, s), len(alone[s.id])) for s in story.sources],
        heat=heat,
        heat_class=heat_class,
        pair_anchor=pair_anchor,
        relations=relations,
        coverage=coverage,
        n_claims=len(story.claims),
        alone=[(s, source_link(site, page, s), alone[s.id]) for s in story.sources],
        alignment=alignment,
        method=Site("", site.directory_urls).href(site.path(page), "method.md", METHOD_ANCHOR),
    )
    return front_matter("Sources") + content


def render(story: Story, site: Site) -> dict[str, str]:
    if not story.claims:
        return {}
    return {
        site.path(SOURCES_PAGE): render_sources(story, site),
        site.path(ALIGNMENT_PAGE): render_alignment(story, site),
    }
