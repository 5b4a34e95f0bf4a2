"""`WordList`: a frozen set of lower-case words or phrases that says where its words come from."""

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
