"""key_facts: the analysed story and its summary in, the key facts out.

*What*: the best-supported summary sentence. *When*: the dates and time references in that
statement. *Who*: the people whom most sources name, with their role. *Where*: the datelines.
*Numbers*: the quantities several sources state, grouped by value (an approximate value joins an
exact one it rounds). A fact is disputed when a medium- or high-severity discrepancy involves its
values, agreed when sources of two or more independent groups state it (`support`: copies and
rewrites of one text count once), single-source otherwise. An approximate value joins an exact one
within the discrepancy list's own tolerance (`FactSettings.approximate_tolerance`), so the two
pages agree on what agrees.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from generator.model import (
    DATE_KINDS,
    EntityKind,
    Fact,
    FactKind,
    KeyFact,
    KeyFactLabel,
    KeyFactStatus,
    Sentence,
    Severity,
    Span,
    Story,
    SummarySentence,
)
from generator.settings import DEFAULT, FactSettings, StorySettings
from generator.story.roles import shown_roles
from generator.story.support import Support, find_support
from generator.story.wordings import span_of

# The quantities a reader checks first: counts, durations, sums of money.
KEY_NUMBER_KINDS = frozenset({FactKind.NUMBER, FactKind.DURATION, FactKind.MONEY})


def disputing(
    story: Story, fact_ids: set[str], sentence_ids: frozenset[str] | set[str] = frozenset()
) -> str:
    """The most serious medium- or high-severity discrepancy about these facts (or, for a whole
    statement, about these sentences), or ""."""
    for discrepancy in story.discrepancies:
        if discrepancy.severity == Severity.LOW:
            continue
        if fact_ids & set(discrepancy.facts):
            return discrepancy.id
        if sentence_ids and any(
            span.sentence_id in sentence_ids
            for value in discrepancy.values
            for span in value.evidence
        ):
            return discrepancy.id
    return ""


def key_fact(
    label: KeyFactLabel, value: str, spans: list[Span], support: Support, disputed: str = ""
) -> KeyFact:
    sources = tuple(sorted({span.source for span in spans}))
    independent = support.independent(sources)
    if disputed:
        status = KeyFactStatus.DISPUTED
    else:
        status = KeyFactStatus.AGREED if independent > 1 else KeyFactStatus.SINGLE_SOURCE
    return KeyFact(
        label=label,
        value=value,
        status=status,
        sources=sources,
        evidence=tuple(spans),
        discrepancy=disputed,
        independent=independent,
    )


def first_per_source(story: Story, sentence_ids: Iterable[str]) -> list[Span]:
    """One evidence sentence per source: the first one, in source order."""
    firsts: dict[str, Sentence] = {}
    for sentence_id in sentence_ids:
        sentence = story.sentence(sentence_id)
        if sentence.source not in firsts or sentence.index < firsts[sentence.source].index:
            firsts[sentence.source] = sentence
    return [span_of(firsts[source]) for source in sorted(firsts)]


def as_float(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


def number_groups(
    story: Story, settings: StorySettings, tolerance: float, support: Support
) -> list[list[Fact]]:
    """Quantities stated by several sources, grouped by value (approximate ones join the exact
    value they round), most widely and independently reported first."""

    def close(a: str, b: str) -> bool:
        x, y = as_float(a), as_float(b)
        return x > 0 and y > 0 and abs(x - y) / max(x, y) <= tolerance

    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in story.facts:
        if fact.kind not in KEY_NUMBER_KINDS:
            continue
        if fact.kind == FactKind.NUMBER and as_float(fact.value) < settings.key_number_min:
            continue  # "two leaders", "2 paths": counting words, not key numbers
        groups[(fact.kind, fact.value)].append(fact)
    for (kind, value), facts in list(groups.items()):
        if all(f.approximate for f in facts):
            target = next(
                (k for k in groups if k[0] == kind and k != (kind, value) and close(k[1], value)),
                None,
            )
            if target is not None:
                groups[target].extend(groups.pop((kind, value)))
    ranked = sorted(
        groups.values(),
        key=lambda fs: (-support.independent(f.source for f in fs), -len({f.source for f in fs}),
                        fs[0].id),
    )
    return [facts for facts in ranked if len({f.source for f in facts}) > 1]


def what_and_when(
    story: Story, summary: tuple[SummarySentence, ...], support: Support
) -> list[KeyFact]:
    """The best-supported summary sentence, and the dates and time references it states."""
    if not summary:
        return []
    lead = max(summary, key=lambda s: (s.independent, len(s.sources), -summary.index(s)))
    lead_ids = {span.sentence_id for span in lead.evidence}
    facts = [
        key_fact(KeyFactLabel.WHAT, lead.text, list(lead.evidence), support,
                 disputing(story, set(), lead_ids))
    ]
    by_sentence: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        by_sentence[fact.sentence_id].append(fact)
    when: dict[str, list[Fact]] = defaultdict(list)
    for sentence_id in sorted(lead_ids):
        for fact in by_sentence[sentence_id]:
            if fact.kind in DATE_KINDS:
                when[fact.value].append(fact)
    for group in sorted(when.values(), key=lambda fs: (-len(fs), fs[0].id)):
        spans = [span_of(story.sentence(f.sentence_id)) for f in group]
        disputed = disputing(story, {f.id for f in group})
        facts.append(key_fact(KeyFactLabel.WHEN, group[0].text, spans, support, disputed))
    return facts


def who_where_numbers(
    story: Story, settings: StorySettings, tolerance: float, support: Support
) -> list[KeyFact]:
    """The people most sources name, the datelines, the quantities several sources state."""
    facts = []
    people = sorted(
        (e for e in story.entities if e.kind == EntityKind.PERSON and len(e.sources) > 1),
        key=lambda e: (-support.independent(e.sources), -len(e.sources), -len(e.mentions), e.name),
    )[: settings.key_people]
    roles = shown_roles(story)
    for person in people:
        role = roles.get(person.name, person.role)
        value = f"{person.name} ({role})" if role else person.name
        spans = first_per_source(story, person.mentions)
        facts.append(key_fact(KeyFactLabel.WHO, value, spans, support))
    datelines = Counter(s.dateline for s in story.sources if s.dateline)
    for place, _count in sorted(datelines.items(), key=lambda item: (-item[1], item[0])):
        spans = [
            span_of(s.sentences[0]) for s in story.sources if s.dateline == place and s.sentences
        ]
        facts.append(key_fact(KeyFactLabel.WHERE, f"dateline {place}", spans, support))
    for group in number_groups(story, settings, tolerance, support)[: settings.key_numbers]:
        spans = first_per_source(story, (f.sentence_id for f in group))
        label = Counter(f.text for f in group if not f.approximate).most_common(1)
        value = label[0][0] if label else group[0].text
        disputed = disputing(story, {f.id for f in group})
        facts.append(key_fact(KeyFactLabel.NUMBER, value, spans, support, disputed))
    return facts


def choose_key_facts(
    story: Story,
    summary: tuple[SummarySentence, ...],
    settings: StorySettings = DEFAULT.story,
    facts: FactSettings = DEFAULT.facts,
    support: Support | None = None,
) -> tuple[KeyFact, ...]:
    support = support or find_support(story, settings)
    tolerance = facts.approximate_tolerance
    return tuple(
        what_and_when(story, summary, support)
        + who_where_numbers(story, settings, tolerance, support)
    )
