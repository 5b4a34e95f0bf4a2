"""Roles: the quote stage's people in, the role each is shown with out.

A person's role is the one most independent sources give (a reprint or a rewording of another
source's text is one voice with it, `support.independent_groups`): inside one group, and between
groups that tie, the clearest wording wins (`wordings.clearest`: the one closest to the others and
made of words other sources use too), so a spinner's synonym in a reworded copy ("the port boss"
for "the harbour master") never names what someone does. The key facts and the people table
both show this role.
"""

from __future__ import annotations

from collections import Counter

from generator.model import Entity, EntityKind, Story
from generator.story.support import independent_groups
from generator.story.wordings import clearest, shared_words


def shown_role(entity: Entity, groups: dict[str, str], common: frozenset[str]) -> str:
    """The role most independent groups of sources give the entity (`groups`: source id -> its
    group; each source counts with the role it gives most), ties to the clearest wording, with
    the party the quote stage adds from a tag ("Representative (Democrat)"); the quote stage's
    role when no source gives one."""
    per_source: dict[str, str] = {}
    for source_id, role in entity.source_roles:  # a source's most given role comes first
        per_source.setdefault(source_id, role)
    if not per_source:
        return entity.role
    # One form per role written in two cases ("Harbour master" opening a sentence): the most
    # given, then the one with fewer capitals.
    forms = Counter(per_source.values())
    form = {r.casefold(): r for r in sorted(
        forms, key=lambda r: (forms[r], -sum(c.isupper() for c in r), r))}
    by_group: dict[str, set[str]] = {}
    for source_id, role in per_source.items():
        by_group.setdefault(groups.get(source_id, source_id), set()).add(form[role.casefold()])
    given = Counter(role for roles in by_group.values() for role in roles)
    most = max(given.values())
    tied = sorted(r for r in given if given[r] == most)
    role = tied[clearest(tied, common)]
    base = max((r for _, r in entity.source_roles if entity.role.startswith(r)), key=len,
               default="")
    return role + entity.role[len(base):] if base else role


# The last story's roles, by the identity of what they are read from. The story stage (key
# facts), the people table and the quotes page ask for the same story's roles; the later stages
# and the pages carry these tuples unchanged (`dataclasses.replace` shares them), so they are
# computed once. The cache holds the tuples, so their identities cannot be reused meanwhile.
_LAST: list[tuple[tuple[object, ...], dict[str, str]]] = []


def shown_roles(story: Story) -> dict[str, str]:
    """Each person's role as the pages show it, by the person's name."""
    key = (story.entities, story.sources, story.families, story.pairs)
    if _LAST and all(a is b for a, b in zip(_LAST[0][0], key, strict=True)):
        return dict(_LAST[0][1])
    groups, common = independent_groups(story), shared_words(story)
    roles = {e.name: shown_role(e, groups, common) for e in story.entities
             if e.kind == EntityKind.PERSON}
    _LAST[:] = [(key, roles)]
    return dict(roles)
