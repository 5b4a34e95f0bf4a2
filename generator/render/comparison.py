"""The source comparison pages: `sources/index.md` (table of sources, families of near-identical
copies, similarity heat map, relations with their evidence, coverage matrix, what each source
alone reports) and the alignment view (`render.alignment`).

In a story of more than `alignment.FAMILY_VIEW` sources the heat map and the coverage matrix
have one column per family of copies instead of one per source, the relations list leaves out
each copy's relation to its leader (the families table shows them), and long lists are cut to
the first HEAT_MAX / RELATIONS_SHOWN entries, with the rest in report.json.

Article text only reaches the page through Jinja2's autoescape or `marked()`, which escapes it;
every cell that shows a sentence links to it on its source page.
"""

from __future__ import annotations

from markupsafe import Markup

from generator.compare.verdict import RELATION_LABELS
from generator.labels import source_labels
from generator.model import Pair, Relation, Source, Story
from generator.render.alignment import (
    AGREED,
    ALIGNMENT_PAGE,
    SOURCES_PAGE,
    Column,
    alignment_nav,
    changed_spans,
    claim_href,
    claim_page,
    column_members,
    columns,
    family_view,
    members_by_source,
    reference_of,
    render_alignment,
)
from generator.render.common import (
    Site,
    environment,
    front_matter,
    label,
    paragraph_mark,
    sentence_href,
    source_link,
)
from generator.values import count, id_pattern, published, readable

__all__ = [
    "ALIGNMENT_PAGE",
    "SOURCES_PAGE",
    "alignment_nav",
    "changed_spans",
    "claim_href",
    "claim_page",
    "render",
]

# Heat map shades: upper bounds of similarity for shade 0..5 (the last one takes the rest).
HEAT_STEPS = (0.05, 0.15, 0.3, 0.5, 0.75)
# How much of a reference sentence the coverage matrix shows in its row heading.
EXCERPT = 110
# The heat map and the relations list show at most this many families / pairs: beyond, a page
# of the thousand-reprint benchmark would hold tens of thousands of cells; report.json has all.
HEAT_MAX = 60
RELATIONS_SHOWN = 150
# A family lists its copies inline up to this many, else in a folded list.
COPIES_INLINE = 12

METHOD_ANCHOR = "source-comparison"  # the heading of our section in docs/method.md


def heat_class(value: float) -> str:
    shade = next((k for k, top in enumerate(HEAT_STEPS) if value < top), len(HEAT_STEPS))
    return f"sd-heat-{shade}"


def pair_anchor(pair: Pair) -> str:
    return f"pair-{pair.a}-{pair.b}"


def coverage_mark(members: list, present: int, column: Column) -> tuple[str, str, str]:
    """(mark, symbol, words) for one column in one claim's coverage row."""
    if not members:
        return "missing", "○", "missing"
    count = f" ({present}/{column.size})" if column.size > 1 else ""
    if max(m.score for m in members) >= AGREED:
        return "agreed", "●", "agreed" + count
    return "reworded", "◐", "reworded" + count


