"""Attribution: the speaker of each quote of one source, with references back resolved.

In: a `Source` and its `RawQuote`s (from `marks.py`). Out: for each quote a `Speaker` (or None)
and how it was found. The cue in the quote's own sentence comes first (after the closing mark,
then before the opening mark); then the quote next to it in the same paragraph ("“...,” he said.
“...”"); then, for a paragraph whose quotes have no cue at all, the speaker of the previous
paragraph's quotes or the last person the previous paragraph has speaking. Pronouns ("he") and
definite descriptions ("the official") are resolved to the nearest earlier compatible mention of
the same source: first the people reported speaking or named with a title at the start of a
sentence, then anyone named with a title; "he" and "she" skip a person the story's text shows to
be of the other gender (`gender.py`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from generator.quotes.affiliations import ABBREVIATED_TITLES
from generator.quotes.gender import gender_of
from generator.quotes.marks import PARAGRAPH_GAP, RawQuote
from generator.model import Source
from generator.quotes.speakers import (
    PERSON_TITLES,
    Speaker,
    cue_after,
    cue_before,
    cues_in,
    honorific_names,
)

PRONOUN_WINDOW = 2  # paragraphs back a pronoun may reach: news copy re-names people that often
DESCRIPTION_WINDOW = 12  # paragraphs back "the official" may reach to its first mention
SHORT_TAIL = re.compile(r"^\s*[^.!?“”\"]{0,80}?(?:[.!?]|$)")
GAP_ONLY = re.compile(r"^[\s,.;:!?—–-]*$")
PRONOUN_GENDER = {"he": "m", "she": "f"}
PARAGRAPH_GUESSES = ("speaker of the previous paragraph", "speaker named in the previous paragraph")


@dataclass(frozen=True, slots=True)
class Mention:
    """A person (or group) mentioned at `position`, already resolved."""

    position: int
    paragraph: int
    speaker: Speaker
    cue: bool  # reported as speaking (a cue's subject or a quote's speaker), not only named
    subject: bool = False  # a titled name that opens its sentence ("Rep. Jane Doe questioned")


def sentence_at(source: Source, offset: int) -> int:
    for i, sentence in enumerate(source.sentences):
        if sentence.start <= offset < sentence.end + 1:
            return i
    return max(0, len(source.sentences) - 1)


def paragraph_at(source: Source, offset: int) -> int:
    return source.text.count(PARAGRAPH_GAP, 0, offset)


def attribute(source: Source, raws: list[RawQuote]) -> list[Speaker | None]:
    """The cue of each quote in its own sentence, or None."""
    text = source.text
    found: list[Speaker | None] = []
    for n, raw in enumerate(raws):
        sentence = source.sentences[sentence_at(source, raw.open_mark)]
        previous_close = max((r.close_mark for r in raws[:n]
                              if sentence.start <= r.close_mark < raw.open_mark), default=-1)
        before = text[max(sentence.start, previous_close + 1):raw.open_mark]
        speaker = None
        if raw.close_mark >= 0:
            after_end = raws[n + 1].open_mark if n + 1 < len(raws) else len(text)
            paragraph_end = text.find(PARAGRAPH_GAP, raw.close_mark)
            if paragraph_end >= 0:
                after_end = min(after_end, paragraph_end)
            after = text[raw.close_mark + 1:max(raw.close_mark + 1, after_end)]
            if text[raw.end - 1:raw.end] in (".", "!", "?"):
                # A quote that ends its sentence takes only a short "X said." after it.
                tail = SHORT_TAIL.match(after)
                after = tail.group(0) if tail else ""
            speaker = cue_after(after)
            if speaker is not None:
                speaker = replace(speaker, cue=speaker.cue or "after")
        if speaker is None:
            speaker = cue_before(before)
        found.append(speaker)
    return found


def _head(mention: str) -> str:
    word = mention.lower().split()[-1] if mention.split() else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _compatible(pronoun: str, speaker: Speaker) -> bool:
    if speaker.kind == "pronoun":
        return False
    plural = speaker.kind == "organisation" or (
        speaker.kind == "description" and speaker.mention.lower().split()[-1].endswith("s")
        and not speaker.mention.lower().endswith(("ss", "us"))
    )
    return plural if pronoun in {"they", "we"} else not plural


def resolve(speaker: Speaker, position: int, paragraph: int, mentions: list[Mention],
            genders: Mapping[str, str] | None = None) -> tuple[Speaker | None, str]:
    """A pronoun or "the official" -> the earlier mention it points to (or None / unchanged).

    `genders` (from `gender.gender_evidence`) keeps "he" off a person the text calls "she".
    """
    if speaker.kind == "pronoun":
        pronoun = speaker.mention.lower()
        if pronoun in {"i", "we"}:
            return None, ""
        window = [m for m in mentions if m.position < position
                  and paragraph - m.paragraph <= PRONOUN_WINDOW
                  and _compatible(pronoun, m.speaker)
                  and not _other_gender(pronoun, m.speaker, genders)]
        for tier in (True, False):
            # A person reported speaking, or named as the subject of a sentence since: in
            # 'Rep. Doe questioned the plan. “...,” he said.' "he" is Doe, not an earlier speaker.
            tiered = [m for m in window if (m.cue or m.subject) == tier]
            if tiered:
                chosen = max(tiered, key=lambda m: m.position)
                return chosen.speaker, f"“{speaker.mention}” resolved to an earlier mention"
        return None, ""
    if speaker.kind == "description" and speaker.mention.lower().startswith("the "):
        head = _head(speaker.mention)
        for m in sorted(mentions, key=lambda m: -m.position):
            if m.position >= position or paragraph - m.paragraph > DESCRIPTION_WINDOW:
                continue
            other = m.speaker
            if other.kind == "description" and _head(other.mention) == head and (
                other.mention.lower() != speaker.mention.lower()
            ):
                return other, f"“{speaker.mention}” resolved to an earlier mention"
            if other.kind == "name" and head in _title_words(other):
                return other, f"“{speaker.mention}” resolved to an earlier mention"
        if head in PERSON_TITLES:
            # "the Texas governor continues": news copy's elegant variation for the person
            # it is about; take the nearest person reported speaking.
            for m in sorted(mentions, key=lambda m: -m.position):
                if (m.position < position and m.cue and m.speaker.kind == "name"
                        and paragraph - m.paragraph <= PRONOUN_WINDOW):
                    return m.speaker, f"“{speaker.mention}” read as the person speaking before"
    return speaker, ""


def _other_gender(pronoun: str, speaker: Speaker, genders: Mapping[str, str] | None) -> bool:
    if not genders or pronoun not in PRONOUN_GENDER or speaker.kind != "name":
        return False
    known = gender_of(speaker.name, genders)
    return bool(known) and known != PRONOUN_GENDER[pronoun]


def _title_words(speaker: Speaker) -> set[str]:
    words = {w.strip(".,").lower() for w in f"{speaker.role} {speaker.title}".split()}
    return words | {ABBREVIATED_TITLES[w].lower() for w in words if w in ABBREVIATED_TITLES}


def _mentions(source: Source) -> list[Mention]:
    """Every cue subject and every titled name of the source, in text order (unresolved)."""
    found: list[Mention] = []
    text = source.text
    for sentence in source.sentences:
        for offset, speaker in cues_in(sentence.text):
            found.append(Mention(position=sentence.start + offset, paragraph=sentence.paragraph,
                                 speaker=speaker, cue=True))
    starts = {sentence.start + len(sentence.text) - len(sentence.text.lstrip(" “\"‘"))
              for sentence in source.sentences}
    offset = 0
    for number, paragraph in enumerate(source.body):
        for position, speaker in honorific_names(paragraph):
            if speaker.cue != "possessive":
                found.append(Mention(position=offset + position, paragraph=number,
                                     speaker=speaker, cue=False,
                                     subject=offset + position in starts))
        offset += len(paragraph) + len(PARAGRAPH_GAP)
    del text
    return sorted(found, key=lambda m: (m.position, not m.cue))


def resolve_source(source: Source, raws: list[RawQuote], cues: list[Speaker | None],
                   genders: Mapping[str, str] | None = None,
                   ) -> tuple[list[Speaker | None], list[str]]:
    """Each quote's speaker after the fallbacks and reference resolution, and how it was found."""
    pending = _mentions(source)
    resolved: list[Mention] = []
    speakers: list[Speaker | None] = []
    hows: list[str] = []
    paragraphs = [paragraph_at(source, raw.open_mark) for raw in raws]
    cued_paragraphs = {p for p, cue in zip(paragraphs, cues, strict=True) if cue is not None}

    def advance(position: int) -> None:
        # Resolve every mention before `position` in order, so chains (he -> he -> Mr. X) work.
        while pending and pending[0].position < position:
            mention = pending.pop(0)
            speaker, _ = resolve(mention.speaker, mention.position, mention.paragraph, resolved,
                                 genders)
            if speaker is not None:
                resolved.append(replace(mention, speaker=speaker))

    for n, raw in enumerate(raws):
        advance(raw.open_mark)
        paragraph = paragraphs[n]
        speaker, how = cues[n], "cue in the sentence"
        if speaker is None:
            speaker, how = _fallback(source, raws, cues, speakers, paragraphs, n, resolved,
                                     cued_paragraphs, genders)
        if speaker is not None:
            speaker, note = resolve(speaker, raw.open_mark, paragraph, resolved, genders)
            how = f"{how}; {note}" if note else how
        if speaker is not None and not how.startswith(PARAGRAPH_GUESSES):
            # A speaker carried over from the previous paragraph is a guess: it must not become
            # a fresh mention that outranks a person named in between for a later "he".
            resolved.append(Mention(position=raw.open_mark, paragraph=paragraph,
                                    speaker=speaker, cue=True))
        speakers.append(speaker)
        hows.append(how if speaker is not None else "")
    return speakers, hows


