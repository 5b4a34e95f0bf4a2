"""Ingest: a folder of article files in, `Source` records with decoded text and given metadata out.

Reads `.txt`, `.md` (optional YAML front matter), `.html` (a saved page) and `.json` (one article
object with the usual scraper fields). Decodes UTF-8 with or without BOM and falls back to
charset-normalizer for legacy encodings. Metadata that the file states (front matter, JSON fields,
HTML meta tags) is recorded here and wins over what `clean` infers later. A file that cannot be read
raises `InputError` with one line that names the file and what to do.

The folder is anyone's, so reading it is bounded: only files inside the folder given are read (a
link that leads out of it is skipped with a warning), a file is read up to a size cap, every
reader runs in time proportional to its input, and each source and story gets an id that no other
takes and that no page of the site needs.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from charset_normalizer import from_bytes

from generator.ingest.article import Article, find_article, removal_reason
from generator.ingest.metadata import Given, given_from, load_front_matter
from generator.ingest.webpage import read_page
from generator.model import Fate, Line, Source
from generator.text import normalise_space

__all__ = ["Given", "InputError", "find_articles", "find_stories", "read_article", "slug"]

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
# Larger files are not read at all: `clean` keeps at most 300,000 characters of one article, and
# reading, decoding and parsing a file costs memory several times its size.
MAX_FILE_BYTES = 32_000_000
# Share of control characters above which a file is taken to be binary, not text.
BINARY_CONTROL_SHARE = 0.05
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode's Cc, less tab and newline

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
JSON_TEXT_FIELDS = ("text", "raw_text", "content", "body", "maintext", "article")
# Names of the site's own pages and folders, at a story's root (`sources/ID`, `ID/` for a story of
# several): an article or story folder with one of these names gets a numbered id instead.
RESERVED_IDS = frozenset(
    {"index", "sources", "quotes", "discrepancies", "alignment", "method", "about", "report"}
    | {"assets", "search", "sitemap.xml", "404", "stories"}
)


class InputError(Exception):
    """A file or folder that cannot be analysed; the message is one line naming it and the fix."""


def shown(name: str | Path) -> str:
    """A file name as it can be printed on one line: undecodable bytes and controls replaced."""
    text = name.name if isinstance(name, Path) else name
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the bytes of a name that is not UTF-8
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "replace")
    text = raw.decode("utf-8", "replace")
    return "".join("?" if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)


def slug(name: str) -> str:
    """A URL-safe id for a file stem or folder name; non-ASCII letters are kept."""
    name = unicodedata.normalize("NFC", shown(name)).strip().lower()
    name = re.sub(r"[^\w.-]+", "-", name)
    return name.strip("-.")


def unique_ids(names: Iterable[str], fallback: str) -> list[str]:
    """One id per name, in order: its slug when no earlier name and no page of the site has it,
    else the slug with the lowest free number (`a-2`). The same names always give the same ids."""
    wanted = [slug(name) or fallback for name in names]
    natural = set(wanted)  # kept free for the names that have them, so a number never takes one
    taken: set[str] = set()
    ids: list[str] = []
    for want in wanted:
        if want in taken or want in RESERVED_IDS:
            number = 2
            while f"{want}-{number}" in taken or f"{want}-{number}" in natural:
                number += 1
            want = f"{want}-{number}"
        taken.add(want)
        ids.append(want)
    return ids


def id_warning(name: str, natural: str, given: str, kind: str) -> str:
    why = "a page name the site needs" if natural in RESERVED_IDS else "the id of another " + kind
    return (
        f"{name}: '{natural}' is {why}; its pages use '{given}'. Rename the {kind} to keep its name"
    )


def _outside(path: Path, root: Path) -> bool:
    """True when a link leads out of `root` (which is resolved)."""
    try:
        return not path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links, or one that cannot be followed
        return True


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    """The article files of one folder, and the warnings about entries that were skipped."""

    articles: tuple[Path, ...]
    warnings: tuple[str, ...]


def list_folder(folder: Path, root: Path | None = None) -> Listing:
    """The article files at the top level of `folder` (sorted by name) that lie inside `root`."""
    root = (root or folder).resolve()
    try:
        entries = sorted(folder.iterdir(), key=lambda p: os.fsencode(p.name))
    except OSError as error:
        raise InputError(
            f"{shown(folder)}: cannot be listed ({error.strerror}); check its permissions"
        ) from None
    articles, warnings = [], []
    for path in entries:
        if path.suffix.lower() not in SUFFIXES:
            continue
        if path.is_symlink() and _outside(path, root):
            warnings.append(
                f"{shown(path)}: a link to a file outside the folder, not read; copy the file "
                "into the folder to analyse it"
            )
        elif path.is_file():
            articles.append(path)
    return Listing(articles=tuple(articles), warnings=tuple(warnings))


def find_articles(folder: Path, root: Path | None = None) -> list[Path]:
    """The article files at the top level of `folder`, in a stable order."""
    return list(list_folder(folder, root).articles)


def find_stories(folder: Path) -> list[tuple[str, Path]]:
    """One story per sub-folder that holds articles, or the folder itself when it holds them."""
    return list_stories(folder)[0]


def list_stories(folder: Path) -> tuple[list[tuple[str, Path]], list[str]]:
    """The stories in `folder` with unique ids, and warnings about sub-folders left out."""
    if not folder.is_dir():
        raise InputError(
            f"{shown(folder)}: not a folder; point StoryDrift at a folder of article files"
        )
    root = folder.resolve()
    if find_articles(folder, root):
        return [(slug(root.name) or "story", folder)], []
    warnings, found = [], []
    for sub in sorted(folder.iterdir(), key=lambda p: os.fsencode(p.name)):
        if sub.name.startswith(".") or not sub.is_dir():
            continue
        if sub.is_symlink() and _outside(sub, root):
            warnings.append(
                f"{shown(sub)}: a link to a folder outside the folder given, not read; copy it "
                "in to analyse it"
            )
        elif find_articles(sub, root):
            found.append(sub)
    ids = unique_ids((sub.name for sub in found), "story")
    for sub, story_id in zip(found, ids, strict=True):
        if story_id != (slug(sub.name) or "story"):
            warnings.append(id_warning(shown(sub), slug(sub.name), story_id, "folder"))
    return list(zip(ids, found, strict=True)), warnings


def decode(data: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    """Decoded text and warnings; raises InputError for binary data."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            f"{shown(path)}: looks like a binary file, not text; remove it from the folder"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(
                f"{shown(path)}: cannot tell its text encoding; save it as UTF-8 and run again"
            ) from None
        text = str(best)
        warnings.append(f"{shown(path)}: not UTF-8, read as {best.encoding}; check the accents")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    controls = len(CONTROLS.findall(text))
    if text and controls / len(text) > BINARY_CONTROL_SHARE:
        raise InputError(
            f"{shown(path)}: looks like a binary file, not text; remove it from the folder"
        )
    return text, tuple(warnings)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing one larger than MAX_FILE_BYTES before reading it."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InputError(
            f"{shown(path)}: cannot be read ({error.strerror}); check its permissions"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"{shown(path)}: over {MAX_FILE_BYTES // 1_000_000} MB, too large for one article; "
            "split it into one file per article"
        )
    return data


