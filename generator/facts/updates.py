"""Updates: a finding and the articles' publication dates in, the same finding or an update out.

One rule for every finding path (aligned sentences, frame matches, dates of one event), applied
before findings are joined, so that a pair of facts is never a contradiction on one path and an
update on another. A later article may know more than an earlier one:

- a **count** ("14 people", "12 arrests") that differs between articles published on different
  days is an update: tolls, tallies of arrests and of votes cast grow as a story unfolds;
- a **date** that the later article places after the earlier article was published (more than
  a day after, for a front matter's date can be a day off) is an update: the earlier article
  could not report it, so it is a newer occurrence ("met again on Thursday") or a changed plan.

An update is listed apart from the contradictions, low, with both publication dates. Undated
articles (no publication date) keep every finding as it is: nothing says which came later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from generator.facts.dates import parse_published
from generator.facts.findings import Finding
from generator.facts.when import day_span
from generator.model import DATE_KINDS, DiscrepancyKind, Fact, FactKind, Severity
from generator.settings import DEFAULT, FactSettings

# Days a front matter's publication date can be off by (see `events._severity`).
DATE_SLACK = dt.timedelta(days=1)


def _dated(fact: Fact, published: Mapping[str, str]) -> dt.date | None:
    return parse_published(published.get(fact.source, ""))


def _count_update(first: Fact, later: Fact) -> bool:
    return first.kind == later.kind == FactKind.NUMBER


def _date_update(first: Fact, later: Fact, day_first: dt.date, published: Mapping[str, str],
                 settings: FactSettings) -> bool:
    """Whether the later article's date begins after the earlier article (published on
    `day_first`) was published."""
    if first.kind not in DATE_KINDS or later.kind not in DATE_KINDS:
        return False
    span = day_span(later, published.get(later.source, ""), settings.longest_span)
    return span is not None and span.first > day_first + DATE_SLACK


def as_update(finding: Finding, published: Mapping[str, str],
              settings: FactSettings = DEFAULT.facts) -> Finding:
    """`finding` as an update when a later article's value is newer than an earlier one's
    (module docstring), else unchanged."""
    if finding.kind not in (DiscrepancyKind.NUMBER, DiscrepancyKind.DATE):
        return finding
    a, b = finding.facts
    day_a, day_b = _dated(a, published), _dated(b, published)
    if day_a is None or day_b is None or day_a == day_b:
        return finding
    first, later = (a, b) if day_a < day_b else (b, a)
    day_first, day_later = min(day_a, day_b), max(day_a, day_b)
    if _count_update(first, later):
        what = "another figure"
    elif _date_update(first, later, day_first, published, settings):
        what = "a date after the earlier article was published"
    else:
        return finding
    return Finding(DiscrepancyKind.UPDATE, Severity.LOW, (first, later),
                   f"a later article ({day_later.isoformat()}) gives {what} than an earlier one "
                   f"({day_first.isoformat()}), so the fact may have changed: {finding.why}")
