"""Attribution: the cue that goes with each quote.

In: a `Source`, its `RawQuote`s (`marks.py`) and the parse of each of its sentences (the
language layer). Out: the `Cue`s of every sentence (`cues.py`, memoised by sentence text) and,
for each quote, the cue that attributes it, or None. Words inside quotation marks are never a
cue of another quote; a surname guessed from a capitalised common noun ("Doe responded") stands
only if the source names that person elsewhere.

A quote takes the cue that follows its closing mark when the cue starts right after it
('“...,” said X', '“...,” X, an aide, said'), else the last speech-verb cue before its opening
mark in the same sentence ("X said that “...”", the verb that is nearest wins: in "Lane said
that Doe noticed “...”" Doe speaks), else an "according to" before it, else a person or
organisation whose verb is inside the quote ("Mr. Roe, for his part, “made clear ...”").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.model import Source
from generator.quotes.cues import Cue, CueMemo, sentence_cues
from generator.quotes.marks import PARAGRAPH_GAP, RawQuote
from generator.quotes.mentions import NP_LEFT, Speaker, speaker_at
from generator.quotes.names import fold_name
from generator.settings import QuoteSettings

# Who a clause before a colon can name as the speaker ("Critics said:" a description).
SPEAKING_KINDS = frozenset({"name", "organisation", "description", "pronoun"})
# How a quote's speaker was found, as the quote table's `attribution` says it.
IN_SENTENCE = "cue in the sentence"
COLON_LEAD = "announced before a colon"
SIGNATURE = "signed in the next paragraph"
DASHES = ("—", "–", "-")  # a line that signs a quote: '— Jane Doe'
# Dependencies of a clause that hangs from another verb (a report, a reason, a relative clause).
REPORTED_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Doc, Token


def sentence_at(source: Source, offset: int) -> int:
    for i, sentence in enumerate(source.sentences):
        if sentence.start <= offset < sentence.end + 1:
            return i
    return max(0, len(source.sentences) - 1)


def paragraph_at(source: Source, offset: int) -> int:
    return source.text.count(PARAGRAPH_GAP, 0, offset)


def outside_quotes(cues: list[Cue], raws: list[RawQuote]) -> list[Cue]:
    """The cues that are not quoted words themselves."""
    return [c for c in cues
            if not any(r.start <= c.at < r.end or r.start <= c.who < r.end for r in raws)]


def _tail(text: str, word: int, end: int) -> str:
    """The text after the word starting at `word`, up to `end`."""
    space = text.find(" ", word, end)
    return text[space:end] if space >= 0 else ""


def _gap_words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def governing_cue(doc: Doc, offset: int, raw: RawQuote, cues: list[Cue]) -> Cue | None:
    """The cue verb the quoted words hang from in the parse: in "Lane said Doe noticed “...”"
    the quote is the object of "noticed", so Doe speaks; in '“...,” he said' of "said"."""
    by_word = {c.at: c for c in cues if c.verb and not c.after_only}
    inside = [t for t in doc if raw.start <= offset + t.idx < raw.end]
    for token in inside:
        if raw.start <= offset + token.head.idx < raw.end and token.head.i != token.i:
            continue  # not the root of the quoted words
        for ancestor in token.ancestors:
            cue = by_word.get(offset + ancestor.idx)
            if cue is not None:
                return cue
    return None


def _colon_before(text: str, cue: Cue, raw: RawQuote) -> bool:
    """'Doe continued: “...”': a verb that speaks only after a quote also speaks before a colon
    that ends right at the opening mark."""
    between = text[max(cue.at, cue.who):raw.open_mark].strip()
    return between.endswith(":") and " " not in between


def quote_cue(source: Source, raws: list[RawQuote], n: int, cues: list[list[Cue]],
              docs: list[Doc], settings: QuoteSettings) -> Cue | None:
    """The cue that attributes quote n (cues: per sentence, outside quotes), or None."""
    raw = raws[n]
    index = sentence_at(source, raw.open_mark)
    text = source.text
    previous = max((r.close_mark for r in raws[:n] if r.close_mark < raw.open_mark), default=-1)
    # "X said: “...”", "as X put it, “...”": a verb cue that ends right before the opening mark.
    # The cue word after the previous quote, whatever its subject ('Doe called it a “...,”
    # adding: “...”' borrows Doe from before the first quote).
    right_before = [c for c in cues[index] if c.verb and previous < c.at
                    and max(c.at, c.who) < raw.open_mark
                    and _gap_words(_tail(text, max(c.at, c.who), raw.open_mark))
                    <= settings.after_cue_gap_words
                    and (not c.after_only or _colon_before(text, c, raw))]
    if right_before:
        return max(right_before, key=lambda c: max(c.at, c.who))
    after = _cue_after(source, raws, n, cues, settings)
    opens = not text[source.sentences[index].start:raw.open_mark].strip(" “\"'‘")
    if after is not None and opens:
        # '“...,” Doe said, after Roe said she had ...': the cue right after a quote that opens
        # its sentence is its own, whatever the parser hung the quoted words from.
        return after
    governing = governing_cue(docs[index], source.sentences[index].start, raw, cues[index])
    if governing is not None:
        return governing
    return after if after is not None else _cue_before(source, raws, n, cues)


def _cue_after(source: Source, raws: list[RawQuote], n: int, cues: list[list[Cue]],
               settings: QuoteSettings) -> Cue | None:
    """The cue that starts right after quote n's closing mark ('”, she said'), or None."""
    raw, text = raws[n], source.text
    if raw.close_mark < 0:
        return None
    limit = raws[n + 1].open_mark if n + 1 < len(raws) else len(text)
    gap = text.find(PARAGRAPH_GAP, raw.close_mark)
    limit = min(limit, gap) if gap >= 0 else limit
    first = sentence_at(source, raw.close_mark)
    led = text[:raw.open_mark].rstrip().endswith(":")
    for index in (first, first + 1):
        if index >= len(source.sentences) or (index > first and led):
            # 'Doe fired back: “...” He added that ...': a quote a colon announces ends at its
            # sentence; the next sentence's cue is a new statement, not this quote's.
            break
        after = [c for c in cues[index] if raw.close_mark < c.start < limit
                 and _gap_words(text[raw.close_mark + 1:c.start])
                 <= settings.after_cue_gap_words]
        if after:
            return min(after, key=lambda c: c.start)
    return None


