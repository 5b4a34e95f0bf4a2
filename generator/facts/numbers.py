"""Numbers and quantities in a sentence: text in, normalised `Quantity`s out.

`find_quantities(text)` returns every number a sentence states, in digits or in words: "100,000",
"three hundred and forty-two", "two dozen", "one and a half hours", "half a million", "$2.4bn",
"1.5 million", "52%", "a 52-48 vote", "tens of thousands". Each is a `Quantity`: its span, its
value (a range `value`..`high` for an estimate such as "tens of thousands"), whether it is hedged
("about", "or so", "an estimated"), its kind (number | duration | money | percent | tally) and
its unit: minutes for a duration (so "50 minutes" and "nearly an hour" compare), an ISO currency
code for money, "%" for a share, else the lemma of the noun it counts, read from the parse
(`language.py`). Years are left to `dates.py`.

Spelled-out numbers are read by `text2num` (a maintained parser of number words); this module
only adds what it does not read: multiples ("dozen", "half a"), "and a half", scale words after
digits ("1.5 million", "bn"), estimates and tallies. The words come from `lexicon.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from generator import language
from generator.lexicon import (
    CARDINAL_WORDS,
    CURRENCIES,
    LOWER_BOUNDS,
    MINUTES_PER_UNIT,
    NUMBER_HEDGES_AFTER,
    NUMBER_HEDGES_BEFORE,
    NUMBER_MULTIPLES,
    NUMBER_SCALES,
    PERCENT_WORDS,
    UPPER_BOUNDS,
    VAGUE_NUMBERS,
)
from generator.model import FactKind

WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
_NUMBER_WORD = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True) + list(WORD_SCALES))
_WORD_SCALE = "|".join(WORD_SCALES)
_SCALE = "|".join(sorted((re.escape(w) for w in NUMBER_SCALES), key=len, reverse=True))
_VAGUE = "|".join(VAGUE_NUMBERS)
_MULTIPLE = "|".join(w for w in NUMBER_MULTIPLES if w != "half")
_TIME_UNIT = "|".join(MINUTES_PER_UNIT)
_PERCENT = "|".join(sorted((re.escape(w) for w in PERCENT_WORDS), key=len, reverse=True))
_CURRENCY_SIGN = "|".join(re.escape(c) for c in CURRENCIES if not c.isalpha())

# A spelled-out number: number words joined by hyphens or spaces, with "and" only after a scale
# word ("three hundred and forty-two"; "two and three" is two numbers), and "a" only before a
# scale word ("a hundred").
_RUN = rf"(?:{_NUMBER_WORD})(?:[-\s]+(?:{_NUMBER_WORD}))*?"
_WORDS = (
    rf"(?:(?:an?\s+(?=(?:{_WORD_SCALE})\b))?(?:{_RUN}[-\s]+)?(?:{_WORD_SCALE})\s+and\s+)?"
    rf"(?:an?\s+(?=(?:{_WORD_SCALE})\b))?(?:{_NUMBER_WORD})(?:[-\s]+(?:{_NUMBER_WORD}))*"
)
NUMBER_RE = re.compile(
    rf"""(?P<cur>{_CURRENCY_SIGN})?\s?
    (?:
      (?P<vague>\b(?:{_VAGUE})(?:\s+of\s+(?:{_VAGUE}))*\b)
    | (?P<tally>(?<![\d.,/-])\d{{1,3}}\s?[-–]\s?\d{{1,3}}(?![\d.,/%-]))
    | (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
    | (?P<half>\bhalf\s+an?\b)
    | (?P<words>\b{_WORDS}\b(?:\s+and\s+a\s+half\b)?)
    | (?P<article>\ban?\b)(?=\s+(?:{_MULTIPLE}|{_TIME_UNIT})s?\b)
    )
    (?P<multiple>\s+(?:{_MULTIPLE})\b)?
    (?P<scale>(?:[-\s]?(?:{_SCALE})\b)*)
    (?P<tail>[-\s]+(?:{_TIME_UNIT})s?\b|-strong\b|\s?(?:{_PERCENT})(?!\w))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_HEDGES_BEFORE = "|".join(sorted((re.escape(h) for h in NUMBER_HEDGES_BEFORE), key=len,
                                 reverse=True))
HEDGE_BEFORE_RE = re.compile(rf"(?:(?<!\w)(?:{_HEDGES_BEFORE}))\s*$", re.IGNORECASE)
_HEDGES_AFTER = "|".join(sorted((re.escape(h) for h in NUMBER_HEDGES_AFTER), key=len,
                                reverse=True))
HEDGE_AFTER_RE = re.compile(rf"^\s*(?:{_HEDGES_AFTER})\b", re.IGNORECASE)
NEXT_WORD_RE = re.compile(r"^[\s-]*(?:of\s+)?([A-Za-z][A-Za-z-]*)")
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
# Odds and shares written as two numbers ("a 1 in 4 chance", "a three-in-four chance", "six out
# of 10 drivers"): one ratio, not two counts; "three in four" and "one in four" of the same chance
# can both be right (of winning, of losing), so neither number is compared. "3 in 2 days" is a
# count and a span of time, not a ratio.
_ODDS_TERM = rf"(?:\d{{1,3}}(?:,\d{{3}})*|{_NUMBER_WORD})"  # not a year: "rose to 52 in 2010"
ODDS_RE = re.compile(
    rf"(?<![\w.,-]){_ODDS_TERM}[\s-]+(?:in|out[\s-]+of)[\s-]+{_ODDS_TERM}(?![\w.,])"
    rf"(?!\s+(?:{_TIME_UNIT})s?\b)",
    re.IGNORECASE,
)
# Dependency labels that tie a number to the noun it counts ("14 people", "$3 million in aid").
COUNTING_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "npadvmod"})
# Entity labels of names: a number inside one is part of the name.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "EVENT",
               "PRODUCT")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float  # the number, or the low end of an estimate's range
    approximate: bool
    unit: str
    kind: FactKind  # number | duration | money | percent | tally
    high: float | None = None  # the high end of an estimate's range ("tens of thousands")
    tally: str = ""  # a vote or a score as written in digits: "52-48"
    hedge: str = ""  # the hedge or bound as written: "about", "more than", "or so"

    @property
    def normalised(self) -> str:
        """The comparable value: "342", "1.5", "10000/100000" for a range, "52-48"."""
        if self.kind is FactKind.TALLY:
            return self.tally
        if self.high is not None:
            return f"{plain_number(self.value)}/{plain_number(self.high)}"
        return plain_number(self.value)


