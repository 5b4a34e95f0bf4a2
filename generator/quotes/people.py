"""People: the people (and organisations) a story names, one record per person across sources.

In: a `Story`, the speakers the quote stage attributed, and the persons and organisations each
sentence names (`mentions.people_in`, `mentions.organisations_in`, from the language layer's
named entities). Out: `People`, which maps every written form of a person's name to one
canonical name, and `Entity` records for `story.entities`. Forms are merged when their surnames
match closely (rapidfuzz ratio, for transliterations such as Gaddafi/Qaddafi) and their given
names agree (equal, an initial of each other, close: Aleksei/Alexei, or one a short form of the
other: Sandy/Sandra, Bill/William); a surname alone
("Public", "Mr. Public") joins the most mentioned person with that surname. The canonical name is
the longest full form; the role is the apposition or title most sources give.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from nicknames import NickNamer
from rapidfuzz import fuzz

from generator.lexicon import ABBREVIATED_TITLES, ROLE_NOUNS
from generator.model import Entity, EntityKind, Quote, Story
from generator.quotes.gender import title_gender
from generator.quotes.mentions import Speaker
from generator.quotes.names import first_name_gender, fold_name, given_names, is_title, surname
from generator.settings import QuoteSettings

# A word that names what someone does: a role noun of the lexicon, or an agent noun by its
# English suffix ("strategist", "organizer", "historian", "Democrat").
AGENT_SUFFIX = re.compile(r"\w(?:ist|er|or|ian|ant|ent|crat|can)s?$")
MAX_ROLE_WORDS = 12


def is_role(role: str) -> bool:
    """A phrase that describes someone: "a French analyst", "mayor's adviser", "Rep."."""
    words = [fold_name(w).strip(",") for w in role.split()]
    if not words or len(words) > MAX_ROLE_WORDS:
        return False
    # Roles come from the parse (the nouns before a name, an apposition): a phrase ending in a
    # common noun ("store clerk") is one.
    last = role.split()[-1]
    agent = any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS or is_title(w)
                or AGENT_SUFFIX.search(w) for w in words)
    return agent or "’s " in role or "'s " in role or (last.isalpha() and last.islower())


def clean_role(role: str) -> str:
    """A role as shown: no quotation marks or stray punctuation, abbreviated titles spelled out
    ("Rep." -> "Representative"), "" when it is not a role."""
    role = role.strip(" ,.;:“”\"‘’'")
    words = role.split()
    role = " ".join(
        ABBREVIATED_TITLES[fold_name(w)]
        if fold_name(w) in ABBREVIATED_TITLES and (w.endswith(".") or len(words) == 1)
        else w
        for w in words
    )
    if not role or any(ch in role for ch in '“”"') or not is_role(role):
        return ""
    return role


def _form_rank(form: str) -> tuple[int, int, str]:
    """The canonical name is the form with the most words, then the longest."""
    return len(form.split()), len(form), form


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=65536)
def short_form(one: str, other: str) -> bool:
    """One given name is a short form of the other (Sandy/Sandra, Bill/William, Kate/Katherine),
    by the `nicknames` package's hand-made list of English names and their nicknames."""
    namer = _nicknamer()
    return other in namer.nicknames_of(one) or one in namer.nicknames_of(other)


def _given_compatible(a: list[str], b: list[str], similarity: int) -> bool:
    if not a or not b:
        return True
    x, y = fold_name(a[0]), fold_name(b[0])
    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return True
    return fuzz.ratio(x, y) >= similarity or short_form(x, y)


