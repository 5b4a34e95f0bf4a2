"""Discrepancies against hand annotations: the seeds, and contradictions between real outlets.

Run: `python benchmarks/eval_discrepancies.py [--part tuning|heldout|all] [--verbose] [--basil]`.

Seeds: `story.discrepancies` against `tests/data/seed_discrepancies.json`. A predicted
discrepancy matches a gold one when its evidence sentences touch at least two of the gold entry's
values (a discrepancy that shows only one side does not count). Matches with "optional" gold
entries count neither way. Precision = matched / (predicted - optional matches); recall = matched
/ required gold; and any high-severity discrepancy resting only on sentences the annotation marks
as agreeing ("50 minutes" vs "nearly an hour"), which must not happen.

Contradictions (`../shared/eval/contradictions/`, the chosen part, `benchmarks/splits.py`): each
side's snippet is looked up in the sentences of the sources that state it. A contradiction is
found when one discrepancy's evidence covers both sides' sentences; a false alarm is a high or
medium discrepancy that matches no contradiction (reported per story); a trap is flagged when a
high or medium discrepancy's evidence covers two of its snippets. With `--basil`, how many
discrepancies each BASIL story of the part gets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import splits  # noqa: E402
from harness import fold  # noqa: E402

from generator.model import Discrepancy, Story  # noqa: E402

ROOT = harness.ROOT
GOLD = ROOT / "tests" / "data" / "seed_discrepancies.json"
SERIOUS = ("high", "medium")  # the severities a reader acts on: a false one is a false alarm
FOUND = 90  # partial_ratio of a snippet against a sentence to locate it when not contained


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
            print(f"  {tag:10} {d.id:4} {harness.name(d.severity):6} {harness.name(d.kind):10} "
                  f"{d.title[:90]}")
    alarms = [
        d for d in story.discrepancies
        if harness.name(d.severity) == "high"
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


def evaluate_seeds() -> Story:
    return harness.analyse(harness.load_story(ROOT / "seeds", "seeds"))


@dataclass
class Tally:
    """Contradiction figures summed over stories."""

    stories: int = 0
    contradictions: int = 0
    found: int = 0
    false_alarms: int = 0
    traps: int = 0
    traps_flagged: int = 0
    traps_high: int = 0  # traps a high-severity discrepancy covers: must stay 0
    serious: int = 0  # high or medium discrepancies listed
    serious_true: int = 0  # of which match an annotated contradiction
    gold_serious: int = 0  # annotated contradictions of high or medium importance
    gold_serious_listed: int = 0  # of which a high or medium discrepancy covers
    low: int = 0  # low entries listed (updates and approximate agreement included)
    snippets_lost: int = 0  # gold snippets not in any sentence: the cleaner dropped their text
    notes: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        found = {
            "discrepancies.contradictions.recall": harness.ratio(self.found, self.contradictions),
            "discrepancies.contradictions.false_alarms_per_story":
                harness.ratio(self.false_alarms, self.stories),
            "discrepancies.contradictions.traps_flagged":
                harness.ratio(self.traps_flagged, self.traps),
            "discrepancies.contradictions.serious_precision":
                harness.ratio(self.serious_true, self.serious) if self.serious else 1.0,
            "discrepancies.contradictions.traps_flagged_high":
                harness.ratio(self.traps_high, self.traps),
        }
        if self.gold_serious:  # issue 16's "high- and medium-importance ones listed as such"
            found["discrepancies.contradictions.serious_listed_serious"] = harness.ratio(
                self.gold_serious_listed, self.gold_serious)
        return found


def locate(story: Story, source: str, snippet: str) -> set[str]:
    """The ids of the sentences of `source` that hold `snippet` (two when it spans a boundary)."""
    sentences = [s for src in story.sources if src.id == source for s in src.sentences]
    key = fold(snippet).strip(" ,.")
    texts = [fold(s.text) for s in sentences]
    found = {s.id for s, text in zip(sentences, texts, strict=True) if key in text}
    if found:
        return found
    for i in range(len(sentences) - 1):
        if key in f"{texts[i]} {texts[i + 1]}":
            return {sentences[i].id, sentences[i + 1].id}
    scores = [fuzz.partial_ratio(key, text) for text in texts]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    if best is not None and scores[best] >= FOUND:
        return {sentences[best].id}
    return set()


def covers(d: Discrepancy, sides: list[set[str]]) -> bool:
    """The discrepancy's evidence touches every side (at least two sides when there are more)."""
    found = evidence_ids(d)
    touched = sum(1 for side in sides if found & side)
    return touched >= min(2, len(sides))


