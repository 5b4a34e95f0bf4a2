"""Conflicts: the facts of two sentences in, the pairs of facts that disagree out.

`compare_aligned(a, b, ...)` compares two sentences that the alignment put in one claim (the same
statement in two sources): numbers with the same unit, dates of the same granularity, time
references, the certainty of the same verb ("will" vs "could"), negation, and a name that takes
another's place after the same word ("accused Norway" vs "accused Sweden"). `compare_events`
compares dates stated in differently worded sentences of different sources when the words around
them name the same event ("talks ... Oslo"). Each returns `Finding`s; discrepancies.py joins
them into discrepancies. Agreement is never a finding, except an approximate one ("50 minutes" vs
"nearly an hour"), which is kept as kind "approximate" so the page can show it at low severity.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from generator.facts.dates import date_bounds
from generator.facts.frames import TITLES
from generator.model import Fact, Sentence
from generator.facts.numbers import word_list

QUANTITY_KINDS = ("number", "duration", "money", "percent")
NAME_KINDS = ("person", "organisation", "place", "name")
# Two hedged quantities agree within this share of the larger one: "nearly an hour" (60) and
# "50 minutes" differ by 17%; "about 100,000" and "120,000" by 17%. 20% keeps both as agreement
# while "two-hour" vs "50-minute" (58%) stays a conflict.
APPROX_TOLERANCE = 0.2
# Two names are one name written two ways when their similarity reaches this (rapidfuzz ratio,
# 0-100): "Yuri"/"Yury Petrov", "Zelinsky"/"Zelinskyy", "Larsen"/"Larson" score 85-95, while
# different surnames of one story score below 60.
SAME_NAME = 80
STOPWORDS = frozenset(word_list(
    """a an the and or but nor if of to in on at by for with from as into onto about than that
    this these those it its is are was were be been being has have had having do does did will
    would could should may might must can shall not no so such he she they we you i his her their
    our your them him us me my who whom whose which what when where while there here then also
    just very more most said says say told according mr mrs ms dr after before over under
    between during since until ahead following amid all both each every other some many any
    most few several own"""
))
# Words about time itself ("the second time this month") say when, not what: they are left out
# of the words that name an event.
TIME_WORDS = frozenset(word_list(
    """time times day days week weeks month months year years first second third fourth next
    this earlier later ago"""
))
# General news vocabulary that outlets swap for one another when they reword an event: counted
# as one word when matching the words around a date. Not story-specific.
EVENT_SYNONYMS = {
    "spoke": "speak", "speak": "speak", "talked": "speak", "talk": "speak", "call": "speak",
    "phone": "speak", "conversation": "speak", "conve": "speak",
    "last": "last", "final": "last", "previous": "last", "prior": "last",
    "talks": "meet", "meeting": "meet", "meetings": "meet", "meet": "meet", "met": "meet",
    "summit": "meet", "negotiations": "meet", "discussions": "meet", "session": "meet",
    "sessions": "meet", "convene": "meet", "begin": "start", "start": "start", "starts": "start",
    "launch": "start", "opens": "start",
}  # fmt: skip
STEM_LETTERS = 5  # as in align.py: joins "sanction"/"sanctions", keeps content words apart
WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")
DETERMINERS = frozenset(["the", "a", "an", "of", "his", "her", "their", "its", "to"])


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    severity: str  # high | medium | low
    facts: tuple[Fact, Fact]
    why: str
    strict: bool = False  # only believed between closely aligned sentences


ROLE_PHRASE_RE = re.compile(
    r"\bthe\s+(?:(?:former|new|current|late)\s+)?(?P<role>president|prime minister|"
    r"chancellor|governor|mayor|secretary of state|pope|king|queen)\b(?!\s+[A-Z])"
)


def role_mentions(sentence: Sentence, holders: dict[str, str]) -> list[Fact]:
    """"the president" in a sentence, as a person fact naming the story's usual holder."""
    found = []
    for match in ROLE_PHRASE_RE.finditer(sentence.text):
        holder = holders.get(match["role"])
        if holder:
            found.append(Fact(id="", source=sentence.source, sentence_id=sentence.id,
                              kind="person", start=sentence.start + match.start(),
                              end=sentence.start + match.end(), text=match.group(),
                              value=holder, context="role"))
    return found


def event_words(text: str) -> frozenset[str]:
    words = set()
    for word in WORD_RE.findall(text):
        low = word.lower().strip("’'")
        if low in STOPWORDS or low in TIME_WORDS or len(low) < 3:
            continue
        words.add(EVENT_SYNONYMS.get(low, low[:STEM_LETTERS]))
    return frozenset(words)


