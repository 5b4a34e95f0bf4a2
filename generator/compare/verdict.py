"""verdict: the figures of a pair of sources in, how they relate (a `Relation`) out.

Read by both `families` (a source joins a family when it is a near-copy of the leader) and
`relations` (every compared pair gets a relation), so the rule lives once, here, before both.
The figures: `a_in_b` and `b_in_a`, the shares of each source's sentences aligned to the other;
`wording`, the mean character-level closeness of the aligned sentences; `order`, the share of
shared statements in the same order; `shared`, how many statements they share.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from generator.model import Relation
from generator.settings import DEFAULT, CompareSettings

RELATION_LABELS = {
    Relation.NEAR_COPY: "near-copy",
    Relation.REWRITE: "rewrite of the same text",
    Relation.COMMON_SOURCE: "shares a common source",
    Relation.INDEPENDENT: "independent reporting",
}


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


def classify(
    a_in_b: float,
    b_in_a: float,
    wording: float,
    order: float,
    shared: int,
    settings: CompareSettings = DEFAULT.compare,
) -> Relation:
    """Near-copy, rewrite, common source or independent, read off the pair's figures."""
    cover = max(a_in_b, b_in_a)
    if cover >= settings.version_cover and shared >= settings.common_min_claims:
        if wording >= settings.copy_wording:
            return Relation.NEAR_COPY
        # A version of one text: half of the other, in enough statements that the share is not
        # just the quotes and facts that any two short reports of one event carry.
        if shared >= settings.version_min_claims:
            if order >= settings.rewrite_order:
                return Relation.REWRITE
            return Relation.COMMON_SOURCE
    if (
        shared >= settings.common_min_claims
        and cover >= settings.common_cover
        and wording >= settings.common_wording
    ):
        return Relation.COMMON_SOURCE
    return Relation.INDEPENDENT
