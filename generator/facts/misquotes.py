"""Misquotes: the quote groups in, a "quote" discrepancy for each quotation whose wording an
outlet altered in a way that changes its meaning.

The quote stage rates each variant of a group against the group's reference wording (fidelity);
a variant rated "altered meaning" becomes a discrepancy when it is still close enough to the
reference to be the same quotation (a group that joined two different quotes of one speaker is
not a misquotation) and is not simply a shorter excerpt of the same words.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from generator import model
from generator.lexicon import NEGATIONS
from generator.model import Discrepancy, DiscrepancyKind, DiscrepancyValue, Fidelity, Severity, Span
from generator.settings import DEFAULT, FactSettings

QUOTE_WORD_RE = re.compile(r"[\w’']+")
ELLIPSIS_RE = re.compile(r"\.\s?\.\s?\.|…|\[[^\]]*\]|\([^)]*\)")
MARK_WORD_RE = re.compile(r"[\w’'-]+")
# Changed words named in a misquote's explanation; the evidence marks them all.
WHY_WORDS = 8


def _quote_words(text: str) -> str:
    return " ".join(QUOTE_WORD_RE.findall(text.lower()))


def excerpt_of(part: str, whole: str) -> bool:
    """Whether `part` is `whole` with words left out: every stretch between its ellipses (and
    bracketed insertions, "[you]") is in `whole`, in order. "we would be remiss … if we did
    not" is an excerpt of "we would be remiss in our duty if we did not"."""
    pieces = [_quote_words(piece) for piece in ELLIPSIS_RE.split(part)]
    target, at = _quote_words(whole), 0
    for piece in (p for p in pieces if p):
        found = target.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def meaning_changed(changed: tuple[str, ...]) -> bool:
    """Whether the changed words turn the statement round: a negation or a figure. A change of
    modal, quantifier or content word is a rewording whose meaning a reader can check in the
    evidence: shown at low severity, never high."""
    return any(w.lower() in NEGATIONS or w.lower().endswith("n't") or any(c.isdigit() for c in w)
               for w in changed)


def word_spans(text: str, start: int, end: int, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where `words` occur in `text[start:end]`, as offsets into `text`."""
    wanted = {w.lower() for w in words}
    return [
        (start + m.start(), start + m.end())
        for m in MARK_WORD_RE.finditer(text[start:end])
        if m.group().lower() in wanted
    ]


def _value(story: model.Story, quotes: dict[str, model.Quote],
           variant: model.QuoteVariant) -> DiscrepancyValue:
    spans = []
    for quote_id in variant.quote_ids:
        quote = quotes.get(quote_id)
        if quote is None:
            continue
        text = story.source(quote.source).text
        marks = word_spans(text, quote.start, quote.end, variant.changed)
        sentence_id = quote.sentence_ids[0] if quote.sentence_ids else ""
        for start, end in marks or [(quote.start, quote.start)]:
            spans.append(Span(source=quote.source, sentence_id=sentence_id, start=start,
                              end=end, text=text[start:end]))
    return DiscrepancyValue(value=variant.text, sources=variant.sources, evidence=tuple(spans))


def _misquote(story: model.Story, quotes: dict[str, model.Quote], group: model.QuoteGroup,
              similar_ratio: int) -> Discrepancy | None:
    reference = group.variants[0]
    similar = [v for v in group.variants
               if fuzz.ratio(v.text.lower(), reference.text.lower()) >= similar_ratio]
    ref_words = _quote_words(reference.text)
    # A shorter excerpt of the same words is a partial quote, not an altered one.
    altered = [v for v in similar if v.fidelity == Fidelity.ALTERED_MEANING
               and _quote_words(v.text) not in ref_words
               and ref_words not in _quote_words(v.text)
               and not excerpt_of(v.text, reference.text)
               and not excerpt_of(reference.text, v.text)]
    if not altered:
        return None
    serious = any(meaning_changed(v.changed) for v in altered)
    speaker = group.speaker or "an unnamed speaker"
    changed = sorted({w for v in altered for w in v.changed})
    return Discrepancy(
        id="", kind=DiscrepancyKind.QUOTE, severity=Severity.MEDIUM if serious else Severity.LOW,
        title=f"Quote by {speaker} worded differently",
        why=("the words inside the quotation marks differ, and a negation or a figure changes"
             if serious else "the words inside the quotation marks are worded differently; no "
             "negation or figure changes, so the meaning may be kept")
        + (f" (changed: {', '.join(changed[:WHY_WORDS])})" if changed else ""),
        values=tuple(_value(story, quotes, variant) for variant in similar), facts=(group.id,),
    )


def quote_discrepancies(story: model.Story,
                        settings: FactSettings = DEFAULT.facts) -> list[Discrepancy]:
    """One "quote" discrepancy per group with a variant that alters the meaning."""
    found = []
    quotes = {q.id: q for q in story.quotes}
    for group in story.quote_groups:
        if group.variants:
            misquote = _misquote(story, quotes, group, settings.quote_similar)
            if misquote is not None:
                found.append(misquote)
    return found
