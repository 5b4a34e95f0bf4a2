"""support: the compared story in; who independently confirms each sentence, and how widely
each word of the story is shared, out.

Copies are not confirmation. Sources are put in *independent groups*: the members of a family of
near-copies (`story.families`) and any two sources the comparison relates as a near-copy, a
rewrite of one text or versions of a common source (`story.pairs`) share a group, so a wire text
reprinted five times counts once. A sentence is confirmed by another group when the alignment put
a sentence of that group in its claim (`story.claims`), or, since outlets that report
independently rarely write aligned sentences, when a sentence of that group shares enough of its
content lemmas (nouns, proper nouns, verbs, adjectives, numbers, from the language layer's
parses). Candidates come from an inverted index of lemmas, so no pair of sentences without a
shared distinctive lemma is ever compared. Only family leaders' sentences are indexed: a copy
adds no group its leader lacks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from generator import language
from generator.lexicon.story import SAME_STATEMENT_LEMMAS
from generator.model import Relation, Sentence, Story
from generator.settings import StorySettings

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Parts of speech kept even when spaCy lists the word as a stop word (see `content_lemmas`).
NAMING_POS = frozenset({"NOUN", "PROPN", "NUM"})
# Relations that make two sources one voice: only independent reporting confirms.
DEPENDENT = frozenset({Relation.NEAR_COPY, Relation.REWRITE, Relation.COMMON_SOURCE})


@dataclass(frozen=True, slots=True, kw_only=True)
class Support:
    """Independent groups of the story, and each sentence's confirmations."""

    group_of: dict[str, str]  # source id -> its group's id (the group's first source)
    lemmas: dict[str, frozenset[str]]  # sentence id -> its content lemmas
    spread: Counter[str]  # lemma -> how many groups use it (sentences and titles)
    frequency: Counter[str]  # lemma -> how many indexed sentences and titles use it
    matches: dict[str, tuple[str, ...]]  # sentence id -> best sentence of each other group

    @property
    def n_groups(self) -> int:
        return len(set(self.group_of.values()))

    def independent(self, sources: Iterable[str]) -> int:
        """How many independent groups these sources make."""
        return len({self.group_of[s] for s in sources if s in self.group_of})


def independent_groups(story: Story) -> dict[str, str]:
    """Each source's group: union of families and of dependent pairs, named by the group's
    first source in story order (deterministic)."""
    order = {s.id: n for n, s in enumerate(story.sources)}
    parent = {s.id: s.id for s in story.sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=order.__getitem__)
            parent[second] = first

    for family in story.families:
        for member in family.members:
            if member in parent and family.leader in parent:
                union(family.leader, member)
    for pair in story.pairs:
        if pair.relation in DEPENDENT and pair.a in parent and pair.b in parent:
            union(pair.a, pair.b)
    return {source: find(source) for source in parent}


def content_lemmas(text: str) -> frozenset[str]:
    """The lower-case lemmas of a text's content words (stop words and punctuation left out).

    spaCy's stop list holds nouns and numbers that name what a statement is about ("call",
    "name", "side", "part", "three", "hundred", and "US" once lower-cased): a noun, a name or a
    number is kept even when listed, or two outlets reporting the same call share too few
    words to confirm each other. Only listed verbs and adjectives ("say", "make", "several")
    are left out. Lemmas that outlets swap for one another (`SAME_STATEMENT_LEMMAS`) are
    folded to one."""
    lemmas = (
        token.lemma_.lower()
        for token in language.doc(text)
        if token.pos_ in CONTENT_POS
        and (token.pos_ in NAMING_POS or not token.is_stop)
        and (token.is_alpha or token.like_num)
    )
    return frozenset(SAME_STATEMENT_LEMMAS.get(lemma, lemma) for lemma in lemmas)


def leaders(story: Story) -> list[str]:
    """The sources whose sentences are indexed: each family's leader (every source when the
    comparison found no family)."""
    if not story.families:
        return [s.id for s in story.sources]
    return [f.leader for f in story.families]


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared lemmas over the smaller set's size: a short sentence inside a long one matches."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def cross_matches(
    sentences: list[Sentence],
    lemmas: dict[str, frozenset[str]],
    group_of: dict[str, str],
    settings: StorySettings,
) -> dict[str, tuple[str, ...]]:
    """For each sentence, the best-matching sentence of every other group that states the same
    content (overlap of content lemmas at least `confirm_overlap`)."""
    postings: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        for lemma in lemmas[sentence.id]:
            postings[lemma].append(sentence)
    # A lemma found in very many sentences (the main actor's name) proposes nothing by itself.
    limit = max(settings.common_lemma_share * len(sentences), 8)
    matches: dict[str, tuple[str, ...]] = {}
    for sentence in sentences:
        own, group = lemmas[sentence.id], group_of[sentence.source]
        shared: Counter[str] = Counter()
        by_id: dict[str, Sentence] = {}
        for lemma in own:
            if len(postings[lemma]) > limit:
                continue
            for other in postings[lemma]:
                if group_of[other.source] != group:
                    shared[other.id] += 1
                    by_id[other.id] = other
        best: dict[str, tuple[float, str]] = {}
        for other_id, count in shared.items():
            if count < settings.confirm_min_lemmas:
                continue
            score = overlap(own, lemmas[other_id])
            other_group = group_of[by_id[other_id].source]
            if score >= settings.confirm_overlap and (
                other_group not in best or (-score, other_id) < (-best[other_group][0],
                                                                 best[other_group][1])
            ):
                best[other_group] = (score, other_id)
        matches[sentence.id] = tuple(sorted(v[1] for v in best.values()))
    return matches


def find_support(story: Story, settings: StorySettings) -> Support:
    group_of = independent_groups(story)
    indexed = [s for source_id in leaders(story) for s in story.source(source_id).sentences]
    language.parse([s.text for s in indexed] + [s.title for s in story.sources if s.title])
    lemmas = {s.id: content_lemmas(s.text) for s in indexed}
    groups_using: dict[str, set[str]] = defaultdict(set)
    for sentence in indexed:
        for lemma in lemmas[sentence.id]:
            groups_using[lemma].add(group_of[sentence.source])
    for source in story.sources:
        if source.title:
            for lemma in content_lemmas(source.title):
                groups_using[lemma].add(group_of[source.id])
    spread = Counter({lemma: len(groups) for lemma, groups in groups_using.items()})
    frequency: Counter[str] = Counter()
    for lemma_set in lemmas.values():
        frequency.update(lemma_set)
    for source in story.sources:
        if source.title:
            frequency.update(content_lemmas(source.title))
    matches = cross_matches(indexed, lemmas, group_of, settings)
    return Support(group_of=group_of, lemmas=lemmas, spread=spread, frequency=frequency,
                   matches=matches)
