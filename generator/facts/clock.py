"""Clock: a sentence in, its times of day out; the story's time facts in, findings for times of
one event that cannot both be right out.

A time of day is a span of clock minutes from midnight (`value` "721/1080" for "afternoon"): a
clock time ("at 3 p.m.", "about 9:30 a.m.") is a minute (an "about" widens it by
`TIME_ABOUT` minutes), a part of the day ("Monday afternoon", "early evening", "last night") is
its span (`lexicon.DAY_PARTS`), and a bound ("by noon", "after 6 p.m.") reaches to the start or
the end of the day. The night runs past midnight, so a clock time before 05:00 is that night's.
A day named with the time ("Monday afternoon", "yesterday morning", "tonight") is resolved
against the article's date into `resolved`.

Two times meet as the event words around them meet (`events.event_words`, the same index as
dates): each must be the other's best match in the other source, and the same day when both
name one. They conflict when their spans do not meet ("by noon" and "Monday afternoon"; "at 3
p.m." and "in the evening"); two clock times less than `clock_slack` apart are shown low
(rounding), as is a pair whose day is only known on one side and is not that article's news day,
and a pair of which one time dates a plan ("will speak at 11 a.m."): a plan can move.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator import language
from generator.facts.dates import WEEKDAY_ORDER, parse_published
from generator.facts.events import common_words, event_words
from generator.facts.findings import Finding
from generator.facts.matching import governing_verb
from generator.facts.when import day_span
from generator.lexicon import (
    DAY_PART_QUALIFIERS,
    DAY_PARTS,
    EVENT_TYPES,
    PLAN_VERBS,
    TIME_BOUNDS,
)
from generator.model import DATE_KINDS, DiscrepancyKind, Fact, FactKind, Severity, Story
from generator.settings import DEFAULT, FactSettings

DAY_END = 1740  # 05:00 the next morning: the end of a day's night
NIGHT_UNTIL = 300  # a clock time before 05:00 belongs to the night before
TIME_ABOUT = 30  # minutes either side of an "about" or "around" clock time
_PARTS = "|".join(sorted(DAY_PARTS, key=len, reverse=True))
_DAYS = "|".join([*WEEKDAY_ORDER, "yesterday", "today", "this", "last"])
_QUALIFIERS = "|".join(DAY_PART_QUALIFIERS)
TIME_RE = re.compile(
    rf"""\b(?:(?P<bound>{'|'.join(TIME_BOUNDS)}|at|around|about|shortly\s+(?:before|after))\s+
        (?:the\s+)?)?
    (?:(?P<q1>{_QUALIFIERS})-?\s*)?
    (?:(?P<clock>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?:(?P<ampm>[ap])\.\s?m\.|(?P<ampm2>[ap])m\b))
     |(?:(?P<day>{_DAYS})\s+)?(?:(?P<q2>{_QUALIFIERS})\s+)?(?P<part>{_PARTS})\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# Parts of the day that are also figures of speech ("the dawn of a new era"): only a time with a