def phrase_after(source: Source, raw: RawQuote, docs: list[Doc]) -> Speaker | None:
    """A person or description right after the closing mark, with no verb: machine-mangled
    copy drops it ('“...,” the senior official on a call with reporters.')."""
    if raw.close_mark < 0:
        return None
    index = sentence_at(source, raw.close_mark)
    offset = source.sentences[index].start
    after = [t for t in docs[index] if offset + t.idx > raw.close_mark and not t.is_punct]
    if not after:
        return None
    head = after[0]
    while head.dep_ in NP_LEFT and head.head.i > head.i:
        head = head.head
    if head.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "PRON"}
                                    for c in head.head.children):
        return None  # '“...,” Roe quoted Doe as saying': the verb's object may be the speaker
    speaker = speaker_at(head, "")
    return speaker if speaker is not None and speaker.kind in {"name", "description"} else None


def name_colon(source: Source, raw: RawQuote, docs: list[Doc]) -> Speaker | None:
    """A name and a colon right before the opening mark, with no verb: 'More from Jane Doe:
    “...”', 'Continued Doe: “...”' (a person or organisation entity of the model, nothing else)."""
    index = sentence_at(source, raw.open_mark)
    offset = source.sentences[index].start
    before = [t for t in docs[index] if offset + t.idx < raw.open_mark and not t.is_space]
    if len(before) < 2 or before[-1].text != ":":
        return None
    head = before[-2]
    if head.pos_ != "PROPN" or head.ent_type_ not in {"PERSON", "ORG"}:
        return None
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "Jane Doe and John Roe:": the first author, as bylines are read
    if head.dep_ == "pobj" and head.head.lower_ != "from":
        return None  # "with Doe:", "on the network:" name who was addressed, not who speaks
    speaker = speaker_at(head, ":")
    return speaker if speaker is not None and speaker.kind in {"name", "organisation"} else None


