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

# --- facts: units, scales, hedges, negation, calendar words ---------------------------------------

# --- story: opinion and loaded words, pointing-back openers ---------------------------------------


def word_lists() -> dict[str, WordList]:
    """Every list of the lexicon by name (for the tests and the Method page)."""
    return {name: value for name, value in globals().items() if isinstance(value, WordList)}
# A sentence opening with one of these leans on the sentence before it ("He added", "But"), which
# an extractive summary does not show.
POINTING_BACK_OPENERS = WordList(
    ["he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its",
     "but", "and", "then", "so", "also", "still", "yet", "however", "meanwhile", "instead",
     "there"],
    source="English personal and demonstrative pronouns and the sentence-initial connectives "
    "of cohesion by reference and conjunction (Halliday and Hasan, Cohesion in English, 1976)",
)
