"""Conflicts: the facts of two aligned sentences in, the pairs of facts that disagree out.

`compare_aligned(a, b, ...)` compares two sentences that the alignment put in one claim (the same
statement in two sources): quantities of the same kind and unit, dates of the same granularity,
time references, the certainty of the same verb ("will" vs "could"), negation, and a name that
takes another's place after the same word ("accused Norway" vs "accused Sweden"). It returns
`Finding`s; `discrepancies.py` joins them into discrepancies. Agreement is never a finding,
except an approximate one ("50 minutes" vs "nearly an hour"), which is kept as kind
"approximate" so the page can show it at low severity. Dates of differently worded sentences
are matched in `events.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from generator import lexicon
from generator.facts.dates import date_value, grain, ranges_overlap
from generator.facts.events import event_words
from generator.facts.findings import Finding
from generator.facts.matching import governing_verb, named_owners
from generator.facts.modality import lemmas
from generator.facts.numbers import bounds, relative_gap
from generator.model import (
    NAME_KINDS,
    QUANTITY_KINDS,
    DiscrepancyKind,
    Fact,
    FactKind,
    Sentence,
    Severity,
)
from generator.settings import DEFAULT, FactSettings

WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")
POSSESSIVE_AFTER_RE = re.compile(r"[’']s?\b")
# A slot is named by a content word of at least this many letters ("accused", "photo"): shorter
# words are mostly function words the stop list misses.
SLOT_WORD_LETTERS = 4
# Words between a slot and its name: determiners and titles ("a photo of President X").
SKIPPED_BEFORE_NAME = lexicon.SLOT_FILLERS | lexicon.OFFICE_TITLES


_SINGLE_OFFICES = "|".join(sorted(lexicon.SINGLE_HOLDER_OFFICES, key=len, reverse=True))
ROLE_PHRASE_RE = re.compile(
    rf"\bthe\s+(?:(?:former|new|current|late)\s+)?(?P<role>{_SINGLE_OFFICES})\b(?!\s+[A-Z])"
)


def role_mentions(sentence: Sentence, holders: dict[str, str]) -> list[Fact]:
    """ "the president" in a sentence, as a person fact naming the story's usual holder."""
    found = []
    for match in ROLE_PHRASE_RE.finditer(sentence.text):
        holder = holders.get(match["role"])
        if holder:
            found.append(Fact(id="", source=sentence.source, sentence_id=sentence.id,
                              kind=FactKind.PERSON, start=sentence.start + match.start(),
                              end=sentence.start + match.end(), text=match.group(),
                              value=holder, context="role"))
    return found


