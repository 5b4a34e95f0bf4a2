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

from generator.model import Source, Story

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


def story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title or (story.sources[0].title if story.sources else story.id),
        "summary": [
            {
                "text": s.text,
                "sources": list(s.sources),
                "claim": s.claim,
                "evidence": [{"source": e.source, "sentence_id": e.sentence_id} for e in s.evidence],
            }
            for s in story.summary
        ],
        "warnings": list(story.warnings),
    }


def comparison_json(story: Story) -> dict[str, Any]:
    return {"pairs": [], "claims": []}


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
