"""The data model: frozen dataclasses that every stage reads and returns.

A `Story` goes in and out of every pipeline stage. Collections are tuples, ids are stable strings
(`"{source_id}:s{index}"`), and every finding (sentence, quote, fact) points into its source's
`text` by character offsets, so that it can always be shown in place. Each stage returns a new
`Story` with `dataclasses.replace`; nothing is mutated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.kinds import (  # re-exported: the model's kinds
    DATE_KINDS,
    NAME_KINDS,
    QUANTITY_KINDS,
    Certainty,
    DiscrepancyKind,
    EntityKind,
    FactKind,
    Fate,
    Fidelity,
    KeyFactLabel,
    KeyFactStatus,
    QuoteKind,
    Relation,
    Severity,
    SpeakerKind,
)

# Kinds are `StrEnum`s: each member is its string, so `report.json` and the CSVs write exactly the
# strings they wrote before, and a comparison with a plain string still holds.


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One non-blank input line and what the cleaner did with it."""

    number: int  # 1-based line number in the decoded input (0 for structured fields)
    text: str
    fate: Fate
    reason: str = ""  # why it was removed, or which rule assigned the metadata


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of a source's body; `start`/`end` are offsets into `Source.text`."""

    id: str  # "{source_id}:s{index}", also the anchor on the source page
    source: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str

    @property
    def anchor(self) -> str:
        return f"s{self.index}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One article after ingest, clean and segment."""

    id: str  # the file stem
    path: str  # relative to the story folder, with forward slashes
    format: str  # txt | md | html | json
    title: str = ""
    outlet: str = ""
    byline: tuple[str, ...] = ()
    dateline: str = ""
    published: str = ""  # ISO date (YYYY-MM-DD) when the article states one, else ""
    standfirst: str = ""
    url: str = ""
    language: str = "en"  # ISO 639-1 code of the article's language (`ingest/languages.py`)
    body: tuple[str, ...] = ()  # cleaned paragraphs
    lines: tuple[Line, ...] = ()  # every non-blank input line with its fate
    sentences: tuple[Sentence, ...] = ()
    warnings: tuple[str, ...] = ()
    raw: str = field(default="", repr=False)  # the decoded input, kept for the cleaner

    @property
    def text(self) -> str:
        """The cleaned body: paragraphs joined by one blank line. Offsets point into this."""
        return "\n\n".join(self.body)

    @property
    def removed(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.fate is Fate.REMOVED)

    @property
    def label(self) -> str:
        """How the source is named on the pages: its outlet, else its id."""
        return self.outlet or self.id


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A stretch of one source's text, used as evidence for a finding."""

    source: str
    sentence_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimMember:
    source: str
    sentence_id: str
    text: str
    score: float  # similarity to the claim's reference wording, 0..1


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One statement as it appears in k sources (k >= 1)."""

    id: str
    members: tuple[ClaimMember, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({m.source for m in self.members}))


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    """How two sources relate: shared sentences both ways, wording closeness, a verdict."""

    a: str
    b: str
    similarity: float
    a_in_b: float = 0.0  # share of a's sentences aligned to b
    b_in_a: float = 0.0
    wording: float = 0.0  # mean similarity of the aligned sentences
    relation: Relation = Relation.INDEPENDENT
    evidence: tuple[str, ...] = ()  # plain-language reasons with figures
    shared: int = 0  # claims the two sources share
    order: float = 0.0  # share of the shared claims that come in the same order in both
    copied: int = 0  # shared claims whose wording is (nearly) word for word the same
    claims: tuple[str, ...] = ()  # ids of the shared claims, closest wording first


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A direct quote in one source, with its attributed speaker."""

    id: str  # "{source_id}:q{index}"
    source: str
    sentence_ids: tuple[str, ...]
    start: int
    end: int
    text: str  # the words inside the marks
    speaker: str = ""  # the canonical speaker name or description, "" when unknown
    speaker_mention: str = ""  # how this source names the speaker
    cue: str = ""  # the attribution verb or phrase
    partial: bool = False
    kind: QuoteKind = QuoteKind.QUOTE
    speaker_kind: SpeakerKind = SpeakerKind.UNKNOWN
    attribution: str = ""  # which rule found the speaker, in plain words
    left_open: bool = False  # the closing mark is missing; the quote runs to the paragraph end


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteVariant:
    text: str
    sources: tuple[str, ...]
    quote_ids: tuple[str, ...]
    speaker: str
    fidelity: Fidelity
    changed: tuple[str, ...] = ()  # words that differ from the group's reference wording
    changed_spans: tuple[tuple[int, int], ...] = ()  # where those words are in `text`
    excerpt: bool = False  # a fragment of the reference wording
    sentence_ids: tuple[str, ...] = ()  # the sentences holding this wording, in source order
    reference: bool = False  # the wording the others are compared with


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteGroup:
    id: str
    speaker: str
    variants: tuple[QuoteVariant, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A person, organisation or place, with its name forms across sources."""

    id: str
    name: str
    kind: EntityKind
    role: str = ""
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # sentence ids
    # (source id, role) for each role a source gives, a source's most given first: the people
    # table takes a role from the sources that are not rewordings of another (render/people.py).
    source_roles: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """A checkable value stated in a sentence: a number, a date, a name in a slot..."""

    id: str
    source: str
    sentence_id: str
    kind: FactKind
    start: int
    end: int
    text: str
    value: str  # normalised, comparable value
    approximate: bool = False
    unit: str = ""
    resolved: str = ""  # dates: the value resolved against source.published ("" if not dated)
    context: str = ""  # certainty/negation: the modal word as written; roles: the full role


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscrepancyValue:
    value: str  # the normalised value ("2021-12-03", "1500000")
    sources: tuple[str, ...]
    evidence: tuple[Span, ...]  # one span per differing fact; start/end index source.text
    display: str = ""  # the value as a reader writes it: "Friday, 3 December 2021", "14 people"


@dataclass(frozen=True, slots=True, kw_only=True)
class Discrepancy:
    id: str
    kind: DiscrepancyKind
    severity: Severity
    title: str
    why: str
    values: tuple[DiscrepancyValue, ...]
    claim: str = ""
    facts: tuple[str, ...] = ()  # ids of the facts (or quotes) the discrepancy compares


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence:
    text: str
    sources: tuple[str, ...]
    evidence: tuple[Span, ...]
    claim: str = ""
    independent: int = 0  # independent groups among `sources`: copies and rewrites count once
    discrepancy: str = ""  # id of the discrepancy that disputes the statement


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyFact:
    """One of the story's key facts (who, what, when, where, numbers), agreed or disputed."""

    label: KeyFactLabel
    value: str
    status: KeyFactStatus
    sources: tuple[str, ...]
    evidence: tuple[Span, ...]
    discrepancy: str = ""  # id of the discrepancy that disputes it
    independent: int = 0  # independent groups among `sources`: copies and rewrites count once


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """A dated event that the articles mention, past or announced."""

    date: str  # ISO date, or "--MM-DD" when the year is unknown
    label: str  # the date as written
    text: str  # the sentence that states it, in its clearest wording
    sources: tuple[str, ...]
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Family:
    """Sources that are near-identical copies of one text: its leader and the copies of it."""

    id: str  # "f1", "f2"... in the order of the leaders in the story
    leader: str  # the source the others were compared with: the fullest copy
    members: tuple[str, ...]  # every source of the family, the leader included, in story order


# Source id -> position, per tuple of sources. A frozen, slotted dataclass cannot cache it on
# itself, and the lookups run tens of thousands of times in a large story. Keyed by the tuple's
# id() and checked by identity, so a new tuple of sources never reads a stale index.
_SOURCE_INDEXES: dict[int, tuple[tuple[Source, ...], dict[str, int]]] = {}
_SOURCE_INDEXES_MAX = 32


def _source_index(sources: tuple[Source, ...]) -> dict[str, int]:
    entry = _SOURCE_INDEXES.get(id(sources))
    if entry is None or entry[0] is not sources:
        if len(_SOURCE_INDEXES) >= _SOURCE_INDEXES_MAX:
            _SOURCE_INDEXES.clear()
        entry = (sources, {source.id: i for i, source in enumerate(sources)})
        _SOURCE_INDEXES[id(sources)] = entry
    return entry[1]


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """One story: its sources and everything found in them."""

    id: str
    title: str = ""
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()  # statements across sources: `alignment` joined by frames
    pairs: tuple[Pair, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    key_facts: tuple[KeyFact, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    warnings: tuple[str, ...] = ()
    families: tuple[Family, ...] = ()  # near-identical copies, one entry per family
    alignment: tuple[Claim, ...] = ()  # sentences aligned by wording alone (`compare/align.py`)

    def source(self, source_id: str) -> Source:
        return self.sources[_source_index(self.sources)[source_id]]

    def sentence(self, sentence_id: str) -> Sentence:
        source_id, _, index = sentence_id.rpartition(":s")
        return self.source(source_id).sentences[int(index)]


__all__ = [
    "Certainty",
    "DATE_KINDS",
    "DiscrepancyKind",
    "EntityKind",
    "FactKind",
    "Fate",
    "Fidelity",
    "KeyFactLabel",
    "KeyFactStatus",
    "NAME_KINDS",
    "QUANTITY_KINDS",
    "QuoteKind",
    "Relation",
    "Severity",
    "SpeakerKind",
]
