"""The lexicon's facts section: numbers, hedges, negation, calendar words, titles."""

from __future__ import annotations

from generator.lexicon.wordlist import WordList

CARDINAL_WORDS = WordList(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    source="English cardinal number words below a hundred (the words text2num reads with the "
    "scale words)",
)
# Number words that text2num does not read: multiples and fractions ("two dozen", "half a
# million", "one and a half hours"). Value per word. Source: English grammar (Quirk et al.,
# A Comprehensive Grammar of the English Language, 6.63-6.66, numerals).
NUMBER_MULTIPLES: dict[str, float] = {"dozen": 12, "score": 20, "half": 0.5, "quarter": 0.25}
# Scale words after a number, spelled out or abbreviated as financial news writes them
# ("$2.4bn", "£3m", "5k"). Source: the AP and Reuters style guides' abbreviations of amounts.
NUMBER_SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
# Plural number words that make an estimate, not a count ("tens of thousands", "dozens"): the
# range they span, as a multiple of what follows (`of thousands`). Source: their dictionary
# senses (Merriam-Webster: "tens", "hundreds", "dozens": an indefinitely large number).
VAGUE_NUMBERS: dict[str, tuple[float, float]] = {
    "dozens": (24, 144), "scores": (40, 200), "tens": (10, 100), "hundreds": (100, 1_000),
    "thousands": (1_000, 10_000), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
}  # fmt: skip
# Units of time and their length in minutes, so that "50 minutes" and "nearly an hour" compare.
# Source: the calendar (a month as 30 days, a year as 365).
MINUTES_PER_UNIT: dict[str, float] = {
    "second": 1 / 60, "minute": 1, "hour": 60, "day": 1_440, "week": 10_080, "month": 43_200,
    "year": 525_600,
}  # fmt: skip
# Currency symbols and names, to ISO 4217 codes. Source: ISO 4217, the currencies most often
# named in English news.
CURRENCIES: dict[str, str] = {
    "$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "dollar": "usd",
    "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "gbp", "pounds": "gbp",
    "sterling": "gbp", "yen": "jpy", "yuan": "cny", "renminbi": "cny", "rupee": "inr",
    "rupees": "inr", "ruble": "rub", "rubles": "rub", "rouble": "rub", "roubles": "rub",
    "franc": "chf", "francs": "chf",
}  # fmt: skip
PERCENT_WORDS = WordList(
    ["%", "percent", "per cent", "pct", "percentage points"],
    source="how news style guides write a share (AP: percent; British papers: per cent)",
)
# Words before a number that make it an estimate or a bound, not an exact count.
NUMBER_HEDGES_BEFORE = WordList(
    ["about", "around", "nearly", "almost", "roughly", "some", "approximately", "an estimated",
     "estimated", "more than", "over", "up to", "at least", "close to", "less than",
     "fewer than", "just over", "just under", "under", "upwards of", "as many as", "as much as",
     "at most", "circa", "approx.", "~"],
    source="approximators and bounds of English numerals (Quirk et al. 7.56; Channell, "
    "Vague Language, 1994, ch. 3)",
)
NUMBER_HEDGES_AFTER = WordList(
    ["or so", "or more", "-odd", "odd", "or less", "plus", "or fewer", "and more"],
    source="post-numeral approximators (Channell, Vague Language, 1994, ch. 3)",
)
# Plurals that do not add -s, for showing a count with its noun ("14 people"). Source: English
# grammar (Quirk et al. 5.80-5.90, irregular plurals), the nouns news counts most.
IRREGULAR_PLURALS: dict[str, str] = {
    "person": "people", "man": "men", "woman": "women", "child": "children",
    "policeman": "policemen", "foot": "feet", "tooth": "teeth", "mouse": "mice",
    "life": "lives", "wife": "wives", "thief": "thieves", "leaf": "leaves",
}  # fmt: skip
# Which way a bound points (the hedges above that are not approximations): "more than 300"
# agrees with 312, "up to 4.5 million" with 4.4 million, but two different caps on one count
# are two claims. Source: Channell, Vague Language (1994), ch. 3, approximators vs bounds.
LOWER_BOUNDS = WordList(
    ["more than", "over", "at least", "upwards of", "just over", "or more", "plus", "and more"],
    source="lower-bound numeral modifiers (Channell, Vague Language, 1994, ch. 3)",
)
UPPER_BOUNDS = WordList(
    ["up to", "as many as", "as much as", "at most", "less than", "fewer than", "under",
     "just under", "or less", "or fewer"],
    source="upper-bound numeral modifiers (Channell, Vague Language, 1994, ch. 3)",
)
# The modal verbs and the certainty each gives the verb it governs: "will"/"would" state,
# "could"/"may"/"might"/"can" allow, "should" expects. Source: Palmer, Mood and Modality
# (2001), epistemic and dynamic modals; the Penn Treebank's MD tag lists the same words.
MODAL_CERTAINTY: dict[str, str] = {
    "will": "definite", "would": "definite", "shall": "definite", "must": "definite",
    "wo": "definite", "ca": "definite", "cannot": "definite",
    "could": "possible", "may": "possible", "might": "possible", "can": "possible",
    "should": "expected", "ought": "expected",
}  # fmt: skip
NEGATIONS = WordList(
    ["not", "n't", "never", "no", "without", "nor", "neither", "no longer", "none"],
    source="English negators (Quirk et al. 10.54-10.63)",
)
# Calendar words. Source: the Gregorian calendar and the usual abbreviations (AP style).
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = WordList(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    source="the days of the week",
)
# Relative time: a period, and how far "this"/"last"/"next" move it ("last week": week-1).
# A weekend is its own period: "this weekend" in a Monday article is the two days just past.
PERIODS: dict[str, str] = {"day": "day", "week": "week", "weekend": "weekend", "month": "month",
                           "year": "year"}  # fmt: skip