@dataclass(slots=True)
class Person:
    forms: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    source_roles: Counter[tuple[str, str]] = field(default_factory=Counter)  # for render/people
    parties: Counter[str] = field(default_factory=Counter)
    titled: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    mentions: set[str] = field(default_factory=set)
    first: int = 0  # order of first appearance, to break ties
    # The longest form and its surname, kept as forms are added (read once per candidate pair
    # when forms are merged: recomputing them made the merge quadratic in forms).
    name: str = ""
    surname: str = ""

    def add_form(self, form: str) -> None:
        self.forms[form] += 1
        if not self.name or _form_rank(form) > _form_rank(self.name):
            self.name = form
            self.surname = surname(form)

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
    # One-word organisation names already looked up (every reprint repeats them).
    surnames: dict[tuple[str, int], Person | None] = field(default_factory=dict)
    # A one-word form two or more people of the story may be ("Doe" of Jane and John Doe): the
    # indexes of those people. `index` still maps the form to one of them (for the entities); a
    # quote's speaker of that form is resolved by who was named last (`namesakes.py`).
    shared: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def namesakes(self, speaker: Speaker, similarity: int) -> tuple[int, ...]:
        """The people a one-word speaker may be when there are two or more, else ()."""
        if speaker.kind == "name":
            return self.shared.get(speaker.name, ())
        if speaker.kind == "organisation" and len(speaker.name.split()) == 1:
            key = fold_name(speaker.name)
            found = [i for i, p in enumerate(self.persons)
                     if fuzz.ratio(key, p.surname) >= similarity]
            exact = [i for i in found if self.persons[i].surname == key]
            found = exact or found
            return tuple(found) if len(found) > 1 else ()
        return ()

    def person_of(self, speaker: Speaker, similarity: int) -> Person | None:
        """The person a speaker names; a one-word organisation that is a person's surname
        ("Doe said", the model's ORG) is that person."""
        if speaker.kind == "name" and speaker.name in self.index:
            return self.persons[self.index[speaker.name]]
        if speaker.kind == "organisation" and len(speaker.name.split()) == 1:
            key = (fold_name(speaker.name), similarity)
            if key not in self.surnames:
                found = [p for p in self.persons if fuzz.ratio(key[0], p.surname) >= similarity]
                self.surnames[key] = max(
                    found, key=lambda p: (sum(p.forms.values()), -p.first)) if found else None
            return self.surnames[key]
        return None

    def name_of(self, speaker: Speaker, similarity: int) -> str:
        person = self.person_of(speaker, similarity)
        if person is not None:
            return person.name
        if speaker.kind in {"name", "organisation"}:
            return speaker.name
        mention = speaker.mention
        if mention.split()[0] in {"A", "An", "The", "One", "Another"}:
            mention = mention[0].lower() + mention[1:]
        return mention if speaker.kind == "description" else ""


# (source id, sentence id or "" for a quote's speaker, the person as that sentence names them)
Observed = tuple[str, str, Speaker]


def near_surname(one: str, other: str, settings: QuoteSettings) -> bool:
    """Two spellings of one surname: spelling variants keep the first letter (Gadafi/Gaddafi);
    two words that differ in it are two names unless nearly the same (Sayer/Mayer, 80, are two)."""
    score = fuzz.ratio(one, other)
    if one[:1] != other[:1]:
        return score >= settings.surname_other_initial
    return score >= settings.surname_similarity


def canonical_people(observed: list[Observed], settings: QuoteSettings) -> People:
    """Merge every person-name form of the story into people."""
    forms: dict[str, list[Observed]] = {}
    for item in observed:
        if item[2].kind == "name" and len(item[2].name.split()) <= settings.max_name_tokens:
            forms.setdefault(item[2].name, []).append(item)
    order = {name: i for i, name in enumerate(forms)}
    persons: list[Person] = []
    index: dict[str, int] = {}
    shared: dict[str, tuple[int, ...]] = {}
    full = sorted(
        (f for f in forms if len(f.split()) > 1), key=lambda f: (-len(f.split()), -len(f), f)
    )
    for form in full:
        target = next(
            (
                i
                for i, p in enumerate(persons)
                if near_surname(surname(form), p.surname, settings)
                and _given_compatible(
                    given_names(form), given_names(p.name), settings.given_similarity
                )
            ),
            None,
        )
        if target is None:
            persons.append(Person(first=order[form]))
            target = len(persons) - 1
        index[form] = target
        _add(persons[target], form, forms[form])
    for form in sorted((f for f in forms if len(f.split()) == 1), key=lambda f: order[f]):
        key = fold_name(form)
        candidates = _lone_name_candidates(key, forms[form], persons, settings)
        if len(candidates) > 1:
            shared[form] = tuple(candidates)
        if candidates:
            target = max(
                candidates, key=lambda i: (sum(persons[i].forms.values()), -persons[i].first)
            )
        elif not any(item[1] == "" or item[2].cue or item[2].title for item in forms[form]):
            continue  # a lone name that never speaks and has no title: too little to list
        else:
            persons.append(Person(first=order[form]))
            target = len(persons) - 1
        index[form] = target
        _add(persons[target], form, forms[form])
    return People(persons=persons, index=index, shared=shared)


