"""Summary: the analysed story in; headline, summary, key facts and timeline out.

The summary is extractive: it is made of sentences the sources wrote, chosen from the claims
(aligned sentences) that most sources share, so that every line carries its support count and its
evidence. Among a claim's wordings the clearest is chosen: the one closest to all the others
(spun and garbled copies drift away from the rest) with the fewest marks of damage (unbalanced
quotation marks, stray punctuation). Sentences are ordered by where they sit in the articles, which
follows the inverted pyramid of news writing, so the summary reads as an account.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz, process

from generator.model import (
    Claim,
    Fact,
    KeyFact,
    Sentence,
    Span,
    Story,
    SummarySentence,
    TimelineEntry,
)
from generator.settings import DEFAULT, Settings
from generator.text import words

# Five to eight sentences: enough for the who/what/when/where of a news story, short enough to read
# at a glance.
SUMMARY_MIN, SUMMARY_MAX = 5, 8
# A candidate whose wording is this close (token_set_ratio, 0-100) to a chosen sentence says the
# same thing again and is skipped. Chosen on the seeds, where rewrites of one lead score 70-85.
REDUNDANT = 68
# Sentences shorter than this say too little for a summary ("The mayor reacted strongly.").
MIN_WORDS = 8
MAX_WORDS = 60
# Weight of the position in the articles against the support count: support dominates, position
# breaks ties between claims with the same number of sources.
POSITION_WEIGHT = 0.8
# A sentence that opens with a pronoun or a connective ("He added", "But") or with a bare
# quotation leans on the sentence before it, which the summary does not show. The penalty is less
# than one source's share of support in a three-source story, so support still comes first.
OUT_OF_CONTEXT = 0.2
DANGLING_START = re.compile(
    r"^(he|she|they|it|this|that|these|those|his|her|their|its|but|and|then|so|also|still|yet"
    r"|however|meanwhile|instead|there)\b",
    re.I,
)
DAMAGE = re.compile(r"\s[.,;:]|[.,;:]\s*[.,;:]|\s[“”\"]\s*$|\b(\w+) \1\b|^[a-z]")
# How many people and numbers the key facts list: the protagonists and the headline figures.
KEY_PEOPLE = 4
KEY_NUMBERS = 4
# Counts below this ("two leaders") are ordinary words, not key numbers.
KEY_NUMBER_MIN = 3
# An approximate value ("about an hour") joins an exact one within this relative distance
# ("50 minutes"), as the discrepancy list treats them as agreeing.
APPROXIMATE_TOLERANCE = 0.25
PERSON_KINDS = {"person"}
NUMBER_KINDS = {"number", "duration", "money"}
DATE_KINDS = {"date", "time_ref"}


def span_of(sentence: Sentence) -> Span:
    return Span(
        source=sentence.source,
        sentence_id=sentence.id,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
    )


def damage(text: str) -> int:
    """Marks of machine translation or spinning damage in a sentence."""
    unbalanced = abs(text.count("“") - text.count("”")) + text.count('"') % 2
    return unbalanced + len(DAMAGE.findall(text))


def clearest(texts: list[str], common: frozenset[str] = frozenset()) -> int:
    """Index of the clearest wording: least damaged, closest to the others and, when `common`
    words are given, made of words that other sources use too (a spinner's odd synonyms are
    found in one source only); ties go to the first."""
    if len(texts) == 1:
        return 0
    matrix = process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, workers=1)
    centrality = [(float(row.sum()) - 100.0) / (len(texts) - 1) for row in matrix]

    def typical(text: str) -> float:
        tokens = [w.lower() for w in words(text)]
        return sum(t in common for t in tokens) / len(tokens) if tokens and common else 0.0

    return min(
        range(len(texts)),
        key=lambda i: (damage(texts[i]) * 10 - centrality[i] - 50 * typical(texts[i]), i),
    )


def shared_words(story: Story) -> frozenset[str]:
    """Words that at least two sources use: the story's common vocabulary."""
    seen: Counter[str] = Counter()
    for source in story.sources:
        seen.update({w.lower() for w in words(source.text)})
    return frozenset(word for word, count in seen.items() if count > 1)


def relative_position(story: Story, sentence_ids: Iterable[str]) -> float:
    positions = []
    for sentence_id in sentence_ids:
        sentence = story.sentence(sentence_id)
        total = len(story.source(sentence.source).sentences)
        positions.append(sentence.index / max(total, 1))
    return sum(positions) / len(positions) if positions else 1.0


def claim_sentences(story: Story, claim: Claim) -> list[Sentence]:
    seen: set[str] = set()
    sentences = []
    for member in claim.members:
        if member.sentence_id not in seen:
            seen.add(member.sentence_id)
            sentences.append(story.sentence(member.sentence_id))
    return sentences


