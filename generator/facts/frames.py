"""Facts: every sentence of every source in, `story.facts` out (checkable values with offsets).

A fact is a value a sentence states that another outlet could state differently: a number, a
duration or a sum of money (`numbers.py`), a date or a time reference (`dates.py`), a named
person, organisation or place, a person's role or title, and two things about the statement
itself: its certainty (the modal verb: "will" vs "could") and its negation ("not", "never").
Offsets (`Fact.start`/`end`) point into `source.text`. Values are normalised so that equal
things compare equal: plain decimal strings for numbers (durations in minutes), ISO dates (or
"--01-10" when the year is unknown), "month+1" for time references, canonical names for people
(from `story.entities` when the entities stage filled it, else the longest form of the name in
the story).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from generator.facts.dates import find_dates, resolve_date
from generator.model import Fact, Source, Story
from generator.settings import DEFAULT, Settings
from generator.facts.numbers import find_quantities, plain_number, word_list

# A general list of titles and roles a news story attaches to people. The head word (last word)
# is what a role is compared on, so "press secretary" and "secretary" share a head.
TITLES = (
    "president", "vice president", "prime minister", "minister", "foreign minister",
    "secretary", "secretary of state", "press secretary", "senator", "sen.", "representative",
    "rep.", "governor", "gov.", "mayor", "ambassador", "general", "gen.", "admiral", "chairman",
    "chairwoman", "chair", "chancellor", "king", "queen", "prince", "pope", "judge", "justice",
    "director", "chief", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "aide", "commander", "leader", "speaker", "attorney general", "chief executive", "ceo",
    "founder", "editor", "analyst", "professor", "fellow", "officer", "official", "envoy",
    "deputy", "lawyer", "candidate", "coach", "captain", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs",
    "ms", "dr",
)  # fmt: skip
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
# Roles worth comparing across outlets: a rank or office, not a description.
RANKED_ROLES = frozenset(word_list(
    """president minister secretary senator governor mayor ambassador
    general admiral chairman chairwoman chancellor king queen judge justice director chief
    spokesman adviser commander speaker ceo envoy deputy representative"""
))
ROLE_SYNONYMS = {"advisor": "adviser", "spokeswoman": "spokesman", "spokesperson": "spokesman",
                 "chairwoman": "chairman", "chair": "chairman", "gen.": "general",
                 "sen.": "senator", "gov.": "governor", "rep.": "representative",
                 "aide": "adviser"}  # fmt: skip
ORG_WORDS = frozenset(word_list(
    """council committee ministry department organization organisation
    house institution institute corporation corp company party agency command office union
    court congress senate parliament assembly commission bank fund university association
    alliance administration army navy force forces police service times post news press
    group foundation board bureau kremlin pentagon"""
))
PLACE_BEFORE = frozenset(word_list("in at from near to into outside across inside toward towards"))
# Capitalised words that start sentences or are not names.
NOT_NAMES = frozenset(word_list(
    """The A An But And Or If In On At For With From As By To Of It Its This
    That These Those He She They We You I His Her Their Our My Your Who What When Where Why How
    While After Before Since During Although Though However Meanwhile Still Yet Even Also Then
    There Here Both Each Every All Some Many Most Much No Not Such Other Another One Two Three
    Mr Mrs Ms Dr Sir According Earlier Later Last Next This Thursday Friday Monday Tuesday
    Wednesday Saturday Sunday January February March April May June July August September
    October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec So Now Just
    Only Under Over Between Among Without Within Against Because Unlike Like Than"""
))

_TITLE_RE = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z]{2,5})"
NAME_RE = re.compile(
    rf"(?:(?P<title>\b(?i:{_TITLE_RE}))\s+)?(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})"
)
_ROLE_RE = "|".join(
    sorted((re.escape(t) for t in TITLES if t not in HONORIFICS), key=len, reverse=True)
)
APPOSITIVE_ROLE_RE = re.compile(
    rf"^,\s+(?:a|an|the|who\s+is\s+(?:a|an|the))?\s*(?P<role>(?:[\w’'.-]+\s+){{0,5}}?"
    rf"(?:{_ROLE_RE}))\b",
    re.IGNORECASE,
)
MODAL_RE = re.compile(
    r"\b(?P<modal>will|would|could|may|might|can|cannot|can't|should|must|won't|wouldn't|"
    r"couldn't|shall)\b(?P<neg>\s+not|n't)?\s+(?:(?:also|still|never|likely|probably|"
    r"possibly|eventually|soon|only|then|be\s+able\s+to|have)\s+)*(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
NEGATION_RE = re.compile(
    r"\b(?P<neg>not|never|n't|no longer)\b\s*(?:(?:be|been|have|yet|to|also|a|an|the)\s+)*"
    r"(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
# The certainty a modal verb gives a statement: "will"/"would" state, "could"/"may" allow.
CERTAINTY = {
    "will": "definite", "would": "definite", "shall": "definite", "must": "definite",
    "won't": "definite", "wouldn't": "definite", "cannot": "definite", "can't": "definite",
    "could": "possible", "may": "possible", "might": "possible", "can": "possible",
    "couldn't": "possible", "should": "expected",
}  # fmt: skip


def _name_kind(title: str, name: str, before: str) -> str:
    words = name.split()
    if title and title.lower() in TITLES:
        return "person"
    if any(w.lower() in ORG_WORDS for w in words) or (len(words) == 1 and name.isupper()):
        return "organisation"
    prev = before.split()[-1].lower() if before.split() else ""
    if prev in PLACE_BEFORE and len(words) <= 2:
        return "place"
    return "name"


@lru_cache(maxsize=4096)
def find_names(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """Capitalised names in a sentence: (start, end, name, kind, title), titles included.
    Cached: the story-wide name pass and the per-sentence pass read the same sentences."""
    found = []
    for match in NAME_RE.finditer(text):
        name = match["name"]
        words = name.split()
        while words and words[0].rstrip(".") in NOT_NAMES:
            words = words[1:]
        if not words or (len(words) == 1 and len(words[0]) < 3):
            continue
        title = (match["title"] or "").lower()
        inner = [i for i, w in enumerate(words[:-1]) if w.lower() in TITLES]
        if inner:  # "Danish Prime Minister Mette Holm": the title is inside the capitals
            title, words = words[inner[-1]].lower(), words[inner[-1] + 1 :]
        name = " ".join(words)
        start = match.start() if match["title"] else match.start("name") + match["name"].find(name)
        end = start + len(text[start : match.end()].rstrip())
        if match["title"] and match["title"][0].islower() and not match["title"].endswith("."):
            start = match.start("name") + match["name"].find(name)
        found.append((start, end, name, _name_kind(title, name, text[:start]), title))
    return tuple(found)


def _surname(name: str) -> str:
    return re.sub(r"[’']s$", "", name.split()[-1])


def _person_canon(story: Story) -> dict[str, str]:
    """Person name form (and surname) -> canonical name.

    A capitalised name is a person's when the entities stage says so or when its surname appears
    somewhere in the story after a title ("Mr. Petrov", "President Novak"); the canonical name
    is the entities stage's, else the longest form of the surname in the story."""
    names: list[tuple[str, str]] = []
    surnames: set[str] = set()
    for source in story.sources:
        for sentence in source.sentences:
            for _, _, name, kind, _ in find_names(sentence.text):
                names.append((name, kind))
                if kind == "person":
                    surnames.add(_surname(name))
    canon: dict[str, str] = {}
    for entity in story.entities:
        # A one-word "person" with no titled form is as often a country ("Norway") as a person.
        titled = any(alias.split()[0].rstrip(".").lower() in TITLES for alias in entity.aliases)
        if entity.kind == "person" and (len(entity.name.split()) >= 2 or titled):
            for alias in (entity.name, *entity.aliases):
                canon[alias] = entity.name
                canon.setdefault(_surname(alias), entity.name)
    for name, _ in names:
        last = _surname(name)
        if last in surnames and last not in canon or (
            last in surnames and len(name) > len(canon[last]) and canon[last] not in
            {e.name for e in story.entities}
        ):
            canon[last] = re.sub(r"[’']s$", "", name)
    return canon


