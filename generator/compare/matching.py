"""matching: the score matrix of two sources in, their matched sentences out.

Rewrites keep the order of the text they rewrite, so the matches are first a monotone chain found
by dynamic programming, where a weakly similar pair is only kept when a neighbouring match anchors
it; then strong mutual-best matches out of order (moved paragraphs); then sentences split in one
source and merged in the other. `align_pair` is called once per pair of sources that align
compares: a family member with its family's leader, and leaders with one another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from generator.compare.wording import score_pairs
from generator.settings import DEFAULT, CompareSettings

# Scores are 0..1; the thresholds (strong, weak, alone, margin, anchor gap, merge gain) are
# `CompareSettings`, read off the seeds and checked on the tuning part of BASIL.


@dataclass(frozen=True, slots=True)
class Match:
    """Sentence i of source a aligned to sentence j of source b; `split` when one is a piece."""

    a: int
    b: int
    score: float
    split: bool = False
    piece: str = ""  # for a split: "a" or "b", the side whose sentence is the piece


def monotone_chain(scores: np.ndarray, floor: float) -> list[tuple[int, int]]:
    """The in-order matches (no crossings) with the largest total score among cells >= floor.

    Dynamic programming row by row: best[j] is the best total using rows so far and columns < j.
    Each row is one vectorised step (a running maximum along the row), the walk back is a loop.
    """
    n, m = scores.shape
    weight = np.where(scores >= floor, scores, 0.0)
    table = np.zeros((n + 1, m + 1), dtype=np.float64)
    for i in range(1, n + 1):
        take = table[i - 1, :-1] + weight[i - 1]
        row = np.maximum(table[i - 1, 1:], take)
        table[i, 1:] = np.maximum.accumulate(row)
    chain: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        if table[i, j] == table[i - 1, j]:
            i -= 1
        elif table[i, j] == table[i, j - 1]:
            j -= 1
        else:
            chain.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    chain.reverse()
    return chain


def margins(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For every cell, how far it beats the best other cell of its row, and of its column."""

    def lead(matrix: np.ndarray) -> np.ndarray:
        if matrix.shape[1] < 2:
            return matrix.copy()
        top2 = -np.partition(-matrix, 1, axis=1)[:, :2]
        other = np.where(matrix >= top2[:, :1], top2[:, 1:2], top2[:, :1])
        return matrix - other

    return lead(scores), lead(scores.T).T


def anchored(
    chain: list[tuple[int, int]], scores: np.ndarray, settings: CompareSettings
) -> list[tuple[int, int]]:
    """The chain's matches that can be trusted.

    Anchors are strong matches and weak ones that stand out of their row and column by a margin
    (the sentence has no near rival). A weak match without that margin is kept only next to an
    anchor: a rewrite keeps the order, so a sentence between two aligned ones is likely aligned.
    """
    row_lead, col_lead = margins(scores)
    strong = [scores[i, j] >= settings.strong_match for i, j in chain]
    anchors = [
        k
        for k, (i, j) in enumerate(chain)
        if strong[k]
        or (
            scores[i, j] >= settings.alone_match
            and min(row_lead[i, j], col_lead[i, j]) >= settings.anchor_margin
        )
    ]
    kept = []
    for k, (i, j) in enumerate(chain):
        # A strong anchor vouches for neighbours up to anchor_gap away, a weak one only for the
        # very next sentence on both sides.
        if k in anchors or any(
            abs(i - chain[n][0]) <= reach and abs(j - chain[n][1]) <= reach
            for n in anchors
            for reach in [settings.anchor_gap if strong[n] else 1]
        ):
            kept.append((i, j))
    return kept


def align_pair(
    scores: np.ndarray,
    keys_a: Sequence[str],
    keys_b: Sequence[str],
    settings: CompareSettings = DEFAULT.compare,
) -> list[Match]:
    """The matches between two sources, given their score matrix and sentence keys."""
    if scores.size == 0:
        return []
    pairs = anchored(monotone_chain(scores, settings.weak_match), scores, settings)
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    # Moved paragraphs: strong mutual-best matches left over by the in-order chain.
    best_b = scores.argmax(axis=1)
    best_a = scores.argmax(axis=0)
    for i in range(scores.shape[0]):
        j = int(best_b[i])
        mutual = best_a[j] == i and scores[i, j] >= settings.strong_match
        if i not in used_a and j not in used_b and mutual:
            pairs.append((i, j))
            used_a.add(i)
            used_b.add(j)
    matches = [Match(i, j, float(scores[i, j])) for i, j in sorted(pairs)]
    return matches + split_pieces(matches, scores, keys_a, keys_b, settings.merge_gain)


def split_pieces(
    matches: list[Match],
    scores: np.ndarray,
    keys_a: Sequence[str],
    keys_b: Sequence[str],
    merge_gain: float,
) -> list[Match]:
    """Unmatched sentences that are the other half of a matched one (split on one side only).

    For a match (i, j) and an unmatched neighbour i±1 of i, the joined sentences i and i±1 are
    scored against j: when joining raises the score by `merge_gain`, i±1 is a piece of the same
    statement. Likewise on b's side. All candidates are scored in one `cpdist` call per side.
    """
    used_a = {m.a for m in matches}
    used_b = {m.b for m in matches}
    pieces: list[Match] = []
    for side in ("a", "b"):
        keys, other, used = (keys_a, keys_b, used_a) if side == "a" else (keys_b, keys_a, used_b)
        candidates = []
        for m in matches:
            here, there = (m.a, m.b) if side == "a" else (m.b, m.a)
            for piece in (here - 1, here + 1):
                if 0 <= piece < len(keys) and piece not in used and keys[piece]:
                    joined = f"{keys[min(here, piece)]} {keys[max(here, piece)]}"
                    candidates.append((piece, there, m.score, joined))
        if not candidates:
            continue
        gains = score_pairs([c[3] for c in candidates], [other[c[1]] for c in candidates])
        best: dict[int, tuple[float, int]] = {}
        for (piece, there, before, _), joined_score in zip(candidates, gains, strict=True):
            if joined_score - before >= merge_gain and (
                piece not in best or joined_score > best[piece][0]
            ):
                best[piece] = (float(joined_score), there)
        for piece, (_, there) in sorted(best.items()):
            own = float(scores[piece, there] if side == "a" else scores[there, piece])
            pieces.append(
                Match(piece, there, own, True, "a")
                if side == "a"
                else Match(there, piece, own, True, "b")
            )
    return pieces
