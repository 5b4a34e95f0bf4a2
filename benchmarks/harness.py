"""What the evaluation scripts share: which code they measure, how they run it, how they compare.

In: the code to measure (this checkout, or the folder named by `STORYDRIFT_CODE`, e.g. a worktree
of an older commit, to measure the figures before a change) and article files. Out: `Story`
records analysed up to the stage a figure needs, through `generator.pipeline` only (`load_story`,
`load_source`, `analyse_story`, `STAGES`), so that the scripts survive modules moving inside the
package; and the text keys that gold snippets are matched with (case, whitespace, quote marks
and accents folded), the scoring rule every eval README states.
"""

from __future__ import annotations

import importlib
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CODE = Path(os.environ.get("STORYDRIFT_CODE", ROOT)).resolve()
# Before the package: an installed (editable) copy must not shadow the code being measured.
sys.path.insert(0, str(CODE))

from generator import pipeline  # noqa: E402
from generator.model import Source, Story  # noqa: E402

QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                             "„": '"', "‟": '"', "«": '"', "»": '"', "–": "-", "—": "-",
                             "\u00a0": " "})


def fold(text: str) -> str:
    """A comparison key: lower case, quote marks and dashes plain, whitespace collapsed."""
    return " ".join(text.translate(QUOTE_MARKS).casefold().split())


def fold_name(text: str) -> str:
    """A name's key: accents dropped, lower case, dots and apostrophes removed."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return plain.lower().replace(".", "").replace("’", "").replace("'", "").strip()


def name(value: Any) -> str:
    """An enum member or a plain string, as the string (kinds may be either, old code or new)."""
    return str(getattr(value, "value", value))


def load_story(folder: Path, story_id: str) -> Story:
    return pipeline.load_story(folder, story_id)


def load_file(path: Path, story_id: str) -> Story:
    """One article file read, cleaned and segmented, as a one-source story."""
    source = pipeline.load_source(path, path.parent)
    return Story(id=story_id, sources=(source,))


def read_clean(path: Path) -> Source:
    """One article file read and cleaned, not segmented (what cleaning figures need). Uses the
    reader and cleaner that `pipeline` calls; where it names them no longer, `load_source`."""
    read, clean = getattr(pipeline, "read_article", None), getattr(pipeline, "clean_source", None)
    if read is None or clean is None:
        return pipeline.load_source(path, path.parent)
    source, given = read(path, path.parent)
    return clean(source, given)


def analyse(story: Story) -> Story:
    """Every analysis stage."""
    return pipeline.analyse_story(story)


def analyse_until(story: Story, field: str) -> Story:
    """Only the stages that `field` (a `Story` field, e.g. "quotes") needs, in pipeline order.

    The code declares its stages (`pipeline.STAGES`, with the fields each reads and sets): run
    the one that sets `field`, the ones that set what it reads (transitively), and those that set
    nothing (the language layer's batch parse, which only makes later parses cache hits). Older
    code (`pipeline.ANALYSES`, plain functions) runs up to the function that sets `field`.
    """
    stages = getattr(pipeline, "STAGES", None)
    if stages is None:
        return _analyse_until_old(story, field)
    settings = importlib.import_module("generator.settings").DEFAULT
    needed = {field}
    chosen = []
    for stage in reversed(stages):
        if stage.sets & needed:
            needed |= stage.reads
            chosen.append(stage)
    last = max((stages.index(s) for s in chosen), default=-1)
    chosen += [s for s in stages[:last] if not s.sets]
    for stage in sorted(chosen, key=stages.index):
        story = stage.run(story, settings)
    return story


# Before the stages declared what they set: which function of `ANALYSES` sets a field.
_OLD_SETTERS = {"quotes": "extract_quotes", "entities": "extract_quotes",
                "facts": "extract_facts", "discrepancies": "find_discrepancies"}


def _analyse_until_old(story: Story, field: str) -> Story:
    if field not in _OLD_SETTERS:
        raise ValueError(f"no analysis is known to set {field!r} in {CODE}")
    for function in pipeline.ANALYSES:
        story = function(story)
        if function.__name__ == _OLD_SETTERS[field]:
            return story
    raise ValueError(f"{_OLD_SETTERS[field]} is not among the analyses of {CODE}")


def ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0
