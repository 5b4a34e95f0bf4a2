"""The people table (render/people.py): one row per person, and each person's role from the
sources that are not a rewording of another.

Small invented entities for the role choice; the invented three-outlet story in
tests/data/three-outlets/ (a near-copy that swaps "harbour master" for "port boss") end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Entity, EntityKind
from generator.story.roles import shown_role

THREE_OUTLETS = Path(__file__).parent / "data" / "three-outlets"
COMMON = frozenset({"harbour", "master", "the", "representative"})


def person(role: str, *source_roles: tuple[str, str]) -> Entity:
    return Entity(id="p0", name="Marta Quill", kind=EntityKind.PERSON, role=role,
                  source_roles=source_roles)  # fmt: skip


@pytest.mark.parametrize(
    ("entity", "groups", "expected"),
    [
        (person("port boss", ("a", "port boss"), ("b", "harbour master"), ("c", "harbour master")),
         {"a": "a", "b": "a", "c": "c"}, "harbour master"),
        (person("port boss", ("a", "port boss"), ("b", "port boss"), ("c", "port boss"),
                ("d", "harbour master"), ("e", "harbour master")),
         {"a": "a", "b": "a", "c": "a", "d": "d", "e": "e"}, "harbour master"),
        (person("Harbour master", ("a", "Harbour master"), ("b", "harbour master")),
         {"a": "a", "b": "b"}, "harbour master"),
        (person("Representative (Democrat)", ("a", "Representative")), {"a": "a"},
         "Representative (Democrat)"),
        (person("Democrat"), {"a": "a"}, "Democrat"),
        (person(""), {}, ""),
    ],
    ids=["copy-of-one-text-is-one-voice", "independent-groups-outvote-copies",
         "one-role-in-two-cases", "party-from-a-tag-kept", "party-only", "no-role"],
)  # fmt: skip
def test_the_role_shown_is_the_one_most_independent_sources_give(entity, groups, expected):
    assert shown_role(entity, groups, COMMON) == expected


def test_a_reworded_copy_never_names_the_role_in_the_three_outlet_story():
    from generator.pipeline import run
    from generator.render.people import people_rows

    story = run(THREE_OUTLETS)[0]
    roles = {row.entity.name: row.role for row in people_rows(story)}
    assert roles.get("Marta Quill") == "harbour master"
