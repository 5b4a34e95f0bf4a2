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

from generator.ingest.headline import find_headline, looks_like_headline
from generator.ingest.judge import (
    OFF_ARTICLE,
    REPEATED,
    SENTENCE_END,
    SHORT_AMONG_JUNK,
    STRONG,
    Kind,
    judge_alone,
    prose_runs,
    visible,
)
from generator.settings import DEFAULT, IngestSettings
from generator.text import words


def _neighbours(kinds: Sequence[Kind], skip_near: bool) -> tuple[list[Kind], list[Kind]]:
    """For each line, the class of the nearest line before it and of the nearest after it that
    is good or bad (and near-good unless skipped); the page's edges count as bad. Two passes:
    a page of ten thousand short lines is read in linear time."""
    def counts(kind: Kind) -> bool:
        return kind in (Kind.GOOD, Kind.BAD) or (kind is Kind.NEAR_GOOD and not skip_near)

    before, after = [Kind.BAD] * len(kinds), [Kind.BAD] * len(kinds)
    last = Kind.BAD
    for i, kind in enumerate(kinds):
        before[i] = last
        last = kind if counts(kind) else last
    last = Kind.BAD
    for i in range(len(kinds) - 1, -1, -1):
        after[i] = last
        last = kinds[i] if counts(kinds[i]) else last
    return before, after


def revise(kinds: list[Kind]) -> list[Kind]:
    """jusText's context-sensitive pass: short lines, then near-good ones, take their
    neighbours' class."""
    settled = list(kinds)
    before, after = _neighbours(kinds, skip_near=True)
    near_before, near_after = _neighbours(kinds, skip_near=False)
    for i, kind in enumerate(kinds):
        if kind is not Kind.SHORT:
            continue
        if before[i] is after[i]:
            settled[i] = before[i]
        elif Kind.NEAR_GOOD in (
            near_before[i] if before[i] is Kind.BAD else None,
            near_after[i] if after[i] is Kind.BAD else None,
        ):
            settled[i] = Kind.GOOD
        else:
            settled[i] = Kind.BAD
    # Near-good lines in order: the ones before a line are settled by then, those after not yet.
    _, after = _neighbours(settled, skip_near=True)
    last = Kind.BAD
    for i, kind in enumerate(kinds):
        if kind is Kind.NEAR_GOOD:
            settled[i] = Kind.BAD if last is after[i] is Kind.BAD else Kind.GOOD
        if settled[i] in (Kind.GOOD, Kind.BAD):
            last = settled[i]
    return settled


def main_stretch(
    kinds: list[Kind], lines: Sequence[str], settings: IngestSettings, lifted: frozenset[int],
    stops: frozenset[str] | None = None,
) -> tuple[range, list[range]]:
    """The stretch of lines holding the most good text, where a run of junk lines longer than
    `article_break_lines` splits the page into stretches. The lines a run of sentences `lifted`
    (`judge.prose_runs`) do not count towards which stretch is the article's, whose prose stands
    on its own (a comment thread of short lines is no article), but they do towards a rival's."""
    stretches: list[tuple[int, int, int, int]] = []  # (own characters, all, first, last)
    start, last_good, own, size = None, -1, 0, 0
    for i, kind in enumerate(kinds):
        if kind is not Kind.GOOD:
            continue
        if start is not None and i - last_good - 1 > settings.article_break_lines:
            stretches.append((own, size, start, last_good))
            start, own, size = None, 0, 0
        start = i if start is None else start
        last_good, size = i, size + len(lines[i])
        own += 0 if i in lifted else len(lines[i])
    if start is not None:
        stretches.append((own, size, start, last_good))
    if not stretches:
        return range(0), []
    _, best, first, last = max(stretches, key=lambda s: (s[0], s[1], -s[2]))
    rivals = [range(a, b + 1) for _, size, a, b in stretches
              if size >= settings.rival_stretch_share * best and a != first]
    if stops is not None and len(stretches) > 1:
        story = first_story(stretches, first, kinds, lines, stops, settings)
        if story is not None:  # the longer stretch is a second story: it stays a rival
            rivals = [r for r in rivals if r.start != story[2]] + [range(first, last + 1)]
            _, _, first, last = story
    return range(first, last + 1), rivals