def score_contradictions(story: Story, gold: dict, tally: Tally) -> None:
    serious = [d for d in story.discrepancies if harness.name(d.severity) in SERIOUS]
    matched: set[str] = set()
    for item in gold["contradictions"]:
        sides = [set().union(*(locate(story, src, side["snippet"]) for src in side["sources"]))
                 for side in item["sides"]]
        tally.snippets_lost += sum(1 for side in sides if not side)
        hits = [d for d in story.discrepancies if covers(d, sides)]
        matched |= {d.id for d in hits}
        tally.contradictions += 1
        tally.found += bool(hits)
        if item["importance"] in SERIOUS:
            tally.gold_serious += 1
            tally.gold_serious_listed += any(harness.name(d.severity) in SERIOUS for d in hits)
        if not hits:
            tally.notes.append(f"{story.id} {item['id']}: missed ({item['kind']}, "
                               f"{item['importance']}): {item['about']}")
    tally.serious += len(serious)
    tally.serious_true += sum(1 for d in serious if d.id in matched)
    tally.low += len(story.discrepancies) - len(serious)
    for d in serious:
        if d.id not in matched:
            tally.false_alarms += 1
            tally.notes.append(f"{story.id} {d.id}: false alarm ({harness.name(d.severity)}, "
                               f"{harness.name(d.kind)}): {d.title[:90]}")
    for trap in gold["traps"]:
        sides = [found for s in trap["snippets"] if (found := locate(story, s["source"],
                                                                     s["snippet"]))]
        tally.traps += 1
        if len(sides) >= 2 and any(covers(d, sides) for d in serious):
            tally.traps_flagged += 1
            tally.traps_high += any(covers(d, sides) for d in serious
                                    if harness.name(d.severity) == "high")
            tally.notes.append(f"{story.id}: trap flagged ({trap['why']}): {trap['about'][:90]}")
    tally.stories += 1


def evaluate_contradictions(part: splits.Part) -> Tally:
    tally = Tally()
    for gold_file in splits.contradiction_files(part):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        folder = splits.BASIL / "stories" / gold["story"]
        score_contradictions(harness.analyse(harness.load_story(folder, gold["story"])), gold,
                             tally)
    return tally


def figures(part: splits.Part) -> dict[str, float]:
    """The gated figures of `part`: contradictions found, false alarms, traps flagged."""
    return evaluate_contradictions(part).figures()


def basil_counts(part: splits.Part) -> None:
    total: Counter[str] = Counter()
    for folder in splits.basil_stories(part):
        story = harness.analyse(harness.load_story(folder, folder.name))
        counts = Counter(harness.name(d.severity) for d in story.discrepancies)
        kinds = Counter(harness.name(d.kind) for d in story.discrepancies)
        total.update(counts)
        print(f"  {folder.name}: {len(story.discrepancies):2} "
              f"(high {counts['high']}, medium {counts['medium']}, low {counts['low']}) "
              + " ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    print(f"BASIL total: high {total['high']}, medium {total['medium']}, low {total['low']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=splits.PARTS, default="tuning",
                        help="which part of the eval data (benchmarks/README.md); default tuning")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--basil", action="store_true", help="count each BASIL story's entries")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    start = time.perf_counter()
    story = evaluate_seeds()
    elapsed = time.perf_counter() - start
    print(f"Seeds ({elapsed * 1000:.0f} ms for the whole analysis):")
    result = score(story, gold, args.verbose)
    print(f"  predicted {result['predicted']}: {result['tp']} true, {result['fp']} false, "
          f"{result['optional']} optional")
    print(f"  precision {result['precision']:.2f}  recall {result['recall']:.2f}  "
          f"high severity on an agreement: {result['high_on_agreement']}")
    if not splits.CONTRADICTIONS.is_dir():
        print(f"Contradictions: {splits.CONTRADICTIONS} not found, skipped")
        return
    tally = evaluate_contradictions(args.part)
    print(f"Contradictions ({args.part}, {tally.stories} stories): found {tally.found}/"
          f"{tally.contradictions}, false alarms (high or medium) {tally.false_alarms} "
          f"({harness.ratio(tally.false_alarms, tally.stories):.2f} per story), traps flagged "
          f"{tally.traps_flagged}/{tally.traps} ({tally.traps_high} high); precision of the high "
          f"and medium entries {tally.serious_true}/{tally.serious}; high and medium "
          f"contradictions listed as high or medium {tally.gold_serious_listed}/"
          f"{tally.gold_serious}; low entries "
          f"{tally.low} ({harness.ratio(tally.low, tally.stories):.2f} per story); gold snippets "
          f"not found in any sentence: {tally.snippets_lost}")
    if args.verbose:
        for line in tally.notes:
            print("  " + line)
    if args.basil:
        basil_counts(args.part)


if __name__ == "__main__":
    main()
