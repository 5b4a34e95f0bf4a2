"""Quotes: every direct quotation in every source, with who said it, grouped across outlets.

In: a `Story` with segmented sources (their sentences parsed by the language stage). Out: the
story with `quotes` (one `Quote` per quotation, ids `"{source}:q{n}"`, offsets into
`Source.text`, the speaker's canonical name), `quote_groups` (the same statement as each outlet
worded it) and `entities` (the people and organisations the story names, one record each).

A quote's data goes through the stage once, forward; each module imports only earlier ones:

1. `marks.py`: the quoted stretches of each source, read mark by mark;
2. `names.py`, `mentions.py`: who a noun phrase of a parsed sentence names;
3. `attribution.py`: the cues of each sentence ("X said", "according to X") and each quote's;
4. `gender.py`: what the text (or a given name) says about each person's gender;
5. `speakers.py`: the fallbacks ("he said" in the next sentence) and references back resolved;
6. `people.py`: one name per person across sources, and the entities;
7. `fidelity.py`, `groups.py`: the same statement across outlets, and each wording's fidelity.

Quotes of one to three words that are capitalised like a title, or that no cue in their sentence
attributes, are kept as `kind="term"` (scare quotes, names of shows) and left out of the groups.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator import language
from generator.model import Quote, QuoteKind, Source, SpeakerKind, Story
from generator.quotes.attribution import attribute, sentence_at
from generator.quotes.cues import Cue, CueMemo
from generator.quotes.gender import PRONOUN_GENDER, gender_evidence
from generator.quotes.groups import group_quotes
from generator.quotes.marks import RawQuote, find_quotes, quote_text
from generator.quotes.mentions import Speaker, organisations_in, people_in
from generator.quotes.namesakes import timeline
from generator.quotes.people import (
    Observed,
    People,
    canonical_people,
    given_gender,
    person_entities,
)
from generator.quotes.speakers import RESOLVED, Context, resolve_source, source_mentions
from generator.settings import DEFAULT, QuoteSettings, Settings
from generator.text import words

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Read:
    """One source as the first steps read it."""

    source: Source
    docs: list[Doc]
    raws: list[RawQuote]
    cues: list[Speaker | None]
    hows: list[str]  # how each cue speaker was found (`attribution.attribute`)
    sentence_cues: list[list[Cue]]
    named: list[list[tuple[int, Speaker, bool]]]


def _read(story: Story, settings: QuoteSettings) -> list[Read]:
    texts = [sentence.text for source in story.sources for sentence in source.sentences]
    docs = language.parse(texts)  # parsed once by the language stage: this reads its cache
    reads, at = [], 0
    # Reprints repeat sentences word for word: what a sentence says on its own (its cues, the
    # people it names) is read once per distinct text.
    cue_memo: CueMemo = {}
    people_memo: dict[str, list[tuple[int, Speaker, bool]]] = {}
    for source in story.sources:
        mine = docs[at : at + len(source.sentences)]
        at += len(source.sentences)
        raws = find_quotes(source, settings)
        cues, sentence_cues, hows = attribute(source, raws, mine, settings, cue_memo)
        named = []
        for sentence, doc in zip(source.sentences, mine, strict=True):
            if sentence.text not in people_memo:
                people_memo[sentence.text] = people_in(doc, settings.max_name_tokens)
            named.append(people_memo[sentence.text])
        reads.append(
            Read(
                source=source,
                docs=mine,
                raws=raws,
                cues=cues,
                hows=hows,
                sentence_cues=sentence_cues,
                named=named,
            )
        )
    return reads


def extract_quotes(story: Story, settings: Settings = DEFAULT) -> Story:
    config = settings.quotes
    reads = _read(story, config)
    genders = gender_evidence(
        (doc for r in reads for doc in r.docs),
        (p for r in reads for named in r.named for _, p, _ in named),
    )
    resolved = []
    for r in reads:
        context = Context(
            source=r.source,
            raws=r.raws,
            cues=r.cues,
            hows=r.hows,
            sentence_cues=r.sentence_cues,
            genders=genders,
            settings=config,
            docs=tuple(r.docs),
        )
        resolved.append(
            resolve_source(context, source_mentions(r.source, r.sentence_cues, r.named))
        )
    people = canonical_people(_observed(reads, resolved), config)
    quotes: list[Quote] = []
    for r, (speakers, hows) in zip(reads, resolved, strict=True):
        quotes.extend(_quotes(story, r, speakers, hows, people, config))
    found = tuple(quotes)
    memo: dict[str, list[str]] = {}
    organisations: list[tuple[str, str, str]] = []
    for r in reads:
        for sentence, doc in zip(r.source.sentences, r.docs, strict=True):
            if sentence.text not in memo:
                memo[sentence.text] = organisations_in(doc)
            organisations.extend((r.source.id, sentence.id, name) for name in memo[sentence.text])
    return replace(
        story,
        quotes=found,
        quote_groups=group_quotes(story, found, config),
        entities=person_entities(story, people, found, organisations, config.surname_similarity),
    )


def _observed(
    reads: list[Read], resolved: list[tuple[list[Speaker | None], list[str]]]
) -> list[Observed]:
    """Every person form: quote speakers first, then the persons and cue subjects named."""
    observed: list[Observed] = [
        (r.source.id, "", speaker)
        for r, (speakers, _) in zip(reads, resolved, strict=True)
        for speaker in speakers
        if speaker is not None
    ]
    for r in reads:
        for sentence, named, cues in zip(r.source.sentences, r.named, r.sentence_cues, strict=True):
            observed.extend((r.source.id, sentence.id, cue.speaker) for cue in cues)
            observed.extend((r.source.id, sentence.id, person) for _, person, _ in named)
    return observed


def _quotes(
    story: Story,
    r: Read,
    speakers: list[Speaker | None],
    hows: list[str],
    people: People,
    settings: QuoteSettings,
) -> list[Quote]:
    source = r.source
    quotes = []
    names = _names(r, speakers, hows, people, settings.surname_similarity)
    for n, raw in enumerate(r.raws):
        speaker = speakers[n]
        body = quote_text(source, raw)
        sentence_ids = tuple(
            s.id for s in source.sentences if s.start < raw.end and s.end > raw.start
        )
        if not sentence_ids and source.sentences:
            sentence_ids = (source.sentences[sentence_at(source, raw.start)].id,)
        first = story.sentence(sentence_ids[0]).start if sentence_ids else raw.open_mark
        name = names[n]
        if (
            speaker is not None
            and speaker.kind == "organisation"
            and people.person_of(speaker, settings.surname_similarity) is not None
        ):
            speaker = replace(speaker, kind="name")
        quotes.append(
            Quote(
                id=f"{source.id}:q{n}",
                source=source.id,
                sentence_ids=sentence_ids,
                start=raw.start,
                end=raw.end,
                text=body,
                speaker=name,
                speaker_mention=speaker.mention if speaker is not None else "",
                cue=speaker.cue if speaker is not None else "",
                partial=_is_partial(source, raw, body, first),
                # A namesake left unknown keeps the kind its one-word name gave.
                kind=_kind(body, name or (speaker.name if speaker else ""),
                           r.cues[n] is not None, settings),
                speaker_kind=SpeakerKind(speaker.kind) if speaker is not None and name
                else SpeakerKind.UNKNOWN,
                attribution=hows[n],
                left_open=raw.close_mark < 0,
            )
        )
    return quotes


def _names(r: Read, speakers: list[Speaker | None], hows: list[str], people: People,
           similarity: int) -> list[str]:
    """Each quote's canonical speaker; a one-word name two people share goes to the one of them
    the source named or quoted last before the quote, else to no one (`namesakes.py`)."""
    names = [people.name_of(s, similarity) if s else "" for s in speakers]
    sakes = [people.namesakes(s, similarity) if s else () for s in speakers]
    if not any(sakes):
        return names
    line = timeline(r.source, r.named, r.raws, people)
    ids = {id(p): i for i, p in enumerate(people.persons)}
    for n, raw in enumerate(r.raws):
        speaker = speakers[n]
        if sakes[n]:
            chosen = _by_pronoun(hows[n], sakes[n], people)
            chosen = line.last_of(raw.start, sakes[n]) if chosen is None else chosen
            names[n] = people.persons[chosen].name if chosen is not None else ""
            if chosen is not None:
                line.add(raw.start, chosen)
        elif speaker is not None and (person := people.person_of(speaker, similarity)):
            line.add(raw.start, ids[id(person)])
    return names


def _by_pronoun(how: str, sakes: tuple[int, ...], people: People) -> int | None:
    """Of a family's people, the one a resolved "he" or "she" can be when only one can: "she"
    resolved to a lone "Doe" is Jane Doe, not the John Doe named last (by given name)."""
    said = how.lower()
    gender = next((g for p, g in PRONOUN_GENDER.items() if RESOLVED.format(p) in said), "")
    if not gender:
        return None
    fits = [i for i in sakes if given_gender(people.persons[i]) == gender]
    return fits[0] if len(fits) == 1 else None


def _is_partial(source: Source, raw: RawQuote, body: str, sentence_start: int) -> bool:
    """A quote that is a fragment of a sentence: 'a “complete rupture” of relations'."""
    first = next((ch for ch in body if ch.isalpha()), "")
    if first.islower():
        return True
    lead = source.text[sentence_start : raw.open_mark].strip()
    return bool(lead) and lead[-1] not in ",:—–-"


def _kind(body: str, speaker: str, cued: bool, settings: QuoteSettings) -> QuoteKind:
    """ "quote", or "term": one word, or 2-3 words capitalised like a title or with no cue of
    their own in the sentence.

    A short quote with its own cue ("the board was “very pleased”, Mr. X said") stays a quote.
    """
    tokens = words(body)
    if len(tokens) > settings.term_max_words:
        return QuoteKind.QUOTE
    if len(tokens) <= 1:
        # A scare-quoted word ("aggressive") is the outlet's word as much as theirs.
        return QuoteKind.TERM
    titled = all(t[:1].isupper() or not t[:1].isalpha() for t in tokens)
    return QuoteKind.TERM if titled or not speaker or not cued else QuoteKind.QUOTE
