"""Names: comparison keys for people's names, and what a given name says about gender.

In: a name as written ("Jane Q. Doe", "Ms. Doe"). Out: its folded key (`fold_name`), its
surname and given names, whether a word is a title of office or address (from the lexicon), and
the gender most often given to a first name (`first_name_gender`), read from the `gender-guesser`
package's offline list of about 45,000 names in 55 countries.

The name list is 3.5 MB; parsing all of it takes a second, so its lines are read once (70 ms) and
only the lines of the names asked about are parsed, found by a binary search.
"""

from __future__ import annotations

import bisect
import unicodedata
from functools import lru_cache
from pathlib import Path

import gender_guesser.detector

from generator.lexicon import HONORIFICS, OFFICE_TITLES, PLAIN_HONORIFICS, TITLES_OF_ADDRESS

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A name's genders as gender-guesser reports them; "andy" (given to both) and "unknown" say none.
NAME_WINDOW = 100  # lines either side of the binary search's landing place (a name has at most 6)
GUESSED = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
# The country whose column answers first: most English-language news names are American, and
# the whole list's answer mixes countries where a name is given to the other sex.
NEWS_COUNTRY = "usa"


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """Accents dropped, lower case, dots and apostrophes removed: a comparison key."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return plain.lower().replace(".", "").replace("’", "").replace("'", "").strip()


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold_name(w) for w in words if " " not in w)


TITLES = _folded(OFFICE_TITLES | HONORIFICS | TITLES_OF_ADDRESS)
PLAIN = _folded(PLAIN_HONORIFICS)


def is_title(word: str) -> bool:
    """A title of office or address written before a name: "Capt.", "Senator", "Ms"."""
    return fold_name(word) in TITLES


def is_plain_honorific(word: str) -> bool:
    """Mr., Ms., Dr.: a courtesy title that says nothing about what a person does."""
    return fold_name(word) in PLAIN


def _bare(name: str) -> list[str]:
    tokens = [t for t in name.split() if fold_name(t).strip(",") not in SUFFIXES]
    return tokens or name.split()


def surname(name: str) -> str:
    tokens = _bare(name)
    return fold_name(tokens[-1]) if tokens else ""


def given_names(name: str) -> list[str]:
    return _bare(name)[:-1]


@lru_cache(maxsize=1)
def _name_lines() -> list[str]:
    text = (Path(gender_guesser.detector.__file__).parent / "data" / "nam_dict.txt").read_text(
        encoding="utf-8")
    return [line for line in text.splitlines() if line[:1] not in ("", "#", "=")]


def _line_key(line: str) -> str:
    return fold_name(line.split(None, 2)[1]).replace("+", "")


@lru_cache(maxsize=1)
def _detector() -> gender_guesser.detector.Detector:
    detector = gender_guesser.detector.Detector.__new__(gender_guesser.detector.Detector)
    detector.case_sensitive = False
    detector.names = {}
    return detector


@lru_cache(maxsize=65536)
def is_given_name(name: str) -> bool:
    """A word gender-guesser's list knows as a given name, of either gender or both."""
    key = fold_name(name)
    return bool(first_name_gender(name)) or (
        len(key) >= 2 and key.isalpha() and _detector().get_gender(key) != "unknown")


@lru_cache(maxsize=65536)
def first_name_gender(name: str) -> str:
    """ "m", "f" or "" for a given name, from gender-guesser's list: its answer for the US,
    else over all countries ("" for initials and for names given to both sexes)."""
    key = fold_name(name)
    if len(key) < 2 or not key.isalpha():
        return ""
    lines = _name_lines()
    # The list is sorted by name, give or take accented letters: a binary search lands next to
    # the name's lines, and a window around it holds them all.
    at = bisect.bisect_left(lines, key, key=_line_key)
    detector = _detector()
    for line in lines[max(0, at - NAME_WINDOW):at + NAME_WINDOW]:
        if line.split(None, 2)[1].lower() == key:
            detector._eat_name_line(line.strip())
    # The US's answer first, then the whole list's: "Darin" is "mostly female" over all
    # countries and "mostly male" in the US.
    return GUESSED.get(detector.get_gender(key, NEWS_COUNTRY), "") or GUESSED.get(
        detector.get_gender(key), "")
