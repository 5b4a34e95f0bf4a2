"""The kinds: every enumerated kind of the data model (fates, relations, fidelity, severity...).

In: nothing. Out: `StrEnum`s that `model.py` re-exports and every stage compares against. They are
`StrEnum`s so that `report.json` and the CSVs carry the same plain strings they always did, and
`tests/test_docs.py` checks that every kind the Method page names is one of them.
"""

from __future__ import annotations

from enum import StrEnum


class Fate(StrEnum):
    """Where an input line ended up: every non-blank line has exactly one fate."""

    TITLE = "title"
    OUTLET = "outlet"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    DATELINE = "dateline"
    DATE = "date"
    METADATA = "metadata"  # front matter, JSON fields, HTML head
    BODY = "body"
    REMOVED = "removed"


class Relation(StrEnum):
    """How two sources relate (compare stage)."""

    NEAR_COPY = "near-copy"
    REWRITE = "rewrite"
    COMMON_SOURCE = "common source"
    INDEPENDENT = "independent"


class QuoteKind(StrEnum):
    """A direct quote, or a scare-quoted word or title (left out of the groups)."""

    QUOTE = "quote"
    TERM = "term"


class SpeakerKind(StrEnum):
    """How a quote's speaker is named; UNKNOWN when no speaker was found."""

    NAME = "name"
    ORGANISATION = "organisation"
    DESCRIPTION = "description"
    UNKNOWN = ""


class Fidelity(StrEnum):
    """How a quote variant's wording compares with its group's reference wording."""

    IDENTICAL = "identical"
    PUNCTUATION = "punctuation"
    MINOR_WORDING = "minor wording"
    ALTERED_MEANING = "altered meaning"


class EntityKind(StrEnum):
    """What a named entity of the story is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


class FactKind(StrEnum):
    """What a fact states: a value another outlet could state differently."""

    NUMBER = "number"
    DURATION = "duration"  # value in minutes
    MONEY = "money"
    PERCENT = "percent"
    TALLY = "tally"  # a vote or a score: "52-48"
    DATE = "date"
    TIME_REF = "time_ref"  # "last week": value "week-1"
    TIME = "time"  # a time of day: value "721/1080" (minutes from midnight, first/last)
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    NAME = "name"  # a name of no known kind
    ROLE = "role"
    CERTAINTY = "certainty"
    NEGATION = "negation"


QUANTITY_KINDS = frozenset({FactKind.NUMBER, FactKind.DURATION, FactKind.MONEY,
                            FactKind.PERCENT, FactKind.TALLY})
NAME_KINDS = frozenset({FactKind.PERSON, FactKind.ORGANISATION, FactKind.PLACE, FactKind.NAME})
DATE_KINDS = frozenset({FactKind.DATE, FactKind.TIME_REF})


class Certainty(StrEnum):
    """The certainty a modal verb gives a statement (a certainty fact's value)."""

    DEFINITE = "definite"  # will, would, must
    POSSIBLE = "possible"  # could, may, might
    EXPECTED = "expected"  # should


class DiscrepancyKind(StrEnum):
    """What two sources disagree about, in the order the discrepancy page lists kinds."""

    QUOTE = "quote"
    DATE = "date"
    NUMBER = "number"
    PERSON = "person"
    ENTITY = "entity"  # a different name in the same slot
    ROLE = "role"
    TIME_REF = "time_ref"
    CERTAINTY = "certainty"
    NEGATION = "negation"
    APPROXIMATE = "approximate"  # a hedged value close to the other: agreement, shown low
    UPDATE = "update"  # a later article's newer figure: listed apart from the contradictions


class Severity(StrEnum):
    """How serious a discrepancy is, most serious first."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for the most serious: the sort key of the discrepancy list."""
        return list(Severity).index(self)


class KeyFactLabel(StrEnum):
    """Which of the story's key facts a `KeyFact` is."""

    WHO = "who"
    WHAT = "what"
    WHEN = "when"
    WHERE = "where"
    NUMBER = "number"


class KeyFactStatus(StrEnum):
    """Whether the sources agree on a key fact."""

    AGREED = "agreed"
    DISPUTED = "disputed"
    SINGLE_SOURCE = "single source"
