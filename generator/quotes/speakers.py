"""Speakers: each quote's speaker with references back resolved, and how it was found.

In: a `Source`, its `RawQuote`s, the cue speaker of each quote and the cues of every sentence
(`attribution.py`), the persons each sentence names (`mentions.people_in`) and the story's
gender evidence (`gender.py`). Out: for each quote a `Speaker` (or None) and, in plain words,
how it was found.

The cue in the quote's own sentence comes first; then the quote next to it in the same paragraph
("“...,” he said. “...”"); then a cue in the sentence just before a quote that opens its
sentence; then, for a paragraph whose quotes have no cue at all, the speaker of the previous
paragraph's quotes or the last person the previous paragraph has speaking. Pronouns ("he") and
definite descriptions ("the official") are resolved to the nearest earlier compatible mention of
the same source: a person reported speaking or the subject of a sentence's main verb, never one
only named in passing; "he" and "she" skip a person of the other gender and a name with no sign
of a person (no given name, title or gendered pronoun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.lexicon import ABBREVIATED_TITLES
from generator.lexicon.quotes import BACK_REFERENCE_ROLES
from generator.model import Source
from generator.quotes.attribution import paragraph_at, sentence_at
from generator.quotes.cues import Cue
from generator.quotes.gender import PRONOUN_GENDER, Genders
from generator.quotes.marks import PARAGRAPH_GAP, RawQuote
from generator.quotes.mentions import Speaker
from generator.quotes.names import fold_name, given_names, is_given_name, is_title, surname
from generator.settings import QuoteSettings

GAP_ONLY = re.compile(r"^[\s,.;:!?—–-]*$")
PARAGRAPH_GUESSES = ("speaker of the previous paragraph", "speaker named in the previous paragraph")
RESOLVED = "“{}” resolved to an earlier mention"
ROLE_RESOLVED = "“{}” resolved to the one person named earlier with that role"
# Descriptions that may point back to a person named earlier: definite ("the spokeswoman",
# "his aide") and indefinite ("a spokeswoman"); "one", "another", "some" introduce someone new.
INDEFINITE = frozenset({"a", "an"})
# Titles of an office that one person holds at a time ("senator", "governor", "general").
OFFICES = frozenset(title.lower() for title in ABBREVIATED_TITLES.values())
DESCRIPTION_DETERMINERS = INDEFINITE | {"the", "his", "her", "their", "its"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A person (or group) mentioned at `position`, already resolved."""

    position: int
    paragraph: int
    speaker: Speaker
    cue: bool  # reported as speaking (a cue's subject or a quote's speaker), not only named
    subject: bool = False  # a name that is the subject of its sentence's main verb


@dataclass(frozen=True, slots=True)
class Context:
    """What the resolution of one source reads."""

    source: Source
    raws: list[RawQuote]
    cues: list[Speaker | None]  # the cue speaker of each quote
    hows: list[str]  # how each cue speaker was found
    sentence_cues: list[list[Cue]]
    genders: Genders
    settings: QuoteSettings
    docs: tuple = ()  # each sentence's parse (spaCy `Doc`), when the caller has them


def _head(mention: str) -> str:
    word = mention.lower().split()[-1] if mention.split() else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _plural(speaker: Speaker) -> bool:
    words = speaker.mention.lower().split()
    return speaker.kind == "organisation" or (
        speaker.kind == "description" and bool(words) and words[-1].endswith("s")
        and not words[-1].endswith(("ss", "us")))


def _surname_organisation(speaker: Speaker, genders: Genders) -> bool:
    """A one-word organisation that is a person's surname: the model tags some surnames ORG
    ("Doe said"); the story writes it with a given name ("Jim Doe") that gives it a gender."""
    return (speaker.kind == "organisation" and len(speaker.name.split()) == 1
            and bool(genders.of(speaker.name)))


