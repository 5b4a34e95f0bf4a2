"""Metadata an article file states: a mapping of fields (front matter, JSON, HTML meta tags) in, a
`Given` record and one-line warnings out.

Front matter is YAML read by a loader that cannot be turned against the reader: numbers and dates
stay as written (a number of five thousand digits, `1e309` or `2024-02-30` is text, not a crash),
aliases are refused (a "billion laughs" document expands a few lines into gigabytes), and front
matter past a size no article needs is not parsed at all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import yaml
from dateutil import parser as dateparser

from generator.text import normalise_space

# Real front matter is a few hundred characters; a YAML parser written in Python spends about a
# second per hundred kilobytes, so a larger block is kept as text rather than parsed.
FRONT_MATTER_MAX_CHARS = 20_000
# Brackets and braces nested deeper than this are not fields, and YAML's scanner spends the square
# of the depth on them (5,000 "[" took 12 s), so such front matter is refused before parsing.
FRONT_MATTER_MAX_DEPTH = 100
BRACKETS = re.compile(r"[^\[\]{}]+")
# A date field longer than this is not a date (and dateutil's time grows with its length).
DATE_MAX_CHARS = 64
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\d)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Given:
    """Metadata stated by the file itself (front matter, JSON fields, HTML meta)."""

    title: str = ""
    outlet: str = ""
    byline: tuple[str, ...] = ()
    published: str = ""
    url: str = ""
    # A saved page read by the extractor (`article.py`): the raw text's lines that are not the
    # article, by line number (1-based), with the reason; `extracted` says the extractor ran.
    removed: tuple[tuple[int, str], ...] = ()
    extracted: bool = False


class FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader with scalars kept as written and aliases refused."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None,
                None,
                f"uses an alias (*{event.anchor}), which StoryDrift does not follow",
                event.start_mark,
            )
        return super().compose_node(parent, index)


def _as_written(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


for _tag in ("int", "float", "timestamp"):
    FrontMatterLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_written)


def load_front_matter(text: str) -> tuple[object, str]:
    """The parsed front matter, or None and one line on why it was not read and what to do."""
    if len(text) > FRONT_MATTER_MAX_CHARS:
        return None, f"front matter is over {FRONT_MATTER_MAX_CHARS:,} characters; shorten it"
    if _bracket_depth(text) > FRONT_MATTER_MAX_DEPTH:
        return None, NESTED_TOO_DEEPLY
    try:
        return yaml.load(text, Loader=FrontMatterLoader), ""  # noqa: S506 (a safe loader)
    except yaml.composer.ComposerError as error:  # an alias
        return None, f"front matter {error.problem}; write the value out in full"
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        return None, f"front matter is not valid YAML{where}; quote values that contain a colon"
    except RecursionError:
        return None, NESTED_TOO_DEEPLY


NESTED_TOO_DEEPLY = "front matter is nested too deeply; keep one level of fields"


def _bracket_depth(text: str) -> int:
    """How deep "[" and "{" nest in the text (an upper bound: quoted ones count too)."""
    depth = deepest = 0
    for mark in BRACKETS.sub("", text):
        depth = depth + 1 if mark in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


def stated_date(value: object) -> tuple[str, bool]:
    """An ISO date (YYYY-MM-DD) for a stated date, or "" and whether the value was a bad date."""
    text = normalise_space(str(value)) if isinstance(value, str | int | float) else ""
    if not text:
        return "", False
    if len(text) > DATE_MAX_CHARS:
        return "", True
    match = ISO_DATE.match(text)
    if match:
        year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
        try:  # a stated time must be a real one too (25:00:00 is not)
            stamp = dt.datetime(year, month, day, hour, minute, min(second, 59))
        except ValueError:
            return "", True
        return stamp.date().isoformat(), False
    try:
        # Parsed twice with two different defaults: a part that the text does not state (the
        # day of "March 2024", or everything but the year of "2024") would differ.
        first, second = (
            dateparser.parse(text, default=dt.datetime(year, month, day))
            for year, month, day in ((2000, 1, 1), (2001, 2, 2))
        )
    except (ValueError, OverflowError, TypeError):
        return "", True
    if first.date() != second.date():
        return "", True
    return first.date().isoformat(), False


def _field(data: dict[Any, Any], *names: str) -> str:
    for name in names:
        value = data.get(name)
        if isinstance(value, str | int | float) and str(value).strip():
            return normalise_space(str(value))
    return ""


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        # Spaces are collapsed first: `\s*` on both sides of the separator would try every
        # split of a long run of spaces.
        parts = re.split(r" ?(?:;|,| and |&) ?", normalise_space(value))
        return tuple(p for p in (x.strip() for x in parts) if p)
    if isinstance(value, list):
        return tuple(normalise_space(str(v)) for v in value if isinstance(v, str) and v.strip())
    return ()


def given_from(data: dict[Any, Any], name: str) -> tuple[Given, tuple[str, ...]]:
    """The metadata in a mapping of fields, with a warning naming the file for a bad date."""
    raw_date = next(
        (
            data[key]
            for key in ("date", "published", "publication_date", "date_publish")
            if data.get(key) not in (None, "")
        ),
        "",
    )
    published, bad = stated_date(raw_date)
    warnings: tuple[str, ...] = ()
    if bad:
        shown = normalise_space(str(raw_date))[:40]
        warnings = (
            f"{name}: date '{shown}' is not a real date, so it was left out; "
            "write it as YYYY-MM-DD",
        )
    given = Given(
        title=_field(data, "title", "headline"),
        outlet=_field(data, "outlet", "sitename", "site_name", "source", "publisher", "hostname"),
        byline=_names(data.get("author") or data.get("authors") or data.get("byline") or ""),
        published=published,
        url=_field(data, "url", "link", "source_url"),
    )
    return given, warnings
