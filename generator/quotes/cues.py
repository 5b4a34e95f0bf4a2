"""Cues: the reporting cues of one parsed sentence, read once per distinct sentence text.

In: a sentence parsed by the language layer (a spaCy `Doc`). Out: its `Cue`s: a speech verb and
its subject ("said", "tweeted", "adding"), a verb characterising someone's words ("accusing the
group of ... “...”"), a verb that announces a quote only when it ends its sentence ("Doe
agreed."), or an attribution phrase ("according to X", "as X put it"), with the speaker
(`mentions.speaker_at`). A participle or a second verb without a subject of its own ("He nodded,
saying", "and added", "continued by saying") takes the subject of the verb it hangs from; a
relative clause ("the mayor, who said") its antecedent; a passive speech verb ("they are asked")
names no speaker. Which cue goes with which quote is `attribution.py`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.lexicon import (
    AFTER_QUOTE_VERBS,
    ATTRIBUTION_PHRASES,
    CHARACTERISING_VERBS,
    SPEECH_VERBS,
)
from generator.lexicon.quotes import PHRASAL_SPEECH_VERBS, PRELUDE_VERBS
from generator.quotes.mentions import Speaker, speaker_at

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Doc, Token

CUE_VERBS = SPEECH_VERBS | CHARACTERISING_VERBS
# "in her words": the person "she" would be ("my", "our" are the writer's, never a speaker's).
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
PHRASES = tuple(tuple(phrase.split()) for phrase in sorted(ATTRIBUTION_PHRASES))
CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "ccomp"})  # verbs that borrow a subject
CLOSE_MARKS = frozenset({"”", '"', "»", "’", "'"})
AFTER_VERB_WORDS = 6  # "said committee ranking member Jane Doe": the name within six words
APPOSED = frozenset({"appos", "prep", "pobj", "compound", "amod", "poss", "case", "punct"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue of a sentence; offsets are characters into the source text."""

    at: int  # the cue word
    who: int  # the head of the speaker's noun phrase
    start: int  # the first character of the cue and its speaker
    speaker: Speaker
    verb: bool  # a verb ("said"), not a phrase ("according to")
    after_only: bool = False  # "continued", "went on": only right after a closing mark


def _infinitive_noun(token: Token) -> bool:
    """A speech verb after "to" that the small model read as a noun: "was quick to retort:"."""
    return (token.pos_ == "NOUN" and token.i > 0 and token.doc[token.i - 1].lower_ == "to"
            and token.lemma_.lower() in SPEECH_VERBS)


def _subject(verb: Token, depth: int = 0) -> Token | None:
    if _infinitive_noun(verb):
        # Its subject is the subject of the clause it hangs in ("Doe was quick to retort").
        for ancestor in list(verb.ancestors)[:4]:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
        return None
    # The quoted words of '"Anybody who ...," said Jane Doe' can hang as a second subject of
    # the verb: the subject nearest the verb is its own. A passive speech verb's subject is
    # the one spoken to ("they are asked to"), not a speaker.
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"),
                      key=lambda c: abs(c.i - verb.i))
    if subjects:
        child = subjects[0]
        if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            return verb.head  # "the mayor, who said": the antecedent
        return child
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None and depth == 0:
        # "Doe was asked by host Jim Roe, “...?”": the one who asks speaks. A passive verb
        # reached by climbing is another clause ("Roe said the plan was made by Doe and said"):
        # its agent did something else, and its subject was acted on; neither speaks.
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if agent is not None or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    aside = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i), None)
    if aside is not None:
        # "Doe, visibly tired, responded": the parser hangs the subject on the aside.
        subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
        if subject is not None:
            return subject
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # "Roe quoted Doe as saying", "Roe cited Doe as saying": the object speaks.
        spoken = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if spoken is not None and spoken.pos_ in {"PROPN", "NOUN", "PRON"}:
            return spoken
    if depth < 3 and verb.dep_ in CLIMB and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            head = head.head  # "Doe continued by saying": the subject of "continued"
        if not _quoted(verb) and _quoted(head) and head.dep_ == "ccomp" and (
                head.head.i != head.i):
            # 'Roe told the paper that Doe “had a plan ...,” adding, “...”': the verb the
            # parser hung "adding" from is inside the quoted words; who speaks them is the
            # subject of the verb that reports them, not the subject inside the quote.
            head = head.head
        return _subject(head, depth + 1)
    if depth == 0 and _inverted(verb):
        return _phrase_after(verb)
    if depth == 0 and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        # "Doe issued a statement saying ...": the words are Doe's, not the statement's.
        owner = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if owner is not None and owner.pos_ == "PROPN":
            return owner
    if depth == 0 or _misread_verb(verb):
        return _phrase_before(verb)
    return None


