"""Discrepancies: a story with claims, facts and quote groups in, `story.discrepancies` out.

Three sources of evidence feed the list. (1) Aligned sentences: every two members of a claim
(the same statement in two sources) have their facts compared by `conflicts.compare_aligned`.
(2) Events: dates stated in differently worded sentences are compared when the words around them
name the same event and neither source states the other's date anywhere
(`conflicts.compare_events`). (3) Quotes: a quote group variant whose fidelity is "altered
meaning" becomes a "quote" discrepancy. Findings that share a fact are joined into one
discrepancy (union-find), whose values group the facts by normalised value, each with its
sources and evidence spans. Severity follows the rule on the method page; the list is sorted
most serious first, with ties broken by kind and the first evidence sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from generator.facts.conflicts import (
    Finding,
    common_words,
    compare_aligned,
    compare_events,
    date_value,
    event_words,
    grain,
)
from generator.facts.dates import date_bounds
from generator.model import Discrepancy, DiscrepancyValue, Fact, Sentence, Span, Story
from generator.settings import DEFAULT, Settings

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
KIND_ORDER = ("quote", "date", "number", "person", "entity", "role", "time_ref", "certainty",
              "negation", "approximate")  # fmt: skip
KIND_LABELS = {
    "quote": "Altered quote", "date": "Date", "number": "Number", "person": "Person",
    "entity": "Name in a slot", "role": "Role or title", "time_ref": "Time reference",
    "certainty": "Certainty", "negation": "Negation", "approximate": "Approximate agreement",
}  # fmt: skip
# A claim member scoring below this against its claim's wording is only loosely the same
# statement (align.py keeps pairs from 0.55): a finding resting on it is shown at low severity.
WEAK_ALIGNMENT = 0.6
# A name in another's slot is only believed between closely aligned sentences: a lede that
# reports two warnings can put either leader after "warned" (seeds: 0.69, a true swap 0.84).
SLOT_ALIGNMENT = 0.75
# Event words found in more than this share of the story's sentences (the main actors' names,
# "said") cannot tell one event from another. 12% keeps "call" and "talks" on the seeds and
# drops the two leaders' names.
COMMON_SHARE = 0.12
# How many distinctive words around two dates must match to call them one event: 2 for a day
# or a month ("last ... spoke", "talks ... Oslo"), 3 for a bare year, which background
# sentences mention far more often.
EVENT_WORDS = {"day": 2, "month": 2, "year": 3}
# A quote variant is compared with its group's reference wording only when the two are this
# similar (rapidfuzz ratio, 0-100): reworded quotes on the seeds score 60-90, two different
# quotes of one speaker grouped together (BASIL) mostly score 50 or less.
QUOTE_SIMILAR = 55
QUOTE_WORD_RE = re.compile(r"[\w’']+")


def _quote_words(text: str) -> str:
    return " ".join(QUOTE_WORD_RE.findall(text.lower()))
# Words either side of a date that describe its event (a long sentence puts the place and the
# kind of event up to a dozen words away from the date).
EVENT_WINDOW = 20
WORD_SPAN_RE = re.compile(r"\S+")


def _window(text: str, start: int, end: int) -> str:
    before = text[:start].split()[-EVENT_WINDOW:]
    after = text[end:].split()[:EVENT_WINDOW]
    return " ".join(before + after)


def role_holders(facts: list[Fact] | tuple[Fact, ...]) -> dict[str, str]:
    """Role head -> the person most sources give that title ("president" -> the story's
    president), when at least two sources do and no one else is as common."""
    support: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in facts:
        if fact.kind == "role" and fact.value:
            support[fact.value][fact.unit].add(fact.source)
    holders = {}
    for role, people in support.items():
        ranked = sorted(people.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if len(ranked[0][1]) >= 2 and (len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1])):
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


def _aligned_findings(story: Story, facts_by_sentence: dict[str, list[Fact]]) -> list[Finding]:
    """Every cross-source pair of a claim's members compared, as `compare_aligned` would, but
    each pair of distinct wordings is compared once: a story of many reprints holds claims of
    hundreds of copies in a handful of wordings. The findings of one comparison are carried over
    to every member pair with those wordings, in the order a pair-by-pair loop yields them."""
    findings: list[Finding] = []
    holders = role_holders(story.facts)
    for claim in story.claims:
        members = sorted(claim.members, key=lambda m: (m.source, m.sentence_id))
        sentences = [story.sentence(m.sentence_id) for m in members]
        facts = [facts_by_sentence.get(s.id, []) for s in sentences]
        groups: dict[Wording, list[int]] = defaultdict(list)
        for i, sentence in enumerate(sentences):
            groups[_wording(sentence, facts[i])].append(i)
        keyed: list[tuple[int, int, int, Finding]] = []
        for group_a in groups.values():
            for group_b in groups.values():
                # Members are sorted by source, so the pairs a loop over members compares (i
                # before j, two sources) are those whose j has a later source than i.
                ra = group_a[0]
                rb = next((j for j in group_b if members[j].source > members[ra].source), None)
                if rb is None:
                    continue
                reps, rep_facts = (sentences[ra], sentences[rb]), (facts[ra], facts[rb])
                template = compare_aligned(reps[0], rep_facts[0], reps[1], rep_facts[1], holders)
                if not template:
                    continue
                for i in group_a:
                    for j in group_b:
                        if members[j].source <= members[i].source:
                            continue
                        to, to_facts = (sentences[i], sentences[j]), (facts[i], facts[j])
                        for n, finding in enumerate(template):
                            if (i, j) != (ra, rb):
                                a, b = (_moved(f, reps, rep_facts, to, to_facts)
                                        for f in finding.facts)
                                finding = replace(finding, facts=(a, b))
                            keyed.append((i, j, n, finding))
        keyed.sort(key=lambda t: t[:3])
        for i, j, _, finding in keyed:
            score = min(members[i].score, members[j].score)
            if finding.strict and score < SLOT_ALIGNMENT:
                continue
            if score < WEAK_ALIGNMENT and finding.severity != "low":
                finding = replace(finding, severity="low",
                                  why=finding.why + " (the sentences are only loosely aligned)")
            findings.append(finding)
    return findings


def _event_findings(story: Story) -> list[Finding]:
    common = common_words((s for src in story.sources for s in src.sentences), COMMON_SHARE)
    stated: dict[str, list[str]] = defaultdict(list)
    dated: dict[str, list[tuple[Fact, frozenset[str]]]] = defaultdict(list)

    for fact in story.facts:
        if fact.kind != "date":
            continue
        stated[fact.source].append(date_value(fact))
        level = grain(fact.value)
        if level not in EVENT_WORDS:
            continue
        sentence = story.sentence(fact.sentence_id)
        local = fact.start - sentence.start
        words = event_words(_window(sentence.text, local, local + len(fact.text))) - common
        words -= event_words(fact.text)
        dated[level].append((fact, words))
    # A source that states a date also states every coarser date containing it.
    for values in stated.values():
        extra = []
        for value in values:
            first = date_bounds(value)[0]
            if len(first) >= 7:
                extra.append(first[: len(first) - 3])
        values.extend(extra)
    findings: list[Finding] = []
    for level, entries in sorted(dated.items()):
        findings.extend(compare_events(entries, EVENT_WORDS[level], stated))
    return findings


def _quote_discrepancies(story: Story) -> list[Discrepancy]:
    quotes = {q.id: q for q in story.quotes}
    found = []
    for group in story.quote_groups:
        if not group.variants:
            continue
        reference = group.variants[0]
        # Only wordings close enough to the reference to be the same quotation: a group that
        # joined two different quotes of one speaker is not a misquotation.
        similar = [v for v in group.variants
                   if fuzz.ratio(v.text.lower(), reference.text.lower()) >= QUOTE_SIMILAR]
        ref_words = _quote_words(reference.text)
        # A shorter excerpt of the same words is a partial quote, not an altered one.
        altered = [v for v in similar if v.fidelity == "altered meaning"
                   and _quote_words(v.text) not in ref_words
                   and ref_words not in _quote_words(v.text)]
        if not altered:
            continue
        values = []
        for variant in similar:
            spans = []
            for quote_id in variant.quote_ids:
                quote = quotes.get(quote_id)
                if quote is None:
                    continue
                text = story.source(quote.source).text
                marks = _word_spans(text, quote.start, quote.end, variant.changed)
                sentence_id = quote.sentence_ids[0] if quote.sentence_ids else ""
                for start, end in marks or [(quote.start, quote.start)]:
                    spans.append(Span(source=quote.source, sentence_id=sentence_id, start=start,
                                      end=end, text=text[start:end]))
            values.append(DiscrepancyValue(value=variant.text, sources=variant.sources,
                                           evidence=tuple(spans)))
        speaker = group.speaker or "an unnamed speaker"
        changed = sorted({w for v in altered for w in v.changed})
        found.append(Discrepancy(
            id="", kind="quote", severity="high",
            title=f"Quote by {speaker} worded differently",
            why="the words inside the quotation marks differ in a way that changes the meaning"
            + (f" (changed: {', '.join(changed[:8])})" if changed else ""),
            values=tuple(values), facts=(group.id,),
        ))
    return found


def _word_spans(text: str, start: int, end: int, words: tuple[str, ...]) -> list[tuple[int, int]]:
    wanted = {w.lower() for w in words}
    return [
        (start + m.start(), start + m.end())
        for m in re.finditer(r"[\w’'-]+", text[start:end])
        if m.group().lower() in wanted
    ]


def _display(fact: Fact) -> str:
    if fact.kind in ("certainty",):
        return fact.value
    if fact.kind == "negation":
        return "not" if fact.value == "not" else "affirmed"
    return fact.value


def _join(findings: list[Finding]) -> list[Discrepancy]:
    """Findings sharing a fact become one discrepancy; facts grouped by value."""
    parent: dict[str, str] = {}

    def key(fact: Fact) -> str:
        return f"{fact.id}|{fact.sentence_id}|{fact.start}|{fact.kind}"

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    facts: dict[str, Fact] = {}
    for finding in findings:
        a, b = finding.facts
        facts[key(a)], facts[key(b)] = a, b
        root_a, root_b = find(f"{finding.kind}#{key(a)}"), find(f"{finding.kind}#{key(b)}")
        parent[root_a] = root_b
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        groups[find(f"{finding.kind}#{key(finding.facts[0])}")].append(finding)
    result = []
    for members in groups.values():
        members.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.why))
        top = members[0]
        by_value: dict[str, list[Fact]] = defaultdict(list)
        seen = set()
        for finding in members:
            for fact in finding.facts:
                if key(fact) in seen or not fact.source:
                    continue
                seen.add(key(fact))
                by_value[_display(fact)].append(fact)
        if len(by_value) < 2:
            continue
        values = []
        for value, group in sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            group.sort(key=lambda f: (f.source, f.start))
            values.append(DiscrepancyValue(
                value=value,
                sources=tuple(sorted({f.source for f in group})),
                evidence=tuple(Span(source=f.source, sentence_id=f.sentence_id, start=f.start,
                                    end=f.end, text=f.text) for f in group),
            ))
        if len({s for v in values for s in v.sources}) < 2:
            continue
        label = KIND_LABELS.get(top.kind, top.kind)
        shown = " vs ".join(f"“{v.evidence[0].text}”" for v in values[:3])
        result.append(Discrepancy(
            id="", kind=top.kind, severity=top.severity, title=f"{label}: {shown}",
            why=top.why, values=tuple(values),
            facts=tuple(sorted(k.split("|")[0] for k in seen if k.split("|")[0])),
        ))
    return result


def find_discrepancies(story: Story, settings: Settings = DEFAULT) -> Story:
    facts_by_sentence: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        facts_by_sentence[fact.sentence_id].append(fact)
    findings = _aligned_findings(story, facts_by_sentence) + _event_findings(story)
    found = _join(findings) + _quote_discrepancies(story)

    def order(d: Discrepancy) -> tuple[int, int, str, str]:
        first = d.values[0].evidence[0].sentence_id if d.values[0].evidence else ""
        kind = KIND_ORDER.index(d.kind) if d.kind in KIND_ORDER else len(KIND_ORDER)
        return SEVERITY_ORDER[d.severity], kind, first, d.title

    ordered = sorted(found, key=order)
    return replace(story, discrepancies=tuple(
        replace(d, id=f"d{i + 1}") for i, d in enumerate(ordered)
    ))


def evidence_by_sentence(story: Story, value: DiscrepancyValue) -> list[tuple[str, list[Span]]]:
    """A value's evidence grouped by sentence, in order: (sentence id, spans to mark)."""
    grouped: dict[str, list[Span]] = {}
    for span in value.evidence:
        grouped.setdefault(span.sentence_id, []).append(span)
    return list(grouped.items())


