"""wordings: the sentences of the story in, the clearest of several wordings out.

Shared by the summary, the headline and the timeline: among wordings of one statement (or one
date, or one headline) the clearest is the least damaged (unbalanced quotation marks, stray
punctuation, a doubled word, a lower-case start: what machine translation and spinning leave),
then the one closest to all the others (spun and garbled copies drift away from the rest), then
the one made of words other sources use too (a spinner's odd synonyms are found in one source).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from generator.model import Sentence, Span, Story
from generator.settings import DEFAULT, StorySettings
from generator.text import words

DAMAGE = re.compile(r"\s[.,;:]|[.,;:]\s*[.,;:]|\s[“”\"]\s*$|\b(\w+) \1\b|^[a-z]")


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


def clearest(
    texts: list[str],
    common: frozenset[str] = frozenset(),
    settings: StorySettings = DEFAULT.story,
    costs: list[float] | None = None,
) -> int:
    """Index of the clearest wording: least damaged, closest to the others and, when `common`
    words are given, made of words that other sources use too; `costs` (in points of closeness,
    0-100) add what the caller holds against each wording. Ties go to the first."""
    if len(texts) == 1:
        return 0
    # Reprints repeat wordings: each distinct one is compared once and weighs as many times as
    # it occurs, so the closeness to the others is the same as over every copy.
    distinct = list(dict.fromkeys(texts))
    counts = Counter(texts)
    weights = np.array([counts[t] for t in distinct], dtype=np.float64)
    matrix = process.cdist(distinct, distinct, scorer=fuzz.token_sort_ratio, workers=1)
    closeness = {
        text: (float(matrix[n].astype(np.float64) @ weights) - 100.0) / (len(texts) - 1)
        for n, text in enumerate(distinct)
    }

    def typical(text: str) -> float:
        tokens = [w.lower() for w in words(text)]
        return sum(t in common for t in tokens) / len(tokens) if tokens and common else 0.0

    own = {
        text: damage(text) * settings.damage_weight
        - closeness[text]
        - settings.common_words_weight * typical(text)
        for text in distinct
    }

    def cost(i: int) -> tuple[float, int]:
        return (own[texts[i]] + (costs[i] if costs else 0.0), i)

    return min(range(len(texts)), key=cost)


@lru_cache(maxsize=4_096)
def text_words(text: str) -> frozenset[str]:
    """The distinct words of a text, lower-cased (kept: the summary asks twice per source)."""
    return frozenset(w.lower() for w in words(text))


def shared_words(story: Story, group_of: dict[str, str] | None = None) -> frozenset[str]:
    """Words that at least two sources use (two independent groups, when `group_of` names each
    source's group): the story's common vocabulary."""
    vocabulary: dict[str, set[str]] = {}
    for source in story.sources:
        group = group_of.get(source.id, source.id) if group_of else source.id
        vocabulary.setdefault(group, set()).update(text_words(source.text))
    seen: Counter[str] = Counter()
    for used in vocabulary.values():
        seen.update(used)
    return frozenset(word for word, count in seen.items() if count > 1)
