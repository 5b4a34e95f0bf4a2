"""The language of a text and its stop words: text in, an ISO 639-1 code and a word set out.

English is recognised first by its share of very frequent English words (the lexicon's
`ENGLISH_MARKER_WORDS`), which costs nothing; any other text is handed to py3langid (langid.py's
model, 97 languages), whose model takes about a second to load, so it is loaded only for the
first text that needs it. Stop words come from spaCy's lists (`spacy/lang/<code>/stop_words.py`),
read as text without importing spaCy's language classes: those lists are plain word lists, and
importing them through spaCy costs seconds that reading a page does not need.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from generator import lexicon as lx
from generator.settings import DEFAULT, IngestSettings
from generator.text import words

ENGLISH = "en"
# How much of a text is read to tell its language: enough words, bounded time.
SAMPLE_CHARS = 20_000
# ...and of one line (a block of a page may be a whole paragraph or a list joined): its start.
LINE_SAMPLE_CHARS = 400
LIST_TEXT = re.compile(r'STOP_WORDS\s*=\s*set\(\s*"""(.*?)"""', re.S)
CODE = re.compile(r"[a-z]{2,3}")


def english_share(text: str) -> tuple[float, int]:
    """The share of very frequent English words among the words of `text`, and how many."""
    tokens = [w.lower() for w in words(text[:SAMPLE_CHARS])]
    if not tokens:
        return 0.0, 0
    return sum(t in lx.ENGLISH_MARKER_WORDS for t in tokens) / len(tokens), len(tokens)


def detect_language(text: str, settings: IngestSettings = DEFAULT.ingest) -> str:
    """The language of `text` as an ISO 639-1 code ("en" for a text too short to tell)."""
    share, count = english_share(text)
    if count < settings.english_min_words or share >= settings.english_sure_share:
        return ENGLISH
    import py3langid  # loads its model on the first call

    code, _score = py3langid.classify(text[:SAMPLE_CHARS])
    return str(code)


def line_language(text: str) -> str:
    """The language py3langid reads one line of a page in (a paragraph in another language than
    the page's: a letter printed in several languages, a quotation left untranslated)."""
    import py3langid  # loads its model on the first call

    code, _score = py3langid.classify(text[:LINE_SAMPLE_CHARS])
    return str(code)


@lru_cache(maxsize=64)
def stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of a language, lower-cased; empty when spaCy has no list for it."""
    if not CODE.fullmatch(code):
        return frozenset()
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "lang" / code / "stop_words.py"
    try:
        match = LIST_TEXT.search(path.read_text("utf-8"))
    except OSError:
        return frozenset()
    return frozenset(w.lower() for w in match.group(1).split()) if match else frozenset()
