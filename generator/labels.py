"""Labels: a story's sources in, the name a reader sees for each source out.

A reader knows a source by its outlet ("The Daily Courier"), else by its site ("courier.example"
from its URL), else by a short title ("Council votes to close…"); a file name such as
`017_ab12cd34` means nothing to them and is shown only on the source's own page. Labels are unique
within a story: sources that share an outlet are told apart by their short titles, and any that
still collide get a number in story order ("The Daily Courier (2)"). The same sources always get
the same labels: the site is deterministic.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.model import Source

# A short title stops after this many words or characters: long enough to tell two headlines
# apart, short enough for a column header.
SHORT_TITLE_WORDS = 6
SHORT_TITLE_CHARS = 42
# Host names carry these prefixes, which say nothing about the site.
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
SPACES = re.compile(r"\s+")

# Labels per tuple of sources, checked by identity (as `model._source_index` does): every page of
# a story asks for the same labels, thousands of times in a large story.
_LABELS: dict[int, tuple[tuple[Source, ...], dict[str, str]]] = {}
_LABELS_MAX = 32


def short_title(title: str) -> str:
    """The first words of a title, cut with "…": "Council votes to close the old…"."""
    words = SPACES.sub(" ", title).strip().split(" ")
    short = " ".join(words[:SHORT_TITLE_WORDS])
    if len(short) > SHORT_TITLE_CHARS:
        short = short[: SHORT_TITLE_CHARS - 1].rsplit(" ", 1)[0] or short[: SHORT_TITLE_CHARS - 1]
    return short if short == " ".join(words) else short.rstrip(" ,;:–-") + "…"


def site_name(url: str) -> str:
    """The host of an article's URL without "www.": "https://www.courier.example/a" ->
    "courier.example"; "" for no URL or one without a host."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:  # a malformed URL in front matter is not a site name
        return ""
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


def base_label(source: Source, position: int) -> str:
    """What a source is called before labels are made unique: outlet, site, short title, or
    "Source N" (its position in the story, from 1) when the article names none of these."""
    outlet = SPACES.sub(" ", source.outlet).strip()
    return (
        outlet or site_name(source.url) or short_title(source.title) or f"Source {position + 1}"
    )


def make_labels(sources: tuple[Source, ...]) -> dict[str, str]:
    """Source id -> a label unique within the story (compared without case)."""
    base = {s.id: base_label(s, k) for k, s in enumerate(sources)}
    groups: dict[str, list[Source]] = {}
    for source in sources:
        groups.setdefault(base[source.id].casefold(), []).append(source)
    labels: dict[str, str] = {}
    for group in groups.values():
        if len(group) == 1:
            labels[group[0].id] = base[group[0].id]
            continue
        for source in group:
            title = short_title(source.title)
            shown = base[source.id]
            labels[source.id] = f"{shown}: {title}" if title and title != shown else shown
    # Same outlet and same title (reprints), or a title that is another source's label: numbered.
    taken: set[str] = set()
    for source in sources:
        label, number = labels[source.id], 1
        while label.casefold() in taken:
            number += 1
            label = f"{labels[source.id]} ({number})"
        taken.add(label.casefold())
        labels[source.id] = label
    return labels


def source_labels(sources: tuple[Source, ...]) -> dict[str, str]:
    """The labels of a story's sources (computed once per tuple of sources)."""
    entry = _LABELS.get(id(sources))
    if entry is None or entry[0] is not sources:
        if len(_LABELS) >= _LABELS_MAX:
            _LABELS.clear()
        entry = (sources, make_labels(sources))
        _LABELS[id(sources)] = entry
    return entry[1]
