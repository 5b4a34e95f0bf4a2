"""The machine-readable downloads: `report.json` (schema_version 1) and the CSV tables.

Other tools read `report.json`, and so do our own checks: the names and shapes of DESIGN.md's
contract are kept, and fields are only ever added. Output is deterministic: lists keep the
pipeline's order and no timestamp or absolute path is written.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from generator.labels import source_labels
from generator.model import DiscrepancyValue, Quote, Source, Span, Story
from generator.values import id_pattern, readable

SCHEMA_VERSION = 1


def source_json(source: Source, label: str = "") -> dict[str, Any]:
    return {
        "id": source.id,
        "label": label,  # how the pages name the source (`generator.labels`)
        "path": source.path,
        "format": source.format,
        "title": source.title,
        "outlet": source.outlet,
        "byline": list(source.byline),
        "dateline": source.dateline,
        "published": source.published,
        "standfirst": source.standfirst,
        "url": source.url,
        "language": source.language,  # ISO 639-1; the English-only analyses skip others
        "body": list(source.body),
        "removed": [
            {"text": line.text, "reason": line.reason, "line": line.number}
            for line in source.removed
        ],
        "lines": [
            {"line": line.number, "text": line.text, "fate": str(line.fate), "reason": line.reason}
            for line in source.lines
        ],
        "sentences": [
            {"id": s.id, "text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph}
            for s in source.sentences
        ],
        "warnings": list(source.warnings),
    }


def spans_json(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [{"source": e.source, "sentence_id": e.sentence_id, "sentence": e.text} for e in spans]


def story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title or (story.sources[0].title if story.sources else story.id),
        "summary": [
            {
                "text": s.text,
                "sources": list(s.sources),
                "claim": s.claim,
                "independent": s.independent,
                "discrepancy": s.discrepancy,
                "evidence": spans_json(s.evidence),
            }
            for s in story.summary
        ],
        "key_facts": [
            {
                "label": k.label,
                "value": k.value,
                "status": k.status,
                "sources": list(k.sources),
                "discrepancy": k.discrepancy,
                "independent": k.independent,
                "evidence": spans_json(k.evidence),
            }
            for k in story.key_facts
        ],
        "timeline": [
            {
                "date": t.date,
                "label": t.label,
                "text": t.text,
                "sources": list(t.sources),
                "evidence": spans_json(t.evidence),
            }
            for t in story.timeline
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind,
                "role": e.role,
                "aliases": list(e.aliases),
                "sources": list(e.sources),
                "mentions": list(e.mentions),
            }
            for e in story.entities
        ],
        "warnings": list(story.warnings),
    }


def comparison_json(story: Story) -> dict[str, Any]:
    return {
        "pairs": [
            {
                "a": p.a,
                "b": p.b,
                "similarity": p.similarity,
                "relation": p.relation,
                "a_in_b": p.a_in_b,
                "b_in_a": p.b_in_a,
                "wording": p.wording,
                "order": p.order,
                "shared": p.shared,
                "copied": p.copied,
                "claims": list(p.claims),
                "evidence": list(p.evidence),
            }
            for p in story.pairs
        ],
        "claims": [
            {
                "id": c.id,
                "sources": list(c.sources),
                "sentences": [
                    {
                        "source": m.source,
                        "sentence_id": m.sentence_id,
                        "text": m.text,
                        "score": m.score,
                    }
                    for m in c.members
                ],
            }
            for c in story.claims
        ],
        # Near-identical copies; in a story of more than 20 sources, `pairs` holds each copy with
        # its family's leader and the leaders that share a statement, not every pair.
        "families": [
            {"id": f.id, "leader": f.leader, "members": list(f.members)} for f in story.families
        ],
    }


def quotes_json(story: Story) -> list[dict[str, Any]]:
    """The quote groups (DESIGN.md contract), plus every quote and term with its attribution."""
    by_id = {q.id: q for q in story.quotes}
    return [
        {
            "id": group.id,
            "speaker": group.speaker,
            "variants": [
                {
                    "text": v.text,
                    "sources": list(v.sources),
                    "speaker": v.speaker,
                    "fidelity": v.fidelity,
                    "reference": v.reference,
                    "excerpt": v.excerpt,
                    "changed": list(v.changed),
                    "changed_spans": [list(span) for span in v.changed_spans],
                    "quote_ids": list(v.quote_ids),
                    "sentence_ids": list(v.sentence_ids),
                    "quotes": [_quote_json(by_id[qid]) for qid in v.quote_ids],
                }
                for v in group.variants
            ],
        }
        for group in story.quote_groups
    ]


def _quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "source": quote.source,
        "sentence_ids": list(quote.sentence_ids),
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_kind": quote.speaker_kind,
        "speaker_mention": quote.speaker_mention,
        "cue": quote.cue,
        "attribution": quote.attribution,
        "partial": quote.partial,
        "kind": quote.kind,
        "left_open": quote.left_open,
    }


QUOTES_CSV_HEADER = [
    "group",
    "quote_id",
    "source",
    "kind",
    "speaker",
    "speaker_as_written",
    "text",
    "fidelity",
    "reference",
    "excerpt",
    "changed",
    "partial",
    "attribution",
    "sentence_ids",
    "source_label",  # added after the first columns, so that readers by position keep working
]


def _cell(value: str) -> str:
    # Spreadsheets run a cell that starts with = + @ as a formula: article text is untrusted.
    return "'" + value if value[:1] in ("=", "+", "@", "\t", "\r") else value


def quotes_csv(story: Story) -> dict[str, str]:
    """quotes.csv: one row per quote (terms too), with its group and fidelity."""
    placed: dict[str, tuple[str, Any]] = {}
    for group in story.quote_groups:
        for variant in group.variants:
            for qid in variant.quote_ids:
                placed[qid] = (group.id, variant)
    rows: list[list[Any]] = []
    labels = source_labels(story.sources)
    for quote in story.quotes:
        group_id, variant = placed.get(quote.id, ("", None))
        rows.append(
            [
                group_id,
                quote.id,
                quote.source,
                quote.kind,
                _cell(quote.speaker),
                _cell(quote.speaker_mention),
                _cell(quote.text),
                variant.fidelity if variant else "",
                "yes" if variant and variant.reference else "",
                "yes" if variant and variant.excerpt else "",
                _cell(" ".join(variant.changed)) if variant else "",
                "yes" if quote.partial else "",
                quote.attribution,
                " ".join(quote.sentence_ids),
                _cell(labels[quote.source]),
            ]
        )
    return {"quotes.csv": to_csv(QUOTES_CSV_HEADER, rows)}


def evidence_by_sentence(story: Story, value: DiscrepancyValue) -> list[tuple[str, list[Span]]]:
    """A value's evidence grouped by sentence, in order: (sentence id, spans to mark)."""
    grouped: dict[str, list[Span]] = {}
    for span in value.evidence:
        grouped.setdefault(span.sentence_id, []).append(span)
    return list(grouped.items())


