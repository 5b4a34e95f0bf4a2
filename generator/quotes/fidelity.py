"""Fidelity: how faithfully one wording of a quote renders the group's reference wording.

In: a quote's wording and the reference wording of its group (`groups.py`). Out: a `Fidelity`
(`identical`, `punctuation` for the same words, `minor wording`, or `altered meaning` when a
negation, number or modal verb changed or the wordings share too little), the changed words, their
spans in the wording, and whether it is an excerpt of the reference.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from generator.lexicon import FIDELITY_WORDS
from generator.model import Fidelity
from generator.settings import DEFAULT, QuoteSettings
from generator.text import normalise_space

WORD = re.compile(r"[\w’'-]+")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in WORD.finditer(text)]


def compare_wording(
    text: str,
    reference: str,
    settings: QuoteSettings = DEFAULT.quotes,
) -> tuple[Fidelity, tuple[str, ...], tuple[tuple[int, int], ...], bool]:
    """Fidelity of `text` to `reference`, the changed words, their spans in `text`, excerpt."""
    mine, theirs = _words(text), _words(reference)
    mine_words = [w for w, _, _ in mine]
    theirs_words = [w for w, _, _ in theirs]
    excerpt = False
    if len(mine_words) < len(theirs_words):
        # Compare an excerpt with the stretch of the reference it was cut from.
        alignment = fuzz.partial_ratio_alignment(" ".join(mine_words), " ".join(theirs_words))
        if alignment is not None and alignment.score >= settings.excerpt:
            position = 0
            window = []
            for word in theirs_words:
                if alignment.dest_start <= position + len(word) and position < alignment.dest_end:
                    window.append(word)
                position += len(word) + 1
            excerpt = len(window) < len(theirs_words)
            theirs_words = window or theirs_words
    if mine_words == theirs_words:
        same_text = normalise_space(text).replace("’", "'") == normalise_space(reference).replace(
            "’", "'"
        )
        fidelity = Fidelity.IDENTICAL if same_text or excerpt else Fidelity.PUNCTUATION
        return fidelity, (), (), excerpt
    changed_spans: list[tuple[int, int]] = []
    changed_words: list[str] = []
    removed: list[str] = []
    for op in Levenshtein.opcodes(mine_words, theirs_words):
        if op.tag in {"replace", "insert", "delete"}:
            for k in range(op.src_start, op.src_end):
                changed_spans.append((mine[k][1], mine[k][2]))
                changed_words.append(mine[k][0])
            removed.extend(theirs_words[op.dest_start : op.dest_end])
    similarity = Levenshtein.normalized_similarity(mine_words, theirs_words)
    touched = set(changed_words) ^ set(removed)
    meaning = any(
        w in FIDELITY_WORDS or w.endswith("n't") or any(ch.isdigit() for ch in w) for w in touched
    )
    fidelity = (
        Fidelity.ALTERED_MEANING
        if meaning or similarity < settings.altered_similarity
        else Fidelity.MINOR_WORDING
    )
    return fidelity, tuple(changed_words), tuple(changed_spans), excerpt
