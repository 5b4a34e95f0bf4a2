"""Discrepancies against the hand annotation of the seeds: precision, recall, false alarms.

Run: `python benchmarks/eval_discrepancies.py [--verbose]`. Analyses the seeds and compares
`story.discrepancies` with `tests/data/seed_discrepancies.json`. A predicted discrepancy matches
a gold one when its evidence sentences touch at least two of the gold entry's values (so a
discrepancy that shows only one side does not count). Matches with "optional" gold entries count
neither way. Precision = matched / (predicted - optional matches); recall = matched / required
gold. It also lists any high-severity discrepancy resting only on sentences the annotation marks
as agreeing ("50 minutes" vs "nearly an hour"), which must not happen, and, when
`../shared/eval/basil` is present, how many discrepancies each BASIL story gets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.model import Discrepancy, Story  # noqa: E402
from generator.pipeline import analyse_story, load_story  # noqa: E402

GOLD = ROOT / "tests" / "data" / "seed_discrepancies.json"
BASIL = ROOT.parent / "shared" / "eval" / "basil" / "stories"


def evidence_ids(d: Discrepancy) -> set[str]:
    return {e.sentence_id for v in d.values for e in v.evidence}


def matches(d: Discrepancy, gold: dict) -> bool:
    found = evidence_ids(d)
    touched = sum(1 for v in gold["values"] if found & set(v["sentences"]))
    return touched >= 2


def score(story: Story, gold: dict, verbose: bool = False) -> dict[str, float]:
    entries = gold["discrepancies"]
    required = [g for g in entries if not g.get("optional")]
    hit_gold: set[str] = set()
    tp = optional = fp = 0
    for d in story.discrepancies:
        matched = [g for g in entries if matches(d, g)]
        if any(not g.get("optional") for g in matched):
            tp += 1
            hit_gold.update(g["id"] for g in matched if not g.get("optional"))
            tag = "TP  " + ",".join(g["id"] for g in matched)
        elif matched:
            optional += 1
            tag = "OPT " + ",".join(g["id"] for g in matched)
        else:
            fp += 1
            tag = "FP  "
        if verbose:
            print(f"  {tag:10} {d.id:4} {d.severity:6} {d.kind:10} {d.title[:90]}")
    alarms = [
        d for d in story.discrepancies
        if d.severity == "high"
        and any(evidence_ids(d) <= set(a["sentences"]) for a in gold.get("agreements", []))
    ]
    missed = [g["id"] + " " + g["note"] for g in required if g["id"] not in hit_gold]
    if verbose:
        for line in missed:
            print("  MISSED", line)
        for d in alarms:
            print("  FALSE ALARM ON AN AGREEMENT", d.id, d.title)
    predicted = tp + fp
    return {
        "predicted": len(story.discrepancies),
        "tp": tp, "fp": fp, "optional": optional,
        "precision": tp / predicted if predicted else 1.0,
        "recall": len(hit_gold) / len(required) if required else 1.0,
        "high_on_agreement": len(alarms),
    }


def basil_counts() -> None:
    if not BASIL.is_dir():
        print("BASIL: ../shared/eval/basil not found, skipped")
        return
    total: Counter[str] = Counter()
    for folder in sorted(p for p in BASIL.iterdir() if p.is_dir()):
        story = analyse_story(load_story(folder, folder.name))
        counts = Counter(d.severity for d in story.discrepancies)
        kinds = Counter(d.kind for d in story.discrepancies)
        total.update(counts)
        print(f"  {folder.name}: {len(story.discrepancies):2} "
              f"(high {counts['high']}, medium {counts['medium']}, low {counts['low']}) "
              + " ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    print(f"BASIL total: high {total['high']}, medium {total['medium']}, low {total['low']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-basil", action="store_true")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    start = time.perf_counter()
    story = analyse_story(load_story(ROOT / "seeds", "seeds"))
    elapsed = time.perf_counter() - start
    print(f"Seeds ({elapsed * 1000:.0f} ms for the whole analysis):")
    result = score(story, gold, args.verbose)
    print(f"  predicted {result['predicted']}: {result['tp']} true, {result['fp']} false, "
          f"{result['optional']} optional")
    print(f"  precision {result['precision']:.2f}  recall {result['recall']:.2f}  "
          f"high severity on an agreement: {result['high_on_agreement']}")
    if not args.no_basil:
        basil_counts()


if __name__ == "__main__":
    main()