def _may_be_person(speaker: Speaker, genders: Genders) -> bool:
    """A name of unknown gender that may still be "he" or "she": a person's title, a given
    name (its own, or one the story writes with its surname: "Doe" of Jane and John Doe), a
    surname the model tags as a person somewhere in the story, or evidence of both genders (Mr.
    and Mrs. Doe). A name with none of these ("Granite
    Board", a proper-noun run the model did not tag) is no one's."""
    key = surname(speaker.name)
    return bool(speaker.title) or key in genders.said or key in genders.given or (
        key in genders.persons) or any(is_given_name(w) for w in given_names(speaker.name))


def _compatible(pronoun: str, speaker: Speaker, genders: Genders) -> bool:
    person = speaker.kind == "name" or _surname_organisation(speaker, genders)
    plural = _plural(speaker) and not person
    if speaker.kind == "pronoun" or plural != (pronoun in {"they", "we"}):
        return False
    if pronoun in PRONOUN_GENDER and person:
        known = genders.of(speaker.name)
        return known == PRONOUN_GENDER[pronoun] if known else _may_be_person(speaker, genders)
    return True


def _title_words(speaker: Speaker) -> set[str]:
    words = {fold_name(w) for w in f"{speaker.role} {speaker.title}".split()}
    return words | {ABBREVIATED_TITLES[w].lower() for w in words if w in ABBREVIATED_TITLES}


def _words(text: str) -> set[str]:
    """Folded words, each also without a plural "s": "aides" meets "aide"."""
    words = {fold_name(w).strip(",.’'") for w in text.split()}
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3}


def _named_with_role(speaker: Speaker, position: int, mentions: list[Mention]) -> Speaker | None:
    """The one person named earlier in the source with the role a description gives: "a
    spokeswoman" or "the spokeswoman" after "Jane Doe, a spokeswoman for the agency,". The
    description's head noun must be a word of the person's role or title; an indefinite one
    ("a former aide") must have all its words there, as "a senior official" may be another
    official than the one named. Two people with that role, a plural, or "another aide" (a new
    person) give None: the description stays, never a guess."""
    words = speaker.mention.split()
    if not words or _plural(speaker) or words[0].lower() not in DESCRIPTION_DETERMINERS:
        return None
    head = _head(speaker.mention)
    indefinite = words[0].lower() in INDEFINITE
    if indefinite and head not in BACK_REFERENCE_ROLES:
        return None
    modifiers = _content_words(speaker.mention) - {head}
    found: dict[str, tuple[Speaker, bool]] = {}
    last_named = last_described = -1
    for m in mentions:
        other = m.speaker
        if m.position >= position:
            continue
        if other.kind == "description" and _same_description(other, speaker):
            last_described = m.position  # "a senior official ... the official": that one
            continue
        role = _words(f"{other.role} {other.title}") | _title_words(other)
        if other.kind != "name" or not other.name or head not in role:
            continue
        key = fold_name(other.name).split()[-1]
        fits = modifiers <= role or found.get(key, (other, False))[1]
        found[key] = (other, fits)
        last_named = m.position
    # An indefinite description needs all its words in the role ("a former aide"); a definite
    # one its head, or, of several people with that head, the one its words fit ("the junior
    # senator" of two senators).
    fitting = [s for s, fits in found.values() if fits]
    if indefinite or len(found) > 1:
        found = {s.name: (s, True) for s in fitting}
    if len(found) != 1 or last_described > last_named:
        return None
    return next(iter(found.values()))[0]


def _content_words(mention: str) -> set[str]:
    """The words of a description without its determiner: "a former aide" -> former, aide."""
    words = mention.split()
    return {fold_name(w).strip(",.") for w in words[1:-1]} | {_head(mention)}


def _same_description(earlier: Speaker, later: Speaker) -> bool:
    """"the official" after "a senior official", not "the junior senator" after "the senior
    senator": same head, and the words of one are all words of the other."""
    if _head(earlier.mention) != _head(later.mention):
        return False
    one, other = _content_words(earlier.mention), _content_words(later.mention)
    return one <= other or other <= one


