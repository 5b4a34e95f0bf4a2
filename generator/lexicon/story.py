"""The lexicon's story section: pointing-back openers and loaded words, for `story/`."""

from __future__ import annotations

from importlib.resources import files

from generator.lexicon.wordlist import WordList

# A sentence opening with one of these leans on the sentence before it ("He added", "But"), which
# an extractive summary does not show.
POINTING_BACK_OPENERS = WordList(
    ["he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its",
     "but", "and", "then", "so", "also", "still", "yet", "however", "meanwhile", "instead",
     "there"],
    source="English personal and demonstrative pronouns and the sentence-initial connectives "
    "of cohesion by reference and conjunction (Halliday and Hasan, Cohesion in English, 1976)",
)

# The connectives among those openers: they link a statement to the one before it without
# standing for anything in it, so the statement after them may be shown without them ("But the
# council voted on Monday" -> "The council voted on Monday") when its subject is its own. All but
# "but" and "and" count only with their comma ("However, ..."): "So far", "Still waters", "Yet
# another" are no connectives.
DROPPABLE_CONNECTIVES = WordList(
    ["but", "and", "however", "still", "yet", "meanwhile", "also", "so"],
    source="the adversative, additive and causal conjunctions of POINTING_BACK_OPENERS "
    "(Halliday and Hasan, Cohesion in English, 1976, ch. 5); not the temporal 'then' or "
    "'instead', whose statement needs the one before",
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

# Lemmas that outlets swap for one another when they word the same statement themselves ("asked
# for the meeting" / "requested the meeting" / "sought the meeting"), each folded to one, so
# that independent wordings confirm each other. Source: WordNet (3.0) synsets request.v.01-02,
# ask.v.02, seek.v.03, solicit.v.01 (asking for something); call.n.07 and telephone_call
# (a conversation by telephone); warn.v.01 and caution.v.01.
SAME_STATEMENT_LEMMAS: dict[str, str] = {
    "ask": "request", "request": "request", "seek": "request", "solicit": "request",
    "call": "call", "phone": "call", "telephone": "call", "conversation": "call",
    "warn": "warn", "caution": "warn",
}  # fmt: skip
