"""Clean: a `Source` holding raw text in, the same source with metadata, body and removed lines out.

Every non-blank line of the raw text gets exactly one `Fate`: title, outlet, standfirst, byline,
dateline, date, body, or removed with a reason. The steps, in order: page furniture anywhere
(`furniture.junk_reason`) and lines past the size cap; the title; the page header above it; the
standfirst, byline and date right under it; bylines, credits, bios and the page footer after the
article, read bottom-up; names from contact lines; the dateline that opens the first paragraph.
What is left is the body. The rules look at the shape of a line (its length, its punctuation,
its position before or after the article) and at page-furniture vocabulary that any news site
uses; no rule names a story, an outlet or a person. Thresholds are `IngestSettings`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateutil import parser as dateparser

from generator import lexicon as lx
from generator.ingest.bylines import (
    AUTHOR_BIO,
    BYLINE_PREFIX,
    CREDIT,
    byline_names,
    credit_names,
    is_signature,
    split_outlet,
)
from generator.ingest.draft import Draft, Fated
from generator.ingest.furniture import CAPTION_CREDIT, CONTACT_LINE, is_sentence, junk_reason
from generator.ingest.headline import headline_text, runs_on
from generator.ingest.languages import ENGLISH, detect_language, stop_words
from generator.ingest.lines import join_pieces
from generator.ingest.pasted import mark_junk, whole_line
from generator.ingest.read import Given
from generator.model import Fate, Line, Source
from generator.settings import DEFAULT, IngestSettings
from generator.text import alternation, normalise_space, words

DATE_PREFIX = re.compile(
    rf"^({alternation(lx.DATE_LABELS)})\s*(on|at)?\s*:?\s*(.+)$", re.I
)
WEEKDAY_DATE = re.compile(
    r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\w+\.?\s+\d{1,2},?\s+\d{4}$"
    r"|^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}\s+\w+\.?,?\s+\d{4}$",
    re.I,
)
# "WASHINGTON — ", "CITY, State. – ", "CITY (Agency) - " at the start of the first paragraph.
DATELINE = re.compile(
    r"^((?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?: \([^)]{1,40}\))?)\s*[—–-]{1,2}\s+(?=\S)"
)

def parse_date(text: str, settings: IngestSettings = DEFAULT.ingest) -> str:
    """An ISO date for a line that is nothing but a date, else ""."""
    text = text.strip(" .")
    if not re.search(r"\d{4}", text) or len(words(text)) > settings.date_line_max_words:
        return ""
    try:
        value, rest = dateparser.parse(text, fuzzy_with_tokens=True)
    except (ValueError, OverflowError):
        return ""
    leftover = " ".join(rest).strip(" ,.|-–—at")
    if len(words(leftover)) > 1:
        return ""
    return value.date().isoformat()


def mark_furniture(draft: Draft, settings: IngestSettings, extracted: bool = False) -> None:
    """Page furniture anywhere, and every line past the size cap. On an `extracted` page the
    lines left open are those the extractor placed in the article."""
    size = 0
    for i, text in enumerate(draft.lines):
        size += len(text) + 1
        if i in draft.fates:
            continue
        if size > settings.max_article_chars:
            draft.oversize = True
            draft.fates[i] = (
                Fate.REMOVED,
                f"past the {settings.max_article_chars:,}-character limit for one article",
            )
        elif reason := junk_reason(text, settings, in_article=extracted):
            draft.fates[i] = (Fate.REMOVED, reason)


def find_title(draft: Draft, given: Given, settings: IngestSettings) -> None:
    """The given title where a line repeats it, else the first headline-like line; an outlet
    name glued to the title is split off."""
    if draft.title_index is not None:
        return
    candidates = draft.open_lines()
    if given.title:
        draft.title, glued = split_outlet(given.title, settings)
        draft.outlet = draft.outlet or glued
        for i in candidates[: settings.title_given_lines]:
            if _same(draft.lines[i], given.title):
                draft.title_index = i
                draft.fates[i] = (Fate.TITLE, "repeats the title given in the metadata")
                return
        return
    for i in candidates[: settings.title_guess_lines]:
        text = draft.lines[i]
        n_words = len(words(text))
        if n_words > settings.title_max_words or parse_date(text, settings):
            continue
        if text.endswith(":"):  # a label ('Updated on:'), never a headline
            continue
        if n_words < settings.title_min_words and not is_sentence(text):
            continue
        if runs_on(text, stop_words(draft.language)) or not whole_line(draft, i):
            continue  # a piece of a paragraph broken at a link
        draft.title_index = i
        draft.title, glued = split_outlet(headline_text(text), settings)
        draft.outlet = draft.outlet or glued
        split = f"; outlet name '{glued}' split off" if glued else ""
        draft.fates[i] = (Fate.TITLE, "first headline-like line" + split)
        return


def mark_page_header(draft: Draft, settings: IngestSettings) -> None:
    """Above the title: page header furniture and the page's own date (not the publication
    date: the day the page was viewed)."""
    if draft.title_index is None:
        return
    for i in range(draft.title_index):
        if i in draft.fates:
            continue
        text = draft.lines[i]
        if WEEKDAY_DATE.match(text) or parse_date(text, settings):
            draft.fates[i] = (
                Fate.REMOVED,
                "page date above the headline (the day the page was "
                "viewed, not the publication date)",
            )
        elif len(words(text)) <= settings.furniture_max_words and not is_sentence(text):
            draft.fates[i] = (Fate.REMOVED, "page header above the headline")


def read_under_title(draft: Draft, settings: IngestSettings) -> None:
    """Right under the title: byline, publication date and standfirst, until the first line
    that is none of them."""
    start = draft.title_index + 1 if draft.title_index is not None else 0
    for i in range(start, min(start + settings.header_lines, len(draft.lines))):
        if i in draft.soft:  # the classifier's junk may be the byline, date or standfirst
            right_under = i == start
            if fated := under_title_fate(draft, draft.lines[i], settings, standfirst=right_under):
                draft.fates[i] = fated
            continue
        if i in draft.fates:
            continue
        fated = under_title_fate(draft, draft.lines[i], settings)
        if fated is None:
            return
        draft.fates[i] = fated


def under_title_fate(
    draft: Draft, text: str, settings: IngestSettings, standfirst: bool = True
) -> Fated | None:
    if BYLINE_PREFIX.match(text) and (names := byline_names(text)):
        draft.byline += names
        return (Fate.BYLINE, "byline under the headline")
    date_prefix = DATE_PREFIX.match(text)
    if date := parse_date(date_prefix.group(3) if date_prefix else text, settings):
        draft.published = draft.published or date
        return (Fate.DATE, "publication date under the headline")
    n_words = len(words(text))
    if (
        standfirst
        and not draft.standfirst
        and draft.title_index is not None
        and not is_sentence(text)
        and not CAPTION_CREDIT.search(text)
        and settings.standfirst_min_words <= n_words <= settings.standfirst_max_words
    ):
        draft.standfirst = text
        return (Fate.STANDFIRST, "unpunctuated line under the headline")
    return None


def read_footer(draft: Draft, settings: IngestSettings, extracted: bool = False) -> None:
    """After the article, read bottom-up: signatures, author bios, credit lines and footer
    furniture, until the first line of article text. On an `extracted` page the extractor has
    already left the footer out: a short last line there is the article's (a list item, a
    subheading), so only credit lines and bios are taken."""
    names: list[int] = []  # lines that read as a name alone, bottom-up
    for i in reversed(range(len(draft.lines))):
        soft = i in draft.soft
        if i in draft.fates and not soft:
            continue
        text = draft.lines[i]
        n_words = len(words(text))
        if soft:  # the classifier's junk may still name the authors
            read_soft_credit(draft, i, names, settings)
        elif extracted and not (AUTHOR_BIO.match(text) or CREDIT.search(text)):
            return sign_near_end(draft, i, names, settings)
        elif is_signature(text, settings):
            names.append(i)
            draft.fates[i] = (Fate.REMOVED, "page footer below the article")  # unless it signs
        elif AUTHOR_BIO.match(text) and n_words <= settings.bio_max_words:
            draft.fates[i] = (Fate.REMOVED, "author bio")
        elif CREDIT.search(text) and n_words <= settings.credit_max_words:
            draft.byline += credit_names(text)
            draft.fates[i] = (Fate.BYLINE, "credit line (who reported and contributed)")
        elif n_words <= settings.furniture_max_words and not is_sentence(text):
            draft.fates[i] = (Fate.REMOVED, "page footer below the article")
        else:
            return sign_near_end(draft, i, names, settings)


def read_soft_credit(draft: Draft, i: int, names: list[int], settings: IngestSettings) -> None:
    """A line the classifier took for junk, read as a footer line: a credit names the authors
    at once; a name alone is kept in `names` until the article's end is known."""
    text = draft.lines[i]
    if is_signature(text, settings):
        names.append(i)
    elif CREDIT.search(text) and len(words(text)) <= settings.credit_max_words:
        draft.byline += credit_names(text)
        draft.fates[i] = (Fate.BYLINE, "credit line (who reported and contributed)")
        draft.soft.discard(i)


