"""Ingest: a folder of article files in, `Source` records with decoded text and given metadata out.

Reads `.txt`, `.md` (optional YAML front matter), `.html` (a saved page) and `.json` (one article
object with the usual scraper fields). Decodes UTF-8 with or without BOM and falls back to
charset-normalizer for legacy encodings. Metadata that the file states (front matter, JSON fields,
HTML meta tags) is recorded here and wins over what `clean` infers later. A file that cannot be read
raises `InputError` with one line that names the file and what to do.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

from generator.model import Fate, Line, Source
from generator.text import normalise_space

FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
SUFFIXES = tuple(FORMATS)
# Larger files are still read, with a warning: a news article is rarely over 200 KB of text, so a
# multi-megabyte file is usually a whole scraped site or a data dump.
LARGE_FILE_BYTES = 2_000_000
# Share of control characters above which a file is taken to be binary, not text.
BINARY_CONTROL_SHARE = 0.05

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
JSON_TEXT_FIELDS = ("text", "raw_text", "content", "body", "maintext", "article")
HTML_BLOCKS = (
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figcaption",
    "figure",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "main",
    "form",
    "pre",
    "dd",
    "dt",
    "title",
)


class InputError(Exception):
    """A file or folder that cannot be analysed; the message is one line naming it and the fix."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Given:
    """Metadata stated by the file itself (front matter, JSON fields, HTML meta)."""

    title: str = ""
    outlet: str = ""
    byline: tuple[str, ...] = ()
    published: str = ""
    url: str = ""


def find_articles(folder: Path) -> list[Path]:
    """The article files at the top level of `folder`, in a stable order."""
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES]
    return sorted(files, key=lambda p: p.name)


def find_stories(folder: Path) -> list[tuple[str, Path]]:
    """One story per sub-folder that holds articles, or the folder itself when it holds them."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder; point StoryDrift at a folder of article files")
    if find_articles(folder):
        return [(slug(folder.name) or "story", folder)]
    stories = [
        (slug(sub.name) or f"story-{i}", sub)
        for i, sub in enumerate(sorted(p for p in folder.iterdir() if p.is_dir()))
        if not sub.name.startswith(".") and find_articles(sub)
    ]
    return stories


def slug(name: str) -> str:
    """A URL-safe id for a file stem or folder name; non-ASCII letters are kept."""
    name = unicodedata.normalize("NFC", name).strip().lower()
    name = re.sub(r"[^\w.-]+", "-", name)
    return name.strip("-.")


def decode(data: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    """Decoded text and warnings; raises InputError for binary data."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            f"{path.name}: looks like a binary file, not text; remove it from the folder"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(
                f"{path.name}: cannot tell its text encoding; save it as UTF-8 and run again"
            ) from None
        text = str(best)
        warnings.append(f"{path.name}: not UTF-8, read as {best.encoding}; check the accents")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t")
    if text and controls / len(text) > BINARY_CONTROL_SHARE:
        raise InputError(
            f"{path.name}: looks like a binary file, not text; remove it from the folder"
        )
    return text, tuple(warnings)