def _cue_before(source: Source, raws: list[RawQuote], n: int,
                cues: list[list[Cue]]) -> Cue | None:
    raw = raws[n]
    index = sentence_at(source, raw.open_mark)
    sentence = source.sentences[index]
    previous = max((r.close_mark for r in raws[:n]
                    if sentence.start <= r.close_mark < raw.open_mark), default=-1)
    before = [c for c in cues[index] if previous < c.at < raw.open_mark and not c.after_only
              and c.start >= previous]
    verbs = [c for c in before if c.verb]
    if verbs:
        return max(verbs, key=lambda c: c.at)
    if before:
        return max(before, key=lambda c: c.at)
    return None


def _addressed(doc: Doc, colon: int) -> bool:
    """The last verb before the colon has a person it was done with ("spoke with Doe:", "met
    with them:"): a conversation, not one speaker's words ("a message to Doe:" is the
    subject's)."""
    verb = next((t for t in reversed(doc[:colon]) if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.pos_ in {"PROPN", "PRON"} for g in c.children)
        for c in verb.children)


def colon_lead(source: Source, raws: list[RawQuote], n: int, cues: list[list[Cue]],
               docs: list[Doc]) -> Speaker | None:
    """Who speaks in a clause that ends with a colon right before the opening mark, in the same
    paragraph or closing the paragraph before: 'Doe issued the following statement:', 'Stated
    Doe:', 'Doe, visibly tired, responded:' (the nearest cue before the colon, else the subject
    of the clause's main verb, else a name that is the clause itself)."""
    raw, text = raws[n], source.text
    colon = len(text[:raw.open_mark].rstrip()) - 1
    previous = max((r.close_mark for r in raws[:n] if r.close_mark < raw.open_mark), default=-1)
    if colon < 0 or text[colon] != ":" or colon <= previous or (
            text.count(PARAGRAPH_GAP, colon, raw.open_mark) > 1):
        return None
    index = sentence_at(source, colon)
    sentence = source.sentences[index]
    before = [c for c in cues[index] if previous < c.start and max(c.at, c.who) < colon]
    if before:
        return max(before, key=lambda c: c.at).speaker
    doc = docs[index]
    at = next((t for t in doc if sentence.start + t.idx == colon), None)
    if at is None or sentence.start + doc[0].idx <= previous:
        return None
    root = doc[max(at.i - 1, 0)]
    while root.head.i < at.i and root.head.i != root.i:
        root = root.head  # the clause before the colon: "Doe apologized for the delay:"
    if root.pos_ == "PROPN" and root.dep_ == "ROOT":
        speaker = speaker_at(root, ":")  # "Stated Doe:" (the parser reads one noun phrase)
        return speaker if speaker is not None and speaker.kind == "name" else None
    if _addressed(doc, at.i):
        return None
    # The verb the colon ends ("with Doe shouting:"), else the main clause before the colon.
    verbs = [v for v in (at.head, root) if v.i < at.i and v.pos_ in {"VERB", "AUX"}]
    found = (speaker_at(c, ":") for v in verbs for c in v.children if c.dep_ == "nsubj")
    speaker = next((f for f in found if f is not None), None)
    if speaker is None or speaker.mention.isupper():
        return None  # "TURNOUT FALLS - Doe:": a headline's capitals
    return speaker if speaker.kind in SPEAKING_KINDS else None


