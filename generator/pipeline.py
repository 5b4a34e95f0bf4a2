"""Pipeline: a folder in, analysed `Story` records out, by calling each stage in order.

ingest -> language -> compare.align -> quotes -> facts.frames -> compare.claims ->
compare.relations -> facts.discrepancies -> story. Nothing else happens here: each
analysis stage is a pure function `(Story, Settings) -> Story`, and `STAGES` declares, for each,
the `Story` fields it reads and the fields it sets (as spaCy's `Language.factory(requires=...,
assigns=...)` does for its components). `tests/test_pipeline.py` checks the declarations: every
field has exactly one stage that sets it, no stage reads a field that a later stage sets, and a
run on the example story changes no field a stage did not declare.

A file that cannot be read becomes a warning on its story (and is left out); a folder with no
readable article raises `InputError`.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from generator import workers
from generator.compare.align import align_story
from generator.compare.claims import join_claims
from generator.compare.relations import compare_sources
from generator.facts.discrepancies import find_discrepancies
from generator.facts.frames import extract_facts
from generator.ingest.clean import clean_source
from generator.ingest.read import (
    InputError,
    find_articles,
    find_stories,
    id_warning,
    list_folder,
    list_stories,
    read_article,
    shown,
    slug,
    unique_ids,
)
from generator.ingest.segment import segment_source
from generator.language import parse_story
from generator.model import Source, Story
from generator.quotes.extract import extract_quotes
from generator.settings import DEFAULT, Settings
from generator.story.summary import summarise_story


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    """One analysis stage and its contract with the `Story`."""

    name: str
    run: Callable[[Story, Settings], Story]
    reads: frozenset[str]
    sets: frozenset[str]


def stage(name: str, run: Callable[[Story, Settings], Story], reads: str, sets: str) -> Stage:
    return Stage(name=name, run=run, reads=frozenset(reads.split()), sets=frozenset(sets.split()))


# What ingest (`load_story`) sets: the story's identity, its sources and the input warnings.
INGEST_SETS = frozenset({"id", "sources", "warnings"})

STAGES: tuple[Stage, ...] = (
    stage("language", parse_story, reads="sources", sets=""),
    stage("compare.align", align_story, reads="sources", sets="alignment families"),
    stage("quotes", extract_quotes, reads="sources", sets="quotes quote_groups entities"),
    stage("facts.frames", extract_facts, reads="sources entities", sets="facts"),
    # Claims across sources need the quote groups and the facts' frames, hence after both.
    stage("compare.claims", join_claims,
          reads="sources alignment families quotes quote_groups entities facts",
          sets="claims"),
    stage("compare.relations", compare_sources, reads="sources alignment claims families",
          sets="pairs"),
    stage("facts.discrepancies", find_discrepancies,
          reads="sources claims families pairs quotes quote_groups facts", sets="discrepancies"),
    stage("story", summarise_story,
          reads="sources claims families pairs quotes quote_groups entities facts discrepancies",
          sets="title summary key_facts timeline"),
)


def load_source(path: Path, root: Path, source_id: str | None = None) -> Source:
    """Read, clean and segment one file; unchanged files come from a cache (`mkdocs serve`)."""
    stat = path.stat()
    return _load_source(path, root, source_id or "", stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4096)
def _load_source(path: Path, root: Path, source_id: str, _mtime_ns: int, _size: int) -> Source:
    source, given = read_article(path, root, source_id or None)
    return segment_source(clean_source(source, given))


Progress = Callable[[str], None]

# Reading, cleaning and segmenting is split over worker processes from this many files on
# (`workers.processes`): below it, starting them costs more than it saves.
PARALLEL_MIN_FILES = 100


class FailureKind(StrEnum):
    """Why a file was left out: the system refused it, it is not an article, or a bug."""

    UNREADABLE = "unreadable"
    INPUT = "input"
    BUG = "bug"


@dataclass(frozen=True, slots=True)
class Failure:
    """Why one file could not be read, carried back from a worker as plain data."""

    kind: FailureKind
    detail: str

    def warning(self, name: str) -> str:
        if self.kind is FailureKind.UNREADABLE:
            return f"{name}: cannot be read ({self.detail}); check its permissions (file left out)"
        if self.kind is FailureKind.INPUT:
            return f"{self.detail} (file left out)"
        return (
            f"{name}: could not be analysed ({self.detail}), a StoryDrift bug; "
            "please report it with this file (file left out)"
        )


def _read_one(job: tuple[Path, Path, str]) -> Source | Failure:
    path, root, source_id = job
    try:
        return load_source(path, root, source_id)
    except OSError as error:
        return Failure(FailureKind.UNREADABLE, str(error.strerror))
    except InputError as error:
        return Failure(FailureKind.INPUT, str(error))
    except Exception as error:  # noqa: BLE001 (one file's bug must not lose the others)
        return Failure(FailureKind.BUG, type(error).__name__)


def load_sources(
    paths: Sequence[Path], root: Path, ids: Sequence[str], progress: Progress | None = None
) -> Iterator[Source | Failure]:
    """Each file read, cleaned and segmented, in order; a large folder is split over worker
    processes (the same sources, in the same order, as in this process). `progress` is told
    each file's name as it is started (in this process) or done (by the workers)."""
    jobs = [(path, root, source_id) for path, source_id in zip(paths, ids, strict=True)]
    count = workers.processes(len(jobs), PARALLEL_MIN_FILES)
    if count == 1:
        for job in jobs:
            if progress is not None:
                progress(shown(job[0]))
            yield _read_one(job)
        return
    with multiprocessing.get_context("fork").Pool(count) as pool:
        for job, result in zip(jobs, pool.imap(_read_one, jobs, chunksize=8), strict=True):
            if progress is not None:
                progress(shown(job[0]))
            yield result


