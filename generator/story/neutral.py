"""neutral: a sentence (and the story's quotes) in; what keeps it out of a neutral roundup out.

Three things: loaded words (`lexicon.LOADED_WORDS`, words that carry an opinion or a strong
feeling), an opening that leans on the sentence before it (`lexicon.POINTING_BACK_OPENERS`, or a
quotation that starts the sentence with no speaker yet; a connective, `DROPPABLE_CONNECTIVES`,
does not when the statement after it has its own subject: it is shown without the connective,
`leans` / `drop_connective`), and distortion: a sentence holding a
quote whose wording differs from the wording the quote stage took as its reference (a spun or
mistranslated copy of what was said, when the original wording is in the story too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator import language
from generator.lexicon import LOADED_WORDS, POINTING_BACK_OPENERS
from generator.lexicon.story import DROPPABLE_CONNECTIVES
from generator.model import Fidelity, Story
from generator.text import alternation, words

# A sentence that opens with a pronoun or a connective ("He added", "But") leans on the sentence
# before it, which the summary does not show.
DANGLING_START = re.compile(rf"^[\"“‘']?\s*({alternation(POINTING_BACK_OPENERS)})\b", re.I)
# "But"/"And" alone, the others with their comma; the statement follows.
CONNECTIVE_START = re.compile(
    rf"^(?:(?:but|and)\b\s*,?|(?:{alternation(DROPPABLE_CONNECTIVES - {'but', 'and'})})\s*,)\s*",
    re.I)
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
FAITHFUL = frozenset({Fidelity.IDENTICAL, Fidelity.PUNCTUATION})


def out_of_context(text: str) -> bool:
    """Whether a sentence leans on the one before it: a pointing-back opener or a bare quote."""
    return text.lstrip().startswith(("“", '"', "‘")) or bool(DANGLING_START.match(text))


@lru_cache(maxsize=8_192)
def connective_droppable(text: str) -> bool:
    """Whether a sentence opens with a connective and the statement after it stands alone: it
    does not itself lean back, and the main verb's subject is a name or a noun phrase, not a
    pronoun or a demonstrative ("But the council voted", not "But it voted", "But this plan")."""
    start = CONNECTIVE_START.match(text)
    if not start or out_of_context(text[start.end():]):
        return False
    roots = [t for t in language.doc(text) if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    subjects = [c for c in roots[0].children if c.dep_ in SUBJECTS]
    return bool(subjects) and all(
        s.pos_ not in {"PRON", "DET"}
        and not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in s.children)
        for s in subjects)


def drop_connective(text: str) -> str:
    """The sentence without its opening connective, its first letter capitalised."""
    start = CONNECTIVE_START.match(text)
    if not start:
        return text
    rest = text[start.end():]
    return rest[:1].upper() + rest[1:]


def leans(text: str) -> bool:
    """Whether a sentence leans on the one before it even once a droppable connective goes."""
    return out_of_context(text) and not connective_droppable(text)


def loaded_words(text: str, common: frozenset[str] | None = None) -> int:
    """How many words of the text carry an opinion or a strong feeling; with `common` (words
    that several independent groups use), only those no other group uses: "killed" in every
    outlet's report is the event, "slaughtered" in one outlet's is its framing."""
    return sum(word.lower() in LOADED_WORDS and (common is None or word.lower() not in common)
               for word in words(text))


def distorted_sentences(story: Story) -> frozenset[str]:
    """Sentences holding a quote worded differently from its group's reference wording."""
    distorted: set[str] = set()
    for group in story.quote_groups:
        for variant in group.variants:
            if not variant.reference and variant.fidelity not in FAITHFUL:
                distorted.update(variant.sentence_ids)
    return frozenset(distorted)


def quoted_share(text: str) -> float:
    """The share of a sentence's characters inside quotation marks: a roundup reports what was
    said more than it quotes it."""
    inside, depth = 0, False
    for char in text:
        if char in "“”\"":
            depth = char != "”" and not (char == '"' and depth)
            continue
        inside += depth
    return inside / max(len(text), 1)
