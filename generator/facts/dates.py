"""Dates and time references in a sentence: text in, normalised `DateMention`s out.

`find_dates(text)` finds absolute dates ("Jan. 10", "January 9 and 10", "Jan.9-10",
"23 December", "December 7, 2021", "in June", "in 2014"), weekdays ("on Thursday") and relative
time references ("this week", "last month", "earlier this month", "next year", "two days ago").
Values are normalised so that they compare as strings: ISO dates ("2021-12-07"), "--12-07" when
the year is unknown, "--01-09/--01-10" for a range, "--06" for a month, "2014" for a year,
"thursday" for a weekday; time references become "week+0", "month-1", "year+1", "day-1".
`resolve_date(value, kind, published)` turns any of them into a calendar date (or period) once a
publication date is known; the caller passes `source.published`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from generator.lexicon import (
    AGO_COUNTS,
    MONTHS,
    PERIOD_SHIFTS,
    PERIODS,
    RELATIVE_DAYS,
    WEEKDAYS,
    YEAR_PREPOSITIONS,
)
from generator.model import Fact, FactKind

# Monday first, as `date.weekday()` counts.
WEEKDAY_ORDER = sorted(WEEKDAYS, key=["monday", "tuesday", "wednesday", "thursday", "friday",
                                      "saturday", "sunday"].index)

WEDNESDAY, SATURDAY, SUNDAY = 2, 5, 6

# Full names, or the usual abbreviations with or without their full stop. "May" alone is a
# modal verb far more often than a month, so it only counts with a day number next to it.
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("june", "july")]
_ABBREVIATED = [m for m in MONTHS if m not in _FULL_MONTHS and m != "may"]
_MONTH = (
    "(?:" + "|".join(m.capitalize() for m in _FULL_MONTHS)
    + "|(?:" + "|".join(sorted((m.capitalize() for m in _ABBREVIATED), key=len, reverse=True))
    + r")\.?)"
)
_MONTH_OR_MAY = rf"(?:{_MONTH}|May)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_BEFORE = "|".join(sorted(YEAR_PREPOSITIONS, key=len, reverse=True))
_WEEKDAY = "|".join(day.capitalize() for day in WEEKDAY_ORDER)
_SHIFT = "|".join(PERIOD_SHIFTS)
_PERIOD = "|".join(sorted(PERIODS, key=len, reverse=True))
_AGO = "|".join(AGO_COUNTS)
_RELATIVE_DAY = "|".join(RELATIVE_DAYS)
DATE_RE = re.compile(
    rf"""
    (?P<md>(?P<m1>{_MONTH_OR_MAY})\s*(?P<d1>{_DAY})
        (?:\s*(?:-|–|and|to|through)\s*(?P<d2>{_DAY}))?\b(?:,?\s+(?P<y1>{_YEAR}))?)
    | (?P<dm>\b(?P<d3>{_DAY})(?:\s*(?:-|–|and|to)\s*(?P<d4>{_DAY}))?\s+(?:of\s+)?
        (?P<m2>{_MONTH_OR_MAY})\b(?:,?\s+(?P<y2>{_YEAR}))?)
    | (?P<my>\b(?P<m3>{_MONTH})(?:\s+(?P<y3>{_YEAR}))?\b)
    | (?P<year>\b(?:{_YEAR_BEFORE})\s+(?P<y4>{_YEAR})\b)
    | (?P<wd>\b(?P<w>{_WEEKDAY})(?:'s|’s)?\b)
    """,
    re.VERBOSE,
)
RELATIVE_RE = re.compile(
    rf"""\b(?:
      (?P<qual>earlier|later)\s+(?P<s1>this|next|last)\s+(?P<p1>{_PERIOD})
    | (?P<s2>{_SHIFT})\s+(?P<p2>{_PERIOD})\b
    | over\s+the\s+(?P<p4>weekend)\b
    | (?P<n>{_AGO})\s+(?P<p3>day|week|month|year)s?\s+ago
    | (?P<rd>{_RELATIVE_DAY})
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# "the next day" counts from an event the article tells of, not from its publication date.
ANAPHORIC_BEFORE = re.compile(r"\b(?:the|that)\s+$", re.IGNORECASE)
# Words right before a capitalised month name that make it something else ("the March ...").
NOT_A_MONTH_BEFORE = re.compile(r"\b(?:the|a|on the)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str
    kind: FactKind  # date | time_ref


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _iso(year: str | None, month: int, day: int | None = None) -> str:
    head = year if year else "-"
    return f"{head}-{month:02d}" + (f"-{day:02d}" if day else "")


def _date_value(match: re.Match[str]) -> str | None:
    if match["md"] or match["dm"]:
        month = _month(match["m1"] or match["m2"])
        first = _day(match["d1"] or match["d3"])
        last_text = match["d2"] or match["d4"]
        year = match["y1"] or match["y2"]
        value = _iso(year, month, first)
        if last_text and _day(last_text) > first:
            value += "/" + _iso(year, month, _day(last_text))
        return value
    if match["my"]:
        return _iso(match["y3"], _month(match["m3"]))
    if match["year"]:
        return match["y4"]
    if match["wd"]:
        return match["w"].lower()
    return None


def find_dates(text: str) -> list[DateMention]:
    """Every date and time reference in `text`, in order, spans not overlapping."""
    found: list[DateMention] = []
    for match in DATE_RE.finditer(text):
        if match["my"] and NOT_A_MONTH_BEFORE.search(text[: match.start()]):
            continue
        value = _date_value(match)
        if value is None:
            continue
        start, end = match.span()
        if match["year"]:
            start = match.start("y4")
            if text[match.start() : start].lower().startswith(("early", "late", "mid")):
                start = match.start()
        found.append(DateMention(start, end, text[start:end], value, FactKind.DATE))
    for match in RELATIVE_RE.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        if match["s2"] and ANAPHORIC_BEFORE.search(text[: match.start()]):
            continue  # "the next day", "the previous week": counted from a told event
        if match["rd"]:
            value = f"day{RELATIVE_DAYS[match['rd'].lower()]:+d}"
        elif match["n"]:
            value = f"{match['p3'].lower()}{-AGO_COUNTS[match['n'].lower()]:+d}"
        elif match["p4"]:  # "over the weekend": the weekend "this weekend" names
            value = f"{PERIODS[match['p4'].lower()]}+0"
        else:
            shift = PERIOD_SHIFTS[(match["s1"] or match["s2"]).lower()]
            value = f"{PERIODS[(match['p1'] or match['p2']).lower()]}{shift:+d}"
        found.append(DateMention(match.start(), match.end(), match.group(), value,
                                  FactKind.TIME_REF))
    return sorted(found, key=lambda m: m.start)


def parse_published(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: dt.date) -> int:
    """The year that puts month/day closest to the publication date (news is about now)."""
    best = published.year
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((candidate - published).days) < abs(
            (dt.date(best, month, min(day, 28)) - published).days
        ):
            best = year
    return best


def resolve_date(value: str, kind: str, published: str) -> str:
    """A fact's value as a calendar date or period, using the source's publication date.

    Returns the value unchanged when it is already absolute or when `published` is unknown.
    Ranges resolve both ends; weekdays resolve to the latest such day on or before publication;
    time references resolve to the period they name ("2021-W51", "2022-01", "2022").
    """
    day0 = parse_published(published)
    if day0 is None:
        return value
    if "/" in value:
        return "/".join(resolve_date(part, kind, published) for part in value.split("/"))
    if kind == FactKind.TIME_REF:
        period, shift = value[:-2], int(value[-2:])
        if period == "day":
            return (day0 + dt.timedelta(days=shift)).isoformat()
        if period == "weekend":
            start = weekend_start(day0) if shift >= 0 else last_weekend_start(day0)
            saturday = start + dt.timedelta(weeks=shift if shift >= 0 else shift + 1)
            return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
        if period == "week":
            year, week, _ = (day0 + dt.timedelta(weeks=shift)).isocalendar()
            return f"{year}-W{week:02d}"
        if period == "month":
            moved = day0 + relativedelta(months=shift)
            return f"{moved.year}-{moved.month:02d}"
        if period == "year":
            return str(day0.year + shift)
        return value
    if value in WEEKDAY_ORDER:
        back = (day0.weekday() - WEEKDAY_ORDER.index(value)) % 7
        return (day0 - dt.timedelta(days=back)).isoformat()
    if value.startswith("--"):
        parts = value[2:].split("-")
        month = int(parts[0])
        day = int(parts[1]) if len(parts) > 1 else 1
        year = _nearest_year(month, day, day0)
        return f"{year}-{month:02d}" + (f"-{day:02d}" if len(parts) > 1 else "")
    return value


def weekend_start(day0: dt.date) -> dt.date:
    """The Saturday of "this weekend" as an article of `day0` means it: the weekend just past
    from Monday to Wednesday, the coming (or current) one from Thursday on."""
    if day0.weekday() <= WEDNESDAY:
        return day0 - dt.timedelta(days=day0.weekday() + 2)
    return day0 + dt.timedelta(days=SATURDAY - day0.weekday())


def last_weekend_start(day0: dt.date) -> dt.date:
    """The Saturday of "last weekend" or "this past weekend" in an article of `day0`: the
    latest weekend over before that day (on a Monday, the one two days before, as "this
    weekend" is; on a Sunday, the one a week before)."""
    since_sunday = (day0.weekday() - SUNDAY) % 7 or 7
    return day0 - dt.timedelta(days=since_sunday + 1)


def date_bounds(value: str) -> tuple[str, str]:
    """First and last day-strings of a normalised date value, for overlap tests."""
    first, _, last = value.partition("/")
    return first, last or first


def overlaps(a: str, b: str) -> bool:
    """Whether two normalised date values can name the same day ("--01-10" within "--01")."""
    a1, a2 = date_bounds(a)
    b1, b2 = date_bounds(b)
    if a1.startswith(b1) or b1.startswith(a1):  # a month contains its days
        return True
    if len(a1) != len(b1):
        return False
    return a1 <= b2 and b1 <= a2


def grain(value: str) -> str:
    """How precise a date value is: weekday | year | month | day."""
    first = date_bounds(value)[0]
    if first.isalpha():
        return "weekday"
    if first.isdigit():
        return "year"
    is_day = (first.startswith("--") and len(first) == 7) or len(first) == 10
    return "day" if is_day else "month"


def ranges_overlap(a: str, b: str) -> bool:
    """Whether two date values (or ranges) of one precision share a day."""
    a1, a2 = date_bounds(a)
    b1, b2 = date_bounds(b)
    return a1 <= b2 and b1 <= a2


def date_value(fact: Fact) -> str:
    """A date fact's value, resolved against its source's publication date when it could be."""
    return fact.resolved or fact.value
