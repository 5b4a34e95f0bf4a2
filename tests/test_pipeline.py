"""The stages' contract: which `Story` fields each reads and sets (`pipeline.STAGES`)."""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import fields
from pathlib import Path

import pytest

from generator import pipeline, workers
from generator.model import Story
from generator.pipeline import INGEST_SETS, STAGES, load_story
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


def test_a_large_folder_read_by_worker_processes_gives_the_same_story(tmp_path, monkeypatch):
    if workers.cores() < 2 or not workers.can_fork():
        pytest.skip("one core, or workers cannot be forked here: every folder is read in-process")
    monkeypatch.setattr(workers, "busy", lambda: False)  # the machine's load decides time only
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    for n in range(3):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")
            (tmp_path / f"{n}-{seed.name}").write_text(text + f"\nEdition {n}.\n", "utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02" * 400)  # not text: a warning
    serial = load_story(tmp_path, "story")
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 4)
    assert workers.processes(len(seeds) * 3 + 1, pipeline.PARALLEL_MIN_FILES) > 1
    seen: list[str] = []
    parallel = load_story(tmp_path, "story", seen.append)
    assert parallel == serial
    assert len(seen) == len(seeds) * 3 + 1
    assert any("broken.txt" in warning for warning in parallel.warnings)


def test_a_process_running_other_threads_is_never_forked():
    stop = threading.Event()
    watcher = threading.Thread(target=stop.wait)
    watcher.start()
    try:
        assert not workers.can_fork()
        assert workers.processes(10_000, 2) == 1
    finally:
        stop.set()
        watcher.join()


def test_a_busy_machine_keeps_the_work_in_this_process(monkeypatch):
    monkeypatch.setattr(workers, "busy", lambda: True)
    assert workers.processes(10_000, 2) == 1


def test_a_worker_process_starts_no_workers_of_its_own(monkeypatch):
    if workers.cores() < 2 or not workers.can_fork():
        pytest.skip("one core, or workers cannot be forked here: every batch stays in-process")
    monkeypatch.setattr(workers, "busy", lambda: False)  # the machine's load decides time only
    assert not workers.is_worker()
    assert workers.processes(10_000, 2) > 1
    with multiprocessing.get_context("fork").Pool(1) as pool:  # a caller's pool, as a benchmark's
        assert pool.apply(workers.is_worker)
        assert pool.apply(workers.processes, (10_000, 2)) == 1


def test_the_command_line_progress_bar_starts_no_thread_that_would_stop_forking(tmp_path):
    from generator import cli

    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(
            f"Title {n}\n\nThe council met on Monday and approved the harbour plan {n}.\n", "utf-8")
    cli.run_with_progress(tmp_path)
    assert not [thread.name for thread in threading.enumerate() if "tqdm" in thread.name]
