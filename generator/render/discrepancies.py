"""The discrepancy list page, `discrepancies.md`: most serious first, each with what each side
says, which sources say it, the evidence sentences with the differing words marked and linked to
their source pages, and why it was flagged. Filters by severity and kind are radio buttons read
by the stylesheet (`:has()`), so the page needs no script.

Article text reaches the page only through Jinja2's autoescape or `marked()`, which escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.facts.discrepancies import KIND_LABELS
from generator.model import Discrepancy, DiscrepancyKind, DiscrepancyValue, Severity, Story
from generator.render.common import (
    Site,
    dated_source_link,
    environment,
    front_matter,
    marked,
    sentence_link,
)
from generator.report import evidence_by_sentence
from generator.values import readable, value_text

PAGE = "discrepancies.md"
METHOD_ANCHOR = "discrepancies"  # our section's heading in docs/method.md


@dataclass(frozen=True, slots=True)
class Evidence:
    link: Markup
    sentence: Markup


@dataclass(frozen=True, slots=True)
class ValueRow:
    value: str
    written: str  # the distinct wordings of the value, as the sources write them
    sources: list[Markup]
    evidence: list[Evidence]


def _row(story: Story, site: Site, value: DiscrepancyValue, kind: str) -> ValueRow:
    evidence = []
    for sentence_id, spans in evidence_by_sentence(story, value):
        if not sentence_id:
            continue
        sentence = story.sentence(sentence_id)
        marks = [(s.start - sentence.start, s.end - sentence.start) for s in spans
                 if s.end > s.start]
        evidence.append(Evidence(sentence_link(site, PAGE, story, sentence_id),
                                 marked(sentence.text, marks)))
    written = []
    for span in value.evidence:
        if span.text and span.text not in written:
            written.append(span.text)
    return ValueRow(
        value=value_text(value, kind),
        written=", ".join(f"“{w}”" for w in written[:4]),
        sources=[dated_source_link(site, PAGE, story.source(s), story) for s in value.sources],
        evidence=evidence,
    )


def _item(story: Story, site: Site, d: Discrepancy) -> dict[str, object]:
    # The facts stage's reason may name publication dates ("a later article (2021-12-03)").
    return {"d": d, "label": KIND_LABELS.get(d.kind, d.kind),
            "why": readable(d.why, {}), "rows": [_row(story, site, v, d.kind) for v in d.values]}


def render(story: Story, site: Site) -> dict[str, str]:
    page_path = site.path(PAGE)
    kinds = [k for k in DiscrepancyKind if k != DiscrepancyKind.UPDATE
             and any(d.kind == k for d in story.discrepancies)]
    counts = {sev: sum(1 for d in story.discrepancies
                       if d.severity == sev and d.kind != DiscrepancyKind.UPDATE)
              for sev in Severity}
    method = Site("", site.directory_urls).href(page_path, "method.md", METHOD_ANCHOR)
    contradictions = [d for d in story.discrepancies if d.kind != DiscrepancyKind.UPDATE]
    content = environment().get_template("discrepancies.md.j2").render(
        story=story,
        items=[_item(story, site, d) for d in contradictions],
        updates=[_item(story, site, d) for d in story.discrepancies
                 if d.kind == DiscrepancyKind.UPDATE],
        kinds=[(k, KIND_LABELS[k], sum(1 for d in story.discrepancies if d.kind == k))
               for k in kinds],
        all_kinds=[(k, KIND_LABELS[k]) for k in DiscrepancyKind],
        counts=counts,
        csv=site.href(PAGE, "discrepancies.csv"),
        report=site.href(PAGE, "report.json"),
        method=method,
    )
    # Wide: each entry's table of values, sources and evidence sentences gets the room of the
    # table of contents, which would list one heading (the updates) at most.
    return {page_path: front_matter("Discrepancies", wide=True) + content}
