"""Bylines and outlets: a metadata line in, the people or the outlet it names out.

"By Jane Doe and Ann Lee", a signature at the end ("Jane Doe"), a credit line ("John Roe
reported from Oslo. Ann Lee contributed reporting."), a contact line ("Write Jane Doe at
[email protected]") give person names; "The Herald – Mayor opens bridge" gives a headline and an
outlet. Names are recognised by their shape (capitalised words, an initial) and outlets by the
words outlet names are made of (the lexicon's `OUTLET_NAME_WORDS`), never by a list of names.
"""

from __future__ import annotations

import re

from generator import lexicon as lx
from generator.ingest.furniture import EMAIL
from generator.settings import DEFAULT, IngestSettings
from generator.text import alternation, normalise_space, words

BYLINE_PREFIX = re.compile(rf"^({alternation(lx.BYLINE_PREFIXES)})\s+(.+)$", re.I)
CREDIT = re.compile(
    rf"\b({alternation(lx.CREDIT_PHRASES)}|contributed (to )?(this )?(report|reporting|story))\b",
    re.I,
)
CONTACT_WORDS = re.compile(rf"\b({alternation(lx.CONTACT_VERBS | {'at'})})\b", re.I)
OUTLET_WORDS = re.compile(
    rf"\b({alternation(lx.OUTLET_NAME_WORDS)}|\.com|\.org|\.net|\.co\.uk)\b", re.I
)
TITLE_SEPARATOR = re.compile(r"\s+[–—|-]\s+|\s*\|\s*")
PERSON_NAME = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z]\.)?(?: [A-Z][\w’'.-]+){1,3}$")
AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w’'.-]+ ){0,3}[A-Z][\w’'.-]+ (?:is|was|has been|covers|writes)\b.{0,120}?"
    rf"\b({alternation(lx.JOURNALIST_NOUNS)})\b"
)
# Words an outlet name may hold in lower case ("Voice of the People").
NAME_LINKS = frozenset({"of", "the", "and"})


def looks_like_outlet(text: str) -> bool:
    """A capitalised phrase holding an outlet-name word, a domain, or opening with "The"."""
    capitalised = all(w[0].isupper() or w.lower() in NAME_LINKS for w in words(text))
    return capitalised and (bool(OUTLET_WORDS.search(text)) or text.startswith("The "))


def split_outlet(title: str, settings: IngestSettings = DEFAULT.ingest) -> tuple[str, str]:
    """("The Herald – Mayor opens bridge") -> ("Mayor opens bridge", "The Herald"), or no outlet."""
    parts = TITLE_SEPARATOR.split(title, maxsplit=1)
    if len(parts) != 2:
        return title, ""
    first, second = (normalise_space(p) for p in parts)
    for outlet, rest in ((first, second), (second, first)):
        n = len(words(outlet))
        headline = len(words(rest)) >= settings.headline_side_min_words
        if 1 <= n <= settings.outlet_max_words and headline and looks_like_outlet(outlet):
            return rest, outlet
    return title, ""


def is_signature(text: str, settings: IngestSettings = DEFAULT.ingest) -> bool:
    """An author's name alone on a line."""
    return (
        bool(PERSON_NAME.match(text))
        and not looks_like_outlet(text)
        and len(words(text)) <= settings.signature_max_words
    )


def byline_names(text: str) -> tuple[str, ...]:
    """Person names in a byline or contact line."""
    match = BYLINE_PREFIX.match(text)
    if match:
        text = match.group(2)
    text = EMAIL.sub(" ", text)
    text = CONTACT_WORDS.sub(",", text)
    parts = re.split(r"\s*(?:,|;| and |&|\|)\s*", text)
    names = []
    for part in parts:
        part = normalise_space(re.sub(r"^(by|and)\s+", "", part, flags=re.I).strip(" .:"))
        if PERSON_NAME.match(part) and not looks_like_outlet(part):
            names.append(part)
    return tuple(dict.fromkeys(names))


def credit_names(text: str) -> tuple[str, ...]:
    """Names in "X reported from Oslo. Y and Z contributed to this report." lines."""
    names = re.findall(
        r"(?:^|[.,;] |\band |\bby |editors? |writers? |reporters? )"
        r"([A-Z][\w’'-]+(?: [A-Z]\.)?(?: [A-Z][\w’'-]+){1,2})",
        text,
    )
    return tuple(dict.fromkeys(n for n in names if not looks_like_outlet(n)))
