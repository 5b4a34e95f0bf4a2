"""Events: the story's date facts in, findings for dates of one event that differ out.

Most outlets write independently, so the same event is often dated in sentences the alignment
did not match. Each date is keyed by the distinctive words around it (`event_words`: content
words, stemmed, with synonyms of common event types folded into one, `lexicon.EVENT_TYPES`);
words found in too many of the story's sentences (the main actors' names, "said") do not count.
Two dates of different sources are compared when each is the other's best match and they share
enough words, and they only conflict when neither source states the other's date anywhere: two
outlets that both mention the 3rd and the 7th are telling of two events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from generator.facts.dates import date_bounds, date_value, grain, ranges_overlap
from generator.facts.findings import Finding
from generator.facts.matching import COMMON_AT_LEAST, governing_verb
from generator.facts.when import day_span
from generator.lexicon import EVENT_STOPWORDS, EVENT_TYPES, PRIMARY_VERBS, TIME_WORDS, WEEKDAYS
from generator.model import DATE_KINDS, DiscrepancyKind, Fact, FactKind, Sentence, Severity, Story
from generator.settings import DEFAULT, FactSettings

WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# Words of fewer letters say little about an event ("war" is the exception that proves costly).
MIN_LETTERS = 3


def event_words(text: str, stem_letters: int = DEFAULT.facts.stem_letters) -> frozenset[str]:
    """The words of `text` that can name an event: content words, stemmed to their first
    `stem_letters` letters, an event type's synonyms as the type."""
    words = set()
    for word in WORD_RE.findall(text):
        low = word.lower().strip("’'")
        if low in EVENT_STOPWORDS or low in TIME_WORDS or len(low) < MIN_LETTERS:
            continue
        words.add(EVENT_TYPES.get(low, low[:stem_letters]))
    return frozenset(words)


def common_words(sentences: Iterable[Sentence], share: float) -> frozenset[str]:
    """Event words found in more than `share` of the story's sentences: too common to key on.

    The event types ("speak", "meet") are kept however common: with a place or a "last" they
    are what tells one event from another."""
    texts = Counter(sentence.text for sentence in sentences)  # reprints repeat sentences
    total = sum(texts.values())
    counts: Counter[str] = Counter()
    for text, n in texts.items():
        counts.update(dict.fromkeys(event_words(text), n))
    event_types = set(EVENT_TYPES.values())
    return frozenset(
        w for w, n in counts.items()
        if n > share * max(total, 1) and n >= COMMON_AT_LEAST and w not in event_types
    )


# Kinds of act that date an event by themselves: two dates whose verbs are the same act ("passed
# on Tuesday", "voted on Wednesday") need share no other word to be one event, for outlets name
# the thing acted on differently ("the bill", "the resolution"). "last" is a word of order, not
# an act.
ACTS = frozenset(EVENT_TYPES.values()) - {"last"}
# A date fact, the words around it, its value, and the event type of its verb ("vote" for
# "passed", "" when it has none).
Dated = tuple[Fact, frozenset[str], str, str]
MatchKey = tuple[int, int, int, int, int]
Best = dict[str, tuple[MatchKey, int]]  # source -> (rank, index of the match)


def _best_matches(entries: Sequence[Dated], min_shared: int) -> list[Best]:
    """For each dated fact, its best match in every other source: (rank, index in `entries`).

    The best match is the date most likely to be the same event: an equal or overlapping date
    first, then the most shared words, then the first in the text, then the first listed. Only
    dates sharing `min_shared` (at least one) words can match, so the candidates come from an
    index of the words: a story of a thousand reprints never compares every date with every
    other."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, (_, words, _, _) in enumerate(entries):
        for word in sorted(words):
            postings[word].append(n)
    values = [value for _, _, value, _ in entries]
    grains = [grain(value) for value in values]
    bounds = [date_bounds(value) for value in values]
    relative = [_relative(fact, fact) for fact, _, _, _ in entries]  # once per date, not per pair
    best: list[Best] = []
    for n, (fact, words, _, verb) in enumerate(entries):
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(postings[word])
        found: Best = {}
        for m, count in shared.items():
            other = entries[m][0]
            needed = 1 if verb in ACTS and entries[m][3] == verb else min_shared
            if count < needed or other.source == fact.source or grains[m] != grains[n]:
                continue
            if (relative[n] or relative[m]) and (not verb or verb in PRIMARY_VERBS
                                           or entries[m][3] != verb):
                continue  # a weekday or "yesterday" only meets a date of the same kind of act
            overlap = bounds[n][0] <= bounds[m][1] and bounds[m][0] <= bounds[n][1]
            rank = (-int(values[n] == values[m]), -int(overlap), -count, other.start, m)
            if other.source not in found or rank < found[other.source][0]:
                found[other.source] = (rank, m)
        best.append(found)
    return best


def _severity(a: Fact, b: Fact, value_a: str, value_b: str,
              published: dict[str, str]) -> tuple[Severity, str]:
    """How sure the conflict is. Two dates written out that do not meet: high. Dates that
    overlap, or one resting on the publication date (a weekday, "yesterday"): medium. A
    weekday a day off a date of an article published on another day: low, for a front
    matter's date can be a day off."""
    relative = _relative(a, b)
    if ranges_overlap(value_a, value_b):
        return Severity.MEDIUM, "; the dates overlap"
    if not relative:
        return Severity.HIGH, ""
    gap = abs(_ordinal(date_bounds(value_a)[0]) - _ordinal(date_bounds(value_b)[0]))
    if gap <= 1 and published.get(a.source) != published.get(b.source):
        return Severity.LOW, ("; one date rests on a publication date, and the articles were "
                              "published on different days")
    return Severity.MEDIUM, "; one date is read against its article's publication date"


