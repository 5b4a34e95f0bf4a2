"""Mentions: who a noun phrase of a parsed sentence names, read from the language layer.

In: a token of a spaCy `Doc` (a sentence parsed by `generator.language`) that heads a noun
phrase: the subject of a speech verb, the object of "according to". Out: a `Speaker`:
- a person: a PERSON entity (or a run of proper nouns the model left untagged), with the titles
  written before it ("Capt.", "Senate Majority Leader") split off into the title and the role;
- an organisation: an ORG, NORP or GPE entity ("the Navy", "Democrats", "Norway");
- a description: a noun phrase headed by a role noun of the lexicon ("a senior official");
- a pronoun ("he", "they").
An apposition gives the role ("Jane Doe, the mayor's adviser," / "the mayor's adviser, Jane
Doe,"); a US party tag after the name ("D-N.Y.") gives the party. `people_in` lists every person
a sentence names, for references back and the people index. A name is the model's entity, so
capitalised words around it ("Despite", a headline's "Against Sponsors") never join it.

The model mistakes some people for organisations (a surname tagged ORG): an entity with a personal
title before it, or whose first word is a given name (`names.is_given_name`), is a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.lexicon import AFTER_QUOTE_VERBS, ROLE_NOUNS, SPEECH_VERBS
from generator.lexicon.quotes import ASKING_VERBS
from generator.quotes.affiliations import PARTY_AFTER, PARTY_TAG, party_of
from generator.quotes.names import fold_name, is_given_name, is_plain_honorific, is_title

if TYPE_CHECKING:  # spaCy is imported only when a story is parsed (language.nlp)
    from spacy.tokens import Doc, Span, Token

PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# Entity labels that never speak. The small model gives a surname now and then another label
# (WORK_OF_ART, PRODUCT): a proper noun with such a label is read as a run of proper nouns.
NEVER_SPEAKS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT",
                          "ORDINAL", "LAW", "EVENT", "LANGUAGE"})
# Dependencies that keep a word inside the noun phrase to the left of its head.
NP_LEFT = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case",
                     "flat"})
DETERMINERS = frozenset({"the", "a", "an"})
CLOSING = frozenset({"”", "»", '"', "'", "’"})
POSSESSIVE = re.compile(r"[’'‘]s?$")  # copy mangled by a converter writes ‘s for ’s
# A capitalised function word inside a name is a headline's capitals ("Rules Against Sponsors"),
# never a name; particles of names ("de", "van", "bin") are written in lower case.
FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """A speaker as one source names it, before references back are resolved."""

    mention: str  # as written: "Ms. Doe", "a senior official", "he"
    name: str = ""  # a person's or organisation's name without titles, "" for descriptions
    kind: str = "name"  # name | organisation | description | pronoun
    role: str = ""
    cue: str = ""
    title: str = ""  # the title written right before the name ("Mr.", "President")
    party: str = ""  # from a US party tag next to the name: "D-N.Y." -> "Democrat"
    guessed: bool = False  # a capitalised common noun read as a surname (`_initial_name`)


def _entity(token: Token) -> Span | None:
    """The person, organisation or place entity holding `token`."""
    if token.ent_type_ not in PERSON_LABELS | GROUP_LABELS:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _proper_run(token: Token) -> tuple[int, int]:
    """The proper nouns ending at `token` ("Jane Q. Doe"), as token offsets."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and (
        token.doc[start - 1].head.i in range(start, token.i + 1)
    ):
        start -= 1
    return start, token.i + 1


def _past_speech_verb(word: str) -> bool:
    """A past form of a speech verb the model read into a name: "Stated Doe:", "Added Doe:"."""
    low = word.lower()
    return len(low) > 4 and low.endswith("ed") and (
        low[:-1] in SPEECH_VERBS or low[:-2] in SPEECH_VERBS or low[:-1] in AFTER_QUOTE_VERBS)