def read_article(path: Path, root: Path) -> tuple[Source, Given]:
    """Read one file: a `Source` holding the raw text to clean, and the metadata it states."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            f"{path.name}: cannot be read ({error.strerror}); check its permissions"
        ) from None
    text, warnings = decode(data, path)
    if len(data) > LARGE_FILE_BYTES:
        warnings += (
            f"{path.name}: {len(data) // 1_000_000} MB is large for one article; "
            "check that it is a single article",
        )
    suffix = path.suffix.lower()
    reader = {
        ".md": read_markdown,
        ".markdown": read_markdown,
        ".json": read_json,
        ".html": read_html,
        ".htm": read_html,
    }.get(suffix, read_plain)
    body, given, lines, more_warnings = reader(text, path)
    source = Source(
        id=slug(path.stem) or "article",
        path=path.relative_to(root).as_posix(),
        format=FORMATS[suffix],
        lines=lines,
        warnings=warnings + more_warnings,
        raw=body,
    )
    return source, given


Reader = tuple[str, Given, tuple[Line, ...], tuple[str, ...]]


def read_plain(text: str, path: Path) -> Reader:
    return text, Given(), (), ()


def _field(data: dict[str, object], *names: str) -> str:
    for name in names:
        value = data.get(name)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return normalise_space(str(value))
        if hasattr(value, "isoformat"):
            return value.isoformat()[:10]  # type: ignore[union-attr]
    return ""


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        parts = re.split(r"\s*(?:;|,| and |&)\s*", value)
        return tuple(p for p in (normalise_space(x) for x in parts) if p)
    if isinstance(value, list):
        return tuple(normalise_space(str(v)) for v in value if str(v).strip())
    return ()


def given_from(data: dict[str, object]) -> Given:
    published = _field(data, "date", "published", "publication_date", "date_publish")
    return Given(
        title=_field(data, "title", "headline"),
        outlet=_field(data, "outlet", "sitename", "site_name", "source", "publisher", "hostname"),
        byline=_names(data.get("author") or data.get("authors") or data.get("byline") or ""),
        published=published,
        url=_field(data, "url", "link", "source_url"),
    )


def read_markdown(text: str, path: Path) -> Reader:
    match = FRONT_MATTER.match(text)
    if not match:
        return text, Given(), (), ()
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        return (
            text,
            Given(),
            (),
            (
                f"{path.name}: front matter is not valid YAML{where}; its lines were kept as text. "
                "Quote values that contain a colon",
            ),
        )
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return (
            text,
            Given(),
            (),
            (f"{path.name}: front matter is not a mapping of fields; its lines were kept as text",),
        )
    n_lines = match.group(0).count("\n") + (0 if match.group(0).endswith("\n") else 1)
    lines = tuple(
        Line(number=i + 1, text=line.strip(), fate=Fate.METADATA, reason="front matter")
        for i, line in enumerate(match.group(0).split("\n")[:n_lines])
        if line.strip()
    )
    # The body keeps its line numbering: front matter lines are replaced by blank lines.
    body = "\n" * n_lines + text[match.end() :]
    return body, given_from(data), lines, ()


def read_json(text: str, path: Path) -> Reader:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path.name}: not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg}); fix the file or save the article as .txt"
        ) from None
    if isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict):
        data = data[0]
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: JSON must hold one article object with a 'text' field")
    body = next((data[k] for k in JSON_TEXT_FIELDS if isinstance(data.get(k), str)), None)
    if body is None:
        raise InputError(
            f"{path.name}: JSON article has no text field; add one of {', '.join(JSON_TEXT_FIELDS)}"
        )
    lines = tuple(
        Line(
            number=0,
            text=f"{key}: {normalise_space(str(value))}",
            fate=Fate.METADATA,
            reason="JSON field",
        )
        for key, value in sorted(data.items())
        if key not in JSON_TEXT_FIELDS and str(value).strip()
    )
    return body, given_from(data), lines, ()


def read_html(text: str, path: Path) -> Reader:
    soup = BeautifulSoup(text, "html.parser")
    meta: dict[str, object] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        value = tag.get("content")
        if isinstance(key, str) and isinstance(value, str):
            meta.setdefault(key.lower(), value)
    canonical = soup.find("link", rel="canonical")
    data = {
        "title": meta.get("og:title") or (soup.title.get_text() if soup.title else ""),
        "sitename": meta.get("og:site_name") or meta.get("application-name") or "",
        "author": meta.get("author") or meta.get("article:author") or "",
        "date": meta.get("article:published_time") or meta.get("datepublished") or "",
        "url": meta.get("og:url") or (canonical.get("href") if canonical else "") or "",
    }
    removed: list[Line] = []
    for tag in soup.find_all(["script", "style", "noscript", "template", "iframe", "svg"]):
        content = normalise_space(tag.get_text(" "))
        if content:
            removed.append(
                Line(
                    number=0,
                    text=content[:200],
                    fate=Fate.REMOVED,
                    reason=f"<{tag.name}> element (code, not article text)",
                )
            )
        tag.decompose()
    if soup.head is not None:
        soup.head.decompose()
    for tag in soup.find_all(HTML_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    body = "\n".join(normalise_space(line) for line in soup.get_text().split("\n"))
    published = str(data["date"])[:10] if re.match(r"\d{4}-\d\d-\d\d", str(data["date"])) else ""
    given = given_from({**data, "date": published})
    return body, given, tuple(removed), ()
