"""Sentences: offsets into the cleaned text, stable ids, no character of the body lost."""

from __future__ import annotations

import pytest

from generator.ingest.segment import segment_source, split_paragraph
from generator.model import Source


def segmented(*paragraphs: str) -> Source:
    return segment_source(Source(id="src", path="src.txt", format="txt", body=paragraphs))


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("Mr. Smith met Dr. Jones on Jan. 10 in the U.S. capital. They talked.", 2),
        ("“We will win,” he said. “There is no doubt.”", 2),
        ("One sentence with no final stop", 1),
        ("He paid $2.5 million. She paid 3.5 per cent more.", 2),
    ],
    ids=["abbreviations", "quotes", "no-stop", "decimals"],
)
def test_paragraphs_split_into_sentences(paragraph, count):
    assert len(split_paragraph(paragraph)) == count


def test_offsets_point_into_the_source_text_and_ids_are_stable():
    source = segmented("First one. Second one.", "Third one.")
    assert [s.id for s in source.sentences] == ["src:s0", "src:s1", "src:s2"]
    assert [s.paragraph for s in source.sentences] == [0, 0, 1]
    for sentence in source.sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officials said. , And more.",
        "“Our position is very clear. “These are decisions.”",
        "A sentence. ’ Stray mark.",
        "Ends with a lone stop. .",
    ],
    ids=["stray-comma", "unbalanced-quote", "stray-apostrophe", "lone-stop"],
)
def test_no_body_character_is_lost(paragraph):
    source = segmented(paragraph)
    kept = "".join(s.text for s in source.sentences)
    assert kept.replace(" ", "") == paragraph.replace(" ", "")


def test_seed_sentences_cover_every_body_character(seed_story):
    for source in seed_story.sources:
        kept = "".join(s.text for s in source.sentences)
        assert "".join(kept.split()) == "".join(source.text.split())


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council's plan for the harbour was approved",
        "  The bridge opens in spring!  ",
        "Three places to visit",
        "London's second bridge opens today.",
    ],
    ids=["apostrophe-in-word", "spaces-around", "label", "final-stop"],
)
def test_a_paragraph_pysbd_cannot_split_skips_it_with_the_same_span(paragraph):
    from generator.ingest import segment

    assert segment._one_sentence(paragraph)
    fast = split_paragraph.__wrapped__(paragraph)
    segment_pysbd = segment._segmenter().segment(paragraph)
    span = segment_pysbd[0]
    assert len(segment_pysbd) == 1
    assert fast == ((span.start + len(span.sent) - len(span.sent.lstrip()),
                     span.start + len(span.sent.rstrip())),)


@pytest.mark.parametrize(
    "paragraph",
    ["'Why me?' she asked", "(NEWS) Curated stories", "Stop. Go", "“We won”"],
    ids=["leading-quote", "bracket", "inner-stop", "curly-quotes"],
)
def test_a_paragraph_with_a_mark_pysbd_may_split_at_goes_to_pysbd(paragraph):
    from generator.ingest import segment

    assert not segment._one_sentence(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("Jane Roe, R-Ky., told reporters the plan would fail. Others agreed.",
         ["Jane Roe, R-Ky., told reporters the plan would fail.", "Others agreed."]),
        ("Jane Roe, D-Ore. warned that the vote was close. Others agreed.",
         ["Jane Roe, D-Ore. warned that the vote was close.", "Others agreed."]),
        ("Rep. Jane Roe (D-Ill.) said the bill would pass. Others agreed.",
         ["Rep. Jane Roe (D-Ill.) said the bill would pass.", "Others agreed."]),
        ("She lost to then-Sen. John Doe in 2008. He won.",
         ["She lost to then-Sen. John Doe in 2008.", "He won."]),
        ("The Govs. of two states met. They talked.",
         ["The Govs. of two states met.", "They talked."]),
        ("The rally was in Ft. Smith, Ark. on Monday. It rained.",
         ["The rally was in Ft. Smith, Ark. on Monday.", "It rained."]),
        ("Calif. Gov. Jane Roe spoke first. He spoke next.",
         ["Calif. Gov. Jane Roe spoke first.", "He spoke next."]),
        ("She is tied with former Ariz. Gov. John Doe. He leads.",
         ["She is tied with former Ariz. Gov. John Doe.", "He leads."]),
        ("The debate starts at 9 p.m. EST on Monday. Tickets sold out.",
         ["The debate starts at 9 p.m. EST on Monday.", "Tickets sold out."]),
        ("John Doe Jr. said he would run. She laughed.",
         ["John Doe Jr. said he would run.", "She laughed."]),
    ],
    ids=["party-tag-comma", "party-tag-verb", "party-tag-brackets", "hyphened-title",
         "plural-title", "fort-and-state", "state-opens-paragraph", "state-before-title",
         "time-zone", "suffix"],
)
def test_an_abbreviation_inside_a_sentence_does_not_end_it(paragraph, sentences):
    source = segmented(paragraph)
    assert [s.text for s in source.sentences] == sentences
    for sentence in source.sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("They met in Fresno, Calif. The talks went well.", 2),
        ("They met in Fresno, Calif. Gov. Jane Roe spoke later.", 2),
        ("The talks ended at 9 p.m. Officials left.", 2),
        ("Her father was John Doe Sr. The family moved.", 2),
        ("Jane Roe, R-Ky. Sen. John Doe, D-Ore., disagreed.", 2),
    ],
    ids=["city-and-state", "city-state-then-title", "time", "suffix", "party-tag-then-title"],
)
def test_an_abbreviation_that_ends_a_sentence_still_ends_it(paragraph, count):
    assert len(split_paragraph(paragraph)) == count


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("The mayor said the pier “would reopen in May. “", 1),
        ("The ferry sailed at noon. . It docked at six.", 2),
        ("The ferry sailed at noon. “It docked at six.”", 2),
    ],
    ids=["stray-quote-mark", "stray-full-stop", "quote-opens-a-sentence"],
)
def test_a_piece_without_a_letter_or_digit_is_never_a_sentence(paragraph, sentences):
    spans = split_paragraph(paragraph)
    assert len(spans) == sentences
    assert all(any(c.isalnum() for c in paragraph[a:b]) for a, b in spans)
