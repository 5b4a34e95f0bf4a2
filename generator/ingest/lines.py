"""Junk in pasted text: the lines of a page copied whole in, the reason each junk line is not the
article out.

A page selected and copied gives one line per block of the page: menus, share buttons, dates,
counters, teasers and footers around the article's paragraphs. Each line is first judged alone,
as jusText (Pomikálek, 2011) judges a block: a long line dense in the stop words of the page's
language is prose ("good"); a line with few stop words is a list, a menu or a label ("bad"); a
short line cannot tell ("short"), nor can a middling one ("near-good"). Some lines are junk
whatever their length: a web address, a counter, a copyright line, a line the page repeats (a
menu shown twice). Then the neighbourhood decides, as in jusText: a short line between two good
ones is the article's (a subheading, a one-sentence paragraph), between two bad ones it is junk;
a near-good line next to a good one is kept. Last, the article is one stretch of the page: good
lines cut off from the main stretch by a long run of junk (the comments, teasers of other
stories) are left out. No rule names a site or a phrase: the thresholds are `IngestSettings`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from generator.settings import DEFAULT, IngestSettings
from generator.text import words


class Kind(StrEnum):
    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    BAD = "bad"


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
STRONG = frozenset({REPEATED, LINK_LIKE, COUNTER_LIKE, LEGAL})
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
    if repeats > 1 and n_words <= settings.repeated_max_words:
        return Judged(kind=Kind.BAD, reason=REPEATED)
    if len(text) < settings.short_line_chars:
        return Judged(kind=Kind.SHORT, reason=SHORT_AMONG_JUNK)
    if stops:
        share = stop_share(text, stops)
        prose = share >= settings.stop_share_high
        fair = share >= settings.stop_share_low
    else:  # a language without a stop-word list: sentence punctuation stands in
        prose = fair = bool(SENTENCE_END.search(text))
    if prose and len(text) > settings.long_line_chars:
        return Judged(kind=Kind.GOOD, reason="")
    if prose or fair:
        return Judged(kind=Kind.NEAR_GOOD, reason=NEAR_JUNK)
    return Judged(kind=Kind.BAD, reason=FEW_STOP_WORDS)


def _neighbour(kinds: Sequence[Kind], index: int, step: int, skip_near: bool) -> Kind:
    """The class of the nearest line before (-1) or after (+1) that is good or bad (and near-good
    unless skipped); the page's edges count as bad."""
    at = index + step
    while 0 <= at < len(kinds):
        kind = kinds[at]
        if kind in (Kind.GOOD, Kind.BAD) or (kind is Kind.NEAR_GOOD and not skip_near):
            return kind
        at += step
    return Kind.BAD


def revise(kinds: list[Kind]) -> list[Kind]:
    """jusText's context-sensitive pass: short lines, then near-good ones, take their
    neighbours' class."""
    settled = list(kinds)
    for i, kind in enumerate(kinds):
        if kind is not Kind.SHORT:
            continue
        before, after = _neighbour(kinds, i, -1, True), _neighbour(kinds, i, 1, True)
        if before is after:
            settled[i] = before
        elif Kind.NEAR_GOOD in (
            _neighbour(kinds, i, -1, False) if before is Kind.BAD else None,
            _neighbour(kinds, i, 1, False) if after is Kind.BAD else None,
        ):
            settled[i] = Kind.GOOD
        else:
            settled[i] = Kind.BAD
    for i, kind in enumerate(kinds):
        if kind is Kind.NEAR_GOOD:
            before, after = _neighbour(settled, i, -1, True), _neighbour(settled, i, 1, True)
            both_bad = before is after is Kind.BAD
            settled[i] = Kind.BAD if both_bad else Kind.GOOD
    return settled


def main_stretch(
    kinds: list[Kind], lines: Sequence[str], settings: IngestSettings
) -> tuple[range, list[range]]:
    """The stretch of lines holding the most good text, where a run of junk lines longer than
    `article_break_lines` splits the page into stretches."""
    stretches: list[tuple[int, int, int]] = []  # (good characters, first, last)
    start, last_good, size = None, -1, 0
    for i, kind in enumerate(kinds):
        if kind is not Kind.GOOD:
            continue
        if start is not None and i - last_good - 1 > settings.article_break_lines:
            stretches.append((size, start, last_good))
            start, size = None, 0
        start = i if start is None else start
        last_good, size = i, size + len(lines[i])
    if start is not None:
        stretches.append((size, start, last_good))
    if not stretches:
        return range(0), []
    _, first, last = max(stretches, key=lambda s: (s[0], -s[1]))
    best = max(size for size, _, _ in stretches)
    rivals = [range(a, b + 1) for size, a, b in stretches
              if size >= settings.rival_stretch_share * best and a != first]
    return range(first, last + 1), rivals