PERIOD_SHIFTS: dict[str, int] = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
                                 "coming": 1}  # fmt: skip
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
AGO_COUNTS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
                              "five": 5, "six": 6, "several": 3, "few": 3}  # fmt: skip
# Words before a year that make it a date ("in 2014") rather than a count.
YEAR_PREPOSITIONS = WordList(
    ["in", "since", "by", "until", "of", "from", "before", "after", "early", "late", "mid-"],
    source="prepositions and modifiers of a year in English dates",
)
# Titles of office and rank a news story puts before a name or in an apposition. The head word
# is what a role is compared on. Source: AP Stylebook "titles"; the offices of government,
# the military, business and the courts in general use.
OFFICE_TITLES = WordList(
    ["president", "vice president", "prime minister", "minister", "foreign minister",
     "secretary", "secretary of state", "press secretary", "senator", "sen.", "representative",
     "rep.", "governor", "gov.", "mayor", "ambassador", "general", "gen.", "admiral",
     "chairman", "chairwoman", "chair", "chancellor", "king", "queen", "prince", "princess",
     "pope", "judge", "justice", "director", "chief", "spokesman", "spokeswoman",
     "spokesperson", "adviser", "advisor", "aide", "commander", "leader", "speaker",
     "attorney general", "chief executive", "ceo", "founder", "editor", "analyst", "professor",
     "fellow", "officer", "official", "envoy", "deputy", "lawyer", "candidate", "coach",
     "captain", "capt.", "col.", "lt.", "sgt.", "gen", "sheriff", "commissioner",
     "president-elect"],
    source="AP Stylebook, titles of office and rank",
)
HONORIFICS = WordList(
    ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "miss", "prof."],
    source="English honorifics (AP Stylebook, courtesy titles)",
)
# One office under two names: compared as one.
OFFICE_SYNONYMS: dict[str, str] = {
    "advisor": "adviser", "aide": "adviser", "spokeswoman": "spokesman",
    "spokesperson": "spokesman", "chairwoman": "chairman", "chair": "chairman",
    "gen.": "general", "gen": "general", "sen.": "senator", "gov.": "governor",
    "rep.": "representative", "capt.": "captain", "col.": "colonel",
}  # fmt: skip
# Offices with one holder at a time in a story's country or body: "the president" stands for
# the person most sources give the title. Source: heads of state and government, AP Stylebook.
SINGLE_HOLDER_OFFICES = WordList(
    ["president", "prime minister", "chancellor", "governor", "mayor", "secretary of state",
     "pope", "king", "queen"],
    source="heads of state, government and city (offices with one holder at a time)",
)
# Function words and reporting words: never the words that name an event. Source: the
# closed-class words of English (determiners, pronouns, prepositions, auxiliaries,
# conjunctions) and the commonest reporting verbs.
EVENT_STOPWORDS = WordList(
    ["a", "an", "the", "and", "or", "but", "nor", "if", "of", "to", "in", "on", "at", "by", "for",
     "with", "from", "as", "into", "onto", "about", "than", "that", "this", "these", "those", "it",
     "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having",
     "do", "does", "did", "will", "would", "could", "should", "may", "might", "must", "can",
     "shall", "not", "no", "so", "such", "he", "she", "they", "we", "you", "i", "his", "her",
     "their", "our", "your", "them", "him", "us", "me", "my", "who", "whom", "whose", "which",
     "what", "when", "where", "while", "there", "here", "then", "also", "just", "very", "more",
     "most", "said", "says", "say", "told", "according", "mr", "mrs", "ms", "dr", "after",
     "before", "over", "under", "between", "during", "since", "until", "ahead", "following",
     "amid", "all", "both", "each", "every", "other", "some", "many", "any", "few", "several",
     "own"],
    source="English closed-class words and reporting verbs",
)
# Words about time itself ("the second time this month") say when, not what happened.
TIME_WORDS = WordList(
    ["time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "first",
     "second", "third", "fourth", "next", "this", "earlier", "later", "ago"],
    source="English time nouns and ordinals",
)
# Words outlets swap for one another when they reword an event, each with the event type it
# names: matched as one word around a date. General news vocabulary (kinds of communication,
# meeting, start and end, and "the last one"); source: WordNet synsets of talk.v.02,
# meeting.n.01, begin.v.01, last.s.02, attack.n.01, vote.n.01 (a bill "passed" is a vote's outcome).
EVENT_TYPES: dict[str, str] = {
    "spoke": "speak", "speak": "speak", "talked": "speak", "talk": "speak", "call": "speak",
    "called": "speak", "phone": "speak", "phoned": "speak", "conversation": "speak",
    "last": "last", "final": "last", "previous": "last", "prior": "last", "latest": "last",
    "talks": "meet", "meeting": "meet", "meetings": "meet", "meet": "meet", "met": "meet",
    "summit": "meet", "negotiations": "meet", "discussions": "meet", "session": "meet",
    "sessions": "meet", "convene": "meet", "conference": "meet",
    "begin": "start", "began": "start", "start": "start", "starts": "start", "started": "start",
    "launch": "start", "launched": "start", "opens": "start", "opened": "start",
    "attack": "attack", "attacked": "attack", "strike": "attack", "raid": "attack",
    "assault": "attack", "vote": "vote", "voted": "vote", "ballot": "vote", "election": "vote",
    "pass": "vote", "passed": "vote", "passes": "vote", "passing": "vote",
}  # fmt: skip
# Words between a name and the word whose slot it fills ("a photo of the president").
SLOT_FILLERS = WordList(
    ["the", "a", "an", "of", "his", "her", "their", "its", "to"],
    source="English determiners and the prepositions of a noun's complement",
)
# Parts of the day and the clock minutes (from midnight) each spans, so that "Monday afternoon",
# "by noon" and "at 3 p.m." compare. The night runs past midnight (to 05:00, minute 1740), and a
# clock time before 05:00 is read as that night's. Boundaries overlap where usage does
# (an early evening is also a late afternoon). Source: Merriam-Webster's senses of each word;
# the hours follow the UK Met Office's and the AP's usage for forecasts and news times.
DAY_PARTS: dict[str, tuple[int, int]] = {
    "morning": (300, 720), "afternoon": (721, 1080), "evening": (1020, 1320),
    "night": (1140, 1740), "overnight": (1260, 1740), "tonight": (1080, 1740),
    "noon": (720, 720), "midday": (720, 720), "midnight": (1440, 1440),
    "dawn": (270, 420), "daybreak": (270, 420), "dusk": (1020, 1260),
}  # fmt: skip
# Qualifiers of a part of the day and the share of it they keep ("early": its first half).
DAY_PART_QUALIFIERS: dict[str, tuple[float, float]] = {
    "early": (0.0, 0.5), "late": (0.5, 1.0), "mid": (0.25, 0.75),
}  # fmt: skip
# Words before a time that make it a bound: "by noon" is noon or earlier, "after 6 p.m." later.
TIME_BOUNDS: dict[str, str] = {"by": "upper", "before": "upper", "after": "lower",
                               "since": "lower"}  # fmt: skip
# Verbs by which one outlet reports a statement as denied ("the minister denied signing the
# order"): the statement under them has the opposite polarity. Source: WordNet's deny.v.01,
# reject.v.01 and dispute.v.01 as news writes them.
DENIAL_VERBS = WordList(
    ["deny", "dispute", "reject", "refute", "rebut", "contradict"],
    source="WordNet deny.v.01, reject.v.01, dispute.v.01 (lemmas)",
)
# Verbs that make what they govern a plan rather than a thing done ("is scheduled to speak at
# noon"). Source: WordNet's plan.v.01, schedule.v.01, expect.v.01 as news writes them (lemmas).
PLAN_VERBS = WordList(
    ["plan", "schedule", "expect", "intend"],
    source="WordNet plan.v.01, schedule.v.01, expect.v.01 (lemmas)",
)
# The primary verbs, which name no act by themselves ("the visit was last week", "a hearing two
# weeks ago, when they had ..."): two relative dates under one of them are not yet one event.
# Source: Quirk et al., A Comprehensive Grammar of the English Language, 3.21 (primary verbs).
PRIMARY_VERBS = WordList(
    ["be", "have", "do"],
    source="Quirk et al. (1985) 3.21: the primary verbs, lemmas",
)