def load_story(
    folder: Path,
    story_id: str,
    progress: Progress | None = None,
    *,
    root: Path | None = None,
    notes: tuple[str, ...] = (),
) -> Story:
    """Read, clean and segment every article in `folder`; `progress` is told each file name.

    Only files inside `root` (default: `folder`) are read; `notes` are warnings about the input
    folder as a whole, carried by this story."""
    listing = list_folder(folder, root)
    sources: list[Source] = []
    warnings: list[str] = [*notes, *listing.warnings]
    bodies: dict[tuple[str, ...], Source] = {}  # body text -> first source with it
    ids = unique_ids((path.stem for path in listing.articles), "article")
    loaded = load_sources(listing.articles, folder, ids, progress)
    for path, source_id, source in zip(listing.articles, ids, loaded, strict=True):
        name = shown(path)
        if isinstance(source, Failure):
            warnings.append(source.warning(name))
            continue
        if source_id != (slug(path.stem) or "article"):
            warnings.append(id_warning(name, slug(path.stem), source_id, "file"))
        duplicate = bodies.get(source.body) if source.body else None
        if duplicate is not None:
            warnings.append(
                f"{name}: same article text as {duplicate.path}; remove one of the two copies"
            )
        elif source.body:
            bodies[source.body] = source
        warnings.extend(source.warnings)
        sources.append(source)
    if not sources:
        raise InputError(
            f"{shown(folder)}: no readable article (.txt, .md, .html, .json); "
            "add article files to the folder"
        )
    if len(sources) == 1:
        warnings.append(f"{shown(folder)}: only one article; add more sources to compare them")
    return Story(id=story_id, sources=tuple(sources), warnings=tuple(warnings))


def analyse_story(story: Story, settings: Settings = DEFAULT) -> Story:
    for step in STAGES:
        story = step.run(story, settings)
    return story


def count_articles(folder: Path) -> int:
    return sum(len(find_articles(path, folder)) for _, path in find_stories(folder))


# The last analysis of each folder, with the state of its files: `mkdocs serve` rebuilds and the
# command line's `build` (which analyses once to fail early, then lets MkDocs run the plugin) reuse
# it while no file has changed.
_ANALYSED: dict[Path, tuple[tuple[tuple[str, int, int], ...], list[Story]]] = {}


def folder_state(folder: Path, stories: list[tuple[str, Path]]) -> tuple[tuple[str, int, int], ...]:
    """The article files the stories read, with their change times and sizes. Only the folders
    read are listed: a folder nested a thousand levels deep costs nothing."""
    state = []
    for _, path in stories:
        for article in find_articles(path, folder):
            try:
                stat = article.stat()
            except OSError:  # gone since it was listed: the analysis will say so
                state.append((repr(article), -1, -1))
                continue
            state.append((repr(article), stat.st_mtime_ns, stat.st_size))
    return tuple(state)


def run(folder: Path, progress: Progress | None = None) -> list[Story]:
    """Every story under `folder`, analysed. Raises InputError when there is nothing to analyse."""
    stories, notes = list_stories(folder)
    if not stories:
        raise InputError(
            f"{shown(folder)}: no article files (.txt, .md, .html, .json) in it or in its "
            "sub-folders; add articles"
        )
    key, state = folder.resolve(), folder_state(folder, stories)
    cached = _ANALYSED.get(key)
    if cached is not None and cached[0] == state:
        return list(cached[1])
    analysed = [
        analyse_story(
            load_story(path, story_id, progress, root=folder, notes=tuple(notes) if i == 0 else ())
        )
        for i, (story_id, path) in enumerate(stories)
    ]
    _ANALYSED.clear()  # keep one analysis in memory: a large story's takes hundreds of MB
    _ANALYSED[key] = (state, analysed)
    return list(analysed)
