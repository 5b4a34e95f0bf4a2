"""Scale benchmark: a wire story reprinted by N outlets, with realistic edits.

Builds stories of N articles from the seeds (and the BASIL stories when ../shared is present) by
edits that reprints really make, with a fixed random seed. Most articles are reprints: paragraphs
dropped, sentences reordered, words swapped by a spinner, numbers and names changed, junk lines
added. Some are heavier rewrites (every sentence spun and trimmed) and some are mash-ups of two
articles on one story, so that the story holds families of copies and texts that are not copies.

Each N is analysed in a fresh subprocess (load + every analysis, as `storydrift analyse` does,
then the render stage), which reports the time of each stage and the peak memory (max RSS). A
plain baseline, every cross-article sentence pair compared with difflib.SequenceMatcher, runs
within a time budget per size (extrapolated from the pairs done when it does not finish), and
its ratio to the whole analysis is printed. `--build` also runs `storydrift build` on each
story and reports the site's pages.

Run by hand: python benchmarks/bench_scale.py [--sizes 5 50 200 1000] [--build] [--stages].
CI runs the smallest size. Not a test: timings on a shared machine are noisy, so nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from yardstick import REFERENCE_SECONDS, yardstick  # noqa: E402

BASIL = ROOT.parent / "shared" / "eval" / "basil" / "stories"
SEED = 20211230
BASELINE_BUDGET_S = 60.0  # per size; past it the baseline is extrapolated
BASIL_STORIES = 6  # BASIL stories mixed in as further originals (3 outlets each)
REWRITES = 0.10  # share of generated articles that are heavy rewrites
MASHUPS = 0.05  # share that interleave two articles on the same story

# Word swaps that mimic an article spinner; benchmark data, not product code.
SYNONYMS = {
    "said": "stated",
    "told": "informed",
    "call": "conversation",
    "talks": "negotiations",
    "warned": "cautioned",
    "officials": "authorities",
    "country": "nation",
    "big": "large",
    "troops": "soldiers",
    "meeting": "session",
    "new": "fresh",
    "help": "assist",
    "president": "leader",
    "government": "administration",
    "week": "seven days",
    "would": "will",
    "people": "individuals",
    "also": "additionally",
    "after": "following",
    "before": "prior to",
    "because": "since",
    "but": "however",
    "about": "regarding",
    "many": "numerous",
    "important": "significant",
    "show": "demonstrate",
    "use": "utilise",
}
JUNK = [
    "ADVERTISEMENT",
    "- Advertisement -",
    "548",
    "SHARES",
    "Related Articles",
    "Please enter your comment!",
    "Get the daily news in your inbox",
    "12.5 C",
]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def originals() -> list[tuple[str, list[str]]]:
    """(story, paragraphs) of the seed articles and, when present, some BASIL articles."""
    texts = [
        ("seeds", p.read_text("utf-8")) for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()
    ]
    if BASIL.is_dir():
        for story in sorted(BASIL.iterdir())[:BASIL_STORIES]:
            for path in sorted(story.glob("*.md")):
                body = re.sub(r"\A---.*?\n---\n", "", path.read_text("utf-8"), flags=re.S)
                texts.append((story.name, body))
    return [(story, [p.strip() for p in t.split("\n") if p.strip()]) for story, t in texts]


def spin(paragraph: str) -> str:
    return " ".join(SYNONYMS.get(w, w) for w in paragraph.split(" "))


def reprint(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A light edit: what a site that reprints wire copy does to it."""
    out = []
    for paragraph in paragraphs:
        roll = rng.random()
        if roll < 0.08:
            continue  # dropped
        if roll < 0.30:
            paragraph = spin(paragraph)
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