def first_story(
    stretches: list[tuple[int, int, int, int]],
    first: int,
    kinds: list[Kind],
    lines: Sequence[str],
    stops: frozenset[str],
    settings: IngestSettings,
) -> tuple[int, int, int, int] | None:
    """The stretch to take over the one with the most prose (starting at `first`) when both
    open under a headline of their own that their opening retells (`headline.find_headline`) and
    it comes first on the page, with at least `story_min_chars` of prose: the page's own story,
    above a second story the page runs on into (the next article, a longer feature). None
    otherwise."""
    main = next(stretch for stretch in stretches if stretch[2] == first)
    if not _headed(first, main[3], kinds, lines, stops, settings):
        return None
    for stretch in stretches:
        if stretch[2] >= first:
            return None
        if stretch[1] >= settings.story_min_chars and _headed(
            stretch[2], stretch[3], kinds, lines, stops, settings
        ):
            return stretch
    return None


def _headed(
    start: int, end: int, kinds: Sequence[Kind], lines: Sequence[str], stops: frozenset[str],
    settings: IngestSettings,
) -> bool:
    """Whether a line up to `title_search_lines` above the stretch from `start` to `end` (or in it,
    above its first prose) is a headline that the stretch's opening prose (`title_match_chars` of
    it) retells."""
    opening: list[str] = []
    size, prose = 0, None
    for i in range(start, end + 1):  # the stretch's own prose: each block is read once
        if size >= settings.title_match_chars:
            break
        if (
            kinds[i] is Kind.GOOD
            and len(lines[i]) >= settings.short_line_chars
            and not looks_like_headline(lines[i], settings)
        ):
            opening.append(lines[i])
            size += len(lines[i])
            prose = i if prose is None else prose
    if prose is None:
        return False
    # The headline may be the stretch's own first line (a short line beside prose is good).
    candidates = range(max(0, start - settings.title_search_lines), prose)
    return find_headline(lines, candidates, opening, stops, settings) is not None


def listed(texts: Sequence[str], settings: IngestSettings) -> list[bool]:
    """Which blocks are the items of a list or the values of a table that a line ending with a
    colon introduces: the value right under its label ('Colour:' and 'green'), and short lines
    of few words holding a figure, up to `list_max_items` of them ('Ingredients:' and its
    quantities). A list of plain names after a colon is as often a menu ('Topics:')."""
    items = [False] * len(texts)
    count = -1  # items since the last colon line; -1 when no list is open
    for b, text in enumerate(texts):
        if visible(text).endswith(":"):  # an invisible character may follow the colon
            count = 0
        elif 0 <= count < settings.list_max_items and (
            len(words(text)) <= settings.list_item_max_words
            and (count == 0 or any(ch.isdigit() for ch in text))
        ):
            items[b], count = True, count + 1
        else:
            count = -1
    _amount_lists(texts, items, settings)
    return items


# A quantity leading a list item: a figure (with its unit glued on or after it) and a word in
# lower case ('120g yellow noodles', '1 1/2 tsp sugar', '2 cloves of garlic'), as no date ('2 May')
# or headline of a numbered list ('1 Council approves budget') reads.
AMOUNT = re.compile(r"^\d[\d/.,]*(?:\s*[–-]?\s*\d[\d/.,]*)*\s*[^\W\d]{0,5}\s+[^\W\dA-Z]")
# A line in sentence case: its words after the first in lower case or figures ('Pinch of salt',
# 'Some green vegetables'); a menu item is mostly in title case ('Contact Us').
SENTENCE_CASE = re.compile(r"^\S+(?:\s+[^\W\dA-Z]\S*|\s+\(.*?\)|\s+\d\S*)*\W*$")


def _amount_lists(texts: Sequence[str], items: list[bool], settings: IngestSettings) -> None:
    """Marks the lists no colon introduces (a recipe card's ingredients under a heading): a run of
    lines among which at least `list_min_amounts` start with a quantity, of at most
    `amount_max_words` words, with lines in sentence case of two to `list_item_max_words` words
    ('Pinch of salt') and lines ending with a colon ('Sauce:') between them."""
    run: list[int] = []
    amounts = 0
    for b, text in enumerate([*texts, ""]):
        size = len(words(text))
        if 0 < size <= settings.amount_max_words and AMOUNT.match(text):
            run.append(b)
            amounts += 1
            continue
        if 2 <= size <= settings.list_item_max_words and (
            visible(text).endswith(":") or SENTENCE_CASE.match(text)
        ):
            run.append(b)
            continue
        if amounts >= settings.list_min_amounts:
            for i in run:
                items[i] = True
        run, amounts = [], 0