def resolve(speaker: Speaker, position: int, paragraph: int, mentions: list[Mention],
            context: Context) -> tuple[Speaker | None, str]:
    """A pronoun or "the official" -> the earlier mention it points to (or None / unchanged)."""
    settings = context.settings
    if speaker.kind == "pronoun":
        pronoun = speaker.mention.lower()
        if pronoun in {"i", "we"}:
            return None, ""
        window = [m for m in mentions if m.position < position
                  and paragraph - m.paragraph <= settings.pronoun_window
                  and _compatible(pronoun, m.speaker, context.genders)]
        # A person reported speaking, or named as the subject of a sentence since: in 'Rep. Doe
        # questioned the plan. “...,” he said.' "he" is Doe, not an earlier speaker. A person only
        # named (an object, a name in passing) is not taken: on PolNeAR train that guess was
        # right about one time in four, so the speaker stays unknown.
        tiered = [m for m in window if m.cue or m.subject]
        if tiered:
            chosen = max(tiered, key=lambda m: m.position)
            return chosen.speaker, RESOLVED.format(speaker.mention)
        return None, ""
    if speaker.kind != "description":
        return speaker, ""
    named = _named_with_role(speaker, position, mentions)
    if named is not None:
        return named, ROLE_RESOLVED.format(speaker.mention)
    if speaker.mention.lower().startswith("the "):
        head = _head(speaker.mention)
        earlier = sorted((m for m in mentions if m.position < position
                          and paragraph - m.paragraph <= settings.description_window),
                         key=lambda m: -m.position)
        for m in earlier:
            other = m.speaker
            if other.kind == "description" and _same_description(other, speaker) and (
                other.mention.lower() != speaker.mention.lower()
            ):
                return other, RESOLVED.format(speaker.mention)
        if is_title(head):
            # "the Texas governor continues": news copy's elegant variation for the person
            # it is about; take the nearest person reported speaking, unless the source gives
            # that person another title ("the president" after a senator speaks: unknown).
            last = next((m for m in earlier if m.cue and m.speaker.kind == "name"), None)
            if last is not None and paragraph - last.paragraph <= settings.pronoun_window and (
                    _may_hold(last.speaker, head, mentions)) and not _named_since(last, earlier):
                return last.speaker, f"“{speaker.mention}” read as the person speaking before"
    return speaker, ""


def _named_since(last: Mention, earlier: list[Mention]) -> bool:
    """Someone else named after the person last reported speaking: in 'One of its authors, Jim
    Roe, said the plan failed. “...,” said the former aide.' the aide is Roe, whom the parser
    did not read as speaking, not the speaker before him; "unknown" then beats that guess."""
    key = fold_name(last.speaker.name).split()[-1:]
    return any(m.position > last.position and m.speaker.kind == "name"
               and fold_name(m.speaker.name).split()[-1:] != key for m in earlier)


def _may_hold(person: Speaker, title: str, mentions: list[Mention]) -> bool:
    """`person` may be "the {title}": the source gives them that title (a word of the role or
    title of any mention of the same surname), or no title of office ("the governor" after a
    candidate spoke, not after a senator did) while no one else it names holds that title."""
    key = fold_name(person.name).split()[-1:] if person.name else []
    words: set[str] = set()
    others: set[str] = set()
    for m in mentions:
        if m.speaker.kind == "name":
            same = fold_name(m.speaker.name).split()[-1:] == key
            held = _words(f"{m.speaker.role} {m.speaker.title}") | _title_words(m.speaker)
            (words if same else others).update(held)
    return title in words or not (words & OFFICES or title in others)