def rewrite(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A heavy edit: every sentence spun, a third of them dropped, the rest trimmed and
    rearranged."""
    out = []
    for paragraph in paragraphs:
        sentences = []
        for sentence in SENTENCE_END.split(spin(paragraph)):
            if rng.random() < 0.33:
                continue
            words = sentence.split(" ")
            if len(words) > 8:  # cut a clause from the middle, move a phrase
                start = rng.randint(2, len(words) - 5)
                del words[start : start + rng.randint(2, 4)]
                k = rng.randint(1, len(words) - 3)
                words[k : k + 2] = words[k : k + 2][::-1]
            sentences.append(" ".join(words))
        if sentences:
            out.append(" ".join(sentences))
    return out or paragraphs[:1]


def mashup(first: list[str], second: list[str], rng: random.Random) -> list[str]:
    """Paragraphs taken in turn from two articles on one story (an aggregator's write-up)."""
    out = []
    for k in range(max(len(first), len(second))):
        source = first if k % 2 == 0 else second
        if k < len(source) and rng.random() < 0.8:
            out.append(source[k])
    return out


def make_story(n: int, folder: Path) -> None:
    rng = random.Random(SEED + n)
    base = originals()
    for i in range(n):
        if i < len(base):
            paragraphs = base[i][1]
        else:
            story, paragraphs = rng.choice(base)
            roll = rng.random()
            if roll < REWRITES:
                paragraphs = rewrite(paragraphs, rng)
            elif roll < REWRITES + MASHUPS:
                others = [p for s, p in base if s == story and p is not paragraphs]
                if others:
                    paragraphs = mashup(paragraphs, rng.choice(others), rng)
                paragraphs = reprint(paragraphs, rng)
            else:
                paragraphs = reprint(paragraphs, rng)
        (folder / f"article_{i:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", "utf-8")


MEASURE = """
import json, resource, sys, time
from pathlib import Path
from generator import pipeline
from generator.render import render_site
from generator.settings import DEFAULT
result = {"stages": {}}
start = time.perf_counter()
story = pipeline.load_story(Path(sys.argv[1]), "bench")
result["stages"]["load"] = time.perf_counter() - start
for stage in pipeline.STAGES:
    begin = time.perf_counter()
    story = stage.run(story, DEFAULT)
    result["stages"][stage.name] = time.perf_counter() - begin
result["seconds"] = time.perf_counter() - start
result["mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
begin = time.perf_counter()
files = render_site([story])
result["render"] = time.perf_counter() - begin
result["render_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
result["sentences"] = sum(len(s.sentences) for s in story.sources)
result["families"] = len(story.families)
result["claims"] = len(story.claims)
print(json.dumps(result))
"""


def measure(folder: Path) -> dict:
    """Load + analyse + render in a fresh interpreter: stage times and peak memory."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def build_site(folder: Path, site: Path) -> dict:
    """`storydrift build` in a fresh interpreter: wall time, pages, largest page."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "build", str(folder), "--site-dir", str(site)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - start
    pages = sorted(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return {
        "seconds": seconds,
        "pages": len(pages),
        "total_mb": total / 1e6,
        "largest": f"{pages[-1].relative_to(site)} {pages[-1].stat().st_size / 1e6:.1f} MB",
    }


def baseline(folder: Path, budget: float) -> tuple[float, bool]:
    """Seconds for every cross-article sentence pair with difflib, and whether it finished.

    Past the budget it stops and extrapolates from the pairs done (every pair costs about the
    same), so that the ratio can still be printed, marked as an estimate.
    """
    from generator.pipeline import load_story

    story = load_story(folder, "baseline")
    sentences = [(s.source, s.text) for source in story.sources for s in source.sentences]
    per_source: dict[str, int] = {}
    for source_id, _ in sentences:
        per_source[source_id] = per_source.get(source_id, 0) + 1
    total = (len(sentences) ** 2 - sum(n * n for n in per_source.values())) // 2
    done = 0
    start = time.perf_counter()
    for i, (src_a, a) in enumerate(sentences):
        matcher = difflib.SequenceMatcher(None, a, autojunk=False)
        for src_b, b in sentences[i + 1 :]:
            if src_a != src_b:
                matcher.set_seq2(b)
                matcher.ratio()
                done += 1
        elapsed = time.perf_counter() - start
        if elapsed > budget and done < total:
            return elapsed * total / max(done, 1), False
    return time.perf_counter() - start, True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 200, 1000])
    parser.add_argument("--baseline-budget", type=float, default=BASELINE_BUDGET_S)
    parser.add_argument("--stages", action="store_true", help="print the time of every stage")
    parser.add_argument("--build", action="store_true", help="also build the site of each N")
    args = parser.parse_args()
    unit = yardstick()
    print(f"yardstick {unit:.2f} s (the reference machine: {REFERENCE_SECONDS} s)")
    print(
        f"{'N':>6} {'sentences':>9} {'families':>8} {'claims':>6} {'analyse s':>9} "
        f"{'ystk':>5} {'peak MB':>7} {'render s':>8} {'difflib s':>9} {'ratio':>7}"
    )
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            make_story(n, folder)
            result = measure(folder)
            base, finished = baseline(folder, args.baseline_budget)
            mark = "" if finished else "~"
            ratio = f"{mark}{base / result['seconds']:.0f}x"
            base_text = f"{mark}{base:.0f}" if base >= 10 else f"{base:.1f}"
            print(
                f"{n:>6} {result['sentences']:>9} {result['families']:>8} "
                f"{result['claims']:>6} {result['seconds']:>9.2f} "
                f"{result['seconds'] / unit:>5.1f} {result['mb']:>7.0f} "
                f"{result['render']:>8.2f} {base_text:>9} {ratio:>7}",
                flush=True,
            )
            if args.stages:
                print(
                    "       "
                    + " · ".join(
                        f"{name} {seconds:.2f}" for name, seconds in result["stages"].items()
                    )
                )
            if args.build:
                site = build_site(folder, Path(tmp) / "site")
                print(
                    f"       build {site['seconds']:.1f} s, {site['pages']} pages, "
                    f"{site['total_mb']:.0f} MB in all, largest {site['largest']}",
                    flush=True,
                )
    unit = min(unit, yardstick())
    print(f"yardstick after the runs {unit:.2f} s; ystk = analyse in yardsticks (the smaller)")
    print(
        f"(analyse = load + every analysis stage; peak MB = max RSS of a fresh interpreter "
        f"after the analysis; ratio = difflib baseline / analyse, ~ = the baseline stopped "
        f"after {args.baseline_budget:.0f} s and was extrapolated; python "
        f"{sys.version.split()[0]})"
    )


if __name__ == "__main__":
    main()