def widen(
    stretch: range,
    alone: list[Kind],
    texts: Sequence[str],
    settings: IngestSettings,
    items: list[bool] | None = None,
) -> range:
    """The stretch grown over the blocks at its edges that read as the article's: near-good
    ones, short ones that end like a sentence (a short lead, a last short paragraph), and the
    items of a list or table that a line ending with a colon introduces or that start with
    quantities (`_amount_lists`), and a short heading between such a list and the stretch.
    `items` is `listed(texts)`, found once for every stretch."""
    if not stretch:
        return stretch
    items = listed(texts, settings) if items is None else items

    def reads(b: int) -> bool:
        short_sentence = alone[b] is Kind.SHORT and bool(SENTENCE_END.search(texts[b]))
        return alone[b] is Kind.NEAR_GOOD or short_sentence or items[b]

    def heading(b: int) -> bool:  # 'Directions' between the list and the prose
        return (
            len(words(texts[b])) <= settings.list_heading_max_words
            and not SENTENCE_END.search(texts[b])
            and not visible(texts[b]).endswith(":")
        )

    first, last = stretch.start, stretch.stop - 1
    while first > 0 and (
        reads(first - 1) or (first > 1 and items[first - 2] and heading(first - 1))
    ):
        first -= 1
    while last + 1 < len(alone) and (
        reads(last + 1) or (last + 2 < len(alone) and items[last + 2] and heading(last + 1))
    ):
        last += 1
    return range(first, last + 1)


# A line broken off before an opening quote or bracket, or after an elided article ("d’", "l'").
OPENS = re.compile(r"(?:^|\s)[\"“„«‘(\[]$|\b\w['’]$")
CLOSING_HEAD = ",.;:)]!?\"”’»"
OPENING_PIECE = re.compile(r"^[,;:(\[\"“„«‘–—]+$")  # a lone mark that leads into the next line
FOOTNOTE = re.compile(r"^\[\w{1,4}\]$")  # a reference mark of a wiki page: '[3]', '[a]'


def continues(
    line: str,
    following: str,
    stops: frozenset[str],
    settings: IngestSettings,
    carried: int = 0,
) -> bool:
    """Whether `following` carries on the sentence of `line`: a copied page breaks a paragraph
    into lines at every link or bold word. The next piece starts in lower case (after any opening
    bracket) or with punctuation, or the line breaks off after a stop word ('... asked the',
    '... exigió al'), which no headline, label or paragraph ends with; a short piece ending so
    (', dem') does too when the paragraph it carries on has `carried` words, enough to be prose
    ('Ned Deily' / 'at' / '5:11 AM' is a byline's pieces, not a paragraph's). A lone
    mark on a line (', ', '".') is never a line of its own."""
    if not following:
        return False
    if not any(ch.isalnum() for ch in following) and following[0] in CLOSING_HEAD:
        return True
    if FOOTNOTE.match(following):
        return True
    if OPENING_PIECE.match(line) or OPENS.search(line):
        return True
    if SENTENCE_END.search(line):
        return False
    head = following.lstrip("([\"“„«‘'’")[:1] or following[0]
    if head.islower() or following[0] in ",.;:)!?":
        return True
    tokens = words(line)
    if not tokens or tokens[-1].lower() not in stops:
        return False
    return (
        len(tokens) >= settings.run_on_min_words or carried >= settings.run_on_carried_words
    )


def blocks(
    lines: Sequence[str],
    closed: set[int],
    stops: frozenset[str] = frozenset(),
    settings: IngestSettings = DEFAULT.ingest,
    breaks: frozenset[int] = frozenset(),
) -> list[list[int]]:
    """The page's lines grouped into blocks: the pieces of one broken paragraph together. A
    closed line (already given a fate) ends a block, but for a lone punctuation mark: the comma
    between two links is a piece of the paragraph too. A line in `breaks` (after a blank line)
    starts a block: a blank line ends a paragraph, whatever its last word."""
    grouped: list[list[int]] = []
    carried = 0  # words of the block so far, before its last line

    def open_(i: int) -> bool:
        return i not in closed or is_mark(lines[i])

    for i, text in enumerate(lines):
        joined = (
            grouped
            and i not in breaks
            and open_(i)
            and grouped[-1][-1] == i - 1
            and open_(i - 1)
            and continues(lines[i - 1], text, stops, settings, carried)
        )
        if joined:
            grouped[-1].append(i)
            carried += len(words(lines[i - 1]))
        else:
            grouped.append([i])
            carried = 0
    return grouped


