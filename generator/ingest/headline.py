"""The headline of a pasted page: its lines, where the article starts and its first paragraphs in,
the line that is the headline (or none) out.

The first line of a copied page is usually a menu item or the site's name. The headline is the
line above the article (or its first line) that looks like one (a phrase of a few words, not a
date, not a sentence of a paragraph's length) and shares the most content words with the
article's first paragraphs, which retell it; nearer lines win ties.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.furniture import junk_reason
from generator.settings import DEFAULT, IngestSettings
from generator.text import words

MIN_LETTERS = 3  # shorter words ("of", "a", "le") say nothing about a topic


def content_words(text: str, stops: frozenset[str]) -> set[str]:
    return {
        w.lower() for w in words(text) if len(w) >= MIN_LETTERS and w.lower() not in stops
    }


def looks_like_headline(text: str, settings: IngestSettings) -> bool:
    n_words = len(words(text))
    if not settings.title_min_words <= n_words <= settings.title_max_words:
        return False
    return not text.endswith((",", ";", ":")) and not junk_reason(text, settings)


INNER_STOP = re.compile(r"[.!?][\"”’»)]*\s+\S")  # a sentence ends inside the line


def headline_text(line: str) -> str:
    """A headline line as the title: its closing full stop dropped ('Bridge opens.'), unless the
    line holds more than one sentence (a dek or a paragraph taken as the headline), whose stop
    is its text's as much as its first sentence's."""
    return line if INNER_STOP.search(line) else line.rstrip(".")


def runs_on(text: str, stops: frozenset[str]) -> bool:
    """Whether a line breaks off after a stop word ('... said the'): the start of a paragraph
    broken at a link, never a headline."""
    tokens = words(text)
    return bool(tokens) and tokens[-1].lower() in stops and text[-1].isalnum()


def find_headline(
    lines: Sequence[str],
    candidates: Sequence[int],
    body: Sequence[str],
    stops: frozenset[str],
    settings: IngestSettings = DEFAULT.ingest,
    least: float | None = None,
    min_words: int = 1,
) -> tuple[float, int] | None:
    """The score and index (among `candidates`, nearest the article last) of the headline, or
    None: the share of its content words that `body` repeats, at least `least`
    (`title_min_overlap` unless given), of a line of at least `min_words` content words."""
    opening = content_words(" ".join(body), stops)
    least = settings.title_min_overlap if least is None else least
    best: tuple[float, int] | None = None
    for index in candidates:
        text = lines[index]
        if not looks_like_headline(text, settings) or runs_on(text, stops):
            continue
        own = content_words(text, stops)
        if len(own) < max(1, min_words):
            continue
        score = len(own & opening) / len(own)
        if score >= least and (best is None or score >= best[0]):
            best = (score, index)
    return best
