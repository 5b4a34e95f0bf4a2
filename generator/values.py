"""Values: the analysis' normalised values in, text a reader writes out.

The analysis keeps values in the form in which they compare ("2021-12-03", "--12-07", "4500000",
0.634); the pages show "3 December 2021", "7 December", "$4.5 million", "63%", "14 sentences".
Fact values are written out by the facts stage (`facts.display`); this module adds the rest
(publication dates, counts, shares) and rewrites generated sentences that carry a file id or an
ISO date ("a_17 is dated 2021-12-03") with the source's label and the date in words.
"""

from __future__ import annotations

import re

from generator.facts.display import date_words, day_words, plural
from generator.facts.display import display as fact_display
from generator.model import DATE_KINDS, DiscrepancyValue, Fact, FactKind

__all__ = ["count", "date_text", "day", "fact_display", "fact_value", "percent", "published",
           "readable", "value_text"]  # fmt: skip

# A normalised date as the analysis writes it: "2021-12-03", "--12-03", "2021-12", ranges "a/b".
ISO_DATE = re.compile(
    r"(?<![\w-])(?:\d{4}-\d\d-\d\d|--\d\d-\d\d)(?:/(?:\d{4}-\d\d-\d\d|--\d\d-\d\d))?(?![\w-])"
)
# Weekday names in English whatever the machine's locale (`strftime("%A")` follows it).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A number the way Python prints a float ("4500000.0"), which no reader writes.
FLOAT_ZERO = re.compile(r"^-?\d+\.0$")


def day(value: str, weekday: bool = False) -> str:
    """ "2021-12-03" -> "3 December 2021" ("Friday, 3 December 2021" with the weekday); a value
    that is not a calendar day is returned as it is."""
    return day_words(value, weekday)


def published(value: str) -> str:
    """A source's publication date for the pages: "3 December 2021", or "not stated"."""
    return day(value) if value else "not stated"


def date_text(value: str) -> str:
    """A normalised date or range in words: "--12-03" -> "3 December", "2021-12-06/2021-12-08"
    -> "6–8 December 2021", "2014" -> "2014"."""
    if not value:
        return ""
    try:
        return date_words(value)
    except (ValueError, IndexError):  # a value no date parser wrote: shown as it is
        return value


def count(number: int, noun: str) -> str:
    """ "14 sentences", "1 source", "2,400 people"."""
    return f"{number:,} {plural(noun, number)}"


def percent(share: float) -> str:
    """A share from 0 to 1 as a whole percentage: 0.634 -> "63%"."""
    return f"{round(100 * share)}%"


def fact_value(fact: Fact) -> str:
    """Any fact's value as a reader writes it: "Friday, 3 December 2021", "$4.5 million"."""
    try:
        return fact_display(fact)
    except (ValueError, IndexError):
        return fact.text or fact.value


def value_text(value: DiscrepancyValue, kind: str = "") -> str:
    """A discrepancy value as a reader writes it: the facts stage's display, else the value, with
    a date, a time reference or a bare float written out."""
    if value.display:
        return value.display
    raw = value.value
    if kind in DATE_KINDS or kind == FactKind.DATE or ISO_DATE.fullmatch(raw):
        return date_text(raw) if ISO_DATE.fullmatch(raw) else raw
    if FLOAT_ZERO.match(raw):
        return f"{int(float(raw)):,}"
    return raw


def readable(text: str, labels: dict[str, str], ids: re.Pattern[str] | None = None) -> str:
    """A sentence the analysis generated, with every source id replaced by its label and every
    ISO date by the date in words ("a_17 is dated 2021-12-03" -> "The Courier is dated
    3 December 2021"). `ids` is `id_pattern(labels)`, passed in when many sentences are
    rewritten."""
    pattern = ids if ids is not None else id_pattern(labels)
    if pattern.pattern:
        text = pattern.sub(lambda m: labels[m.group(0)], text)
    return ISO_DATE.sub(lambda m: day(m.group(0)) if "/" not in m.group(0) and
                        not m.group(0).startswith("--") else date_text(m.group(0)), text)


def id_pattern(labels: dict[str, str]) -> re.Pattern[str]:
    """A pattern that finds any of the given source ids as a whole word (longest first)."""
    if not labels:
        return re.compile("")
    names = sorted(labels, key=lambda s: (-len(s), s))
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
