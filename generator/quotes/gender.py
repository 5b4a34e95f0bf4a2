"""Gender evidence: whether the text, or failing that a person's given name, says "he" or "she".

In: the parsed sentences of a story's sources. Out: `Genders`, which answers "m", "f" or "" for
a person's name; it lets "he" and "she" skip a person of the other gender when references back
are resolved (`speakers.py`). The text decides first: a gendered title before the name (`Mr.`,
`Ms.`, `Congresswoman`, from the lexicon), then a pronoun that a speech verb's clause gives the
person ("Doe said she would ..."), a weaker sign since the pronoun may be someone else ("Ms. Doe
said he would resign"). Only a person the text says nothing about is looked up by given name
(`names.first_name_gender`, gender-guesser's list; names given to both sexes say nothing). A
surname with evidence both ways (Mr. and Mrs. Doe) gets no answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.lexicon import FEMALE_TITLES, MALE_TITLES, SPEECH_VERBS
from generator.quotes.mentions import Speaker
from generator.quotes.names import first_name_gender, fold_name, given_names, surname

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Doc

PRONOUN_GENDER = {"he": "m", "she": "f"}


def _vote(votes: dict[str, Counter[str]], name: str, gender: str) -> None:
    key = surname(name.replace("’s", "").replace("'s", ""))
    if key:
        votes.setdefault(key, Counter())[gender] += 1


@dataclass(slots=True)
class Genders:
    """What the story says about each surname's gender, and the given names it writes."""

    said: dict[str, str] = field(default_factory=dict)  # folded surname -> "m" / "f"
    given: dict[str, set[str]] = field(default_factory=dict)  # surname -> given names seen
    persons: set[str] = field(default_factory=set)  # surnames of the model's PERSON entities

    def of(self, name: str) -> str:
        """ "m", "f" or "" for a person's name ("" too when the text says both). Of a family
        (one surname, two given names seen), the person's own given name speaks first: the
        text's evidence is kept by surname and may be about the other one."""
        key = surname(name)
        own = _first(name)
        if own and len(self.given.get(key, set()) | own) > 1:
            gender = first_name_gender(next(iter(own)))
            if gender:
                return gender
        if key in self.said:
            return self.said[key]
        firsts = {g for g in self.given.get(key, set()) | _first(name) if len(g) > 1}
        guesses = {first_name_gender(g) for g in firsts}
        return next(iter(guesses)) if len(guesses) == 1 else ""


def _first(name: str) -> set[str]:
    given = given_names(name)
    return {fold_name(given[0])} if given else set()


def title_gender(speaker: Speaker) -> str:
    words = {fold_name(w) for w in f"{speaker.title} {speaker.role}".split()}
    male, female = bool(words & MALE_TITLES), bool(words & FEMALE_TITLES)
    return "m" if male and not female else "f" if female and not male else ""


def _said_pronoun(doc: Doc) -> Iterable[tuple[str, str]]:
    """(name, "m"/"f") for "Doe said she would ...": a name whose speech verb's clause has a
    gendered pronoun for subject."""
    for token in doc:
        if token.lemma_.lower() not in SPEECH_VERBS:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or (subject.pos_ != "PROPN" and not subject.ent_type_):
            continue
        if any(c.dep_ in {"dobj", "dative"} and c.pos_ in {"PROPN", "PRON"}
               for c in token.children):
            continue  # "Doe asked Roe whether he would run": the pronoun may be the one asked
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            pronoun = next((c.lower_ for c in clause.children if c.dep_ == "nsubj"), "")
            if pronoun in PRONOUN_GENDER:
                yield subject.text, PRONOUN_GENDER[pronoun]


def gender_evidence(docs: Iterable[Doc], people: Iterable[Speaker]) -> Genders:
    """The story's evidence: `people` are the persons its sentences name (`mentions.people_in`),
    `docs` its parsed sentences."""
    votes: dict[str, Counter[str]] = {}
    weak: dict[str, Counter[str]] = {}
    genders = Genders()
    # Only which genders a surname gets counts, not how often: reprints' repeated sentences
    # (one parse each, shared) and repeated person forms are read once.
    for person in dict.fromkeys(people):
        gender = title_gender(person)
        if gender:
            _vote(votes, person.name, gender)
        firsts = _first(person.name)
        if firsts:
            genders.given.setdefault(surname(person.name), set()).update(firsts)
    for doc in {id(doc): doc for doc in docs}.values():
        for name, gender in _said_pronoun(doc):
            _vote(weak, name, gender)
        genders.persons.update(surname(e.text) for e in doc.ents if e.label_ == "PERSON")
    for key, count in weak.items():
        votes.setdefault(key, count)
    # Both ways ("" ) stays in the map: the given name must not overrule the text then.
    genders.said = {key: next(iter(count)) if len(count) == 1 else ""
                    for key, count in sorted(votes.items())}
    return genders
