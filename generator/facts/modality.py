"""Modality: a sentence's parse in, the certainty and negation of its verbs out.

Two facts about a statement itself rather than its values: its **certainty**, read from each
modal verb (tag MD in the parse: "will"/"would" state, "could"/"may"/"might" allow, "should"
expects; the words are `lexicon.MODAL_CERTAINTY`), and its **negation** (a token the parser
attaches to its verb as `neg`: "not", "n't", "never"). Both are tied to the verb they govern, by
its lemma, so that "would lead" and "may lead" compare as the same statement made with two
certainties.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import language
from generator.lexicon import MODAL_CERTAINTY
from generator.model import Certainty, FactKind

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Doc, Token

# Modals whose negation turns an allowance into a statement: "cannot" rules out, it does not
# allow ("can" alone is possible, "can't" definite).
NEGATION_STATES = frozenset({"can", "ca"})


@dataclass(frozen=True, slots=True)
class Modality:
    """A certainty or negation fact of a sentence, offsets relative to the sentence."""

    kind: FactKind  # certainty | negation
    start: int
    end: int
    value: str  # Certainty for a modal; "not" for a negation
    verb: str  # the lemma of the verb it governs
    written: str  # the modal or negation as written ("won't", "could", "never")


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _written(token: Token) -> tuple[int, int, str]:
    """The modal as written, with a negation glued to it ("won't", "cannot")."""
    end = token.idx + len(token.text)
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and not token.whitespace_ and nxt.dep_ == "neg":
        end = nxt.idx + len(nxt.text)
    return token.idx, end, token.doc.text[token.idx : end]


def certainty(token: Token) -> Certainty | None:
    """The certainty a modal token gives its verb; None for a token that is not a modal."""
    if token.tag_ != "MD":
        return None
    word = token.lower_.rstrip("'’")
    value = MODAL_CERTAINTY.get(word)
    if value is None:
        return None
    if word in NEGATION_STATES and _negated(token.head):
        return Certainty.DEFINITE
    return Certainty(value)


def modalities(doc: Doc) -> list[Modality]:
    """The certainty of each modal verb and each negation of a parsed sentence, in order."""
    found: list[Modality] = []
    for token in doc:
        value = certainty(token)
        if value is not None:
            start, end, written = _written(token)
            found.append(Modality(FactKind.CERTAINTY, start, end, value,
                                  token.head.lemma_.lower(), written.lower()))
        elif token.dep_ == "neg":
            found.append(Modality(FactKind.NEGATION, token.idx, token.idx + len(token.text),
                                  "not", token.head.lemma_.lower(), token.lower_))
    return found


def lemmas(text: str) -> frozenset[str]:
    """The lemmas of a sentence's words (to find a negated verb in the other sentence)."""
    return frozenset(token.lemma_.lower() for token in language.doc(text))
