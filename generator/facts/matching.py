"""Matching: the story's quantity facts in, findings for "same thing, different value" across
every pair of sources out, aligned or not.

Outlets that write on their own rarely share a sentence, so every quantity becomes a frame
(`Frame`): what it counts (the noun it quantifies, the currency, "%"), the content lemmas of
its sentence (nouns, verbs, names and adjectives of the parse, less the words too common in the
story to tell one statement from another), the verb it depends on and whether that verb is
negated. Frames meet through an index keyed by what they count, so that "as many as 2.4 million
nurses" and "up to 2.5 million nurses" meet however their sentences are written, and a story of a
thousand reprints compares each distinct wording once, never every sentence with every other.

Two frames are the same thing with a different value only when all of these hold (the traps
they guard against are named): their sentences share enough content words (paraphrase of
another statement); each is the only value of its kind in its sentence (parallel items: two
polls in one sentence); neither source states the other's value anywhere (different items: both
know both figures); the values do not agree once hedges and bounds are read ("more than 700"
holds 716; "nearly 300" is 297; "billions" is a range, not 2,000,000,000). A different figure in
a later article is an **update**, listed apart, not a contradiction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from generator import language
from generator.facts.findings import Finding
from generator.facts.numbers import bound_of, bounds, relative_gap
from generator.lexicon import EVENT_STOPWORDS, SPEECH_VERBS, TIME_WORDS
from generator.model import DiscrepancyKind, Fact, FactKind, Sentence, Severity, Story
from generator.settings import DEFAULT, FactSettings

CONTENT_TAGS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# A word shorter than this is mostly an abbreviation or a function word the parse missed.
MIN_LETTERS = 3
UNBOUNDED = float("inf")
# A word in two sentences is not yet the story's topic, however short the story.
COMMON_AT_LEAST = 3


@dataclass(frozen=True, slots=True)
class Frame:
    """A value of a sentence and what it is about."""

    fact: Fact
    key: str  # what the value measures: "number:woman", "money:usd", "percent"
    words: frozenset[str]  # content lemmas of the sentence, less the story's common ones
    predicate: str  # lemma of the verb the value depends on
    negated: bool
    people: frozenset[str]  # the people the sentence names, one name each
    owners: frozenset[str] = frozenset()  # whose the counted things are ("Icelandic fish")


@lru_cache(maxsize=65_536)
def sentence_lemmas(text: str, needs: frozenset[str] = language.NEEDS_ALL) -> frozenset[str]:
    """The content lemmas of a sentence: what it is about, however it is worded (kept by text:
    reprints repeat sentences). A text parsed for nothing else (a value's own words, "12
    million barrels") needs only `language.NEEDS_LEMMAS`: the tagger and the lemmatizer do not
    read the dependency parse or the entities, so the lemmas are the same, at less cost."""
    return frozenset(
        token.lemma_.lower() for token in language.content_tokens(text, CONTENT_TAGS, needs)
        if token.is_alpha and len(token.text) >= MIN_LETTERS
        and token.lemma_.lower() not in SPEECH_VERBS and token.lower_ not in EVENT_STOPWORDS
    )


def common_lemmas(sentences: Iterable[Sentence], share: float) -> frozenset[str]:
    """Lemmas in more than `share` of the story's distinct sentences: the main actors and the
    story's topic, which every statement shares and which cannot tell two apart."""
    texts = {sentence.text for sentence in sentences}
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(sentence_lemmas(text))
    return frozenset(w for w, n in counts.items()
                     if n > share * max(len(texts), 1) and n >= COMMON_AT_LEAST)


def quantity_key(fact: Fact) -> str:
    """What a quantity measures; "" when the text does not say (a bare number)."""
    if fact.kind == FactKind.NUMBER:
        return f"number:{fact.unit}" if fact.unit else ""
    if fact.kind == FactKind.MONEY:
        return f"money:{fact.unit}"
    return str(fact.kind)


@lru_cache(maxsize=65_536)
def governing_verb(text: str, start: int) -> tuple[str, bool]:
    """The verb a value at `start` (relative to the sentence) depends on, and its negation
    (kept by text and place: reprints repeat sentences)."""
    doc = language.doc(text)
    token = next((t for t in doc if t.idx >= start), None)
    first_noun = True
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.pos_ == "NOUN" and first_noun:
            # The value's own noun with a participle of its own ("with two days left",
            # "the 14 people killed"): the value belongs to that verb, not the clause's.
            first_noun = False
            own = next((c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
            if own is not None:
                token = own
                break
        token = token.head  # spaCy makes a new Token object on each access: compare by index
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return "", False
    return token.lemma_.lower(), any(child.dep_ == "neg" for child in token.children)


# Entity types of the words that say whose a counted thing is ("Icelandic fish", "Danish troops").
OWNER_TYPES = frozenset({"NORP", "GPE"})


@lru_cache(maxsize=65_536)
def named_owners(text: str, start: int, end: int) -> frozenset[str]:
    """The nationalities and places that qualify what a value at `start`..`end` (relative to
    the sentence) counts: "$12 billion in Icelandic fish" -> {"icelandic"}; the noun it counts
    and the noun after its "of"/"in" are read. Kept by text and place, as `governing_verb`."""
    doc = language.doc(text)
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return frozenset()
    value = inside[-1]
    nouns = [value.head] if value.head.pos_ in ("NOUN", "PROPN") else []
    nouns += [obj for prep in value.children if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
              for obj in prep.children if obj.dep_ == "pobj"]
    return frozenset(child.lower_ for noun in nouns for child in noun.children
                     if child.ent_type_ in OWNER_TYPES and child.dep_ in ("amod", "compound"))


def build_frames(story: Story, common: frozenset[str]) -> list[Frame]:
    """A frame for every quantity of the story that says what it counts."""
    people: dict[str, set[str]] = defaultdict(set)
    for fact in story.facts:
        if fact.kind == FactKind.PERSON:
            people[fact.sentence_id].add(fact.value)
    counted: dict[str, list[str]] = defaultdict(list)  # sentence -> nouns it counts
    for fact in story.facts:
        if fact.kind == FactKind.NUMBER and fact.unit and fact.unit not in TIME_WORDS:
            counted[fact.sentence_id].append(fact.unit)
    frames = []
    # The values' own words are parsed in one batch (the sentences are parsed already), for
    # their lemmas only.
    language.parse({f.text: None for f in story.facts if f.kind in QUANTITY_FRAMES},
                   language.NEEDS_LEMMAS)
    for fact in story.facts:
        key = quantity_key(fact) if fact.kind in QUANTITY_FRAMES else ""
        if not key:
            continue
        sentence = story.sentence(fact.sentence_id)
        own = sentence_lemmas(fact.text, language.NEEDS_LEMMAS) | {fact.unit}
        predicate, negated = governing_verb(sentence.text, fact.start - sentence.start)
        local = fact.start - sentence.start
        frame = Frame(fact=fact, key=key, words=sentence_lemmas(sentence.text) - common - own,
                      predicate=predicate, negated=negated,
                      owners=named_owners(sentence.text, local, local + len(fact.text)),
                      people=frozenset(people[fact.sentence_id]))
        frames.append(frame)
        if key.startswith("number:") and counted[sentence.id] == [fact.unit]:
            again = _named_again(story, sentence, fact.unit)
            frames += [replace(frame, key=f"number:{noun}",
                               words=frame.words | (sentence_lemmas(text) - common - own))
                       for noun, text in sorted(again.items())]
    return frames


# Determiners that point back at a thing just named: "some 16 measures ... these bills".
DEMONSTRATIVES = frozenset({"these", "those"})
# Sentences after a count in which "these <noun>" still points back at it.
ANAPHORA_REACH = 2


def _named_again(story: Story, sentence: Sentence, noun: str) -> dict[str, str]:
    """Other nouns the source calls the counted things by in the next sentences (noun -> the
    sentence that does): a plural noun after "these" or "those" ("it passed some 16 measures.
    ... take up these bills"), so that another outlet's "15 bills" meets "16 measures" without
    a thesaurus. Only for a sentence that counts one thing (besides spans of time), so that
    "these" has one thing to point at; the later sentence's words join the frame's."""
    following = story.source(sentence.source).sentences[sentence.index + 1 :][:ANAPHORA_REACH]
    return {
        token.head.lemma_.lower(): later.text
        for later in following for token in language.doc(later.text)
        if token.lower_ in DEMONSTRATIVES and token.dep_ == "det" and token.head.tag_ == "NNS"
        and token.head.lemma_.lower() not in (noun, *TIME_WORDS)
    }


QUANTITY_FRAMES = frozenset({FactKind.NUMBER, FactKind.MONEY, FactKind.PERCENT,
                             FactKind.DURATION})


def possible(fact: Fact, tolerance: float) -> tuple[float, float] | None:
    """The values a quantity allows: exact, a range, about (within `tolerance`), or bounded."""
    span = bounds(fact.value)
    if span is None:
        return None
    low, high = span
    bound = bound_of(fact.context)
    if bound == "lower":
        return low, UNBOUNDED
    if bound == "upper":
        return 0.0, high
    if bound == "about":
        return low * (1 - tolerance), high * (1 + tolerance)
    return low, high


def values_conflict(a: Fact, b: Fact, tolerance: float) -> bool:
    """Two quantities of one thing cannot both be right: the values they allow do not meet, or
    they are two different bounds pointing the same way ("up to 2.4 million" vs "as many as 2.5
    million": two caps on one count)."""
    if a.value == b.value:
        return False
    range_a, range_b = possible(a, tolerance), possible(b, tolerance)
    if range_a is None or range_b is None:
        return False
    bound_a, bound_b = bound_of(a.context), bound_of(b.context)
    if bound_a == bound_b and bound_a in ("lower", "upper"):
        return True
    return relative_gap(range_a, range_b) > 0.0


def _overlap(a: Frame, b: Frame) -> float:
    """Share of the shorter sentence's content words the other sentence has too."""
    return len(a.words & b.words) / max(min(len(a.words), len(b.words)), 1)


def _near(a: Frame, b: Frame, ratio: float) -> bool:
    """Two counts of one noun close enough to be one figure reported twice ("1.2 million
    voters" and "1.3 million voters"): different items of one noun are seldom this close."""
    if not a.key.startswith("number:"):
        return False
    span_a, span_b = bounds(a.fact.value), bounds(b.fact.value)
    if span_a is None or span_b is None or min(span_a[0], span_b[0]) <= 0:
        return False
    return max(span_a[1], span_b[1]) / min(span_a[0], span_b[0]) <= ratio


def _same_statement(a: Frame, b: Frame) -> bool:
    """Whether two frames can be one statement: both negated or neither; people named in both
    sentences, if any, in common (two figures of two people are different items: one
    politician's cut and another's); the counted things' owners, if both say, in common; and,
    for a value that names no noun of its own (a share, a sum, a duration), the same verb."""
    if a.negated != b.negated:
        return False
    if a.people and b.people and not a.people & b.people:
        return False
    if a.owners and b.owners and not a.owners & b.owners:
        return False  # things of different owners: "Icelandic fish", "Norwegian fish"
    return a.key.startswith("number:") or a.predicate == b.predicate


def _finding(a: Frame, b: Frame, settings: FactSettings) -> Finding:
    """A contradiction between two frames (`updates.as_update` tells a later article's newer
    count apart, as for every other finding path)."""
    shared = ", ".join(sorted(a.words & b.words)[: settings.why_words])
    what = a.key.partition(":")[2] or a.key
    about = f" (both sentences mention {shared})" if shared else ""
    return Finding(DiscrepancyKind.NUMBER, Severity.MEDIUM, (a.fact, b.fact),
                   f"two sources give different figures for one count of “{what}”{about}")


Wordings = dict[str, list[Frame]]  # sentence text -> the frames with that wording


def _lone(frames: list[Frame]) -> list[Frame]:
    """Frames that are the only value of their key in their sentence: two values of one kind
    in a sentence are parallel items ("Silva 21 percent, Okafor 11 percent")."""
    per_sentence = Counter((f.fact.sentence_id, f.key) for f in frames)
    return [f for f in frames if per_sentence[(f.fact.sentence_id, f.key)] == 1]


def _stated(frames: list[Frame]) -> dict[tuple[str, str], set[str]]:
    """(source, key) -> every value the source states for that key."""
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for frame in frames:
        stated[(frame.fact.source, frame.key)].add(frame.fact.value)
    return stated


def _star(a: list[Frame], b: list[Frame], settings: FactSettings) -> list[Finding]:
    """Findings joining every frame of two wordings: the first of each against all of the
    other (union-find in `discrepancies.py` makes one discrepancy of them)."""
    found = [_finding(a[0], b[0], settings)]
    found += [_finding(a[0], other, settings) for other in b[1:] if other.fact.source
              != a[0].fact.source]
    found += [_finding(other, b[0], settings) for other in a[1:] if other.fact.source
              != b[0].fact.source]
    return found


def quantity_findings(story: Story, settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """Every "same thing, different value" between quantities of two sources."""
    common = common_lemmas((s for src in story.sources for s in src.sentences),
                           settings.frame_common_share)
    every = build_frames(story, common)
    stated = _stated(every)
    frames = _lone(every)
    by_key: dict[str, dict[str, Wordings]] = defaultdict(lambda: defaultdict(dict))
    for frame in frames:
        text = story.sentence(frame.fact.sentence_id).text
        by_key[frame.key][frame.fact.value].setdefault(text, []).append(frame)
    findings: list[Finding] = []
    for key in sorted(by_key):
        values = sorted(by_key[key])
        for i, value_a in enumerate(values):
            for value_b in values[i + 1 :]:
                findings.extend(_compare_values(by_key[key][value_a], by_key[key][value_b],
                                                stated, settings))
    return findings


def _compare_values(wordings_a: Wordings, wordings_b: Wordings,
                    stated: dict[tuple[str, str], set[str]],
                    settings: FactSettings) -> list[Finding]:
    """Two values of one key: the same thing when a wording of each is about the same
    statement (`_about_same`); then they cannot both be right when the values of some such
    pair, or of any two wordings once one pair has shown the figures are one ("as many as 1.2
    million" in one outlet, "1.2 million" in another, "up to 1.3 million" in a third: the cap
    and the exact count of one source agree, the two caps do not), conflict."""
    pairs = [(wordings_a[ta], wordings_b[tb]) for ta in sorted(wordings_a)
             for tb in sorted(wordings_b)]
    pairs = [(a, b) for a, b in pairs if _comparable(a, b, stated)]
    same = [(a, b) for a, b in pairs if _about_same(a[0], b[0], settings)]
    if not same:
        return []
    tolerance = settings.approximate_tolerance
    clash = ([(a, b) for a, b in same if values_conflict(a[0].fact, b[0].fact, tolerance)]
             or [(a, b) for a, b in pairs if values_conflict(a[0].fact, b[0].fact, tolerance)])
    if not clash:
        return _approximate(same, tolerance)
    # Every matched pair joins the discrepancy, so that each value lists all its sources.
    joined = clash[:1] + [pair for pair in same if pair is not clash[0]]
    return [finding for a, b in joined for finding in _star(a, b, settings)]


def _comparable(a: list[Frame], b: list[Frame], stated: dict[tuple[str, str], set[str]]) -> bool:
    """Two wordings of different sources, neither of which states the other's value anywhere
    (both know both figures: different items), in the same kind of statement."""
    fa, fb = a[0], b[0]
    if {f.fact.source for f in a} & {f.fact.source for f in b}:
        return False  # one source gives both values: two different things
    if (fb.fact.value in stated[(fa.fact.source, fa.key)]
            or fa.fact.value in stated[(fb.fact.source, fb.key)]):
        return False
    return _same_statement(fa, fb)


def _about_same(a: Frame, b: Frame, settings: FactSettings) -> bool:
    """Whether two frames' sentences are about the same thing: enough shared distinctive words,
    and enough of the shorter sentence, unless the figures are near (`_near`)."""
    shared = len(a.words & b.words)
    if shared < settings.frame_shared_words:
        return False
    return (_overlap(a, b) >= settings.frame_overlap
            or _near(a, b, settings.frame_near_ratio))


def _approximate(same: list[tuple[list[Frame], list[Frame]]], tolerance: float) -> list[Finding]:
    """Two figures of one count that agree only once a hedge is read ("15 bills" and "some 16
    measures"): shown low as approximate agreement, so that the reader sees both."""
    for a, b in same:
        fa, fb = a[0].fact, b[0].fact
        hedges = {bound_of(fa.context), bound_of(fb.context)}
        if fa.value != fb.value and hedges == {"about", ""} and _near(a[0], b[0],
                                                                        1 + tolerance):
            return [Finding(DiscrepancyKind.APPROXIMATE, Severity.LOW, (fa, fb),
                            "two sources give a figure for one count; one is hedged and they "
                            f"are within {round(100 * tolerance)}% of each other")]
    return []