def sign_near_end(draft: Draft, end: int, names: list[int], settings: IngestSettings) -> None:
    """Of the lines below the article that read as a name alone (the classifier's junk or
    not), those within `signature_reach` lines of the article's last line (`end`) sign it;
    further down they are a menu's or a sidebar's items ("Recent Changes", "Jane Doe" of
    another story), not the authors. A footer read to the top (no article line) signs nothing."""
    for i in names:
        text = draft.lines[i]
        if i - end > settings.signature_reach:
            continue
        if text in draft.byline:
            if i not in draft.soft:
                draft.fates[i] = (Fate.REMOVED, "repeated byline")
            continue
        draft.byline.append(text)
        draft.fates[i] = (Fate.BYLINE, "author name at the end of the article")
        draft.soft.discard(i)


def read_contact_lines(draft: Draft) -> None:
    """Contact lines are removed, but the names in them are the authors'."""
    for i, text in enumerate(draft.lines):
        if draft.fates.get(i) == (Fate.REMOVED, CONTACT_LINE):
            draft.byline += byline_names(text)


def take_body(draft: Draft, settings: IngestSettings) -> list[tuple[int, str]]:
    """The lines left are the body, the pieces of a paragraph broken at links joined again; the
    dateline that opens the first one goes to the metadata."""
    paragraphs: list[list[int]] = []
    for i in draft.open_lines():
        draft.fates[i] = (Fate.BODY, "")
        if paragraphs and i in draft.joined and paragraphs[-1][-1] == i - 1:
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
    body = [(p[0], join_pieces([draft.lines[i] for i in p])) for p in paragraphs]
    if body:
        first, text = body[0]
        match = DATELINE.match(text)
        if match and len(words(match.group(1))) <= settings.dateline_max_words:
            draft.dateline = match.group(1).strip()
            body[0] = (first, text[match.end() :])
            draft.fates[first] = (Fate.BODY, f"dateline '{draft.dateline}' moved to the metadata")
    return [(i, text) for i, text in body if text]