def _lone_name_candidates(key: str, items: list[Observed], persons: list[Person],
                          settings: QuoteSettings) -> list[int]:
    """The persons a one-word name may be: those with that surname ("Doe", "Mrs. Doe": of a
    family, only those whose given name has the title's gender), else the one person with that
    given name ("Jane" of Jane and John Doe: first names of one family are kept apart)."""
    found = [i for i, p in enumerate(persons)
             if near_surname(key, p.surname, settings)]
    # A surname spelled exactly as one person's is theirs, never a near one's: "Lund" goes to
    # Jane Lund, not to a better-known John Lundt whose surname scores 89 against it.
    exact = [i for i in found if persons[i].surname == key]
    found = exact or found
    titled = {title_gender(item[2]) for item in items} - {""}
    if len(found) > 1 and len(titled) == 1:
        gender = next(iter(titled))
        same = [i for i in found if given_gender(persons[i]) == gender]
        found = same or found
    if found:
        return found
    given = [i for i, p in enumerate(persons)
             if (names := given_names(p.name)) and fold_name(names[0]) == key]
    return given if len(given) == 1 else []


def given_gender(person: Person) -> str:
    names = given_names(person.name)
    return first_name_gender(names[0]) if names else ""


def _add(person: Person, form: str, items: list[tuple[str, str, Speaker]]) -> None:
    for source_id, sentence_id, speaker in items:
        person.add_form(form)
        role = clean_role(speaker.role)
        if role:
            person.roles[role] += 1
            person.source_roles[(source_id, role)] += 1
        if speaker.party:
            person.parties[speaker.party] += 1
        if speaker.title:
            person.titled.add(f"{speaker.title} {form}")
        person.sources.add(source_id)
        if sentence_id:
            person.mentions.add(sentence_id)


def _sentence_key(sentence_id: str, order: dict[str, int]) -> tuple[int, int]:
    source_id, _, index = sentence_id.rpartition(":s")
    return order[source_id], int(index)


def person_entities(
    story: Story,
    people: People,
    quotes: tuple[Quote, ...],
    named_organisations: list[tuple[str, str, str]],
    similarity: int,
) -> tuple[Entity, ...]:
    """People who speak or are named with a title, then organisations, as `Entity` records."""
    speaking = Counter(q.speaker for q in quotes if q.kind == "quote" and q.speaker)
    by_speaker: dict[str, list[Quote]] = {}
    for quote in quotes:
        by_speaker.setdefault(quote.speaker, []).append(quote)
    order = {source.id: i for i, source in enumerate(story.sources)}
    entities: list[Entity] = []
    ranked = sorted(people.persons, key=lambda p: (-speaking[p.name], -len(p.mentions), p.first))
    for person in ranked:
        sources = set(person.sources)
        mentions = set(person.mentions)
        for quote in by_speaker.get(person.name, ()):
            sources.add(quote.source)
            mentions.update(quote.sentence_ids)
        aliases = sorted((set(person.forms) | person.titled) - {person.name})
        entities.append(
            Entity(
                id=f"p{len(entities)}",
                name=person.name,
                kind=EntityKind.PERSON,
                role=person.role,
                aliases=tuple(aliases),
                sources=tuple(sorted(sources)),
                mentions=tuple(sorted(mentions, key=lambda s: _sentence_key(s, order))),
                source_roles=tuple(sorted(person.source_roles,
                                          key=lambda k: (k[0], -person.source_roles[k], k[1]))),
            )
        )
    persons = {name for name in {n[2] for n in named_organisations}
               if name in people.index or people.person_of(
                   Speaker(mention=name, name=name, kind="organisation"), similarity) is not None}
    kept = [n for n in named_organisations if n[2] not in persons]
    return tuple(entities) + organisations(kept)


def organisations(named: list[tuple[str, str, str]], start: int = 0) -> tuple[Entity, ...]:
    """Organisations named in at least one source: (source id, sentence id, name) in text order."""
    seen: dict[str, tuple[set[str], list[str]]] = {}
    for source_id, sentence_id, name in named:
        sources, mentions = seen.setdefault(name, (set(), []))
        sources.add(source_id)
        if sentence_id:
            mentions.append(sentence_id)
    ranked = sorted(seen, key=lambda r: (-len(seen[r][0]), -len(seen[r][1]), r))
    return tuple(
        Entity(
            id=f"o{start + i}",
            name=name,
            kind=EntityKind.ORGANISATION,
            sources=tuple(sorted(seen[name][0])),
            mentions=tuple(dict.fromkeys(seen[name][1])),
        )
        for i, name in enumerate(ranked)
    )
