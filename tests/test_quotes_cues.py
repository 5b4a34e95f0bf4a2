"""Speaker cues read from the parse: each case is a general cause of a miss on PolNeAR train,
written with invented people (issue 17, third round)."""

from __future__ import annotations

import pytest

from generator.ingest.segment import segment_source
from generator.model import Source, Story
from generator.quotes.extract import extract_quotes


def speakers(*paragraphs: str) -> list[str]:
    source = segment_source(Source(id="a", path="a.txt", format="txt", body=paragraphs))
    result = extract_quotes(Story(id="t", sources=(source,)))
    return [q.speaker for q in result.quotes if q.kind == "quote"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [(("Mayor Dana O'Rourke spoke of the flood.",
       "\"We looked into the eyes of families who had lost everything,\" O'Rourke said."),
      "Dana O'Rourke"),
     (("In a statement to the paper, her senior policy adviser, Jacob Lindqvist, said: “The "
       "governor values a strong partnership with the city and its schools.”",),
      "Jacob Lindqvist"),
     (("\"Anybody who crosses the council pays for it later,\" said Marta Ellingsen, who has "
       "known the mayor since the 1990s.",), "Marta Ellingsen"),
     (("Senator Paul Brennagh spoke on Monday.",
       "Brennagh continued by saying, “We will appeal this decision before the election.”"),
      "Paul Brennagh"),
     (("Senator Paul Brennagh spoke on Monday.",
       "Brennagh continues: “We will appeal this decision before the election.”"),
      "Paul Brennagh"),
     (("Professor Ilse Vandermeer studies the polls.",
       "Vandermeer agreed. “Mainstream voters are running out of time to find someone else.”"),
      "Ilse Vandermeer"),
     (("Commissioner Aldo Ferrante issued a statement saying the vote \"has no place in a free "
       "county\" and asked for a recount.",), "Aldo Ferrante"),
     (("Mayor Greta Holm said that Councillor Ruud Bakker had told her staff about the plan.",
       "“We were never asked about the towers and we will not accept them.”"), "Greta Holm"),
     (("“Our ideas of success are different now,” agrees Marta Ellingsen, 30, of Tampa.",),
      "Marta Ellingsen"),
     (("“There were some of us who thought the deal could work,” Paul Brennagh points out.",),
      "Paul Brennagh")],
    ids=["apostrophe-surname", "adviser-then-name", "quote-read-as-second-subject",
         "continued-by-saying", "continues-colon", "agreed-then-quote",
         "statement-saying-is-its-issuer", "previous-paragraph-main-clause", "inverted-agrees",
         "phrasal-points-out"],
)
def test_a_plain_cue_gives_the_speaker(paragraphs, speaker):
    assert speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [(("The council met for an hour on the zoning plan.",
       "Members are asked to rank their choices, and the plan is unlikely to be “overrun with "
       "new towers,” Rita Amsel said."), "Rita Amsel"),
     (("Critics spoke at length about the plan.",
       "Doe agreed to the terms. “The plan will pass next week without any change.”"), ""),
     (("“We will not accept the towers,” Mayor Greta Holm said on Monday.",
       "“Go back to your seat,” the usher waved, and a guard led the man out."), "")],
    ids=["passive-speech-verb-names-no-speaker", "agreed-with-object-is-no-cue",
         "words-after-the-quote-are-no-license-to-carry-over"],
)
def test_no_speaker_from_a_verb_that_reports_no_words(paragraphs, speaker):
    assert speakers(*paragraphs)[-1:] == [speaker]
