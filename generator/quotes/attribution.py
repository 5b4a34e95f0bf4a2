"""Attribution: the reporting cues of each sentence, and the cue that goes with each quote.

In: a `Source`, its `RawQuote`s (`marks.py`) and the parse of each of its sentences (the
language layer). Out: the `Cue`s of every sentence (a speech verb and its subject, "according to
X", "as X put it") and, for each quote, the cue that attributes it, or None.

A cue is a token whose lemma is a speech verb of the lexicon ("said", "tweeted", "adding"),
a verb characterising someone's words ("accusing the group of ... “...”"), or an attribution
phrase ("according to"). Its speaker is the verb's subject in the dependency parse; a participle
or a second verb without a subject of its own ("He nodded, saying", "and added") takes the
subject of the verb it hangs from; a relative clause ("the mayor, who said") its antecedent.
Words inside quotation marks are never a cue of another quote.

A quote takes the cue that follows its closing mark when the cue starts right after it
('“...,” said X', '“...,” X, an aide, said'), else the last speech-verb cue before its opening
mark in the same sentence ("X said that “...”", the verb that is nearest wins: in "Lane said
that Doe noticed “...”" Doe speaks), else an "according to" before it, else a person or
organisation whose verb is inside the quote ("Mr. Roe, for his part, “made clear ...”").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.lexicon import (
    AFTER_QUOTE_VERBS,
    ATTRIBUTION_PHRASES,
    CHARACTERISING_VERBS,
    SPEECH_VERBS,
)
from generator.model import Source
from generator.quotes.marks import PARAGRAPH_GAP, RawQuote
from generator.quotes.mentions import NP_LEFT, Speaker, speaker_at
from generator.settings import QuoteSettings

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Doc, Token

CUE_VERBS = SPEECH_VERBS | CHARACTERISING_VERBS
PHRASES = tuple(tuple(phrase.split()) for phrase in sorted(ATTRIBUTION_PHRASES))
CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "ccomp"})  # verbs that borrow a subject
CLOSE_MARKS = frozenset({"”", '"', "»", "’", "'"})
AFTER_VERB_WORDS = 6  # "said committee ranking member Jane Doe": the name within six words
APPOSED = frozenset({"appos", "prep", "pobj", "compound", "amod", "poss", "case", "punct"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue of a sentence; offsets are characters into the source text."""

    at: int  # the cue word
    who: int  # the head of the speaker's noun phrase
    start: int  # the first character of the cue and its speaker
    speaker: Speaker
    verb: bool  # a verb ("said"), not a phrase ("according to")
    after_only: bool = False  # "continued", "went on": only right after a closing mark


def _infinitive_noun(token: Token) -> bool:
    """A speech verb after "to" that the small model read as a noun: "was quick to retort:"."""
    return (token.pos_ == "NOUN" and token.i > 0 and token.doc[token.i - 1].lower_ == "to"
            and token.lemma_.lower() in SPEECH_VERBS)


def _subject(verb: Token, depth: int = 0) -> Token | None:
    if _infinitive_noun(verb):
        # Its subject is the subject of the clause it hangs in ("Doe was quick to retort").
        for ancestor in list(verb.ancestors)[:4]:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return verb.head  # "the mayor, who said": the antecedent
            return child
    if depth < 3 and verb.dep_ in CLIMB and verb.head.i != verb.i:
        return _subject(verb.head, depth + 1)
    if depth == 0 and _inverted(verb):
        return _phrase_after(verb)
    if depth == 0 or _misread_verb(verb):
        return _phrase_before(verb)
    return None


def _inverted(verb: Token) -> bool:
    """'“...,” said Jane Doe': the verb right after a closing mark (and its comma)."""
    before = [t for t in verb.doc[max(0, verb.i - 2):verb.i]]
    return bool(before) and before[-1].is_punct and any(t.text in CLOSE_MARKS for t in before)


def _phrase_after(verb: Token) -> Token | None:
    """The name after an inverted speech verb the parser gave no subject ('“...,” said
    committee ranking member Jane Doe (D-Md.)'): the first proper noun run after the verb,
    its last word; words of time between them ("said Tuesday") are skipped."""
    doc = verb.doc
    for token in doc[verb.i + 1:verb.i + 1 + AFTER_VERB_WORDS]:
        if token.is_punct and token.text not in {".", "-"}:
            return None
        if token.pos_ == "PROPN" and token.ent_type_ not in {"DATE", "TIME", "NORP"}:
            end = token.i
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                end += 1
            return doc[end]
    return None


def _phrase_before(verb: Token) -> Token | None:
    """The noun phrase right before a verb the parser gave no subject ('published Thursday
    Jane Doe, the city's ambassador, said'): climb from the word before the verb through its
    apposition and modifiers to the noun they describe."""
    at = verb.i - 1
    while at >= 0 and verb.doc[at].is_punct:
        at -= 1
    if at < 0:
        return None
    token = verb.doc[at]
    while token.dep_ in APPOSED and token.head.i < token.i:
        token = token.head
    return token if token.pos_ in {"PROPN", "NOUN", "PRON"} else None


