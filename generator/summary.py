"""Summary: the analysed story in, its consensus account out (headline, summary, key facts, timeline).

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
    Discrepancy,
    Fact,
    KeyFact,
    Sentence,
    Span,
    Story,
    SummarySentence,
    TimelineEntry,
)
from generator.text import words

# Five to eight sentences: enough for the who/what/when/where of a news story, short enough to read
# at a glance.
SUMMARY_MIN, SUMMARY_MAX = 5, 8
# A candidate whose wording is this close (token_set_ratio, 0-100) to a chosen sentence says the
# same thing again and is skipped. Chosen on the seeds, where rewrites of one lead score 70-85.
REDUNDANT = 68
# Sentences shorter than this say too little for a summary ("Putin reacted strongly.").
MIN_WORDS = 8
MAX_WORDS = 60
# Weight of the position in the articles against the support count: support dominates, position
# breaks ties between claims with the same number of sources.
POSITION_WEIGHT = 0.8
DAMAGE = re.compile(r"\s[.,;:]|[.,;:]\s*[.,;:]|\s[“”\"]\s*$|\b(\w+) \1\b|^[a-z]")
PERSON_KINDS = {"person"}
NUMBER_KINDS = {"number", "duration", "money"}
DATE_KINDS = {"date", "time_ref"}


def span_of(sentence: Sentence) -> Span:
    return Span(source=sentence.source, sentence_id=sentence.id, start=sentence.start,
                end=sentence.end, text=sentence.text)  # fmt: skip


def damage(text: str) -> int:
    """Marks of machine translation or spinning damage in a sentence."""
    unbalanced = abs(text.count("“") - text.count("”")) + text.count('"') % 2
    return unbalanced + len(DAMAGE.findall(text))


def clearest(texts: list[str]) -> int:
    """Index of the clearest wording: closest to the others, least damaged, then the first."""
    if len(texts) == 1:
        return 0
    matrix = process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, workers=1)
    centrality = [(float(row.sum()) - 100.0) / (len(texts) - 1) for row in matrix]
    return min(range(len(texts)), key=lambda i: (damage(texts[i]) * 10 - centrality[i], i))


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


def summary_candidates(story: Story) -> list[tuple[float, Claim, Sentence]]:
    """Each claim with its best wording and a score: support first, then early position."""
    candidates = []
    n_sources = max(len(story.sources), 1)
    for claim in story.claims:
        sentences = claim_sentences(story, claim)
        best = sentences[clearest([s.text for s in sentences])]
        n_words = len(words(best.text))
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            continue
        support = len(claim.sources) / n_sources
        position = relative_position(story, (s.id for s in sentences))
        quote_only = best.text.lstrip().startswith(("“", '"', "‘"))
        score = support - POSITION_WEIGHT * position / n_sources * 2 - (0.1 if quote_only else 0)
        candidates.append((score, claim, best))
    candidates.sort(key=lambda c: (-c[0], c[1].id))
    return candidates


def choose_summary(story: Story) -> tuple[SummarySentence, ...]:
    chosen: list[tuple[Claim, Sentence]] = []
    for _score, claim, best in summary_candidates(story):
        if len(chosen) >= SUMMARY_MAX:
            break
        if len(chosen) >= SUMMARY_MIN and len(claim.sources) < 2:
            break
        texts = [s.text for _, s in chosen]
        if texts and max(fuzz.token_set_ratio(best.text, t) for t in texts) >= REDUNDANT:
            continue
        chosen.append((claim, best))
    chosen.sort(key=lambda c: (relative_position(story, (m.sentence_id for m in c[0].members)),
                               c[0].id))  # fmt: skip
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


def disputing(discrepancies: Iterable[Discrepancy], sentence_ids: set[str]) -> str:
    """The id of the first (most serious) discrepancy whose evidence touches these sentences."""
    for discrepancy in discrepancies:
        if discrepancy.severity == "low":
            continue
        for value in discrepancy.values:
            if any(span.sentence_id in sentence_ids for span in value.evidence):
                return discrepancy.id
    return ""


def key_fact(label: str, value: str, story: Story, spans: list[Span]) -> KeyFact:
    sources = tuple(sorted({span.source for span in spans}))
    disputed = disputing(story.discrepancies, {span.sentence_id for span in spans})
    status = "disputed" if disputed else ("agreed" if len(sources) > 1 else "single source")
    return KeyFact(label=label, value=value, status=status, sources=sources,
                   evidence=tuple(spans), discrepancy=disputed)  # fmt: skip


def choose_key_facts(story: Story, summary: tuple[SummarySentence, ...]) -> tuple[KeyFact, ...]:
    facts: list[KeyFact] = []
    if summary:
        lead = min(summary, key=lambda s: (-len(s.sources), story.sentence(s.evidence[0].sentence_id).index))
        facts.append(key_fact("what", lead.text, story, list(lead.evidence)))
    people = sorted(
        (e for e in story.entities if e.kind in PERSON_KINDS and len(e.sources) > 1),
        key=lambda e: (-len(e.sources), -len(e.mentions), e.name),
    )[:4]
    for person in people:
        spans = [span_of(story.sentence(m)) for m in person.mentions[:6]]
        value = f"{person.name} ({person.role})" if person.role else person.name
        facts.append(key_fact("who", value, story, spans))
    datelines = Counter(s.dateline for s in story.sources if s.dateline)
    for place, _count in datelines.most_common(2):
        spans = [span_of(s.sentences[0]) for s in story.sources if s.dateline == place and s.sentences]
        facts.append(key_fact("where", place, story, spans))
    by_claim = {m.sentence_id: claim for claim in story.claims for m in claim.members}
    seen_values: set[tuple[str, str]] = set()
    by_sentence = facts_by_sentence(story)
    for summary_sentence in summary:
        claim = by_claim.get(summary_sentence.evidence[0].sentence_id)
        if claim is None:
            continue
        for kind_set, label in ((DATE_KINDS, "when"), (NUMBER_KINDS, "number")):
            for fact in (f for m in claim.members for f in by_sentence[m.sentence_id]):
                if fact.kind not in kind_set or (label, fact.value) in seen_values:
                    continue
                seen_values.add((label, fact.value))
                spans = [span_of(story.sentence(m.sentence_id)) for m in claim.members]
                facts.append(key_fact(label, fact.text, story, spans))
    return tuple(facts)


def build_timeline(story: Story) -> tuple[TimelineEntry, ...]:
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in story.facts:
        if fact.kind in DATE_KINDS and re.match(r"^(\d{4}|--)-?\d\d-\d\d$", fact.value):
            groups[fact.value].append(fact)
    entries = []
    for value, facts in groups.items():
        sentences = list({f.sentence_id: story.sentence(f.sentence_id) for f in facts}.values())
        best = sentences[clearest([s.text for s in sentences])]
        label = Counter(f.text for f in facts).most_common(1)[0][0]
        entries.append(TimelineEntry(
            date=value, label=label, text=best.text,
            sources=tuple(sorted({f.source for f in facts})),
            evidence=tuple(span_of(s) for s in sentences),
        ))  # fmt: skip
    entries.sort(key=lambda e: (e.date.lstrip("-")[-5:] if e.date.startswith("--") else e.date,
                                e.label))  # fmt: skip
    return tuple(entries)


def summarise_story(story: Story) -> Story:
    summary = choose_summary(story)
    return replace(
        story,
        title=choose_headline(story),
        summary=summary,
        key_facts=choose_key_facts(story, summary),
        timeline=build_timeline(story),
    )
