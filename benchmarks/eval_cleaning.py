"""Cleaning real web pages: is the article text kept and the rest left out?

Run: `python benchmarks/eval_cleaning.py [--part tuning|heldout|all] [--verbose]`. Each page of
`../shared/eval/pages/` in the chosen part (`benchmarks/splits.py`) is read twice through our
reader, as the saved page (`.html.gz`) and as the text a reader pastes (`.txt.gz`), each
decompressed into a temporary folder of its own. Scored as `pages/README.md` says, per snippet
over all pages: a `with` snippet found in the extracted text (title and body) is a true positive,
a `without` snippet found is a false positive. Precision, recall, F1, `kept` (the share of `with`
found, which is the recall) and `removed` (the share of `without` not found). The extracted
text is the title, the standfirst and the body, with the dateline the cleaner moved to the
metadata put back before the first paragraph (all of it the article's, kept). Matching is
case-insensitive with whitespace and quote marks normalised. A page the reader refuses counts as
an empty extraction (nothing kept, everything removed).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import splits  # noqa: E402
from harness import fold  # noqa: E402

FORMATS = ("html", "txt")


@dataclass
class Tally:
    kept: int = 0  # `with` snippets found
    lost: int = 0  # `with` snippets not found
    junk: int = 0  # `without` snippets found
    removed: int = 0  # `without` snippets not found
    refused: int = 0  # pages the reader could not read
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return harness.ratio(self.kept, self.kept + self.junk)

    @property
    def recall(self) -> float:
        return harness.ratio(self.kept, self.kept + self.lost)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return harness.ratio(2 * p * r, p + r)

    @property
    def removed_share(self) -> float:
        return harness.ratio(self.removed, self.removed + self.junk)


def extracted(page: str, fmt: str, folder: Path) -> str | None:
    """Title and body of the page in `fmt` as our reader keeps them; None when it refuses it."""
    packed = splits.PAGES / "pages" / f"{page}.{fmt}.gz"
    target = folder / page / fmt / f"{page}.{fmt}"
    target.parent.mkdir(parents=True)
    target.write_bytes(gzip.decompress(packed.read_bytes()))
    try:
        source = harness.read_clean(target)
    except Exception as error:  # noqa: BLE001 - any refusal is an empty extraction, and noted
        return f"\0{type(error).__name__}: {error}"
    return "\n".join((source.title, source.standfirst, *with_dateline(source)))


def with_dateline(source: harness.Source) -> tuple[str, ...]:
    """The body with the dateline the cleaner moved to the metadata put back in front of its first
    paragraph: the dateline is the article's text, kept, not removed."""
    if not source.dateline or not source.body:
        return source.body
    return (f"{source.dateline} - {source.body[0]}", *source.body[1:])


def score_page(page: str, gold: dict, text: str | None, tally: Tally) -> None:
    if text is not None and text.startswith("\0"):
        tally.refused += 1
        tally.notes.append(f"{page}: refused ({text[1:][:120]})")
        text = ""
    key = fold(text or "")
    for snippet in gold["with"]:
        if fold(snippet) in key:
            tally.kept += 1
        else:
            tally.lost += 1
            tally.notes.append(f"{page}: lost {snippet[:70]!r}")
    for snippet in gold["without"]:
        if fold(snippet) in key:
            tally.junk += 1
            tally.notes.append(f"{page}: kept junk {snippet[:70]!r}")
        else:
            tally.removed += 1


def evaluate_pages(part: splits.Part) -> dict[str, Tally]:
    """One tally per format over the pages of `part`."""
    gold = json.loads((splits.PAGES / "gold.json").read_text(encoding="utf-8"))
    tallies = {fmt: Tally() for fmt in FORMATS}
    with tempfile.TemporaryDirectory(prefix="storydrift-pages-") as temp:
        for page in splits.page_ids(part):
            for fmt in FORMATS:
                score_page(page, gold[page], extracted(page, fmt, Path(temp)), tallies[fmt])
    return tallies


def figures(part: splits.Part) -> dict[str, float]:
    """The gated figures of `part`: F1, kept and removed for saved pages and for pasted text."""
    result: dict[str, float] = {}
    for fmt, tally in evaluate_pages(part).items():
        result |= {f"cleaning.{fmt}.f1": tally.f1, f"cleaning.{fmt}.kept": tally.recall,
                   f"cleaning.{fmt}.removed": tally.removed_share}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=splits.PARTS, default="tuning",
                        help="which part of the eval data (benchmarks/README.md); default tuning")
    parser.add_argument("--verbose", "-v", action="store_true", help="list lost text and junk")
    args = parser.parse_args()
    if not splits.PAGES.is_dir():
        print(f"Pages: {splits.PAGES} not found, skipped")
        return 0
    pages = len(splits.page_ids(args.part))
    for fmt, tally in evaluate_pages(args.part).items():
        name = {"html": "saved page (.html)", "txt": "pasted text (.txt)"}[fmt]
        print(f"{name}, {pages} pages ({args.part}): precision {tally.precision:.3f}, recall "
              f"{tally.recall:.3f}, F1 {tally.f1:.3f}; kept {tally.recall:.3f} "
              f"({tally.kept}/{tally.kept + tally.lost}), junk removed {tally.removed_share:.3f} "
              f"({tally.removed}/{tally.removed + tally.junk}); refused {tally.refused}")
        if args.verbose:
            for line in tally.notes:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
