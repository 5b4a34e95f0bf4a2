"""Small text helpers shared by several stages: whitespace, word tokens, quotation marks, regex
alternations of word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD = re.compile(r"\w+(?:[’'.-]\w+)*", re.U)
SPACES = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) into one space and strip."""
    return SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def words(text: str) -> list[str]:
    """Word tokens in order, as written."""
    return WORD.findall(text)


def fold(text: str) -> str:
    """A comparison key: lower case, curly quotes and dashes made plain, spaces collapsed."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return normalise_space(text.translate(table).lower())


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first so that the longest one wins."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