def plain_number(value: float) -> str:
    """A value as a plain decimal string: 100000, 0.5, 2.25."""
    if value != value or value in (float("inf"), float("-inf")):  # a number past float's range
        return str(value)
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def bounds(value: str) -> tuple[float, float] | None:
    """The low and high end of a normalised quantity value; None for a tally or a non-number."""
    low, _, high = value.partition("/")
    try:
        return float(low), float(high or low)
    except ValueError:
        return None


def words_value(words: str) -> float:
    """A spelled-out number: "three hundred and forty-two" -> 342, "a dozen" -> 12."""
    text = words.lower().strip()
    half = text.endswith(" and a half")
    if half:
        text = text[: -len(" and a half")]
    text = re.sub(r"^an?\s+", "one ", text)
    value = float(text2num(re.sub(r"\s+", " ", text.replace("-", " ")), "en"))
    return value + 0.5 if half else value


def _vague_range(phrase: str) -> tuple[float, float]:
    """ "tens of thousands" -> (10,000, 100,000): each "of" scales by the next word's base."""
    parts = [p for p in phrase.lower().split() if p != "of"]
    low, high = VAGUE_NUMBERS[parts[0]]
    for part in parts[1:]:
        base = VAGUE_NUMBERS[part][0]
        low, high = low * base, high * base
    return low, high


def _base(match: re.Match[str]) -> tuple[float, float | None] | None:
    """The matched number before scales and units: (value, high end of a range or None)."""
    if match["vague"]:
        return _vague_range(match["vague"])
    if match["digits"]:
        return float(match["digits"].replace(",", "")), None
    if match["tally"]:
        return float(re.split(r"\s?[-–]\s?", match["tally"])[0]), None
    if match["half"]:
        return 0.5, None
    if match["words"]:
        try:
            return words_value(match["words"]), None
        except ValueError:
            return None
    if match["article"]:
        return 1.0, None
    return None


