"""The cleaning of one source while its steps run: the lines in, each line's fate so far out.

Shared by the steps of `clean.py` and the pasted-page steps of `pasted.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.ingest.languages import ENGLISH
from generator.model import Fate

Fated = tuple[Fate, str]


@dataclass(slots=True, kw_only=True)
class Draft:
    """The cleaning of one source while its steps run (mutable: each step adds what it finds)."""

    lines: list[str]  # the non-blank lines, normalised
    fates: dict[int, Fated] = field(default_factory=dict)
    title: str = ""
    outlet: str = ""
    byline: list[str] = field(default_factory=list)
    published: str = ""
    standfirst: str = ""
    dateline: str = ""
    title_index: int | None = None
    oversize: bool = False
    soft: set[int] = field(default_factory=set)  # removed by the line classifier, not a rule
    joined: set[int] = field(default_factory=set)  # lines that carry on the line before them
    after_blank: frozenset[int] = frozenset()  # lines with a blank line before them
    language: str = ENGLISH
    far_title: bool = False  # the headline was found far above the article (`pasted.py`)

    def open_lines(self) -> list[int]:
        return [i for i in range(len(self.lines)) if i not in self.fates]
