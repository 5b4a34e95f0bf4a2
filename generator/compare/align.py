"""align: the sentences of every source in, claims out (one statement as it appears in k sources).

Sources are first grouped into families of near-identical copies (`families.find_families`).
The family leaders are compared pair by pair: one rapidfuzz `cdist` call scores every sentence of
one against every sentence of the other (`pairwise_scores`), and `matching.align_pair` picks the
matches in an order-aware pass. The matches of all leader pairs are joined into claims, strongest
first, never putting two sentences of one source in a claim (except the pieces of a split
sentence) and never joining groups whose members are not close to one another. Each copy's
sentences then join the claims of the leader sentences they were matched with when the family was
formed; the few a copy has that its leader lacks are matched with one another and with the
leaders' sentences through an index of exact keys and word pairs, so that no pair of copies is
ever compared as a whole. A story without copies (every family one source) is aligned exactly as
every pair compared. Every sentence ends up in exactly one claim; claim ids `c1`, `c2`... follow a
reading order that merges the sources' orders.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from generator.compare.families import Grouping, LeaderRows, find_families, related_leaders
from generator.compare.matching import align_pair
from generator.compare.wording import (
    content_key,
    is_fragment,
    score_pairs,
    score_sentences,
    sentence_keys,
    shingles,
)
from generator.model import Claim, ClaimMember, Source, Story
from generator.settings import DEFAULT, CompareSettings, Settings

__all__ = ["align_story", "claim_of", "content_key", "score_sentences"]

# The thresholds (link guard, leftover candidates and shingle, reference pool, the match scores)
# are `CompareSettings`.

Scored = tuple[str, str, float, bool]  # sentence id, sentence id, score, split


def pairwise_scores(
    sources: Sequence[Source],
    keys: dict[str, list[str]],
    pairs: Sequence[tuple[int, int]],
    rows: dict[str, LeaderRows],
) -> dict[tuple[int, int], np.ndarray]:
    """The score matrix of each given pair of leaders (by position in `sources`, a before b).

    `pairs` come from `families.related_leaders`: every pair for a small story, else only those
    that share a shingle. Fragments score 0 so that they are never aligned by themselves. Rows
    already scored against a leader while forming the families are reused (`LeaderRows`).
    """
    return {(x, y): rows[sources[y].id].scores(keys[sources[x].id]) for x, y in pairs}


class Groups:
    """Union-find over sentence ids, with each group's members and the sources they come from."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.parent = {i: i for i in ids}
        self.members = {i: [i] for i in ids}
        self.sources = {i: Counter([source_of(i)]) for i in ids}

    def find(self, node: str) -> str:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def alone(self, node: str) -> bool:
        return len(self.members[self.find(node)]) == 1

    def overlap(self, x: str, y: str) -> bool:
        """Whether the groups of x and y hold sentences of a common source."""
        small, large = sorted((self.sources[self.find(x)], self.sources[self.find(y)]), key=len)
        return any(source in large for source in small)

    def union(self, x: str, y: str) -> None:
        # The larger group absorbs the smaller, so a claim of a thousand copies is built in
        # linear time; which root is kept does not show in the output.
        rx, ry = sorted((self.find(x), self.find(y)), key=lambda r: (-len(self.members[r]), r))
        if rx == ry:
            return
        self.parent[ry] = rx
        self.members[rx].extend(self.members.pop(ry))
        self.sources[rx].update(self.sources.pop(ry))


def source_of(sentence_id: str) -> str:
    return sentence_id.rpartition(":s")[0]


def join_leaders(
    groups: Groups, matches: list[Scored], score: Callable[[str, str], float], link_min: float
) -> None:
    """Join the leaders' matched sentences, strongest first, with the chaining guard."""
    main = sorted((m for m in matches if not m[3]), key=lambda m: (-m[2], m[0], m[1]))
    for x, y, _, _ in main:
        rx, ry = groups.find(x), groups.find(y)
        if rx == ry or groups.overlap(x, y):
            continue
        left, right = groups.members[rx], groups.members[ry]
        # Chaining guard: a group joins another only if its members are close on average.
        link = sum(score(i, k) for i in left for k in right) / (len(left) * len(right))
        if link >= link_min:
            groups.union(x, y)
    # Pieces of split sentences join the group of the sentence they belong to.
    for piece, whole, _, _ in sorted(m for m in matches if m[3]):
        if groups.alone(piece):
            groups.union(piece, whole)


