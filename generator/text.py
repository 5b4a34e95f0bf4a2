"""Small text helpers shared by several stages: whitespace, word tokens, quotation marks."""

from __future__ import annotations

import re

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
