"""align: the sentences of every source in, claims out (one statement as it appears in k sources).

For each pair of sources, one rapidfuzz `cdist` call scores every sentence of one against every
sentence of the other (`score_sentences`). An order-aware pass then picks the matches: a monotone
chain found by dynamic programming (rewrites keep the order of the text they rewrite), where a
weakly similar pair is only kept when a neighbouring match anchors it, plus strong mutual-best
matches out of order (moved paragraphs), plus sentences split in one source and merged in the
other. The matches of all pairs are joined into claims, strongest first, never putting two
sentences of one source in a claim (except the pieces of a split sentence) and never joining
groups whose members are not close to one another. Every sentence ends up in exactly one claim;
claim ids `c1`, `c2`... follow a reading order that merges the sources' orders.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process

from generator.model import Claim, ClaimMember, Source, Story

# Words that carry no content of their own: dropped from the content key so that two
# sentences are compared on what they say, not on their grammar. A general English list.
_STOPWORD_TEXT = """a an the and or but nor if of to in on at by for with from as into onto
    about than that this these those it its it's is are was were be been being has have had
    having do does did will would could should may might must can shall not no so such he she
    they we you i his her hers their theirs our ours your yours them him us me my
    who whom whose which what when where while there here then also just very more most
    said says say saying told tells according mr mrs ms dr"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# A crude stem: the first letters of a word. Five letters join "mistake"/"mistakes",
# "warned"/"warning", "sanction"/"sanctions" while keeping most content words apart
# (checked on the seeds' spun and translated sentences).
STEM_LETTERS = 5
# A sentence with fewer word tokens than this is a fragment ("to resolve.", "officials said.")
# left by segmenting broken text: it is not aligned by itself but joins the claim of the
# sentence before it.
MIN_WORDS = 3

# Scores are 0..1. Thresholds were read off the seeds (two rewrites of one wire story, a spun and
# a machine-translated article) and checked on the BASIL stories (independent outlets): unrelated
# sentence pairs of one story score up to ~0.55 (shared names), reworded pairs 0.55-0.9.
STRONG = 0.72  # kept anywhere, even out of order, when both sides are each other's best
WEAK = 0.55  # kept only on the monotone chain, with a margin or next to an anchor
ALONE = 0.6  # a weak match with no strong neighbour needs this score (BASIL: 0.55-0.6 were
# mostly two different statements about the same event)...
MARGIN = 0.08  # ...and must beat every rival in its row and column by this much to be an anchor
ANCHOR_GAP = 2  # other weak matches need an anchor within this many sentences on both sides
MERGE_GAIN = 0.06  # joining a neighbour must raise the score by this much to count as a split
LINK_MIN = 0.5  # two groups join into one claim only if their members score this on average

WORD_RE = re.compile(r"\w+", re.U)


def content_key(text: str) -> str:
    """The comparison key of a sentence: lower-case content words, each cut to its stem."""
    return " ".join(
        w[:STEM_LETTERS] for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS
    )


def score_sentences(queries: Sequence[str], choices: Sequence[str]) -> np.ndarray:
    """Similarity 0..1 of every query sentence to every choice sentence (a len(q) x len(c) matrix).

    Inputs are content keys (`content_key`). The score is the mean of token_set_ratio (high when
    one sentence says what the other does, in any order, even with extra words) and
    token_sort_ratio (which penalises the extra words), so that a short sentence whose few words
    happen to occur in a long one does not score as a copy of it.
    """
    if not queries or not choices:
        return np.zeros((len(queries), len(choices)), dtype=np.float32)
    token_set = process.cdist(queries, choices, scorer=fuzz.token_set_ratio, workers=-1,
                              dtype=np.float32)
    token_sort = process.cdist(queries, choices, scorer=fuzz.token_sort_ratio, workers=-1,
                               dtype=np.float32)
    return (token_set + token_sort) / 200.0


def score_pairs(queries: Sequence[str], choices: Sequence[str]) -> np.ndarray:
    """The same score as `score_sentences` for queries[k] against choices[k] only."""
    if not queries:
        return np.zeros(0, dtype=np.float32)
    token_set = process.cpdist(queries, choices, scorer=fuzz.token_set_ratio, workers=-1,
                               dtype=np.float32)
    token_sort = process.cpdist(queries, choices, scorer=fuzz.token_sort_ratio, workers=-1,
                                dtype=np.float32)
    return (token_set + token_sort) / 200.0


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