def _relative(a: Fact, b: Fact) -> bool:
    """Whether either date rests on its article's publication date ("Tuesday", "last week")."""
    return any(f.kind == FactKind.TIME_REF or f.value in WEEKDAYS for f in (a, b))


def _vague_holds(vague: Fact, span: str, other: str) -> bool:
    """Whether a time reference's span of days ("last week", "earlier this week") holds the
    other date: the vaguer wording agrees with the precise one ("last week" and "Thursday")."""
    if vague.kind != FactKind.TIME_REF:
        return False
    first, last = date_bounds(span)
    other_first, other_last = date_bounds(other)
    return first <= other_first and other_last <= last and span != other


def _ordinal(value: str) -> int:
    try:
        return dt.date.fromisoformat(value).toordinal()
    except ValueError:
        return 0


def compare_events(dated: Sequence[Dated], min_shared: int,
                   stated: dict[str, set[str]],
                   published: dict[str, str] | None = None) -> list[Finding]:
    """Dates of different sources whose surrounding words name the same event.

    `dated` holds (date fact, event words around it, its value); `stated` maps a source to
    every date value it states anywhere. Two dates are compared when each is the other's best
    match; they only conflict when neither source states the other's date anywhere, and two
    weekdays of one name never do (a publication date can be a day off). Findings come source
    pair by source pair (in source order), then in the order of the first source's dates.
    """
    by_source: dict[str, list[Dated]] = defaultdict(list)
    for entry in dated:
        by_source[entry[0].source].append(entry)
    entries = [entry for source in sorted(by_source) for entry in by_source[source]]
    best = _best_matches(entries, max(min_shared, 1))
    keyed: list[tuple[str, str, int, Finding]] = []
    for n, (a, words_a, value_a, verb_a) in enumerate(entries):
        for src_b, (_, m) in best[n].items():
            if src_b <= a.source:
                continue
            b, words_b, value_b, verb_b = entries[m]
            back = best[m].get(a.source)
            if back is None or back[1] != n or value_a == value_b or a.value == b.value:
                continue
            key_a, key_b = (value_a if not _relative(a, b) else f"{value_a}|{verb_a}",
                            value_b if not _relative(a, b) else f"{value_b}|{verb_b}")
            if key_a in stated[src_b] or key_b in stated[a.source]:
                continue
            if _vague_holds(a, value_a, value_b) or _vague_holds(b, value_b, value_a):
                continue
            severity, note = _severity(a, b, value_a, value_b, published or {})
            keyed.append((a.source, src_b, n, Finding(
                DiscrepancyKind.DATE, severity, (a, b),
                "the words around the two dates name the same event ("
                + ", ".join(sorted(words_a & words_b)) + ")" + note,
            )))
    keyed.sort(key=lambda t: t[:3])
    return [finding for *_, finding in keyed]


def _window(text: str, start: int, end: int, size: int) -> str:
    before = text[:start].split()[-size:]
    after = text[end:].split()[:size]
    return " ".join(before + after)


def _value(fact: Fact, published: str, settings: FactSettings) -> str:
    """The value a date is compared on: the days it names when it names at most a week
    (`when.py`), else the date as written (a month, a year), resolved when it could be."""
    span = day_span(fact, published, settings.longest_span)
    if span is not None:
        return span.value
    return date_value(fact) if fact.kind == FactKind.DATE else ""


def _stated_dates(dated: Iterable[Dated]) -> dict[str, set[str]]:
    """Source -> every date value it states, with the coarser dates that contain them (a
    source that states a day also states its month)."""
    stated: dict[str, set[str]] = defaultdict(set)
    for fact, _, value, verb in dated:
        stated[fact.source].update((value, f"{value}|{verb}"))
        first = date_bounds(value)[0]
        if len(first) >= 7:
            stated[fact.source].add(first[: len(first) - 3])
    return stated


def event_findings(story: Story, settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """Every finding between dates of one event stated in differently worded sentences."""
    common = common_words((s for src in story.sources for s in src.sentences),
                          settings.common_share)
    needed = {"day": settings.event_words_day, "month": settings.event_words_day,
              "year": settings.event_words_year}
    published = {source.id: source.published for source in story.sources}
    every: list[Dated] = []
    dated: dict[str, list[Dated]] = defaultdict(list)
    for fact in story.facts:
        value = _value(fact, published[fact.source], settings) if fact.kind in DATE_KINDS else ""
        if not value:
            continue
        sentence = story.sentence(fact.sentence_id)
        local = fact.start - sentence.start
        around = _window(sentence.text, local, local + len(fact.text), settings.event_window)
        words = event_words(around, settings.stem_letters) - common
        verb = governing_verb(sentence.text, local)[0]
        entry = (fact, words - event_words(fact.text, settings.stem_letters), value,
                 EVENT_TYPES.get(verb, verb))
        every.append(entry)
        if grain(value) in needed:
            dated[grain(value)].append(entry)
    stated = _stated_dates(every)
    findings: list[Finding] = []
    for level, entries in sorted(dated.items()):
        findings.extend(compare_events(entries, needed[level], stated, published))
    return findings
