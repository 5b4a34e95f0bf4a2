"""One block of a pasted page judged by itself: its text in, its class (good, near-good, short,
bad) and the reason it would be junk out; and runs of short sentence lines judged together.

As jusText (Pomikálek, 2011) judges a block: a long line dense in the stop words of the page's
language is prose ("good"); a line with few stop words is a list, a menu or a label ("bad"); a
short line cannot tell ("short"), nor can a middling one ("near-good"). A line under the low
bar by the page's stop words is judged again by those of its own language (py3langid reads the
line): a page may print a letter in several languages, or quote a paragraph untranslated. Some
lines are junk whatever their length: a web address, a counter, a copyright line, a cookie
banner's line, a line the page repeats.

Prose told in short lines (a recipe's steps, a gallery's captions, short paragraphs) would be
taken for a menu line by line. What tells it from a menu is that its lines are sentences: each
ends with a full stop, a question or an exclamation mark, and several follow one another. Such a
run is judged as one paragraph (its lines joined) by the same stop-word test, and each of its
lines takes the run's class when it is higher. Counters and web addresses between them (a
gallery's "3 / 12") do not break the run; any other line does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from generator.ingest.languages import line_language, stop_words
from generator.lexicon.ingest import CONSENT_WORDS
from generator.settings import DEFAULT, IngestSettings
from generator.text import words


class Kind(StrEnum):
    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    BAD = "bad"


RANK = {Kind.BAD: 0, Kind.SHORT: 1, Kind.NEAR_GOOD: 2, Kind.GOOD: 3}


LINK = re.compile(r"^(https?://|www\.)\S+$|^\S+\.(com|org|net|de|fr|uk|html?|php)(/\S*)?$", re.I)
COUNTER = re.compile(r"^[\W\d_]*\d[\W\d_]*(\s+\w+){0,2}$")
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright\b", re.I)
SENTENCE_END = re.compile(r"[.!?…:;\"”“’»«)]$")

REPEATED = "repeated on the page (a menu, a label or a teaser shown twice)"
LINK_LIKE = "a web address or link"
COUNTER_LIKE = "a number or counter"
LEGAL = "legal or site notice"
FEW_STOP_WORDS = "few of the words prose is made of: a list, menu or label, not a paragraph"
SHORT_AMONG_JUNK = "short line among page furniture"
NEAR_JUNK = "between lines of page furniture"
CONSENT = "cookie or consent notice"
STRONG = frozenset({REPEATED, LINK_LIKE, COUNTER_LIKE, LEGAL, CONSENT})
OFF_ARTICLE = "apart from the article, after a long run of page furniture (teasers, comments)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Judged:
    kind: Kind
    reason: str  # why the line is junk when it ends up removed


def stop_share(text: str, stops: frozenset[str]) -> float:
    tokens = [w.lower() for w in words(text)]
    if not tokens:
        return 0.0
    return sum(t in stops for t in tokens) / len(tokens)


def is_consent_notice(text: str) -> bool:
    """A cookie banner's line: it names cookies and a site, a browser, consent, privacy or their
    settings, in any of the main languages of the web ('Cookie-Einstellungen', 'We use cookies
    to improve our website')."""
    if "cookie" not in text.lower():
        return False
    tokens = [w.lower() for w in words(text)]
    return any(t.startswith("cookie") for t in tokens) and any(t in CONSENT_WORDS for t in tokens)


def judge_alone(
    text: str, repeats: int, stops: frozenset[str], settings: IngestSettings
) -> Judged:
    """jusText's context-free class of one line, with the shapes that are junk at any length."""
    n_words = len(words(text))
    if LINK.match(text):
        return Judged(kind=Kind.BAD, reason=LINK_LIKE)
    if COUNTER.match(text) and n_words <= settings.counter_max_words:
        return Judged(kind=Kind.BAD, reason=COUNTER_LIKE)
    if COPYRIGHT.search(text) and n_words <= settings.prompt_max_words:
        return Judged(kind=Kind.BAD, reason=LEGAL)
    if is_consent_notice(text):
        return Judged(kind=Kind.BAD, reason=CONSENT)
    if repeats > 1 and n_words <= settings.repeated_max_words:
        return Judged(kind=Kind.BAD, reason=REPEATED)
    if len(text) < settings.short_line_chars:
        return Judged(kind=Kind.SHORT, reason=SHORT_AMONG_JUNK)
    prose, fair = prose_test(text, stops, settings)
    if stops and not fair and (SENTENCE_END.search(text) or len(text) > settings.long_line_chars):
        # the line may be prose in another language than the page's: prose ends like a sentence
        # or is long; the menu lines that are most of a page are not read twice
        own = stop_words(line_language(text))
        if own != stops:
            prose, fair = prose_test(text, own, settings)
    if prose and len(text) > settings.long_line_chars:
        return Judged(kind=Kind.GOOD, reason="")
    if prose or fair:
        return Judged(kind=Kind.NEAR_GOOD, reason=NEAR_JUNK)
    return Judged(kind=Kind.BAD, reason=FEW_STOP_WORDS)


def prose_test(
    text: str, stops: frozenset[str], settings: IngestSettings
) -> tuple[bool, bool]:
    """Whether a line reads as prose (a high share of stop words) and as fair text (a share above
    the low bar); for a language without a stop-word list, sentence punctuation stands in."""
    if not stops:
        ends = bool(SENTENCE_END.search(text))
        return ends, ends
    share = stop_share(text, stops)
    return share >= settings.stop_share_high, share >= settings.stop_share_low


# A full sentence's end: '.', '!', '?' or an ellipsis, then any closing quote or bracket.
FULL_STOP = re.compile(r"[.!?…][\"”’»)\]]*$")
PASSED_OVER = frozenset({COUNTER_LIKE, LINK_LIKE})  # furniture a run of captions carries over


def visible(text: str) -> str:
    """The line without the invisible format characters at its ends (a zero-width space or an
    invisible separator after a full stop hides that the line ends like a sentence)."""
    start, end = 0, len(text)
    while end > start and unicodedata.category(text[end - 1]) == "Cf":
        end -= 1
    while start < end and unicodedata.category(text[start]) == "Cf":
        start += 1
    return text[start:end].strip()


def is_sentence_line(text: str, settings: IngestSettings) -> bool:
    """A line that is a whole sentence: it ends with a full stop (or ! ? …) and has a few words."""
    shown = visible(text)
    return len(words(shown)) >= settings.prose_run_min_words and bool(FULL_STOP.search(shown))


def run_class(texts: Sequence[str], stops: frozenset[str], settings: IngestSettings) -> Kind:
    """The class of a run of sentence lines read as one paragraph: jusText's test on the joined
    text, with the low stop-word bar for good prose: that its lines are sentences is the
    evidence a high share would otherwise give."""
    joined = " ".join(texts)
    dense = stop_share(joined, stops) >= settings.stop_share_low if stops else True
    if not dense:
        return Kind.BAD
    return Kind.GOOD if len(joined) > settings.long_line_chars else Kind.NEAR_GOOD


def prose_runs(
    texts: Sequence[str],
    judged: Sequence[Judged],
    stops: frozenset[str],
    settings: IngestSettings = DEFAULT.ingest,
) -> list[Kind]:
    """The blocks' classes, with those of the runs of at least `prose_run_min_lines` sentence
    lines (short or near-good alone) raised to the run's class when it is higher."""
    kinds = [j.kind for j in judged]
    run: list[int] = []

    def close() -> None:
        if len(run) >= settings.prose_run_min_lines:
            kind = run_class([texts[b] for b in run], stops, settings)
            for b in run:
                if RANK[kind] > RANK[kinds[b]]:
                    kinds[b] = kind
        run.clear()

    for b, (text, judge) in enumerate(zip(texts, judged, strict=True)):
        if judge.kind in (Kind.SHORT, Kind.NEAR_GOOD) and is_sentence_line(text, settings):
            run.append(b)
        elif judge.reason in PASSED_OVER or not any(ch.isalnum() for ch in text):
            continue
        else:
            close()
    close()
    return kinds

