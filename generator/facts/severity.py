"""Severity by importance: findings in, the same findings with a severity that says how much a
reader would be misled about the story, not only what kind of value differs.

A finding's own rule gives a first severity from how sure the conflict is (`conflicts.py`,
`events.py`, `matching.py`). Then importance: a value stated at the top of both articles (the
first `lede_sentences` sentences, where news writing puts the core of the story: the death
toll, the vote, the date of the event, who did it) keeps a high severity, and an exact figure
that two ledes give differently becomes high; further down, a value is a secondary fact, at
most medium. A loosely matched pair or a hedged value never rises. Updates and approximate
agreement keep their low severity.
"""

from __future__ import annotations

from dataclasses import replace

from generator.facts.findings import Finding
from generator.model import DiscrepancyKind, Fact, Severity
from generator.settings import DEFAULT, FactSettings

# Kinds whose severity is not about importance: agreement written differently, a newer figure.
KEPT = frozenset({DiscrepancyKind.APPROXIMATE, DiscrepancyKind.UPDATE})


def in_lede(fact: Fact, lede_sentences: int) -> bool:
    """Whether a fact sits in the first sentences of its article (a made-up counterpart with
    no sentence, such as the affirmed side of a negation, follows the other side)."""
    if not fact.sentence_id:
        return True
    return int(fact.sentence_id.rpartition(":s")[2]) < lede_sentences


def by_importance(finding: Finding, settings: FactSettings = DEFAULT.facts) -> Finding:
    """The finding with its severity set by importance to the story."""
    if finding.kind in KEPT or finding.severity is Severity.LOW:
        return finding
    core = all(in_lede(fact, settings.lede_sentences) for fact in finding.facts)
    if finding.severity is Severity.HIGH and not core:
        return replace(finding, severity=Severity.MEDIUM,
                       why=finding.why + "; medium: a secondary fact, stated below the top of "
                       "the articles")
    exact = not any(fact.approximate for fact in finding.facts)
    if (finding.kind is DiscrepancyKind.NUMBER and core and exact
            and finding.severity is Severity.MEDIUM and not finding.strict):
        return replace(finding, severity=Severity.HIGH,
                       why=finding.why + "; high: both articles give the figure at their top")
    return finding
