"""Page furniture: one line of a pasted page in, the reason it is not article text (or "") out.

Advertisement markers, share and view counters, weather widgets, comment forms, newsletter
prompts, related-article lists, legal notices, picture credits, navigation links and contact
lines are recognised by the shape of the line and by the vocabulary every news site uses (the
lexicon's ingest section). No rule names a site, an outlet or a person. The position of a line
(above the headline, below the last paragraph) is read by `clean`, not here.
"""

from __future__ import annotations

import re

from generator import lexicon as lx
from generator.lexicon.ingest import FURNITURE_LABELS
from generator.settings import DEFAULT, IngestSettings
from generator.text import alternation, words


def _rule(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


ADVERTISEMENT = "advertisement marker"
COUNTER = "share or view counter"
WEATHER = "weather widget"
LEGAL = "legal or site notice"
CONTACT_LINE = "contact line"
LABEL = "a button or box heading of the page (share, comments, related stories...)"

JUNK_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (ADVERTISEMENT, _rule(rf"^[\W_]*({alternation(lx.ADVERTISEMENT_LABELS)})[\W_]*$")),
    (LABEL, _rule(rf"^[\W_]*({alternation(FURNITURE_LABELS)})\s*[:.…]*$")),
    (COUNTER, _rule(rf"^[\d.,]+\s*[km]?\s*({alternation(lx.COUNTER_NOUNS)})?$")),
    (
        COUNTER,
        _rule(
            rf"^({alternation(lx.SHARE_BUTTONS)}"
            r"|share( this( article| story| post)?)?( on \w+)?)\s*:?$"
        ),
    ),
    (WEATHER, _rule(r"^-?\d+(\.\d+)?\s*°?\s*[CF]$")),
    (
        "comment form",
        _rule(
            rf"^(please )?({alternation(lx.COMMENT_FORM_VERBS)}) (your|a) "
            rf"({alternation(lx.COMMENT_FORM_FIELDS)})"
            rf"|^({alternation(lx.COMMENT_FORM_FIELDS)})\s*\*?:?$|^(\d+ )?comments?:?$"
            r"|save my name, email|^cancel reply$|^you must be logged in"
        ),
    ),
    (
        "newsletter prompt",
        _rule(
            r"newsletter|in your inbox|^(sign up|subscribe)\b|^stay on top\b"
            r"|^get (the|our) (daily|latest|weekly)"
        ),
    ),
    (
        "related-article list",
        _rule(
            rf"^({alternation(lx.RELATED_LIST_HEADS)})( \w+)? "
            rf"({alternation(lx.RELATED_LIST_NOUNS)})\b"
            r"|^(read|see) (more|also)\b|^also read\b|^more from\b"
            r"|^you (may|might) (also )?like|^most (read|popular|viewed)"
            r"|^stay connected$|^follow us\b|^(watch|listen):"
        ),
    ),
    (
        LEGAL,
        _rule(rf"^({alternation(lx.LEGAL_NOTICES)}|\(c\) \d{{4}})|all rights reserved\.?$"),
    ),
    (
        "photo credit or caption label",
        _rule(rf"^({alternation(lx.PICTURE_LABELS)})( credit)?\s*[:/|]|\((photo|image): .*\)$"),
    ),
    # A picture agency's credit: a short capitalised name ending in "Images" or "Photo",
    # with the photographer after a slash.
    (
        "photo credit or caption label",
        _rule(
            rf"^(?:[A-Z][\w.&'-]*\s+){{1,3}}(?i:{alternation(lx.PICTURE_AGENCY_WORDS)})"
            r"(?:/[\w .]+)?$",
            flags=0,
        ),
    ),
    (
        "navigation link",
        _rule(
            rf"^({alternation(lx.NAVIGATION_LINKS)}"
            r"|click here\b.*|tags?:.*|filed under:?.*|categories?:.*)$"
        ),
    ),
)
# A picture's caption with its credit: a label and a colon anywhere on the line ('... at the
# harbour. Photo: Ann Lee'); never a standfirst.
CAPTION_CREDIT = _rule(rf"\b({alternation(lx.PICTURE_LABELS)})( credit)?\s*:\s*\S")
# Rules whose patterns are anchored to the whole line or are unmistakable wherever they appear;
# the others (prompts, lists, labels) are skipped for lines that read as a full sentence.
STRONG_RULES = frozenset({ADVERTISEMENT, LABEL, COUNTER, WEATHER, LEGAL})

# The address starts where a run of its characters starts, and the runs are taken whole (`++`):
# tried from every letter of a long word, `[\w.+-]+@` costs the square of the word's length.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.]+|\[email\s*protected\]", re.I)
CONTACT = re.compile(
    rf"^({alternation(lx.CONTACT_VERBS)}) .{{0,120}}?"
    r"(\bat\b|@|\[email|\bon (twitter|x)\b)",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")


def is_sentence(text: str) -> bool:
    """Whether a line ends like a sentence (or a quotation, or a bracket)."""
    return bool(SENTENCE_END.search(text))


# A number alone: a share or view count beside a button, or a value of a table or a list.
BARE_NUMBER = re.compile(r"^[\d.,]+$")


def junk_reason(
    text: str, settings: IngestSettings = DEFAULT.ingest, in_article: bool = False
) -> str:
    """The reason a line is page furniture, or "" when it may be article text. A line that the
    extractor placed `in_article` (a saved page) is not junk for being a number alone or an
    e-mail address alone: there they are a table's values ('12,9', 'name@example.org'), which
    trafilatura keeps and a share bar's counts it leaves out."""
    n_words = len(words(text))
    if in_article and (BARE_NUMBER.match(text) or EMAIL.fullmatch(text.strip())):
        return ""
    if EMAIL.search(text) and (CONTACT.search(text) or n_words <= settings.contact_max_words):
        return CONTACT_LINE
    reads_as_sentence = n_words >= settings.sentence_min_words and is_sentence(text)
    long_line = n_words > settings.prompt_max_words
    for reason, pattern in JUNK_RULES:
        if reason not in STRONG_RULES and (reads_as_sentence or long_line):
            continue
        if pattern.search(text):
            return reason
    return ""