def excerpt(text: str, limit: int = EXCERPT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def evidence_link(
    site: Site, page: str, by_id: dict[str, Source], labels: dict[str, str], sentence_id: str
) -> Markup:
    """A link to a sentence labelled with its source and paragraph (`sentence_link` without a
    lookup through every source)."""
    source_id, _, index = sentence_id.rpartition(":s")
    sentence = by_id[source_id].sentences[int(index)]
    return Markup('<a class="sd-evidence" href="{}" title="{}">{} {}</a>').format(
        sentence_href(site, page, sentence_id),
        f"paragraph {sentence.paragraph + 1}, sentence {sentence.index + 1}",
        labels[source_id],
        paragraph_mark(sentence),
    )


def shown_columns(cols: list[Column]) -> list[Column]:
    """Too many families for one table: the HEAT_MAX largest ones, in story order."""
    largest = sorted(range(len(cols)), key=lambda k: (-cols[k].size, k))[:HEAT_MAX]
    return [cols[k] for k in sorted(largest)]


def heat_rows(story: Story, shown: list[Column]) -> list[tuple[Column, list[tuple]]]:
    """The heat map: one row and one column per source (or family leader); each cell is
    (class, text, pair or None, other column); the diagonal has no pair."""
    pair_of = {(p.a, p.b): p for p in story.pairs} | {(p.b, p.a): p for p in story.pairs}
    rows = []
    for col in shown:
        cells: list[tuple[str, str, Pair | None, Column]] = []
        for other in shown:
            pair = pair_of.get((col.leader.id, other.leader.id))
            if other is col:
                cells.append(("sd-heat-self", "—", None, other))
            elif pair is None:
                cells.append((heat_class(0.0), "0%", None, other))
            else:
                cells.append(
                    (heat_class(pair.similarity), f"{round(100 * pair.similarity)}%", pair, other)
                )
        rows.append((col, cells))
    return rows


def family_rows(story: Story, site: Site, page: str, by_id: dict[str, Source]) -> list[tuple]:
    """The families with copies: (family, leader link, copy links, mean similarity to leader)."""
    pair_of = {(p.a, p.b): p for p in story.pairs} | {(p.b, p.a): p for p in story.pairs}
    rows = []
    for family in story.families:
        copies = [m for m in family.members if m != family.leader]
        if not copies:
            continue
        similarity = [
            pair_of[(m, family.leader)].similarity for m in copies if (m, family.leader) in pair_of
        ]
        mean = sum(similarity) / len(similarity) if similarity else 0.0
        rows.append(
            (
                family,
                source_link(site, page, by_id[family.leader], story),
                [source_link(site, page, by_id[m], story) for m in copies],
                mean,
            )
        )
    return rows


def alone_rows(story: Story, site: Site, by_id: dict[str, Source]) -> dict[str, list[Markup]]:
    """For each source, links to the statements it alone makes (fragments left out)."""
    alone: dict[str, list[Markup]] = {s.id: [] for s in story.sources}
    labels = source_labels(story.sources)
    for claim in story.claims:
        if len(members_by_source(claim)) != 1:
            continue
        for m in claim.members:
            if len(m.text.split()) >= 3:
                link = evidence_link(site, SOURCES_PAGE, by_id, labels, m.sentence_id)
                alone[m.source].append(Markup("{}: {}").format(link, excerpt(m.text)))
    return alone


def coverage_rows(story: Story, site: Site, cols: list[Column]) -> list[tuple]:
    """The coverage matrix: each statement two or more sources make, marked per column."""
    page = SOURCES_PAGE
    coverage = []
    for claim in story.claims:
        by_source = members_by_source(claim)
        if len(by_source) <= 1:
            continue
        marks = []
        for col in cols:
            members, present = column_members(claim, col, by_source)
            mark, symbol, words = coverage_mark(members, present, col)
            href = sentence_href(site, page, members[0].sentence_id) if members else ""
            marks.append((mark, symbol, words, href))
        coverage.append(
            (claim, excerpt(reference_of(claim).text), claim_href(site, page, claim.id), marks)
        )
    return coverage


def listed_pairs(story: Story, family: bool) -> list[Pair]:
    """The pairs the relations list shows, most similar first: in the family view, not each
    copy's relation to its own leader (the families table shows it)."""
    leader_of = {m: f.leader for f in story.families for m in f.members}

    def within_family(p: Pair) -> bool:
        return p.relation == Relation.NEAR_COPY and leader_of.get(p.a) == leader_of.get(p.b)

    listed = [p for p in story.pairs if not family or not within_family(p)]
    return sorted(listed, key=lambda p: (-p.similarity, p.a, p.b))


def relation_rows(
    story: Story, site: Site, by_id: dict[str, Source], listed: list[Pair]
) -> list[dict[str, object]]:
    """Each shown pair with its relation's label, its evidence in words (labels, not file ids;
    dates in words) and links to three shared statements."""
    claims = {claim.id: claim for claim in story.claims}
    labels = source_labels(story.sources)
    ids = id_pattern(labels)
    relations: list[dict[str, object]] = []
    for pair in listed[:RELATIONS_SHOWN]:
        examples = [
            [
                evidence_link(site, SOURCES_PAGE, by_id, labels, m.sentence_id)
                for m in claims[claim_id].members
                if m.source in (pair.a, pair.b)
            ]
            + [
                Markup('<a href="{}">{}</a>').format(
                    claim_href(site, SOURCES_PAGE, claim_id), claim_id
                )
            ]
            for claim_id in pair.claims[:3]
        ]
        relations.append(
            {
                "pair": pair,
                "label": RELATION_LABELS.get(pair.relation, pair.relation),
                "a": labels[pair.a],
                "b": labels[pair.b],
                "evidence": [readable(line, labels, ids) for line in pair.evidence],
                "examples": examples,
            }
        )
    return relations


def render_sources(story: Story, site: Site) -> str:
    page = SOURCES_PAGE
    by_id = {s.id: s for s in story.sources}
    family = family_view(story)
    all_columns = columns(story)
    cols = shown_columns(all_columns)
    alone = alone_rows(story, site, by_id)
    listed = listed_pairs(story, family)
    relations = relation_rows(story, site, by_id, listed)
    family_of = {m: f.id for f in story.families if len(f.members) > 1 for m in f.members}
    content = (
        environment()
        .get_template("sources.md.j2")
        .render(
            story=story,
            sources=[
                {
                    "source": s,
                    "link": source_link(site, page, s, story),
                    "published": published(s.published),
                    "alone": len(alone[s.id]),
                    "family": family_of.get(s.id, ""),
                }
                for s in story.sources
            ],
            families=family_rows(story, site, page, by_id),
            copies_inline=COPIES_INLINE,
            family=family,
            n_families=len(story.families),
            heat=heat_rows(story, cols),
            heat_hidden=len(all_columns) - len(cols),
            heat_class=heat_class,
            pair_anchor=pair_anchor,
            relations=relations,
            relations_hidden=len(listed) - len(relations),
            coverage=coverage_rows(story, site, cols),
            n_claims=len(story.claims),
            alone=[
                (label(story, s.id), count(len(alone[s.id]), "sentence"), alone[s.id])
                for s in story.sources
                if alone[s.id] or not family
            ],
            alignment=site.href(page, ALIGNMENT_PAGE),
            report=site.href(page, "report.json"),
            method=Site("", site.directory_urls).href(site.path(page), "method.md", METHOD_ANCHOR),
        )
    )
    return front_matter("Sources", wide=True) + content


def render(story: Story, site: Site) -> dict[str, str]:
    if not story.claims:
        return {}
    return {site.path(SOURCES_PAGE): render_sources(story, site)} | render_alignment(story, site)