def _quoted(token: Token) -> bool:
    """`token` is inside quotation marks of its sentence (the tagger's opening and closing
    quotation tags, counted from the sentence's start)."""
    inside = False
    for t in token.doc[:token.i]:
        if t.tag_ == "``":
            inside = True
        elif t.tag_ == "''":
            inside = False
    return inside


def _inverted(verb: Token) -> bool:
    """'“...,” said Jane Doe': the verb right after a closing mark (and its comma)."""
    before = [t for t in verb.doc[max(0, verb.i - 2):verb.i]]
    return bool(before) and before[-1].is_punct and any(t.text in CLOSE_MARKS for t in before)


def _phrase_after(verb: Token) -> Token | None:
    """The name after an inverted speech verb the parser gave no subject ('“...,” said
    committee ranking member Jane Doe (D-Md.)'): the first proper noun run after the verb,
    its last word; words of time between them ("said Tuesday") are skipped."""
    doc = verb.doc
    window = doc[verb.i + 1:verb.i + 1 + AFTER_VERB_WORDS]
    stop = next((t.i for t in window if t.is_punct and t.text not in {".", "-"}), window.end)
    words = doc[window.start:stop]
    # "mused Courier co-host Jane Doe", "said Navy 2nd Lt. Jane Doe": the person the phrase
    # ends with, not the outlet or service before the role; "Doe's aide" is not Doe.
    people = [t for t in words if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"
              and not _possessive(t)]
    if people:
        first = people[0].i
        return doc[next((e.end - 1 for e in doc.ents if e.start == first), first)]
    for token in words:
        if token.pos_ == "PROPN" and token.ent_type_ not in {"DATE", "TIME", "NORP"}:
            end = token.i
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                end += 1
            return None if _possessive(doc[end]) else doc[end]
    return None


