"""The example story end to end, as a user runs it: a fresh interpreter, spaCy's model loaded.

Run: `python benchmarks/bench_seeds.py [--runs 5]`. Times `python -m generator analyse seeds
--json OUT` (import, model load, every stage, the JSON) in fresh processes and prints the
minimum and the median beside the yardstick timed in the same run, and the time scaled to the
reference machine (yardstick 0.7 s). Target (issue 14): about one second there.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from yardstick import on_reference, yardstick  # noqa: E402


def run_once(out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "analyse", str(ROOT / "seeds"), "--json", str(out)],
        check=True, cwd=out.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    unit = yardstick()
    with tempfile.TemporaryDirectory() as tmp:
        times = [run_once(Path(tmp) / "report.json") for _ in range(args.runs)]
    unit = min(unit, yardstick())
    best, median = min(times), statistics.median(times)
    print(f"seeds end to end: min {best:.2f} s, median {median:.2f} s over {args.runs} runs")
    print(f"yardstick {unit:.2f} s -> min {best / unit:.2f} yardsticks "
          f"= {on_reference(best, unit):.2f} s on the reference machine (target about 1 s)")


if __name__ == "__main__":
    main()
