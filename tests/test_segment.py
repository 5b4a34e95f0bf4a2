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