def out_of_context(text: str) -> bool:
    return text.lstrip().startswith(("“", '"', "‘")) or bool(DANGLING_START.match(text))


def summary_candidates(story: Story) -> list[tuple[float, Claim, Sentence]]:
    """Each claim with its best wording and a score: support first, then early position."""
    candidates = []
    common = shared_words(story)
    n_sources = max(len(story.sources), 1)
    for claim in story.claims:
        sentences = claim_sentences(story, claim)
        best = sentences[clearest([s.text for s in sentences], common)]
        n_words = len(words(best.text))
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            continue
        support = len(claim.sources) / n_sources
        position = relative_position(story, (s.id for s in sentences))
        score = (
            support
            - POSITION_WEIGHT * position / n_sources * 2
            - OUT_OF_CONTEXT * out_of_context(best.text)
        )
        candidates.append((score, claim, best))
    candidates.sort(key=lambda c: (-c[0], c[1].id))
    return candidates


def choose_summary(story: Story) -> tuple[SummarySentence, ...]:
    chosen: list[tuple[Claim, Sentence]] = []
    for _score, claim, best in summary_candidates(story):
        if len(chosen) >= SUMMARY_MAX:
            break
        if len(chosen) >= SUMMARY_MIN and (len(claim.sources) < 2 or out_of_context(best.text)):
            continue
        texts = [s.text for _, s in chosen]
        if texts and max(fuzz.token_set_ratio(best.text, t) for t in texts) >= REDUNDANT:
            continue
        chosen.append((claim, best))
    chosen.sort(
        key=lambda c: (relative_position(story, (m.sentence_id for m in c[0].members)), c[0].id)
    )
    return tuple(
        SummarySentence(
            text=best.text,
            sources=claim.sources,
            evidence=tuple(span_of(s) for s in claim_sentences(story, claim)),
            claim=claim.id,
        )
        for claim, best in chosen
    )


def choose_headline(story: Story) -> str:
    """The source title closest to all the others (the consensus headline)."""
    titles = [s.title for s in story.sources if s.title]
    if not titles:
        return story.id
    return titles[clearest(titles)]


def facts_by_sentence(story: Story) -> dict[str, list[Fact]]:
    index: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        index[fact.sentence_id].append(fact)
    return index


def disputing(
    story: Story, fact_ids: set[str], sentence_ids: frozenset[str] | set[str] = frozenset()
) -> str:
    """The most serious medium- or high-severity discrepancy about these facts (or, for a whole
    statement, about these sentences), or ""."""
    for discrepancy in story.discrepancies:
        if discrepancy.severity == "low":
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


def key_fact(label: str, value: str, spans: list[Span], disputed: str = "") -> KeyFact:
    sources = tuple(sorted({span.source for span in spans}))
    status = "disputed" if disputed else ("agreed" if len(sources) > 1 else "single source")
    return KeyFact(
        label=label,
        value=value,
        status=status,
        sources=sources,
        evidence=tuple(spans),
        discrepancy=disputed,
    )


def first_per_source(story: Story, sentence_ids: Iterable[str]) -> list[Span]:
    """One evidence sentence per source: the first one, in source order."""
    firsts: dict[str, Sentence] = {}
    for sentence_id in sentence_ids:
        sentence = story.sentence(sentence_id)
        if sentence.source not in firsts or sentence.index < firsts[sentence.source].index:
            firsts[sentence.source] = sentence
    return [span_of(firsts[source]) for source in sorted(firsts)]


def number_groups(story: Story) -> list[list[Fact]]:
    """Quantities stated by several sources, grouped by value (approximate ones join the exact
    value they round), most widely reported first."""
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in story.facts:
        if fact.kind not in NUMBER_KINDS:
            continue
        if fact.kind == "number" and _as_float(fact.value) < KEY_NUMBER_MIN:
            continue  # "two leaders", "2 paths": counting words, not key numbers
        groups[(fact.kind, fact.value)].append(fact)
    for (kind, value), facts in list(groups.items()):
        if all(f.approximate for f in facts):
            target = next(
                (k for k in groups if k[0] == kind and k != (kind, value) and _close(k[1], value)),
                None,
            )
            if target is not None:
                groups[target].extend(groups.pop((kind, value)))
    ranked = sorted(groups.values(), key=lambda fs: (-len({f.source for f in fs}), fs[0].id))
    return [facts for facts in ranked if len({f.source for f in facts}) > 1]