def grain(value: str) -> str:
    """How precise a date value is: weekday | year | month | day."""
    first = date_bounds(value)[0]
    if first.isalpha():
        return "weekday"
    if first.isdigit():
        return "year"
    is_day = (first.startswith("--") and len(first) == 7) or len(first) == 10
    return "day" if is_day else "month"


def ranges_overlap(a: str, b: str) -> bool:
    a1, a2 = date_bounds(a)
    b1, b2 = date_bounds(b)
    return a1 <= b2 and b1 <= a2


def date_value(fact: Fact) -> str:
    return fact.resolved or fact.value


def same_name(a: Fact, b: Fact) -> bool:
    if a.value == b.value:
        return True
    last_a, last_b = a.value.split()[-1], b.value.split()[-1]
    return (
        fuzz.ratio(last_a, last_b) >= SAME_NAME
        or fuzz.ratio(a.value, b.value) >= SAME_NAME
        or a.value in b.value
        or b.value in a.value
    )


def _quantities(facts: Sequence[Fact]) -> list[Fact]:
    return [f for f in facts if f.kind in QUANTITY_KINDS]


def _units_match(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind != "number":
        return a.unit == b.unit
    return a.unit == b.unit or not a.unit or not b.unit


def _relative(a: float, b: float) -> float:
    return abs(a - b) / (max(abs(a), abs(b)) or 1.0)


def compare_quantities(fa: Sequence[Fact], fb: Sequence[Fact]) -> list[Finding]:
    """Numbers of two aligned sentences: equal ones agree, one left over each side may clash."""
    left_a, left_b = _quantities(fa), _quantities(fb)
    for a in list(left_a):
        twin = next((b for b in left_b if _units_match(a, b) and a.value == b.value), None)
        if twin is not None:
            left_a.remove(a)
            left_b.remove(twin)
    findings = []
    for a in left_a:
        rivals = [b for b in left_b if _units_match(a, b)]
        if len(rivals) != 1 or sum(1 for x in left_a if _units_match(x, rivals[0])) != 1:
            continue  # several numbers of one unit left: no way to tell which pairs with which
        b = rivals[0]
        gap = _relative(float(a.value), float(b.value))
        if (a.approximate or b.approximate) and gap <= APPROX_TOLERANCE:
            findings.append(Finding("approximate", "low", (a, b),
                                    "the values differ, but one is hedged and they are within "
                                    f"{round(100 * APPROX_TOLERANCE)}% of each other"))
        elif a.approximate or b.approximate:
            findings.append(Finding("number", "medium", (a, b),
                                    "aligned sentences give different numbers for the same "
                                    "thing; one is hedged"))
        else:
            findings.append(Finding("number", "high", (a, b),
                                    "aligned sentences give different numbers for the same thing"))
    return findings


# Words either side of a date in aligned sentences that must share an event word: one sentence
# can hold two events ("passed on Tuesday", "said Wednesday"), and a date only clashes with the
# date of the same event.
LOCAL_WINDOW = 6


def _local_words(sentence: Sentence, fact: Fact) -> frozenset[str]:
    local = fact.start - sentence.start
    before = sentence.text[:local].split()[-LOCAL_WINDOW:]
    after = sentence.text[local + len(fact.text) :].split()[:LOCAL_WINDOW]
    return event_words(" ".join(before + after))


def compare_dates(fa: Sequence[Fact], fb: Sequence[Fact], sa: Sentence | None = None,
                  sb: Sentence | None = None) -> list[Finding]:
    findings = []
    for kind in ("date", "time_ref"):
        da = [f for f in fa if f.kind == kind]
        db = [f for f in fb if f.kind == kind]
        left_a = [a for a in da if not any(date_value(a) == date_value(b) for b in db)]
        left_b = [b for b in db if not any(date_value(a) == date_value(b) for a in da)]
        for a in left_a:
            if kind == "date":
                rivals = [b for b in left_b if grain(b.value) == grain(a.value)]
            else:
                rivals = [b for b in left_b if b.value[:-2] == a.value[:-2]] or (
                    left_b if len(left_a) == len(left_b) == 1 else []
                )
            if len(rivals) != 1:
                continue
            b = rivals[0]
            if sa is not None and sb is not None and a.sentence_id == sa.id and not (
                _local_words(sa, a) & _local_words(sb, b)
            ):
                continue  # the words around the two dates share nothing: two events
            if kind == "time_ref":
                findings.append(Finding("time_ref", "medium", (a, b),
                                        "aligned sentences place the same event in a different "
                                        "period"))
            elif ranges_overlap(date_value(a), date_value(b)):
                findings.append(Finding("date", "medium", (a, b),
                                        "aligned sentences give overlapping but different dates"))
            else:
                findings.append(Finding("date", "high", (a, b),
                                        "aligned sentences give different dates for the same "
                                        "event"))
    return findings


def compare_certainty(fa: Sequence[Fact], fb: Sequence[Fact]) -> list[Finding]:
    """The modal verbs of two aligned sentences: same verb first, then a lone one each side."""
    ma = [f for f in fa if f.kind == "certainty"]
    mb = [f for f in fb if f.kind == "certainty"]
    pairs: list[tuple[Fact, Fact]] = []
    for a in list(ma):
        twin = next((b for b in mb if b.unit == a.unit), None)
        if twin is not None:
            pairs.append((a, twin))
            ma.remove(a)
            mb.remove(twin)
    if len(ma) == 1 and len(mb) == 1:
        pairs.append((ma[0], mb[0]))
    return [
        Finding("certainty", "medium", (a, b),
                f"the same statement is made with “{a.context}” in one source and "
                f"“{b.context}” in the other: {a.value} vs {b.value}")
        for a, b in pairs
        if a.value != b.value
    ]


def compare_negation(fa: Sequence[Fact], fb: Sequence[Fact], a_text: str,
                     b_text: str) -> list[Finding]:
    findings = []
    for one, other, other_facts in ((fa, b_text, fb), (fb, a_text, fa)):
        for neg in (f for f in one if f.kind == "negation"):
            negated_there = any(f.kind == "negation" and f.unit == neg.unit for f in other_facts)
            if negated_there or len(neg.unit) < 4:
                continue
            verb = re.search(rf"\b{re.escape(neg.unit)}\b", other, re.IGNORECASE)
            if verb is None:
                continue
            if re.search(r"\b(?:not|never|no|n't|without|nor)\b|n't\b", other, re.IGNORECASE):
                continue  # the other side negates in another way
            mirror = Fact(id="", source="", sentence_id="", kind="negation", start=0, end=0,
                          text=verb.group(), value="affirmed", unit=neg.unit)
            findings.append(Finding("negation", "medium", (neg, mirror),
                                    f"one source says “{neg.context} {neg.unit}”, the aligned "
                                    "sentence states it without the negation"))
    return findings


def _slots(sentence: Sentence, facts: Sequence[Fact]) -> dict[str, Fact]:
    """Content word -> the name that follows it (at most two small words between)."""
    names = sorted((f for f in facts if f.kind in NAME_KINDS), key=lambda f: f.start)
    slots: dict[str, Fact] = {}
    for name in names:
        before = sentence.text[: name.start - sentence.start]
        words = WORD_RE.findall(before)[-3:]
        while words and (words[-1].lower() in DETERMINERS or words[-1].lower() in TITLES):
            words.pop()  # "photo of President Trump": the slot is "photo"
        if (words and words[-1].lower() not in STOPWORDS and words[-1][0].islower()
                and len(words[-1]) >= 4):
            slots.setdefault(words[-1].lower(), name)
    return slots


def compare_slots(sa: Sentence, fa: Sequence[Fact], sb: Sentence, fb: Sequence[Fact],
                  holders: dict[str, str]) -> list[Finding]:
    """A name taking another's place after the same word ("accused Norway"/"accused Sweden"),
    or a named person where the other source has "the president" and the story's president is
    someone else."""
    slots_a = _slots(sa, [*fa, *role_mentions(sa, holders)])
    slots_b = _slots(sb, [*fb, *role_mentions(sb, holders)])
    findings = []
    for word in sorted(set(slots_a) & set(slots_b)):
        a, b = slots_a[word], slots_b[word]
        if same_name(a, b):
            continue
        kind = "person" if a.kind == b.kind == "person" else "entity"
        what = "person" if kind == "person" else "party"
        by_role = next((f for f in (a, b) if f.context == "role"), None)
        if by_role is not None:
            findings.append(Finding(kind, "high", (a, b),
                                    f"aligned sentences name a different person right after "
                                    f"“{word}”: “{by_role.text}” is {by_role.value} everywhere "
                                    "else in the story"))
            continue
        findings.append(Finding(kind, "high", (a, b),
                                f"aligned sentences name a different {what} right after “{word}”",
                                strict=True))
    return findings


def compare_aligned(sa: Sentence, fa: Sequence[Fact], sb: Sentence, fb: Sequence[Fact],
                    holders: dict[str, str] | None = None) -> list[Finding]:
    return (
        compare_quantities(fa, fb)
        + compare_dates(fa, fb, sa, sb)
        + compare_certainty(fa, fb)
        + compare_negation(fa, fb, sa.text, sb.text)
        + compare_slots(sa, fa, sb, fb, holders or {})
    )


def common_words(sentences: Iterable[Sentence], share: float) -> frozenset[str]:
    """Event words found in more than `share` of the story's sentences: too common to key on.

    The event types of EVENT_SYNONYMS ("speak", "meet") are kept however common: with a place
    or a "last" they are what tells one event from another."""
    texts = Counter(sentence.text for sentence in sentences)  # reprints repeat sentences
    total = sum(texts.values())
    counts: Counter[str] = Counter()
    for text, n in texts.items():
        counts.update(dict.fromkeys(event_words(text), n))
    event_types = set(EVENT_SYNONYMS.values())
    return frozenset(
        w for w, n in counts.items() if n > share * max(total, 1) and w not in event_types
    )


Dated = tuple[Fact, frozenset[str]]
MatchKey = tuple[int, int, int, int, int]
Best = dict[str, tuple[MatchKey, int]]  # source -> (rank, index of the match)


def _best_matches(entries: Sequence[Dated], min_shared: int) -> list[Best]:
    """For each dated fact, its best match in every other source: (rank, index in `entries`).

    The best match is the date most likely to be the same event: an equal or overlapping date
    first, then the most shared words, then the first in the text, then the first listed. Only
    dates sharing `min_shared` (at least one) words can match, so the candidates come from an
    index of the words: a story of a thousand reprints never compares every date with every
    other."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, (_, words) in enumerate(entries):
        for word in sorted(words):
            postings[word].append(n)
    values = [date_value(fact) for fact, _ in entries]
    grains = [grain(fact.value) for fact, _ in entries]
    bounds = [date_bounds(value) for value in values]
    best: list[Best] = []
    for n, (fact, words) in enumerate(entries):
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(postings[word])
        found: Best = {}
        for m, count in shared.items():
            other = entries[m][0]
            if count < min_shared or other.source == fact.source or grains[m] != grains[n]:
                continue
            overlap = bounds[n][0] <= bounds[m][1] and bounds[m][0] <= bounds[n][1]
            rank = (-int(values[n] == values[m]), -int(overlap), -count, other.start, m)
            if other.source not in found or rank < found[other.source][0]:
                found[other.source] = (rank, m)
        best.append(found)
    return best


def compare_events(dated: Sequence[Dated], min_shared: int,
                   stated: dict[str, list[str]]) -> list[Finding]:
    """Dates of different sources whose surrounding words name the same event.

    `dated` holds (date fact, event words around it); `stated` maps a source to every date value
    it states anywhere. Two dates are compared when each is the other's best match; they only
    conflict when neither source states the other's date anywhere: two outlets that both
    mention the 3rd and the 7th are telling of two events. Findings come source pair by source
    pair (in source order), then in the order of the first source's dates.
    """
    by_source: dict[str, list[Dated]] = defaultdict(list)
    for fact, words in dated:
        by_source[fact.source].append((fact, words))
    entries = [entry for source in sorted(by_source) for entry in by_source[source]]
    best = _best_matches(entries, max(min_shared, 1))
    keyed: list[tuple[str, str, int, Finding]] = []
    for n, (a, words_a) in enumerate(entries):
        for src_b, (_, m) in best[n].items():
            if src_b <= a.source:
                continue
            b, words_b = entries[m]
            back = best[m].get(a.source)
            if back is None or back[1] != n:
                continue
            if date_value(a) == date_value(b):
                continue
            if date_value(a) in stated[src_b] or date_value(b) in stated[a.source]:
                continue
            overlap = ranges_overlap(date_value(a), date_value(b))
            keyed.append((a.source, src_b, n, Finding(
                "date", "medium" if overlap else "high", (a, b),
                "the words around the two dates name the same event ("
                + ", ".join(sorted(words_a & words_b)) + ")"
                + ("; the dates overlap" if overlap else ""),
            )))
    keyed.sort(key=lambda t: t[:3])
    return [finding for *_, finding in keyed]