def _phrase_object(doc: Doc, i: int) -> Token | None:
    """The head of the noun phrase after an attribution phrase ending at token i."""
    for child in doc[i].children:
        if child.dep_ == "pobj":
            return child
    after = doc[i + 1:i + 12]
    nouns = [t for t in after if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return nouns[0] if nouns and nouns[0].head.i >= nouns[0].i else (
        nouns[-1] if nouns else None)


def _misread_verb(token: Token) -> bool:
    """A verb the small model tagged as a plural noun after a name: "Jane Doe pledges to"."""
    doc = token.doc
    return (token.tag_ == "NNS" and token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in {"to", "that", '"', "“", ".", ","})


def _verb_cue(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.pos_ not in {"VERB", "AUX"} and not _misread_verb(token) and not _infinitive_noun(
            token):
        return ""
    if lemma in CUE_VERBS:
        return token.text.lower()
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return "put it"
    if lemma == "continue" or (lemma == "go" and any(c.lower_ == "on" for c in token.children)):
        return token.text.lower()
    return ""


def cues_in(doc: Doc, offset: int) -> list[Cue]:
    """Every cue of one parsed sentence that starts at `offset` in its source's text."""
    found: list[Cue] = []
    lower = [t.lower_ for t in doc]
    for i, token in enumerate(doc):
        for phrase in PHRASES:
            if tuple(lower[i:i + len(phrase)]) == phrase:
                head = _phrase_object(doc, i + len(phrase) - 1)
                speaker = speaker_at(head, " ".join(phrase)) if head is not None else None
                if speaker is not None and head is not None:
                    found.append(Cue(at=offset + token.idx, who=offset + head.idx,
                                     start=offset + token.idx, speaker=speaker, verb=False))
        cue = _verb_cue(token)
        if not cue:
            continue
        subject = _subject(token)
        if subject is None:
            continue
        speaker = speaker_at(subject, cue)
        if speaker is None:
            continue
        first = min(token.i, subject.left_edge.i if subject.i < token.i else token.i)
        after_only = token.lemma_.lower() in AFTER_QUOTE_VERBS and token.lemma_.lower() not in (
            SPEECH_VERBS)
        found.append(Cue(at=offset + token.idx, who=offset + subject.idx,
                         start=offset + doc[first].idx, speaker=speaker, verb=True,
                         after_only=after_only))
    return found


# Cues of a sentence text with offsets from its start: reprints repeat the same sentences, so
# each distinct text is read once per story (the stage passes one memo for its whole run).
CueMemo = dict[str, list[Cue]]


def sentence_cues(doc: Doc, text: str, offset: int, memo: CueMemo) -> list[Cue]:
    """`cues_in` of the sentence `text` parsed as `doc`, memoised by its text."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = cues_in(doc, 0)
    if not offset:
        return list(found)
    return [replace(c, at=c.at + offset, who=c.who + offset, start=c.start + offset)
            for c in found]


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


def quote_cue(source: Source, raws: list[RawQuote], n: int, cues: list[list[Cue]],
              docs: list[Doc], settings: QuoteSettings) -> Cue | None:
    """The cue that attributes quote n (cues: per sentence, outside quotes), or None."""
    raw = raws[n]
    index = sentence_at(source, raw.open_mark)
    text = source.text
    previous = max((r.close_mark for r in raws[:n] if r.close_mark < raw.open_mark), default=-1)
    # "X said: “...”", "as X put it, “...”": a verb cue that ends right before the opening mark.
    right_before = [c for c in cues[index] if c.verb and not c.after_only
                    and previous < c.start and max(c.at, c.who) < raw.open_mark
                    and _gap_words(_tail(text, max(c.at, c.who), raw.open_mark))
                    <= settings.after_cue_gap_words]
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
    for index in (first, first + 1):
        if index >= len(source.sentences):
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


def subject_of_quote(source: Source, raw: RawQuote, doc: Doc, previous: int) -> Speaker | None:
    """A name before the opening mark whose verb is inside the quote: 'Roe, for his part, “made
    clear ...”' (`previous`: where the text before the quote starts)."""
    offset = source.sentences[sentence_at(source, raw.open_mark)].start
    for token in doc:
        at = offset + token.idx
        if not previous <= at < raw.open_mark or token.dep_ != "nsubj":
            continue
        if raw.start <= offset + token.head.idx < raw.end:
            speaker = speaker_at(token, "")
            if speaker is not None and speaker.kind in {"name", "organisation"}:
                return speaker
    return None


def attribute(source: Source, raws: list[RawQuote], docs: list[Doc], settings: QuoteSettings,
              memo: CueMemo | None = None) -> tuple[list[Speaker | None], list[list[Cue]]]:
    """Each quote's cue speaker (None when its sentence has none), and every sentence's cues."""
    memo = {} if memo is None else memo
    cues = [outside_quotes(sentence_cues(doc, sentence.text, sentence.start, memo), raws)
            for doc, sentence in zip(docs, source.sentences, strict=True)]
    found: list[Speaker | None] = []
    for n, raw in enumerate(raws):
        cue = quote_cue(source, raws, n, cues, docs, settings)
        if cue is not None:
            found.append(cue.speaker)
            continue
        after = phrase_after(source, raw, docs) or name_colon(source, raw, docs)
        if after is not None:
            found.append(after)
            continue
        index = sentence_at(source, raw.open_mark)
        previous = max((r.close_mark for r in raws[:n]
                        if source.sentences[index].start <= r.close_mark < raw.open_mark),
                       default=source.sentences[index].start - 1)
        found.append(subject_of_quote(source, raw, docs[index], previous + 1))
    return found, cues