def _possessive(token: Token) -> bool:
    """The word before a possessive "’s": "Doe’s introducer" names someone else."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"


def _phrase_before(verb: Token) -> Token | None:
    """The noun phrase right before a verb the parser gave no subject ('published Thursday
    Jane Doe, the city's ambassador, said'): climb from the word before the verb through its
    apposition and modifiers to the noun they describe."""
    at = verb.i - 1
    while at >= 0 and verb.doc[at].is_punct:
        at -= 1
    if at < 0:
        return None
    token = verb.doc[at]
    while token.dep_ in APPOSED and token.head.i < token.i:
        if token.ent_type_ == "PERSON" and token.dep_ in {"appos", "pobj"}:
            break  # "her adviser, Jane Doe, said": the person, not what the adviser hangs from
        token = token.head
    return token if token.pos_ in {"PROPN", "NOUN", "PRON"} else None


def _phrase_object(doc: Doc, i: int) -> Token | None:
    """The head of the noun phrase after an attribution phrase ending at token i."""
    for child in doc[i].children:
        if child.dep_ == "pobj":
            return child
    after = doc[i + 1:i + 12]
    nouns = [t for t in after if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return nouns[0] if nouns and nouns[0].head.i >= nouns[0].i else (
        nouns[-1] if nouns else None)


def _words_of(token: Token) -> Token | None:
    """The speaker of "in Doe’s words", "in the words of Jane Doe", "in her own words" (not "in
    other words"): the possessor of "words" after "in", or the object of its "of"."""
    if token.lower_ not in {"words", "word"} or token.head.lower_ != "in":
        return None
    for child in token.children:
        # "Doe’s" is a possessor ("poss") or, for the small model, a noun modifier with "’s".
        if child.dep_ == "poss" or (child.dep_ == "nmod" and _possessive(child)):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _owner_speaker(owner: Token) -> Speaker | None:
    """Who "in X's words" names; "his", "her", "their" are read as "he", "she", "they"."""
    pronoun = POSSESSIVE_PRONOUNS.get(owner.lower_)
    if pronoun:
        return Speaker(mention=pronoun, kind="pronoun", cue="in the words of")
    return speaker_at(owner, "in the words of")


def _person_beside(subject: Token, verb: Token) -> Token | None:
    """The person the parser split from a long title it took for the subject: "Acme Radio Vice
    President for sales and marketing Jane Doe said" (subject "President"), '“...,” said Coast Guard
    1st Lt. Jane Doe' (subject "1st"). Only when the subject is a proper noun that is not a
    person's name: the person's name right before the verb, or after the subject with only
    proper nouns (or a rank's ordinal) between."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return None
    for entity in verb.doc.ents:
        if entity.label_ != "PERSON":
            continue
        if (subject.i < entity.start and entity.end == verb.i
                and entity.root in subject.subtree):
            return entity.root
        between = verb.doc[subject.i + 1:entity.start]
        if (verb.i < subject.i < entity.start <= subject.i + AFTER_VERB_WORDS
                and all(t.pos_ == "PROPN" or t.text[:1].isdigit() for t in between)):
            return entity.root  # "1st", "2nd": a rank's ordinal
    return None


def _misread_verb(token: Token) -> bool:
    """A verb the small model tagged as a plural noun after a name: "Jane Doe pledges to"."""
    doc = token.doc
    return (token.tag_ == "NNS" and token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in {"to", "that", '"', "“", ".", ","})


def _verb_cue(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.pos_ not in {"VERB", "AUX"} and not _misread_verb(token) and not _infinitive_noun(
            token):
        return ""
    if lemma in CUE_VERBS:
        return token.text.lower()
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if lemma in PRELUDE_VERBS and (after is None or after.text in {".", ":"} or _inverted(token)):
        return token.text.lower()  # "Doe agreed.", '“...,” agrees Jane Doe'
    if any(f"{lemma} {c.lower_}" in PHRASAL_SPEECH_VERBS for c in token.children
           if c.dep_ in {"prt", "advmod"}):
        return token.text.lower()
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return "put it"
    if (lemma in AFTER_QUOTE_VERBS and lemma != "go") or (
            lemma == "go" and any(c.lower_ == "on" for c in token.children)):
        return token.text.lower()
    return ""


def cues_in(doc: Doc, offset: int) -> list[Cue]:
    """Every cue of one parsed sentence that starts at `offset` in its source's text."""
    found: list[Cue] = []
    lower = [t.lower_ for t in doc]
    for i, token in enumerate(doc):
        for phrase in PHRASES:
            if tuple(lower[i:i + len(phrase)]) == phrase:
                head = _phrase_object(doc, i + len(phrase) - 1)
                speaker = speaker_at(head, " ".join(phrase)) if head is not None else None
                if speaker is not None and head is not None:
                    found.append(Cue(at=offset + token.idx, who=offset + head.idx,
                                     start=offset + token.idx, speaker=speaker, verb=False))
        owner = _words_of(token)
        speaker = _owner_speaker(owner) if owner is not None else None
        if speaker is not None and owner is not None:
            found.append(Cue(at=offset + token.head.idx, who=offset + owner.idx,
                             start=offset + token.head.idx, speaker=speaker, verb=False))
        cue = _verb_cue(token)
        if not cue:
            continue
        subject = _subject(token)
        if subject is None:
            continue
        subject = _person_beside(subject, token) or subject
        speaker = speaker_at(subject, cue)
        if speaker is None:
            continue
        first = min(token.i, subject.left_edge.i if subject.i < token.i else token.i)
        after_only = token.lemma_.lower() in AFTER_QUOTE_VERBS and token.lemma_.lower() not in (
            SPEECH_VERBS)
        found.append(Cue(at=offset + token.idx, who=offset + subject.idx,
                         start=offset + doc[first].idx, speaker=speaker, verb=True,
                         after_only=after_only))
    return found


# Cues of a sentence text with offsets from its start: reprints repeat the same sentences, so
# each distinct text is read once per story (the stage passes one memo for its whole run).
CueMemo = dict[str, list[Cue]]


def sentence_cues(doc: Doc, text: str, offset: int, memo: CueMemo) -> list[Cue]:
    """`cues_in` of the sentence `text` parsed as `doc`, memoised by its text."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = cues_in(doc, 0)
    if not offset:
        return list(found)
    return [replace(c, at=c.at + offset, who=c.who + offset, start=c.start + offset)
            for c in found]
