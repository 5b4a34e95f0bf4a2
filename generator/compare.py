"""compare: the claims in, one `Pair` per pair of sources out: how much they share, how close the
shared wording is, and what that says about how they relate.

For sources a and b: `a_in_b` is the share of a's sentences that sit in a claim b also makes (and
`b_in_a` the reverse); `wording` is the mean character-level similarity of the aligned sentences
(1 = the same words in the same order); `order` is the share of shared claims that come in the
same order in both texts (longest increasing run); `similarity` = mean(a_in_b, b_in_a) x wording.
The relation is read off those figures (thresholds below), and `evidence` says why in words, with
the figures. Fragments (fewer than align.MIN_WORDS words) are left out of every count.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz, process, utils

from generator.align import MIN_WORDS, WORD_RE
from generator.model import Claim, Pair, Source, Story

NEAR_COPY = "near-copy"
REWRITE = "rewrite"
COMMON_SOURCE = "common source"
INDEPENDENT = "independent"
RELATION_LABELS = {
    NEAR_COPY: "near-copy",
    REWRITE: "rewrite of the same text",
    COMMON_SOURCE: "shares a common source",
    INDEPENDENT: "independent reporting",
}

# One text carries at least this share of the other's sentences: it is a version of that text.
# The seeds' two rewrites of one wire story share ~85%; independent BASIL outlets at most ~25%.
VERSION_COVER = 0.5
# Mean wording (character level, 0..1) above which a version is a near-copy rather than a
# rewrite: light edits keep ~0.95, the seeds' paraphrases and spun text stay below 0.75.
COPY_WORDING = 0.9
# A rewrite keeps the order of its original: at least this share of shared claims in order.
# Below it, two versions of one text were cut up and rearranged: a common source.
REWRITE_ORDER = 0.8
# A block of shared statements that points to a common source (a wire story, a statement, a
# press conference quoted by both) rather than to the same event reported independently.
COMMON_MIN_CLAIMS = 3
COMMON_COVER = 0.15
# ...in close wording: quotes and wire sentences keep ~0.6-0.9 of their characters, while the
# same event told in each outlet's own words stays near 0.4-0.55 (BASIL).
COMMON_WORDING = 0.6
# Aligned sentences this close in wording count as copied word for word.
COPIED_WORDING = 0.95


def substantive(source: Source) -> list[str]:
    """Ids of the sentences that count: fragments left by broken text are not statements."""
    return [s.id for s in source.sentences if len(WORD_RE.findall(s.text)) >= MIN_WORDS]


def in_order(positions: Sequence[int]) -> int:
    """Length of the longest strictly increasing run (not necessarily contiguous)."""
    tails: list[int] = []
    for value in positions:
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
        else:
            tails[k] = value
    return len(tails)


def pct(value: float) -> str:
    return f"{round(100 * value)}%"


def shared_wording(story: Story, claims: list[Claim], a: str, b: str) -> list[float]:
    """How close a's and b's wording of each shared claim is (0..1), in one `cpdist` call.

    A source's members of one claim are joined in text order, so a sentence split in two in one
    source is compared whole with the other's single sentence.
    """
    def text_of(claim: Claim, source: str) -> str:
        ids = sorted((story.sentence(m.sentence_id).index, m.text)
                     for m in claim.members if m.source == source)
        return " ".join(text for _, text in ids)

    if not claims:
        return []
    scores = process.cpdist([text_of(c, a) for c in claims], [text_of(c, b) for c in claims],
                            scorer=fuzz.ratio, processor=utils.default_process, workers=-1)
    return [float(v) / 100.0 for v in scores]


def relate(a: Source, b: Source, story: Story, claims_of: dict[str, list[Claim]]) -> Pair:
    ids_a, ids_b = substantive(a), substantive(b)
    shared = [c for c in claims_of[a.id] if b.id in c.sources]
    in_shared = {m.sentence_id for c in shared for m in c.members}
    a_aligned = sum(1 for i in ids_a if i in in_shared)
    b_aligned = sum(1 for i in ids_b if i in in_shared)
    a_in_b = a_aligned / len(ids_a) if ids_a else 0.0
    b_in_a = b_aligned / len(ids_b) if ids_b else 0.0
    closeness = shared_wording(story, shared, a.id, b.id)
    wording = sum(closeness) / len(closeness) if closeness else 0.0
    copied = sum(1 for v in closeness if v >= COPIED_WORDING)

    def first(claim: Claim, source: str) -> int:
        return min(story.sentence(m.sentence_id).index for m in claim.members
                   if m.source == source)

    by_a = sorted(shared, key=lambda c: first(c, a.id))
    order = in_order([first(c, b.id) for c in by_a]) / len(shared) if shared else 0.0
    relation = classify(a_in_b, b_in_a, wording, order, len(shared))
    ranked = sorted(zip(shared, closeness, strict=True), key=lambda cv: (-cv[1], cv[0].id))
    return Pair(
        a=a.id, b=b.id,
        similarity=round((a_in_b + b_in_a) / 2 * wording, 3),
        a_in_b=round(a_in_b, 3), b_in_a=round(b_in_a, 3), wording=round(wording, 3),
        relation=relation,
        evidence=evidence(a, b, relation, (a_aligned, len(ids_a)), (b_aligned, len(ids_b)),
                          wording, order, len(shared), copied),
        shared=len(shared), order=round(order, 3), copied=copied,
        claims=tuple(c.id for c, _ in ranked),
    )


def classify(a_in_b: float, b_in_a: float, wording: float, order: float, shared: int) -> str:
    if max(a_in_b, b_in_a) >= VERSION_COVER and shared >= COMMON_MIN_CLAIMS:
        if wording >= COPY_WORDING:
            return NEAR_COPY
        return REWRITE if order >= REWRITE_ORDER else COMMON_SOURCE
    if (shared >= COMMON_MIN_CLAIMS and max(a_in_b, b_in_a) >= COMMON_COVER
            and wording >= COMMON_WORDING):
        return COMMON_SOURCE
    return INDEPENDENT


def evidence(a: Source, b: Source, relation: str, a_counts: tuple[int, int],
             b_counts: tuple[int, int], wording: float, order: float, shared: int,
             copied: int) -> tuple[str, ...]:
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
    if relation == NEAR_COPY:
        lines.append("One text carries most of the other almost word for word: a copy, "
                     "lightly edited.")
    elif relation == REWRITE:
        lines.append("One text carries most of the other's statements in the same order, in "
                     "other words: one rewrote the other, or both rewrote the same original.")
    elif relation == COMMON_SOURCE:
        lines.append("They share a block of the same statements, each with its own text around "
                     "it or in its own order: both drew on a common source (a wire story, a "
                     "statement, a briefing).")
    else:
        lines.append("Few shared statements, each in its own words: independent reporting of "
                     "the same events.")
    if relation != INDEPENDENT and a.published and b.published and a.published != b.published:
        earlier, later = (a, b) if a.published < b.published else (b, a)
        lines.append(f"{earlier.label} is dated {earlier.published}, {later.label} "
                     f"{later.published}: if one copied the other, {later.label} did.")
    return tuple(lines)


def compare_sources(story: Story) -> Story:
    claims_of: dict[str, list[Claim]] = {s.id: [] for s in story.sources}
    for claim in story.claims:
        for source in claim.sources:
            claims_of[source].append(claim)
    pairs = tuple(relate(a, b, story, claims_of) for a, b in combinations(story.sources, 2))
    return replace(story, pairs=pairs)
