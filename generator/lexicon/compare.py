"""The lexicon's compare section: function and reporting words for alignment keys."""

from __future__ import annotations

from generator.lexicon.wordlist import WordList

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
