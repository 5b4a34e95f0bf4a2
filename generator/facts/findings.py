"""Findings: two facts that disagree, with how seriously and why (the unit `discrepancies.py`
joins into discrepancies). Made by `conflicts.py` (aligned sentences) and `events.py` (dates of
one event in differently worded sentences)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import DiscrepancyKind, Fact, Severity


@dataclass(frozen=True, slots=True)
class Finding:
    kind: DiscrepancyKind
    severity: Severity
    facts: tuple[Fact, Fact]
    why: str
    strict: bool = False  # only believed between closely aligned sentences