def read_article(path: Path, root: Path, source_id: str | None = None) -> tuple[Source, Given]:
    """Read one file: a `Source` holding the raw text to clean, and the metadata it states."""
    data = read_bytes(path)
    text, warnings = decode(data, path)
    if len(data) > LARGE_FILE_BYTES:
        warnings += (
            f"{shown(path)}: {len(data) // 1_000_000} MB is large for one article; "
            "check that it is a single article",
        )
    if shown(path) != path.name:
        warnings += (f"{shown(path)}: its name is not UTF-8 text; rename the file",)
    suffix = path.suffix.lower()
    reader = {
        ".md": read_markdown,
        ".markdown": read_markdown,
        ".json": read_json,
        ".html": read_html,
        ".htm": read_html,
    }.get(suffix, read_plain)
    body, given, lines, more_warnings = reader(text, shown(path))
    relative = path.relative_to(root)
    source = Source(
        id=source_id or slug(path.stem) or "article",
        path="/".join(shown(part) for part in relative.parts),
        format=FORMATS[suffix],
        lines=lines,
        warnings=warnings + more_warnings,
        raw=body,
    )
    return source, given


Reader = tuple[str, Given, tuple[Line, ...], tuple[str, ...]]


def read_plain(text: str, name: str) -> Reader:
    return text, Given(), (), ()


