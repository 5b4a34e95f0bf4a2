"""Facts across independent reporting: values of sentences that were never aligned meet through
their frames (what a number counts, the act a date dates) and are compared with care."""

from __future__ import annotations

import pytest

from generator import language
from generator.facts.conflicts import same_name
from generator.facts.discrepancies import find_discrepancies
from generator.facts.frames import extract_facts
from generator.facts.matching import sentence_lemmas
from generator.model import Fact, FactKind, Sentence, Source, Story
from generator.settings import DEFAULT


def unaligned(*sources: tuple[str, ...], published: str = "2021-12-02") -> Story:
    """Sources a, b, c... of the given sentences each, with no claim: outlets writing on their
    own, analysed by the facts stage."""
    built = []
    for n, texts in enumerate(sources):
        sid = "abcdefgh"[n]
        sentences, start = [], 0
        for i, text in enumerate(texts):
            sentences.append(Sentence(id=f"{sid}:s{i}", source=sid, index=i, paragraph=i,
                                      start=start, end=start + len(text), text=text))
            start += len(text) + 2
        built.append(Source(id=sid, path=f"{sid}.txt", format="txt", body=texts,
                            sentences=tuple(sentences),
                            published=published))
    return find_discrepancies(extract_facts(Story(id="t", sources=tuple(built))))


def found(story: Story) -> list[tuple[str, str, set[str]]]:
    return [(str(d.kind), str(d.severity), {e.sentence_id for v in d.values for e in v.evidence})
            for d in story.discrepancies]


FILLER = ("The harbour authority said the ferry timetable would not change this winter.",)


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        ((("Some judges voiced doubts about how a court could manage a claim brought on behalf "
           "of as many as 2.4 million nurses seeking back wages worth billions of dollars.",),
          ("The tribunal looks set to halt a huge pay claim against the hospital group on "
           "behalf of up to 2.5 million nurses, which could make such claims harder to bring.",),
          ("The claim, which covers 2.4 million nurses, is the largest the hospital group has "
           "faced, and its critics say the wage gap for nurses is wide.",)),
         [("number", "medium", {"a:s0", "b:s0", "c:s0"})]),
        ((("Some judges voiced doubts about how a court could manage a claim brought on behalf "
           "of as many as 2.4 million nurses seeking back wages worth billions of dollars.",),
          ("The tribunal looks set to halt a huge pay claim against the hospital group on "
           "behalf of up to 2.4 million nurses, which could make such claims harder to bring.",)),
         []),
        ((("Some judges voiced doubts about how a court could manage a claim brought on behalf "
           "of 2.4 million nurses seeking back wages worth billions of dollars.",),
          ("The tribunal looks set to halt a huge pay claim against the hospital group on "
           "behalf of 2.2 million nurses, which could make such claims harder to bring.",)),
         [("number", "high", {"a:s0", "b:s0"})]),  # exact figures at the top: high
        ((("Some judges voiced doubts about how a court could manage a claim brought on behalf "
           "of 2.4 million nurses seeking back wages worth billions of dollars.",),
          ("The tribunal looks set to halt a huge pay claim against the hospital group on "
           "behalf of 1.1 million nurses, which could make such claims harder to bring.",)),
         []),
    ],
    ids=["two-caps-of-one-count", "same-cap", "near-counts-are-one-figure",
         "far-apart-counts-are-different-items"],
)
def test_counts_of_one_noun_meet_across_outlets(sources, expected):
    assert found(unaligned(*sources)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The assembly motion on the coastal levy passed Tuesday and was introduced by a "
         "member from the north.",
         "On Wednesday, the assembly voted 51-3 on a bill that set the levy for fishing boats.",
         [("date", "medium", {"a:s0", "b:s0"})]),
        ("The mayor said Tuesday that the coastal levy would rise next year.",
         "The mayor said on Wednesday that fishing boats would pay more.",
         []),
    ],
    ids=["one-act-named-two-ways", "two-statements-on-two-days"],
)
def test_dates_of_one_act_meet_however_the_act_is_named(a, b, expected):
    assert found(unaligned((a, *FILLER), (b, *FILLER))) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The assembly passed the coastal levy last week after a debate about fishing boats.",
         "The assembly passed the coastal levy on Thursday after a debate about fishing boats.",
         []),
        ("The assembly passed the coastal levy last week after a debate about fishing boats.",
         "The assembly passed the coastal levy on Monday after a debate about fishing boats.",
         [("date", "medium", {"a:s0", "b:s0"})]),
    ],
    ids=["last-week-holds-the-day", "today-is-not-last-week"],
)
def test_a_vague_period_agrees_with_a_day_inside_it(a, b, expected):
    # Published on Monday 29 November 2021: "last week" is 22-28 November, "Thursday" the 25th
    # and "Monday" the 29th.
    assert found(unaligned((a, *FILLER), (b, *FILLER), published="2021-11-29")) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("U.N.", "UN", True), ("E.U.", "EU", True), ("UN", "EU", False)],
    ids=["stops", "stops-two", "two-names"],
)
def test_an_abbreviation_with_or_without_full_stops_is_one_name(a, b, same):
    def name(value: str) -> Fact:
        return Fact(id="", source="", sentence_id="", kind=FactKind.ORGANISATION, start=0,
                    end=0, text=value, value=value)
    assert same_name(name(a), name(b), DEFAULT.facts.same_name) is same


@pytest.mark.parametrize(
    "text",
    ["12 million barrels", "about 300 striking nurses", "$4.5 billion in unpaid loans",
     "more than 40 flights were cancelled", "two thirds of the voters"],
    ids=["counted-noun", "adjective", "money-of", "with-verb", "fraction"],
)
def test_a_values_lemmas_need_no_dependency_parse_or_entities(text):
    """build_frames parses the values' own words with the lemma components only: the lemmas
    must be those of a full parse."""
    language.clear_cache()
    sentence_lemmas.cache_clear()
    only = sentence_lemmas(text, language.NEEDS_LEMMAS)
    language.clear_cache()
    assert only and only == sentence_lemmas(text)
