"""Numbers and quantities in a sentence: digits or words in, normalised quantities out.

`find_quantities(text)` returns every number a sentence states ("100,000", "two-hour",
"nearly an hour", "tens of thousands", "$3 million", "2 nuclear superpowers") as a `Quantity`:
its span, a plain decimal value, whether it is hedged ("about", "or so", "an estimated"), what it
counts (the unit: the noun after it, or "minute"/"usd" for durations and money) and its kind
(number | duration | money). Years are left to `dates.py`. Durations are normalised to minutes so
that "50 minutes" and "nearly an hour" can be compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "half": 0.5,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}  # fmt: skip
# "tens of thousands" and the like are vague: the low end, marked approximate.
VAGUE = {"dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2_000,
         "millions": 2_000_000, "billions": 2_000_000_000}  # fmt: skip
MINUTES = {"second": 1 / 60, "minute": 1, "hour": 60, "day": 1_440, "week": 10_080,
           "month": 43_200, "year": 525_600}  # fmt: skip
HEDGES = (
    "about", "around", "nearly", "almost", "roughly", "some", "approximately", "an estimated",
    "estimated", "more than", "over", "up to", "at least", "close to", "less than", "fewer than",
    "just over", "just under", "under", "upwards of", "as many as", "as much as", "at most",
)  # fmt: skip
CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "dollars": "usd", "dollar": "usd",
            "euros": "eur", "euro": "eur", "pounds": "gbp", "rubles": "rub",
            "yuan": "cny"}  # fmt: skip


def word_list(text: str) -> list[str]:
    """The words of a whitespace-separated list written as one string."""
    return text.split()


_WORD = "|".join(sorted((re.escape(w) for w in WORD_VALUES), key=len, reverse=True))
_SCALE = "|".join(SCALES)
_VAGUE = "|".join(VAGUE)
_UNIT_WORDS = "|".join(MINUTES)
NUMBER_RE = re.compile(
    rf"""(?P<cur>[$€£])?\s?
    (?:
      \b(?P<vague>(?:{_VAGUE})(?:\s+of\s+(?:{_VAGUE}))*)\b
      | (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
      | \b(?P<words>(?:{_WORD})(?:[-\s](?:{_WORD}))?)\b
      | (?P<article>\ban?\b|\bhalf\s+an?\b)(?=\s+(?:{_UNIT_WORDS})s?\b)
    )
    (?P<scale>(?:[-\s](?:{_SCALE}))*)
    (?P<tail>[-\s]+(?:{_UNIT_WORDS})s?\b|-strong\b|\s?%|\s?(?:per\s?cent|percent)\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
HEDGE_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(h) for h in HEDGES) + r")|~)\s*$", re.IGNORECASE
)
HEDGE_AFTER_RE = re.compile(r"^\s*(?:or so|or more|-odd|or less|plus)\b", re.IGNORECASE)
NEXT_WORD_RE = re.compile(r"^[\s-]*(?:of\s+)?([A-Za-z][A-Za-z-]*)")
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
# Words that look like a number's unit but are not what it counts.
NOT_UNITS = frozenset(word_list(
    """a an the of and or to in on at for by with from as than that which who
    is are was were be been has have had more less times"""
))


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    approximate: bool
    unit: str
    kind: str  # number | duration | money | percent


def plain_number(value: float) -> str:
    """A value as a plain decimal string: 100000, 0.5, 2.25."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _base_value(match: re.Match[str]) -> tuple[float, bool] | None:
    if match["vague"]:
        words = match["vague"].lower().split()
        value = 1.0
        for word in words:
            if word != "of":
                value *= VAGUE[word] if value == 1.0 else SCALES.get(word[:-1], VAGUE[word])
        return value, True
    if match["digits"]:
        return float(match["digits"].replace(",", "")), False
    if match["words"]:
        total = 0.0
        for part in re.split(r"[-\s]+", match["words"].lower()):
            if part == "a":
                continue
            total += WORD_VALUES.get(part, 0)
        if match["words"].lower() in WORD_VALUES:
            total = WORD_VALUES[match["words"].lower()]
        return total, False
    if match["article"]:
        return (0.5 if "half" in match["article"].lower() else 1.0), False
    return None


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text`, with its unit and whether it is hedged."""
    found: list[Quantity] = []
    for match in NUMBER_RE.finditer(text):
        base = _base_value(match)
        if base is None or not match.group().strip():
            continue
        value, approximate = base
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        digits = match["digits"] or ""
        if digits and (
            (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/.:"))
            or (end < len(text) and (text[end].isalpha() or text[end] in "/:"))
        ):
            continue  # part of a code, time, fraction or a date like 9-10
        if match["words"] and start > 0 and text[start - 1].isalpha():
            continue
        scale = match["scale"] or ""
        for part in re.findall(r"[a-z]+", scale.lower()):
            value *= SCALES[part]
        if digits and YEAR_RE.match(digits) and not scale and not match["tail"]:
            continue  # a year: dates.py handles it
        if match["article"] and not match["tail"]:
            continue
        if (match["words"] or "").lower() in ("one", "half") and not (scale or match["tail"]):
            continue  # "one of", "half the": rarely a checkable count
        tail = (match["tail"] or "").strip(" -").lower()
        kind, unit = "number", ""
        if match["cur"]:
            kind, unit = "money", CURRENCY[match["cur"]]
        if tail in ("%", "per cent", "percent", "percent"):
            kind, unit = "percent", "%"
        elif tail == "strong":
            unit = "strong"
        elif tail:
            word = singular(tail)
            if word in MINUTES:
                kind, unit = "duration", "minute"
                value *= MINUTES[word]
        if kind == "number" and unit in ("", "strong"):
            rest = text[end:]
            hedge_after = HEDGE_AFTER_RE.match(rest)
            after = NEXT_WORD_RE.match(rest[hedge_after.end() :] if hedge_after else rest)
            if after and after.group(1).lower() in CURRENCY:
                kind, unit = "money", CURRENCY[after.group(1).lower()]
            elif after and after.group(1).lower() not in NOT_UNITS:
                unit = singular(after.group(1))
        before = text[max(0, start - 20) : start]
        after_text = text[end : end + 12]
        if HEDGE_BEFORE_RE.search(before) or HEDGE_AFTER_RE.match(after_text):
            approximate = True
        found.append(Quantity(start, end, text[start:end], value, approximate, unit, kind))
    return found


def agree(a: Quantity, b: Quantity, tolerance: float) -> bool:
    """Equal, or within `tolerance` (a share of the larger value) when either side is hedged."""
    if a.value == b.value:
        return True
    if not (a.approximate or b.approximate):
        return False
    largest = max(abs(a.value), abs(b.value)) or 1.0
    return abs(a.value - b.value) / largest <= tolerance