def signature_after(source: Source, raw: RawQuote, docs: list[Doc],
                    settings: QuoteSettings) -> Speaker | None:
    """A short paragraph with no verb right after a paragraph that ends with the quote, giving
    a name: '— Jane Doe.', 'Jane Doe, mayor of Springfield.' (letters, statements, epigraphs)."""
    text = source.text
    gap = text.find(PARAGRAPH_GAP, raw.close_mark) if raw.close_mark >= 0 else -1
    start = text.rfind(PARAGRAPH_GAP, 0, raw.open_mark)
    if gap < 0 or any(ch.isalnum() for ch in text[raw.close_mark + 1:gap]) or (
            text[max(start, 0):raw.open_mark].strip()):
        return None  # the quote must fill its paragraph
    index = sentence_at(source, gap + len(PARAGRAPH_GAP))
    sentence = source.sentences[index]
    end = text.find(PARAGRAPH_GAP, sentence.start)
    end = len(text) if end < 0 else end
    if sentence.start < gap or sentence.end < end - 1 or (
            _gap_words(text[sentence.start:end]) > settings.signature_words):
        return None
    line = text[sentence.start:end].strip()
    signed = line.startswith(DASHES) or ("," in line and not line.isupper())
    words = [t for t in docs[index] if not t.is_punct]
    if not words or not signed or line.endswith(":") or any(
            t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    head = words[0]
    while head.dep_ in NP_LEFT | {"flat"} and head.head.i > head.i:
        head = head.head
    speaker = speaker_at(head, "")
    return speaker if speaker is not None and speaker.kind in {"name", "organisation"} else None


def _reported_by_someone(verb: Token) -> bool:
    """The clause of `verb` hangs from a verb whose subject is a person or a pronoun."""
    if verb.dep_ not in REPORTED_CLAUSES or verb.head.i == verb.i:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "PRON"} for c in verb.head.children)


def subject_of_quote(source: Source, raw: RawQuote, doc: Doc, previous: int) -> Speaker | None:
    """A name before the opening mark whose verb is inside the quote: 'Roe, for his part, “made
    clear ...”' (`previous`: where the text before the quote starts)."""
    offset = source.sentences[sentence_at(source, raw.open_mark)].start
    for token in doc:
        at = offset + token.idx
        if not previous <= at < raw.open_mark or token.dep_ != "nsubj":
            continue
        if raw.start <= offset + token.head.idx < raw.end:
            if _reported_by_someone(token.head):
                # 'Roe sniped that Doe was “learning on the job”': a clause another person's
                # verb reports; its subject is who the words are about. ("The resolution said
                # the union would “...”" keeps the union: a document reports its author's words.)
                continue
            speaker = speaker_at(token, "")
            if speaker is not None and speaker.kind in {"name", "organisation"}:
                return speaker
    return None


def attribute(source: Source, raws: list[RawQuote], docs: list[Doc], settings: QuoteSettings,
              memo: CueMemo | None = None
              ) -> tuple[list[Speaker | None], list[list[Cue]], list[str]]:
    """Each quote's cue speaker (None when its sentence has none), every sentence's cues, and
    how each speaker was found."""
    if not all(doc.has_annotation("DEP") for doc in docs):
        # A source in another language has tokens only (`language.py`): no English parse to
        # read a speaker from, and walking an unparsed doc's trees is not safe in spaCy.
        return [None] * len(raws), [[] for _ in docs], [IN_SENTENCE] * len(raws)
    memo = {} if memo is None else memo
    cues = [outside_quotes(sentence_cues(doc, sentence.text, sentence.start, memo), raws)
            for doc, sentence in zip(docs, source.sentences, strict=True)]
    if any(c.speaker.guessed for found in cues for c in found):
        # A guessed surname ("Doe responded") stands only if the source names Doe elsewhere.
        known = {fold_name(word) for doc in docs for entity in doc.ents
                 if entity.label_ == "PERSON" for word in entity.text.split()}
        cues = [[c for c in found if not c.speaker.guessed or fold_name(c.speaker.name) in known]
                for found in cues]
    found: list[Speaker | None] = []
    hows: list[str] = []
    for n, raw in enumerate(raws):
        cue = quote_cue(source, raws, n, cues, docs, settings)
        speaker = cue.speaker if cue is not None else (
            phrase_after(source, raw, docs) or name_colon(source, raw, docs))
        how = IN_SENTENCE
        if speaker is None:
            speaker, how = colon_lead(source, raws, n, cues, docs), COLON_LEAD
        if speaker is None:
            speaker, how = signature_after(source, raw, docs, settings), SIGNATURE
        if speaker is None:
            index = sentence_at(source, raw.open_mark)
            previous = max((r.close_mark for r in raws[:n]
                            if source.sentences[index].start <= r.close_mark < raw.open_mark),
                           default=source.sentences[index].start - 1)
            speaker, how = subject_of_quote(source, raw, docs[index], previous + 1), IN_SENTENCE
        found.append(speaker)
        hows.append(how)
    return found, cues, hows
