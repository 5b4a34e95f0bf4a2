"""The lexicon: every English word list of the analysis, once, each with where it comes from.

In: nothing. Out: `WordList`s (frozensets of lower-case words or phrases with a `source` line)
imported by every stage. Like spaCy's `lang/en/stop_words.py` and trafilatura's `xpaths.py`, the
language data lives apart from the algorithms, so that two stages cannot drift apart with two
lists of titles. What the language model knows (who is a person, what is a date or an amount of
money, lemmas, heads) is not listed here: `language.py` gives it. What it cannot know (titles of
office, speech verbs, hedges...) is.

Rules for a list: general English, never a word chosen because of one story or one evaluation
sentence (`tests/test_lexicon.py` scans this file and the code for names and phrases of the
example story and of `../shared/eval/`); a `source` that says where the words come from; not
empty.
"""

from __future__ import annotations

from types import ModuleType

from generator.lexicon import compare, facts, ingest, quotes, story
from generator.lexicon.compare import (
    FUNCTION_WORDS,
    REPORTING_WORDS,
)
from generator.lexicon.facts import (
    AGO_COUNTS,
    CARDINAL_WORDS,
    CURRENCIES,
    DAY_PART_QUALIFIERS,
    DAY_PARTS,
    DENIAL_VERBS,
    EVENT_STOPWORDS,
    EVENT_TYPES,
    HONORIFICS,
    IRREGULAR_PLURALS,
    LOWER_BOUNDS,
    MINUTES_PER_UNIT,
    MODAL_CERTAINTY,
    MONTHS,
    NEGATIONS,
    NUMBER_HEDGES_AFTER,
    NUMBER_HEDGES_BEFORE,
    NUMBER_MULTIPLES,
    NUMBER_SCALES,
    OFFICE_SYNONYMS,
    OFFICE_TITLES,
    PERCENT_WORDS,
    PERIOD_SHIFTS,
    PERIODS,
    PLAN_VERBS,
    PRIMARY_VERBS,
    RELATIVE_DAYS,
    SINGLE_HOLDER_OFFICES,
    SLOT_FILLERS,
    TIME_BOUNDS,
    TIME_WORDS,
    UPPER_BOUNDS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    YEAR_PREPOSITIONS,
)
from generator.lexicon.ingest import (
    ADVERTISEMENT_LABELS,
    BYLINE_PREFIXES,
    COMMENT_FORM_FIELDS,
    COMMENT_FORM_VERBS,
    CONTACT_VERBS,
    COUNTER_NOUNS,
    CREDIT_PHRASES,
    DATE_LABELS,
    ENGLISH_MARKER_WORDS,
    JOURNALIST_NOUNS,
    LEGAL_NOTICES,
    NAVIGATION_LINKS,
    OUTLET_NAME_WORDS,
    PAGE_REGION_WORDS,
    PICTURE_AGENCY_WORDS,
    PICTURE_LABELS,
    RELATED_LIST_HEADS,
    RELATED_LIST_NOUNS,
    SHARE_BUTTONS,
)
from generator.lexicon.quotes import (
    ABBREVIATED_TITLES,
    AFTER_QUOTE_VERBS,
    ATTRIBUTION_PHRASES,
    CHARACTERISING_VERBS,
    FEMALE_TITLES,
    FIDELITY_WORDS,
    MALE_TITLES,
    PLAIN_HONORIFICS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES_OF_ADDRESS,
)
from generator.lexicon.story import (
    LOADED_WORDS,
    POINTING_BACK_OPENERS,
)
from generator.lexicon.wordlist import WordList

SECTIONS: tuple[ModuleType, ...] = (ingest, compare, quotes, facts, story)


def word_lists() -> dict[str, WordList]:
    """Every list of the lexicon by name, section by section (for the tests and the Method page)."""
    return {
        name: value
        for section in SECTIONS
        for name, value in vars(section).items()
        if isinstance(value, WordList)
    }


__all__ = [
    "ADVERTISEMENT_LABELS",
    "BYLINE_PREFIXES",
    "COMMENT_FORM_FIELDS",
    "COMMENT_FORM_VERBS",
    "CONTACT_VERBS",
    "COUNTER_NOUNS",
    "CREDIT_PHRASES",
    "DATE_LABELS",
    "ENGLISH_MARKER_WORDS",
    "JOURNALIST_NOUNS",
    "LEGAL_NOTICES",
    "NAVIGATION_LINKS",
    "OUTLET_NAME_WORDS",
    "PAGE_REGION_WORDS",
    "PICTURE_AGENCY_WORDS",
    "PICTURE_LABELS",
    "RELATED_LIST_HEADS",
    "RELATED_LIST_NOUNS",
    "SHARE_BUTTONS",
    "FUNCTION_WORDS",
    "REPORTING_WORDS",
    "ABBREVIATED_TITLES",
    "AFTER_QUOTE_VERBS",
    "ATTRIBUTION_PHRASES",
    "CHARACTERISING_VERBS",
    "FEMALE_TITLES",
    "FIDELITY_WORDS",
    "MALE_TITLES",
    "PLAIN_HONORIFICS",
    "ROLE_NOUNS",
    "SPEECH_VERBS",
    "TITLES_OF_ADDRESS",
    "AGO_COUNTS",
    "CARDINAL_WORDS",
    "CURRENCIES",
    "DAY_PARTS",
    "DAY_PART_QUALIFIERS",
    "DENIAL_VERBS",
    "EVENT_STOPWORDS",
    "EVENT_TYPES",
    "HONORIFICS",
    "IRREGULAR_PLURALS",
    "LOWER_BOUNDS",
    "MINUTES_PER_UNIT",
    "MODAL_CERTAINTY",
    "MONTHS",
    "NEGATIONS",
    "NUMBER_HEDGES_AFTER",
    "NUMBER_HEDGES_BEFORE",
    "NUMBER_MULTIPLES",
    "NUMBER_SCALES",
    "OFFICE_SYNONYMS",
    "OFFICE_TITLES",
    "PERCENT_WORDS",
    "PERIODS",
    "PLAN_VERBS",
    "PRIMARY_VERBS",
    "PERIOD_SHIFTS",
    "RELATIVE_DAYS",
    "SINGLE_HOLDER_OFFICES",
    "SLOT_FILLERS",
    "TIME_BOUNDS",
    "TIME_WORDS",
    "UPPER_BOUNDS",
    "VAGUE_NUMBERS",
    "WEEKDAYS",
    "YEAR_PREPOSITIONS",
    "LOADED_WORDS",
    "POINTING_BACK_OPENERS",
    "SECTIONS",
    "WordList",
    "word_lists",
]
