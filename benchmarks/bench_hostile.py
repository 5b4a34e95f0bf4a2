"""Benchmark: time and peak memory of the whole analysis on hostile input, at two sizes.

Run `python benchmarks/bench_hostile.py [--cases NAME ...] [--scale 1.0] [--timeout 300]`. Not a
test: each case is a small story (two plain articles) plus one hostile file; it is analysed by
`pipeline.run` in a fresh interpreter, once at a quarter of its size and once at full size, and the
script prints the seconds and peak memory of each run with the growth ratio of the analysis time
beyond the fixed cost of the plain story: about 4 for four times the input means linear, 16 means
that some step costs the square of the input. A run past `--timeout` is stopped and shown as such.

The cases are the ones issue 15 lists: one line without a space (and other one-line shapes:
dotted, digits, quotes, capitals, dashes, links), a page of list items, of nested `<div>`s and of
scripts, a YAML alias bomb, deep JSON and YAML, and a folder nested 1,500 deep.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "A Headline About the Meeting\n\nThe two leaders met on Thursday in the capital and talked "
    "for an hour about trade.\n\n“We made progress,” the minister said on Friday.\n"
)
LINE = 290_000  # just under clean's 300,000-character cap, so the line reaches every stage


def _line(unit: str) -> Callable[[int], dict[str, str]]:
    return lambda n: {"long.txt": ARTICLE + "\n" + unit * (n // len(unit)) + "\n"}


def _nested_folders(n: int) -> dict[str, str]:
    return {"/".join(["d"] * (1_500 * n // LINE)) + "/deep.txt": ARTICLE}


def _alias_bomb(_n: int) -> dict[str, str]:
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(8):
        prev, name = chr(97 + i), chr(98 + i)
        rows.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return {"bomb.md": "---\n" + "\n".join(rows) + "\ntitle: *i\n---\n" + ARTICLE}


CASES: dict[str, Callable[[int], dict[str, str]]] = {
    "line-letters": _line("a"),
    "line-dotted": _line("a."),
    "line-digits": _line("1"),
    "line-number-groups": _line("1,0"),
    "line-quotes": _line('"a'),
    "line-capitals": _line("Ab"),
    "line-dashes": _line("a-"),
    "line-apostrophes": _line("a'"),
    "line-link": _line("http://a/"),
    "line-ellipsis": _line("..."),
    "line-spaces": _line(" "),
    "line-said": _line("said "),
    # Pages of about 2 MB at full size (seven times the line).
    "html-list": lambda n: {"page.html": "<ul>" + "<li>x</li>" * (n * 7 // 10) + "</ul>"},
    "html-nested": lambda n: {"page.html": "<div>" * (n * 7 // 5) + "x"},
    "html-scripts": lambda n: {"page.html": "<script>1</script>" * (n * 7 // 18) + "<p>Hi.</p>"},
    "html-unclosed-tags": lambda n: {"page.html": "<a" * (n * 7 // 2)},
    # One line of about 1 MB at full size: past clean's cap, so most of it is only read and listed.
    "line-1mb-no-spaces": lambda n: {"long.txt": ARTICLE + "\n" + "x" * (n * 7 // 2) + "\n"},
    "json-deep": lambda n: {"deep.json": "[" * (n // 3) + "]" * (n // 3)},
    "yaml-deep": lambda n: {"deep.md": "---\nt: " + "[" * (n // 15) + "\n---\n" + ARTICLE},
    "yaml-alias-bomb": _alias_bomb,
    "folders-1500-deep": _nested_folders,
}

CHILD = """
import json, resource, sys, time
from pathlib import Path
from generator.language import nlp
nlp()  # the model load is a fixed cost, not the input's
from generator.pipeline import run
start = time.perf_counter()
stories = run(Path(sys.argv[1]))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak,
                  "warnings": sum(len(s.warnings) for s in stories)}))
"""


def make_folders(folder: Path) -> None:
    """`os.makedirs` one level at a time: it calls itself once per level, past Python's limit."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()


def remove_tree(folder: Path) -> None:
    """`shutil.rmtree` without recursion (it calls itself once per level before Python 3.12)."""
    stack, folders = [folder], []
    while stack:
        current = stack.pop()
        folders.append(current)
        for entry in os.scandir(current):
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            else:
                os.unlink(entry.path)
    for path in reversed(folders):
        path.rmdir()


def make_story(base: Path, files: dict[str, str]) -> Path:
    folder = base / "story"
    folder.mkdir(parents=True)
    (folder / "one.txt").write_text(ARTICLE, "utf-8")
    (folder / "two.txt").write_text(ARTICLE.replace("Thursday", "Wednesday"), "utf-8")
    for name, text in files.items():
        path = folder / name
        make_folders(path.parent)
        path.write_text(text, "utf-8")
    return folder


def measure(folder: Path, timeout: float) -> dict[str, float] | None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder)],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"{folder}: failed\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="Time and memory on hostile input.")
    parser.add_argument("--cases", nargs="*", default=sorted(CASES), choices=sorted(CASES))
    parser.add_argument("--scale", type=float, default=1.0, help="size of the input (1 = full)")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    full = int(LINE * args.scale)
    with tempfile.TemporaryDirectory() as tmp:
        plain = measure(make_story(Path(tmp) / "plain", {}), args.timeout)
        assert plain is not None
        print(f"{'case':22} {'quarter s':>10} {'full s':>8} {'growth':>7} {'peak MB':>8}")
        print(f"{'(two plain articles)':22} {'':>10} {plain['seconds']:8.2f} {'':>7} "
              f"{plain['peak_mb']:8.0f}")  # fmt: skip
        for name in args.cases:
            runs = []
            for size in (full // 4, full):
                base = Path(tmp) / f"{name}-{size}"
                started = time.perf_counter()
                runs.append(measure(make_story(base, CASES[name](size)), args.timeout))
                remove_tree(base)
                if runs[-1] is None:
                    print(f"{name}: stopped after {time.perf_counter() - started:.0f} s")
                    break
            if None in runs:
                continue
            small, big = runs
            assert small is not None and big is not None
            extra = [max(r["seconds"] - plain["seconds"], 0.01) for r in (small, big)]
            print(
                f"{name:22} {small['seconds']:10.2f} {big['seconds']:8.2f} "
                f"{extra[1] / extra[0]:7.1f} {big['peak_mb']:8.0f}"
            )


if __name__ == "__main__":
    main()
