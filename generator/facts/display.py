"""Display: a fact in, its value as a reader writes it out ("Friday, 3 December 2021",
"$4.5 million", "14 people", "as many as 2.4 million nurses").

A fact's `value` is normalised so that two sources compare ("2021-12-03", "4500000", "week-1");
the pages and `report.json`'s `display` show this instead, and `report.json` keeps the raw value
beside it. Nothing here decides anything: it only writes values out.
"""

from __future__ import annotations

import datetime as dt

from generator.facts.dates import WEEKDAY_ORDER, date_bounds
from generator.facts.numbers import bounds, plain_number
from generator.lexicon import CURRENCIES, IRREGULAR_PLURALS
from generator.model import DATE_KINDS, Fact, FactKind

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
# Scales a large number is written with: "1.5 million", not "1,500,000".
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
CURRENCY_SIGNS = {code: sign for sign, code in CURRENCIES.items() if not sign.isalpha()
                  and len(sign) == 1}
# Minutes in the units a duration is shown in, largest first.
DURATION_UNITS = ((525_600, "year"), (10_080, "week"), (1_440, "day"), (60, "hour"),
                  (1, "minute"))


def plural(noun: str, count: float) -> str:
    if count == 1 or not noun:
        return noun
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun in IRREGULAR_PLURALS.values():  # the parse gives "people" as its own lemma
        return noun
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def number_words(value: float) -> str:
    """1500000 -> "1.5 million", 3400 -> "3,400", 0.5 -> "0.5"."""
    for size, word in SCALES:
        if abs(value) >= size:
            return f"{plain_number(round(value / size, 2))} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return plain_number(value)


def _amount(fact: Fact) -> tuple[str, float]:
    """The quantity's number (or range) written out, and the value that sets its plural."""
    span = bounds(fact.value)
    if span is None:
        return fact.value, 2.0
    low, high = span
    if low == high:
        return number_words(low), low
    return f"{number_words(low)} to {number_words(high)}", high


def _duration(minutes: float) -> str:
    for size, word in DURATION_UNITS:
        if minutes >= size and (minutes / size) == int(minutes / size):
            count = minutes / size
            return f"{number_words(count)} {plural(word, count)}"
    return f"{number_words(minutes)} minutes"


def quantity_display(fact: Fact) -> str:
    if fact.kind == FactKind.TALLY:
        return fact.value
    amount, count = _amount(fact)
    if fact.kind == FactKind.DURATION and bounds(fact.value) and "to" not in amount:
        shown = _duration(count)
    elif fact.kind == FactKind.MONEY:
        sign = CURRENCY_SIGNS.get(fact.unit)
        shown = f"{sign}{amount}" if sign else f"{amount} {fact.unit.upper()}"
    elif fact.kind == FactKind.PERCENT:
        shown = f"{amount}%"
    else:
        shown = f"{amount} {plural(fact.unit, count)}".strip()
    return f"{fact.context} {shown}" if fact.context else shown


def day_words(text: str, with_weekday: bool) -> str:
    """ "2021-12-03" -> "Friday, 3 December 2021"; "--12-03" -> "3 December"."""
    if text.startswith("--"):
        month, _, day = text[2:].partition("-")
        return f"{int(day)} {MONTH_NAMES[int(month) - 1]}" if day else MONTH_NAMES[int(month) - 1]
    parts = text.split("-")
    if len(parts) == 1:
        return text
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    if parts[1].startswith("W"):
        return text
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        return text
    shown = f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"
    return f"{WEEKDAY_ORDER[date.weekday()].capitalize()}, {shown}" if with_weekday else shown


def date_words(value: str) -> str:
    """A normalised date value or range written out."""
    first, last = date_bounds(value)
    if first in WEEKDAY_ORDER:
        return first.capitalize()
    if "-W" in first:
        year, week = first.split("-W")
        return "the week of " + day_words(dt.date.fromisocalendar(int(year), int(week), 1)
                                     .isoformat(), True)
    if first == last:
        return day_words(first, True)
    start, end = day_words(first, False), day_words(last, False)
    head, tail = start.split(" ", 1), end.split(" ", 1)
    if len(head) == len(tail) == 2 and head[1] == tail[1]:  # one month: "12-13 June 2010"
        return f"{head[0]}–{end}"
    return f"{start} to {end}"


def date_display(fact: Fact) -> str:
    """A date as written out, resolved when its publication date allows: "Friday, 3 December
    2021"; a time reference keeps its words: "last week (the week of Monday, 13 December
    2021)"."""
    resolved = fact.resolved or fact.value
    if fact.kind == FactKind.TIME_REF:
        if resolved == fact.value:
            return fact.text
        return f"{fact.text} ({date_words(resolved)})"
    return date_words(resolved)


def time_display(fact: Fact) -> str:
    """A time of day as written, with the day it names when known: "Tuesday afternoon
    (Tuesday, 7 December 2021)", "by noon"; never its minutes ("721/1080")."""
    if fact.resolved:
        return f"{fact.text} ({date_words(fact.resolved)})"
    return fact.text


def display(fact: Fact) -> str:
    """The value of any fact as a reader writes it out."""
    if fact.kind == FactKind.TIME:
        return time_display(fact)
    if fact.kind in DATE_KINDS:
        return date_display(fact)
    if fact.kind in (FactKind.NUMBER, FactKind.DURATION, FactKind.MONEY, FactKind.PERCENT,
                     FactKind.TALLY):
        return quantity_display(fact)
    if fact.kind == FactKind.NEGATION:
        return "not" if fact.value == "not" else "affirmed"
    return fact.value