def _fallback(source: Source, raws: list[RawQuote], cues: list[Speaker | None],
              speakers: list[Speaker | None], paragraphs: list[int], n: int,
              resolved: list[Mention], cued: set[int],
              genders: Mapping[str, str] | None) -> tuple[Speaker | None, str]:
    text = source.text
    paragraph = paragraphs[n]
    raw = raws[n]
    # "“...,” X said. “...”": the quote before, in the same paragraph.
    if n and paragraphs[n - 1] == paragraph and speakers[n - 1] is not None:
        return speakers[n - 1], "previous quote in the paragraph"
    # '“...” “...,” X added.': the quote right after, when nothing stands between them.
    if (n + 1 < len(raws) and paragraphs[n + 1] == paragraph and cues[n + 1] is not None
            and raw.close_mark >= 0
            and GAP_ONLY.match(text[raw.close_mark + 1:raws[n + 1].open_mark])):
        return cues[n + 1], "next quote in the paragraph"
    # 'She walked out, saying she felt no anger. "The company may be big...': the sentence before.
    index = sentence_at(source, raw.open_mark)
    sentence = source.sentences[index]
    if index and not text[sentence.start:raw.open_mark].strip(" “\"'‘"):
        before = source.sentences[index - 1]
        if before.paragraph == paragraph:
            found = [s for _, s in cues_in(before.text)]
            if found:
                speaker, _ = resolve(found[-1], before.start, paragraph, resolved, genders)
                if speaker is not None:
                    return speaker, "cue in the sentence before"
    if paragraph in cued:
        return None, ""
    # A paragraph whose quotes have no cue continues the previous paragraph's speaker.
    previous = [i for i in range(n) if paragraphs[i] == paragraph - 1 and speakers[i]]
    if previous:
        return speakers[previous[-1]], "speaker of the previous paragraph"
    named = [m for m in resolved if m.cue and m.paragraph == paragraph - 1
             and m.speaker.kind in {"name", "description", "organisation"}]
    if named:
        return named[-1].speaker, "speaker named in the previous paragraph"
    return None, ""
