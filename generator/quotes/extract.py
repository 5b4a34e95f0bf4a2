"""Quotes: every direct quotation in every source, with who said it, grouped across outlets.

In: a `Story` with segmented sources. Out: the story with `quotes` (one `Quote` per quotation,
ids `"{source}:q{n}"`, offsets into `Source.text`, the speaker's canonical name), `quote_groups`
(the same statement as each outlet worded it, see `quote_groups.py`) and the people who speak
(`entities`, merged across sources by `entities.py`).

Quotation marks are read with a small state machine per paragraph rather than a regex pair,
because machine-translated copy leaves marks unbalanced, doubled or pointing the wrong way: an
opening mark while a quote is open closes it and opens the next one; a closing mark with no open
quote is a stray and is skipped; an opening mark at the very end of a paragraph is a closing one;
a quote left open at the end of a paragraph continues when the next paragraph starts with an
opening mark (the print convention for multi-paragraph quotes) and otherwise ends there.
Single marks count only when they pair up as a quotation, so apostrophes (Obama's, ’90s,
rock ’n’ roll) never open a quote. Quotes of one to three words that are capitalised like a title,
or that no cue in their sentence attributes, are kept as `kind="term"` (scare quotes, names of
shows) and left out of the quote groups.
"""

from __future__ import annotations

from dataclasses import replace

from generator.quotes.attribution import attribute, resolve_source, sentence_at
from generator.quotes.people import canonical_people, person_entities
from generator.quotes.gender import gender_evidence
from generator.quotes.marks import RawQuote, find_quotes, quote_text
from generator.model import Quote, Source, Story
from generator.settings import DEFAULT, Settings
from generator.quotes.groups import group_quotes
from generator.quotes.speakers import Speaker
from generator.text import words

TERM_MAX_WORDS = 3  # the rule: one to three words can be a term (scare quote, title)


def extract_quotes(story: Story, settings: Settings = DEFAULT) -> Story:
    per_source: list[tuple[Source, list[RawQuote], list[Speaker | None], list[str], list[bool]]]
    per_source = []
    genders = gender_evidence(source.text for source in story.sources)
    for source in story.sources:
        raws = find_quotes(source)
        cues = attribute(source, raws)
        speakers, hows = resolve_source(source, raws, cues, genders)
        per_source.append((source, raws, speakers, hows, [c is not None for c in cues]))
    people = canonical_people(story, [(s.id, sp) for s, _, sps, _, _ in per_source for sp in sps
                                      if sp is not None])
    quotes: list[Quote] = []
    for source, raws, speakers, hows, cued in per_source:
        for n, raw in enumerate(raws):
            speaker = speakers[n]
            body = quote_text(source, raw)
            sentence_ids = tuple(s.id for s in source.sentences
                                 if s.start < raw.end and s.end > raw.start)
            if not sentence_ids and source.sentences:
                sentence_ids = (source.sentences[sentence_at(source, raw.start)].id,)
            first = story.sentence(sentence_ids[0]).start if sentence_ids else raw.open_mark
            name = people.name_of(speaker) if speaker is not None else ""
            quotes.append(Quote(
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
                kind=_kind(body, name, cued[n]),
                speaker_kind=speaker.kind if speaker is not None and name else "",
                attribution=hows[n],
                left_open=raw.close_mark < 0,
            ))
    found = tuple(quotes)
    return replace(
        story,
        quotes=found,
        quote_groups=group_quotes(story, found),
        entities=person_entities(story, people, found),
    )


def _is_partial(source: Source, raw: RawQuote, body: str, sentence_start: int) -> bool:
    """A quote that is a fragment of a sentence: 'a “complete rupture” of relations'."""
    first = next((ch for ch in body if ch.isalpha()), "")
    if first.islower():
        return True
    lead = source.text[sentence_start:raw.open_mark].strip()
    return bool(lead) and lead[-1] not in ",:—–-"


def _kind(body: str, speaker: str, cued: bool) -> str:
    """"quote", or "term": one word, or 2-3 words capitalised like a title or with no cue of
    their own in the sentence.

    A short quote with its own cue ("the board was “very pleased”, Mr. X said") stays a quote.
    """
    tokens = words(body)
    if len(tokens) > TERM_MAX_WORDS:
        return "quote"
    if len(tokens) <= 1:
        return "term"  # a scare-quoted word ("aggressive") is the outlet's word as much as theirs
    titled = all(t[:1].isupper() or not t[:1].isalpha() for t in tokens)
    return "term" if titled or not speaker or not cued else "quote"
