"""Shared fixtures: the example story in seeds/ and the BASIL stories in ../shared/eval/basil.

BASIL is split in two (`benchmarks/splits.py`, written down in `benchmarks/README.md`): tests of
a figure over BASIL (recall, speaker accuracy, counts) use the tuning half only; the held-out half
is for the quality gate (`benchmarks/gate.py`). Oracles that every article must meet (nothing
lost in cleaning, three independent outlets) run on all the stories.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def benchmark(name: str) -> ModuleType:
    """A module of `benchmarks/`, loaded once (its dataclasses look it up in sys.modules)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


splits = benchmark("splits")
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
BASIL = splits.BASIL
BASIL_STORIES = splits.basil_stories("all")
BASIL_TUNING_STORIES = splits.basil_stories("tuning")


def need_basil() -> None:
    if not BASIL.is_dir():
        pytest.skip(
            "../shared/eval/basil not found: the BASIL evaluation stories live beside the "
            "repository in CI, not in a user's clone"
        )


@pytest.fixture(scope="session")
def seed_story():
    from generator.pipeline import analyse_story, load_story

    return analyse_story(load_story(SEEDS, "seeds"))


_ANALYSED: dict[str, object] = {}  # story folder name -> analysed Story, for the session


class AnalysedStories(Mapping):
    """BASIL stories by folder name, each analysed the first time a test asks for it (and once
    per session, whichever fixture asks), so a test pays only for the stories it reads."""

    def __init__(self, folders: list[Path]) -> None:
        self._folders = {p.name: p for p in folders}

    def __getitem__(self, name: str):
        if name not in _ANALYSED:
            from generator.pipeline import analyse_story, load_story

            _ANALYSED[name] = analyse_story(load_story(self._folders[name], name))
        return _ANALYSED[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._folders)

    def __len__(self) -> int:
        return len(self._folders)


@pytest.fixture(scope="session")
def basil_stories() -> AnalysedStories:
    """All 60 BASIL stories, analysed on demand: for oracles every story must meet."""
    need_basil()
    return AnalysedStories(BASIL_STORIES)


@pytest.fixture(scope="session")
def basil_tuning_stories() -> AnalysedStories:
    """The tuning half of BASIL, analysed on demand: for figures (the rest is held out)."""
    need_basil()
    return AnalysedStories(BASIL_TUNING_STORIES)


@pytest.fixture(scope="session")
def seed_input():
    """The example story as ingest leaves it, before any analysis stage."""
    from generator.pipeline import load_story

    return load_story(SEEDS, "seeds")
