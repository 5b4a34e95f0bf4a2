"""The lexicon: every English word list of the analysis, once, each with where it comes from.

In: nothing. Out: `WordList`s (frozensets of lower-case words or phrases with a `source` line)
imported by every stage. Like spaCy's `lang/en/stop_words.py` and trafilatura's `xpaths.py`, the
language data lives apart from the algorithms, so that two stages cannot drift apart with two
lists of titles. What the language model knows (who is a person, what is a date or an amount of
money, lemmas, heads) is not listed here: `language.py` gives it. What it cannot know (titles of
office, speech verbs, hedges...) is.

Rules for a list: general English, never a word chosen because of one story or one evaluation
sentence (`tests/test_lexicon.py` scans this file and the code for names and phrases of the
example story and of `../shared/eval/`); a `source` that says where the words come from; not
empty.
"""

from __future__ import annotations

from collections.abc import Iterable


class WordList(frozenset[str]):
    """A frozen set of lower-case words or phrases, with where they come from."""

    __slots__ = ("source",)
    source: str

    def __new__(cls, words: Iterable[str], source: str) -> WordList:
        items = [w.lower() for w in words]
        if not items:
            raise ValueError("a word list is never empty")
        if not source:
            raise ValueError("a word list says where its words come from")
        self = super().__new__(cls, items)
        self.source = source
        return self


# Sections by stage. Each stage's owner adds its lists to its own section only.

# --- ingest: page furniture, metadata lines -----------------------------------------------------

# --- compare: function words for alignment keys --------------------------------------------------

# --- quotes: speech verbs, titles, roles -----------------------------------------------------------

# --- facts: units, scales, hedges, negation, calendar words ---------------------------------------

# --- story: opinion and loaded words, pointing-back openers ---------------------------------------


def word_lists() -> dict[str, WordList]:
    """Every list of the lexicon by name (for the tests and the Method page)."""
    return {name: value for name, value in globals().items() if isinstance(value, WordList)}
