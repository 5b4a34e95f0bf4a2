"""timeline: the story's dated facts in, one timeline entry per date out.

Every date the articles give to the day, the month or the year (and ranges such as "Jan. 9-10"),
grouped by value, with the clearest sentence that states it and its sources. Dates with a year
come first, in order. Dates whose year no article states are placed on the calendar so that they
span the shortest stretch of time: the widest gap between them is taken as the turn of the year,
so "Dec. 3" comes before "Jan. 10".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from generator.model import DATE_KINDS, Fact, Story, TimelineEntry
from generator.settings import DEFAULT, StorySettings
from generator.story.wordings import clearest, shared_words, span_of

TIMELINE_DATE = re.compile(r"^(\d{4}(-\d\d){0,2}|--\d\d-\d\d)(/(\d{4}(-\d\d){0,2}|--\d\d-\d\d))?$")
# Month-days on a circle: 12 months of at most 31 days.
CIRCLE = 12 * 31


def month_day(value: str) -> tuple[int, int]:
    parts = value.split("/")[0].lstrip("-").split("-")
    return int(parts[0]), int(parts[1])


def day_number(value: str) -> int:
    month, day = month_day(value)
    return month * 31 + day


def calendar_order(values: list[str]) -> dict[str, int]:
    """A position for each date without a year: month-days on a circle, cut at the widest gap
    between them (the turn of the year when a story runs from December into January)."""
    days = sorted({day_number(v) for v in values})
    if not days:
        return {}
    gaps = [((days[(i + 1) % len(days)] - d) % CIRCLE, i) for i, d in enumerate(days)]
    _, widest = max(gaps)
    start = days[(widest + 1) % len(days)]
    return {v: (day_number(v) - start) % CIRCLE for v in values}


def timeline_key(value: str, unknown_year: dict[str, int]) -> tuple[int, int, str]:
    """Dated events first by year; events whose year no source states come after them, in
    calendar order (they are usually the story's own days)."""
    if value.startswith("--"):
        return (1, unknown_year[value], value)
    return (0, 0, value)


def build_timeline(
    story: Story, settings: StorySettings = DEFAULT.story
) -> tuple[TimelineEntry, ...]:
    common = shared_words(story)
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        value = fact.resolved or fact.value
        if fact.kind in DATE_KINDS and TIMELINE_DATE.match(value):
            groups[value].append(fact)
    entries = []
    for value, facts in groups.items():
        sentences = list({f.sentence_id: story.sentence(f.sentence_id) for f in facts}.values())
        best = sentences[clearest([s.text for s in sentences], common, settings)]
        label = Counter(f.text for f in facts).most_common(1)[0][0]
        entries.append(
            TimelineEntry(
                date=value,
                label=label,
                text=best.text,
                sources=tuple(sorted({f.source for f in facts})),
                evidence=tuple(span_of(s) for s in sentences),
            )
        )
    unknown_year = calendar_order([e.date for e in entries if e.date.startswith("--")])
    entries.sort(key=lambda e: (timeline_key(e.date, unknown_year), e.label))
    return tuple(entries)
