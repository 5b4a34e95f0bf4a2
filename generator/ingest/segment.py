"""Segment: cleaned body paragraphs in, sentences with character offsets and stable ids out.

pysbd (a rule-based segmenter that knows abbreviations such as "Mr.", "Jan." and "U.S.") splits
each paragraph; offsets are shifted to point into `Source.text`, where paragraphs are joined by one
blank line. Sentence ids are `"{source_id}:s{index}"`, numbered over the whole source.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import pysbd

from generator.lexicon.ingest import (
    NAME_SUFFIXES,
    NAME_TITLES,
    STATE_ABBREVIATIONS,
    TIME_ABBREVIATIONS,
    TIME_ZONES,
)
from generator.model import Sentence, Source

PARAGRAPH_GAP = 2  # Source.text joins paragraphs with "\n\n"
# What pysbd may split a paragraph at: sentence ends, brackets, quote marks, and apostrophes that
# are not inside a word. A paragraph with none of them (but for one final ".", "!" or "?" after a
# letter or digit) is one sentence, and pysbd, which costs a millisecond a paragraph, is skipped;
# on the 29,786 distinct lines of the evaluation pages it gives the same spans for every one.
SPLIT_MARKS = re.compile(r"[.!?…。！？()\[\]{}\"“”‘«»„‹›]|(?<!\w)['’]|['’](?!\w)")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _locate(paragraph: str, sentences: list[str]) -> list[tuple[int, int]] | None:
    """Offsets of verbatim sentences found in order, or None when one is not found."""
    spans = []
    position = 0
    for sentence in sentences:
        text = sentence.strip()
        if not text:
            continue
        start = paragraph.find(text, position)
        if start < 0:
            return None
        spans.append((start, start + len(text)))
        position = start + len(text)
    return spans


@lru_cache(maxsize=65536)
def split_paragraph(paragraph: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence in the paragraph, whitespace trimmed; cached by content."""
    if _one_sentence(paragraph):
        start, end = len(paragraph) - len(paragraph.lstrip()), len(paragraph.rstrip())
        return ((start, end),) if end > start else ()
    segmenter = _segmenter()
    # pysbd's `segment` finds each sentence's offsets by compiling a regex of the escaped
    # sentence, which costs half of its time. Its processor's sentences are verbatim stretches of
    # the paragraph (clean=False), so `str.find` locates them in order instead; `segment` is the
    # fallback for a sentence it rewrote.
    located = _locate(paragraph, segmenter.processor(paragraph).process())
    if located is None:
        located = [(span.start, span.end) for span in segmenter.segment(paragraph)]
    spans = []
    for start, end in located:
        while start < end and paragraph[start].isspace():
            start += 1
        while end > start and paragraph[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    if not spans and paragraph.strip():
        spans.append((0, len(paragraph)))
    return _rejoin(paragraph, _cover(paragraph, spans))


def _one_sentence(paragraph: str) -> bool:
    """Whether the paragraph holds nothing pysbd could split it at (`SPLIT_MARKS`)."""
    core = paragraph.rstrip()
    if core[-1:] in (".", "!", "?") and core[-2:-1].isalnum():
        core = core[:-1]
    return not SPLIT_MARKS.search(core)


def _cover(paragraph: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Make the spans cover every non-space character: pysbd can drop stray punctuation.

    Text that falls between two spans is given to the sentence before it (or, at the start of the
    paragraph, to the first sentence), so no body character is ever lost.
    """
    covered: list[list[int]] = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        if paragraph[position:start].strip():
            if covered:
                covered[-1][1] = len(paragraph[:start].rstrip())
            else:
                start = len(paragraph[:position]) + (
                    len(paragraph[position:start]) - len(paragraph[position:start].lstrip())
                )
        covered.append([start, end])
        position = end
    if paragraph[position:].strip() and covered:
        covered[-1][1] = len(paragraph.rstrip())
    return tuple((start, end) for start, end in covered)


# Abbreviations that end a sentence only when a capitalised word follows (`_continues`).
ENDING_ABBREVIATIONS = STATE_ABBREVIATIONS | NAME_SUFFIXES | TIME_ABBREVIATIONS
# A sentence never opens with one of these marks: what follows a break before one continues.
CONTINUATION_MARKS = ",;:)]}%"
DASHES = "-–—"
INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}$")  # "U.S." and the like: a lower-case word goes on


def _rejoin(paragraph: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Undo pysbd's breaks after an abbreviation inside a sentence, in one pass.

    pysbd ends a sentence after "R-Ky." in "Jane Doe, R-Ky., said ..." and after "then-Sen." in
    "then-Sen. John Roe", which takes the speech verb away from its subject. A break is undone
    when the sentence after it cannot open a sentence (`_continues`); the joined span runs from
    the first sentence's start to the second's end, so offsets stay exact.
    """
    if len(spans) < 2:
        return spans
    joined = [spans[0]]
    for start, end in spans[1:]:
        before = joined[-1]
        if _continues(paragraph[before[0] : before[1]], paragraph[start:end]):
            joined[-1] = (before[0], end)
        else:
            joined.append((start, end))
    return tuple(joined)


def _continues(before: str, after: str) -> bool:
    """Whether `after` goes on with the sentence `before` rather than opening a new one."""
    if after[0] in CONTINUATION_MARKS or not any(c.isalnum() for c in after):
        return True  # a lone closing mark ('“' after "... more.") belongs to the sentence
    words = before.split()
    last = words[-1].lstrip("\"'“‘([") if words else ""
    if not last.endswith("."):
        return False
    word = last[:-1].rsplit("-", 1)[-1].lower()  # "then-Sen." -> "sen", "R-Ky." -> "ky"
    if word in NAME_TITLES:
        return after[0].isalnum()  # a title never ends a sentence: "Gov. | Jane Doe"
    abbreviation = word in ENDING_ABBREVIATIONS or bool(INITIALISM.search(last))
    if not abbreviation:
        return False
    if len(words) == 1 or after[0].islower() or after[0] in DASHES:
        return True  # "Calif." alone is no sentence; "Ariz. | on Monday", "Fla. | — which"
    first = after.split()[0].strip(".,;:").lower()
    if word in TIME_ABBREVIATIONS:
        return first in TIME_ZONES  # "9 p.m. | EST"
    # A state not after a city ("Fresno, Calif.") nor in a party tag modifies the title after
    # it: "the former Ariz. | Gov. Jane Doe".
    after_city = len(words) > 1 and words[-2].endswith(",")
    return word in STATE_ABBREVIATIONS and "-" not in last and not after_city and (
        first in NAME_TITLES)


def segment_source(source: Source) -> Source:
    sentences: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(source.body):
        for start, end in split_paragraph(paragraph):
            index = len(sentences)
            sentences.append(
                Sentence(
                    id=f"{source.id}:s{index}",
                    source=source.id,
                    index=index,
                    paragraph=number,
                    start=offset + start,
                    end=offset + end,
                    text=paragraph[start:end],
                )
            )
        offset += len(paragraph) + PARAGRAPH_GAP
    return replace(source, sentences=tuple(sentences))