def widen(stretch: range, alone: list[Kind], texts: Sequence[str]) -> range:
    """The stretch grown over the blocks at its edges that read as the article's: near-good
    ones, and short ones that end like a sentence (a short lead, a last short paragraph)."""
    if not stretch:
        return stretch

    def reads(b: int) -> bool:
        short_sentence = alone[b] is Kind.SHORT and bool(SENTENCE_END.search(texts[b]))
        return alone[b] is Kind.NEAR_GOOD or short_sentence

    first, last = stretch.start, stretch.stop - 1
    while first > 0 and reads(first - 1):
        first -= 1
    while last + 1 < len(alone) and reads(last + 1):
        last += 1
    return range(first, last + 1)


def continues(line: str, following: str, stops: frozenset[str], settings: IngestSettings) -> bool:
    """Whether `following` carries on the sentence of `line`: a copied page breaks a paragraph
    into lines at every link or bold word, and the next piece starts in lower case or with
    punctuation, or the line breaks off after a stop word ('... asked the', '... exigió al'),
    which no headline, label or paragraph ends with."""
    if not following or SENTENCE_END.search(line):
        return False
    head = following[0]
    if head.islower() or head in ",.;:)!?":
        return True
    tokens = words(line)
    return len(tokens) >= settings.run_on_min_words and tokens[-1].lower() in stops


def blocks(
    lines: Sequence[str],
    closed: set[int],
    stops: frozenset[str] = frozenset(),
    settings: IngestSettings = DEFAULT.ingest,
) -> list[list[int]]:
    """The page's lines grouped into blocks: the pieces of one broken paragraph together."""
    grouped: list[list[int]] = []
    for i, text in enumerate(lines):
        joined = (
            grouped
            and i not in closed
            and grouped[-1][-1] == i - 1
            and grouped[-1][-1] not in closed
            and continues(lines[i - 1], text, stops, settings)
        )
        if joined:
            grouped[-1].append(i)
        else:
            grouped.append([i])
    return grouped


def between_prose(kinds: Sequence[Kind], index: int) -> bool:
    """Whether the blocks right before and after `index` are both prose."""
    return 0 < index < len(kinds) - 1 and kinds[index - 1] is kinds[index + 1] is Kind.GOOD


def junk_lines(
    lines: Sequence[str],
    closed: set[int],
    stops: frozenset[str],
    settings: IngestSettings = DEFAULT.ingest,
) -> dict[int, str]:
    """The reason each junk line (by index) is junk. `closed` lines (already given a fate, such
    as an advertisement marker) are left out of the neighbourhood: ads sit inside articles too."""
    counts = Counter(lines)
    grouped = [block for block in blocks(lines, closed, stops, settings) if block[0] not in closed]
    texts = [" ".join(lines[i] for i in block) for block in grouped]
    judged = [
        judge_alone(text, min(counts[lines[i]] for i in block), stops, settings)
        for block, text in zip(grouped, texts, strict=True)
    ]
    kinds = revise([j.kind for j in judged])
    if Kind.GOOD not in kinds:  # no prose at all: nothing to tell the article from its page by
        return {}
    main, rivals = main_stretch(kinds, texts, settings)
    stretch = widen(main, [j.kind for j in judged], texts)
    junk: dict[int, str] = {}
    for b, (block, kind) in enumerate(zip(grouped, kinds, strict=True)):
        if b in stretch:  # inside the article's stretch only the shapes of junk are junk
            reason = judged[b].reason if judged[b].reason in STRONG else ""
            if reason == REPEATED and between_prose(kinds, b):
                reason = ""  # a section heading that a table of contents repeats
        elif kind is Kind.GOOD and any(b in rival for rival in rivals):
            reason = judged[b].reason if judged[b].reason in STRONG else ""
        else:
            reason = OFF_ARTICLE if kind is Kind.GOOD else judged[b].reason or SHORT_AMONG_JUNK
        if reason:
            junk.update(dict.fromkeys(block, reason))
    return junk
