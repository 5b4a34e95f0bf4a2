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