def _strip_titles(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """Titles and stray dots at the front of a name -> (new start, end, last title)."""
    title = ""
    if end - start > 1 and _past_speech_verb(doc[start].text):
        start += 1
    while end - start > 1 and (is_title(doc[start].text) or doc[start].lower_ in {".", "the"}):
        if doc[start].lower_ not in {".", "the"}:
            title = doc[start].text + ("." if doc[start + 1].text == "." else "")
        start += 1
    while end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end, title


def _left_edge(head: Token, start: int) -> int:
    """Where the noun phrase of `head` starts: its determiners, adjectives, compounds."""
    edge = start
    for token in head.doc[start:head.i + 1]:
        for child in token.lefts:
            if child.dep_ in NP_LEFT and child.i < edge:
                edge = child.left_edge.i
    while edge < start and head.doc[edge].is_punct:
        edge += 1
    return edge


def _role_text(doc: Doc, start: int, end: int) -> str:
    words = [t for t in doc[start:end] if not is_plain_honorific(t.text)]
    while words and (words[0].lower_ in DETERMINERS or words[0].is_punct):
        words.pop(0)
    while words and words[-1].is_punct and words[-1].text != ".":
        words.pop()
    if not words:
        return ""
    return doc[words[0].i:words[-1].i + 1].text


def _apposition(head: Token) -> Token | None:
    return next((c for c in head.rights if c.dep_ == "appos"
                 and not PARTY_TAG.match(_subtree_text(c).strip("()"))), None)


def _subtree_text(token: Token) -> str:
    """The phrase of `token` without its relative or participial clauses."""
    cut = [c for c in token.rights if c.dep_ in {"relcl", "acl", "advcl", "appos"}
           or c.text in {",", ";", "(", "—", "–"}]
    end = min((c.left_edge.i for c in cut), default=token.right_edge.i + 1)
    return token.doc[token.left_edge.i:end].text


def _is_person(entity: Span, title: str) -> bool:
    if entity.label_ in PERSON_LABELS:
        return True
    words = entity.text.split()
    return bool(title) or (len(words) >= 2 and is_given_name(words[0]))


def _party(doc: Doc, end: int) -> str:
    at = doc[end - 1].idx + len(doc[end - 1].text)
    match = PARTY_AFTER.match(doc.text, at)
    return party_of(match.group(0).strip(" ,")) if match else ""


def name_speaker(doc: Doc, start: int, end: int, cue: str = "") -> Speaker | None:
    """A person or organisation named by tokens [start, end) of `doc`."""
    first, last, title = _strip_titles(doc, start, end)
    if first >= last:
        return None
    span = doc[first:last]
    name = POSSESSIVE.sub("", span.text)
    entity = _entity(doc[last - 1])
    if (entity is not None and entity.label_ in GROUP_LABELS
            and not _is_person(entity, title or _title_before(doc, first))):
        return Speaker(mention=doc[start:end].text, name=name, kind="organisation", cue=cue)
    # "O'Doe" is not `is_alpha` (the apostrophe): a word of letters and apostrophes counts.
    # A modal opening a person entity is a given name ("Will Doe", "May Roe"), not a headline's
    # capitals.
    inner = span[1:] if entity is not None and entity.label_ in PERSON_LABELS and (
        span[0].tag_ == "MD") else span
    if not any(t.text[:1].isupper() and t.text.replace("'", "").replace("’", "").isalpha()
               for t in span) or any(
            t.pos_ in FUNCTION_POS and t.text[:1].isupper() for t in inner):
        return None
    title = title or _title_before(doc, first)
    role = "" if is_plain_honorific(title) else title
    return Speaker(mention=doc[start:end].text, name=name, kind="name", role=role, cue=cue,
                   title=title, party=_party(doc, last))


def _title_before(doc: Doc, start: int) -> str:
    at = start - 1
    if at >= 0 and doc[at].text == ".":
        at -= 1
    if at >= 0 and is_title(doc[at].text):
        return doc[at].text + ("." if at + 1 < start else "")
    return ""


def _name_after_title(head: Token) -> Token | None:
    """The name a title the parser took for the head stands before: in "said retired Navy Capt.
    Jim Doe" the subject is "Capt", and "Jim Doe" hangs apart after the dot."""
    if not is_title(head.text):
        return None
    at = head.i + 1
    if at < len(head.doc) and head.doc[at].text == ".":
        at += 1
    if at >= len(head.doc) or head.doc[at].pos_ != "PROPN":
        return None
    entity = _entity(head.doc[at])
    if entity is not None and entity.label_ in PERSON_LABELS:
        return entity.root
    end = at
    while end + 1 < len(head.doc) and head.doc[end + 1].pos_ == "PROPN":
        end += 1
    return head.doc[end]


def _surname_noun(head: Token) -> bool:
    """A capitalised word the model took for a common noun, written where no sentence starts:
    after a closing quotation mark or inside the sentence ('“...,” Doe said')."""
    if head.pos_ != "NOUN" or not head.text.istitle() or head.lemma_.lower() in ROLE_NOUNS:
        return False
    before = [t for t in head.doc[:head.i] if not t.is_space]
    return bool(before) and not all(t.is_punct and t.text not in CLOSING for t in before)


def _initial_name(head: Token) -> bool:
    """A capitalised subject opening its sentence that the model took for a common noun
    ("Doe responded, “...”"): a surname only if the source names that person elsewhere, which
    the caller checks (`Speaker.guessed`); "Critics said" is a role noun and never gets here."""
    if head.pos_ != "NOUN" or not head.text.istitle() or head.dep_ != "nsubj":
        return False
    if head.lemma_.lower() in ROLE_NOUNS or any(c.i < head.i for c in head.children):
        return False
    return all(t.is_punct for t in head.doc[:head.i])


def speaker_at(head: Token, cue: str = "") -> Speaker | None:
    """The speaker a noun phrase headed by `head` names, or None when it names no one."""
    doc = head.doc
    after_title = _name_after_title(head)
    if after_title is not None:
        head = after_title
    if head.pos_ == "PRON":
        low = head.lower_
        return Speaker(mention=head.text, kind="pronoun", cue=cue) if low in PRONOUNS else None
    if head.ent_type_ in NEVER_SPEAKS:
        return None  # a date, a number, a law: never a speaker
    # The small model tags a lower-case role noun after "the" as a proper noun ("the senator"),
    # and an unfamiliar surname as a common noun ('”, Doe said').
    common = head.pos_ == "PROPN" and head.text.islower() and _entity(head) is None
    if (head.pos_ == "PROPN" and not common) or _entity(head) is not None or _surname_noun(head):
        entity = _entity(head)
        start, end = (entity.start, entity.end) if entity is not None else _proper_run(head)
        speaker = name_speaker(doc, start, end, cue)
        if speaker is None:
            return None
        edge = _left_edge(head, start)
        role = _role_text(doc, edge, start) if edge < start else ""
        appos = _apposition(head)
        if appos is not None and appos.pos_ in {"NOUN", "ADJ"}:
            role = _role_text(doc, appos.left_edge.i, appos.i + 1) or role
        if speaker.kind == "name":
            return Speaker(mention=speaker.mention, name=speaker.name, kind="name",
                           role=role or speaker.role, cue=cue, title=speaker.title,
                           party=speaker.party)
        return speaker
    if _initial_name(head):
        return Speaker(mention=head.text, name=head.text, kind="name", cue=cue, guessed=True)
    appos = _apposition(head)
    if (head.pos_ != "NOUN" and not common) or head.lemma_.lower() not in ROLE_NOUNS:
        if head.pos_ == "NOUN" and appos is not None and appos.pos_ == "PROPN" and (
                _entity(appos) is not None):
            return speaker_at(appos, cue)  # "the weekly Town Crier", "the pianist Jane Doe"
        papers = [c for c in head.lefts if c.dep_ == "compound" and c.ent_type_ == "ORG"]
        if head.pos_ == "NOUN" and papers:
            return speaker_at(papers[-1], cue)  # "the Daily Ledger tabloid": the paper speaks
        return None
    edge = _left_edge(head, head.i)
    if appos is not None and (appos.pos_ == "PROPN" or _entity(appos) is not None):
        named = speaker_at(appos, cue)  # "the president's adviser, Jane Doe,"
        if named is not None and named.kind == "name":
            role = _role_text(doc, edge, head.i + 1)
            return Speaker(mention=named.mention, name=named.name, kind="name",
                           role=role or named.role, cue=cue, title=named.title,
                           party=named.party)
    mention = doc[edge:head.i + 1].text
    return Speaker(mention=mention, kind="description", cue=cue)


def people_in(doc: Doc, max_tokens: int) -> list[tuple[int, Speaker, bool]]:
    """Every person `doc` names: (character offset, speaker, subject of the main verb)."""
    found = []
    for entity in doc.ents:
        if entity.label_ not in PERSON_LABELS | GROUP_LABELS or len(entity) > max_tokens:
            continue
        speaker = name_speaker(doc, entity.start, entity.end)
        if speaker is None or speaker.kind != "name":
            continue
        # The phrase around the name gives the role a later "the spokesman" points back to:
        # "Jane Doe, the city's spokeswoman," or "city spokeswoman Jane Doe".
        described = speaker_at(entity.root)
        if described is not None and described.name == speaker.name and described.role:
            speaker = described
        if entity.end < len(doc) and doc[entity.end].tag_ == "POS":
            speaker = Speaker(mention=speaker.mention, name=speaker.name, kind="name",
                              role=speaker.role, cue="possessive", title=speaker.title,
                              party=speaker.party)
        root = entity.root
        # The subject of the main verb, active or passive ("Doe was asked by a caller why"), or
        # the person a verb of asking asks ("Roe asked Doe about it"), who answers next.
        subject = (root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "ROOT") or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in ASKING_VERBS
            and root.head.tag_ in {"VBD", "VBZ", "VBP"})  # "asked Doe", not "want to ask Doe"
        found.append((entity.start_char, speaker, subject))
    return found


def organisations_in(doc: Doc) -> list[str]:
    """The organisations `doc` names (ORG entities), "the" dropped."""
    names = []
    for entity in doc.ents:
        if entity.label_ == "ORG":
            words = entity.text.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            if words and fold_name(" ".join(words)):
                names.append(" ".join(words))
    return names
