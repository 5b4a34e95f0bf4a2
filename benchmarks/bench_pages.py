"""Reading real web pages at scale: how long 480 page analyses take, in yardsticks.

Run: `python benchmarks/bench_pages.py [--pages 240] [--processes 8] [--big]`. The pages of
`../shared/eval/pages/` (all parts: this is a speed figure, not a quality one), taken in order and
round again until there are `--pages` of them, are each analysed as a one-source story in both
formats, the saved page (`.html`) and the pasted text (`.txt`): read, cleaned, segmented and
analysed by every stage (`generator.pipeline`), in `--processes` worker processes, each page in a
folder of its own. Prints the wall time beside the yardstick (`yardstick.py`, timed before and
after, the smaller kept) and the time in yardsticks; issue 19's target is 480 analyses within
100 yardsticks on 2 cores. Then the workers' CPU time over the yardstick's CPU time, over the
cores: on a machine that others share, wall time swings by half from run to run, this far less.
`--big` also times a 2 MB page read and cleaned: one of the shape of a
heavy news page (the target: well under a yardstick), an article inside menus and a sidebar of
30,000 elements (pruned before the extractor reads it), and one of nothing but
paragraphs (the worst case). `--pages 0 --big` times the big pages alone.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import splits  # noqa: E402
from yardstick import yardstick  # noqa: E402

BIG_PAGE_BYTES = 2_000_000
MENU_ELEMENTS = 30_000  # the menus and sidebar of the `menus` big page


def analyse_page(path: Path) -> tuple[int, float]:
    """One page analysed as a one-source story: the number of body paragraphs it kept, and the
    CPU seconds the worker spent on it."""
    start = time.process_time()
    story = harness.analyse(harness.load_file(path, path.parent.name))
    return sum(len(source.body) for source in story.sources), time.process_time() - start


def cpu_yardstick() -> float:
    """The yardstick's loop in CPU seconds of this process: what the machine's other work does
    not stretch, as it stretches wall time (the smaller of two runs)."""
    times = []
    for _ in range(2):
        start = time.process_time()
        yardstick()
        times.append(time.process_time() - start)
    return min(times)


WARM_PAGE = (
    "<html><head><title>Ein Hafen wird erweitert</title>"
    '<link rel="canonical" href="https://www.example.org/hafen"></head><body>'
    "<nav>Startseite</nav><article><h1>Ein Hafen wird erweitert</h1>"
    '<p class="date">Aktualisiert am Dienstag, 3. März, 14:05 Uhr</p>'
    "<p>Der Stadtrat hat am Montag beschlossen, dass der kleine Hafen im Norden der Stadt bis zum Jahr 2030 um zwei Anleger erweitert wird. Die "
    "Kosten werden auf zwölf Millionen Euro geschätzt, die zum größten Teil das Land trägt.</p>"
    "</article><footer>Impressum</footer></body></html>"
)


def warm(_: int) -> None:
    """Loads, in a worker before the clock starts, every model a page can need once per process:
    the language model, the extractor (and the stop lists and month names it reads on its first
    page), the language identifier (an invented page in German, which only it can tell), the
    list of web domains (the page's address) and the date parser's tables of every locale (a
    date line only dateparser can try: htmldate hands it such lines, and its first call compiles
    the patterns of all its locales, about 2 s, which 8 unwarmed workers paid 8 times).
    These loads happen once in a run of the command line, whatever the number of pages."""
    from generator import language

    language.doc("A worker is warmed up before it is timed.")
    with tempfile.TemporaryDirectory(prefix="storydrift-warm-") as temp:
        for fmt, text in (("html", WARM_PAGE), ("txt", WARM_PAGE)):
            path = Path(temp) / fmt / f"warm.{fmt}"
            path.parent.mkdir()
            path.write_text(text if fmt == "html" else _text_of(text), encoding="utf-8")
            harness.read_clean(path)


def _text_of(html: str) -> str:
    """The warm page as pasted text: one line per element's text."""
    return "\n".join(part for part in re.split(r"<[^>]+>", html) if part.strip())


def lay_out(folder: Path, count: int) -> list[Path]:
    """`count` page files (both formats of each page), each in a folder of its own."""
    ids = splits.page_ids("all")
    paths = []
    for n in range(count):
        page = ids[n % len(ids)]
        for fmt in ("html", "txt"):
            target = folder / f"{n:03d}-{fmt}" / f"{page}.{fmt}"
            target.parent.mkdir(parents=True)
            target.write_bytes(gzip.decompress((splits.PAGES / "pages" / f"{page}.{fmt}.gz")
                                               .read_bytes()))
            paths.append(target)
    return paths


def paragraphs() -> list[str]:
    """The long lines of the evaluation pages' pasted text, each once: prose to build pages of."""
    seen: dict[str, None] = {}
    for page in splits.page_ids("all"):
        text = gzip.decompress((splits.PAGES / "pages" / f"{page}.txt.gz").read_bytes())
        seen |= dict.fromkeys(line for line in text.decode("utf-8", "replace").splitlines()
                              if len(line) > 80)
    return list(seen)


def big_page(folder: Path, shape: str) -> Path:
    """A saved page of about 2 MB. `heavy`, the shape of a heavy news page: inline styles and a
    script holding the page's data, a menu of 1,500 links, an article of 150 paragraphs and 500
    readers' comments; `menus`, an article of 40 paragraphs inside menus and a sidebar of 30,000
    elements (past the extractor's element limit until pruned); or `prose`, nothing
    but paragraphs, 2 MB of them (past the cleaner's cap)."""
    texts = paragraphs()
    prose_only = shape == "prose"
    if shape == "menus":
        article = "".join(f"<p>{text}</p>\n" for text in texts[:40])
        items = MENU_ELEMENTS // 2  # each a list item and its link, padded to fill the page
        pad = "x" * max(0, (BIG_PAGE_BYTES - len(article)) // items - 90)
        body = [f'<li class="menu-item menu-item-{n}"><a href="/section/{n}/{pad}">Section {n}'
                "</a></li>" for n in range(items)]
        half = len(body) // 2
        head, page = "", (f"<header><nav><ul>{''.join(body[:half])}</ul></nav></header>"
                          f"<main><article><h1>A page of menus</h1>{article}</article></main>"
                          f"<aside><ul>{''.join(body[half:])}</ul></aside>")
    elif prose_only:
        body, size, n = [], 0, 0
        while size < BIG_PAGE_BYTES:
            body.append(f"<p>{texts[n % len(texts)]}</p>\n")
            size, n = size + len(body[-1].encode()), n + 1
        head, page = "", f"<article><h1>A long page</h1>{''.join(body)}</article>"
    else:
        menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(1500))
        article = "".join(f"<p>{text}</p>\n" for text in texts[:150])
        comments = "".join(f'<div class="comment"><b>Reader {n}</b><p>{texts[150 + n]}</p></div>'
                           for n in range(500))
        page = (f"<nav><ul>{menu}</ul></nav><article><h1>A heavy page</h1>{article}</article>"
                f'<section class="comments">{comments}</section>')
        filler = BIG_PAGE_BYTES - len(page.encode())
        style = ".c { color: red; }\n" * (filler // 3 // 19)
        data = '{"id": 12345, "kind": "teaser", "text": "a teaser"}, ' * (filler * 2 // 3 // 53)
        head = f"<style>{style}</style><script>window.data = [{data}];</script>"
    target = folder / shape / "big.html"
    target.parent.mkdir(parents=True)
    target.write_text(f"<html><head><title>A long page</title>{head}</head><body>{page}</body>"
                      "</html>", encoding="utf-8")
    return target


SHAPES = {"heavy": "the shape of a heavy news page",
          "menus": "an article inside menus and a sidebar",
          "prose": "nothing but paragraphs"}


def time_big(folder: Path, shape: str) -> str:
    path = big_page(folder, shape)
    harness.read_clean(path)  # warm: the extractor's and the language identifier's first calls
    unit = yardstick()
    start = time.perf_counter()
    source = harness.read_clean(path)
    seconds = time.perf_counter() - start
    unit = min(unit, yardstick())
    return (f"a {path.stat().st_size / 1e6:.1f} MB page ({SHAPES[shape]}) read and cleaned: "
            f"{seconds:.2f} s, {seconds / unit:.2f} yardsticks ({len(source.body)} paragraphs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=240, help="pages, each in both formats")
    parser.add_argument("--processes", type=int, default=8, help="worker processes")
    parser.add_argument("--big", action="store_true", help="also time one 2 MB page")
    args = parser.parse_args()
    if not splits.PAGES.is_dir():
        print(f"Pages: {splits.PAGES} not found, skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="storydrift-bench-pages-") as temp:
        paths = lay_out(Path(temp), args.pages)
        with ProcessPoolExecutor(args.processes) as pool:
            list(pool.map(warm, range(args.processes)))
            unit = yardstick()
            start = time.perf_counter()
            results = list(pool.map(analyse_page, paths, chunksize=4))
            seconds = time.perf_counter() - start
        unit = min(unit, yardstick())
        kept, cpu = sum(r[0] for r in results), sum(r[1] for r in results)
        cpu_unit = cpu_yardstick()
        print(f"{len(paths)} page analyses ({args.pages} pages, html and txt, {args.processes} "
              f"processes): {seconds:.1f} s, yardstick {unit:.2f} s: {seconds / unit:.1f} "
              f"yardsticks ({kept} paragraphs kept)")
        # On a machine others share, wall time (and the wall yardstick) swing by half; the
        # workers' CPU time in CPU yardsticks, over the cores, is what a quiet machine would take.
        cores = len(os.sched_getaffinity(0))
        print(f"CPU time of the analyses: {cpu:.1f} s, CPU yardstick {cpu_unit:.2f} s: "
              f"{cpu / cpu_unit:.1f} yardsticks of CPU, {cpu / cpu_unit / cores:.1f} over "
              f"{cores} cores")
        if args.big:
            for shape in SHAPES:
                print(time_big(Path(temp), shape))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
