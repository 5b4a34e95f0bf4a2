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

from collections.abc import Iterable
from importlib.resources import files


class WordList(frozenset[str]):
    """A frozen set of lower-case words or phrases, with where they come from."""

    __slots__ = ("source",)
    source: str

    def __new__(cls, words: Iterable[str], source: str) -> WordList:
        items = [w.lower() for w in words]
        if not items:
            raise ValueError("a word list is never empty")
        if not source:
            raise ValueError("a word list says where its words come from")
        self = super().__new__(cls, items)
        self.source = source
        return self


# Sections by stage. Each stage's owner adds its lists to its own section only.

# --- ingest: page furniture, metadata lines -----------------------------------------------------
# Words of page furniture that any news site prints around an article (share bars, comment
# forms, footers; compare the boilerplate vocabulary of trafilatura's `xpaths.py`).
# `ingest/furniture.py` builds its line patterns from these lists; a pattern says where on a line
# the words must sit.
ADVERTISEMENT_LABELS = WordList(
    ["advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads",
     "story continues below", "story continues below advertisement", "paid content"],
    source="ad slot labels of news pages (IAB ad labelling guidance; trafilatura's xpaths.py)",
)
COUNTER_NOUNS = WordList(
    ["share", "shares", "view", "views", "comment", "comments", "like", "likes", "read", "reads"],
    source="the nouns of share, view and comment counters on news pages",
)
SHARE_BUTTONS = WordList(
    ["share", "shares", "view", "views", "comment", "comments", "like", "likes", "tweet", "pin",
     "pin it", "email", "print", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit",
     "telegram", "copy link", "messenger"],
    source="labels of the share buttons news sites show (the networks' own share widgets)",
)
COMMENT_FORM_VERBS = WordList(
    ["enter", "leave", "post", "add"],
    source="comment-form prompts of blog and news platforms (WordPress, Disqus)",
)
COMMENT_FORM_FIELDS = WordList(
    ["comment", "reply", "name", "email", "website"],
    source="the fields of a comment form (WordPress's default comment form)",
)
RELATED_LIST_HEADS = WordList(
    ["related", "recent", "latest", "more", "popular", "trending", "recommended", "top"],
    source="headings of related-article boxes on news pages (trafilatura's xpaths.py)",
)
RELATED_LIST_NOUNS = WordList(
    ["article", "articles", "stories", "posts", "news", "reads", "video", "videos"],
    source="headings of related-article boxes on news pages (trafilatura's xpaths.py)",
)
LEGAL_NOTICES = WordList(
    ["dmca", "copyright", "©", "all rights reserved", "privacy policy", "terms of use",
     "terms of service", "terms and use", "terms and service", "cookie policy",
     "cookie settings", "correction notice"],
    source="site footers' legal links (privacy, terms, copyright, DMCA notices)",
)
PICTURE_LABELS = WordList(
    ["photo", "image", "picture", "video", "file photo", "graphic"],
    source="caption and credit labels of news pictures (AP Stylebook, photo captions)",
)
# A picture agency's credit ("Example Images", "Example Photo/Jane Doe"): its last word.
PICTURE_AGENCY_WORDS = WordList(
    ["images", "photo", "photos", "pictures"],
    source="how picture agencies sign a credit line (AP Stylebook, photo credits)",
)
NAVIGATION_LINKS = WordList(
    ["home", "menu", "search", "skip to content", "skip to main content", "log in", "login",
     "sign in", "register", "next", "next article", "next story", "previous",
     "previous article", "previous story", "back to top"],
    source="menu and pager links of news pages (trafilatura's xpaths.py navigation classes)",
)
# Metadata lines: who wrote it, when it was published.
BYLINE_PREFIXES = WordList(
    ["by", "written by", "words by", "story by", "reporting by"],
    source="byline forms of the AP Stylebook and of news pages",
)
CREDIT_PHRASES = WordList(
    ["reported from", "contributed reporting", "additional reporting by", "editing by",
     "writing by"],
    source="credit lines at the end of wire and newspaper stories (wire-service and newspaper house styles)",
)
CONTACT_VERBS = WordList(
    ["write", "contact", "email", "e-mail", "reach", "follow"],
    source="the verbs of a reporter's contact line ('Write to ... at ...')",
)
DATE_LABELS = WordList(
    ["published", "posted", "updated", "last updated", "first published", "date"],
    source="labels of the date line of news pages (schema.org datePublished/dateModified)",
)
JOURNALIST_NOUNS = WordList(
    ["journalist", "reporter", "writer", "editor", "correspondent", "columnist", "contributor",
     "author", "freelance", "covers", "reporting on", "staff writer"],
    source="the job titles of news staff (AP Stylebook), as author bios write them",
)
# Words of outlet names, to split "Outlet – Headline" titles: a general rule, never an outlet's
# name (a short capitalised side that starts with "The" or holds a domain is an outlet too).
OUTLET_NAME_WORDS = WordList(
    ["news", "times", "post", "daily", "herald", "journal", "tribune", "guardian", "press",
     "mail", "star", "sun", "express", "independent", "gazette", "observer", "chronicle",
     "review", "today", "online", "tv", "radio", "bulletin", "wire", "report", "insider",
     "magazine", "weekly", "network", "media", "globe", "standard", "courier", "examiner",
     "monitor", "inquirer", "record", "dispatch"],
    source="the common nouns most frequent in English newspaper names (Wikipedia's lists of "
    "newspapers in the United States and the United Kingdom)",
)
# Very frequent English words: a text where few of its words are these is not English. News
# prose in English runs at 30-45 %, other Latin-script languages under 10 %.
ENGLISH_MARKER_WORDS = WordList(
    ["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
     "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this",
     "that", "these", "they", "he", "she", "his", "her", "we", "you", "not", "will", "would",
     "said", "says", "but"],
    source="the most frequent words of English news text, all but 'said'/'says' in spaCy's "
    "STOP_WORDS (spacy.lang.en.stop_words)",
)
# Words that open a class or id name of a page region that is not the article, and what the
# region is ("comments-area" -> comments). Source: the class and id names of trafilatura's
# boilerplate xpaths (xpaths.py: OVERALL_DISCARD_XPATH, COMMENTS_DISCARD_XPATH) and jusText's
# reading of the same page regions; they name parts of a web page, not of any site.
PAGE_REGION_WORDS: dict[str, str] = {
    "comment": "comments", "disqus": "comments", "respond": "comments", "reply": "comments",
    "share": "share buttons", "social": "share buttons", "sharing": "share buttons",
    "related": "related articles", "recommend": "related articles", "more-stories":
    "related articles", "read-more": "related articles", "teaser": "related articles",
    "newsletter": "newsletter prompt", "subscribe": "newsletter prompt", "signup":
    "newsletter prompt", "cookie": "cookie notice", "consent": "cookie notice", "gdpr":
    "cookie notice", "sidebar": "sidebar", "widget": "sidebar", "menu": "navigation",
    "nav": "navigation", "breadcrumb": "navigation", "pagination": "navigation",
    "footer": "page footer", "masthead": "page header", "header": "page header",
    "advert": "advertisement", "sponsor": "advertisement", "promo": "advertisement",
    "banner": "advertisement", "tags": "tags", "tag-list": "tags", "author-bio": "author bio",
}


