"""The Method page under test: the kinds and thresholds it names are the code's.

Conventions of `docs/method.md`: a kind (a value `report.json` writes) is written in bold with an
attribute, `**near-copy**{.kind}`; a threshold is named in backticks with its value after it,
`` `weak_match` (0.55) `` (or `` `story.approximate_tolerance` (0.25) `` when two stages have a
threshold of that name). The table of thresholds is generated from the code.
"""

from __future__ import annotations

import enum
import inspect
import re
from dataclasses import fields

import pytest
from conftest import ROOT

from generator import kinds, model
from generator.render.method import MARKERS, fill_method_page
from generator.settings import DEFAULT, Settings, threshold_rows

METHOD = (ROOT / "docs" / "method.md").read_text("utf-8")
KIND = re.compile(r"\*\*?([^*]+?)\*?\*\{\s*\.kind\s*\}")
THRESHOLD = re.compile(r"`(?:([a-z]+)\.)?([a-z][a-z0-9]*(?:_[a-z0-9]+)+)` \(([\d][\d,.]*)\)")


def enum_values() -> set[str]:
    """The values of every enum the model exports (defined in `kinds.py`, re-exported)."""
    classes = [
        value
        for _, value in inspect.getmembers(model, inspect.isclass)
        if issubclass(value, enum.Enum) and value.__module__ == kinds.__name__
    ]
    assert classes, "the model exports its kinds"
    return {str(member.value) for cls in classes for member in cls}


def thresholds() -> dict[str, dict[str, object]]:
    """Threshold name -> {stage: value}."""
    found: dict[str, dict[str, object]] = {}
    for stage, name, value, _why in threshold_rows():
        found.setdefault(name, {})[stage] = value
    return found


DOC_KINDS = sorted(set(KIND.findall(METHOD)))
DOC_THRESHOLDS = sorted(set(THRESHOLD.findall(METHOD)))


def test_the_method_page_marks_kinds_and_thresholds():
    assert len(DOC_KINDS) >= 10 and len(DOC_THRESHOLDS) >= 20


@pytest.mark.parametrize("kind", DOC_KINDS)
def test_every_kind_the_method_page_names_is_a_value_of_a_model_enum(kind):
    assert kind in enum_values()


@pytest.mark.parametrize(
    ("stage", "name", "value"),
    DOC_THRESHOLDS,
    ids=[f"{stage or '-'}.{name}" for stage, name, _ in DOC_THRESHOLDS],
)
def test_every_threshold_the_method_page_names_is_a_setting_with_that_value(stage, name, value):
    by_stage = thresholds().get(name, {})
    if stage:
        by_stage = {stage: by_stage[stage]} if stage in by_stage else {}
    written = float(value.replace(",", "").rstrip("."))
    # A name two stages share must be qualified, unless both hold the value written.
    assert by_stage and all(float(v) == written for v in by_stage.values())  # type: ignore[arg-type]


def test_every_setting_is_a_threshold_with_a_reason():
    sections = [getattr(DEFAULT, f.name) for f in fields(Settings)]
    assert all(item.metadata.get("why") for section in sections for item in fields(section))


@pytest.mark.parametrize("marker", sorted(MARKERS), ids=lambda m: m.split(":")[-1].strip(" ->"))
def test_the_method_page_has_each_table_marker_once(marker):
    assert [line.strip() for line in METHOD.split("\n")].count(marker) == 1


def test_the_generated_table_lists_every_threshold():
    page = fill_method_page(METHOD)
    missing = [name for _, name, _, _ in threshold_rows() if f"| `{name}` |" not in page]
    assert missing == [] and not any(marker in page for marker in MARKERS)