def _skipped(match: re.Match[str], text: str, start: int, end: int) -> bool:
    """Matches that are not a checkable count: codes, times, years, a lone "one" or "a"."""
    digits = match["digits"] or match["tally"] or ""
    if digits and (
        (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/.:"))
        or (end < len(text) and (text[end].isalpha() or text[end] in "/:"))
    ):
        return True  # part of a code, a time, a fraction or a date like 9-10
    if match["words"] and start > 0 and text[start - 1].isalpha():
        return True
    extra = match["scale"] or match["tail"] or match["multiple"] or match["cur"]
    if match["digits"] and YEAR_RE.match(match["digits"]) and not extra:
        return True  # a year: dates.py reads it
    if (match["article"] or match["half"]) and not (match["tail"] or match["multiple"]
                                                    or match["scale"]):
        return True
    words = (match["words"] or "").lower()
    return words in ("one", "an", "a") and not extra  # "one of": rarely a checkable count


def _scaled(match: re.Match[str], value: float, high: float | None) -> tuple[float, float | None]:
    factor = 1.0
    if match["multiple"]:
        factor *= NUMBER_MULTIPLES[match["multiple"].strip().lower()]
    for part in re.findall(r"[a-z]+", (match["scale"] or "").lower()):
        factor *= NUMBER_SCALES[part]
    return value * factor, (high * factor if high is not None else None)


def _kind_and_unit(match: re.Match[str], text: str, end: int) -> tuple[FactKind, str, float]:
    """Kind, unit (when the words say it) and the factor that turns the value into that unit."""
    if match["tally"]:
        return FactKind.TALLY, "", 1.0
    tail = re.sub(r"^[-\s]+", "", match["tail"] or "").lower()
    if match["cur"]:
        return FactKind.MONEY, CURRENCIES[match["cur"].lower()], 1.0
    if tail and tail.rstrip("s") in MINUTES_PER_UNIT:
        return FactKind.DURATION, "minute", MINUTES_PER_UNIT[tail.rstrip("s")]
    if tail and tail != "strong":
        return FactKind.PERCENT, "%", 1.0
    rest = text[end:]
    hedge = HEDGE_AFTER_RE.match(rest)
    after = NEXT_WORD_RE.match(rest[hedge.end() :] if hedge else rest)
    if after and after.group(1).lower() in CURRENCIES:
        return FactKind.MONEY, CURRENCIES[after.group(1).lower()], 1.0
    return FactKind.NUMBER, "", 1.0


def counted_noun(text: str, start: int, end: int) -> str:
    """The lemma of the noun a number counts, from the parse: the noun it modifies ("14
    people", "a 100,000-strong army") or else the noun right after it ("tens of thousands of
    troops"); "" when there is none."""
    doc = language.doc(text)
    inside = [t for t in doc if start <= t.idx < end]
    for token in reversed(inside):
        head = token.head
        if (token.dep_ in COUNTING_DEPS and head.pos_ in ("NOUN", "PROPN")
                and not start <= head.idx < end):
            return head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_
    after = [t for t in doc if t.idx >= end and not t.is_punct]
    while after and (after[0].lower_ in ("of", "or", "so", "more", "-", "odd", "plus")
                     or after[0].pos_ in ("ADJ", "DET")):
        after = after[1:]
    if after and after[0].pos_ == "NOUN":
        return after[0].lemma_.lower()
    return ""


def hedge_words(text: str, start: int, end: int) -> str:
    """The hedge or bound around a number as written, lower case ("as many as", "or so"), or
    ""; `bound_of` says which way it points."""
    before = HEDGE_BEFORE_RE.search(text[max(0, start - 20) : start])
    after = HEDGE_AFTER_RE.match(text[end : end + 12])
    found = before or after
    return " ".join(found.group().lower().split()) if found else ""


def bound_of(hedge: str) -> str:
    """ "lower" for "more than 700", "upper" for "up to 2.5 million", "about" for any other
    hedge, "" for none: an upper bound agrees with any value under it, an approximation only
    with a value close to it."""
    if not hedge:
        return ""
    if hedge in LOWER_BOUNDS:
        return "lower"
    if hedge in UPPER_BOUNDS:
        return "upper"
    return "about"


def _in_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names in `text` (the parse's entities): a number inside one ("the Group of
    Seven", "Apollo 11") is part of a name, not a count."""
    return [(start, end) for start, end, _, _ in language.entities(text, NAME_LABELS)]


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text`, with its unit and whether it is hedged or an estimate."""
    found: list[Quantity] = []
    names: list[tuple[int, int]] | None = None
    odds = [(m.start(), m.end()) for m in ODDS_RE.finditer(text)]
    for match in NUMBER_RE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        if start == end or _skipped(match, text, start, end):
            continue
        if any(s <= start < e for s, e in odds):
            continue
        names = _in_names(text) if names is None else names
        if any(s <= start and end <= e for s, e in names):
            continue
        base = _base(match)
        if base is None:
            continue
        value, high = _scaled(match, *base)
        kind, unit, factor = _kind_and_unit(match, text, end)
        value, high = value * factor, (high * factor if high is not None else None)
        if kind in (FactKind.NUMBER, FactKind.TALLY):
            unit = counted_noun(text, start, end)
        hedge = hedge_words(text, start, end)
        approximate = high is not None or bool(hedge)
        tally = re.sub(r"\s", "", match["tally"] or "").replace("–", "-")
        found.append(Quantity(start, end, text[start:end], value, approximate, unit, kind,
                              high=high, tally=tally, hedge=hedge))
    return found


def agree(a: Quantity, b: Quantity, tolerance: float) -> bool:
    """Equal, inside the other's range, or within `tolerance` (a share of the larger value)
    when either side is hedged."""
    return values_agree(a.normalised, a.approximate, b.normalised, b.approximate, tolerance)


def values_agree(a: str, a_hedged: bool, b: str, b_hedged: bool, tolerance: float) -> bool:
    """Two normalised quantity values agree: equal, overlapping ranges, or within `tolerance`
    of each other when either is hedged."""
    if a == b:
        return True
    range_a, range_b = bounds(a), bounds(b)
    if range_a is None or range_b is None:
        return False
    if range_a[0] <= range_b[1] and range_b[0] <= range_a[1] and (
        range_a[0] != range_a[1] or range_b[0] != range_b[1]
    ):
        return True  # an estimate's range holds the other value
    return (a_hedged or b_hedged) and relative_gap(range_a, range_b) <= tolerance


def relative_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two values (or ranges) are, as a share of the larger: 0 when they touch."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0.0
    low, high = (a[1], b[0]) if a[1] < b[0] else (b[1], a[0])
    return abs(high - low) / (max(abs(low), abs(high)) or 1.0)