def is_mark(text: str) -> bool:
    """A lone punctuation mark or a reference mark: a piece of a paragraph, never a line."""
    return not any(ch.isalnum() for ch in text) or bool(FOOTNOTE.match(text))


def join_pieces(pieces: Sequence[str]) -> str:
    """The pieces of a broken paragraph as one line: a space between two pieces, but for none
    before closing punctuation and none after an opening quote or bracket. Linear in the
    pieces: a page of 100,000 list items may be one block."""
    parts: list[str] = []
    quotes = 0  # straight quote marks so far: an odd count leaves a quotation open
    for piece in pieces:
        if parts:
            last = parts[-1]
            open_quote = quotes % 2 == 1
            closing = piece[0] in ",.;:)]!?”’»" or (piece[0] == '"' and open_quote)
            opening = bool(OPENS.search(last)) and not (last.endswith('"') and not open_quote)
            parts.append(piece if closing or opening else " " + piece)
        else:
            parts.append(piece)
        quotes += piece.count('"')
    return "".join(parts)


def between_prose(kinds: Sequence[Kind], index: int) -> bool:
    """Whether the blocks right before and after `index` are both prose."""
    return 0 < index < len(kinds) - 1 and kinds[index - 1] is kinds[index + 1] is Kind.GOOD


def junk_lines(
    lines: Sequence[str],
    closed: set[int],
    stops: frozenset[str],
    settings: IngestSettings = DEFAULT.ingest,
    grouped: list[list[int]] | None = None,
) -> dict[int, str]:
    """The reason each junk line (by index) is junk. `closed` lines (already given a fate, such
    as an advertisement marker) are left out of the neighbourhood: ads sit inside articles too."""
    counts = Counter(lines)
    grouped = [
        block for block in (grouped or blocks(lines, closed, stops, settings))
        if any(i not in closed for i in block)
    ]
    texts = [join_pieces([lines[i] for i in block if i not in closed]) for block in grouped]
    judged = [
        judge_alone(
            text, min(counts[lines[i]] for i in block if i not in closed), stops, settings
        )
        for block, text in zip(grouped, texts, strict=True)
    ]
    if Kind.GOOD not in revise([j.kind for j in judged]):
        return {}  # no prose that stands on its own: nothing to tell the article from its page by
    alone = prose_runs(texts, judged, stops, settings)
    kinds = revise(alone)
    lifted = frozenset(b for b, j in enumerate(judged) if alone[b] is not j.kind)
    main, rivals = main_stretch(kinds, texts, settings, lifted, stops)
    items = listed(texts, settings)
    stretch = widen(main, alone, texts, settings, items)
    # Another stretch keeping its prose grows over the lists at its edges (and a heading between).
    grown = {
        b for rival in rivals for b in widen(rival, alone, texts, settings, items)
        if b not in rival and (items[b] or (b + 1 < len(items) and items[b + 1])
                               or (b > 0 and items[b - 1]))
    }
    junk: dict[int, str] = {}
    for b, (block, kind) in enumerate(zip(grouped, kinds, strict=True)):
        if b in stretch:  # inside the article's stretch only the shapes of junk are junk
            reason = judged[b].reason if judged[b].reason in STRONG else ""
            if reason == REPEATED and between_prose(kinds, b):
                reason = ""  # a section heading that a table of contents repeats
        elif (kind is Kind.GOOD and any(b in rival for rival in rivals)) or b in grown:
            reason = judged[b].reason if judged[b].reason in STRONG else ""
        else:
            reason = OFF_ARTICLE if kind is Kind.GOOD else judged[b].reason or SHORT_AMONG_JUNK
        if reason:
            junk.update(dict.fromkeys((i for i in block if i not in closed), reason))
    return junk
