"""Fit the summary's ranker on the NeuS tuning half; print its weights and the tuning figures.

Run: `python benchmarks/fit_summary.py [--limit N] [--cache FILE]`. Reads ONLY the tuning part of
`../shared/eval/neus-val/` (`splits.neus_ids("tuning")`): the held-out part is never opened here.

1. Each cluster is analysed up to the story stage (every stage before it, through
   `pipeline.STAGES`); `--cache` keeps those analyses in a pickle between runs (delete it when
   the code before the story stage changes).
2. Every candidate statement the product considers (`story.summary.candidates`, each of a
   statement's competing wordings too) gives its measurements (`story.rank.FEATURES`) and a
   target: the ROUGE F1 of its shown (trimmed) wording against the editors' roundup, for
   several ROUGE variants (`TARGETS`).
3. For each target, weights by least squares with a small ridge, on measurements and targets
   centred within each cluster (only the order inside one story matters), columns scaled to unit
   variance and the weights scaled back.
4. Each set of weights is put into `StorySettings` (`rank_*`) and the product's own
   `choose_summary` is run on every tuning cluster, for each summary length in `--words`; the
   summaries are scored as `eval_summary.py` scores them, beside its `lead` and `centroid`
   baselines. A two-fold check (fit on one half of the tuning clusters, score on the other)
   shows whether a fit holds on clusters it did not see.
5. The best set (mean of ROUGE-1/2/L on the tuning half) is printed as settings lines to paste
   into `generator/settings/story.py`. The weights are scaled so the largest is 1, the scale
   `summary_min_score` and `summary_confirmed_relief` are set on; `rank_clearest`, like `rank_loaded`, is not fit.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_summary  # noqa: E402
import harness  # noqa: E402
import splits  # noqa: E402
from rouge_score import rouge_scorer  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.settings import DEFAULT  # noqa: E402
from generator.settings.story import StorySettings  # noqa: E402
from generator.story.rank import FEATURES, NOT_FIT  # noqa: E402
from generator.story.summary import candidates, choose_summary, shown  # noqa: E402
from generator.story.support import find_support  # noqa: E402

TARGETS = ("rouge1", "rouge2", "rougeL", "mean", "oracle")
# `rank.NOT_FIT` (loaded words): weights the neutrality goal sets; they stay as
# `StorySettings` declares them, and the others are fit.
FIXED = NOT_FIT
RIDGE = 1.0  # on unit-variance columns: keeps weakly measured weights near zero
RATINGS = eval_summary.afinn_ratings()
SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
Cluster = tuple[str, harness.Story, str]  # id, story analysed up to the story stage, reference


def analysed(ids: list[str], cache: Path | None) -> list[Cluster]:
    if cache and cache.exists():
        stored: list[Cluster] = pickle.loads(cache.read_bytes())
        if [c[0] for c in stored] == ids:
            return stored
    targets = json.loads((splits.NEUS / "targets.json").read_text(encoding="utf-8"))
    before = [s for s in pipeline.STAGES if "summary" not in s.sets]
    clusters = []
    for story_id in ids:
        story = harness.load_story(splits.NEUS / "stories" / story_id, story_id)
        for stage in before:
            story = stage.run(story, DEFAULT)
        clusters.append((story_id, story, targets[story_id]))
    if cache:
        cache.write_bytes(pickle.dumps(clusters))
    return clusters


def measurements(clusters: list[Cluster], settings: StorySettings
                 ) -> list[tuple[np.ndarray, dict[str, np.ndarray]]]:
    """Per cluster: the candidates' measurements and each target."""
    out = []
    for _, story, reference in clusters:
        found = candidates(story, find_support(story, settings), settings)
        if not found:
            continue
        rows = np.array([c.features for c in found], dtype=float)
        scores = [SCORER.score(reference, shown(c.best.text, settings)) for c in found]
        target = {name: np.array([s[name].fmeasure for s in scores])
                  for name in ("rouge1", "rouge2", "rougeL")}
        target["mean"] = (target["rouge1"] + target["rouge2"] + target["rougeL"]) / 3
        target["oracle"] = oracle([shown(c.best.text, settings) for c in found], reference,
                                  settings.summary_words * settings.budget_slack)
        out.append((rows, target))
    return out


