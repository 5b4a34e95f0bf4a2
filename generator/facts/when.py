"""When: a date fact and its source's publication date in, the days it names out.

Outlets that write on their own date one event in different ways: "on Tuesday", "yesterday",
"earlier this week", "last Friday", "this weekend", "Nov. 1". To compare them, each becomes a
span of calendar days (`When`): an absolute day is one day, a weekday the latest such day on or
before publication, "this weekend" a Saturday and a Sunday, "earlier this week" the days of the
week before publication. Months, years and undated days give no span: they are compared as
written (`events.py`). A span from a weekday or a time reference is `relative`: it is only as
good as the publication date, which in a feed's front matter can be a day off.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.facts.dates import parse_published
from generator.lexicon import WEEKDAYS
from generator.model import Fact, FactKind

DAY_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
WEEK_RE = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d\d)$")
SUNDAY = 6


@dataclass(frozen=True, slots=True)
class When:
    """The days a date fact names, first to last, and whether they rest on the publication
    date (a weekday, "yesterday", "this weekend")."""

    first: dt.date
    last: dt.date
    relative: bool

    @property
    def value(self) -> str:
        """As a normalised date value: "2021-12-07" or "2021-12-06/2021-12-08"."""
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    def overlaps(self, other: When) -> bool:
        return self.first <= other.last and other.first <= self.last

    def gap(self, other: When) -> int:
        """Days between the two spans (0 when they overlap)."""
        if self.overlaps(other):
            return 0
        return min(abs((self.first - other.last).days), abs((other.first - self.last).days))


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if DAY_RE.match(text) else None
    except ValueError:
        return None


def _week(fact: Fact, resolved: str, published: str) -> tuple[dt.date, dt.date] | None:
    match = WEEK_RE.match(resolved)
    if not match:
        return None
    monday = dt.date.fromisocalendar(int(match["year"]), int(match["week"]), 1)
    sunday = monday + dt.timedelta(days=SUNDAY)
    day0 = parse_published(published)
    written = fact.text.lower()
    if day0 is not None and monday <= day0 <= sunday:
        if written.startswith("earlier") and day0 > monday:
            return monday, day0 - dt.timedelta(days=1)
        if written.startswith("later") and day0 < sunday:
            return day0 + dt.timedelta(days=1), sunday
    return monday, sunday


def day_span(fact: Fact, published: str, longest: int) -> When | None:
    """The days `fact` names, when they are at most `longest` days; None for a month, a year, a
    date whose year is unknown or a fact that is not a date."""
    if fact.kind not in (FactKind.DATE, FactKind.TIME_REF) or not fact.resolved:
        return None
    first_text, _, last_text = fact.resolved.partition("/")
    first, last = _day(first_text), _day(last_text or first_text)
    if first is None or last is None:
        week = _week(fact, fact.resolved, published)
        if week is None:
            return None
        first, last = week
    if last < first or (last - first).days + 1 > longest:
        return None
    relative = fact.kind == FactKind.TIME_REF or fact.value in WEEKDAYS
    return When(first, last, relative)