def _role_head(role: str) -> str:
    words = role.lower().split()
    head = ROLE_SYNONYMS.get(words[-1], words[-1]) if words else ""
    if len(words) >= 3 and words[-2] == "of":  # "secretary of state": the office is the head
        head = ROLE_SYNONYMS.get(words[-3], words[-3])
    return head


def sentence_facts(source: Source, index: int, canon: dict[str, str],
                   first_id: int = 0) -> list[Fact]:
    """The facts of one sentence in text order, numbered `{source}:f{n}` from `first_id`."""
    sentence = source.sentences[index]
    text, base = sentence.text, sentence.start
    found: list[dict[str, Any]] = []

    def add(kind: str, start: int, end: int, value: str, **extra: object) -> None:
        found.append({"source": source.id, "sentence_id": sentence.id, "kind": kind,
                      "start": base + start, "end": base + end, "text": text[start:end],
                      "value": value, **extra})

    dates = find_dates(text)
    for mention in dates:
        add(mention.kind, mention.start, mention.end, mention.value,
            resolved=resolve_date(mention.value, mention.kind, source.published))
    taken = [(m.start, m.end) for m in dates]
    for quantity in find_quantities(text):
        if any(s < quantity.end and quantity.start < e for s, e in taken):
            continue
        add(quantity.kind, quantity.start, quantity.end, plain_number(quantity.value),
            approximate=quantity.approximate, unit=quantity.unit)
    for start, end, name, kind, title in find_names(text):
        if any(s <= start < e for s, e in taken):
            continue
        last = _surname(name)
        if kind in ("name", "place") and last in canon:
            kind = "person"
        value = canon.get(name, canon.get(last, name)) if kind == "person" else name
        add(kind, start, end, value, unit=title if title not in HONORIFICS else "")
        role = ""
        if title and title not in HONORIFICS:
            role = title
        appositive = APPOSITIVE_ROLE_RE.match(text[end:])
        if appositive and kind == "person":
            role = appositive["role"]
        if role and kind == "person":
            add("role", start, end, _role_head(role), unit=value, context=role.lower())
    for match in MODAL_RE.finditer(text):
        modal = match["modal"].lower()
        add("certainty", match.start("modal"), match.end("modal"), CERTAINTY.get(modal, modal),
            unit=match["verb"].lower(), context=modal)
    for match in NEGATION_RE.finditer(text):
        add("negation", match.start("neg"), match.end("neg"), "not",
            unit=match["verb"].lower(), context=match["neg"].lower())
    found.sort(key=lambda f: (f["start"], f["kind"]))
    return [Fact(id=f"{source.id}:f{first_id + i}", **f) for i, f in enumerate(found)]


def extract_facts(story: Story, settings: Settings = DEFAULT) -> Story:
    canon = _person_canon(story)
    facts: list[Fact] = []
    for source in story.sources:
        first = len(facts)
        for index in range(len(source.sentences)):
            facts.extend(sentence_facts(source, index, canon, len(facts) - first))
    return replace(story, facts=tuple(facts))