def _value_json(story: Story, value: DiscrepancyValue) -> dict[str, Any]:
    evidence = []
    for sentence_id, spans in evidence_by_sentence(story, value):
        sentence = story.sentence(sentence_id) if sentence_id else None
        evidence.append({
            "source": spans[0].source,
            "sentence_id": sentence_id,
            "sentence": sentence.text if sentence else "",
            "marked": [{"start": s.start, "end": s.end, "text": s.text} for s in spans],
        })
    # `value` compares ("2021-12-03"); `display` is how the pages write it ("3 December 2021").
    return {"value": value.value, "display": value.display or value.value,
            "sources": list(value.sources),
            "published": {s: story.source(s).published for s in value.sources},
            "evidence": evidence}


def discrepancies_json(story: Story) -> list[dict[str, Any]]:
    """report.json's `discrepancies`: DESIGN.md's shape, plus the marked spans and fact ids."""
    return [
        {"id": d.id, "kind": d.kind, "severity": d.severity, "title": d.title, "why": d.why,
         "values": [_value_json(story, value) for value in d.values], "facts": list(d.facts)}
        for d in story.discrepancies
    ]


# `display`, `source_label` and `why_display` (how the pages write the value, name the source and
# give the reason: sources by name, dates in words) come last, so that readers by position keep
# working.
DISCREPANCIES_CSV_HEADER = ["id", "kind", "severity", "title", "why", "value", "sources",
                            "source", "sentence_id", "marked", "sentence", "display",
                            "source_label", "why_display"]  # fmt: skip


def discrepancy_rows(story: Story) -> list[list[str]]:
    """discrepancies.csv: one row per evidence sentence of each value."""
    rows = []
    labels = source_labels(story.sources)
    ids = id_pattern(labels)
    for record in discrepancies_json(story):
        why = _cell(readable(record["why"], labels, ids))
        for value in record["values"]:
            for ev in value["evidence"]:
                # Titles, values, marks and sentences carry article text: neutralised.
                rows.append([
                    record["id"], record["kind"], record["severity"], _cell(record["title"]),
                    _cell(record["why"]), _cell(value["value"]), " ".join(value["sources"]),
                    ev["source"], ev["sentence_id"],
                    _cell(" | ".join(m["text"] for m in ev["marked"])), _cell(ev["sentence"]),
                    _cell(value["display"]), _cell(labels.get(ev["source"], "")), why,
                ])
    return rows


def build_report(story: Story) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "story": story_json(story),
        "sources": [source_json(s, source_labels(story.sources)[s.id]) for s in story.sources],
        "comparison": comparison_json(story),
        "quotes": quotes_json(story),
        "discrepancies": discrepancies_json(story),
    }


def report_json(story: Story) -> str:
    return json.dumps(build_report(story), ensure_ascii=False, indent=2) + "\n"


def to_csv(header: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def csv_files(story: Story) -> dict[str, str]:
    """The CSV downloads of a story, by file name."""
    files: dict[str, str] = {}
    files.update(quotes_csv(story))
    files.update(discrepancies_csv(story))
    return files


def discrepancies_csv(story: Story) -> dict[str, str]:
    return {"discrepancies.csv": to_csv(DISCREPANCIES_CSV_HEADER, discrepancy_rows(story))}
