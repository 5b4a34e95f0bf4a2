"""Quotation marks: the quoted stretches of one source's text, read mark by mark.

In: a `Source`. Out: `RawQuote` spans (offsets of the words inside the marks and of the marks
themselves) in text order. A small state machine per paragraph reads the marks rather than a
regex pair, because machine-translated copy leaves marks unbalanced, doubled or pointing the
wrong way: an opening mark while a quote is open closes it and opens the next one; a closing mark
with no open quote is a stray and is skipped; an opening mark at the very end of a paragraph is a
closing one; a quote left open at the end of a paragraph continues when the next paragraph starts
with an opening mark (the print convention for multi-paragraph quotes) and otherwise ends there.
Single marks count only when they pair up as a quotation outside a double-quoted stretch, so
apostrophes (Obama's, ’90s, rock ’n’ roll) never open a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator import language
from generator.lexicon import SPEECH_VERBS
from generator.model import Source
from generator.settings import DEFAULT, QuoteSettings

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
MARKS = re.compile(r"[“”„«»\"]")
# A single-quoted stretch: an opening mark after a space or bracket, then the first closing
# mark that is not an apostrophe (a closing mark followed by a letter is "the city’s").
SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=[\w$])(?P<body>[^‘“”\"\n]*?[^\s‘])[’']"
                    r"(?![\w’'])")
# ", she said." / ", Jane Doe added" ending a stretch: a cue whose closing mark is missing.
TRAILING_CUE = re.compile(
    r",\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?P<verb>[a-z]+)(?:\s+\w+){0,3}[.,:]?\s*$"
)
OPEN_CONTEXT = set(" \t\n([{—–-/")
CLOSE_CONTEXT = set(" \t\n,.;:!?)]}—–-")
PARAGRAPH_GAP = "\n\n"


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quotation found by the mark reader: content offsets into `Source.text`."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark, -1 when the quote was left open
    single: bool = False


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPENERS:
        if not text[i + 1:].strip():
            return False  # "... more. “" at the end of a paragraph closes
        return not (before not in OPEN_CONTEXT and after in CLOSE_CONTEXT)
    if ch in CLOSERS:
        return (before in OPEN_CONTEXT) and after.isalnum()  # '”Hello' used as an opener
    return before in OPEN_CONTEXT and after not in CLOSE_CONTEXT


def find_double(
    paragraph: str,
) -> tuple[list[tuple[int, int, int]], int | None, bool, int | None]:
    """Quoted spans in one paragraph, read on their own.

    Returns the closed quotes as (open mark, close mark, 0), the open mark of a quote still open
    at the end (or None), whether the paragraph starts with an opening mark, and the first
    closing mark met before any opening one (or None).
    """
    closed: list[tuple[int, int, int]] = []
    open_at: int | None = None
    stray: int | None = None  # a closing mark before any opening one
    for match in MARKS.finditer(paragraph):
        i = match.start()
        opening = _is_opening(paragraph, i)
        if open_at is None:
            if opening:
                open_at = i
            elif stray is None and not closed:
                stray = i
            continue  # a closing mark with nothing open is a stray
        ch = paragraph[i]
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        reopen = opening and ch in OPENERS + STRAIGHT and not after.isspace()
        if ch == STRAIGHT and paragraph[i - 1:i] not in OPEN_CONTEXT:
            reopen = False
        close = i
        if reopen:
            # '“They are creating urgency, she said. “It is ...': the missing closing mark
            # belongs before the cue.
            cue = _trailing_cue(paragraph, open_at + 1, i)
            if cue:
                close = cue.start() + 1
        closed.append((open_at, close, 0))
        open_at = i if reopen else None
    first = paragraph.lstrip()[:1]
    starts_open = bool(first) and first in OPENERS + STRAIGHT + "‘"
    return closed, open_at, starts_open, stray


def _trailing_cue(paragraph: str, start: int, end: int) -> re.Match[str] | None:
    """A ", she said." that ends paragraph[start:end], its verb a speech verb by its lemma (the
    fragment is parsed on its own: this happens only where a closing mark is missing)."""
    for comma in re.finditer(",", paragraph[start:end]):
        match = TRAILING_CUE.match(paragraph, start + comma.start(), end)
        if match is None:
            continue
        lemmas = {t.lemma_.lower() for t in language.doc(match.group(0), language.NEEDS_LEMMAS)
                  if t.text == match["verb"]}
        if lemmas & SPEECH_VERBS:
            return match
    return None


def find_quotes(source: Source, settings: QuoteSettings = DEFAULT.quotes) -> list[RawQuote]:
    """Every quotation of one source, in text order (offsets into `source.text`)."""
    text = source.text
    found: list[RawQuote] = []
    pending: int | None = None  # open mark of a quote running on from the previous paragraph
    pending_end = 0
    offset = 0
    for paragraph in source.body:
        closed, open_at, starts_open, stray = find_double(paragraph)
        if pending is not None:
            lead = len(paragraph) - len(paragraph.lstrip())
            if starts_open and closed and closed[0][0] == lead:
                # The opening mark that starts this paragraph continues the pending quote.
                _, close, _ = closed.pop(0)
                found.append(_raw(text, pending, offset + close))
                pending = None
            elif starts_open and open_at == lead and not closed:
                open_at = None  # still open: it runs on to the next paragraph
            elif not starts_open and stray is not None:
                # The continuation mark is missing but the quote's closing mark is here.
                found.append(_raw(text, pending, offset + stray))
                pending = None
            else:
                found.append(_raw(text, pending, pending_end, left_open=True))
                pending = None
        for open_mark, close_mark, _ in closed:
            found.append(_raw(text, offset + open_mark, offset + close_mark))
        if open_at is not None:
            if pending is None:
                pending = offset + open_at
            pending_end = offset + len(paragraph)
        elif pending is not None:
            pending_end = offset + len(paragraph)
        doubles = [(offset + a, offset + b) for a, b, _ in closed]
        if open_at is not None:
            doubles.append((offset + open_at, offset + len(paragraph)))
        for match in SINGLE.finditer(paragraph):
            a, b = offset + match.start(), offset + match.end()
            if any(x <= a < y or x < b <= y for x, y in doubles):
                continue  # single marks nested in a double quote belong to it
            found.append(RawQuote(start=a + 1, end=b - 1, open_mark=a, close_mark=b - 1,
                                  single=True))
        offset += len(paragraph) + len(PARAGRAPH_GAP)
    if pending is not None:
        found.append(_raw(text, pending, pending_end, left_open=True))
    kept = []
    for raw in sorted(found, key=lambda r: (r.start, r.end)):
        start, end = _content(text, raw.start, raw.end)
        body = text[start:end]
        if end - start < settings.min_quote_chars or not any(ch.isalnum() for ch in body):
            continue
        kept.append(replace(raw, start=start, end=end))
    return kept


def _raw(text: str, open_mark: int, close_mark: int, left_open: bool = False) -> RawQuote:
    return RawQuote(start=open_mark + 1, end=close_mark, open_mark=open_mark,
                    close_mark=-1 if left_open else close_mark)


def quote_text(source: Source, raw: RawQuote) -> str:
    """The words inside the marks; a paragraph break and its continuation mark become a space."""
    body = source.text[raw.start:raw.end]
    body = re.sub(r"\s*\n\n\s*[“„«\"‘]?", " ", body)
    return body.rstrip(" “„«")
