"""One page per source: metadata, the cleaned text with an anchor on every sentence and its quotes
and facts marked, and every input line that did not go into the body, with where it went and why."""

from __future__ import annotations

from collections import defaultdict

from markupsafe import Markup, escape

from generator.model import Fact, Fate, Quote, Source, Story
from generator.render.common import (
    Site,
    environment,
    front_matter,
    label,
    source_page,
    source_title,
)
from generator.values import fact_value, published

# The facts marked in the text: the checkable values. Names, roles and modal verbs are facts too
# (the discrepancy list compares them) but marking them all would bury the text.
MARKED_FACTS = frozenset({"number", "duration", "money", "date", "time_ref"})
# (start, end, opening tag, closing tag): offsets are relative to the sentence.
Mark = tuple[int, int, Markup, Markup]


def annotate(text: str, marks: list[Mark]) -> Markup:
    """Escaped text with the marks applied; a mark that crosses another's boundary is dropped, so
    the tags always nest."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m[0], -m[1])):
        start, end = mark[0], mark[1]
        if start >= end or any(s < start < e < end or start < s < end < e for s, e, _, _ in kept):
            continue
        kept.append(mark)
    events: list[tuple[int, int, Markup]] = []
    for start, end, opening, closing in kept:
        events.append((start, 1, Markup(opening)))
        events.append((end, 0, Markup(closing)))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    position = 0
    for offset, _kind, tag in events:
        out.append(str(escape(text[position:offset])))
        out.append(str(tag))
        position = offset
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def sentence_marks(source: Source, quotes: list[Quote], facts: list[Fact]) -> dict[str, list[Mark]]:
    """The quotes and facts of each sentence of a source, as marks."""
    marks: dict[str, list[Mark]] = {s.id: [] for s in source.sentences}
    by_offset = [(s.start, s.end, s.id) for s in source.sentences]
    for quote in quotes:
        title = f"quote: {quote.speaker or 'speaker unknown'}"
        for start, end, sentence_id in by_offset:
            lo, hi = max(quote.start, start), min(quote.end, end)
            if lo < hi:
                opening = Markup('<span class="sd-quote" title="{}">').format(title)
                marks[sentence_id].append((lo - start, hi - start, opening, Markup("</span>")))
    for fact in facts:
        sentence = source.sentences[int(fact.sentence_id.rpartition(":s")[2])]
        marks[fact.sentence_id].append(
            (
                fact.start - sentence.start,
                fact.end - sentence.start,
                Markup('<span class="sd-fact sd-fact-{}" title="{}: {}">').format(
                    fact.kind, str(fact.kind).replace("_", " "), fact_value(fact)
                ),
                Markup("</span>"),
            )
        )
    return marks


def render(story: Story, site: Site) -> dict[str, str]:
    files = {}
    template = environment().get_template("source.md.j2")
    # Bucketed once: a large story has thousands of sources and tens of thousands of facts.
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for quote in story.quotes:
        if quote.kind == "quote":
            quotes[quote.source].append(quote)
    facts: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        if fact.kind in MARKED_FACTS:
            facts[fact.source].append(fact)
    for source in story.sources:
        page = source_page(source.id)
        marks = sentence_marks(source, quotes[source.id], facts[source.id])
        paragraphs: list[list] = [[] for _ in source.body]
        for sentence in source.sentences:
            html = annotate(sentence.text, marks[sentence.id])
            paragraphs[sentence.paragraph].append((sentence, html))
        content = template.render(
            source=source,
            label=label(story, source.id),
            published=published(source.published) if source.published else "",
            paragraphs=paragraphs,
            n_quotes=len(quotes[source.id]),
            n_facts=len(facts[source.id]),
            metadata_lines=[ln for ln in source.lines if ln.fate not in (Fate.BODY, Fate.REMOVED)],
            home=site.href(page, "index.md"),
        )
        files[site.path(page)] = front_matter(source_title(story, source)) + content
    return files