def read_markdown(text: str, name: str) -> Reader:
    match = FRONT_MATTER.match(text)
    if not match:
        return text, Given(), (), ()
    data, problem = load_front_matter(match.group(1))
    if problem:
        return text, Given(), (), (f"{name}: {problem} (its lines were kept as text)",)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return (
            text,
            Given(),
            (),
            (f"{name}: front matter is not a mapping of fields; its lines were kept as text",),
        )
    n_lines = match.group(0).count("\n") + (0 if match.group(0).endswith("\n") else 1)
    lines = tuple(
        Line(number=i + 1, text=line.strip(), fate=Fate.METADATA, reason="front matter")
        for i, line in enumerate(match.group(0).split("\n")[:n_lines])
        if line.strip()
    )
    # The body keeps its line numbering: front matter lines are replaced by blank lines.
    body = "\n" * n_lines + text[match.end() :]
    given, warnings = given_from(data, name)
    return body, given, lines, warnings


def _field_text(value: object) -> str:
    try:
        return normalise_space(str(value))
    except (RecursionError, ValueError):  # deeply nested lists; integers past str()'s limit
        return "(a value too deeply nested to show)"


def _valid_text(value: object) -> object:
    """Strings and lists of strings with lone surrogates (JSON's `\\ud800`) made printable: a
    page or report holding one could not be written as UTF-8."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [_valid_text(item) for item in value]
    return value


def read_json(text: str, name: str) -> Reader:
    try:
        # Numbers stay as written: a number of thousands of digits or 1e309 is not an error.
        data = json.loads(text, parse_int=str, parse_float=str, parse_constant=str)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{name}: not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg}); fix the file or save the article as .txt"
        ) from None
    except RecursionError:
        raise InputError(
            f"{name}: JSON nested too deeply to be an article; save the article as .txt"
        ) from None
    if isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict):
        data = data[0]
    if isinstance(data, dict):
        data = {key: _valid_text(value) for key, value in data.items()}
    if not isinstance(data, dict):
        raise InputError(f"{name}: JSON must hold one article object with a 'text' field")
    body = next((data[k] for k in JSON_TEXT_FIELDS if isinstance(data.get(k), str)), None)
    if body is None:
        raise InputError(
            f"{name}: JSON article has no text field; add one of {', '.join(JSON_TEXT_FIELDS)}"
        )
    lines = tuple(
        Line(number=0, text=f"{key}: {_field_text(value)}", fate=Fate.METADATA, reason="JSON field")
        for key, value in sorted(data.items())
        if key not in JSON_TEXT_FIELDS and _field_text(value)
    )
    given, warnings = given_from(data, name)
    return body, given, lines, warnings


def read_html(text: str, name: str) -> Reader:
    """A saved page: its visible lines as the raw text; trafilatura's article, title, author,
    site and date as what the file states; every line outside the article listed with why."""
    page = read_page(text)
    meta = page.meta
    article = find_article(text, page) or Article()
    data = {
        "title": article.title or meta.get("og:title") or page.title,
        "sitename": article.sitename or meta.get("og:site_name") or meta.get("application-name")
        or "",
        "author": article.author or meta.get("author") or meta.get("article:author") or "",
        "date": article.date or meta.get("article:published_time") or meta.get("datepublished")
        or "",
        "url": meta.get("og:url") or page.canonical or article.url,
    }
    removed = tuple(
        Line(
            number=0,
            text=content,
            fate=Fate.REMOVED,
            reason=f"<{element}> element (code, not article text)",
        )
        for element, content in page.code
    )
    given, warnings = given_from(data, name)
    if article.lines:
        outside = tuple(
            (index + 1, removal_reason(page, index))
            for index in range(len(page.lines))
            if index not in article.lines and index != article.title_line
        )
        given = replace(given, removed=outside, extracted=True)
    return page.text, given, removed, warnings
