"""The held-out gate's own rules: the split of each eval set, the bounds, refusing to loosen them.

The evaluations themselves run in `benchmarks/gate.py` (in `.ci/run`), not here: these tests
only check that the split is the one `benchmarks/README.md` writes down and that the gate judges
figures the way it says.
"""

from __future__ import annotations

import json

import pytest
from conftest import benchmark, need_basil

splits = benchmark("splits")
gate = benchmark("gate")


def need(path) -> None:
    if not path.is_dir():
        pytest.skip(f"{path} not found: the evaluation data lives beside the repository")


def test_basil_halves_are_the_first_and_last_thirty_stories_by_name():
    need_basil()
    tuning, heldout = splits.basil_stories("tuning"), splits.basil_stories("heldout")
    names = sorted(p.name for p in splits.basil_stories("all"))
    assert ([p.name for p in tuning], [p.name for p in heldout]) == (names[:30], names[30:])


@pytest.mark.parametrize(
    ("items", "tuning_sign", "heldout_sign"),
    [
        (lambda part: [p.parent.parent.name for p in splits.polnear_articles(part)],
         {"train"}, {"dev"}),
        (lambda part: [p.stem[:4] for p in splits.contradiction_files(part)],
         {"2010", "2011", "2012"}, {"2013", "2014", "2015"}),
        (lambda part: [splits.page_part(i) for i in splits.page_ids(part)],
         {"tuning"}, {"heldout"}),
    ],
    ids=["polnear-train-dev", "contradictions-by-year", "pages-by-sha1"],
)
def test_each_part_holds_only_its_own_items(items, tuning_sign, heldout_sign):
    need(splits.EVAL)
    assert (set(items("tuning")), set(items("heldout"))) == (tuning_sign, heldout_sign)


def test_pages_split_by_the_first_hex_digit_of_the_ids_sha1():
    # sha1("a") = 86f7e437..., sha1("b") = e9d71f5e..., sha1("c") = 84a51684...,
    # sha1("d") = 3c363836...
    assert [splits.page_part(i) for i in "abcd"] == ["heldout", "heldout", "heldout", "tuning"]


def test_an_unknown_part_is_refused():
    with pytest.raises(ValueError, match="unknown part"):
        splits.contradiction_files("test")


def test_the_gate_fails_below_a_floor_above_a_ceiling_and_on_a_missing_figure(capsys):
    bounds = {"floors": {"recall": 0.6, "f1": 0.8, "dropped": 0.1}, "ceilings": {"alarms": 0.2}}
    failures = gate.judge({"recall": 0.5, "f1": 0.9, "alarms": 0.3}, bounds)
    assert [f.split()[0] for f in failures] == ["alarms", "dropped:", "recall"]
    assert "f1" in capsys.readouterr().out


def test_bounds_sit_a_margin_outside_the_figures_rounded_outward():
    bounds = gate.bounds_from({"recall": 0.9849, "alarms": 0.1}, {"alarms"})
    assert bounds == {"floors": {"recall": 0.964}, "ceilings": {"alarms": 0.12}}


def test_writing_floors_refuses_to_loosen_them_unless_asked(tmp_path, monkeypatch, capsys):
    floors = tmp_path / "floors.json"
    old = {"data_digest": "x", "floors": {"recall": 0.9}, "ceilings": {"alarms": 0.1}}
    floors.write_text(json.dumps(old), encoding="utf-8")
    monkeypatch.setattr(gate, "FLOORS", floors)
    figures = {"recall": 0.8, "alarms": 0.05}
    assert gate.write_floors(figures, old, "y", allow_lower=False) == 1
    assert "floor recall: 0.9 -> 0.78" in capsys.readouterr().out
    assert json.loads(floors.read_text(encoding="utf-8")) == old
    assert gate.write_floors(figures, old, "y", allow_lower=True) == 0
    written = json.loads(floors.read_text(encoding="utf-8"))
    assert (written["floors"], written["ceilings"], written["data_digest"]) == (
        {"recall": 0.78}, {"alarms": 0.07}, "y")


def test_the_floors_file_bounds_every_figure_of_the_gate_and_records_the_data():
    floors = json.loads(gate.FLOORS.read_text(encoding="utf-8"))
    names = set(floors["floors"]) | set(floors["ceilings"])
    assert len(floors["data_digest"]) == 64 and {n.split(".")[0] for n in names} == {
        "quotes", "discrepancies", "cleaning", "summary"}
