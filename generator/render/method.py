"""method: the hand-written Method page in, the same page with its generated tables out.

`docs/method.md` holds marker lines where the code's own figures go: the table of thresholds
(from `settings.threshold_rows`) and the table of word lists (from `lexicon.word_lists`), so that
the page and the code cannot disagree. The plugin calls `fill_method_page` on that page's
Markdown before MkDocs renders it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.lexicon import word_lists
from generator.settings import DEFAULT, Settings, threshold_rows

METHOD_PAGE = "method.md"
THRESHOLDS_MARKER = "<!-- storydrift:thresholds -->"
WORD_LISTS_MARKER = "<!-- storydrift:word-lists -->"
# A word list's first few words, as a sample of what it holds.
SAMPLE_WORDS = 6


def cell(text: str) -> str:
    """Text safe in a Markdown table cell: pipes escaped, on one line."""
    return " ".join(str(text).split()).replace("|", "\\|")


def shown_value(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def thresholds_table(settings: Settings = DEFAULT) -> str:
    rows = ["| stage | name | value | how it was chosen |", "| --- | --- | ---: | --- |"]
    for stage, name, value, why in threshold_rows(settings):
        rows.append(f"| {stage} | `{name}` | {shown_value(value)} | {cell(why)} |")
    return "\n".join(rows)


def word_lists_table() -> str:
    rows = [
        "| list | words | for example | where the words come from |",
        "| --- | ---: | --- | --- |",
    ]
    for name, words in sorted(word_lists().items()):
        sample = ", ".join(sorted(words)[:SAMPLE_WORDS])
        rows.append(f"| `{name}` | {len(words)} | {cell(sample)} | {cell(words.source)} |")
    return "\n".join(rows)


MARKERS: dict[str, Callable[[], str]] = {
    THRESHOLDS_MARKER: thresholds_table,
    WORD_LISTS_MARKER: word_lists_table,
}


def fill_method_page(markdown: str) -> str:
    """The page with each marker line replaced by its table."""
    lines = []
    for line in markdown.split("\n"):
        make = MARKERS.get(line.strip())
        lines.append(make() if make else line)
    return "\n".join(lines)
