"""Shared fixtures: the example story in seeds/ and the BASIL stories in ../shared/eval/basil."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
BASIL = SHARED / "eval" / "basil"
BASIL_STORIES = sorted(p for p in (BASIL / "stories").glob("*") if p.is_dir())


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


@pytest.fixture(scope="session")
def basil_stories():
    need_basil()
    from generator.pipeline import analyse_story, load_story

    return {p.name: analyse_story(load_story(p, p.name)) for p in BASIL_STORIES}


@pytest.fixture(scope="session")
def seed_input():
    """The example story as ingest leaves it, before any analysis stage."""
    from generator.pipeline import load_story

    return load_story(SEEDS, "seeds")
