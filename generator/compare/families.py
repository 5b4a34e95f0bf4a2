"""families: the sources of a story in, families of near-identical copies out.

A wire story reprinted by a thousand outlets is a thousand near-copies of a few texts. Comparing
every pair of them costs N² and says the same thing N² times; grouping them first makes the cost
grow with N. Each source is reduced to the set of its content-word shingles (runs of
`shingle_words` stems inside a sentence). Sources are taken fullest first; a source whose shingles
are mostly found in an existing family's leader is aligned sentence by sentence with that leader
(`matching.align_pair`) and joins the family when the figures make it a near-copy by the rule of
the comparison (`verdict.classify`), otherwise it becomes a leader itself. An inverted index from
shingle to leaders finds the candidate leaders, so each source costs a few look-ups and at most
`candidates_tried` small alignments. The same shingles tell which leaders have anything in common
(`related_leaders`), so unrelated texts are never aligned with each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process, utils

from generator.compare.matching import Match, align_pair
from generator.compare.verdict import classify, in_order
from generator.compare.wording import score_sentences, shingles, workers
from generator.model import Family, Relation, Source
from generator.settings import DEFAULT, CompareSettings

# The thresholds (shingle size, proposal share, candidates tried, all-pairs limit, stock-phrase
# limit) are `CompareSettings`.


class LeaderRows:
    """The score matrix of sources against one leader, each distinct sentence key scored once.

    Copies of one text repeat its sentences: a thousand reprints hold a few thousand distinct
    sentences among tens of thousands. Every source tried against a leader is scored against it
    row by row, and a row already scored for the same key (in an earlier copy) is reused; the
    matrix is `score_sentences` of the two, cell for cell. Fragments (empty keys) score 0 on
    either side so that they are never aligned by themselves.
    """

    def __init__(self, leader_keys: Sequence[str]) -> None:
        self.leader_keys = list(leader_keys)
        self.fragments = [not k for k in leader_keys]
        self.rows: dict[str, np.ndarray] = {"": np.zeros(len(leader_keys), dtype=np.float32)}

    def scores(self, keys: Sequence[str]) -> np.ndarray:
        new = list(dict.fromkeys(k for k in keys if k not in self.rows))
        if new:
            matrix = score_sentences(new, self.leader_keys)
            matrix[:, self.fragments] = 0.0
            self.rows.update(zip(new, matrix, strict=True))
        if not keys:
            return np.zeros((0, len(self.leader_keys)), dtype=np.float32)
        return np.stack([self.rows[k] for k in keys])


@dataclass(frozen=True, slots=True)
class Grouping:
    """The families, and for each copy its matches with the leader (copy = side a)."""

    families: tuple[Family, ...]
    leader_of: dict[str, str]
    to_leader: dict[str, list[Match]]
    shingles: dict[str, frozenset[str]]
    rows: dict[str, LeaderRows]  # each leader's scored rows, reused to align the leaders


def source_shingles(keys: Sequence[str], size: int) -> frozenset[str]:
    return frozenset(s for key in keys for s in shingles(key, size))


def is_copy(
    copy: Source,
    leader: Source,
    keys: tuple[Sequence[str], Sequence[str]],
    matches: list[Match],
    settings: CompareSettings,
) -> bool:
    """Whether the matches make `copy` a near-copy of `leader` by the comparison's rule."""
    ids_a = [i for i, k in enumerate(keys[0]) if k]
    ids_b = [j for j, k in enumerate(keys[1]) if k]
    main = [m for m in matches if not m.split]
    if not ids_a or not ids_b or not main:
        return False
    a_in_b = len({m.a for m in matches} & set(ids_a)) / len(ids_a)
    b_in_a = len({m.b for m in matches} & set(ids_b)) / len(ids_b)
    texts_a = [copy.sentences[m.a].text for m in main]
    texts_b = [leader.sentences[m.b].text for m in main]
    closeness = process.cpdist(
        texts_a,
        texts_b,
        scorer=fuzz.ratio,
        processor=utils.default_process,
        workers=workers(len(main)),
    )
    wording = float(closeness.mean()) / 100.0
    order = in_order([m.b for m in main]) / len(main)
    relation = classify(a_in_b, b_in_a, wording, order, len(main), settings)
    return relation is Relation.NEAR_COPY


def candidate_leaders(
    own: frozenset[str],
    postings: dict[str, list[str]],
    position: dict[str, int],
    settings: CompareSettings,
) -> list[str]:
    """The leaders holding enough of a source's shingles to be tried, most shared first."""
    counts: Counter[str] = Counter()
    for shingle in own:
        found = postings.get(shingle, ())
        if len(found) <= settings.common_shingle:
            counts.update(found)
    return sorted(
        (leader for leader, n in counts.items() if n >= settings.propose_share * len(own)),
        key=lambda leader: (-counts[leader], position[leader]),
    )[: settings.candidates_tried]


def find_families(
    sources: Sequence[Source],
    keys: dict[str, list[str]],
    settings: CompareSettings = DEFAULT.compare,
) -> Grouping:
    """Every source in exactly one family; families of one source are leaders without copies."""
    sets = {s.id: source_shingles(keys[s.id], settings.shingle_words) for s in sources}
    position = {s.id: n for n, s in enumerate(sources)}
    # Fullest first, so that a family's leader is its longest version and shorter copies are
    # compared with a text that holds all of theirs.
    ordered = sorted(sources, key=lambda s: (-len(sets[s.id]), position[s.id]))
    by_id = {s.id: s for s in sources}
    postings: dict[str, list[str]] = {}
    leader_of: dict[str, str] = {}
    to_leader: dict[str, list[Match]] = {}
    rows = {s.id: LeaderRows(keys[s.id]) for s in sources}
    for source in ordered:
        for leader_id in candidate_leaders(sets[source.id], postings, position, settings):
            pair_keys = (keys[source.id], keys[leader_id])
            matches = align_pair(rows[leader_id].scores(pair_keys[0]), *pair_keys, settings)
            if is_copy(source, by_id[leader_id], pair_keys, matches, settings):
                leader_of[source.id] = leader_id
                to_leader[source.id] = matches
                break
        else:
            leader_of[source.id] = source.id
            for shingle in sets[source.id]:
                postings.setdefault(shingle, []).append(source.id)
    leaders = [s.id for s in sources if leader_of[s.id] == s.id]
    members: dict[str, list[str]] = {leader: [] for leader in leaders}
    for s in sources:
        members[leader_of[s.id]].append(s.id)
    families = tuple(
        Family(id=f"f{n}", leader=leader, members=tuple(members[leader]))
        for n, leader in enumerate(leaders, start=1)
    )
    leader_rows = {family.leader: rows[family.leader] for family in families}
    return Grouping(families, leader_of, to_leader, sets, leader_rows)


def related_leaders(
    leaders: Sequence[Source], grouping: Grouping, settings: CompareSettings = DEFAULT.compare
) -> list[tuple[int, int]]:
    """The pairs of leaders (positions, a before b) worth aligning: all of them for a small
    story, else those that share at least one shingle (found through an inverted index)."""
    if len(leaders) <= settings.all_pairs_max:
        return list(combinations(range(len(leaders)), 2))
    postings: dict[str, list[int]] = {}
    for n, leader in enumerate(leaders):
        for shingle in grouping.shingles[leader.id]:
            postings.setdefault(shingle, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for n, leader in enumerate(leaders):
        for shingle in grouping.shingles[leader.id]:
            if len(postings[shingle]) <= settings.common_shingle:
                pairs.update((n, other) for other in postings[shingle] if other > n)
    return sorted(pairs)