def _letters(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def same_name(a: Fact, b: Fact, similar: int) -> bool:
    """One name written two ways: equal, one inside the other, or a rapidfuzz ratio (0-100) of
    the names or their last words of at least `similar`; an abbreviation written with or
    without full stops ("U.N." and "UN") is one name."""
    if a.value == b.value or _letters(a.value) == _letters(b.value):
        return True
    last_a, last_b = a.value.split()[-1], b.value.split()[-1]
    return (
        fuzz.ratio(last_a, last_b) >= similar
        or fuzz.ratio(a.value, b.value) >= similar
        or a.value in b.value
        or b.value in a.value
    )


def _units_match(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind not in (FactKind.NUMBER, FactKind.TALLY):
        return a.unit == b.unit
    return a.unit == b.unit or not a.unit or not b.unit


def _agree(a: Fact, b: Fact) -> bool:
    """Equal, or one an estimate whose range holds the other ("tens of thousands", 100,000)."""
    if a.value == b.value:
        return True
    range_a, range_b = bounds(a.value), bounds(b.value)
    if range_a is None or range_b is None or range_a == range_b:
        return False
    estimate = range_a[0] != range_a[1] or range_b[0] != range_b[1]
    return estimate and relative_gap(range_a, range_b) == 0.0


def _quantity_finding(a: Fact, b: Fact, tolerance: float) -> Finding:
    range_a, range_b = bounds(a.value), bounds(b.value)
    hedged = a.approximate or b.approximate
    if hedged and range_a and range_b and relative_gap(range_a, range_b) <= tolerance:
        return Finding(DiscrepancyKind.APPROXIMATE, Severity.LOW, (a, b),
                       "the values differ, but one is hedged and they are within "
                       f"{round(100 * tolerance)}% of each other")
    if hedged:
        return Finding(DiscrepancyKind.NUMBER, Severity.MEDIUM, (a, b),
                       "aligned sentences give different numbers for the same thing; one is "
                       "hedged")
    return Finding(DiscrepancyKind.NUMBER, Severity.HIGH, (a, b),
                   "aligned sentences give different numbers for the same thing")


def _other_verbs(a: Fact, b: Fact, sa: Sentence | None, sb: Sentence | None) -> bool:
    """Whether two values hang on a different verb in each sentence ("announced Monday" and
    "before Thursday's strike began"; "is costing $2 million" and "booked $700,000 of
    billboards"): two acts, unless the sentences are one statement closely reworded."""
    if sa is None or sb is None or a.sentence_id != sa.id or b.sentence_id != sb.id:
        return False
    verb_a = governing_verb(sa.text, a.start - sa.start)[0]
    return verb_a != governing_verb(sb.text, b.start - sb.start)[0]


def _owned_apart(a: Fact, b: Fact, sa: Sentence | None, sb: Sentence | None) -> bool:
    """Whether the two values count things of different owners ("$12 billion in Icelandic fish",
    "$20 billion of Norwegian fish"): two different items, however alike the sentences."""
    if sa is None or sb is None or a.sentence_id != sa.id or b.sentence_id != sb.id:
        return False
    own_a = named_owners(sa.text, a.start - sa.start, a.end - sa.start)
    own_b = named_owners(sb.text, b.start - sb.start, b.end - sb.start)
    return bool(own_a and own_b and not own_a & own_b)


def _strict_between_verbs(finding: Finding, sa: Sentence | None,
                          sb: Sentence | None) -> Finding:
    """A clash of values on two different verbs is only believed between closely aligned
    sentences (`strict`); agreement (approximate) is kept as it is."""
    if finding.kind is DiscrepancyKind.APPROXIMATE or not _other_verbs(*finding.facts, sa, sb):
        return finding
    return replace(finding, strict=True)


def compare_quantities(fa: Sequence[Fact], fb: Sequence[Fact],
                       settings: FactSettings = DEFAULT.facts, sa: Sentence | None = None,
                       sb: Sentence | None = None) -> list[Finding]:
    """Numbers of two aligned sentences: agreeing ones pair off, one left over each side may
    clash; a clash of values on two different verbs is only believed between closely aligned
    sentences (`strict`)."""
    left_a = [f for f in fa if f.kind in QUANTITY_KINDS]
    left_b = [f for f in fb if f.kind in QUANTITY_KINDS]
    for a in list(left_a):
        twin = next((b for b in left_b if _units_match(a, b) and _agree(a, b)), None)
        if twin is not None:
            left_a.remove(a)
            left_b.remove(twin)
    findings = []
    for a in left_a:
        rivals = [b for b in left_b if _units_match(a, b)]
        if len(rivals) != 1 or sum(1 for x in left_a if _units_match(x, rivals[0])) != 1:
            continue  # several numbers of one unit left: no way to tell which pairs with which
        if _owned_apart(a, rivals[0], sa, sb):
            continue
        finding = _quantity_finding(a, rivals[0], settings.approximate_tolerance)
        findings.append(_strict_between_verbs(finding, sa, sb))
    return findings


def _local_words(sentence: Sentence, fact: Fact, window: int) -> frozenset[str]:
    local = fact.start - sentence.start
    before = sentence.text[:local].split()[-window:]
    after = sentence.text[local + len(fact.text) :].split()[:window]
    return event_words(" ".join(before + after))


def _date_rivals(a: Fact, left_a: list[Fact], left_b: list[Fact]) -> list[Fact]:
    if a.kind == FactKind.DATE:
        return [b for b in left_b if grain(b.value) == grain(a.value)]
    same_period = [b for b in left_b if b.value[:-2] == a.value[:-2]]
    return same_period or (left_b if len(left_a) == len(left_b) == 1 else [])


def _date_finding(a: Fact, b: Fact) -> Finding:
    if a.kind == FactKind.TIME_REF:
        return Finding(DiscrepancyKind.TIME_REF, Severity.MEDIUM, (a, b),
                       "aligned sentences place the same event in a different period")
    if ranges_overlap(date_value(a), date_value(b)):
        return Finding(DiscrepancyKind.DATE, Severity.MEDIUM, (a, b),
                       "aligned sentences give overlapping but different dates")
    return Finding(DiscrepancyKind.DATE, Severity.HIGH, (a, b),
                   "aligned sentences give different dates for the same event")


def compare_dates(fa: Sequence[Fact], fb: Sequence[Fact], sa: Sentence | None = None,
                  sb: Sentence | None = None,
                  settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """Dates and time references of two aligned sentences: a date left over each side, of the
    same precision, clashes when the words around them share an event word."""
    findings = []
    for kind in (FactKind.DATE, FactKind.TIME_REF):
        da = [f for f in fa if f.kind == kind]
        db = [f for f in fb if f.kind == kind]
        left_a = [a for a in da if not any(date_value(a) == date_value(b) for b in db)]
        left_b = [b for b in db if not any(date_value(a) == date_value(b) for a in da)]
        for a in left_a:
            rivals = _date_rivals(a, left_a, left_b)
            if len(rivals) != 1:
                continue
            b = rivals[0]
            window = settings.local_window
            if sa is not None and sb is not None and a.sentence_id == sa.id and not (
                _local_words(sa, a, window) & _local_words(sb, b, window)
            ):
                continue  # the words around the two dates share nothing: two events
            findings.append(_strict_between_verbs(_date_finding(a, b), sa, sb))
    return findings


def compare_certainty(fa: Sequence[Fact], fb: Sequence[Fact]) -> list[Finding]:
    """The modal verbs of two aligned sentences: same verb first, then a lone one each side."""
    ma = [f for f in fa if f.kind == FactKind.CERTAINTY]
    mb = [f for f in fb if f.kind == FactKind.CERTAINTY]
    pairs: list[tuple[Fact, Fact]] = []
    for a in list(ma):
        twin = next((b for b in mb if b.unit == a.unit), None)
        if twin is not None:
            pairs.append((a, twin))
            ma.remove(a)
            mb.remove(twin)
    if len(ma) == 1 and len(mb) == 1:
        pairs.append((ma[0], mb[0]))
    # A lone modal of another verb each side ("should be scrapped", "could not survive") is
    # only believed between closely aligned sentences: it may be two statements.
    return [
        Finding(DiscrepancyKind.CERTAINTY, Severity.MEDIUM, (a, b),
                f"the same statement is made with “{a.context}” in one source and "
                f"“{b.context}” in the other: {a.value} vs {b.value}", strict=a.unit != b.unit)
        for a, b in pairs
        if a.value != b.value
    ]


def compare_negation(fa: Sequence[Fact], fb: Sequence[Fact], a_text: str, b_text: str,
                     settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """A verb negated in one sentence and stated without any negation in the other."""
    findings = []
    for one, other, other_facts in ((fa, b_text, fb), (fb, a_text, fa)):
        for neg in (f for f in one if f.kind == FactKind.NEGATION):
            negated_there = any(f.kind == FactKind.NEGATION and f.unit == neg.unit
                                for f in other_facts)
            if negated_there or len(neg.unit) < settings.negated_verb_letters:
                continue
            if neg.unit not in lemmas(other):
                continue
            words = {w.lower() for w in WORD_RE.findall(other)}
            if words & lexicon.NEGATIONS or re.search(r"n[’']t\b", other, re.IGNORECASE):
                continue  # the other side negates in another way
            mirror = Fact(id="", source="", sentence_id="", kind=FactKind.NEGATION, start=0,
                          end=0, text=neg.unit, value="affirmed", unit=neg.unit)
            findings.append(Finding(DiscrepancyKind.NEGATION, Severity.MEDIUM, (neg, mirror),
                                    f"one source says “{neg.context} {neg.unit}”, the aligned "
                                    "sentence states it without the negation"))
    return findings


def _slots(sentence: Sentence, facts: Sequence[Fact]) -> dict[str, Fact]:
    """Content word -> the name that follows it (at most two small words between); kept by
    sentence and facts, for a sentence is compared with every other wording of its claim."""
    return _slots_of(sentence, tuple(facts))


@lru_cache(maxsize=16_384)
def _slots_of(sentence: Sentence, facts: tuple[Fact, ...]) -> dict[str, Fact]:
    names = sorted((f for f in facts if f.kind in NAME_KINDS), key=lambda f: f.start)
    slots: dict[str, Fact] = {}
    for name in names:
        if POSSESSIVE_AFTER_RE.match(sentence.text, name.end - sentence.start):
            continue  # "warned Russia's leader": the slot holds the leader, not the country
        before = sentence.text[: name.start - sentence.start]
        words = WORD_RE.findall(before)[-3:]
        while words and words[-1].lower() in SKIPPED_BEFORE_NAME:
            words.pop()  # "photo of President Silva": the slot is "photo"
        if (words and words[-1].lower() not in lexicon.EVENT_STOPWORDS
                and words[-1][0].islower() and len(words[-1]) >= SLOT_WORD_LETTERS):
            slots.setdefault(words[-1].lower(), name)
    return slots


# What joins a slot's first name to a second one in the same slot: a list ("Norway and
# Iceland") or a compound name ("the Elsby Town Hall").
LIST_JOINERS_RE = re.compile(r"^\s*(?:,|and\b|or\b|&)?\s*(?:the\s+)?")


def _filled_by_both(sentence: Sentence, own: Fact, rival: Fact) -> bool:
    """Whether the rival name follows `own` in the same slot of this sentence: the slot holds
    both ("sent crates to Norway and Iceland", "stormed the Elsby Town Hall"), so the other source
    naming either is no swap."""
    after = sentence.text[own.end - sentence.start :]
    joined = LIST_JOINERS_RE.match(after)
    rest = after[joined.end() :] if joined else after
    return rest.startswith(rival.text) or rest.startswith(rival.value)


def compare_slots(sa: Sentence, fa: Sequence[Fact], sb: Sentence, fb: Sequence[Fact],
                  holders: dict[str, str],
                  settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """A name taking another's place after the same word ("accused Norway"/"accused Sweden"),
    or a named person where the other source has "the president" and the story's president is
    someone else."""
    slots_a = _slots(sa, [*fa, *role_mentions(sa, holders)])
    slots_b = _slots(sb, [*fb, *role_mentions(sb, holders)])
    findings = []
    for word in sorted(set(slots_a) & set(slots_b)):
        a, b = slots_a[word], slots_b[word]
        if same_name(a, b, settings.same_name) or _filled_by_both(sa, a, b) or _filled_by_both(
                sb, b, a):
            continue
        person = a.kind == b.kind == FactKind.PERSON
        kind = DiscrepancyKind.PERSON if person else DiscrepancyKind.ENTITY
        by_role = next((f for f in (a, b) if f.context == "role"), None)
        if by_role is not None:
            findings.append(Finding(kind, Severity.HIGH, (a, b),
                                    f"aligned sentences name a different person right after "
                                    f"“{word}”: “{by_role.text}” is {by_role.value} everywhere "
                                    "else in the story"))
            continue
        what = "person" if person else "party"
        findings.append(Finding(kind, Severity.HIGH, (a, b),
                                f"aligned sentences name a different {what} right after “{word}”",
                                strict=True))
    return findings


def compare_aligned(sa: Sentence, fa: Sequence[Fact], sb: Sentence, fb: Sequence[Fact],
                    holders: dict[str, str] | None = None,
                    settings: FactSettings = DEFAULT.facts) -> list[Finding]:
    """Every finding between two aligned sentences and their facts."""
    return (
        compare_quantities(fa, fb, settings, sa, sb)
        + compare_dates(fa, fb, sa, sb, settings)
        + compare_certainty(fa, fb)
        + compare_negation(fa, fb, sa.text, sb.text, settings)
        + compare_slots(sa, fa, sb, fb, holders or {}, settings)
    )
