"""Speakers, precision first: references back that skip no one wrongly, one person per name,
and no guess where another person stands between (invented examples only)."""

from __future__ import annotations

from generator.ingest.segment import segment_source
from generator.model import Source, Story
from generator.quotes.extract import extract_quotes
from generator.quotes.gender import Genders
from generator.quotes.mentions import Speaker
from generator.quotes.names import first_name_gender, is_given_name
from generator.quotes.people import short_form
from generator.quotes.speakers import _compatible


def story(*paragraphs: str) -> Story:
    source = segment_source(Source(id="a", path="a.txt", format="txt", body=paragraphs))
    return extract_quotes(Story(id="t", sources=(source,)))


def quoted(*paragraphs: str) -> list[str]:
    return [q.speaker for q in story(*paragraphs).quotes if q.kind == "quote"]


def test_a_given_name_takes_the_usa_s_gender_before_the_whole_list_s():
    # gender-guesser: "Darin" is mostly a woman's name over all countries, a man's in the USA.
    assert first_name_gender("Darin") == "m"
    assert is_given_name("Darin") and not is_given_name("Acme")
    assert first_name_gender("Carol") == "f" and first_name_gender("Thomas") == "m"


def test_he_is_not_kept_from_a_man_whose_given_name_the_list_doubts():
    speakers = quoted(
        "“The bridge will be repaired this year,” said Mayor Tom Wexler.",
        "Darin Pell, who runs the ferry company, objected to the plan. “The ferry cannot carry "
        "the whole town every morning,” he said.")
    assert speakers == ["Tom Wexler", "Darin Pell"]


def test_the_subject_of_a_passive_main_verb_is_a_fresh_mention_for_he():
    speakers = quoted(
        "“The library will open on time,” said Tom Wexler, the city planner.",
        "Gil Ramsey, a retired teacher who hosts a radio show, was asked by a caller why the "
        "library closed early. “Because nobody paid the staff for a month,” he said.")
    assert speakers == ["Tom Wexler", "Gil Ramsey"]


def test_a_surname_the_model_tagged_as_an_organisation_may_be_he():
    genders = Genders(said={"pruett": "m"})
    surname = Speaker(mention="Pruett", name="Pruett", kind="organisation")
    company = Speaker(mention="Acme", name="Acme", kind="organisation")
    assert _compatible("he", surname, genders)
    assert not _compatible("she", surname, genders)
    assert not _compatible("he", company, genders)
    assert _compatible("they", company, genders)


def test_a_short_form_of_a_given_name_is_the_same_person():
    assert short_form("sandy", "sandra") and short_form("william", "bill")
    assert not short_form("ron", "clint")
    result = story(
        "“We will rebuild the mill,” said Sandra Koval, the owner of the mill.",
        "“The insurers have paid half,” Sandy Koval said on Tuesday.",
        "“We open in May,” Koval said.")
    assert [q.speaker for q in result.quotes] == ["Sandra Koval"] * 3
    assert [e.name for e in result.entities if e.name.endswith("Koval")] == ["Sandra Koval"]


def test_a_name_with_no_sign_of_a_person_is_never_he_or_she():
    genders = Genders(said={"doe": ""})  # Mr. and Mrs. Doe: evidence both ways
    assert not _compatible("he", Speaker(mention="Granite Board", name="Granite Board"), genders)
    assert _compatible("he", Speaker(mention="Tom Lund", name="Tom Lund"), genders)
    assert _compatible("she", Speaker(mention="Doe", name="Doe"), genders)
    assert _compatible("she", Speaker(mention="Dr. Lund", name="Lund", title="Dr."), genders)
    assert not _compatible("she", Speaker(mention="Lund", name="Lund"), genders)


def test_adding_hung_from_a_quoted_verb_is_the_reporters():
    speakers = quoted(
        "In fact, Jim Roe told reporters that Mayor Jane Doe “had a foolish policy of closures "
        "which was harmful,” adding, “She lost all of the river towns.”")
    assert speakers[-1] == "Jim Roe"


def test_a_title_is_not_the_last_speaker_when_someone_else_was_named_since():
    speakers = quoted(
        "“The budget is balanced,” Tom Wexler said.",
        "One of the report's authors, Gil Ramsey, said the plan would fail. “It was never "
        "going to work,” said the former aide.")
    assert speakers[0] == "Tom Wexler"
    assert speakers[1] != "Tom Wexler"


def test_only_a_sentence_that_reports_nothing_of_its_own_announces_the_next_quote():
    assert quoted("Mayor Tom Wexler said in a statement. “The bridge will open in May.”") == [
        "Tom Wexler"]
    # Whoever is asked answers: the asker's cue in the sentence before is no guess to make.
    assert quoted("Mayor Tom Wexler asked Gil Ramsey about the bridge. “It will open in May "
                  "if the steel arrives on time.”") == [""]
