"""Facts: every sentence of every source in, `story.facts` out (checkable values with offsets).

A fact is a value a sentence states that another outlet could state differently: a number, a
duration, a sum of money, a share or a tally (`numbers.py`), a date or a time reference
(`dates.py`), a named person, organisation or place, a person's role or title, and two things
about the statement itself: its certainty and its negation (`modality.py`). Names come from the
language layer's named entities (PERSON, ORG, GPE/LOC/FAC, NORP), never from capitalised
words; titles of office, which the model does not know, from `lexicon.OFFICE_TITLES`.

Offsets (`Fact.start`/`end`) point into `source.text`. Values are normalised so that equal
things compare equal: plain decimal strings for numbers (durations in minutes, "low/high" for an
estimate's range), ISO dates (or "--01-10" when the year is unknown), "month+1" for time
references, and one name per person: the quote stage's `story.entities` (which runs before this
stage) names each person once; a person it does not know goes by the longest form of the
surname in the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from generator import language
from generator.facts.clock import find_times, resolve_day
from generator.facts.dates import find_dates, resolve_date
from generator.facts.modality import modalities
from generator.facts.numbers import find_quantities
from generator.lexicon import HONORIFICS, OFFICE_SYNONYMS, OFFICE_TITLES
from generator.model import EntityKind, Fact, FactKind, Source, Story
from generator.settings import DEFAULT, Settings

# What each entity label of the parse is as a fact. NORP ("Russian", "Democrats") is a name of
# no fixed kind: it can still take another's place in the same slot.
NAME_KINDS = {"PERSON": FactKind.PERSON, "ORG": FactKind.ORGANISATION, "GPE": FactKind.PLACE,
              "LOC": FactKind.PLACE, "FAC": FactKind.PLACE, "NORP": FactKind.NAME}
_TITLES = sorted((re.escape(t) for t in OFFICE_TITLES | HONORIFICS), key=len, reverse=True)
# Titles right before a name, up to three of them ("former Prime Minister", "Mr."), as written.
TITLE_BEFORE_RE = re.compile(rf"(?:\b(?:{'|'.join(_TITLES)})\s+)+$", re.IGNORECASE)
TITLE_AT_START_RE = re.compile(rf"^(?:(?:{'|'.join(_TITLES)})\s+)+", re.IGNORECASE)
_OFFICES = sorted((re.escape(t) for t in OFFICE_TITLES), key=len, reverse=True)
APPOSITIVE_ROLE_RE = re.compile(
    rf"^,\s+(?:a|an|the|who\s+is\s+(?:a|an|the))?\s*(?P<role>(?:[\w’'.-]+\s+){{0,5}}?"
    rf"(?:{'|'.join(_OFFICES)}))\b",
    re.IGNORECASE,
)
POSSESSIVE_RE = re.compile(r"[’']s$")
# Characters before a name searched for its titles: three titles of office fit ("Deputy Foreign
# Minister", "former Prime Minister"), and a bounded search keeps a long sentence cheap.
TITLE_REACH = 60


@dataclass(frozen=True, slots=True)
class Name:
    """A name in a sentence: offsets relative to it (title included), the name, its kind and
    the title written before it ("president", "mr.", "" for none)."""

    start: int
    end: int
    name: str
    kind: FactKind
    title: str


def _split_title(before: str, text: str) -> tuple[str, str, int]:
    """(title before the name, the name without a title, how far the title reaches back)."""
    inner = TITLE_AT_START_RE.match(text)
    if inner:  # the model put the title inside the name: "President Ana Silva"
        return inner.group().strip().lower(), text[inner.end() :], 0
    outer = TITLE_BEFORE_RE.search(before[-TITLE_REACH:])
    if outer:
        return outer.group().strip().lower(), text, len(outer.group())
    return "", text, 0


@lru_cache(maxsize=65_536)
def find_names(text: str) -> tuple[Name, ...]:
    """The names of a sentence, from the parse's entities, each with the title before it.
    Cached: the story-wide pass for people's names and the per-sentence pass read the same
    sentences, and reprints repeat them."""
    found = []
    for start, _, label, written in language.entities(text, tuple(NAME_KINDS)):
        written = POSSESSIVE_RE.sub("", written)
        if written.lower().startswith("the "):
            start, written = start + 4, written[4:]
        title, name, back = _split_title(text[:start], written)
        if not name.strip() or len(name) < 2:
            continue
        kind = NAME_KINDS[label]
        if title and title.split()[-1] in OFFICE_TITLES | HONORIFICS and kind is FactKind.NAME:
            kind = FactKind.PERSON
        # A title in lower case without a full stop ("the president Ana Silva") is left out of
        # the span; a capitalised one is part of how the name is written.
        first = text[start - back : start] if back else ""
        if first and first[0].islower() and not first.strip().endswith("."):
            back = 0
        found.append(Name(start - back, start + len(written), name.strip(), kind,
                          title.split()[-1] if title else ""))
    return tuple(found)


def surname(name: str) -> str:
    return POSSESSIVE_RE.sub("", name.split()[-1])


def person_names(story: Story) -> dict[str, str]:
    """Person name form (and surname) -> the one name of that person.

    `story.entities` (the quote stage's people) comes first: every alias and its surname goes
    to the entity's name. A one-word person with no titled form is as often a country as a
    person, so it is not trusted. A person the entities do not know goes by the longest form of
    its surname in the story."""
    canon: dict[str, str] = {}
    known: set[str] = set()
    for entity in story.entities:
        titled = any(TITLE_AT_START_RE.match(alias) for alias in entity.aliases)
        if entity.kind == EntityKind.PERSON and (len(entity.name.split()) >= 2 or titled):
            known.add(entity.name)
            for alias in (entity.name, *entity.aliases):
                canon[alias] = entity.name
                canon.setdefault(surname(alias), entity.name)
    for source in story.sources:
        for sentence in source.sentences:
            for name in find_names(sentence.text):
                if name.kind is not FactKind.PERSON:
                    continue
                last = surname(name.name)
                if last not in canon or (canon[last] not in known
                                         and len(name.name) > len(canon[last])):
                    canon[last] = name.name
    return canon


def role_head(role: str) -> str:
    """The office a role names: "White House press secretary" -> "secretary"."""
    words = role.lower().split()
    head = OFFICE_SYNONYMS.get(words[-1], words[-1]) if words else ""
    if len(words) >= 3 and words[-2] == "of":  # "secretary of state": the office is the head
        head = OFFICE_SYNONYMS.get(words[-3], words[-3])
    return head


Found = list[dict[str, Any]]


def _value_facts(text: str, published: str, add: Any) -> list[tuple[int, int]]:
    """Dates, then the quantities outside them; returns the spans the dates take."""
    dates = find_dates(text)
    for mention in dates:
        add(mention.kind, mention.start, mention.end, mention.value,
            resolved=resolve_date(mention.value, mention.kind, published))
    taken = [(m.start, m.end) for m in dates]
    for time in find_times(text):
        add(FactKind.TIME, time.start, time.end, f"{time.first}/{time.last}",
            resolved=resolve_day(time.day, published), unit="clock" if time.exact else "",
            context=time.bound)
        taken.append((time.start, time.end))
    for quantity in find_quantities(text):
        if any(s < quantity.end and quantity.start < e for s, e in taken):
            continue
        add(quantity.kind, quantity.start, quantity.end, quantity.normalised,
            approximate=quantity.approximate, unit=quantity.unit, context=quantity.hedge)
    return taken


def _name_facts(text: str, canon: dict[str, str], taken: list[tuple[int, int]],
                add: Any) -> None:
    for name in find_names(text):
        if any(s <= name.start < e for s, e in taken):
            continue
        kind = name.kind
        if kind in (FactKind.NAME, FactKind.PLACE) and (name.name in canon
                                                        or surname(name.name) in canon):
            kind = FactKind.PERSON  # the model took a person for a place: the story knows better
        value = canon.get(name.name, canon.get(surname(name.name), name.name)) \
            if kind is FactKind.PERSON else name.name
        title = "" if name.title in HONORIFICS else name.title
        add(kind, name.start, name.end, value, unit=title)
        appositive = APPOSITIVE_ROLE_RE.match(text[name.end :])
        role = appositive["role"] if appositive else title
        if role and kind is FactKind.PERSON:
            add(FactKind.ROLE, name.start, name.end, role_head(role), unit=value,
                context=role.lower())


def relative_facts(text: str, published: str, canon: dict[str, str]) -> tuple[dict[str, Any], ...]:
    """The facts of one sentence text in text order, offsets relative to it. They depend only on
    the text, the article's date (relative dates) and the story's names, so reprints, which
    repeat sentences, find each distinct one once (`extract_facts` keeps them by text)."""
    found: Found = []

    def add(kind: FactKind, start: int, end: int, value: str, **extra: object) -> None:
        found.append({"kind": kind, "start": start, "end": end, "text": text[start:end],
                      "value": value, **extra})

    taken = _value_facts(text, published, add)
    _name_facts(text, canon, taken, add)
    for modal in modalities(language.doc(text)):
        add(modal.kind, modal.start, modal.end, str(modal.value), unit=modal.verb,
            context=modal.written)
    found.sort(key=lambda f: (f["start"], f["kind"]))
    return tuple(found)


def sentence_facts(source: Source, index: int, found: tuple[dict[str, Any], ...],
                   first_id: int = 0) -> list[Fact]:
    """One sentence's facts (`relative_facts` of its text), numbered `{source}:f{n}` from
    `first_id`, with offsets into the source's text."""
    sentence = source.sentences[index]
    return [
        Fact(id=f"{source.id}:f{first_id + i}", source=source.id, sentence_id=sentence.id,
             **{**f, "start": sentence.start + f["start"], "end": sentence.start + f["end"]})
        for i, f in enumerate(found)
    ]


def extract_facts(story: Story, settings: Settings = DEFAULT) -> Story:
    """The facts stage's first step: every sentence's facts, in source and text order."""
    canon = person_names(story)
    facts: list[Fact] = []
    known: dict[tuple[str, str], tuple[dict[str, Any], ...]] = {}
    for source in story.sources:
        first = len(facts)
        for index, sentence in enumerate(source.sentences):
            key = (sentence.text, source.published)
            if key not in known:
                known[key] = relative_facts(sentence.text, source.published, canon)
            facts.extend(sentence_facts(source, index, known[key], len(facts) - first))
    return replace(story, facts=tuple(facts))
