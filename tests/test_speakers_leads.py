"""Speakers announced outside the quote's sentence: a clause ending with a colon (in the quote's
paragraph or closing the one before), a paragraph that signs the quote, and when a quote stops
taking the previous quote's speaker. Names the parser misreads; surnames of two people."""

from __future__ import annotations

import pytest

from generator.ingest.segment import segment_source
from generator.model import Source, Story
from generator.quotes.extract import extract_quotes
from generator.quotes.people import near_surname
from generator.settings import DEFAULT


def speakers(*paragraphs: str) -> list[str]:
    source = segment_source(Source(id="a", path="a.txt", format="txt", body=paragraphs))
    return [q.speaker for q in extract_quotes(Story(id="t", sources=(source,))).quotes]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [(("After the vote, council member Jane Okafor issued the following statement:",
       "“We will keep the shelter open through the winter, whatever the budget says.”"),
      ["Jane Okafor"]),
     (("Jane Okafor spoke at the depot on Monday. Stated Okafor:",
       "“Nobody in this district should wait two hours for a bus.”"), ["Jane Okafor"]),
     (("Piet Lundt, visibly tired, replied: “That figure has never been right.”",), ["Piet Lundt"]),
     (("Piet Lundt has since apologized for the delay: “I should have written sooner. Not "
       "doing so was a mistake.”",), ["Piet Lundt"]),
     (("The mayor met the board and then spoke with Okafor:",
       "“We will fund the shelter.”"), [""])],
    ids=["statement-before", "stated-name", "aside-before-the-verb", "main-clause-before-colon",
         "conversation-is-not-a-lead"],
)
def test_a_clause_ending_with_a_colon_announces_the_quote(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [(("“We will not let the bridge close while families depend on it.”",
       "— Jane Okafor, mayor of Dunmore."), ["Jane Okafor"]),
     (("“We will not let the bridge close while families depend on it.”",
       "Jane Okafor visited the bridge on Tuesday with two engineers."), [""]),
     (("“The plan is dead,” said Tom Roe. “Nobody wants it.”", "Stated Roe:",
       "“We will keep fighting this until the end of the year.”"),
      ["Tom Roe", "Tom Roe", "Tom Roe"])],
    ids=["signed", "prose-after-is-no-signature", "a-lead-is-no-signature"],
)
def test_a_paragraph_that_signs_a_quote_gives_its_speaker(paragraphs, expected):
    assert speakers(*paragraphs) == expected


def test_another_subject_between_two_quotes_stops_the_carry_over():
    paragraph = ("Jane Okafor called the plan “a waste of money we do not have.” Piet Lundt "
                 "countered with figures from the county. “The plan pays for itself in a year.”")
    assert speakers(paragraph) == ["Jane Okafor", "Piet Lundt"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("“It is an expensive model,” said Will Okafor, a professor at the college.",
      ["Will Okafor"]),
     ("The pianist Jane Okafor noted that “the hall has not been tuned in ten years.”",
      ["Jane Okafor"]),
     ("Jane Okafor was asked by host Piet Lundt, “Would you run again if the party asked?”",
      ["Piet Lundt"])],
    ids=["modal-as-given-name", "appositive-name-after-a-noun", "passive-with-its-agent"],
)
def test_names_the_parser_misreads(sentence, expected):
    assert speakers(sentence) == expected


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [("gadafi", "gaddafi", True), ("moreno", "morena", True), ("sayer", "mayer", False),
     ("rice", "price", False), ("lane", "kane", False)],
    ids=["doubled-letter", "vowel", "other-initial", "added-initial", "one-letter-apart"],
)
def test_two_spellings_of_one_surname_keep_the_first_letter(one, other, same):
    assert near_surname(one, other, DEFAULT.quotes) is same


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Piet Lundt quoted Jane Okafor as saying that “nobody wants this plan.”", ["Jane Okafor"]),
     ("“Nobody wants this plan,” Piet Lundt quoted Jane Okafor as saying.", [""]),
     ("“Nobody wants this plan,” Jane Okafor told reporters on Tuesday.", ["Jane Okafor"])],
    ids=["quoted-as-saying", "never-the-quoting-person", "told-reporters"],
)
def test_the_person_quoted_speaks_never_the_one_spoken_to(sentence, expected):
    assert speakers(sentence) == expected


def test_a_subject_the_parser_hung_on_an_aside_is_the_speech_verbs():
    """'Jane Okafor, tired, replied:' parsed with the subject on "tired" (a parataxis of
    "replied"), as the small model does on some sentences: the speaker is still Okafor."""
    from spacy.tokens import Doc

    from generator import language
    from generator.quotes.cues import cues_in

    words = ["Jane", "Okafor", ",", "tired", ",", "replied", ":"]
    doc = Doc(language.nlp().vocab, words=words, spaces=[True, False, True, False, True, False,
                                                          False],
              heads=[1, 3, 3, 5, 5, 5, 5],
              deps=["compound", "nsubj", "punct", "parataxis", "punct", "ROOT", "punct"],
              pos=["PROPN", "PROPN", "PUNCT", "VERB", "PUNCT", "VERB", "PUNCT"],
              tags=["NNP", "NNP", ",", "VBN", ",", "VBD", ":"],
              lemmas=["Jane", "Okafor", ",", "tire", ",", "reply", ":"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert [c.speaker.name for c in cues_in(doc, 0)] == ["Jane Okafor"]
