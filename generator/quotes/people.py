"""Entities: the people (and organisations) a story names, one record per person across sources.

In: a `Story` and, from the quote stage, the speakers it attributed. Out: `People`, which maps
every written form of a person's name to one canonical name, and `Entity` records for
`story.entities`. Name forms come from reporting cues ("Jane Doe said"), from titled names
("Ms. Doe", "President John Q. Public") and from quote speakers. Forms are merged when their
surnames match closely (rapidfuzz ratio, for transliterations such as Gaddafi/Qaddafi) and
their given names agree (equal, an initial of each other, or close: Aleksandr/Alexander); a
surname alone ("Public", "Mr. Public") joins the most mentioned person with that surname. The
canonical name is the longest full form; the role is the apposition or title most sources give.
Organisations are capitalised phrases holding an organisation word (Council, Ministry, Party).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from generator.quotes.affiliations import ABBREVIATED_TITLES
from generator.model import Entity, Quote, Story
from generator.quotes.speakers import (
    NAME_RUN,
    NOT_NAME,
    PERSON_TITLES,
    Speaker,
    cues_in,
    honorific_names,
    is_organisation,
    is_role,
)

SURNAME_SIMILARITY = 80  # Gadafi/Gaddafi 92, Stein/Stine 80; Bush/Rush 75 stays apart
GIVEN_SIMILARITY = 75  # Aleksei/Alexei 77, Mohammed/Muhammad 75; Jeb/Joe 67 stays apart
MAX_NAME_TOKENS = 5  # longer capitalised runs are titles of works or organisations


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """Accents dropped, lower case, dots and apostrophes removed: a comparison key."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return plain.lower().replace(".", "").replace("’", "").replace("'", "").strip()


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Cues that name a speaker reliably enough to list them as a person ("warned", "calls" also have
# things as subjects: "the West continues", "Cold War-era calls").
STRONG_CUES = {"said", "says", "told", "added", "adds", "wrote", "writes", "stated", "explained",
               "noted", "asked", "according to", "told reporters", "mentioned", "informed"}


def surname(name: str) -> str:
    tokens = [t for t in name.split() if fold_name(t) not in SUFFIXES] or name.split()
    return fold_name(tokens[-1])


def given_names(name: str) -> list[str]:
    tokens = [t for t in name.split() if fold_name(t) not in SUFFIXES] or name.split()
    return tokens[:-1]


def clean_role(role: str) -> str:
    """A role as shown: no quotation marks or stray punctuation, abbreviated titles spelled out
    ("Rep." -> "Representative"), "" when it is not a role."""
    role = role.strip(" ,.;:“”\"‘’'")
    words = role.split()
    role = " ".join(ABBREVIATED_TITLES[fold_name(w)]
                    if fold_name(w) in ABBREVIATED_TITLES and (w.endswith(".") or len(words) == 1)
                    else w for w in words)
    if not role or any(ch in role for ch in "“”\"") or not is_role(role) and not any(
        fold_name(w) in PERSON_TITLES for w in role.split()
    ):
        return ""
    return role


def _given_compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    x, y = fold_name(a[0]), fold_name(b[0])
    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return True
    return fuzz.ratio(x, y) >= GIVEN_SIMILARITY


@dataclass(slots=True)
class Person:
    forms: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    parties: Counter[str] = field(default_factory=Counter)
    titled: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    mentions: set[str] = field(default_factory=set)
    first: int = 0  # order of first appearance, to break ties

    @property
    def name(self) -> str:
        return max(self.forms, key=lambda f: (len(f.split()), len(f), f))

    @property
    def surname(self) -> str:
        return surname(self.name)

    @property
    def role(self) -> str:
        """The role most often given, with the party a tag gives ("D-N.Y.") when the role does
        not already name it: "Representative (Democrat)"."""
        role = max(self.roles, key=lambda r: (self.roles[r], -len(r), r)) if self.roles else ""
        if not self.parties:
            return role
        party = max(self.parties, key=lambda p: (self.parties[p], p))
        if party[:8].lower() in role.lower():  # "Democrat of Ohio", "a Democratic senator"
            return role
        return f"{role} ({party})" if role else party


@dataclass(slots=True)
class People:
    """Every person of a story, and the canonical name of each written form."""

    persons: list[Person]
    index: dict[str, int]

    def name_of(self, speaker: Speaker) -> str:
        if speaker.kind == "name" and speaker.name in self.index:
            return self.persons[self.index[speaker.name]].name
        if speaker.kind in {"name", "organisation"}:
            return speaker.name
        mention = speaker.mention
        if mention.split()[0] in {"A", "An", "The", "One", "Another"}:
            mention = mention[0].lower() + mention[1:]
        return mention if speaker.kind == "description" else ""


@lru_cache(maxsize=65536)
def _sentence_names(text: str) -> tuple[tuple[int, Speaker], ...]:
    found = [(p, s) for p, s in cues_in(text) if s.kind == "name" and s.cue in STRONG_CUES]
    found += [(p, s) for p, s in honorific_names(text)]
    return tuple(found)


def canonical_people(story: Story, speakers: list[tuple[str, Speaker]]) -> People:
    """Merge every person-name form of the story (and the given speakers) into people."""
    observed: list[tuple[str, str, Speaker]] = []  # (source, sentence id, speaker)
    for source_id, speaker in speakers:
        if speaker.kind == "name":
            observed.append((source_id, "", speaker))
    for source in story.sources:
        for sentence in source.sentences:
            for _, speaker in _sentence_names(sentence.text):
                if len(speaker.name.split()) <= MAX_NAME_TOKENS:
                    observed.append((source.id, sentence.id, speaker))
    forms: dict[str, list[tuple[str, str, Speaker]]] = {}
    for item in observed:
        forms.setdefault(item[2].name, []).append(item)
    order = {name: i for i, name in enumerate(forms)}
    persons: list[Person] = []
    index: dict[str, int] = {}
    full = sorted((f for f in forms if len(f.split()) > 1),
                  key=lambda f: (-len(f.split()), -len(f), f))
    for form in full:
        target = next((i for i, p in enumerate(persons)
                       if fuzz.ratio(surname(form), p.surname) >= SURNAME_SIMILARITY
                       and _given_compatible(given_names(form), given_names(p.name))), None)
        if target is None:
            persons.append(Person(first=order[form]))
            target = len(persons) - 1
        index[form] = target
        _add(persons[target], form, forms[form])
    for form in sorted((f for f in forms if len(f.split()) == 1), key=lambda f: order[f]):
        key = fold_name(form)
        candidates = [i for i, p in enumerate(persons)
                      if fuzz.ratio(key, p.surname) >= SURNAME_SIMILARITY]
        if candidates:
            target = max(candidates, key=lambda i: (sum(persons[i].forms.values()),
                                                    -persons[i].first))
        elif not any(item[1] == "" for item in forms[form]) and not any(
            item[2].title for item in forms[form]
        ):
            continue  # a lone capitalised word that never speaks or has a title: not a person
        else:
            persons.append(Person(first=order[form]))
            target = len(persons) - 1
        index[form] = target
        _add(persons[target], form, forms[form])
    return People(persons=persons, index=index)


def _add(person: Person, form: str, items: list[tuple[str, str, Speaker]]) -> None:
    for source_id, sentence_id, speaker in items:
        person.forms[form] += 1
        role = clean_role(speaker.role)
        if role:
            person.roles[role] += 1
        if speaker.party:
            person.parties[speaker.party] += 1
        if speaker.title:
            person.titled.add(f"{speaker.title} {form}")
        person.sources.add(source_id)
        if sentence_id:
            person.mentions.add(sentence_id)


def _sentence_key(sentence_id: str, story: Story) -> tuple[int, int]:
    source_id, _, index = sentence_id.rpartition(":s")
    order = next(i for i, s in enumerate(story.sources) if s.id == source_id)
    return order, int(index)


def person_entities(story: Story, people: People, quotes: tuple[Quote, ...]) -> tuple[Entity, ...]:
    """People who speak or are named with a title, then organisations, as `Entity` records."""
    speaking = Counter(q.speaker for q in quotes if q.kind == "quote" and q.speaker)
    entities: list[Entity] = []
    ranked = sorted(people.persons, key=lambda p: (-speaking[p.name], -len(p.mentions),
                                                   p.first))
    for person in ranked:
        sources = set(person.sources)
        mentions = set(person.mentions)
        for quote in quotes:
            if quote.speaker == person.name:
                sources.add(quote.source)
                mentions.update(quote.sentence_ids)
        aliases = sorted((set(person.forms) | person.titled) - {person.name})
        entities.append(Entity(
            id=f"p{len(entities)}",
            name=person.name,
            kind="person",
            role=person.role,
            aliases=tuple(aliases),
            sources=tuple(sorted(sources)),
            mentions=tuple(sorted(mentions, key=lambda s: _sentence_key(s, story))),
        ))
    return tuple(entities) + organisations(story, start=0)


@lru_cache(maxsize=65536)
def _org_runs(text: str) -> tuple[str, ...]:
    runs = []
    for match in NAME_RUN.finditer(text):
        run = match.group(0).rstrip(".,")
        tokens = run.split()
        while tokens and tokens[0].lower() in NOT_NAME:
            tokens.pop(0)
        run = " ".join(tokens)
        if len(tokens) >= 2 and len(tokens) <= MAX_NAME_TOKENS + 2 and is_organisation(run):
            runs.append(run)
    return tuple(runs)


def organisations(story: Story, start: int = 0) -> tuple[Entity, ...]:
    """Capitalised phrases that hold an organisation word, named in at least one source."""
    seen: dict[str, tuple[set[str], list[str]]] = {}
    for source in story.sources:
        for sentence in source.sentences:
            for run in _org_runs(sentence.text):
                sources, mentions = seen.setdefault(run, (set(), []))
                sources.add(source.id)
                mentions.append(sentence.id)
    ranked = sorted(seen, key=lambda r: (-len(seen[r][0]), -len(seen[r][1]), r))
    return tuple(
        Entity(id=f"o{start + i}", name=run, kind="organisation",
               sources=tuple(sorted(seen[run][0])), mentions=tuple(dict.fromkeys(seen[run][1])))
        for i, run in enumerate(ranked)
    )
