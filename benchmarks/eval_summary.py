"""The story summary against editors' neutral summaries (NeuS), beside two baselines.

Run: `python benchmarks/eval_summary.py --part tuning|heldout|all [--limit N]`. In: the NeuS
clusters of `../shared/eval/neus-val/` (three outlets on one event, each a folder of three `.md`
files) of the chosen part (`splits.neus_ids`) and the editors' summaries (`targets.json`). Each
cluster is read with `load_story` and analysed with `analyse_story`; the summary's sentences,
joined, are scored as the data's README says, and so are, in the same run and on the same
sentences (our segmenter's), the two baselines:

- `lead`: the first sentences of `a.md` while fewer than `BUDGET` words are taken;
- `centroid`: the sentences closest (cosine of counts of Porter stems, spaCy's stop words left
  out) to the word
  centroid of the three articles, best first, while fewer than `BUDGET` words are taken, shown
  in article order.

Figures: ROUGE-1/2/L F1 with stemming (`rouge-score`), the average length in words, the share of
summary sentences that open by leaning on context (a pronoun or connective the summary does not
resolve), and the loaded words a summary adds. NeuS measures that last one with the NRC-VAD
lexicon, which is not redistributable; the proxy here is AFINN (Nielsen 2011, "A new ANEW",
ratings of -5..+5; the `afinn` package), a lexicon the product does not use (it selects with
VADER), so the figure is not graded by the rule that chose the words: the summed |rating|/5 of
the words rated 2 or more either way that the summary uses and the editor's summary does not.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import splits  # noqa: E402
from nltk.stem.porter import PorterStemmer  # noqa: E402 (rouge-score's own dependency)
from rouge_score import rouge_scorer  # noqa: E402
from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402

BUDGET = 60  # words: the baselines take sentences while they have fewer than this
TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Openers that lean on the sentence before (the same test as the product's, written here so the
# figure does not depend on the code it measures).
LEANING = re.compile(
    r"^[\"“‘']?(he|she|it|they|them|his|her|its|their|this|that|these|those|but|however|and|"
    r"so|also|yet|still|meanwhile|moreover|instead|then|there)\b",
    re.I,
)
SYSTEMS = ("summary", "lead", "centroid")


STEM = PorterStemmer()


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def content_stems(text: str) -> Counter[str]:
    """The centroid baseline's bag: stems of the words that are not spaCy stop words."""
    return Counter(STEM.stem(t) for t in tokens(text) if t not in STOP_WORDS)


def word_count(text: str) -> int:
    return len(text.split())


def take(sentences: Iterable[str]) -> list[str]:
    taken: list[str] = []
    for sentence in sentences:
        if sum(map(word_count, taken)) >= BUDGET:
            break
        taken.append(sentence)
    return taken


def lead(story: harness.Story) -> str:
    first = min(story.sources, key=lambda s: s.id)
    return " ".join(take(s.text for s in first.sentences))


def cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b[k] for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def centroid(story: harness.Story) -> str:
    sentences = [s for source in story.sources for s in source.sentences]
    bags = {s.id: content_stems(s.text) for s in sentences}
    middle: Counter[str] = Counter()
    for bag in bags.values():
        middle.update(bag)
    ranked = sorted(sentences, key=lambda s: (-cosine(bags[s.id], middle), s.id))
    chosen = set(take(s.text for s in ranked))
    order = {s.text: n for n, s in enumerate(sentences)}
    return " ".join(sorted(chosen, key=order.__getitem__))


def loaded_added(text: str, reference: str, ratings: dict[str, int]) -> float:
    """Summed |rating|/5 of the strongly rated words (|rating| >= 2) that `text` uses and the
    reference does not: the proxy of NeuS's added-arousal figure."""
    own = set(reference.lower().split()) | set(tokens(reference))
    return sum(
        abs(ratings[w]) / 5 for w in tokens(text) if abs(ratings.get(w, 0)) >= 2 and w not in own
    )


