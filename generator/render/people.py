"""The people table of the home page: the quote stage's entities in, one row per person out.

The quote stage gives one name per person across spellings and titles (`story.entities`). Before
they are listed, the language layer checks what each is: a name that the model reads as a place
or an organisation in the sentences that mention it ("the United States", "the White House") is
listed with that kind, and a group of people ("Western", NORP) is left out. A one-word name that is
the given name or surname of a person named in full in the same sources, spelt a little
differently ("Jon" of "Jonathan Q. Public"), is that person, not a second row.

A person's role is the one most independent sources give (`story.roles`, which the key facts
use too), so a spinner's synonym in a reworded copy never names what someone does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from generator import language
from generator.model import Entity, EntityKind, Story
from generator.story.roles import shown_roles

# How many of an entity's sentences the model is asked about: enough for a majority, bounded so
# a name mentioned in a thousand reprints costs no more than one mentioned in ten.
SENTENCES_CHECKED = 12
MODEL_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANISATION,
    "GPE": EntityKind.PLACE,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
}
GROUP = "NORP"  # nationalities, religious and political groups: not a person or organisation
# A one-word name joins a full name whose given name or surname is at least this close
# (rapidfuzz ratio): "Jon"/"John" 86, "Aleksi"/"Aleksy" 83; different names score far lower
# ("Anna"/"Hans" 50).
NAME_CLOSENESS = 70


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonRow:
    entity: Entity
    kind: EntityKind
    role: str
    aliases: tuple[str, ...]
    sources: tuple[str, ...]


def is_personal(entity: Entity) -> bool:
    """A person by how the articles write them: with a role, or by the surname alone ("Doe" of
    "Jane Doe"); the model's small English pipeline reads some foreign names as organisations,
    and organisations are not called by their last word."""
    words = entity.name.split()
    return entity.kind == EntityKind.PERSON and (
        bool(entity.role) or (len(words) > 1 and words[-1] in entity.aliases)
    )


def model_kind(story: Story, entity: Entity) -> EntityKind | None:
    """The kind most of the model's readings of the entity's name give; its own kind when the
    model does not name it or the articles write it as a person's; None for a group of people."""
    names = {entity.name, *entity.aliases}
    readings: Counter[str] = Counter()
    for sentence_id in entity.mentions[:SENTENCES_CHECKED]:
        for _start, _end, model_label, text in language.entities(story.sentence(sentence_id).text):
            if text in names or text.removeprefix("the ") in names:
                readings[model_label] += 1
    best = max(readings, key=lambda lab: (readings[lab], lab)) if readings else ""
    if best == GROUP:
        return None
    if not best or is_personal(entity):
        return entity.kind
    return MODEL_KINDS.get(best, entity.kind)


def _part_of(short: Entity, full: Entity) -> bool:
    """Whether a one-word name is a close spelling of a full name's given name or surname, and
    is only mentioned where the full name is."""
    if len(short.name.split()) != 1 or len(full.name.split()) < 2:
        return False
    if not set(short.sources) <= set(full.sources):
        return False
    word = short.name.casefold()
    parts = full.name.split()
    return any(
        part[:1].casefold() == word[:1]
        and fuzz.ratio(word, part.casefold().strip(".")) >= NAME_CLOSENESS
        for part in (parts[0], parts[-1])
    )


def people_rows(story: Story) -> list[PersonRow]:
    """Every entity once, with the kind the model reads it as; persons first, as ranked."""
    kinds = {e.id: model_kind(story, e) for e in story.entities}
    persons = [e for e in story.entities if e.kind == EntityKind.PERSON]
    merged: dict[str, list[Entity]] = {e.id: [] for e in persons}
    for entity in persons:
        into = next((p for p in persons if p.id in merged and kinds[p.id] == EntityKind.PERSON
                     and _part_of(entity, p)), None)
        if into is not None and not merged[entity.id]:
            merged[into.id].append(entity)
            merged.pop(entity.id)
    position = {source.id: k for k, source in enumerate(story.sources)}
    roles = shown_roles(story)
    rows = []
    for entity in story.entities:
        kind = kinds[entity.id]
        if kind is None or (entity.kind == EntityKind.PERSON and entity.id not in merged):
            continue
        joined = merged.get(entity.id, [])
        aliases = sorted({*entity.aliases, *(a for j in joined for a in (j.name, *j.aliases))}
                         - {entity.name})
        sources = sorted({*entity.sources, *(s for j in joined for s in j.sources)},
                         key=position.__getitem__)
        rows.append(PersonRow(entity=entity, kind=kind, role=roles.get(entity.name, entity.role),
                              aliases=tuple(aliases),
                              sources=tuple(sources)))
    order = list(EntityKind)
    return sorted(rows, key=lambda r: order.index(r.kind))
