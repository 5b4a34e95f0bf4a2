"""trim: a source's sentence in; the same sentence without its side parts, out.

A summary sentence is shown without what hangs off its statement: a bracketed aside ("(DOJ)",
"(R-Ohio)") and, after a comma at the end, a participle, an apposition, a relative or
adjectival phrase (", smashing the record set in May", ", a major win for the party", ", which
critics called reckless"). Those tails are where an outlet adds its comment to a shared
statement; the statement itself is what the sources confirm. Trimming only deletes: every word
left is the source's, in its order; the main verb, its subject and paired quotation marks stay,
and a cut that would break that is not made. Who said a statement stays (", officials said" is
its footing, not a side part), and so do clauses with their own subject (", as the senator
cemented ..."). Cuts read the language layer's parse (dependency labels and tags), so they hold
for any story.

In: a sentence text (its parse comes from the language layer's cache). Out: the trimmed text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from generator import language

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTE_MARKS = frozenset({"“", "”", '"', "‘"})
# What may hang off the end: a participle or other adverbial clause without its own subject
# (", citing officials"), a clause or phrase modifying a noun (", which ...", ", a win for ..."),
# an adjectival or bare noun phrase (", eager to ...", ", 25 years after ...").
TRAILING_DEPS = frozenset({"advcl", "acl", "appos", "relcl", "amod", "npadvmod"})
PARTICIPLES = frozenset({"VBG", "VBN"})
OWN_CLAUSE = frozenset({"mark", "nsubj", "nsubjpass"})


def brackets(doc: Doc) -> set[int]:
    """Tokens inside round or square brackets, the brackets too."""
    dropped: set[int] = set()
    opened: int | None = None
    for token in doc:
        if token.text in "([":
            opened = token.i
        elif token.text in ")]" and opened is not None:
            dropped.update(range(opened, token.i + 1))
            opened = None
    return dropped


def end_of_content(doc: Doc, dropped: set[int]) -> int:
    """Index of the last token kept before the closing punctuation and marks."""
    last = len(doc) - 1
    while last > 0 and (last in dropped or doc[last].is_punct and doc[last].text not in ")]"):
        last -= 1
    return last


def hanging(token: Token, root: Token) -> bool:
    """Whether a part set off by a comma only adds to the statement: a participle, an
    apposition, a relative or adjectival phrase on the main clause or one of its nouns; never
    the main verb, and never an adverbial clause with its own subject or conjunction."""
    if token.dep_ not in TRAILING_DEPS or token == root:
        return False
    if token.dep_ == "advcl":
        return token.tag_ in PARTICIPLES and not any(c.dep_ in OWN_CLAUSE for c in token.children)
    return True


def trailing(doc: Doc, root: Token, before: set[int]) -> set[int]:
    """The comma and the hanging part after it that runs to the end of what is kept."""
    end = end_of_content(doc, before)
    for token in doc[: end + 1]:
        start = token.left_edge.i
        if (start > 1 and doc[start - 1].text == "," and token.right_edge.i >= end
                and hanging(token, root)):
            return set(range(start - 1, end + 1))
    return set()


def whole(doc: Doc, dropped: set[int], root: Token) -> bool:
    """Whether what is kept is still a sentence: its main verb, a subject, quotation marks in
    pairs."""
    marks = sum(t.text in QUOTE_MARKS for t in doc if t.i not in dropped)
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i not in dropped
                  for c in root.children)
    return root.i not in dropped and subject and marks % 2 == 0


def rebuild(doc: Doc, dropped: set[int]) -> str:
    """The kept tokens with their own spacing; a space or a comma left before a mark goes."""
    kept = [t for t in doc if t.i not in dropped]
    text = ""
    for token, following in zip(kept, [*kept[1:], None], strict=True):
        if following is None:
            text += token.text
        elif following.i == token.i + 1:
            text += token.text_with_ws
        else:
            text += token.text + (token.whitespace_ or " ")
    for mark in (",", ".", ";", ":"):
        text = text.replace(" " + mark, mark)
    return text.replace(",.", ".").strip().lstrip("—–-: ")


@lru_cache(maxsize=8_192)
def trim(text: str) -> str:
    """The sentence without brackets and without a hanging part at its end; a cut that would
    leave no whole sentence is not made."""
    doc = language.doc(text)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return text  # two sentences in one, or none: left as written
    root = roots[0]
    dropped: set[int] = set()
    for cut in ("brackets", "trailing"):  # brackets first: the sentence's end can move
        more = (brackets(doc) if cut == "brackets" else trailing(doc, root, dropped)) - dropped
        if more and whole(doc, dropped | more, root):
            dropped |= more
    return rebuild(doc, dropped) if dropped else text
