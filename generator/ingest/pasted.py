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
from generator.ingest.headline import (
    content_words,
    find_headline,
    headline_text,
    looks_like_headline,
)
from generator.ingest.judge import NEAR_JUNK, OFF_ARTICLE, STRONG
from generator.ingest.languages import stop_words
from generator.ingest.lines import blocks, is_mark, junk_lines
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
    found = find_headline(draft.lines, candidates, opening(draft, body, settings), stops, settings)
    index = far_headline(draft, found, body, closed, settings)
    if index is None:
        return
    index = above_dek(draft, index, closed, settings)
    draft.fates.pop(index, None)
    draft.soft.discard(index)
    draft.title_index = index
    draft.title, glued = split_outlet(headline_text(draft.lines[index]), settings)
    draft.outlet = draft.outlet or glued
    split = f"; outlet name '{glued}' split off" if glued else ""
    retold = "headline-like line that the article's opening retells"
    draft.fates[index] = (Fate.TITLE, retold + split)
    if not draft.far_title:
        restore_lead(draft, index, first)


def opening(
    draft: Draft, body: list[int], settings: IngestSettings, chars: int | None = None
) -> list[str]:
    """The article's opening that the headline is compared with: its first lines of prose, of at
    least `short_line_chars` (a date, a byline or a label under the headline retells nothing of
    it), up to `title_match_chars` characters (or `chars`); the first line alone if there are
    none."""
    limit = settings.title_match_chars if chars is None else chars
    lines: list[str] = []
    size = 0
    for i in body[1:]:
        if size >= limit:
            break
        if len(draft.lines[i]) >= settings.short_line_chars:
            lines.append(draft.lines[i][: limit - size])
            size += len(draft.lines[i])
    return lines or [draft.lines[body[0]]]


def far_headline(
    draft: Draft,
    found: tuple[float, int] | None,
    body: list[int],
    closed: set[int],
    settings: IngestSettings,
) -> int | None:
    """The headline when none was found right above the article, or only its own first line: a
    headline-like line up to `title_far_lines` above it that more of the article retells (its
    first `title_far_chars` characters), by at least `title_far_overlap`. The lead and the share
    bar under a headline are often cut off from the rest of the article by a box of teasers; the
    lead is then taken back (`restore_far_lead`)."""
    first = body[0]
    if found is not None and found[1] != first:
        return found[1]
    text = opening(draft, body, settings, settings.title_far_chars)
    candidates = [
        i for i in range(max(0, first - settings.title_far_lines), first)
        if i not in closed and whole_line(draft, i)
    ]
    stops = stop_words(draft.language)
    far = find_headline(
        draft.lines, candidates, text, stops, settings, settings.title_far_overlap,
        settings.title_far_min_words,
    )
    if far is None:
        return found[1] if found else None
    if found is not None:
        own = find_headline(draft.lines, [first], text, stops, settings, 0.0)
        if own is not None and own[0] >= far[0]:
            return first
    restore_far_lead(draft, far[1], first, settings)
    draft.far_title = True
    return far[1]


def restore_far_lead(draft: Draft, title: int, first: int, settings: IngestSettings) -> None:
    """Under a headline far above the article: the lines of prose the classifier took for junk
    (near-good or good alone) are the article's lead, down to the first run of more than
    `lead_gap_lines` other lines (the share bar, the teasers)."""
    gap = 0
    for i in range(title + 1, first):
        if gap > settings.lead_gap_lines:
            return
        if i in draft.soft and draft.fates[i][1] in (NEAR_JUNK, OFF_ARTICLE):
            del draft.fates[i]
            draft.soft.discard(i)
            gap = 0
        else:
            gap += 1


def above_dek(draft: Draft, index: int, closed: set[int], settings: IngestSettings) -> int:
    """The headline when the line found is the dek under it: the line right above, if it looks
    like a headline and the page shows it again (the page's title, its breadcrumbs), which a
    dek never is (nor is a date, which a page shows twice too: at least two content words that
    are not numbers). The dek is then the standfirst, right under the title."""
    above = index - 1
    stops = stop_words(draft.language)
    if (
        above < 0
        or above in closed
        or not whole_line(draft, above)
        or not looks_like_headline(draft.lines[above], settings)
        or draft.lines.count(draft.lines[above]) < 2
        or sum(not w.isdigit() for w in content_words(draft.lines[above], stops)) < 2
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
