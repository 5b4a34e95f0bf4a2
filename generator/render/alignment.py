"""The alignment view: claims and sources in, `alignment.md` (and `alignment-2.md`... when the
story has more than ALIGNMENT_ROWS claims) out: the sources side by side, claim by claim, the
differing words marked.

A column is a source; in a story of more than FAMILY_VIEW sources it is a family of near-identical
copies, shown by one wording (its leader's, else its first copy's that has the claim) and how
many of its copies carry the claim. `claim_href` links to a claim on whichever page holds it.
Article text only reaches the page through Jinja2's autoescape or `marked()`, which escapes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup
from rapidfuzz.distance import Levenshtein

from generator.labels import source_labels
from generator.model import Claim, ClaimMember, Source, Story
from generator.render.common import (
    Site,
    environment,
    front_matter,
    marked,
    paragraph_mark,
    sentence_href,
    source_link,
)

ALIGNMENT_PAGE = "alignment.md"
SOURCES_PAGE = "sources/index.md"
# Rows per alignment page: a page of 200 statements x 25 columns stays near 1-2 MB of HTML and
# opens at once; the thousand-reprint benchmark (~530 claims) gets three pages.
ALIGNMENT_ROWS = 200
# Above this many sources, columns (heat map, coverage, alignment) are families, not sources: a
# table 1,000 columns wide cannot be read, and copies add nothing but their count.
FAMILY_VIEW = 20
# A member whose content words match the claim's reference this closely (align's 0..1 score)
# is shown as agreeing with it; below, as reworded. 0.9 lets through a changed word or two.
AGREED = 0.9

TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.U)


def changed_spans(text: str, reference: str) -> list[tuple[int, int]]:
    """Character spans of `text`'s words that differ from `reference` (word-level diff).

    Words are compared lower-cased, with punctuation ignored, so that quotation marks and
    commas moved by a translation do not light up; Levenshtein opcodes on the two word lists
    give the replaced and inserted words. Neighbouring changed words become one span.
    """
    words = [
        (m.start(), m.end(), m.group().lower().replace("’", "'")) for m in TOKEN.finditer(text)
    ]
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
class Column:
    """A column of the comparison tables: one source, or one family of copies."""

    id: str  # the source id, or the family id
    leader: Source  # the source whose wording the column shows first
    sources: tuple[str, ...]  # the sources it stands for, leader first
    label: str  # plain text for headings

    @property
    def size(self) -> int:
        return len(self.sources)


def family_view(story: Story) -> bool:
    return len(story.sources) > FAMILY_VIEW and bool(story.families)


def columns(story: Story) -> list[Column]:
    by_id = {s.id: s for s in story.sources}
    labels = source_labels(story.sources)
    if not family_view(story):
        return [Column(s.id, s, (s.id,), labels[s.id]) for s in story.sources]
    out = []
    for family in story.families:
        leader = by_id[family.leader]
        rest = tuple(m for m in family.members if m != family.leader)
        label = f"{family.id} · {labels[leader.id]}" + (f" +{len(rest)}" if rest else "")
        out.append(Column(family.id, leader, (family.leader, *rest), label))
    return out


def column_members(
    claim: Claim, column: Column, by_source: dict[str, list[ClaimMember]]
) -> tuple[list[ClaimMember], int]:
    """The members shown in one cell (the first of the column's sources that has the claim)
    and how many of the column's sources carry the claim."""
    present = [s for s in column.sources if s in by_source]
    return (by_source[present[0]] if present else []), len(present)


def members_by_source(claim: Claim) -> dict[str, list[ClaimMember]]:
    out: dict[str, list[ClaimMember]] = {}
    for m in claim.members:
        out.setdefault(m.source, []).append(m)
    return out


def alignment_pages(story: Story) -> list[str]:
    count = max(1, -(-len(story.claims) // ALIGNMENT_ROWS))
    return [ALIGNMENT_PAGE] + [f"alignment-{n}.md" for n in range(2, count + 1)]


def claim_page(claim_id: str) -> str:
    """The alignment page that holds a claim (claim ids are `c1`, `c2`... in page order)."""
    number = (int(claim_id.lstrip("c")) - 1) // ALIGNMENT_ROWS + 1
    return ALIGNMENT_PAGE if number == 1 else f"alignment-{number}.md"


def claim_href(site: Site, from_page: str, claim_id: str) -> str:
    return site.href(from_page, claim_page(claim_id), claim_id)


def alignment_nav(story: Story, site: Site) -> str | list[dict[str, str]]:
    """The nav entry of the alignment view: its page, or one entry per page of statements."""
    pages = alignment_pages(story)
    if len(pages) == 1:
        return site.path(ALIGNMENT_PAGE)
    total = len(story.claims)
    entries = []
    for n, page in enumerate(pages):
        first, last = n * ALIGNMENT_ROWS + 1, min(total, (n + 1) * ALIGNMENT_ROWS)
        entries.append({f"Statements {first}–{last}": site.path(page)})
    return entries


@dataclass(frozen=True, slots=True)
class Cell:
    """One column's wording of one claim in the collation table."""

    html: Markup  # the sentence(s), escaped, differing words marked, each linked
    mark: str  # agreed | reworded | missing | reference | single
    count: str = ""  # in the family view: how many of the family's sources carry the claim


def collation_cell(
    site: Site,
    page: str,
    by_id: dict[str, Source],
    claim: Claim,
    column: Column,
    by_source: dict[str, list[ClaimMember]],
) -> Cell:
    members, present = column_members(claim, column, by_source)
    if not members:
        return Cell(Markup(""), "missing")
    source = by_id[members[0].source]
    reference = reference_of(claim)
    parts = []
    for m in members:
        spans = [] if m is reference else changed_spans(m.text, reference.text)
        sentence = source.sentences[int(m.sentence_id.rpartition(":s")[2])]
        parts.append(
            Markup('{} <a class="sd-align-link" href="{}" title="{}">{}</a>').format(
                marked(m.text, spans),
                sentence_href(site, page, m.sentence_id),
                f"paragraph {sentence.paragraph + 1}, sentence {sentence.index + 1}: open it on "
                "its source's page",
                paragraph_mark(sentence),
            )
        )
    if len(by_source) == 1:
        mark = "single"
    elif any(m is reference for m in members):
        mark = "reference"
    else:
        mark = "agreed" if max(m.score for m in members) >= AGREED else "reworded"
    count = f"{present} of {column.size} copies" if column.size > 1 else ""
    return Cell(Markup(" ").join(parts), mark, count)


def column_head(site: Site, page: str, story: Story, column: Column, family: bool) -> Markup:
    if not family:
        return source_link(site, page, column.leader, story)
    if column.size == 1:  # a family of one is not in the families table
        return Markup("{}<br>{}").format(column.id, source_link(site, page, column.leader, story))
    return Markup(
        '<a href="{}">{}</a><br>{} <span class="sd-align-count">+{} copies</span>'
    ).format(
        site.href(page, SOURCES_PAGE, f"family-{column.id}"),
        column.id,
        source_link(site, page, column.leader, story),
        column.size - 1,
    )


def render_alignment(story: Story, site: Site) -> dict[str, str]:
    pages = alignment_pages(story)
    cols = columns(story)
    family = family_view(story)
    by_id = {s.id: s for s in story.sources}
    total = len(story.claims)
    shared = sum(1 for c in story.claims if len(c.sources) > 1)
    out = {}
    for n, page in enumerate(pages):
        claims = story.claims[n * ALIGNMENT_ROWS : (n + 1) * ALIGNMENT_ROWS]
        rows = []
        for claim in claims:
            by_source = members_by_source(claim)
            rows.append(
                (
                    claim,
                    len(by_source),
                    [collation_cell(site, page, by_id, claim, c, by_source) for c in cols],
                )
            )
        heads = [column_head(site, page, story, c, family) for c in cols]
        links = [(k + 1, site.href(page, p), p == page) for k, p in enumerate(pages)]
        content = (
            environment()
            .get_template("alignment.md.j2")
            .render(
                story=story,
                heads=heads,
                labels=[c.label for c in cols],
                rows=rows,
                n_sources=len(story.sources),
                total=total,
                first=n * ALIGNMENT_ROWS + 1,
                last=n * ALIGNMENT_ROWS + len(claims),
                pages=links,
                family=family,
                shared=shared,
                sources_page=site.href(page, SOURCES_PAGE),
            )
        )
        title = "Alignment" if n == 0 else f"Alignment ({n + 1} of {len(pages)})"
        out[site.path(page)] = front_matter(title, wide=True) + content
    return out