def anchored(chain: list[tuple[int, int]], scores: np.ndarray) -> list[tuple[int, int]]:
    """The chain's matches that can be trusted.

    Anchors are strong matches and weak ones that stand out of their row and column by MARGIN
    (the sentence has no near rival). A weak match without that margin is kept only next to an
    anchor: a rewrite keeps the order, so a sentence between two aligned ones is likely aligned.
    """
    row_lead, col_lead = margins(scores)
    strong = [scores[i, j] >= STRONG for i, j in chain]
    anchors = [k for k, (i, j) in enumerate(chain)
               if strong[k] or (scores[i, j] >= ALONE
                                and min(row_lead[i, j], col_lead[i, j]) >= MARGIN)]
    kept = []
    for k, (i, j) in enumerate(chain):
        # A strong anchor vouches for neighbours up to ANCHOR_GAP away, a weak one only for the
        # very next sentence on both sides.
        if k in anchors or any(
            abs(i - chain[n][0]) <= reach and abs(j - chain[n][1]) <= reach
            for n in anchors
            for reach in [ANCHOR_GAP if strong[n] else 1]
        ):
            kept.append((i, j))
    return kept


def align_pair(scores: np.ndarray, keys_a: Sequence[str], keys_b: Sequence[str]) -> list[Match]:
    """The matches between two sources, given their score matrix and sentence keys."""
    if scores.size == 0:
        return []
    pairs = anchored(monotone_chain(scores, WEAK), scores)
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    # Moved paragraphs: strong mutual-best matches left over by the in-order chain.
    best_b = scores.argmax(axis=1)
    best_a = scores.argmax(axis=0)
    for i in range(scores.shape[0]):
        j = int(best_b[i])
        if (i not in used_a and j not in used_b and best_a[j] == i
                and scores[i, j] >= STRONG):
            pairs.append((i, j))
            used_a.add(i)
            used_b.add(j)
    matches = [Match(i, j, float(scores[i, j])) for i, j in sorted(pairs)]
    return matches + split_pieces(matches, scores, keys_a, keys_b)


def split_pieces(matches: list[Match], scores: np.ndarray, keys_a: Sequence[str],
                 keys_b: Sequence[str]) -> list[Match]:
    """Unmatched sentences that are the other half of a matched one (split on one side only).

    For a match (i, j) and an unmatched neighbour i±1 of i, the joined sentences i and i±1 are
    scored against j: when joining raises the score by MERGE_GAIN, i±1 is a piece of the same
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
            if joined_score - before >= MERGE_GAIN and (piece not in best
                                                         or joined_score > best[piece][0]):
                best[piece] = (float(joined_score), there)
        for piece, (_, there) in sorted(best.items()):
            own = float(scores[piece, there] if side == "a" else scores[there, piece])
            pieces.append(Match(piece, there, own, True, "a") if side == "a"
                          else Match(there, piece, own, True, "b"))
    return pieces


def pairwise_scores(sources: Sequence[Source], keys: dict[str, list[str]]
                    ) -> dict[tuple[int, int], np.ndarray]:
    """The score matrix of every pair of sources (by position in `sources`, a before b).

    One `score_sentences` call per pair. This is the place to plug in candidate generation
    (score only the pairs of sources, or sentences, that share rare words) for large stories.
    Fragments score 0 so that they are never aligned by themselves.
    """
    matrices = {}
    for x, y in combinations(range(len(sources)), 2):
        keys_a, keys_b = keys[sources[x].id], keys[sources[y].id]
        scores = score_sentences(keys_a, keys_b)
        scores[[not k for k in keys_a], :] = 0.0
        scores[:, [not k for k in keys_b]] = 0.0
        matrices[(x, y)] = scores
    return matrices


def sentence_keys(source: Source) -> list[str]:
    """Content keys of a source's sentences; "" for fragments, which are never scored."""
    return [
        content_key(s.text) if len(WORD_RE.findall(s.text)) >= MIN_WORDS else ""
        for s in source.sentences
    ]


