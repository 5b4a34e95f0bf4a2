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

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from generator.facts.dates import date_bounds, date_value, grain, ranges_overlap
from generator.facts.findings import Finding
from generator.lexicon import EVENT_STOPWORDS, EVENT_TYPES, TIME_WORDS
from generator.model import DiscrepancyKind, Fact, FactKind, Sentence, Severity, Story
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
        w for w, n in counts.items() if n > share * max(total, 1) and w not in event_types
    )


Dated = tuple[Fact, frozenset[str]]
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
    for n, (_, words) in enumerate(entries):
        for word in sorted(words):
            postings[word].append(n)
    values = [date_value(fact) for fact, _ in entries]
    grains = [grain(fact.value) for fact, _ in entries]
    bounds = [date_bounds(value) for value in values]
    best: list[Best] = []
    for n, (fact, words) in enumerate(entries):
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(postings[word])
        found: Best = {}
        for m, count in shared.items():
            other = entries[m][0]
            if count < min_shared or other.source == fact.source or grains[m] != grains[n]:
                continue
            overlap = bounds[n][0] <= bounds[m][1] and bounds[m][0] <= bounds[n][1]
            rank = (-int(values[n] == values[m]), -int(overlap), -count, other.start, m)
            if other.source not in found or rank < found[other.source][0]:
                found[other.source] = (rank, m)
        best.append(found)
    return best


def compare_events(dated: Sequence[Dated], min_shared: int,
                   stated: dict[str, list[str]]) -> list[Finding]:
    """Dates of different sources whose surrounding words name the same event.

    `dated` holds (date fact, event words around it); `stated` maps a source to every date value
    it states anywhere. Two dates are compared when each is the other's best match; they only
    conflict when neither source states the other's date anywhere. Findings come source pair by
    source pair (in source order), then in the order of the first source's dates.
    """
    by_source: dict[str, list[Dated]] = defaultdict(list)
    for fact, words in dated:
        by_source[fact.source].append((fact, words))
    entries = [entry for source in sorted(by_source) for entry in by_source[source]]
    best = _best_matches(entries, max(min_shared, 1))
    keyed: list[tuple[str, str, int, Finding]] = []
    for n, (a, words_a) in enumerate(entries):
        for src_b, (_, m) in best[n].items():
            if src_b <= a.source:
                continue
            b, words_b = entries[m]
            back = best[m].get(a.source)
            if back is None or back[1] != n or date_value(a) == date_value(b):
                continue
            if date_value(a) in stated[src_b] or date_value(b) in stated[a.source]:
                continue
            overlap = ranges_overlap(date_value(a), date_value(b))
            keyed.append((a.source, src_b, n, Finding(
                DiscrepancyKind.DATE, Severity.MEDIUM if overlap else Severity.HIGH, (a, b),
                "the words around the two dates name the same event ("
                + ", ".join(sorted(words_a & words_b)) + ")"
                + ("; the dates overlap" if overlap else ""),
            )))
    keyed.sort(key=lambda t: t[:3])
    return [finding for *_, finding in keyed]


def _window(text: str, start: int, end: int, size: int) -> str:
    before = text[:start].split()[-size:]
    after = text[end:].split()[:size]
    return " ".join(before + after)


def _stated_dates(story: Story) -> dict[str, list[str]]:
    """Source -> every date value it states, with the coarser dates that contain them (a
    source that states a day also states its month)."""
    stated: dict[str, list[str]] = defaultdict(list)
    for fact in story.facts:
        if fact.kind == FactKind.DATE:
            stated[fact.source].append(date_value(fact))
    for values in stated.values():
        extra = []
        for value in values:
            first = date_bounds(value)[0]
            if len(first) >= 7:
                extra.append(first[: len(first) - 3])
        values.extend(extra)
    return stated


def event_findings(story: Story, settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """Every finding between dates of one event stated in differently worded sentences."""
    common = common_words((s for src in story.sources for s in src.sentences),
                          settings.common_share)
    needed = {"day": settings.event_words_day, "month": settings.event_words_day,
              "year": settings.event_words_year}
    dated: dict[str, list[Dated]] = defaultdict(list)
    for fact in story.facts:
        level = grain(fact.value)
        if fact.kind != FactKind.DATE or level not in needed:
            continue
        sentence = story.sentence(fact.sentence_id)
        local = fact.start - sentence.start
        around = _window(sentence.text, local, local + len(fact.text), settings.event_window)
        words = event_words(around, settings.stem_letters) - common
        dated[level].append((fact, words - event_words(fact.text, settings.stem_letters)))
    stated = _stated_dates(story)
    findings: list[Finding] = []
    for level, entries in sorted(dated.items()):
        findings.extend(compare_events(entries, needed[level], stated))
    return findings
