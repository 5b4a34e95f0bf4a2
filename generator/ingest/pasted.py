"""A pasted page: the draft of its cleaning in, its junk lines (by the line classifier of
`lines.py`), the headline above the article and the article's lead under it out.

A page copied whole has no markup to tell the article from its page: the classifier's blocks
(the pieces of a paragraph broken at links) and main stretch decide what is junk; the headline
is the line above the article that its opening retells (`headline.py`), not the first line; and
the lines between the headline and the main stretch that read as prose are the article's lead.
"""

from __future__ import annotations

from generator.ingest.bylines import split_outlet
from generator.ingest.draft import Draft
from generator.ingest.headline import find_headline, looks_like_headline
from generator.ingest.languages import stop_words
from generator.ingest.lines import NEAR_JUNK, OFF_ARTICLE, STRONG, blocks, is_mark, junk_lines
from generator.model import Fate
from generator.settings import IngestSettings


def mark_junk(draft: Draft, settings: IngestSettings) -> None:
    """A pasted page: the line classifier's junk, then the headline above the article."""
    stops = stop_words(draft.language)
    closed = set(draft.fates)
    grouped = blocks(draft.lines, closed, stops, settings, draft.after_blank)
    junk = junk_lines(draft.lines, closed, stops, settings, grouped)
    for i, reason in junk.items():
        draft.fates[i] = (Fate.REMOVED, reason)
        draft.soft.add(i)
    for block in grouped:
        if not any(ch.isalpha() for i in block for ch in draft.lines[i]):
            continue  # marks alone ('....', '!!!') make no paragraph
        draft.joined.update(block[1:])
        kept = any(i not in closed for i in block) and not any(i in junk for i in block)
        if len(block) > 1 and kept:
            for i in block:  # a lone comma between two links is the kept paragraph's again
                if i in closed and is_mark(draft.lines[i]):
                    del draft.fates[i]
    body = draft.open_lines()
    if not body:
        return
    first = body[0]
    candidates = [
        i for i in range(max(0, first - settings.title_search_lines), first + 1)
        if i not in closed and whole_line(draft, i)
    ]
    index = find_headline(draft.lines, candidates, opening(draft, body, settings), stops, settings)
    if index is None:
        return
    index = above_dek(draft, index, closed, settings)
    draft.fates.pop(index, None)
    draft.soft.discard(index)
    draft.title_index = index
    draft.title, glued = split_outlet(draft.lines[index].rstrip("."), settings)
    draft.outlet = draft.outlet or glued
    split = f"; outlet name '{glued}' split off" if glued else ""
    retold = "headline-like line that the article's opening retells"
    draft.fates[index] = (Fate.TITLE, retold + split)
    restore_lead(draft, index, first)


def opening(draft: Draft, body: list[int], settings: IngestSettings) -> list[str]:
    """The article's opening that the headline is compared with: its first lines of prose, of at
    least `short_line_chars` (a date, a byline or a label under the headline retells nothing of
    it), up to `title_match_chars` characters; the first line alone if there are none."""
    lines: list[str] = []
    size = 0
    for i in body[1:]:
        if size >= settings.title_match_chars:
            break
        if len(draft.lines[i]) >= settings.short_line_chars:
            lines.append(draft.lines[i])
            size += len(draft.lines[i])
    return lines or [draft.lines[body[0]]]


def above_dek(draft: Draft, index: int, closed: set[int], settings: IngestSettings) -> int:
    """The headline when the line found is the dek under it: the line right above, if it looks
    like a headline and the page shows it again (the page's title, its breadcrumbs), which a
    dek never is. The dek is then the standfirst, right under the title."""
    above = index - 1
    if (
        above < 0
        or above in closed
        or not whole_line(draft, above)
        or not looks_like_headline(draft.lines[above], settings)
        or draft.lines.count(draft.lines[above]) < 2
    ):
        return index
    return above


def whole_line(draft: Draft, i: int) -> bool:
    """Whether line `i` is a block of its own, not a piece of a paragraph broken at a link."""
    return i not in draft.joined and i + 1 not in draft.joined


def restore_lead(draft: Draft, title: int, first: int) -> None:
    """Between the headline and the article's main stretch sit the byline, the date, share
    buttons and often the article's first paragraphs, cut off by them: from the first line there
    that the classifier took for prose on its own (near-good or good), the soft junk is the
    article's again, less the lines that are junk by their shape (a link, a counter...)."""
    prose = (NEAR_JUNK, OFF_ARTICLE)
    lead = [i for i in range(title + 1, first) if i in draft.soft]
    start = next((i for i in lead if draft.fates[i][1] in prose), None)
    if start is None:
        return
    for i in lead:
        if i >= start and draft.fates[i][1] not in STRONG:
            del draft.fates[i]
            draft.soft.discard(i)
