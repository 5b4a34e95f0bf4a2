"""The example story end to end, as a user runs it: a fresh interpreter, spaCy's model loaded.

Run: `python benchmarks/bench_seeds.py [--runs 5]`. Times `python -m generator analyse seeds
--json OUT` (import, model load, every stage, the JSON) in fresh processes and prints the
minimum and the median beside the yardstick timed in the same run, and the time scaled to the
reference machine (yardstick 0.7 s). Target (issue 14): about one second there.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from yardstick import on_reference, yardstick  # noqa: E402

# The floor under any analysis: a fresh interpreter importing spaCy and loading the model.
LOAD_ONLY = "from generator import language; language.nlp()"


def run_once(out: Path, command: list[str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one fresh-process analysis of the seeds (or `command`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command or [sys.executable, "-m", "generator", "analyse", str(ROOT / "seeds"),
                    "--json", str(out)],
        check=True, cwd=ROOT if command else out.parent,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    unit = yardstick()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [run_once(Path(tmp) / "report.json") for _ in range(args.runs)]
        loads = [run_once(Path(tmp) / "unused", [sys.executable, "-c", LOAD_ONLY])
                 for _ in range(args.runs)]
    unit = min(unit, yardstick())
    times = [wall for wall, _ in runs]
    best, median = min(times), statistics.median(times)
    cpu = min(c for _, c in runs)
    print(f"seeds end to end: min {best:.2f} s, median {median:.2f} s over {args.runs} runs "
          f"(CPU min {cpu:.2f} s; on a busy machine the CPU time is the steadier figure)")
    print(f"yardstick {unit:.2f} s -> min {best / unit:.2f} yardsticks "
          f"= {on_reference(best, unit):.2f} s on the reference machine (target about 1 s)")
    load = min(wall for wall, _ in loads)
    print(f"of which import and model load alone (a fresh interpreter, nothing parsed): min "
          f"{load:.2f} s = {load / unit:.2f} yardsticks = {on_reference(load, unit):.2f} s on the "
          "reference machine")


if __name__ == "__main__":
    main()