class Groups:
    """Union-find over sentence ids, each group holding at most one main sentence per source."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.parent = {i: i for i in ids}
        self.members = {i: [i] for i in ids}

    def find(self, node: str) -> str:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, x: str, y: str) -> None:
        rx, ry = sorted((self.find(x), self.find(y)))
        self.parent[ry] = rx
        self.members[rx].extend(self.members.pop(ry))


def source_of(sentence_id: str) -> str:
    return sentence_id.rpartition(":s")[0]


def build_claims(story: Story, matches: list[tuple[str, str, float, bool]],
                 similarity: dict[tuple[str, str], float]) -> tuple[Claim, ...]:
    """Join matched sentences into claims; every sentence ends up in exactly one claim."""
    ids = [s.id for source in story.sources for s in source.sentences]
    groups = Groups(ids)

    def score(x: str, y: str) -> float:
        return similarity.get((x, y), similarity.get((y, x), 0.0))

    main = sorted((m for m in matches if not m[3]), key=lambda m: (-m[2], m[0], m[1]))
    for x, y, _, _ in main:
        rx, ry = groups.find(x), groups.find(y)
        if rx == ry:
            continue
        left, right = groups.members[rx], groups.members[ry]
        if {source_of(i) for i in left} & {source_of(i) for i in right}:
            continue
        # Chaining guard: a group joins another only if its members are close on average.
        link = sum(score(i, k) for i in left for k in right) / (len(left) * len(right))
        if link >= LINK_MIN:
            groups.union(x, y)
    # Pieces of split sentences, then fragments, join the group of the sentence they belong to.
    for piece, whole, _, _ in sorted(m for m in matches if m[3]):
        if groups.members[groups.find(piece)] == [piece]:
            groups.union(piece, whole)
    for source in story.sources:
        for s in source.sentences:
            if (s.index > 0 and len(WORD_RE.findall(s.text)) < MIN_WORDS
                    and groups.members[groups.find(s.id)] == [s.id]):
                groups.union(s.id, source.sentences[s.index - 1].id)
    return number_claims(story, [groups.members[root] for root in sorted(groups.members)], score)


def reading_order(story: Story, groups: list[list[str]]) -> list[list[str]]:
    """Groups in an order that merges the sources' orders: the first source's order, and each
    group new in a later source placed after the group of that source's previous sentence."""
    group_of = {i: k for k, members in enumerate(groups) for i in members}
    order: list[int] = []
    placed: set[int] = set()
    for source in story.sources:
        anchor = -1
        for s in source.sentences:
            k = group_of[s.id]
            if k in placed:
                anchor = order.index(k)
                continue
            order.insert(anchor + 1, k)
            placed.add(k)
            anchor += 1
    return [groups[k] for k in order]


def number_claims(story: Story, groups: list[list[str]],
                  score: Callable[[str, str], float]) -> tuple[Claim, ...]:
    """Claims `c1`, `c2`... in reading order, each member scored against the reference wording."""
    position = {s.id: (n, s.index) for n, src in enumerate(story.sources) for s in src.sentences}
    ordered = [sorted(members, key=position.__getitem__)
               for members in reading_order(story, groups)]
    references = []
    for members in ordered:
        # The reference wording is the member closest to all others (ties: earliest source).
        closeness = [sum(score(i, k) for k in members if k != i) for i in members]
        references.append(members[closeness.index(max(closeness))])
    texts = {i: story.sentence(i).text for members in ordered for i in members}
    pairs = [(i, ref) for members, ref in zip(ordered, references, strict=True) for i in members]
    exact = score_pairs([content_key(texts[i]) for i, _ in pairs],
                        [content_key(texts[r]) for _, r in pairs])
    member_score = {i: 1.0 if i == r else round(float(v), 3)
                    for (i, r), v in zip(pairs, exact, strict=True)}
    return tuple(
        Claim(id=f"c{n}", members=tuple(
            ClaimMember(source=source_of(i), sentence_id=i, text=texts[i], score=member_score[i])
            for i in members
        ))
        for n, members in enumerate(ordered, start=1)
    )


def align_story(story: Story) -> Story:
    sources = story.sources
    keys = {source.id: sentence_keys(source) for source in sources}
    matches: list[tuple[str, str, float, bool]] = []
    similarity: dict[tuple[str, str], float] = {}
    for (x, y), scores in pairwise_scores(sources, keys).items():
        a, b = sources[x], sources[y]
        for m in align_pair(scores, keys[a.id], keys[b.id]):
            x_id, y_id = a.sentences[m.a].id, b.sentences[m.b].id
            # A split match is stored piece first: the piece joins its partner's claim.
            if m.split and m.piece == "b":
                x_id, y_id = y_id, x_id
            matches.append((x_id, y_id, m.score, m.split))
        # Similarities of every cross pair in a candidate group, kept for the chaining guard.
        rows, cols = np.nonzero(scores >= WEAK / 2)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            similarity[(a.sentences[i].id, b.sentences[j].id)] = float(scores[i, j])
    return replace(story, claims=build_claims(story, matches, similarity))


def claim_of(story: Story) -> dict[str, Claim]:
    """Each sentence id's claim."""
    return {m.sentence_id: claim for claim in story.claims for m in claim.members}
