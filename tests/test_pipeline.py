"""The stages' contract: which `Story` fields each reads and sets (`pipeline.STAGES`)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from generator.model import Story
from generator.pipeline import INGEST_SETS, STAGES
from generator.settings import DEFAULT

STORY_FIELDS = {f.name for f in fields(Story)}


def setters(name: str) -> list[str]:
    found = ["ingest"] if name in INGEST_SETS else []
    return found + [stage.name for stage in STAGES if name in stage.sets]


@pytest.mark.parametrize("name", sorted(STORY_FIELDS))
def test_every_story_field_has_exactly_one_stage_that_sets_it(name):
    assert len(setters(name)) == 1, setters(name)


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.name)
def test_no_stage_reads_a_field_that_is_set_later(stage):
    later = {name for s in STAGES[STAGES.index(stage):] for name in s.sets}
    assert not stage.reads & later, sorted(stage.reads & later)


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.name)
def test_stage_declarations_name_real_fields(stage):
    assert (stage.reads | stage.sets) <= STORY_FIELDS


def test_each_stage_changes_only_the_fields_it_declares(seed_input):
    story = seed_input
    for stage in STAGES:
        after = stage.run(story, DEFAULT)
        changed = {n for n in STORY_FIELDS if getattr(after, n) is not getattr(story, n)}
        assert changed <= stage.sets, (stage.name, sorted(changed - stage.sets))
        story = after


def test_each_stage_sets_what_it_declares_on_the_example_story(seed_input):
    story = seed_input
    for stage in STAGES:
        story = stage.run(story, DEFAULT)
        for name in stage.sets:
            assert getattr(story, name), (stage.name, name)
