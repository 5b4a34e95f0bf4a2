"""Summary: the analysed story in; headline, summary, key facts and timeline out.

The summary is extractive: it is made of sentences the sources wrote, chosen from the claims
(aligned sentences) that most sources share, so that every line carries its support count and its
evidence. Among a claim's wordings the clearest is chosen (`wordings.clearest`). Sentences are
ordered by where they sit in the articles, which follows the inverted pyramid of news writing, so
the summary reads as an account. The key facts (`key_facts`) and the timeline (`timeline`) are
built here too, from the same story. Thresholds are `StorySettings`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from generator.lexicon import POINTING_BACK_OPENERS
from generator.model import Claim, Sentence, Story, SummarySentence
from generator.settings import DEFAULT, Settings, StorySettings
from generator.story.key_facts import choose_key_facts
from generator.story.timeline import build_timeline
from generator.story.wordings import clearest, shared_words, span_of
from generator.text import alternation, words

# A sentence that opens with a pronoun or a connective ("He added", "But") leans on the sentence
# before it, which the summary does not show.
DANGLING_START = re.compile(rf"^({alternation(POINTING_BACK_OPENERS)})\b", re.I)


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
    """Whether a sentence leans on the one before it: a pointing-back opener or a bare quote."""
    return text.lstrip().startswith(("“", '"', "‘")) or bool(DANGLING_START.match(text))


def summary_candidates(
    story: Story, settings: StorySettings
) -> list[tuple[float, Claim, Sentence]]:
    """Each claim with its best wording and a score: support first, then early position."""
    candidates = []
    common = shared_words(story)
    n_sources = max(len(story.sources), 1)
    for claim in story.claims:
        sentences = claim_sentences(story, claim)
        best = sentences[clearest([s.text for s in sentences], common, settings)]
        if not settings.summary_min_words <= len(words(best.text)) <= settings.summary_max_words:
            continue
        support = len(claim.sources) / n_sources
        position = relative_position(story, (s.id for s in sentences))
        score = (
            support
            - settings.position_weight * position / n_sources * 2
            - settings.out_of_context_penalty * out_of_context(best.text)
        )
        candidates.append((score, claim, best))
    candidates.sort(key=lambda c: (-c[0], c[1].id))
    return candidates


def choose_summary(
    story: Story, settings: StorySettings = DEFAULT.story
) -> tuple[SummarySentence, ...]:
    chosen: list[tuple[Claim, Sentence]] = []
    for _score, claim, best in summary_candidates(story, settings):
        if len(chosen) >= settings.summary_max_sentences:
            break
        if len(chosen) >= settings.summary_min_sentences and (
            len(claim.sources) < 2 or out_of_context(best.text)
        ):
            continue
        texts = [s.text for _, s in chosen]
        if texts and max(fuzz.token_set_ratio(best.text, t) for t in texts) >= settings.redundant:
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


def choose_headline(story: Story, settings: StorySettings = DEFAULT.story) -> str:
    """The source title closest to all the others (the consensus headline)."""
    titles = [s.title for s in story.sources if s.title]
    if not titles:
        return story.id
    return titles[clearest(titles, settings=settings)]


def summarise_story(story: Story, settings: Settings = DEFAULT) -> Story:
    section = settings.story
    summary = choose_summary(story, section)
    return replace(
        story,
        title=choose_headline(story, section),
        summary=summary,
        key_facts=choose_key_facts(story, summary, section),
        timeline=build_timeline(story, section),
    )
