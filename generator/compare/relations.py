"""compare: the claims in, one `Pair` per pair of sources out: how much they share, how close the
shared wording is, and what that says about how they relate.

For sources a and b: `a_in_b` is the share of a's sentences that sit in a claim b also makes (and
`b_in_a` the reverse); `wording` is the mean character-level similarity of the aligned sentences
(1 = the same words in the same order); `order` is the share of shared claims that come in the
same order in both texts (longest increasing run); `similarity` = mean(a_in_b, b_in_a) x wording.
The relation is read off those figures (`verdict.classify`, thresholds in `CompareSettings`), and
`evidence` says why in words, with the figures. Fragments are left out of every count.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz, process, utils

from generator.compare.verdict import classify, in_order
from generator.compare.wording import is_fragment, workers
from generator.model import Claim, ClaimMember, Pair, Relation, Source, Story
from generator.settings import DEFAULT, CompareSettings, Settings


def substantive(source: Source, settings: CompareSettings) -> list[str]:
    """Ids of the sentences that count: fragments left by broken text are not statements."""
    return [s.id for s in source.sentences if not is_fragment(s.text, settings)]


def pct(value: float) -> str:
    return f"{round(100 * value)}%"


def sentence_index(sentence_id: str) -> int:
    return int(sentence_id.rpartition(":s")[2])


def members_by_source(claims: Sequence[Claim]) -> dict[str, dict[str, list[ClaimMember]]]:
    """For each claim id, its members grouped by source, in text order: built once, so that
    comparing two sources never walks the members of the other sources."""
    by_claim: dict[str, dict[str, list[ClaimMember]]] = {}
    for claim in claims:
        groups: dict[str, list[ClaimMember]] = {}
        for m in sorted(claim.members, key=lambda m: sentence_index(m.sentence_id)):
            groups.setdefault(m.source, []).append(m)
        by_claim[claim.id] = groups
    return by_claim


def shared_wording(
    claims: list[Claim], a: str, b: str, members: dict[str, dict[str, list[ClaimMember]]]
) -> list[float]:
    """How close a's and b's wording of each shared claim is (0..1), in one `cpdist` call.

    A source's members of one claim are joined in text order, so a sentence split in two in one
    source is compared whole with the other's single sentence.
    """

    def text_of(claim: Claim, source: str) -> str:
        return " ".join(m.text for m in members[claim.id][source])

    if not claims:
        return []
    scores = process.cpdist(
        [text_of(c, a) for c in claims],
        [text_of(c, b) for c in claims],
        scorer=fuzz.ratio,
        processor=utils.default_process,
        workers=workers(len(claims)),
    )
    return [float(v) / 100.0 for v in scores]


def relate(
    a: Source,
    b: Source,
    claims_of: dict[str, list[Claim]],
    members: dict[str, dict[str, list[ClaimMember]]],
    substantive_ids: dict[str, list[str]],
    settings: CompareSettings,
) -> Pair:
    ids_a, ids_b = substantive_ids[a.id], substantive_ids[b.id]
    shared = [c for c in claims_of[a.id] if b.id in members[c.id]]
    in_shared = {
        m.sentence_id for c in shared for source in (a.id, b.id) for m in members[c.id][source]
    }
    a_aligned = sum(1 for i in ids_a if i in in_shared)
    b_aligned = sum(1 for i in ids_b if i in in_shared)
    a_in_b = a_aligned / len(ids_a) if ids_a else 0.0
    b_in_a = b_aligned / len(ids_b) if ids_b else 0.0
    closeness = shared_wording(shared, a.id, b.id, members)
    wording = sum(closeness) / len(closeness) if closeness else 0.0
    copied = sum(1 for v in closeness if v >= settings.copied_wording)

    def first(claim: Claim, source: str) -> int:
        return sentence_index(members[claim.id][source][0].sentence_id)

    by_a = sorted(shared, key=lambda c: first(c, a.id))
    order = in_order([first(c, b.id) for c in by_a]) / len(shared) if shared else 0.0
    relation = classify(a_in_b, b_in_a, wording, order, len(shared), settings)
    ranked = sorted(zip(shared, closeness, strict=True), key=lambda cv: (-cv[1], cv[0].id))
    return Pair(
        a=a.id,
        b=b.id,
        similarity=round((a_in_b + b_in_a) / 2 * wording, 3),
        a_in_b=round(a_in_b, 3),
        b_in_a=round(b_in_a, 3),
        wording=round(wording, 3),
        relation=relation,
        evidence=evidence(
            a,
            b,
            relation,
            (a_aligned, len(ids_a)),
            (b_aligned, len(ids_b)),
            wording,
            order,
            len(shared),
            copied,
        ),
        shared=len(shared),
        order=round(order, 3),
        copied=copied,
        claims=tuple(c.id for c, _ in ranked),
    )


def evidence(
    a: Source,
    b: Source,
    relation: Relation,
    a_counts: tuple[int, int],
    b_counts: tuple[int, int],
    wording: float,
    order: float,
    shared: int,
    copied: int,
) -> tuple[str, ...]:
    """The figures behind a relation, in plain words."""

    def share(counts: tuple[int, int]) -> str:
        aligned, total = counts
        return f"{pct(aligned / total if total else 0.0)} ({aligned} of {total})"

    lines = [
        f"{share(a_counts)} of {a.label}'s sentences are aligned to {b.label}, "
        f"{share(b_counts)} of {b.label}'s to {a.label}.",
    ]
    if shared:
        lines.append(
            f"{shared} shared statements; their wording is {pct(wording)} the same on average "
            f"(character level), {copied} word for word; {pct(order)} come in the same order."
        )
    if relation is Relation.NEAR_COPY:
        lines.append(
            "One text carries most of the other almost word for word: a copy, lightly edited."
        )
    elif relation is Relation.REWRITE:
        lines.append(
            "One text carries most of the other's statements in the same order, in "
            "other words: one rewrote the other, or both rewrote the same original."
        )
    elif relation is Relation.COMMON_SOURCE:
        lines.append(
            "They share a block of the same statements, each with its own text around "
            "it or in its own order: both drew on a common source (a wire story, a "
            "statement, a briefing)."
        )
    else:
        lines.append(
            "Few shared statements, each in its own words: independent reporting of "
            "the same events."
        )
    if (
        relation is not Relation.INDEPENDENT
        and a.published
        and b.published
        and a.published != b.published
    ):
        earlier, later = (a, b) if a.published < b.published else (b, a)
        lines.append(
            f"{earlier.label} is dated {earlier.published}, {later.label} "
            f"{later.published}: if one copied the other, {later.label} did."
        )
    return tuple(lines)


def compared_pairs(story: Story, settings: CompareSettings) -> list[tuple[Source, Source]]:
    """The pairs of sources that get a `Pair`: every pair in a small story; in a large one, each
    copy with its family's leader, and the leaders that share a statement. Two copies of one
    leader are near-copies of each other through it, and a pair sharing nothing is independent:
    listing the million such pairs of a thousand reprints would say nothing more."""
    if len(story.sources) <= settings.all_pairs_max or not story.families:
        return list(combinations(story.sources, 2))
    position = {s.id: n for n, s in enumerate(story.sources)}
    leaders = {f.leader for f in story.families}
    pairs: set[tuple[int, int]] = set()  # positions in the story, a before b

    def add(x: str, y: str) -> None:
        pairs.add((min(position[x], position[y]), max(position[x], position[y])))

    for family in story.families:
        for member in family.members:
            if member != family.leader:
                add(member, family.leader)
    for claim in story.alignment:
        present = sorted({m.source for m in claim.members if m.source in leaders})
        for x, y in combinations(present, 2):
            add(x, y)
    return [(story.sources[a], story.sources[b]) for a, b in sorted(pairs)]


def compare_sources(story: Story, settings: Settings = DEFAULT) -> Story:
    """Pairs read off the alignment (wording is what tells a copy from a rewrite), each naming
    its shared statements by the ids of the story's claims (`claims.py` joins alignment claims:
    two aligned statements can be one claim)."""
    claims_of: dict[str, list[Claim]] = {s.id: [] for s in story.sources}
    members = members_by_source(story.alignment)
    for claim in story.alignment:
        for source in members[claim.id]:
            claims_of[source].append(claim)
    section = settings.compare
    substantive_ids = {s.id: substantive(s, section) for s in story.sources}
    pairs = tuple(
        relate(a, b, claims_of, members, substantive_ids, section)
        for a, b in compared_pairs(story, section)
    )
    return replace(story, pairs=tuple(_renamed(pairs, story)))


def _renamed(pairs: Sequence[Pair], story: Story) -> Iterator[Pair]:
    """Each pair's shared statements named by the claims that hold them, each once."""
    claim_of = {m.sentence_id: c.id for c in story.claims for m in c.members}
    renamed = {c.id: claim_of.get(c.members[0].sentence_id, c.id) for c in story.alignment}
    for pair in pairs:
        ids = tuple(dict.fromkeys(renamed[i] for i in pair.claims))
        yield pair if ids == pair.claims else replace(pair, claims=ids)
