"""Polarity: the story's sentences in, findings for a statement one source makes and another
negates or reports denied out.

Every sentence's verbs become polarity frames (`Polar`): who (the subject: a named entity, one
name per person, or the head noun of a definite subject), the predicate (the verb's lemma), what
(the direct object's lemma, else a preposition and its object, "" for none) and the polarity:
stated, negated ("the board did not approve the merger") or denied (the verb under a denial
verb, `lexicon.DENIAL_VERBS`: "the mayor denied approving the contract"). A pronoun
subject under a denial or speech verb takes that verb's subject ("Okafor denied that she signed
the order"). Reporting verbs, modal
statements ("could approve") and verbs of fewer than `negated_verb_letters` letters are left
out: they are not claims about what happened.

Frames meet through an index keyed by (who, predicate, what), so matching is linear in the
story's verbs. Two frames of different sources with the same key and opposite polarity are a
finding, unless one source states both (it tells of two occasions). It is medium for a plain
negation against a plain statement (in the outlet's voice or a speaker's), and low when the
negative side is a denial: one outlet reporting a claim that another reports as disputed is
often right both ways (the attribution trap).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from generator import language
from generator.facts.findings import Finding
from generator.facts.frames import person_names, surname
from generator.lexicon import DENIAL_VERBS, SPEECH_VERBS
from generator.model import DiscrepancyKind, Fact, FactKind, Severity, Story
from generator.settings import DEFAULT, FactSettings

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CLAUSES = frozenset({"ccomp", "xcomp"})
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@dataclass(frozen=True, slots=True)
class Polar:
    """A verb of a sentence with its subject, object and polarity; offsets of the verb (or its
    negation) relative to the sentence."""

    who: str
    predicate: str
    what: str
    negative: bool
    voice: str  # "own" | "attributed" | "denied"
    start: int
    end: int


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    head = verb.head
    if (subject is None or subject.pos_ == "PRON") and verb.dep_ in CLAUSES and head.i != verb.i:
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), subject)
    return subject


def _who(subject: Token | None) -> str:
    """A subject's name: the entity it is part of, or the lemma of a definite head noun."""
    if subject is None:
        return ""
    if subject.ent_type_ in NAMED:
        ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
        return ent.text if ent is not None else ""
    if subject.pos_ == "PROPN":  # a name the model gave no label: with its compound parts
        parts = [c for c in subject.children if c.dep_ == "compound"] + [subject]
        return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
    if subject.pos_ == "NOUN" and any(c.lower_ == "the" for c in subject.children):
        return subject.lemma_.lower()
    return ""


def _what(verb: Token) -> str:
    """What the verb acts on: its direct object's lemma, else its first preposition with that
    preposition's object ("for:behaviour", "to:family"), else its particle ("up"): "apologised
    for the delay" and "has not apologised to the family" are two statements."""
    children = list(verb.children)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj.lemma_.lower()
    for child in children:
        if child.dep_ == "prep":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            return f"{child.lower_}:{pobj.lemma_.lower() if pobj is not None else ''}"
    return next((c.lower_ for c in children if c.dep_ == "prt"), "")


@lru_cache(maxsize=65_536)
def polar_frames(text: str) -> tuple[Polar, ...]:
    """The polarity frames of one sentence text (cached: reprints repeat sentences)."""
    found = []
    for verb in language.doc(text):
        lemma = verb.lemma_.lower()
        if (verb.pos_ != "VERB" or len(lemma) < DEFAULT.facts.negated_verb_letters
                or lemma in SPEECH_VERBS or lemma in DENIAL_VERBS
                or any(c.tag_ == "MD" for c in verb.children)):
            continue
        who = _who(_subject(verb))
        if not who:
            continue
        head = verb.head
        denied = verb.dep_ in CLAUSES and head.lemma_.lower() in DENIAL_VERBS
        attributed = verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS
        negation = next((c for c in verb.children if c.dep_ == "neg"), None)
        if any(c.dep_ in CLAUSES for c in verb.children):
            continue  # what it is about is a clause ("determined whether ..."): no one slot
        where = head if denied else negation if negation is not None else verb
        voice = "denied" if denied else "attributed" if attributed else "own"
        found.append(Polar(who, lemma, _what(verb),
                           denied != (negation is not None), voice, where.idx,
                           where.idx + len(where.text)))
    return tuple(found)


def _fact(story: Story, sentence_id: str, frame: Polar) -> Fact:
    """The side of a finding as a fact: the negation or denial word, or the stated verb."""
    sentence = story.sentence(sentence_id)
    return Fact(id="", source=sentence.source, sentence_id=sentence_id, kind=FactKind.NEGATION,
                start=sentence.start + frame.start, end=sentence.start + frame.end,
                text=sentence.text[frame.start : frame.end],
                value="not" if frame.negative else "affirmed", unit=frame.predicate,
                context=frame.voice)


Key = tuple[str, str, str]


def polarity_findings(story: Story, settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """A statement of one source that another negates or reports denied."""
    canon = person_names(story)
    index: dict[Key, dict[bool, list[tuple[str, Polar]]]] = defaultdict(
        lambda: {True: [], False: []})
    for source in story.sources:
        for sentence in source.sentences:
            for frame in polar_frames(sentence.text):
                who = canon.get(frame.who, canon.get(surname(frame.who), frame.who))
                index[(who, frame.predicate, frame.what)][frame.negative].append(
                    (sentence.id, frame))
    findings = []
    for key in sorted(index):
        negative, positive = index[key][True], index[key][False]
        sources_neg = {sid.rpartition(":s")[0] for sid, _ in negative}
        sources_pos = {sid.rpartition(":s")[0] for sid, _ in positive}
        if not negative or not positive or sources_neg & sources_pos:
            continue  # one source states both: two occasions
        (sid_a, neg), (sid_b, pos) = negative[0], positive[0]
        own = "denied" not in (neg.voice, pos.voice)
        about = " ".join(part for part in key if part)
        findings.append(Finding(
            DiscrepancyKind.NEGATION, Severity.MEDIUM if own else Severity.LOW,
            (_fact(story, sid_a, neg), _fact(story, sid_b, pos)),
            f"one source states “{about}”, another "
            + ("says it did not happen" if own else "reports it denied (a disputed claim can "
               "be reported rightly both ways)")))
        findings += [Finding(DiscrepancyKind.NEGATION, Severity.LOW,
                             (_fact(story, sid_a, neg), _fact(story, sid, other)), findings[-1].why)
                     for sid, other in (*negative[1:], *positive[1:])
                     if other.negative is False] + [
            Finding(DiscrepancyKind.NEGATION, Severity.LOW,
                    (_fact(story, sid, other), _fact(story, sid_b, pos)), findings[-1].why)
            for sid, other in negative[1:]]
    return findings
