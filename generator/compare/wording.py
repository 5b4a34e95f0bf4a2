"""wording: sentence texts in, comparison keys and similarity scores (0..1) out.

A sentence is compared on its content key (lower-case content words cut to a stem), so that two
sentences are close when they say the same thing, whatever their grammar. `score_sentences`
scores every query against every choice (a matrix), `score_pairs` scores matched lists (a
vector); both run in rapidfuzz's C++ and use every core only when the work is large enough to
pay for starting the threads. `shingles` gives the word n-grams of a key, the unit that the
candidate indexes of align and families are built on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from generator.lexicon import FUNCTION_WORDS, REPORTING_WORDS
from generator.model import Source
from generator.settings import DEFAULT, CompareSettings

# Dropped from the content key: grammar and attribution, which every outlet words its own way.
STOPWORDS = FUNCTION_WORDS | REPORTING_WORDS

# rapidfuzz starts a thread pool per call when asked for all cores: ~2 ms on this machine, more
# than a whole 40 x 40 matrix costs on one core. Below this many cells one core is faster.
PARALLEL_CELLS = 20_000

WORD_RE = re.compile(r"\w+", re.U)


def content_key(text: str, settings: CompareSettings = DEFAULT.compare) -> str:
    """The comparison key of a sentence: lower-case content words, each cut to its stem."""
    stem = settings.stem_letters
    return " ".join(w[:stem] for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS)


def is_fragment(text: str, settings: CompareSettings = DEFAULT.compare) -> bool:
    """A piece left by segmenting broken text ("to resolve.", "officials said."): it is not
    aligned by itself but joins the claim of the sentence before it, and counts in no figure."""
    return len(WORD_RE.findall(text)) < settings.fragment_words


def sentence_keys(source: Source, settings: CompareSettings = DEFAULT.compare) -> list[str]:
    """Content keys of a source's sentences; "" for fragments, which are never scored."""
    return [sentence_key(s.text, settings) for s in source.sentences]


@lru_cache(maxsize=65_536)
def sentence_key(text: str, settings: CompareSettings = DEFAULT.compare) -> str:
    """A sentence's content key, "" for a fragment (kept by text: reprints repeat sentences)."""
    return "" if is_fragment(text, settings) else content_key(text, settings)


def shingles(key: str, size: int) -> list[str]:
    """The runs of `size` consecutive words of a content key (the key itself when shorter)."""
    words = key.split()
    if len(words) <= size:
        return [key] if key else []
    return [" ".join(words[k : k + size]) for k in range(len(words) - size + 1)]


def workers(cells: int) -> int:
    return -1 if cells >= PARALLEL_CELLS else 1


def sorted_words(keys: Sequence[str]) -> list[str]:
    """Each key's words in sorted order: `fuzz.ratio` on these is token_sort_ratio, without
    splitting and sorting every sentence again for every other sentence it meets."""
    return [" ".join(sorted(key.split())) for key in keys]


def score_sentences(queries: Sequence[str], choices: Sequence[str]) -> np.ndarray:
    """Similarity 0..1 of every query sentence to every choice sentence (a len(q) x len(c) matrix).

    Inputs are content keys (`content_key`). The score is the mean of token_set_ratio (high when
    one sentence says what the other does, in any order, even with extra words) and
    token_sort_ratio (which penalises the extra words; computed on pre-sorted words), so that a
    short sentence whose few words happen to occur in a long one does not score as a copy of it.
    """
    if not queries or not choices:
        return np.zeros((len(queries), len(choices)), dtype=np.float32)
    return _mean_score(process.cdist, queries, choices, len(queries) * len(choices))


def score_pairs(queries: Sequence[str], choices: Sequence[str]) -> np.ndarray:
    """The same score as `score_sentences` for queries[k] against choices[k] only."""
    if not queries:
        return np.zeros(0, dtype=np.float32)
    return _mean_score(process.cpdist, queries, choices, len(queries))


def _mean_score(
    scores: Callable[..., np.ndarray], queries: Sequence[str], choices: Sequence[str], cells: int
) -> np.ndarray:
    """Mean of token_set_ratio and token_sort_ratio, 0..1, with rapidfuzz's matrix (`cdist`) or
    pairwise (`cpdist`) scoring."""
    cores = workers(cells)
    token_set = scores(queries, choices, scorer=fuzz.token_set_ratio, workers=cores,
                       dtype=np.float32)  # fmt: skip
    token_sort = scores(sorted_words(queries), sorted_words(choices), scorer=fuzz.ratio,
                        workers=cores, dtype=np.float32)  # fmt: skip
    return (token_set + token_sort) / 200.0