def mean_rouge(reference: str, text: str) -> float:
    result = SCORER.score(reference, text)
    return sum(result[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")) / 3


def oracle(texts: list[str], reference: str, budget: float) -> np.ndarray:
    """1 for the sentences a greedy selection that knows the reference takes (each raising the
    summary's mean ROUGE the most, within the length), 0 for the others."""
    chosen: list[int] = []
    value = 0.0
    while True:
        length = sum(len(texts[i].split()) for i in chosen)
        gains = [(mean_rouge(reference, " ".join([*(texts[j] for j in chosen), t])), i)
                 for i, t in enumerate(texts)
                 if i not in chosen and length + len(t.split()) <= budget]
        if not gains or max(gains)[0] <= value:
            break
        value, best = max(gains)
        chosen.append(best)
    return np.array([float(i in chosen) for i in range(len(texts))])


def fit(data: list[tuple[np.ndarray, dict[str, np.ndarray]]], target: str) -> np.ndarray:
    """Ridge least squares on within-cluster centred data; weights on the raw scale (0 for the
    `FIXED` measurements)."""
    free = np.array([name not in FIXED for name in FEATURES])
    x = np.vstack([(rows - rows.mean(axis=0))[:, free] for rows, _ in data])
    y = np.concatenate([t[target] - t[target].mean() for _, t in data])
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = x / scale
    w = np.linalg.solve(z.T @ z + RIDGE * np.eye(z.shape[1]), z.T @ y)
    weights = np.zeros(len(FEATURES))
    weights[free] = w / scale
    return weights


def with_weights(settings: StorySettings, weights: np.ndarray, words: int,
                 confirmed_first: bool) -> StorySettings:
    # Scaled so the largest weight is 1: the product's scores stay readable numbers.
    top = float(np.abs(weights).max()) or 1.0
    named = {f"rank_{n}": round(float(w) / top, 3)
             for n, w in zip(FEATURES, weights, strict=True) if n not in FIXED}
    return replace(settings, summary_words=words, confirmed_first=confirmed_first, **named)


def score(clusters: list[Cluster], settings: StorySettings) -> dict[str, float]:
    """ROUGE-1/2/L (as %), words and loaded words added (`eval_summary.loaded_added`) of the
    product's summaries and of the two baselines."""
    totals: dict[str, float] = {}
    for _, story, reference in clusters:
        texts = {
            "summary": " ".join(s.text for s in choose_summary(story, settings)),
            "lead": eval_summary.lead(story),
            "centroid": eval_summary.centroid(story),
        }
        for system, text in texts.items():
            result = SCORER.score(reference, text)
            for key in ("rouge1", "rouge2", "rougeL"):
                totals[f"{system}.{key}"] = totals.get(f"{system}.{key}", 0.0) + 100 * result[
                    key].fmeasure
            totals[f"{system}.words"] = totals.get(f"{system}.words", 0.0) + len(text.split())
            totals[f"{system}.loaded"] = totals.get(f"{system}.loaded", 0.0) + (
                eval_summary.loaded_added(text, reference, RATINGS))
    return {k: v / max(len(clusters), 1) for k, v in totals.items()}


def row(label: str, figures: dict[str, float], system: str = "summary") -> str:
    r = [figures[f"{system}.{k}"] for k in ("rouge1", "rouge2", "rougeL")]
    return (f"{label:28} {r[0]:5.1f} {r[1]:5.1f} {r[2]:5.1f}  mean {sum(r) / 3:5.2f}  "
            f"{figures[f'{system}.words']:5.1f} words, loaded {figures[f'{system}.loaded']:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N tuning clusters")
    parser.add_argument("--cache", type=Path, help="pickle of the analysed clusters")
    parser.add_argument("--targets", default=",".join(TARGETS), help="targets to fit")
    parser.add_argument("--words", default=str(DEFAULT.story.summary_words),
                        help="summary lengths to try, e.g. 58,62,66 (default: the setting's)")
    args = parser.parse_args()
    ids = splits.neus_ids("tuning")
    ids = ids[: args.limit] if args.limit else ids
    clusters = analysed(ids, args.cache)
    base = DEFAULT.story
    data = measurements(clusters, base)
    current = score(clusters, base)
    print(f"NeuS tuning: {len(clusters)} clusters, {sum(len(r) for r, _ in data)} candidates")
    for system in ("lead", "centroid", "summary"):
        print(row(f"{system} (settings as they are)", current, system))
    halves = (clusters[::2], clusters[1::2])
    best: tuple[float, str, StorySettings] | None = None
    for target in args.targets.split(","):
        weights = fit(data, target)
        for words, first in product((int(w) for w in args.words.split(",")), (True, False)):
            settings = with_weights(base, weights, words, first)
            figures = score(clusters, settings)
            mean = sum(figures[f"summary.{k}"] for k in ("rouge1", "rouge2", "rougeL")) / 3
            print(row(f"{target}, {words} w{', confirmed 1st' if first else ''}", figures))
            if best is None or mean > best[0]:
                best = (mean, target, settings)
    assert best is not None
    _, target, settings = best
    print(f"\nbest: target {target}, summary_words {settings.summary_words}, "
          f"confirmed_first {settings.confirmed_first}")
    print("\nweights (paste into generator/settings/story.py):")
    for name in (n for n in FEATURES if n not in FIXED):
        print(f"    rank_{name}: float = threshold({getattr(settings, f'rank_{name}')}, FIT)")
    print(flush=True)
    for n, (fit_part, check_part) in enumerate((halves, halves[::-1])):
        weights = fit(measurements(fit_part, base), target)
        check = score(check_part, with_weights(base, weights, settings.summary_words,
                                               settings.confirmed_first))
        print(row(f"two-fold: fit half {n}, check", check))
        print(row("  centroid on that half", check, "centroid"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
