"""Settings: every threshold of the analysis, named, in one frozen object, with how it was chosen.

In: nothing (defaults) or overrides (`replace(DEFAULT.quotes, ...)` in a test or a study).
Out: a `Settings` passed to every stage by `pipeline.py`; a stage reads its own section.

Each threshold is declared with `threshold(value, why)`: `why` says how the value was chosen
(measured on which part of the data, or what it stands for). The Method page's table of
thresholds is generated from these declarations (`threshold_rows`), so the page and the code
cannot disagree. Values chosen on data were chosen on the tuning part of `../shared/eval/`
(see `benchmarks/README.md`), never on the held-out part.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


def threshold(value: Any, why: str) -> Any:
    """A field holding one threshold, with the reason for its value (shown on the Method page)."""
    if not why:
        raise ValueError("every threshold says how it was chosen")
    return field(default=value, metadata={"why": why})


# One section per stage. Each stage's owner adds its thresholds to its own section only.


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    """Reading, cleaning and segmenting articles."""

    max_article_chars: int = threshold(
        300_000, "about 50,000 words, ten times a long feature: one huge file (a scraped site, a "
        "data dump) cannot stall the build; the lines past it are listed as removed")
    title_max_words: int = threshold(
        30, "a headline is one line of at most this many words; longer lines are paragraphs "
        "(the longest seed and tuning-BASIL headline has 16)")
    title_min_words: int = threshold(
        3, "an unpunctuated line shorter than this above the article is a label, not a headline")
    title_given_lines: int = threshold(
        5, "how many of the first kept lines are searched for a repeat of the given title")
    title_guess_lines: int = threshold(
        3, "how many of the first kept lines may be the headline when no title is given")
    header_lines: int = threshold(
        6, "lines right under the headline searched for the standfirst, byline and date")
    standfirst_min_words: int = threshold(4, "a standfirst is a phrase, not a label")
    standfirst_max_words: int = threshold(
        40, "a standfirst (dek) is shorter than a paragraph: two lines of print")
    furniture_max_words: int = threshold(
        8, "a short unpunctuated line above the headline or below the last paragraph is page "
        "furniture (menus, 'Related Articles'...)")
    prompt_max_words: int = threshold(
        14, "a line longer than this is never a prompt, list heading or label, whatever its "
        "words (only the unmistakable rules, such as ad markers, apply)")
    sentence_min_words: int = threshold(
        6, "a line of this many words that ends like a sentence is article text, not a prompt")
    contact_max_words: int = threshold(
        12, "a short line with an e-mail address is a contact line even without a verb")
    signature_max_words: int = threshold(
        4, "an author's name alone on a line at the end: a first name, an initial, two surnames")
    bio_max_words: int = threshold(80, "an author bio is a short paragraph")
    credit_max_words: int = threshold(
        60, "a credit line ('... contributed reporting') names a few people, not a paragraph")
    dateline_max_words: int = threshold(
        6, "a dateline is a place: a city, a state or country, an agency in brackets")
    outlet_max_words: int = threshold(
        4, "the outlet side of a 'Headline – Outlet' title is a short name")
    headline_side_min_words: int = threshold(
        4, "...and its headline side a phrase: 'Ukraine – Russia' is one headline, not an outlet")
    date_line_max_words: int = threshold(
        9, "a line that is only a date ('Published: Monday, March 20, 2023 at 10:15') is short")
    english_min_words: int = threshold(
        40, "below this many words the share of English words says too little")
    english_min_share: float = threshold(
        0.15, "share of very frequent English words (lexicon ENGLISH_MARKER_WORDS) below which a "
        "text is flagged as not English: English news prose runs at 30-45 %, other Latin-script "
        "languages under 10 %")


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareSettings:
    """Aligning sentences, families of copies, pair relations."""


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteSettings:
    """Quotation marks, attribution, people, quote groups and fidelity."""


@dataclass(frozen=True, slots=True, kw_only=True)
class FactSettings:
    """Numbers, dates, frames, conflicts and their severity."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySettings:
    """Summary, key facts, timeline."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every threshold of the analysis, by stage."""

    ingest: IngestSettings = field(default_factory=IngestSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    facts: FactSettings = field(default_factory=FactSettings)
    story: StorySettings = field(default_factory=StorySettings)


DEFAULT = Settings()


def threshold_rows(settings: Settings = DEFAULT) -> list[tuple[str, str, Any, str]]:
    """(stage, name, value, why) for every threshold, in declaration order: the Method table."""
    rows = []
    for section in fields(settings):
        values = getattr(settings, section.name)
        for item in fields(values):
            rows.append((section.name, item.name, getattr(values, item.name), item.metadata["why"]))
    return rows
