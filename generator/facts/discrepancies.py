"""Discrepancies: a story with claims, facts and quote groups in, `story.discrepancies` out.

Three sources of evidence feed the list. (1) Aligned sentences: every two members of a claim
(the same statement in two sources) have their facts compared by `conflicts.compare_aligned`.
(2) Events: dates stated in differently worded sentences are compared when the words around them
name the same event and neither source states the other's date anywhere (`events.py`).
(3) Quotes: a quote group variant whose fidelity is "altered meaning" (`misquotes.py`).
Findings that share a fact are joined into one discrepancy (union-find), whose values group the
facts by normalised value, each with its sources and evidence spans. Severity follows the rule
on the method page; the list is sorted most serious first, with ties broken by kind and the
first evidence sentence. Writing the list out (report.json, CSV, page) is `report.py`'s and
`render/`'s job.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from generator.facts.clock import time_findings
from generator.facts.conflicts import compare_aligned
from generator.facts.display import display
from generator.facts.events import event_findings
from generator.facts.findings import Finding
from generator.facts.matching import quantity_findings
from generator.facts.misquotes import quote_discrepancies
from generator.facts.polarity import polarity_findings
from generator.facts.severity import by_importance
from generator.facts.updates import as_update
from generator.model import (
    Discrepancy,
    DiscrepancyKind,
    DiscrepancyValue,
    Fact,
    FactKind,
    Sentence,
    Severity,
    Span,
    Story,
)
from generator.settings import DEFAULT, FactSettings, Settings

KIND_LABELS = {
    DiscrepancyKind.QUOTE: "Altered quote", DiscrepancyKind.DATE: "Date or time",
    DiscrepancyKind.NUMBER: "Number", DiscrepancyKind.PERSON: "Person",
    DiscrepancyKind.ENTITY: "Name in a slot", DiscrepancyKind.ROLE: "Role or title",
    DiscrepancyKind.TIME_REF: "Time reference", DiscrepancyKind.CERTAINTY: "Certainty",
    DiscrepancyKind.NEGATION: "Negation", DiscrepancyKind.APPROXIMATE: "Approximate agreement",
    DiscrepancyKind.UPDATE: "Update",
}  # fmt: skip
# Values shown in a discrepancy's title ("“Dec. 3” vs “December 7”).
TITLE_VALUES = 3
# Roles a person must be given by this many sources before "the <role>" stands for them.
HOLDER_SOURCES = 2


def role_holders(facts: tuple[Fact, ...]) -> dict[str, str]:
    """Role head -> the person most sources give that title ("president" -> the story's
    president), when at least two sources do and no one else is as common."""
    support: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in facts:
        if fact.kind == FactKind.ROLE and fact.value:
            support[fact.value][fact.unit].add(fact.source)
    holders = {}
    for role, people in support.items():
        ranked = sorted(people.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if len(ranked[0][1]) >= HOLDER_SOURCES and (
            len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1])
        ):
            holders[role] = ranked[0][0]
    return holders


Wording = tuple[str, tuple[tuple[Any, ...], ...]]


def _wording(sentence: Sentence, facts: list[Fact]) -> Wording:
    """What `compare_aligned` reads of a sentence: its text and its facts, with offsets relative
    to the sentence. Two sentences with one wording compare alike, up to where the facts sit."""
    return sentence.text, tuple(
        (f.kind, f.start - sentence.start, f.end - sentence.start, f.text, f.value, f.approximate,
         f.unit, f.resolved, f.context)
        for f in facts
    )


def _moved(fact: Fact, reps: tuple[Sentence, Sentence], rep_facts: tuple[list[Fact], list[Fact]],
           to: tuple[Sentence, Sentence], to_facts: tuple[list[Fact], list[Fact]]) -> Fact:
    """A fact of a finding between two representative sentences, as the same fact of the pair
    of sentences `to` with the same wordings."""
    for side in (0, 1):
        for k, own in enumerate(rep_facts[side]):
            if own is fact:
                return to_facts[side][k]
    for rep, target in zip(reps, to, strict=True):
        if fact.sentence_id == rep.id:  # made by compare_aligned from the text ("the president")
            shift = target.start - rep.start
            return replace(fact, source=target.source, sentence_id=target.id,
                           start=fact.start + shift, end=fact.end + shift)
    return fact  # a made-up counterpart with no sentence ("affirmed" for a negation)


Keyed = list[tuple[int, int, int, Finding]]


def _star(group_a: list[int], group_b: list[int], sources: list[str]) -> list[tuple[int, int]]:
    """The member pairs (i, j) of two groups that join what every pair would: i's source before
    j's (members are sorted by source). Every such pair links a member of `group_a` to one of
    `group_b`; the first of a (earliest source) and the last of b (latest source) are in pairs
    with every member that is in any, so the pairs through them link the same facts as all
    |a| x |b| pairs, in |a| + |b| pairs."""
    first, last = group_a[0], group_b[-1]
    if sources[last] <= sources[first]:
        return []
    pairs = {(first, j) for j in group_b if sources[j] > sources[first]}
    pairs |= {(i, last) for i in group_a if sources[i] < sources[last]}
    return sorted(pairs)


def _claim_findings(sentences: list[Sentence], sources: list[str], facts: list[list[Fact]],
                    kinds: list[tuple[bool, bool]], holders: dict[str, str],
                    settings: FactSettings) -> Keyed:
    """A claim's cross-source member pairs compared, each pair of distinct wordings once;
    (i, j, n, finding) for the n-th finding between members i and j. Members are grouped by
    wording and by how closely they are aligned (`kinds`: what `_aligned_findings` does with a
    pair's findings depends only on that), and two groups' findings go to the pairs of `_star`
    only: a claim of hundreds of reprints in two wordings costs hundreds of findings, not tens of
    thousands, and joins into the same discrepancies."""
    groups: dict[tuple[Wording, tuple[bool, bool]], list[int]] = defaultdict(list)
    for i, sentence in enumerate(sentences):
        groups[(_wording(sentence, facts[i]), kinds[i])].append(i)
    templates: dict[tuple[Wording, Wording], tuple[tuple[int, int], list[Finding]]] = {}
    keyed: Keyed = []
    for (wording_a, _), group_a in groups.items():
        for (wording_b, _), group_b in groups.items():
            pairs = _star(group_a, group_b, sources)
            if not pairs:
                continue
            if (wording_a, wording_b) not in templates:
                ra, rb = pairs[0]
                templates[(wording_a, wording_b)] = ((ra, rb), compare_aligned(
                    sentences[ra], facts[ra], sentences[rb], facts[rb], holders, settings))
            (ra, rb), template = templates[(wording_a, wording_b)]
            reps, rep_facts = (sentences[ra], sentences[rb]), (facts[ra], facts[rb])
            for i, j in pairs if template else ():
                to, to_facts = (sentences[i], sentences[j]), (facts[i], facts[j])
                for n, finding in enumerate(template):
                    if (i, j) != (ra, rb):
                        a, b = (_moved(f, reps, rep_facts, to, to_facts) for f in finding.facts)
                        finding = replace(finding, facts=(a, b))
                    keyed.append((i, j, n, finding))
    keyed.sort(key=lambda t: t[:3])
    return keyed


def _aligned_findings(story: Story, facts_by_sentence: dict[str, list[Fact]],
                      settings: FactSettings) -> list[Finding]:
    """Every cross-source pair of a claim's members compared, as `compare_aligned` would, but
    each pair of distinct wordings is compared once (`_claim_findings`): a story of many reprints
    holds claims of hundreds of copies in a handful of wordings."""
    findings: list[Finding] = []
    holders = role_holders(story.facts)
    for claim in story.claims:
        members = sorted(claim.members, key=lambda m: (m.source, m.sentence_id))
        sentences = [story.sentence(m.sentence_id) for m in members]
        facts = [facts_by_sentence.get(s.id, []) for s in sentences]
        kinds = [(m.score < settings.slot_alignment, m.score < settings.weak_alignment)
                 for m in members]
        keyed = _claim_findings(sentences, [m.source for m in members], facts, kinds, holders,
                                settings)
        for i, j, _, finding in keyed:
            score = min(members[i].score, members[j].score)
            if finding.strict and score < settings.slot_alignment:
                continue
            if score < settings.weak_alignment and finding.severity != Severity.LOW:
                finding = replace(finding, severity=Severity.LOW,
                                  why=finding.why + " (the sentences are only loosely aligned)")
            findings.append(finding)
    return findings


def _display(fact: Fact) -> str:
    """The value a fact is grouped by: its normalised value (the negation's side for one)."""
    if fact.kind == FactKind.NEGATION:
        return "not" if fact.value == "not" else "affirmed"
    return fact.value


def _fact_key(fact: Fact) -> str:
    return f"{fact.id}|{fact.sentence_id}|{fact.start}|{fact.kind}"


def _components(findings: list[Finding]) -> list[list[Finding]]:
    """Findings of one kind that share a fact, as groups (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for finding in findings:
        a, b = finding.facts
        parent[find(f"{finding.kind}#{_fact_key(a)}")] = find(f"{finding.kind}#{_fact_key(b)}")
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        groups[find(f"{finding.kind}#{_fact_key(finding.facts[0])}")].append(finding)
    return list(groups.values())


def _discrepancy(members: list[Finding]) -> Discrepancy | None:
    """One discrepancy from findings that share facts: their facts grouped by value."""
    members.sort(key=lambda f: (f.severity.rank, f.why))
    top = members[0]
    by_value: dict[str, list[Fact]] = defaultdict(list)
    seen: set[str] = set()
    for finding in members:
        for fact in finding.facts:
            if _fact_key(fact) in seen or not fact.source:
                continue
            seen.add(_fact_key(fact))
            by_value[_display(fact)].append(fact)
    if len(by_value) < 2:
        return None
    values = []
    for value, group in sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        group.sort(key=lambda f: (f.source, f.start))
        values.append(DiscrepancyValue(
            value=value, display=display(group[0]),
            sources=tuple(sorted({f.source for f in group})),
            evidence=tuple(Span(source=f.source, sentence_id=f.sentence_id, start=f.start,
                                end=f.end, text=f.text) for f in group),
        ))
    if len({s for v in values for s in v.sources}) < 2:
        return None
    shown = " vs ".join(f"“{v.display or v.evidence[0].text}”" for v in values[:TITLE_VALUES])
    return Discrepancy(
        id="", kind=top.kind, severity=top.severity, title=f"{KIND_LABELS[top.kind]}: {shown}",
        why=top.why, values=tuple(values),
        facts=tuple(sorted(k.split("|")[0] for k in seen if k.split("|")[0])),
    )


def _order(d: Discrepancy) -> tuple[int, int, str, str]:
    first = d.values[0].evidence[0].sentence_id if d.values[0].evidence else ""
    return d.severity.rank, list(DiscrepancyKind).index(d.kind), first, d.title


def find_discrepancies(story: Story, settings: Settings = DEFAULT) -> Story:
    """The facts stage's second step: every discrepancy, most serious first, numbered d1..."""
    facts_by_sentence: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        facts_by_sentence[fact.sentence_id].append(fact)
    published = {source.id: source.published for source in story.sources}
    findings = [by_importance(as_update(finding, published, settings.facts), settings.facts)
                for finding in (
        _aligned_findings(story, facts_by_sentence, settings.facts)
        + event_findings(story, settings.facts) + quantity_findings(story, settings.facts)
        + time_findings(story, settings.facts) + polarity_findings(story, settings.facts))]
    joined = [_discrepancy(members) for members in _components(findings)]
    found = [d for d in joined if d is not None] + quote_discrepancies(story, settings.facts)
    ordered = sorted(found, key=_order)
    return replace(story, discrepancies=tuple(
        replace(d, id=f"d{i + 1}") for i, d in enumerate(ordered)
    ))
