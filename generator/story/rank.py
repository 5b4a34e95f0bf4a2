"""rank: a summary candidate in; the measurements it is ranked on and its score, out.

Each candidate statement (its chosen wording, its sentences, its evidence) is described by a few
numbers the story stage already computes (`FEATURES`): how widely independent groups share its
content words, its closeness to the story's centroid and to the source titles, how many groups
confirm it and how many articles state it, its place in its article, its length, its loaded
words and quotation, and what it carries (numbers, dates, names, who said it). Its score is the
weighted sum of those numbers; the weights are `StorySettings.rank_*`, fit by least squares on
the NeuS tuning half (`benchmarks/fit_summary.py`) against how much of the editors' roundups each
sentence holds, and stored as plain thresholds so the product needs no model file and stays
deterministic.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from generator import language
from generator.model import Sentence, Story
from generator.settings import StorySettings
from generator.story.neutral import loaded_words, quoted_share
from generator.story.support import Support, content_lemmas

# The measurements, in the order of `features`; each has its weight `rank_<name>` in settings.
FEATURES: tuple[str, ...] = (
    "shared",  # mean share of the other independent groups using each content lemma
    "centroid",  # cosine with the story's centroid, over the story's most central statement
    "headline",  # mean cosine with the source titles
    "confirmed",  # share of the other independent groups that confirm the statement
    "articles",  # log of the number of articles that state it
    "position",  # relative place in its article (0 = first sentence)
    "opening",  # 1 for an article's first sentence
    "words",  # length in tens of words
    "loaded",  # loaded words no other independent group uses (`loaded_cost`)
    "quoted",  # share of the sentence inside quotation marks
    "numbers",  # numbers it states (at most 3)
    "dates",  # dates and times it states (at most 2)
    "names",  # names of people, organisations and places (at most 4)
    "attributed",  # 1 when it says who said it ("officials said")
    "alternative",  # 1 for a claim's other wording that states something else
    "clearest",  # 1 for the statement's clearest wording (`wordings.clearest`)
)
# Measurements whose weight is set, not fit: the neutrality goal sets the cost of loaded words
# (editors' roundups share some of the articles' loaded words, so a fit against them would
# reward loaded words); the clearest wording's edge over a statement's other wordings is tuned
# on the summaries the ranker makes (per sentence, each wording of a statement scores alike).
NOT_FIT = frozenset({"loaded", "clearest"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
DATE_LABELS = frozenset({"DATE", "TIME"})
ATTRIBUTION_LEMMAS = frozenset({"say", "tell", "announce", "report"})


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryContext:
    """What every candidate of one story is measured against."""

    support: Support
    common: frozenset[str]  # words several independent groups use
    titles: Counter[frozenset[str]]  # each distinct title's lemmas, with how many carry it
    top_centrality: float  # the most central statement's centrality (scale)


def title_lemmas(story: Story) -> Counter[frozenset[str]]:
    titles: Counter[frozenset[str]] = Counter()
    for title, count in Counter(s.title for s in story.sources if s.title).items():
        titles[content_lemmas(title)] += count  # reprints repeat titles: each read once
    return titles


def shared_content(lemmas: frozenset[str], support: Support) -> float:
    """How widely the statement's content words are shared: each lemma's share of the other
    independent groups that use it, summed."""
    others = max(support.n_groups - 1, 1)
    return sum(min(support.spread[lemma] - 1, others) / others for lemma in lemmas)


def centrality(lemmas: frozenset[str], support: Support) -> float:
    """Cosine of the statement's content lemmas with the story's centroid (how many sentences
    and titles use each lemma): what the articles keep coming back to."""
    if not lemmas:
        return 0.0
    return sum(support.frequency[lemma] for lemma in lemmas) / math.sqrt(len(lemmas))


def headline_closeness(lemmas: frozenset[str], titles: Counter[frozenset[str]]) -> float:
    """The mean cosine of the statement's content lemmas with each source title's: a roundup
    states what the headlines announce."""
    if not lemmas or not titles:
        return 0.0
    total = sum(n * len(lemmas & t) / math.sqrt(len(lemmas) * len(t))
                for t, n in titles.items() if t)
    return total / titles.total()


def loaded_cost(text: str, common: frozenset[str], settings: StorySettings) -> float:
    """Loaded words no other independent group uses count whole; those several use (the
    event's own words) count `shared_loaded_share`."""
    own = loaded_words(text, common)
    return own + settings.shared_loaded_share * (loaded_words(text) - own)


@lru_cache(maxsize=8_192)
def carried(text: str) -> tuple[float, float, float, float]:
    """Numbers, dates, names and attribution, read from the language layer's parse in one pass
    (kept by text: reprints offer the same wording many times)."""
    numbers = attributed = 0
    for token in language.doc(text):
        numbers += token.like_num and token.ent_type_ not in DATE_LABELS
        attributed |= token.pos_ == "VERB" and token.lemma_ in ATTRIBUTION_LEMMAS
    labels = [ent.label_ for ent in language.doc(text).ents]
    return (min(numbers, 3), min(sum(lb in DATE_LABELS for lb in labels), 2),
            min(sum(lb in NAME_LABELS for lb in labels), 4), float(attributed))


def relative_place(story: Story, sentence: Sentence) -> float:
    """The sentence's place in its article, 0 for the first, near 1 for the last."""
    return sentence.index / max(len(story.source(sentence.source).sentences), 1)


def features(
    story: Story, best: Sentence, sentences: list[Sentence], evidence: tuple[Sentence, ...],
    lemmas: frozenset[str], independent: int, context: StoryContext, settings: StorySettings,
    alternative: bool = False, clearest: bool = True,
) -> tuple[float, ...]:
    support = context.support
    others = max(support.n_groups - 1, 1)
    position = min(relative_place(story, s) for s in sentences)
    values = (
        shared_content(lemmas, support) / max(len(lemmas), 1),
        centrality(lemmas, support) / (context.top_centrality or 1.0),
        headline_closeness(lemmas, context.titles),
        (independent - 1) / others,
        math.log(len({s.source for s in evidence})),
        position,
        float(any(s.index == 0 for s in sentences)),
        len(best.text.split()) / 10,
        loaded_cost(best.text, context.common, settings),
        quoted_share(best.text),
        *carried(best.text),
        float(alternative),
        float(clearest),
    )
    return values


def weights(settings: StorySettings) -> tuple[float, ...]:
    return tuple(float(getattr(settings, f"rank_{name}")) for name in FEATURES)


def rank_score(values: tuple[float, ...], settings: StorySettings) -> float:
    return sum(w * v for w, v in zip(weights(settings), values, strict=True))