# --- compare: function words for alignment keys --------------------------------------------------
# Words dropped from a sentence's comparison key, so that two sentences are compared on what they
# say, not on their grammar. spaCy's whole STOP_WORDS list was tried first: it also drops content
# words that align rewrites ("call", "made", "back", "serious", number words), and the seeds lost
# an aligned pair of rewritten sentences with it. So the list is its closed-class part.
FUNCTION_WORDS = WordList(
    ["a", "an", "the", "and", "or", "but", "nor", "if", "of", "to", "in", "on", "at", "by", "for",
     "with", "from", "as", "into", "onto", "about", "than", "that", "this", "these", "those",
     "it", "its", "it's", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
     "having", "do", "does", "did", "will", "would", "could", "should", "may", "might", "must",
     "can", "shall", "not", "no", "so", "such", "he", "she", "they", "we", "you", "i", "his",
     "her", "hers", "their", "theirs", "our", "ours", "your", "yours", "them", "him", "us", "me",
     "my", "who", "whom", "whose", "which", "what", "when", "where", "while", "there", "here",
     "then", "also", "just", "very", "more", "most"],
    source="the determiners, pronouns, prepositions, conjunctions and auxiliaries of spaCy's "
    "English STOP_WORDS (spacy.lang.en.stop_words), with 'it's', 'having', 'shall', 'theirs' "
    "that it lacks",
)
# Reporting verbs and courtesy titles: every outlet words attribution its own way ("said",
# "told reporters", "according to"; "Mr." or not), which says nothing about the statement.
REPORTING_WORDS = WordList(
    ["said", "says", "say", "saying", "told", "tells", "according", "mr", "mrs", "ms", "dr"],
    source="the commonest reporting verbs of news English (their inflections) and the English "
    "courtesy titles (AP Stylebook)",
)

