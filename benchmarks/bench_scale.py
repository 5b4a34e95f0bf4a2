"""Scale benchmark: a wire story reprinted by N outlets, with realistic edits.

Builds stories of N articles from the seeds (and the BASIL stories when ../shared is present) by
edits that reprints really make, with a fixed random seed: sentences dropped, reordered and
reworded, numbers and names changed, junk lines added. Each N is analysed in a fresh subprocess
(load + analyse, as `storydrift analyse` does), which reports wall time and peak memory (max RSS).
A plain baseline, every sentence pair compared with difflib.SequenceMatcher, runs at the sizes
where it finishes within its time budget, and the ratio is printed.

Run by hand: python benchmarks/bench_scale.py [--sizes 5 50 200 1000]. CI runs the smallest size.
Not a test: timings on a shared machine are noisy, so nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASIL = ROOT.parent / "shared" / "eval" / "basil" / "stories"
SEED = 20211230
BASELINE_BUDGET_S = 120.0

# Word swaps that mimic an article spinner; benchmark data, not product code.
SYNONYMS = {
    "said": "stated", "told": "informed", "call": "conversation", "talks": "negotiations",
    "warned": "cautioned", "officials": "authorities", "country": "nation", "big": "large",
    "troops": "soldiers", "meeting": "session", "new": "fresh", "help": "assist",
    "president": "leader", "government": "administration", "week": "seven days",
}  # fmt: skip
JUNK = ["ADVERTISEMENT", "- Advertisement -", "548", "SHARES", "Related Articles",
        "Please enter your comment!", "Get the daily news in your inbox", "12.5 C"]  # fmt: skip


def originals() -> list[list[str]]:
    """Paragraph lists of the seed articles and, when present, the BASIL articles."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()]
    if BASIL.is_dir():
        for story in sorted(BASIL.iterdir())[:6]:
            for path in sorted(story.glob("*.md")):
                texts.append(re.sub(r"\A---.*?\n---\n", "", path.read_text("utf-8"), flags=re.S))
    return [[p.strip() for p in t.split("\n") if p.strip()] for t in texts]


def edit(paragraphs: list[str], rng: random.Random) -> list[str]:
    out = []
    for paragraph in paragraphs:
        roll = rng.random()
        if roll < 0.08:
            continue  # dropped
        if roll < 0.30:
            paragraph = " ".join(SYNONYMS.get(w, w) for w in paragraph.split(" "))
        if rng.random() < 0.10:
            paragraph = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), paragraph)
        if rng.random() < 0.05:
            paragraph = re.sub(r"\bMr\. (\w+)", "Mr. Smithson", paragraph)
        out.append(paragraph)
        if rng.random() < 0.05:
            out.append(rng.choice(JUNK))
    if len(out) > 4 and rng.random() < 0.3:
        i, j = sorted(rng.sample(range(1, len(out)), 2))
        out[i], out[j] = out[j], out[i]
    return [rng.choice(JUNK)] + out + [rng.choice(JUNK) for _ in range(rng.randint(0, 3))]


def make_story(n: int, folder: Path) -> None:
    rng = random.Random(SEED + n)
    base = originals()
    for i in range(n):
        source = base[i % len(base)] if i < len(base) else edit(rng.choice(base), rng)
        (folder / f"article_{i:04d}.txt").write_text("\n\n".join(source) + "\n", "utf-8")


def measure(folder: Path) -> dict[str, float]:
    """Load + analyse in a fresh interpreter; wall time of the analysis and peak memory."""
    code = (
        "import json, resource, sys, time\n"
        "from pathlib import Path\n"
        "from generator.pipeline import run\n"
        "start = time.perf_counter()\n"
        "stories = run(Path(sys.argv[1]))\n"
        "elapsed = time.perf_counter() - start\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': elapsed, 'mb': rss,"
        " 'sentences': sum(len(s.sentences) for st in stories for s in st.sources)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True,
                         text=True, check=True, cwd=ROOT)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def baseline(folder: Path, budget: float) -> float | None:
    """Seconds for every cross-article sentence pair with difflib, or None past the budget."""
    from generator.pipeline import load_story

    story = load_story(folder, "baseline")
    sentences = [(s.source, s.text) for source in story.sources for s in source.sentences]
    start = time.perf_counter()
    for i, (src_a, a) in enumerate(sentences):
        matcher = difflib.SequenceMatcher(None, a, autojunk=False)
        for src_b, b in sentences[i + 1 :]:
            if src_a != src_b:
                matcher.set_seq2(b)
                matcher.ratio()
        if time.perf_counter() - start > budget:
            return None
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 200, 1000])
    parser.add_argument("--baseline-budget", type=float, default=BASELINE_BUDGET_S)
    args = parser.parse_args()
    print(f"{'N':>6} {'sentences':>10} {'time s':>8} {'peak MB':>8} {'difflib s':>10} {'ratio':>7}")
    budget_left = args.baseline_budget
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            make_story(n, folder)
            result = measure(folder)
            base = baseline(folder, budget_left) if budget_left > 0 else None
            if base is None:
                budget_left = 0
            ratio = f"{base / result['seconds']:.0f}x" if base else "-"
            base_text = f"{base:.1f}" if base else "too slow"
            print(f"{n:>6} {result['sentences']:>10} {result['seconds']:>8.2f} "
                  f"{result['mb']:>8.0f} {base_text:>10} {ratio:>7}", flush=True)  # fmt: skip
    print(f"(max RSS of a fresh interpreter; python {sys.version.split()[0]}, "
          f"{resource.getpagesize()} B pages)")


if __name__ == "__main__":
    main()