def source_mentions(source: Source, sentence_cues: list[list[Cue]],
                    named: list[list[tuple[int, Speaker, bool]]]) -> list[Mention]:
    """Every cue subject and every person named in the source, in text order (unresolved)."""
    found: list[Mention] = []
    for sentence, cues, people in zip(source.sentences, sentence_cues, named, strict=True):
        for cue in cues:
            # "Doe continued to lose ground" is no one speaking: a verb that speaks only right
            # after a closing mark is a name in passing here, not a speaker.
            found.append(Mention(position=cue.who, paragraph=sentence.paragraph,
                                 speaker=cue.speaker, cue=not cue.after_only))
        for offset, speaker, subject in people:
            if speaker.cue != "possessive":
                found.append(Mention(position=sentence.start + offset,
                                     paragraph=sentence.paragraph, speaker=speaker, cue=False,
                                     subject=subject))
    return sorted(found, key=lambda m: (m.position, not m.cue))


def resolve_source(context: Context, pending: list[Mention]
                   ) -> tuple[list[Speaker | None], list[str]]:
    """Each quote's speaker after the fallbacks and reference resolution, and how it was found."""
    source, raws, cues = context.source, context.raws, context.cues
    pending = list(pending)
    resolved: list[Mention] = []
    speakers: list[Speaker | None] = []
    hows: list[str] = []
    paragraphs = [paragraph_at(source, raw.open_mark) for raw in raws]
    cued = {p for p, cue in zip(paragraphs, cues, strict=True) if cue is not None}
    for n, raw in enumerate(raws):
        # Resolve every mention before the quote in order, so chains (he -> he -> Mr. X) work.
        while pending and pending[0].position < raw.open_mark:
            mention = pending.pop(0)
            speaker, _ = resolve(mention.speaker, mention.position, mention.paragraph, resolved,
                                 context)
            if speaker is not None:
                resolved.append(replace(mention, speaker=speaker))
        speaker, how = cues[n], context.hows[n]
        if speaker is None:
            speaker, how = _fallback(context, speakers, paragraphs, n, resolved, cued)
        if speaker is not None:
            speaker, note = resolve(speaker, raw.open_mark, paragraphs[n], resolved, context)
            how = f"{how}; {note}" if note else how
        if speaker is not None and not how.startswith(PARAGRAPH_GUESSES):
            # A speaker carried over from the previous paragraph is a guess: it must not become
            # a fresh mention that outranks a person named in between for a later "he".
            resolved.append(Mention(position=raw.open_mark, paragraph=paragraphs[n],
                                    speaker=speaker, cue=True))
        speakers.append(speaker)
        hows.append(how if speaker is not None else "")
    return speakers, hows


def _crowd(speaker: Speaker | None) -> bool:
    return speaker is not None and speaker.kind == "description" and _plural(speaker)


def _opens_paragraph(text: str, raw: RawQuote) -> bool:
    """The quote's opening mark starts its paragraph: a speech running on from the last one."""
    start = text.rfind(PARAGRAPH_GAP, 0, raw.open_mark)
    start = 0 if start < 0 else start + len(PARAGRAPH_GAP)
    return not text[start:raw.open_mark].strip()


def _words_after(source: Source, raws: list[RawQuote], n: int) -> bool:
    """Words follow quote n's closing mark in its sentence, before any next quote."""
    raw = raws[n]
    if raw.close_mark < 0:
        return False
    end = source.sentences[sentence_at(source, raw.close_mark)].end
    if n + 1 < len(raws):
        end = min(end, raws[n + 1].open_mark)
    return any(ch.isalpha() for ch in source.text[raw.close_mark + 1:end])


def _someone_between(context: Context, speaker: Speaker, start: int, end: int,
                     mentions: list[Mention]) -> bool:
    """Another person or organisation as the subject of a sentence after the previous quote,
    or reported speaking in a sentence after the one that quote closes: 'Roe said “...” Doe,
    visibly tired, replied: “...”' changes the speaker; '“...,” Roe said, according to a
    newspaper. “...”' does not."""
    if start < 0:
        return False
    words = set(fold_name(speaker.name or speaker.mention).split())
    after = context.source.sentences[sentence_at(context.source, start)].end
    return any(m.position < end and ((m.subject and start < m.position) or (
        m.cue and after < m.position))
               and m.speaker.kind in {"name", "organisation"}
               and not words & set(fold_name(m.speaker.name).split()) for m in mentions)