def discrepancy_records(story: Story) -> list[dict[str, Any]]:
    """report.json's `discrepancies`: DESIGN.md's shape, plus the marked spans and fact ids."""
    records = []
    for d in story.discrepancies:
        values = []
        for value in d.values:
            evidence = []
            for sentence_id, spans in evidence_by_sentence(story, value):
                sentence = story.sentence(sentence_id) if sentence_id else None
                evidence.append({
                    "source": spans[0].source,
                    "sentence_id": sentence_id,
                    "sentence": sentence.text if sentence else "",
                    "marked": [{"start": s.start, "end": s.end, "text": s.text} for s in spans],
                })
            values.append({"value": value.value, "sources": list(value.sources),
                           "evidence": evidence})
        records.append({"id": d.id, "kind": d.kind, "severity": d.severity, "title": d.title,
                        "why": d.why, "values": values, "facts": list(d.facts)})
    return records


CSV_HEADER = ["id", "kind", "severity", "title", "why", "value", "sources", "source",
              "sentence_id", "marked", "sentence"]  # fmt: skip


def discrepancy_rows(story: Story) -> list[list[str]]:
    """discrepancies.csv: one row per evidence sentence of each value."""
    rows = []
    for record in discrepancy_records(story):
        for value in record["values"]:
            for ev in value["evidence"]:
                rows.append([
                    record["id"], record["kind"], record["severity"], record["title"],
                    record["why"], value["value"], " ".join(value["sources"]), ev["source"],
                    ev["sentence_id"], " | ".join(m["text"] for m in ev["marked"]),
                    ev["sentence"],
                ])
    return rows
