"""The lexicon: every word list non-empty with a source, and no story shaped the code.

The product is judged on stories nobody here has seen, so no name of the example story
(`seeds/`) or of the evaluation data (`../shared/eval/`) may appear in the code or the lexicon:
a rule written for one person, outlet or sentence is a defect. The names are the people the
language layer finds in the example story, and the speakers and outlets of the evaluation gold;
names made only of common English words (those the texts also write in lower case: "The Day",
"White House") are left out, since code may well say "day" or "house". The code is then searched
for each name, case-sensitive, as a whole word. A few names are the authors of the references a
word list cites (`CITED`): they are allowed in a `source=` line and nowhere else.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, SHARED

from generator import language
from generator.lexicon import WordList, word_lists

EVAL = SHARED / "eval"
CODE = sorted((ROOT / "generator").rglob("*.py"))
# Authors and publishers of works a word list cites as its source.
CITED = frozenset({"Palmer", "Reuters"})
# Proper nouns of general knowledge that the PolNeAR gold lists as speakers ("Texas said", "the
# Senate said"): the calendar, the country, its parties and chambers. Code may name them
# generally (party tags, month abbreviations); they say nothing about one story.
GENERAL = frozenset(
    [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, *calendar.day_abbr]
    + ["U.S", "Democrat", "Democratic", "Republican", "Senate", "House", "Texas"]
)
WORD = re.compile(r"[A-Za-z][\w’'-]*")


@pytest.mark.parametrize("name", sorted(word_lists()))
def test_every_word_list_has_words_and_a_source(name):
    words = word_lists()[name]
    assert isinstance(words, WordList) and len(words) > 0 and len(words.source) > 10


def texts_of(folder: Path, pattern: str) -> list[str]:
    return [p.read_text("utf-8", errors="replace") for p in sorted(folder.glob(pattern))]


def common_words(texts: Iterable[str]) -> set[str]:
    """Words that the texts also write in lower case: ordinary English, not names."""
    return {w for text in texts for w in WORD.findall(text) if w.islower()} | GENERAL


def people_in(texts: Iterable[str]) -> set[str]:
    """The people the language layer finds: full names and each of their words."""
    names: set[str] = set()
    for text in texts:
        for paragraph in text.split("\n\n"):
            doc = language.doc(paragraph, language.NEEDS_ENTITIES)
            names.update(e.text for e in doc.ents if e.label_ == "PERSON")
            names.update(t.text for e in doc.ents if e.label_ == "PERSON" for t in e)
    return names


def gold_names() -> set[str]:
    """Speakers and outlets the evaluation gold names."""
    names: set[str] = set()
    for path in sorted((EVAL / "basil" / "gold").glob("*.json")):
        names.update(s for item in json.loads(path.read_text("utf-8")) for s in item["speakers"])
    for part in ("train", "dev"):
        for path in sorted((EVAL / "polnear" / part / "gold").glob("*.json")):
            items = json.loads(path.read_text("utf-8"))
            names.update(s for item in items for s in item["speakers"])
    for path in sorted((EVAL / "basil" / "stories").glob("*/*.md")):
        match = re.search(r'^outlet: "?([^"\n]+)"?$', path.read_text("utf-8"), re.M)
        if match:
            names.add(match.group(1))
    return names


def distinctive(names: Iterable[str], common: set[str]) -> set[str]:
    """Names with at least one word that is not ordinary English."""
    return {
        name.strip()
        for name in names
        if name not in GENERAL
        and any(w not in common and w.lower() not in common for w in WORD.findall(name))
        and len(name.strip()) > 2
    }


@lru_cache(maxsize=1)
def code_texts() -> tuple[tuple[str, str, str], ...]:
    """(path, text, text without the lines that cite a source) of every module."""
    found = []
    for path in CODE:
        text = path.read_text("utf-8")
        uncited = "\n".join(
            line for line in text.split("\n") if "source=" not in line and "Source:" not in line
        )
        found.append((str(path.relative_to(ROOT)), text, uncited))
    return tuple(found)


def found_in_code(names: Iterable[str]) -> list[str]:
    """"name in path" for each name found in a module."""
    hits = []
    for path, text, uncited in code_texts():
        tokens = set(WORD.findall(text))
        for name in sorted(names):
            where = uncited if name in CITED else text
            first = WORD.findall(name)[0]
            if first in tokens and re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", where):
                hits.append(f"{name} in {path}")
    return hits


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    texts = texts_of(SEEDS, "*.*")
    if EVAL.is_dir():
        texts += texts_of(EVAL / "basil" / "stories", "*/*.md")
    return tuple(texts)


def test_no_name_of_the_example_story_is_in_the_code():
    names = distinctive(people_in(texts_of(SEEDS, "*.*")), common_words(corpus_texts()))
    assert len(names) > 10  # the scan found the story's people
    assert found_in_code(names) == []


def test_no_name_of_the_evaluation_data_is_in_the_code():
    if not (EVAL / "basil").is_dir():
        pytest.skip("../shared/eval not found: the evaluation data lives beside the repository")
    names = distinctive(gold_names(), common_words(corpus_texts()))
    assert len(names) > 100
    assert found_in_code(names) == []