# preposition or a day before them.
FIGURATIVE = frozenset({"dawn", "daybreak", "dusk"})
DAY_SHIFTS = {"yesterday": -1, "today": 0, "this": 0}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day in a sentence: offsets relative to it, its span of minutes, its bound
    ("upper", "lower", "about", "") and the day it names relative to publication."""

    start: int
    end: int
    text: str
    first: int
    last: int
    bound: str
    day: str  # a weekday, "day-1" ("yesterday", "last night"), "day+0", or ""
    exact: bool  # a clock time, not a part of the day


def _clock(match: re.Match[str]) -> int:
    hour = int(match["h"]) % 12 + (12 if (match["ampm"] or match["ampm2"]).lower() == "p" else 0)
    minutes = hour * 60 + int(match["m"] or 0)
    return minutes + 1440 if minutes < NIGHT_UNTIL else minutes


def _part(match: re.Match[str]) -> tuple[int, int]:
    first, last = DAY_PARTS[match["part"].lower()]
    qualifier = (match["q1"] or match["q2"] or "").lower()
    if qualifier:
        low, high = DAY_PART_QUALIFIERS[qualifier]
        first, last = (first + round((last - first) * low), first + round((last - first) * high))
    return first, last


def _day(match: re.Match[str]) -> str:
    day = (match["day"] or "").lower()
    if day in WEEKDAY_ORDER:
        return day
    if day == "last":  # "last night": the night before publication
        return "day-1"
    if day in DAY_SHIFTS:
        return f"day{DAY_SHIFTS[day]:+d}"
    return "day+0" if (match["part"] or "").lower() == "tonight" else ""


def find_times(text: str) -> list[TimeMention]:
    """Every time of day in a sentence, in order."""
    found = []
    for match in TIME_RE.finditer(text):
        bound_word = (match["bound"] or "").lower().split()[-1] if match["bound"] else ""
        if match["part"]:
            part = match["part"]
            if part[0].isupper() and match.start("part") > 0:
                continue  # a capitalised "Night" inside a sentence is a name ("Election Night")
            if part.lower() in FIGURATIVE and not (bound_word or match["day"]):
                continue
            first, last = _part(match)
        else:
            first = last = _clock(match)
        bound = TIME_BOUNDS.get(bound_word, "about" if bound_word in ("around", "about") else "")
        if bound == "upper":
            first = 0
        elif bound == "lower":
            last = DAY_END
        elif bound == "about" and match["clock"]:
            first, last = first - TIME_ABOUT, last + TIME_ABOUT
        start = match.start() if bound else match.start("q1") if match["q1"] else (
            match.start("clock") if match["clock"] else match.start("day") if match["day"]
            else match.start("q2") if match["q2"] else match.start("part"))
        found.append(TimeMention(start, match.end(), text[start : match.end()], first, last,
                                 bound, _day(match), bool(match["clock"])))
    return found


def resolve_day(day: str, published: str) -> str:
    """The ISO day a time's day word names, against the article's date ("" when unknown)."""
    day0 = parse_published(published)
    if day0 is None or not day:
        return ""
    if day in WEEKDAY_ORDER:
        back = (day0.weekday() - WEEKDAY_ORDER.index(day)) % 7
        return (day0 - dt.timedelta(days=back)).isoformat()
    return (day0 + dt.timedelta(days=int(day[3:]))).isoformat()


def span(fact: Fact) -> tuple[int, int]:
    first, _, last = fact.value.partition("/")
    return int(first), int(last)


def _gap(a: Fact, b: Fact) -> int:
    (a1, a2), (b1, b2) = span(a), span(b)
    return max(b1 - a2, a1 - b2, 0)


# A time fact, the words of its event, its day, the act of its verb, and whether it is a plan.
Timed = tuple[Fact, frozenset[str], str, str, bool]


def _timed(story: Story, settings: FactSettings) -> list[Timed]:
    """Every time fact with the words of its event, its day (its own, else the one day the
    sentence's dates name) and the kind of act of its verb."""
    common = common_words((s for src in story.sources for s in src.sentences),
                          settings.common_share)
    published = {source.id: source.published for source in story.sources}
    days: dict[str, set[str]] = defaultdict(set)
    for fact in story.facts:
        if fact.kind in DATE_KINDS:
            when = day_span(fact, published[fact.source], settings.longest_span)
            if when is not None and when.first == when.last:
                days[fact.sentence_id].add(when.value)
    timed = []
    for fact in story.facts:
        if fact.kind != FactKind.TIME:
            continue
        sentence = story.sentence(fact.sentence_id)
        local = fact.start - sentence.start
        before = sentence.text[:local].split()[-settings.event_window :]
        after = sentence.text[local + len(fact.text) :].split()[: settings.event_window]
        words = event_words(" ".join(before + after), settings.stem_letters) - common
        own = days[fact.sentence_id]
        day = fact.resolved or (next(iter(own)) if len(own) == 1 else "")
        verb = governing_verb(sentence.text, local)[0]
        timed.append((fact, words, day, EVENT_TYPES.get(verb, verb),
                      planned(sentence.text, local)))
    return timed


def planned(text: str, start: int) -> bool:
    """Whether the time at `start` dates a plan, not a thing done: its verb, or a verb above it,
    takes a modal ("will make the announcement at 11 a.m.") or is a verb of planning
    (`lexicon.PLAN_VERBS`: "is scheduled to speak"). A plan can move, so a planned time against a
    reported one is no proof of a mistake."""
    doc = language.doc(text)
    token = next((t for t in doc if t.idx >= start), None)
    while token is not None:
        if any(c.tag_ == "MD" for c in token.children) or token.lemma_.lower() in PLAN_VERBS:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _best(timed: list[Timed], needed: int) -> list[dict[str, tuple[tuple[int, int], int]]]:
    """For each time, its best match in every other source (most shared event words, then the
    first listed), through an index of the words."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, (_, words, *_) in enumerate(timed):
        for word in sorted(words):
            postings[word].append(n)
    best = []
    for fact, words, day, verb, _ in timed:
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(postings[word])
        found: dict[str, tuple[tuple[int, int], int]] = {}
        for m, count in shared.items():
            other, _, other_day, other_verb, _ = timed[m]
            least = 1 if verb and verb == other_verb else needed
            if other.source == fact.source or count < least or (day and other_day
                                                                 and day != other_day):
                continue
            rank = (-count, m)
            if other.source not in found or rank < found[other.source][0]:
                found[other.source] = (rank, m)
        best.append(found)
    return best


def _severity(a: Timed, b: Timed, published: dict[str, str],
              settings: FactSettings) -> tuple[Severity, str]:
    if a[0].unit == b[0].unit == "clock" and _gap(a[0], b[0]) < settings.clock_slack:
        return Severity.LOW, "; two clock times close enough to be one rounded"
    if a[4] or b[4]:
        return Severity.LOW, "; one of the two times is a plan, which can move"
    known = a if a[2] and not b[2] else b if b[2] and not a[2] else None
    if known is not None:
        other = b if known is a else a
        news_day = parse_published(published[other[0].source])
        day = dt.date.fromisoformat(known[2])
        if news_day is None or not 0 <= (news_day - day).days <= 1:
            return Severity.LOW, "; only one of the two times names its day"
    return Severity.MEDIUM, ""


def time_findings(story: Story, settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """Times of day of one event, in different sources, whose spans do not meet."""
    timed = _timed(story, settings)
    stated: dict[str, set[str]] = defaultdict(set)
    for fact, *_ in timed:
        stated[fact.source].add(fact.value)
    published = {source.id: source.published for source in story.sources}
    best = _best(timed, settings.event_words_day)
    findings = []
    for n, entry in enumerate(timed):
        for source, (_, m) in sorted(best[n].items()):
            back = best[m].get(entry[0].source)
            if source <= entry[0].source or back is None or back[1] != n:
                continue
            a, b = entry[0], timed[m][0]
            if _gap(a, b) == 0 or a.value in stated[b.source] or b.value in stated[a.source]:
                continue
            severity, note = _severity(entry, timed[m], published, settings)
            shared = ", ".join(sorted(entry[1] & timed[m][1]))
            findings.append(Finding(DiscrepancyKind.DATE, severity, (a, b),
                                    f"two times of day for one event that do not meet (the "
                                    f"words around them name the same event: {shared}){note}"))
    return findings