# --- quotes: speech verbs, titles, roles -----------------------------------------------------------
# Lemmas (spaCy's `token.lemma_`), so one entry covers "said", "says", "saying". The titles of
# office and the honorifics the quote stage splits off a name are the facts section's
# `OFFICE_TITLES` and `HONORIFICS` (one list of titles for both stages) plus `TITLES_OF_ADDRESS`.
SPEECH_VERBS = WordList(
    ["say", "tell", "add", "write", "tweet", "post", "email", "state", "declare", "explain",
     "note", "argue", "insist", "warn", "reply", "respond", "remark", "recall", "acknowledge",
     "admit", "claim", "contend", "concede", "suggest", "complain", "announce", "observe",
     "emphasize", "emphasise", "stress", "predict", "urge", "mention", "inform", "ask", "answer",
     "caution", "charge", "counter", "quip", "joke", "vow", "pledge", "promise", "reiterate",
     "repeat", "conclude", "maintain", "assert", "testify", "shout", "recount", "lament",
     "boast", "confirm", "retort", "echo", "proclaim", "wonder", "speculate", "assure",
     "interject", "bemoan", "chant", "blast", "slam", "criticize", "criticise", "praise",
     "notice", "thank", "believe", "think", "hope"],
    source="VerbNet 3.3 verbs of communication (say-37.7, tell-37.2, complain-37.8, "
           "advise-37.9, manner_speaking-37.3, promise-37.13) and the cue lemmas of PolNeAR "
           "train (Newell et al. 2018) used for direct quotes at least twice",
)
# Verbs whose object characterises someone's words: in "accusing the group of acting as a
# “partisan attack dog”" the quoted words are the subject's.
CHARACTERISING_VERBS = WordList(
    ["accuse", "call", "describe", "label", "dub", "brand", "denounce", "term", "condemn"],
    source="VerbNet 3.3 dub-29.3 and judgment-33 classes",
)
# Only right after a closing mark: '“...,” he continued.' ("the war continues" is no cue).
AFTER_QUOTE_VERBS = WordList(
    ["continue", "go"],
    source="PolNeAR train cues 'continued', 'went on' (Newell et al. 2018)",
)
# Prepositional cues; the speaker is their object ("according to X"). "in keeping with" is how
# spinning software rewrites "according to".
ATTRIBUTION_PHRASES = WordList(
    ["according to", "in keeping with", "as quoted by"],
    source="PolNeAR train cue 'according to' and its spun rewordings",
)
# Titles of rank and address written before a name that `OFFICE_TITLES`/`HONORIFICS` lack.
TITLES_OF_ADDRESS = WordList(
    ["lt", "lieutenant", "maj", "major", "adm", "sgt", "sergeant", "col", "colonel", "cpl",
     "pvt", "rev", "reverend", "father", "rabbi", "imam", "bishop", "cardinal", "sheikh",
     "lord", "lady", "emperor", "empress", "congressman", "congresswoman", "rep", "reps",
     "sen", "sens", "gov", "prof", "pres", "sec", "supt", "insp", "det", "atty", "mx"],
    source="AP Stylebook, military, religious and noble titles and their abbreviations",
)
# Courtesy titles that say nothing about what a person does: never shown as a role.
PLAIN_HONORIFICS = WordList(
    ["mr", "mrs", "ms", "miss", "mx", "dr"],
    source="English courtesy titles (AP Stylebook)",
)
# Abbreviated titles spelled out when shown as a role ("Rep." -> "Representative").
ABBREVIATED_TITLES: dict[str, str] = {
    "gov": "Governor", "sen": "Senator", "rep": "Representative", "gen": "General",
    "lt": "Lieutenant", "col": "Colonel", "capt": "Captain", "adm": "Admiral",
    "sgt": "Sergeant", "prof": "Professor", "dr": "Doctor", "pres": "President",
    "sec": "Secretary", "maj": "Major", "rev": "Reverend", "reps": "Representatives",
    "sens": "Senators", "supt": "Superintendent", "atty": "Attorney",
}  # AP Stylebook abbreviations of titles; fmt: skip
MALE_TITLES = WordList(
    ["mr", "king", "prince", "lord", "sir", "sheikh", "emperor", "father", "brother",
     "congressman", "chairman", "spokesman", "businessman"],
    source="gendered English titles (AP Stylebook)",
)
FEMALE_TITLES = WordList(
    ["mrs", "ms", "miss", "queen", "princess", "lady", "dame", "empress", "sister",
     "congresswoman", "chairwoman", "spokeswoman", "businesswoman"],
    source="gendered English titles (AP Stylebook)",
)
# Nouns that make a noun phrase a person or a body that can speak ("a senior official", "the
# union's spokesman", "a statement"), for speakers with no name.
ROLE_NOUNS = WordList(
    ["official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
     "source", "analyst", "expert", "diplomat", "minister", "president", "secretary", "senator",
     "lawmaker", "legislator", "leader", "chairman", "chairwoman", "chair", "director",
     "ambassador", "governor", "mayor", "representative", "officer", "lawyer", "attorney",
     "judge", "justice", "member", "candidate", "strategist", "economist", "professor",
     "researcher", "fellow", "person", "people", "resident", "witness", "activist", "organizer",
     "critic", "supporter", "voter", "worker", "executive", "manager", "commander", "general",
     "statement", "spokesmen", "official", "prosecutor", "investigator", "police", "officer",
     "campaign", "administration", "government", "ministry", "department", "agency",
     "company", "group", "committee", "union", "party", "office", "staff", "team", "letter",
     "report", "account", "lawsuit", "complaint", "filing", "memo", "ruling", "sheriff", "chief",
     "founder", "editor", "host", "teacher", "doctor", "student", "parent", "owner", "employee",
     "veteran", "victim", "president-elect", "congressman", "congresswoman", "democrat",
     "republican", "colleague", "friend", "mother", "father", "neighbor", "neighbour",
     "nominee", "businessman", "businesswoman", "pollster", "historian", "actor", "actress",
     "anchor", "columnist", "commentator", "scholar", "counsel"],
    source="heads of speaker descriptions in PolNeAR train sources ('a spokeswoman', 'the "
           "campaign', 'a statement') and the AP Stylebook titles of office",
)
# Closed-class words whose change alters what a quote says (fidelity of a rewording).
FIDELITY_WORDS = WordList(
    ["not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "cannot", "without",
     "n't", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
     "thousand", "million", "billion", "half", "dozen", "first", "second", "third", "all",
     "every", "most", "some", "many", "few"],
    source="English negators, modal auxiliaries, number words and quantifiers (Quirk et al. "
           "10.54-10.63, 4.49-4.52, 6.63-6.67)",
)

