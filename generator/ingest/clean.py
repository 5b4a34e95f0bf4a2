"""Clean: a `Source` holding raw text in, the same source with metadata, body and removed lines out.

Every non-blank line of the raw text gets exactly one `Fate`: title, outlet, standfirst, byline,
dateline, date, body, or removed with a reason. The rules look at the shape of a line (its length,
its punctuation, its position before or after the article) and at page-furniture vocabulary that
any news site uses (advertisement, share counters, comment forms, newsletter prompts...). No rule
names a story, an outlet or a person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateutil import parser as dateparser

from generator.ingest.read import Given
from generator.model import Fate, Line, Source
from generator.text import normalise_space, words

# A title is one line of at most this many words; longer lines are paragraphs.
TITLE_MAX_WORDS = 30
# A line of at most this many words with no sentence-ending punctuation is page furniture when it
# sits before the title or after the last paragraph of the article (menus, "Related Articles"...).
FURNITURE_MAX_WORDS = 8
# Articles are capped so that one huge file (a scraped site, a data dump) cannot stall the build;
# 300,000 characters is about 50,000 words, ten times a long feature. Lines past the cap are kept
# in the removed list with the reason.
MAX_ARTICLE_CHARS = 300_000
# Share of very common English words below which a text is flagged as not English: news prose in
# English runs at 30-45 %; other languages using the Latin script stay under 10 %.
ENGLISH_MIN_SHARE = 0.15
ENGLISH_MIN_WORDS = 40
COMMON_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "they",
        "he",
        "she",
        "his",
        "her",
        "we",
        "you",
        "not",
        "will",
        "would",
        "said",
        "says",
        "but",
    ]
)
# A standfirst (dek) is one unpunctuated line right under the title, shorter than this.
STANDFIRST_MAX_WORDS = 40

JUNK_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.I))
    for reason, pattern in (
        (
            "advertisement marker",
            r"^[\W_]*(advertisement|advertising|sponsored( content)?|ad|ads"
            r"|story continues below( advertisement)?|paid content)[\W_]*$",
        ),
        ("share or view counter", r"^[\d.,]+\s*[km]?\s*(shares?|views?|comments?|likes?|reads?)?$"),
        (
            "share or view counter",
            r"^(shares?|views?|comments?|likes?|tweet|pin( it)?|email|print"
            r"|share( this( article| story)?)?( on \w+)?|facebook|twitter|x"
            r"|whatsapp|linkedin|reddit|telegram|copy link|messenger)$",
        ),
        ("weather widget", r"^-?\d+(\.\d+)?\s*°?\s*[CF]$"),
        (
            "comment form",
            r"^(please )?(enter|leave|post|add) (your|a) (comment|reply|name|email"
            r"|website)|^(name|email|website|comment)\s*\*?:?$|^(\d+ )?comments?:?$"
            r"|save my name, email|^(leave|post) a (reply|comment)|^cancel reply$"
            r"|^you must be logged in",
        ),
        (
            "newsletter prompt",
            r"newsletter|in your inbox|^(sign up|subscribe)\b|^stay on top\b"
            r"|^get (the|our) (daily|latest|weekly)",
        ),
        (
            "related-article list",
            r"^(related|recent|latest|more|popular|trending|recommended|top)"
            r"( \w+)? (articles?|stories|posts|news|reads|videos?)\b"
            r"|^(read|see) (more|also)\b|^also read\b|^more from\b"
            r"|^you (may|might) (also )?like|^most (read|popular|viewed)"
            r"|^stay connected$|^follow us\b|^(watch|listen):",
        ),
        (
            "legal or site notice",
            r"^(dmca|copyright|©|\(c\) \d{4}|all rights reserved|privacy"
            r" policy|terms (of|and) (use|service)|cookie (policy|settings)"
            r"|correction notice)|all rights reserved\.?$",
        ),
        (
            "photo credit or caption label",
            r"^(photo|image|picture|video|file photo|graphic)"
            r"( credit)?\s*[:/|]|\((photo|image): .*\)$"
            r"|^(getty images|ap photo|reuters)(/[\w .]+)?$",
        ),
        (
            "navigation link",
            r"^(home|menu|search|skip to (main )?content|log ?in|sign in|register"
            r"|next( article| story)?|previous( article| story)?|back to top"
            r"|click here\b.*|tags?:.*|filed under:?.*|categories?:.*)$",
        ),
    )
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\[email\s*protected\]", re.I)
CONTACT = re.compile(
    r"^(write|contact|email|e-mail|reach|follow) .{0,120}?"
    r"(\bat\b|@|\[email|\bon (twitter|x)\b)",
    re.I,
)
BYLINE_PREFIX = re.compile(r"^(by|written by|words by|story by|reporting by)\s+(.+)$", re.I)
CREDIT = re.compile(
    r"\b(reported from|contributed (to )?(this )?(report|reporting|story)|contributed reporting"
    r"|additional reporting by|editing by|writing by)\b",
    re.I,
)
DATE_PREFIX = re.compile(
    r"^(published|posted|updated|last updated|first published|date)\s*(on|at)?\s*:?\s*(.+)$", re.I
)
WEEKDAY_DATE = re.compile(
    r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\w+\.?\s+\d{1,2},?\s+\d{4}$"
    r"|^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}\s+\w+\.?,?\s+\d{4}$",
    re.I,
)
# "WASHINGTON — ", "WILMINGTON, Del. – ", "MOSCOW (Reuters) - " at the start of the first paragraph.
DATELINE = re.compile(
    r"^((?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?: \([^)]{1,40}\))?)\s*[—–-]{1,2}\s+(?=\S)"
)
OUTLET_WORDS = re.compile(
    r"\b(news|times|post|day|daily|herald|journal|tribune|guardian|telegraph|press|reuters|ap"
    r"|mail|star|sun|express|independent|gazette|observer|chronicle|review|today|online|tv"
    r"|radio|bulletin|wire|report|insider|magazine|weekly|network|media|globe|standard|courier"
    r"|examiner|monitor|inquirer|record|dispatch|\.com|\.org|\.net|\.co\.uk)\b",
    re.I,
)
TITLE_SEPARATOR = re.compile(r"\s+[–—|-]\s+|\s*\|\s*")
PERSON_NAME = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z]\.)?(?: [A-Z][\w’'.-]+){1,3}$")
AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w’'.-]+ ){0,3}[A-Z][\w’'.-]+ (?:is|was|has been|covers|writes)\b.{0,120}?"
    r"\b(journalist|reporter|writer|editor|correspondent|columnist|contributor|author|freelance"
    r"|covers|reporting on|staff writer)\b"
)
SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")


def is_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


# Rules whose patterns are anchored to the whole line or are unmistakable wherever they appear;
# the others (prompts, lists, labels) are skipped for lines that read as a full sentence.
STRONG_RULES = {
    "advertisement marker",
    "share or view counter",
    "weather widget",
    "legal or site notice",
}
# A line of this many words or more that ends like a sentence is article text, not a prompt.
SENTENCE_MIN_WORDS = 6


def junk_reason(text: str) -> str:
    """The reason a line is page furniture, or "" when it may be article text."""
    n_words = len(words(text))
    if EMAIL.search(text) and (CONTACT.search(text) or n_words <= 12):
        return "contact line"
    reads_as_sentence = n_words >= SENTENCE_MIN_WORDS and is_sentence(text)
    for reason, pattern in JUNK_RULES:
        if reason not in STRONG_RULES and (reads_as_sentence or n_words > 14):
            continue
        if pattern.search(text):
            return reason
    return ""


def parse_date(text: str) -> str:
    """An ISO date for a line that is nothing but a date, else ""."""
    text = text.strip(" .")
    if not re.search(r"\d{4}", text) or len(words(text)) > 9:
        return ""
    try:
        value, rest = dateparser.parse(text, fuzzy_with_tokens=True)
    except (ValueError, OverflowError):
        return ""
    leftover = " ".join(rest).strip(" ,.|-–—at")
    if len(words(leftover)) > 1:
        return ""
    return value.date().isoformat()


def split_outlet(title: str) -> tuple[str, str]:
    """("The Herald – Mayor opens bridge") -> ("Mayor opens bridge", "The Herald"), or no outlet."""
    parts = TITLE_SEPARATOR.split(title, maxsplit=1)
    if len(parts) != 2:
        return title, ""
    first, second = (normalise_space(p) for p in parts)
    for outlet, rest in ((first, second), (second, first)):
        n = len(words(outlet))
        if 1 <= n <= 4 and len(words(rest)) >= 4 and _looks_like_outlet(outlet):
            return rest, outlet
    return title, ""


def _looks_like_outlet(text: str) -> bool:
    capitalised = all(w[0].isupper() or w.lower() in {"of", "the", "and"} for w in words(text))
    return capitalised and (bool(OUTLET_WORDS.search(text)) or text.startswith("The "))


def byline_names(text: str) -> tuple[str, ...]:
    """Person names in a byline or credit line."""
    match = BYLINE_PREFIX.match(text)
    if match:
        text = match.group(2)
    text = EMAIL.sub(" ", text)
    text = re.sub(r"\b(write|contact|email|at|reach)\b", ",", text, flags=re.I)
    parts = re.split(r"\s*(?:,|;| and |&|\|)\s*", text)
    names = []
    for part in parts:
        part = normalise_space(re.sub(r"^(by|and)\s+", "", part, flags=re.I).strip(" .:"))
        if PERSON_NAME.match(part) and not _looks_like_outlet(part):
            names.append(part)
    return tuple(dict.fromkeys(names))


def credit_names(text: str) -> tuple[str, ...]:
    """Names in "X reported from Oslo. Y and Z contributed to this report." lines."""
    names = re.findall(
        r"(?:^|[.,;] |\band |\bby |editors? |writers? |reporters? )"
        r"([A-Z][\w’'-]+(?: [A-Z]\.)?(?: [A-Z][\w’'-]+){1,2})",
        text,
    )
    return tuple(dict.fromkeys(n for n in names if not _looks_like_outlet(n)))


def clean_source(source: Source, given: Given) -> Source:
    """Assign a fate to every non-blank line and fill in the source's metadata and body."""
    raw_lines = [
        (number, normalise_space(line))
        for number, line in enumerate(source.raw.split("\n"), start=1)
        if line.strip()
    ]
    fates: dict[int, tuple[Fate, str]] = {}
    size = 0
    for i, (_, text) in enumerate(raw_lines):
        size += len(text) + 1
        reason = junk_reason(text)
        if size > MAX_ARTICLE_CHARS:
            fates[i] = (
                Fate.REMOVED,
                f"past the {MAX_ARTICLE_CHARS:,}-character limit for one article",
            )
        elif reason:
            fates[i] = (Fate.REMOVED, reason)

    candidates = [i for i in range(len(raw_lines)) if i not in fates]
    title, outlet = given.title, given.outlet
    byline = list(given.byline)
    published = given.published
    standfirst = ""

    # The title: the given one where a line repeats it, else the first short line.
    title_index = None
    for i in candidates[:5]:
        text = raw_lines[i][1]
        if given.title and _same(text, given.title):
            title_index = i
            fates[i] = (Fate.TITLE, "repeats the title given in the metadata")
            break
    if title_index is None and not given.title:
        for i in candidates[:3]:
            text = raw_lines[i][1]
            if len(words(text)) <= TITLE_MAX_WORDS and not parse_date(text):
                if junk_reason(text) or (len(words(text)) < 3 and not is_sentence(text)):
                    continue
                title_index = i
                title, glued = split_outlet(text.rstrip("."))
                outlet = outlet or glued
                fates[i] = (
                    Fate.TITLE,
                    "first headline-like line"
                    + (f"; outlet name '{glued}' split off" if glued else ""),
                )
                break
    if given.title:
        title, glued = split_outlet(given.title)
        outlet = outlet or glued

    # Before the title: page header furniture and the page's own date (not the publication date).
    if title_index is not None:
        for i in range(title_index):
            if i in fates:
                continue
            text = raw_lines[i][1]
            if WEEKDAY_DATE.match(text) or parse_date(text):
                fates[i] = (
                    Fate.REMOVED,
                    "page date above the headline (the day the page was "
                    "viewed, not the publication date)",
                )
            elif len(words(text)) <= FURNITURE_MAX_WORDS and not is_sentence(text):
                fates[i] = (Fate.REMOVED, "page header above the headline")

    # Right under the title: standfirst, byline, publication date.
    start = (title_index + 1) if title_index is not None else 0
    for i in range(start, min(start + 6, len(raw_lines))):
        if i in fates:
            continue
        text = raw_lines[i][1]
        if BYLINE_PREFIX.match(text) and byline_names(text):
            byline += byline_names(text)
            fates[i] = (Fate.BYLINE, "byline under the headline")
            continue
        date_prefix = DATE_PREFIX.match(text)
        date = parse_date(date_prefix.group(3) if date_prefix else text)
        if date:
            if not published:
                published = date
            fates[i] = (Fate.DATE, "publication date under the headline")
            continue
        if (
            not standfirst
            and title_index is not None
            and not is_sentence(text)
            and 4 <= len(words(text)) <= STANDFIRST_MAX_WORDS
        ):
            standfirst = text
            fates[i] = (Fate.STANDFIRST, "unpunctuated line under the headline")
            continue
        break

    # After the article: bylines, credits, author bios and footer furniture, read bottom-up.
    open_lines = [i for i in range(len(raw_lines)) if i not in fates]
    signature = ""
    for i in reversed(open_lines):
        text = raw_lines[i][1]
        if PERSON_NAME.match(text) and not _looks_like_outlet(text) and len(words(text)) <= 4:
            if text == signature or text in byline:
                fates[i] = (Fate.REMOVED, "repeated byline")
            else:
                signature = text
                byline.append(text)
                fates[i] = (Fate.BYLINE, "author name at the end of the article")
            continue
        if AUTHOR_BIO.match(text) and len(words(text)) <= 80:
            fates[i] = (Fate.REMOVED, "author bio")
            continue
        if CREDIT.search(text) and len(words(text)) <= 60:
            byline += credit_names(text)
            fates[i] = (Fate.BYLINE, "credit line (who reported and contributed)")
            continue
        if len(words(text)) <= FURNITURE_MAX_WORDS and not is_sentence(text):
            fates[i] = (Fate.REMOVED, "page footer below the article")
            continue
        break

    # Contact lines carry author names too.
    for i, (_, text) in enumerate(raw_lines):
        if fates.get(i) == (Fate.REMOVED, "contact line"):
            byline += byline_names(text)

    # The dateline opens the first body paragraph.
    dateline = ""
    body_indexes = [i for i in range(len(raw_lines)) if i not in fates]
    body_texts = {i: raw_lines[i][1] for i in body_indexes}
    if body_indexes:
        first = body_indexes[0]
        match = DATELINE.match(body_texts[first])
        if match and len(words(match.group(1))) <= 6:
            dateline = match.group(1).strip()
            body_texts[first] = body_texts[first][match.end() :]
            fates[first] = (Fate.BODY, f"dateline '{dateline}' moved to the metadata")
    for i in body_indexes:
        fates.setdefault(i, (Fate.BODY, ""))

    lines = list(source.lines) + [
        Line(number=number, text=text, fate=fates[i][0], reason=fates[i][1])
        for i, (number, text) in enumerate(raw_lines)
    ]
    body = tuple(body_texts[i] for i in body_indexes if body_texts[i])
    warnings = source.warnings
    if size > MAX_ARTICLE_CHARS:
        warnings += (
            f"{source.path}: longer than {MAX_ARTICLE_CHARS:,} characters; only the "
            "start was analysed (the rest is listed as removed). Split the file if it "
            "holds several articles",
        )
    if body and not looks_english(" ".join(body)):
        warnings += (
            f"{source.path}: does not look like English; sentence splitting, quotes "
            "and facts assume English text, so check its findings by hand",
        )
    if not body:
        warnings += (
            f"{source.path}: no article text found after cleaning; "
            "check that the file holds the article",
        )
    return replace(
        source,
        title=title,
        outlet=outlet,
        byline=tuple(dict.fromkeys(byline)),
        dateline=dateline,
        published=published,
        standfirst=standfirst,
        url=given.url,
        body=body,
        lines=tuple(lines),
        warnings=warnings,
    )


def looks_english(text: str) -> bool:
    tokens = [w.lower() for w in words(text[:20_000])]
    if len(tokens) < ENGLISH_MIN_WORDS:
        return True
    return sum(t in COMMON_ENGLISH for t in tokens) / len(tokens) >= ENGLISH_MIN_SHARE


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return " ".join(words(s.lower()))

    return key(a) == key(b) or (len(key(b)) > 10 and key(b) in key(a))
