"""Namesakes: a quote's one-word speaker that two people of the story share, resolved per quote.

In: one source's quotes (`RawQuote` offsets), the people each of its sentences names
(`mentions.people_in`), the people its earlier quotes were given, and the story's `People`.
Out: for a lone surname two people share ("Doe said" of Jane and John Doe), the one of them the
source named or quoted last before the quote; none (the quote's speaker stays unknown) when the
source named none of them before it. Never the first or the most mentioned of the story: a
family's surname after the wife spoke is hers, and "unknown" beats the wrong one of two.

Mentions inside quotation marks do not count: a speaker naming her husband ("“John never
lies”") does not make him the last one named.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from generator.model import Source
from generator.quotes.marks import RawQuote
from generator.quotes.mentions import Speaker
from generator.quotes.people import People


@dataclass(slots=True)
class Timeline:
    """Who one source named or quoted, in text order: (offset, person index) pairs."""

    marks: list[tuple[int, int]] = field(default_factory=list)

    def add(self, at: int, person: int) -> None:
        bisect.insort(self.marks, (at, person))

    def last_of(self, before: int, people: tuple[int, ...]) -> int | None:
        """Of `people`, the one named last before offset `before`; None if none was."""
        end = bisect.bisect_left(self.marks, (before, -1))
        for _, person in reversed(self.marks[:end]):
            if person in people:
                return person
        return None


def timeline(source: Source, named: list[list[tuple[int, Speaker, bool]]],
             raws: list[RawQuote], people: People) -> Timeline:
    """The people a source names outside its quotes, by offset; forms shared by two or more
    people are left out (they say nothing about which one)."""
    spans = sorted((raw.start, raw.end) for raw in raws)
    starts = [s for s, _ in spans]
    line = Timeline()
    for sentence, found in zip(source.sentences, named, strict=True):
        for offset, speaker, _ in found:
            at = sentence.start + offset
            where = bisect.bisect_right(starts, at) - 1
            if where >= 0 and spans[where][0] <= at < spans[where][1]:
                continue
            if speaker.name in people.index and speaker.name not in people.shared:
                line.marks.append((at, people.index[speaker.name]))
    line.marks.sort()
    return line