def _announces(context: Context, index: int, cue: Cue) -> bool:
    """A speech verb that reports nothing in its own sentence: "Doe agreed.", "Doe said in a
    statement." (no object, no clause of what was said), so the quote after it is its words."""
    sentence = context.source.sentences[index]
    if index >= len(context.docs):
        return False
    verb = next((t for t in context.docs[index] if sentence.start + t.idx == cue.at), None)
    return verb is not None and verb.dep_ == "ROOT" and not any(
        c.dep_ in {"ccomp", "xcomp", "dobj", "dative", "advcl", "conj", "parataxis"}
        for c in verb.children)


def _fallback(context: Context, speakers: list[Speaker | None], paragraphs: list[int], n: int,
              resolved: list[Mention], cued: set[int]) -> tuple[Speaker | None, str]:
    source, raws, cues = context.source, context.raws, context.cues
    text = source.text
    paragraph, raw = paragraphs[n], raws[n]
    carried = speakers[n - 1] if n else None
    if carried is not None and paragraphs[n - 1] == paragraph and not _someone_between(
            context, carried, raws[n - 1].close_mark, raw.open_mark, resolved):
        return carried, "previous quote in the paragraph"
    # '“...” “...,” X added.': the quote right after, when nothing stands between them.
    if (n + 1 < len(raws) and paragraphs[n + 1] == paragraph and cues[n + 1] is not None
            and raw.close_mark >= 0
            and GAP_ONLY.match(text[raw.close_mark + 1:raws[n + 1].open_mark])):
        return cues[n + 1], "next quote in the paragraph"
    # "Doe agreed. “...”", "Doe said in a statement. “...”": the main verb of the sentence before
    # that reports nothing of its own (no object, no clause) announces the quote after it.
    # Any other cue of the sentence before ('She walked out, saying she felt no anger. “...”') is
    # not taken: read by hand on the tuning parts (PolNeAR train, BASIL) it named the speaker 16
    # times in 19 ("Roe asked Doe about it. “...”" is Doe's answer), under the 92% a guess from
    # a neighbouring sentence must reach, so the quote is unknown.
    index = sentence_at(source, raw.open_mark)
    sentence = source.sentences[index]
    if index and not text[sentence.start:raw.open_mark].strip(" “\"'‘"):
        before = source.sentences[index - 1]
        ending = [c for c in context.sentence_cues[index - 1]
                  if c.verb and _announces(context, index - 1, c)]
        if before.paragraph == paragraph and ending:
            speaker, _ = resolve(ending[0].speaker, before.start, paragraph, resolved, context)
            if speaker is not None:
                return speaker, "announced in the sentence before"
    if paragraph in cued or not _opens_paragraph(text, raw) or _words_after(source, raws, n):
        # A quote inside a paragraph's own prose, or followed in its sentence by words (a cue
        # that was not understood: '“...,” Doe barked'): guessing the previous paragraph's
        # speaker is wrong more often than right (PolNeAR train).
        return None, ""
    # A paragraph of one voice is not carried over to a plural description ("staff members
    # suggesting ...", "her friends, calling it ..."): a group named in passing, not a speaker.
    previous = [i for i in range(n) if paragraphs[i] == paragraph - 1 and speakers[i]]
    if previous and not _crowd(speakers[previous[-1]]):
        return speakers[previous[-1]], "speaker of the previous paragraph"
    named = [m for m in resolved if m.cue and m.paragraph == paragraph - 1
             and m.speaker.kind in {"name", "description", "organisation"}
             and not _crowd(m.speaker)]
    if named:
        # "Doe said that Roe had told them ..." then “...”: the main clause's speaker, the first
        # cue of the last sentence that has one, not the last cue of the paragraph.
        last = sentence_at(source, named[-1].position)
        first = min((m for m in named if sentence_at(source, m.position) == last),
                    key=lambda m: m.position)
        return first.speaker, "speaker named in the previous paragraph"
    return None, ""
