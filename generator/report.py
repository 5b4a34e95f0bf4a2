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

from generator.model import Source, Span, Story

SCHEMA_VERSION = 1


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "format": source.format,
        "title": source.title,
        "outlet": source.outlet,
        "byline": list(source.byline),
        "dateline": source.dateline,
        "published": source.published,
        "standfirst": source.standfirst,
        "url": source.url,
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
            {"text": s.text, "sources": list(s.sources), "claim": s.claim,
             "evidence": spans_json(s.evidence)}  # fmt: skip
            for s in story.summary
        ],
        "key_facts": [
            {"label": k.label, "value": k.value, "status": k.status, "sources": list(k.sources),
             "discrepancy": k.discrepancy, "evidence": spans_json(k.evidence)}  # fmt: skip
            for k in story.key_facts
        ],
        "timeline": [
            {"date": t.date, "label": t.label, "text": t.text, "sources": list(t.sources),
             "evidence": spans_json(t.evidence)}  # fmt: skip
            for t in story.timeline
        ],
        "entities": [
            {"id": e.id, "name": e.name, "kind": e.kind, "role": e.role,
             "aliases": list(e.aliases), "sources": list(e.sources),
             "mentions": list(e.mentions)}  # fmt: skip
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
                    {"source": m.source, "sentence_id": m.sentence_id, "text": m.text,
                     "score": m.score}
                    for m in c.members
                ],
            }
            for c in story.claims
        ],
    }


def quotes_json(story: Story) -> list[dict[str, Any]]:
    return []


def discrepancies_json(story: Story) -> list[dict[str, Any]]:
    return []


def build_report(story: Story) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "story": story_json(story),
        "sources": [source_json(source) for source in story.sources],
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
    return {}