def cleaning_warnings(
    path: str, draft: Draft, body: tuple[str, ...], settings: IngestSettings
) -> tuple[str, ...]:
    warnings: list[str] = []
    if draft.oversize:
        warnings.append(
            f"{path}: longer than {settings.max_article_chars:,} characters; only the "
            "start was analysed (the rest is listed as removed). Split the file if it "
            "holds several articles"
        )
    if body and draft.language != ENGLISH:
        warnings.append(
            f"{path}: does not look like English (it reads as '{draft.language}'): its text "
            "is compared, but speakers, facts and discrepancies need English; check by hand"
        )
    if not body:
        warnings.append(
            f"{path}: no article text found after cleaning; check that the file holds the article"
        )
    return tuple(warnings)


def clean_source(source: Source, given: Given, settings: IngestSettings = DEFAULT.ingest) -> Source:
    """Assign a fate to every non-blank line and fill in the source's metadata and body."""
    numbered = [
        (number, normalise_space(line))
        for number, line in enumerate(source.raw.split("\n"), start=1)
        if line.strip()
    ]
    draft = Draft(
        lines=[text for _, text in numbered],
        outlet=given.outlet,
        byline=list(given.byline),
        published=given.published,
        title=given.title,
        after_blank=frozenset(
            i for i in range(1, len(numbered)) if numbered[i][0] > numbered[i - 1][0] + 1
        ),
    )
    index_of = {number: i for i, (number, _) in enumerate(numbered)}
    for number, reason in given.removed:
        if number in index_of:
            draft.fates[index_of[number]] = (Fate.REMOVED, reason)
    mark_furniture(draft, settings, extracted=given.extracted)
    draft.language = detect_language(" ".join(draft.lines[i] for i in draft.open_lines()), settings)
    if source.format == "txt" or (source.format == "html" and not given.extracted):
        mark_junk(draft, settings)
    find_title(draft, given, settings)
    mark_page_header(draft, settings)
    read_under_title(draft, settings)
    read_footer(draft, settings, extracted=given.extracted)
    read_contact_lines(draft)
    body = tuple(text for _, text in take_body(draft, settings))
    lines = source.lines + tuple(
        Line(number=number, text=text, fate=draft.fates[i][0], reason=draft.fates[i][1])
        for i, (number, text) in enumerate(numbered)
    )
    return replace(
        source,
        title=draft.title,
        outlet=draft.outlet,
        byline=tuple(dict.fromkeys(draft.byline)),
        dateline=draft.dateline,
        published=draft.published,
        standfirst=draft.standfirst,
        url=given.url,
        language=draft.language,
        body=body,
        lines=lines,
        warnings=source.warnings + cleaning_warnings(source.path, draft, body, settings),
    )


def _same(a: str, b: str) -> bool:
    """Whether line `a` repeats title `b` (or holds it, for a title of some length)."""

    def key(s: str) -> str:
        return " ".join(words(s.lower()))

    return key(a) == key(b) or (len(key(b)) > 10 and key(b) in key(a))
