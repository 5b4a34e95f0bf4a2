"""families: the sources of a story in, families of near-identical copies out.

A wire story reprinted by a thousand outlets is a thousand near-copies of a few texts. Comparing
every pair of them costs N² and says the same thing N² times; grouping them first makes the cost
grow with N. Each source is reduced to the set of its content-word shingles (runs of
SHINGLE_WORDS stems inside a sentence). Sources are taken fullest first; a source whose shingles
are mostly found in an existing family's leader is aligned sentence by sentence with that leader
(`matching.align_pair`) and joins the family when the figures make it a near-copy by the rule of
the comparison (`compare.classify`), otherwise it becomes a leader itself. An inverted index from
shingle to leaders finds the candidate leaders, so each source costs a few look-ups and at most
CANDIDATES_TRIED small alignments. The same shingles tell which leaders have anything in common
(`related_leaders`), so unrelated texts are never aligned with each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz, process, utils

from generator.compare.relations import NEAR_COPY, classify, in_order
from generator.compare.matching import Match, align_pair
from generator.model import Family, Source
from generator.compare.wording import score_sentences, shingles, workers

# Three stems in a row rarely recur by chance within one story (names and set phrases are two
# words), while a copy keeps most of them: a changed word breaks three shingles, not the rest.
SHINGLE_WORDS = 3
# A source is tried as a copy of a leader when this share of its shingles occurs in the leader.
# The scale benchmark's reprints keep 0.41-1.0 of them (median 0.95); the seeds' closest pair
# shares 0.17, independent BASIL outlets up to 0.44. A proposal costs one small alignment, which
# decides, so the bar is set low enough to miss no copy.
PROPOSE_SHARE = 0.3
# How many candidate leaders (best shingle share first) are aligned before giving up.
CANDIDATES_TRIED = 2
# Up to this many leaders every pair of them is aligned, as on the small stories the thresholds
# were tuned on; beyond it only leaders that share a shingle are.
ALL_PAIRS_MAX = 20
# A shingle found in more leaders than this is the story's stock phrase (a name with a title),
# not a sign of copying: it is not counted, which keeps each look-up short when a story has
# hundreds of independent texts.
COMMON_SHINGLE = 64


@dataclass(frozen=True, slots=True)
class Grouping:
    """The families, and for each copy its matches with the leader (copy = side a)."""

    families: tuple[Family, ...]
    leader_of: dict[str, str]
    to_leader: dict[str, list[Match]]
    shingles: dict[str, frozenset[str]]


def source_shingles(keys: Sequence[str]) -> frozenset[str]:
    return frozenset(s for key in keys for s in shingles(key, SHINGLE_WORDS))


def pair_scores(keys_a: Sequence[str], keys_b: Sequence[str]):
    """The score matrix of two sources; fragments score 0 so that they are never aligned alone."""
    scores = score_sentences(keys_a, keys_b)
    scores[[not k for k in keys_a], :] = 0.0
    scores[:, [not k for k in keys_b]] = 0.0
    return scores


def is_copy(
    copy: Source, leader: Source, keys_a: Sequence[str], keys_b: Sequence[str], matches: list[Match]
) -> bool:
    """Whether the matches make `copy` a near-copy of `leader` by the comparison's rule."""
    ids_a = [i for i, k in enumerate(keys_a) if k]
    ids_b = [j for j, k in enumerate(keys_b) if k]
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
    return classify(a_in_b, b_in_a, wording, order, len(main)) == NEAR_COPY


def find_families(sources: Sequence[Source], keys: dict[str, list[str]]) -> Grouping:
    """Every source in exactly one family; families of one source are leaders without copies."""
    sets = {s.id: source_shingles(keys[s.id]) for s in sources}
    position = {s.id: n for n, s in enumerate(sources)}
    # Fullest first, so that a family's leader is its longest version and shorter copies are
    # compared with a text that holds all of theirs.
    ordered = sorted(sources, key=lambda s: (-len(sets[s.id]), position[s.id]))
    by_id = {s.id: s for s in sources}
    postings: dict[str, list[str]] = {}
    leader_of: dict[str, str] = {}
    to_leader: dict[str, list[Match]] = {}
    for source in ordered:
        own = sets[source.id]
        counts: Counter[str] = Counter()
        for shingle in own:
            found = postings.get(shingle, ())
            if len(found) <= COMMON_SHINGLE:
                counts.update(found)
        candidates = sorted(
            (leader for leader, n in counts.items() if n >= PROPOSE_SHARE * len(own)),
            key=lambda leader: (-counts[leader], position[leader]),
        )[:CANDIDATES_TRIED]
        for leader_id in candidates:
            leader = by_id[leader_id]
            keys_a, keys_b = keys[source.id], keys[leader_id]
            matches = align_pair(pair_scores(keys_a, keys_b), keys_a, keys_b)
            if is_copy(source, leader, keys_a, keys_b, matches):
                leader_of[source.id] = leader_id
                to_leader[source.id] = matches
                break
        else:
            leader_of[source.id] = source.id
            for shingle in own:
                postings.setdefault(shingle, []).append(source.id)
    leaders = [s.id for s in sources if leader_of[s.id] == s.id]
    members: dict[str, list[str]] = {leader: [] for leader in leaders}
    for s in sources:
        members[leader_of[s.id]].append(s.id)
    families = tuple(
        Family(id=f"f{n}", leader=leader, members=tuple(members[leader]))
        for n, leader in enumerate(leaders, start=1)
    )
    return Grouping(families, leader_of, to_leader, sets)


def related_leaders(leaders: Sequence[Source], grouping: Grouping) -> list[tuple[int, int]]:
    """The pairs of leaders (positions, a before b) worth aligning: all of them for a small
    story, else those that share at least one shingle (found through an inverted index)."""
    if len(leaders) <= ALL_PAIRS_MAX:
        return list(combinations(range(len(leaders)), 2))
    postings: dict[str, list[int]] = {}
    for n, leader in enumerate(leaders):
        for shingle in grouping.shingles[leader.id]:
            postings.setdefault(shingle, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for n, leader in enumerate(leaders):
        for shingle in grouping.shingles[leader.id]:
            if len(postings[shingle]) <= COMMON_SHINGLE:
                pairs.update((n, other) for other in postings[shingle] if other > n)
    return sorted(pairs)