def _as_float(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


def _close(a: str, b: str) -> bool:
    x, y = _as_float(a), _as_float(b)
    return x > 0 and y > 0 and abs(x - y) / max(x, y) <= APPROXIMATE_TOLERANCE


def choose_key_facts(story: Story, summary: tuple[SummarySentence, ...]) -> tuple[KeyFact, ...]:
    facts: list[KeyFact] = []
    by_sentence = facts_by_sentence(story)
    if summary:
        lead = max(summary, key=lambda s: (len(s.sources), -summary.index(s)))
        lead_ids = {span.sentence_id for span in lead.evidence}
        facts.append(
            key_fact("what", lead.text, list(lead.evidence), disputing(story, set(), lead_ids))
        )
        when: dict[str, list[Fact]] = defaultdict(list)
        for sentence_id in sorted(lead_ids):
            for fact in by_sentence[sentence_id]:
                if fact.kind in DATE_KINDS:
                    when[fact.value].append(fact)
        for group in sorted(when.values(), key=lambda fs: (-len(fs), fs[0].id)):
            spans = [span_of(story.sentence(f.sentence_id)) for f in group]
            facts.append(
                key_fact("when", group[0].text, spans, disputing(story, {f.id for f in group}))
            )
    people = sorted(
        (e for e in story.entities if e.kind in PERSON_KINDS and len(e.sources) > 1),
        key=lambda e: (-len(e.sources), -len(e.mentions), e.name),
    )[:KEY_PEOPLE]
    for person in people:
        value = f"{person.name} ({person.role})" if person.role else person.name
        facts.append(key_fact("who", value, first_per_source(story, person.mentions)))
    datelines = Counter(s.dateline for s in story.sources if s.dateline)
    for place, _count in sorted(datelines.items(), key=lambda item: (-item[1], item[0])):
        spans = [
            span_of(s.sentences[0]) for s in story.sources if s.dateline == place and s.sentences
        ]
        facts.append(key_fact("where", f"dateline {place}", spans))
    for group in number_groups(story)[:KEY_NUMBERS]:
        spans = first_per_source(story, (f.sentence_id for f in group))
        label = Counter(f.text for f in group if not f.approximate).most_common(1)
        value = label[0][0] if label else group[0].text
        facts.append(key_fact("number", value, spans, disputing(story, {f.id for f in group})))
    return tuple(facts)


TIMELINE_DATE = re.compile(r"^(\d{4}(-\d\d){0,2}|--\d\d-\d\d)(/(\d{4}(-\d\d){0,2}|--\d\d-\d\d))?$")


def month_day(value: str) -> tuple[int, int]:
    parts = value.split("/")[0].lstrip("-").split("-")
    return int(parts[0]), int(parts[1])


def calendar_order(values: list[str]) -> dict[str, int]:
    """A position for each date without a year: month-days on a circle, cut at the widest gap
    between them (the turn of the year when a story runs from December into January)."""
    days = sorted({month_day(v)[0] * 31 + month_day(v)[1] for v in values})
    if not days:
        return {}
    gaps = [((days[(i + 1) % len(days)] - d) % 372, i) for i, d in enumerate(days)]
    _, widest = max(gaps)
    start = days[(widest + 1) % len(days)]
    return {v: (month_day(v)[0] * 31 + month_day(v)[1] - start) % 372 for v in values}


def timeline_key(value: str, unknown_year: dict[str, int]) -> tuple[int, int, str]:
    """Dated events first by year; events whose year no source states come after them, in
    calendar order (they are usually the story's own days)."""
    if value.startswith("--"):
        return (1, unknown_year[value], value)
    return (0, 0, value)


def build_timeline(story: Story) -> tuple[TimelineEntry, ...]:
    common = shared_words(story)
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        value = fact.resolved or fact.value
        if fact.kind in DATE_KINDS and TIMELINE_DATE.match(value):
            groups[value].append(fact)
    entries = []
    for value, facts in groups.items():
        sentences = list({f.sentence_id: story.sentence(f.sentence_id) for f in facts}.values())
        best = sentences[clearest([s.text for s in sentences], common)]
        label = Counter(f.text for f in facts).most_common(1)[0][0]
        entries.append(
            TimelineEntry(
                date=value,
                label=label,
                text=best.text,
                sources=tuple(sorted({f.source for f in facts})),
                evidence=tuple(span_of(s) for s in sentences),
            )
        )
    unknown_year = calendar_order([e.date for e in entries if e.date.startswith("--")])
    entries.sort(key=lambda e: (timeline_key(e.date, unknown_year), e.label))
    return tuple(entries)


def summarise_story(story: Story, settings: Settings = DEFAULT) -> Story:
    summary = choose_summary(story)
    return replace(
        story,
        title=choose_headline(story),
        summary=summary,
        key_facts=choose_key_facts(story, summary),
        timeline=build_timeline(story),
    )