# --- facts: units, scales, hedges, negation, calendar words ---------------------------------------

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
# Which way a bound points (the hedges above that are not approximations): "more than 700"
# agrees with 716, "up to 1.6 million" with 1.5 million, but two different caps on one count
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

# --- story: opinion and loaded words, pointing-back openers ---------------------------------------
# A sentence opening with one of these leans on the sentence before it ("He added", "But"), which
# an extractive summary does not show.
POINTING_BACK_OPENERS = WordList(
    ["he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its",
     "but", "and", "then", "so", "also", "still", "yet", "however", "meanwhile", "instead",
     "there"],
    source="English personal and demonstrative pronouns and the sentence-initial connectives "
    "of cohesion by reference and conjunction (Halliday and Hasan, Cohesion in English, 1976)",
)



def _vader_words(least: float) -> list[str]:
    """The single words of the VADER lexicon whose mean rating is at least `least` either way
    (ratings -4..+4 by ten raters); the lexicon file ships inside the `vaderSentiment` package."""
    lines = (files("vaderSentiment") / "vader_lexicon.txt").read_text("utf-8").splitlines()
    rows = (line.split("\t") for line in lines)
    return [r[0] for r in rows if len(r) > 1 and r[0].isalpha() and abs(float(r[1])) >= least]


# Words that carry an opinion or a strong feeling ("slammed", "disaster", "brilliant"): a neutral
# roundup avoids them where another outlet states the same thing without them.
LOADED_WORDS = WordList(
    _vader_words(2.0),
    source="VADER sentiment lexicon (ICWSM 2014; MIT licence, shipped in the vaderSentiment "
    "package): the single words whose mean valence rating is 2 or more of 4 either way",
)


def word_lists() -> dict[str, WordList]:
    """Every list of the lexicon by name (for the tests and the Method page)."""
    return {name: value for name, value in globals().items() if isinstance(value, WordList)}
