"""Which part of each evaluation set is for tuning and which is held out: one place, every script.

In: the evaluation data in `../shared/eval/` (or the folder named by `STORYDRIFT_EVAL`) and a part
name (`tuning`, `heldout` or `all`). Out: the items of that part, in a stable order: BASIL story
folders, PolNeAR articles, contradiction files, page ids, NeuS ids; and `heldout_files()`, every
file the held-out part is made of, which the gate digests. The split is written down in
`benchmarks/README.md`; rules are tuned on the tuning part only, and the held-out part is the
gate's (`benchmarks/gate.py`). The split depends only on names, never on content, so adding data
cannot move an item from one part to the other.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TypeVar, get_args

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("STORYDRIFT_EVAL", ROOT.parent / "shared" / "eval"))
BASIL = EVAL / "basil"
POLNEAR = EVAL / "polnear"
CONTRADICTIONS = EVAL / "contradictions"
PAGES = EVAL / "pages"
NEUS = EVAL / "neus-val"

Part = Literal["tuning", "heldout", "all"]
PARTS: tuple[str, ...] = get_args(Part)

# Contradictions: the annotated stories' folder names start with their year.
CONTRADICTION_TUNING_YEARS = ("2010", "2011", "2012")
# Pages: the first hex digit of sha1(id) picks the part, so the split does not follow the order
# in which the pages were collected (or their site, or their language).
PAGE_TUNING_DIGITS = "01234567"

# NeuS: the gate reads every third held-out cluster, a fixed subset that keeps its CPU time small.
NEUS_GATE_STEP = 3

T = TypeVar("T")


def halves(items: Sequence[T], part: Part) -> list[T]:
    """The first half (tuning) or the second half (heldout) of `items` in sorted order."""
    ordered = sorted(items)  # type: ignore[type-var]
    middle = len(ordered) // 2
    if part == "tuning":
        return ordered[:middle]
    if part == "heldout":
        return ordered[middle:]
    return ordered


def check_part(part: str) -> Part:
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: use one of {', '.join(PARTS)}")
    return part  # type: ignore[return-value]


def basil_stories(part: Part) -> list[Path]:
    """BASIL: the 60 story folders sorted by name; the first 30 tune, the last 30 are held out."""
    folders = [p for p in (BASIL / "stories").glob("*") if p.is_dir()]
    return halves(folders, check_part(part))


def polnear_articles(part: Part) -> list[Path]:
    """PolNeAR: `train` tunes, `dev` is held out. Each article's gold is `../gold/<stem>.json`."""
    folders = {"tuning": ("train",), "heldout": ("dev",), "all": ("train", "dev")}
    check_part(part)
    return [p for name in folders[part]
            for p in sorted((POLNEAR / name / "articles").glob("*.txt"))]


def polnear_gold(article: Path) -> Path:
    return article.parent.parent / "gold" / f"{article.stem}.json"


def contradiction_files(part: Part) -> list[Path]:
    """Contradictions: the stories of 2010-2012 tune, those of 2013-2015 are held out."""
    check_part(part)
    files = sorted(CONTRADICTIONS.glob("*.json"))
    if part == "all":
        return files
    tuning = [p for p in files if p.stem.startswith(CONTRADICTION_TUNING_YEARS)]
    return tuning if part == "tuning" else [p for p in files if p not in tuning]


def page_part(page_id: str) -> Part:
    digit = hashlib.sha1(page_id.encode("utf-8")).hexdigest()[0]
    return "tuning" if digit in PAGE_TUNING_DIGITS else "heldout"


def page_ids(part: Part) -> list[str]:
    """Pages: ids whose sha1 hex digest starts with 0-7 tune, 8-f are held out."""
    check_part(part)
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    return sorted(i for i in gold if part == "all" or page_part(i) == part)


def neus_ids(part: Part) -> list[str]:
    """NeuS-val: the story ids sorted; the first half tunes, the second half is held out."""
    return halves([p.name for p in (NEUS / "stories").glob("*") if p.is_dir()], check_part(part))


def heldout_files() -> list[Path]:
    """Every file of the held-out parts that the gate reads, sorted (of NeuS, the clusters the
    gate reads: every `NEUS_GATE_STEP`-th held-out id, and the references)."""
    files: set[Path] = set()
    stories = set(basil_stories("heldout"))
    stories |= {BASIL / "stories" / p.stem for p in contradiction_files("heldout")}
    for folder in stories:
        files |= {p for p in folder.rglob("*") if p.is_file()}
        files.add(BASIL / "gold" / f"{folder.name}.json")
    for article in polnear_articles("heldout"):
        files |= {article, polnear_gold(article)}
    files |= set(contradiction_files("heldout"))
    files.add(PAGES / "gold.json")
    for story_id in neus_ids("heldout")[::NEUS_GATE_STEP]:
        files |= set((NEUS / "stories" / story_id).glob("*.md"))
    files.add(NEUS / "targets.json")
    for page in page_ids("heldout"):
        files |= {PAGES / "pages" / f"{page}.html.gz", PAGES / "pages" / f"{page}.txt.gz"}
    return sorted(p for p in files if p.is_file())


def digest(files: Sequence[Path]) -> str:
    """sha256 over each file's path (relative to the eval folder) and bytes, in sorted order."""
    total = hashlib.sha256()
    for path in sorted(files):
        name = path.relative_to(EVAL).as_posix() if path.is_relative_to(EVAL) else path.name
        content = hashlib.sha256(path.read_bytes()).hexdigest()
        total.update(f"{name}\0{content}\n".encode())
    return total.hexdigest()
