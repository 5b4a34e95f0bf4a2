"""The held-out quality gate: quote, speaker, discrepancy and cleaning figures against floors.

Run: `python benchmarks/gate.py` (as `.ci/run` does). In: the held-out part of
`../shared/eval/` (`benchmarks/splits.py`; the split is in `benchmarks/README.md`) and
`benchmarks/floors.json`. Out: each held-out figure printed beside its floor (or, for a figure
where lower is better, its ceiling), and exit status 1 when any figure is below its floor or
above its ceiling, when a floor names a figure no evaluation reports, or when the held-out files
are not the ones the floors were measured on (their sha256 digest changed: re-measure).

`--measure` prints the figures and the floors they would give without judging them; `--write`
writes those floors (the figures minus `MARGIN`, ceilings plus it) and the digest into the floors
file, and refuses to lower a floor or raise a ceiling unless `--allow-lower` is given: lowering
a floor is a reviewed change of `floors.json`, never a side effect.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import math
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import splits  # noqa: E402

FLOORS = Path(__file__).resolve().parent / "floors.json"
ABOUT = ("Floors (and ceilings, where lower is better) of the held-out figures that "
         "benchmarks/gate.py checks; the split and how they were measured: benchmarks/README.md. "
         "Lowering a floor is a reviewed change of this file.")
MARGIN = 0.02  # absolute: room for harmless drift, smaller than any change worth noticing
# Each evaluation as (module, function); all take the part. The slowest (PolNeAR) goes first so
# that the other worker runs the rest, whose stories then share one parse cache.
EVALUATIONS = (
    ("eval_quotes", "polnear_figures"),
    ("eval_quotes", "basil_figures"),
    ("eval_discrepancies", "figures"),
    ("eval_cleaning", "figures"),
    ("eval_summary", "figures"),  # every third held-out NeuS cluster (about 15 s of CPU)
)


def run_evaluation(module: str, function: str) -> tuple[dict[str, float], float]:
    """The figures of one evaluation and the CPU seconds it took."""
    start = time.process_time()
    figures = getattr(importlib.import_module(module), function)("heldout")
    return figures, time.process_time() - start


def measure(jobs: int) -> dict[str, float]:
    """Every held-out figure, the evaluations spread over `jobs` processes."""
    if jobs <= 1:
        results = [run_evaluation(module, function) for module, function in EVALUATIONS]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(run_evaluation, *zip(*EVALUATIONS, strict=True)))
    figures: dict[str, float] = {}
    for (module, function), (result, seconds) in zip(EVALUATIONS, results, strict=True):
        print(f"{module}.{function}: {seconds:.0f} s of CPU")
        figures |= result
    return figures


def judge(figures: dict[str, float], floors: dict) -> list[str]:
    """Print every figure beside its bound; return the failures."""
    failures = []
    bounds = {name: (">=", value) for name, value in floors.get("floors", {}).items()}
    bounds |= {name: ("<=", value) for name, value in floors.get("ceilings", {}).items()}
    print(f"{'figure (held-out part)':52} {'value':>7}  bound")
    for name in sorted(figures.keys() | bounds.keys()):
        value = figures.get(name)
        op, bound = bounds.get(name, ("", None))
        if value is None:
            failures.append(f"{name}: no evaluation reports it (renamed or dropped?)")
            print(f"{name:52} {'-':>7}  {op} {bound}  MISSING")
            continue
        ok = bound is None or (value >= bound if op == ">=" else value <= bound)
        verdict = "no bound" if bound is None else ("ok" if ok else "FAIL")
        print(f"{name:52} {value:7.3f}  {op} {bound if bound is not None else '':<6} {verdict}")
        if not ok:
            side = "below its floor" if op == ">=" else "above its ceiling"
            failures.append(f"{name} = {value:.3f} is {side} {bound}")
    return failures


def bounds_from(figures: dict[str, float], lower_is_better: set[str]) -> dict:
    """Floors MARGIN below the figures, ceilings MARGIN above, rounded outward to 3 places."""
    # round() first: 0.12 * 1000 is 120.00000000000001 in binary, which ceil() would make 121.
    floors = {n: max(0.0, math.floor(round((v - MARGIN) * 1000, 6)) / 1000)
              for n, v in sorted(figures.items()) if n not in lower_is_better}
    ceilings = {n: math.ceil(round((v + MARGIN) * 1000, 6)) / 1000
                for n, v in sorted(figures.items()) if n in lower_is_better}
    return {"floors": floors, "ceilings": ceilings}


def loosened(old: dict, new: dict) -> list[str]:
    """The bounds `new` makes easier to meet than `old` does."""
    lower = [f"floor {n}: {v} -> {new['floors'][n]}" for n, v in old.get("floors", {}).items()
             if n in new["floors"] and new["floors"][n] < v]
    return lower + [f"ceiling {n}: {v} -> {new['ceilings'][n]}"
                    for n, v in old.get("ceilings", {}).items()
                    if n in new["ceilings"] and new["ceilings"][n] > v]


def code_version() -> str:
    try:
        commit = subprocess.run(["git", "-C", str(harness.CODE), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(harness.CODE), "status", "--porcelain",
                                "generator"], capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "code outside git"
    return f"commit {commit}" + (" with uncommitted changes in generator/" if dirty else "")


def write_floors(figures: dict[str, float], old: dict, digest: str, allow_lower: bool) -> int:
    lower_is_better = set(old.get("ceilings", {})) | {
        n for n in figures if n.endswith(("false_alarms_per_story", "traps_flagged"))}
    new = bounds_from(figures, lower_is_better)
    easier = loosened(old, new)
    if easier and not allow_lower:
        print("refused: these bounds would get easier (use --allow-lower, and say why in the "
              "commit):\n  " + "\n  ".join(easier))
        return 1
    today = datetime.date.today().isoformat()
    record = {
        "about": old.get("about", ABOUT),
        "measured": f"{today}, {code_version()}: the held-out figures minus {MARGIN} "
                    f"(ceilings plus {MARGIN})",
        "data_digest": digest,
        **new,
    }
    FLOORS.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {FLOORS}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="print figures, judge nothing")
    parser.add_argument("--write", action="store_true", help="write floors from the figures")
    parser.add_argument("--allow-lower", action="store_true", help="let --write loosen bounds")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    args = parser.parse_args()
    if not splits.EVAL.is_dir():
        print(f"gate: the evaluation data is not at {splits.EVAL}; put ../shared/eval beside the "
              "repository or set STORYDRIFT_EVAL to its folder")
        return 2
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
    digest = splits.digest(splits.heldout_files())
    if not (args.measure or args.write) and digest != floors.get("data_digest"):
        print(f"gate: the held-out files changed (sha256 {digest[:16]}..., the floors were "
              f"measured on {str(floors.get('data_digest'))[:16]}...): data changed, re-measure "
              "with `python benchmarks/gate.py --write` and review the new floors")
        return 1
    start = time.perf_counter()
    figures = measure(args.jobs)
    print(f"held-out evaluation of {harness.CODE} in {time.perf_counter() - start:.0f} s")
    if args.write:
        return write_floors(figures, floors, digest, args.allow_lower)
    failures = judge(figures, {} if args.measure else floors)
    if failures:
        print("gate FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("gate passed" if not args.measure else f"data digest {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
