"""Roles: a sentence's text in, its predicate-argument frames out (who does what to what).

Every verb of the parse becomes a frame, except those that say who says so (a speech verb
introducing what is said, "according to", a verb describing the speaker), those of a clause
that sets the scene ("when they last met", "if the council agrees") and verbs of fewer than
three letters: who (the subject: a named entity as written, else a noun's lemma; a relative pronoun
stands for the noun its clause hangs on, "the call that the mayor requested"; a pronoun
subject of a clause under another verb takes the subject of the first verb above it that has
one), the verb's lemma with its negation, and what it acts on (the direct object, an
attribute, else the object of its first preposition, with the same rules); "he" or "she", and
a title of office after "the" ("the governor"), are kept as such for the claims stage to say
who they are. The claims stage (`compare/claims.py`) turns each frame into marks of two of
its three parts ("mayor>request", "request>call", "mayor>call"), so that two
outlets stating one act with different words for the verb still share who and what, and two
sentences that share nouns in different roles do not share a frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from generator import language
from generator.lexicon import OFFICE_TITLES, SPEECH_VERBS

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "attr", "oprd"})
PREPOSITIONS = frozenset({"prep", "dative", "agent"})
CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj"})
RELATIVE = frozenset({"WDT", "WP"})
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# A person written as a pronoun: who it is the claims stage reads from the quote stage's people
# (`compare/claims.py`, `referred_people`); unresolved, it is no one.
PERSONAL = frozenset({"he", "she"})
# "according to X": the verb of an attribution, which says who says so, not what happened.
ATTRIBUTING = frozenset({"accord"})
MODIFIERS = frozenset({"acl", "relcl"})
# Verbs above a clause the subject of a pronoun is looked for in ("saying he", "tried ... saying
# he"): the first with a subject of its own answers.
CLIMB = 3
# A verb needs this many letters to be a predicate ("be", "do" and "go" say little).
VERB_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Role:
    """One frame of a sentence. `who` and `what` are ("name", text as written) for a named
    entity, ("noun", lemma) for a common noun, ("pronoun", "he") for "he" or "she", ("role",
    lemma) for a title of office after "the" ("the senator": someone named earlier, or a noun), or
    ("", "") when the parse gives none."""

    who: tuple[str, str]
    verb: str
    negated: bool
    what: tuple[str, str]


NONE = ("", "")


def _argument(token: Token | None) -> tuple[str, str]:
    """A subject or object as a name (the entity it is part of) or a noun's lemma."""
    if token is None:
        return NONE
    if token.tag_ in RELATIVE and token.head.dep_ == "relcl":
        token = token.head.head  # "the call that she requested": what she requested is the call
    if token.ent_type_ and token.ent_type_ not in NAMED:
        return NONE  # a date, a time or an amount is a value of the frame, not who or what
    if token.ent_type_ in NAMED:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            return ("name", ent.text.removeprefix("the ").removeprefix("The "))
    if token.pos_ == "PROPN":
        return ("name", token.text)
    if token.pos_ == "PRON" and token.lower_ in PERSONAL:
        return ("pronoun", token.lower_)
    if token.pos_ == "NOUN" and token.is_alpha:
        lemma = token.lemma_.lower()
        if lemma in OFFICE_TITLES and [c.lower_ for c in token.children] == ["the"]:
            return ("role", lemma)  # "the senator", not "the state senator" nor "a senator"
        return ("noun", lemma)
    return NONE


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ == "relcl":
        return verb.head  # "officials who met the envoy": the officials met
    # A pronoun subject, or none, of a clause under another verb is that verb's subject; a verb
    # with no subject of its own on the way ("tried to explain the remark, saying he meant"),
    # a participle or an infinitive, passes the question on to the verb above it.
    head = verb
    for _ in range(CLIMB):
        if not (subject is None or subject.pos_ == "PRON") or head.dep_ not in CLAUSES \
                or head.head.i == head.i:
            break
        head = head.head
        above = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        subject = above or subject
        if above is not None:
            break
    return subject


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on: its objects and attributes, then the objects of its prepositions
    ("asked for the inspection", "spoke from her office")."""
    children = list(verb.children)
    return [c for c in children if c.dep_ in OBJECTS] + [
        g for c in children if c.dep_ in PREPOSITIONS for g in c.children if g.dep_ == "pobj"]


def _object(verb: Token) -> Token | None:
    """The first object, attribute or prepositional object that is a name or a noun."""
    return next((c for c in _objects(verb) if _argument(c) != NONE), None)


def _reports(verb: Token) -> bool:
    """Whether a verb tells who says so rather than what happened: a speech verb introducing a
    clause or with nothing it acts on ("the mayor said that ...", "she added"), "according to",
    or a verb describing the speaker ("an official, briefing reporters, said", "according to the
    aide who spoke to reporters"). A speech verb with an object of its own ("asked for a
    recount", "warned the council") is an act of the story and stays."""
    lemma = verb.lemma_.lower()
    if lemma in ATTRIBUTING:
        return True
    if lemma in SPEECH_VERBS and (any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
                                  or _object(verb) is None):
        return True
    if verb.dep_ in MODIFIERS:
        noun = verb.head
        if noun.dep_ in SUBJECTS and noun.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in ATTRIBUTING:
            return True
    return False


def _circumstance(verb: Token) -> bool:
    """Whether a verb sits in a clause that sets the scene of the statement rather than making
    it ("when the two last met", "after the vote", "if the council agrees"): an adverbial
    clause opened by a conjunction, on the way from the verb to the root."""
    token = verb
    while token.head.i != token.i:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB"
                                         for c in token.children):
            return True
        token = token.head
    return False


@lru_cache(maxsize=65_536)
def sentence_roles(text: str) -> tuple[Role, ...]:
    """The frames of one sentence text, in text order (kept by text: reprints repeat
    sentences)."""
    found = []
    for verb in language.doc(text):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or len(lemma) < VERB_LETTERS or not lemma.isalpha() \
                or _reports(verb) or _circumstance(verb):
            continue
        who = _argument(_subject(verb))
        negated = any(c.dep_ == "neg" for c in verb.children)
        objects = [_argument(c) for c in _objects(verb)]
        for what in [w for w in objects if w != NONE] or [NONE]:
            if who != NONE or what != NONE:
                found.append(Role(who, lemma, negated, what))
    return tuple(found)