def join_copies(groups: Groups, story: Story, grouping: Grouping) -> None:
    """Each copy's sentences join the claims of the leader sentences they were matched with."""
    for source in story.sources:
        leader_id = grouping.leader_of[source.id]
        if leader_id == source.id:
            continue
        leader = story.source(leader_id)
        matches = grouping.to_leader[source.id]
        for m in sorted((m for m in matches if not m.split), key=lambda m: (-m.score, m.a)):
            groups.union(source.sentences[m.a].id, leader.sentences[m.b].id)
        for m in sorted((m for m in matches if m.split), key=lambda m: (m.a, m.b, m.piece)):
            mine, theirs = source.sentences[m.a].id, leader.sentences[m.b].id
            piece, whole = (mine, theirs) if m.piece == "a" else (theirs, mine)
            if groups.alone(piece):
                groups.union(piece, whole)


def join_leftovers(
    groups: Groups,
    story: Story,
    grouping: Grouping,
    keys: dict[str, list[str]],
    settings: CompareSettings,
) -> None:
    """Copies' sentences that their leader lacks: joined by exact key, then by close wording.

    Sentences with the same content key are one statement; each distinct key is then scored
    against the keys sharing the most word pairs with it (an inverted index, `leftover_candidates`
    at most) among the other leftovers and the leaders' sentences, and joins the best that scores
    a strong match.
    """
    by_key: dict[str, list[str]] = {}
    for source in story.sources:
        if grouping.leader_of[source.id] == source.id:
            continue
        for s, key in zip(source.sentences, keys[source.id], strict=True):
            if key and groups.alone(s.id):
                by_key.setdefault(key, []).append(s.id)
    if not by_key:
        return
    for ids in by_key.values():
        for other in ids[1:]:
            if not groups.overlap(ids[0], other):
                groups.union(ids[0], other)
    targets: dict[str, str] = {}
    for family in grouping.families:
        leader = story.source(family.leader)
        for s, key in zip(leader.sentences, keys[leader.id], strict=True):
            if key and key not in targets:
                targets[key] = s.id
    for key, ids in by_key.items():
        if key in targets and not groups.overlap(ids[0], targets[key]):
            groups.union(ids[0], targets[key])
        targets.setdefault(key, ids[0])
    queries, choices = leftover_candidates(list(by_key), list(targets), settings)
    scores = score_pairs(queries, choices)
    strong = settings.strong_match
    ranked = sorted(
        ((float(v), q, c) for q, c, v in zip(queries, choices, scores, strict=True) if v >= strong),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for _, query, choice in ranked:
        x, y = targets[query], targets[choice]
        if groups.find(x) != groups.find(y) and not groups.overlap(x, y):
            groups.union(x, y)


def leftover_candidates(
    leftovers: list[str], targets: list[str], settings: CompareSettings
) -> tuple[list[str], list[str]]:
    """(query, choice) key pairs to score: each leftover key with the target keys that share the
    most word pairs with it (an inverted index of their shingles)."""
    index: dict[str, list[str]] = {}
    for key in targets:
        for shingle in set(shingles(key, settings.leftover_shingle)):
            index.setdefault(shingle, []).append(key)
    queries, choices = [], []
    for key in leftovers:
        counts: Counter[str] = Counter()
        for shingle in set(shingles(key, settings.leftover_shingle)):
            counts.update(index[shingle])
        del counts[key]
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        for other, _ in ranked[: settings.leftover_candidates]:
            queries.append(key)
            choices.append(other)
    return queries, choices


def join_fragments(groups: Groups, story: Story, settings: CompareSettings) -> None:
    """Fragments left alone join the claim of the sentence before them."""
    for source in story.sources:
        for s in source.sentences:
            if s.index > 0 and is_fragment(s.text, settings) and groups.alone(s.id):
                groups.union(s.id, source.sentences[s.index - 1].id)


def reading_order(story: Story, groups: list[list[str]]) -> list[list[str]]:
    """Groups in an order that merges the sources' orders: the first source's order, and each
    group new in a later source placed after the group of that source's previous sentence.

    The order is a linked list, so that placing a group after another costs one step.
    """
    group_of = {i: k for k, members in enumerate(groups) for i in members}
    following: dict[int, int] = {-1: -2}  # -1 starts the list, -2 ends it
    for source in story.sources:
        anchor = -1
        for s in source.sentences:
            k = group_of[s.id]
            if k not in following:
                following[k] = following[anchor]
                following[anchor] = k
            anchor = k
    order = []
    k = following[-1]
    while k != -2:
        order.append(groups[k])
        k = following[k]
    return order


def number_claims(
    story: Story,
    groups: list[list[str]],
    score: Callable[[str, str], float],
    keys: dict[str, list[str]],
    leaders: set[str],
    settings: CompareSettings,
) -> tuple[Claim, ...]:
    """Claims `c1`, `c2`... in reading order, each member scored against the reference wording."""
    by_id = {source.id: source for source in story.sources}
    position = {s.id: (n, s.index) for n, src in enumerate(story.sources) for s in src.sentences}
    ordered = [
        sorted(members, key=position.__getitem__) for members in reading_order(story, groups)
    ]

    def sentence(i: str):
        source_id, _, index = i.rpartition(":s")
        return by_id[source_id].sentences[int(index)]

    def key(i: str) -> str:
        source_id, _, index = i.rpartition(":s")
        return keys[source_id][int(index)] or content_key(sentence(i).text, settings)

    references = [
        reference_member(members, leaders, score, key, settings.reference_pool)
        for members in ordered
    ]
    pairs = [(i, ref) for members, ref in zip(ordered, references, strict=True) for i in members]
    exact = score_pairs([key(i) for i, _ in pairs], [key(r) for _, r in pairs])
    member_score = {
        i: 1.0 if i == r else round(float(v), 3) for (i, r), v in zip(pairs, exact, strict=True)
    }
    return tuple(
        Claim(
            id=f"c{n}",
            members=tuple(
                ClaimMember(
                    source=source_of(i), sentence_id=i, text=sentence(i).text, score=member_score[i]
                )
                for i in members
            ),
        )
        for n, members in enumerate(ordered, start=1)
    )


def reference_member(
    members: list[str],
    leaders: set[str],
    score: Callable[[str, str], float],
    key: Callable[[str], str],
    pool_size: int,
) -> str:
    """The member closest to all others (ties: earliest source), among the leaders' members: a
    copy's wording is its leader's, nearly."""
    pool = [i for i in members if source_of(i) in leaders] or members[:pool_size]
    pool = pool[:pool_size]
    if any(source_of(i) in leaders for i in pool):
        closeness = [sum(score(i, k) for k in pool if k != i) for i in pool]
    else:
        matrix = score_sentences([key(i) for i in pool], [key(i) for i in pool])
        closeness = [float(matrix[n].sum() - matrix[n, n]) for n in range(len(pool))]
    return pool[closeness.index(max(closeness))]


def leader_matches(
    leaders: Sequence[Source],
    keys: dict[str, list[str]],
    grouping: Grouping,
    settings: CompareSettings,
) -> tuple[list[Scored], dict[tuple[str, str], float]]:
    """The matches of every related pair of leaders, and the cross scores the guard needs."""
    matches: list[Scored] = []
    similarity: dict[tuple[str, str], float] = {}
    pairs = related_leaders(leaders, grouping, settings)
    for (x, y), scores in pairwise_scores(leaders, keys, pairs, grouping.rows).items():
        a, b = leaders[x], leaders[y]
        for m in align_pair(scores, keys[a.id], keys[b.id], settings):
            x_id, y_id = a.sentences[m.a].id, b.sentences[m.b].id
            # A split match is stored piece first: the piece joins its partner's claim.
            if m.split and m.piece == "b":
                x_id, y_id = y_id, x_id
            matches.append((x_id, y_id, m.score, m.split))
        # Similarities of every cross pair in a candidate group, kept for the chaining guard.
        rows, cols = np.nonzero(scores >= settings.weak_match / 2)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            similarity[(a.sentences[i].id, b.sentences[j].id)] = float(scores[i, j])
    return matches, similarity


def align_story(story: Story, settings: Settings = DEFAULT) -> Story:
    section = settings.compare
    keys = {source.id: sentence_keys(source, section) for source in story.sources}
    grouping = find_families(story.sources, keys, section)
    leaders = [s for s in story.sources if grouping.leader_of[s.id] == s.id]
    matches, similarity = leader_matches(leaders, keys, grouping, section)

    def score(x: str, y: str) -> float:
        return similarity.get((x, y), similarity.get((y, x), 0.0))

    groups = Groups([s.id for source in story.sources for s in source.sentences])
    join_leaders(groups, matches, score, section.link_min)
    join_copies(groups, story, grouping)
    join_leftovers(groups, story, grouping, keys, section)
    join_fragments(groups, story, section)
    claims = number_claims(
        story,
        [groups.members[root] for root in sorted(groups.members)],
        score,
        keys,
        {s.id for s in leaders},
        section,
    )
    return replace(story, alignment=claims, families=grouping.families)


def claim_of(story: Story) -> dict[str, Claim]:
    """Each sentence id's claim."""
    return {m.sentence_id: claim for claim in story.claims for m in claim.members}