def afinn_ratings() -> dict[str, int]:
    try:
        from afinn import Afinn
    except ImportError:
        return {}
    return {w: int(v) for w, v in Afinn()._dict.items() if " " not in w}


def summarise(folder: Path, story_id: str) -> dict[str, object]:
    story = harness.analyse(harness.load_story(folder, story_id))
    return {
        "summary": " ".join(s.text for s in story.summary),
        "lead": lead(story),
        "centroid": centroid(story),
        "sentences": [s.text for s in story.summary],
    }


def evaluate(ids: list[str]) -> dict[str, float]:
    targets = json.loads((splits.NEUS / "targets.json").read_text(encoding="utf-8"))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    ratings = afinn_ratings()
    totals: dict[str, float] = Counter()
    leaning = sentences = 0
    for story_id in ids:
        out = summarise(splits.NEUS / "stories" / story_id, story_id)
        reference = targets[story_id]
        for system in SYSTEMS:
            text = str(out[system])
            scores = scorer.score(reference, text)
            for key, name in (("rouge1", "r1"), ("rouge2", "r2"), ("rougeL", "rl")):
                totals[f"{system}.{name}"] += scores[key].fmeasure
            totals[f"{system}.words"] += word_count(text)
            totals[f"{system}.loaded"] += loaded_added(text, reference, ratings)
            totals[f"{system}.empty"] += not text.strip()
        for sentence in out["sentences"]:  # type: ignore[union-attr]
            sentences += 1
            leaning += bool(LEANING.match(sentence))
    n = max(len(ids), 1)
    figures = {name: value / n for name, value in totals.items()}
    figures["summary.leaning"] = harness.ratio(leaning, sentences)
    if not ratings:
        for system in SYSTEMS:
            figures.pop(f"{system}.loaded", None)
    return figures


def figures(part: str) -> dict[str, float]:
    """The gate's figures: every `NEUS_GATE_STEP`-th cluster of the part (a fixed subset that
    keeps the gate's CPU time small), ROUGE as a share (0..1)."""
    ids = splits.neus_ids(splits.check_part(part))[:: splits.NEUS_GATE_STEP]
    raw = evaluate(ids)
    out = {}
    for name in ("r1", "r2", "rl"):
        out[f"summary.neus.rouge_{name}"] = raw[f"summary.{name}"]
        out[f"summary.neus.rouge_{name}_over_centroid"] = raw[f"summary.{name}"] - raw[
            f"centroid.{name}"]
    out["summary.neus.words_per_100"] = raw["summary.words"] / 100
    out["summary.neus.leaning_sentences"] = raw["summary.leaning"]
    if "summary.loaded" in raw:  # the goal: fewer loaded words added than the lead baseline
        out["summary.neus.loaded_over_lead"] = raw["summary.loaded"] - raw["lead.loaded"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="tuning", choices=splits.PARTS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N clusters")
    parser.add_argument("--step", type=int, default=1, help="every N-th cluster (the gate: 3)")
    args = parser.parse_args()
    ids = splits.neus_ids(args.part)[:: args.step]
    ids = ids[: args.limit] if args.limit else ids
    start = time.process_time()
    result = evaluate(ids)
    print(f"NeuS {args.part}: {len(ids)} clusters, {time.process_time() - start:.0f} s of CPU")
    print(f"{'system':10} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'words':>6} {'loaded':>7} {'empty':>6}")
    for system in SYSTEMS:
        row = [100 * result[f"{system}.{k}"] for k in ("r1", "r2", "rl")]
        loaded = result.get(f"{system}.loaded")
        print(f"{system:10} {row[0]:6.1f} {row[1]:6.1f} {row[2]:6.1f} "
              f"{result[f'{system}.words']:6.1f} "
              f"{'n/a' if loaded is None else f'{loaded:.2f}':>7} {result[f'{system}.empty']:6.2f}")
    print(f"summary sentences leaning on context: {100 * result['summary.leaning']:.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
