"""Settings: every threshold of the analysis, named, in one frozen object, with how it was chosen.

In: nothing (defaults) or overrides (`replace(DEFAULT.quotes, ...)` in a test or a study).
Out: a `Settings` passed to every stage by `pipeline.py`; a stage reads its own section.

One module per stage holds that stage's section (`ingest.py`, `compare.py`, `quotes.py`,
`facts.py`, `story.py`, as in `generator/lexicon/`). Each threshold is declared with
`threshold(value, why)`: `why` says how the value was chosen
(measured on which part of the data, or what it stands for). The Method page's table of
thresholds is generated from these declarations (`threshold_rows`), so the page and the code
cannot disagree. Values chosen on data were chosen on the tuning part of `../shared/eval/`
(see `benchmarks/README.md`), never on the held-out part.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from generator.settings.compare import CompareSettings
from generator.settings.facts import FactSettings
from generator.settings.ingest import IngestSettings
from generator.settings.quotes import QuoteSettings
from generator.settings.story import StorySettings
from generator.settings.threshold import threshold

__all__ = [
    "DEFAULT",
    "CompareSettings",
    "FactSettings",
    "IngestSettings",
    "QuoteSettings",
    "Settings",
    "StorySettings",
    "threshold",
    "threshold_rows",
]


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
