"""Claims across sources (`compare/claims.py`): statements that outlets word on their own are one
claim when their frames match, never two sentences of one source, never a shared topic alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.compare.claims import (
    Link,
    frame_links,
    hefts,
    quote_links,
    referred_people,
    role_marks,
    weights,
)
from generator.compare.relations import compare_sources
from generator.ingest.segment import segment_source
from generator.model import QuoteGroup, QuoteVariant, Source, Story
from generator.pipeline import STAGES
from generator.settings import DEFAULT

# Background of each invented outlet: sentences about other things, so that the words of the
# statements under test are rare in the story, as in a real article of thirty sentences.
TOPICS = ("orchard", "lighthouse", "quarry", "glacier", "vineyard", "observatory", "tannery",
          "monastery", "aqueduct", "brewery", "foundry", "granary", "apiary", "sawmill")


def background(outlet: str) -> list[str]:
    return [f"The {topic} near {outlet.title()}ville opened a {outlet}{n} exhibit last spring."
            for n, topic in enumerate(TOPICS)]


OUTLETS = {
    "gazette": [
        "The ferry crossing to Marrow Island took 95 minutes and ended after dusk.",
        "Harbour officials blamed a broken rudder for the delay.",
    ],
    "courier": [
        "A 95-minute ferry crossing ended after dusk, passengers said.",
        "The rudder had been repaired only last month.",
    ],
    "herald": [
        "Passengers described a crossing to Marrow Island that lasted 95 minutes.",
        "Several harbour cafés stayed open late for the stranded travellers.",
    ],
}


def analysed(texts: dict[str, list[str]], until: str = "compare.relations",
             padded: bool = True) -> Story:
    """The toy story run through the stages up to `until`; `padded` adds each outlet's own
    background paragraphs (so that outlets are independent, not copies)."""
    sources = tuple(
        segment_source(Source(id=sid, path=f"{sid}.txt", format="txt",
                              body=tuple(paragraphs + (background(sid) if padded else []))))
        for sid, paragraphs in texts.items())
    story = Story(id="toy", sources=sources)
    for stage in STAGES:
        story = stage.run(story, DEFAULT)
        if stage.name == until:
            return story
    raise AssertionError(f"no {until} stage")


@pytest.fixture(scope="module")
def ferry() -> Story:
    return analysed(OUTLETS)


def claim_holding(story: Story, source: str, snippet: str):
    return next(c for c in story.claims for m in c.members
                if m.source == source and snippet in m.text)


@pytest.mark.parametrize(("source", "snippet"), [
    ("gazette", "took 95 minutes"), ("courier", "A 95-minute"), ("herald", "lasted 95 minutes")],
    ids=["gazette", "courier", "herald"])
def test_one_value_worded_three_ways_is_one_claim_of_three_sources(ferry, source, snippet):
    assert claim_holding(ferry, source, snippet).sources == ("courier", "gazette", "herald")


@pytest.mark.parametrize(("source", "snippet"), [
    ("gazette", "broken rudder"), ("courier", "repaired only"), ("herald", "cafés")],
    ids=["rudder-blamed", "rudder-repaired", "cafes"])
def test_statements_sharing_a_word_or_nothing_stay_apart(ferry, source, snippet):
    assert claim_holding(ferry, source, snippet).sources == (source,)


def test_no_claim_holds_two_sentences_of_one_source(ferry):
    for claim in ferry.claims:
        assert len(claim.sources) == len(claim.members), claim.id


def test_claims_are_numbered_in_reading_order_and_every_sentence_is_in_one(ferry):
    ids = [m.sentence_id for c in ferry.claims for m in c.members]
    assert sorted(ids) == sorted(s.id for src in ferry.sources for s in src.sentences)
    assert [c.id for c in ferry.claims] == [f"c{n}" for n in range(1, len(ferry.claims) + 1)]


def test_pairs_name_their_shared_statements_by_claim_ids(ferry):
    known = {c.id for c in ferry.claims}
    again = compare_sources(ferry)
    assert all(i in known for p in again.pairs for i in p.claims)


def test_a_quote_group_links_the_sentences_of_each_source_once():
    group = QuoteGroup(id="q1", speaker="Jane Roe", variants=(
        QuoteVariant(text="we will rebuild the pier", sources=("a",), quote_ids=("a:q0",),
                     speaker="Jane Roe", fidelity="exact", sentence_ids=("a:s3",)),
        QuoteVariant(text="we will rebuild the old pier", sources=("b", "c"),
                     quote_ids=("b:q1", "c:q0"), speaker="Jane Roe", fidelity="exact",
                     sentence_ids=("b:s1", "c:s7")),
    ))
    links = quote_links(Story(id="t", quote_groups=(group,)))
    assert {(k.a, k.b) for k in links} == {("a:s3", "b:s1"), ("a:s3", "c:s7"), ("b:s1", "c:s7")}


@pytest.mark.parametrize(("marks", "expected"), [
    ({"a:s0": {"ferry", "rudder", "dusk", "V:duration=95"},
      "b:s0": {"ferry", "rudder", "dusk", "V:duration=95"}}, {("a:s0", "b:s0")}),
    ({"a:s0": {"ferry", "pier"}, "b:s0": {"ferry", "rudder"}}, set()),
], ids=["same-frame", "one-shared-word"])
def test_frame_links_need_several_rare_marks(marks, expected):
    filler = {f"z:s{n}": frozenset({f"word{n}"}) for n in range(60)}
    bags = {k: frozenset(v) for k, v in marks.items()} | filler
    weight = weights(bags, DEFAULT.compare.claim_common_share)
    links = frame_links(bags, weight, hefts(bags, weight), DEFAULT.compare)
    assert {(k.a, k.b) for k in links} == expected


def test_a_link_is_kept_only_between_each_others_best():
    bags = {"a:s0": frozenset({"ferry", "rudder", "dusk", "pier"}),
            "b:s0": frozenset({"ferry", "rudder", "dusk", "pier"}),
            "b:s1": frozenset({"ferry", "rudder", "dusk", "gull"})}
    bags |= {f"z:s{n}": frozenset({f"word{n}"}) for n in range(60)}
    settings = replace(DEFAULT.compare, claim_shared_weight=6.0)
    weight = weights(bags, settings.claim_common_share)
    links = frame_links(bags, weight, hefts(bags, weight), settings)
    assert [(k.a, k.b) for k in links] == [("a:s0", "b:s0")]
    assert all(isinstance(k, Link) for k in links)


def _variant(text: str, sid: str) -> QuoteVariant:
    source = sid.partition(":")[0]
    return QuoteVariant(text=text, sources=(source,), quote_ids=(f"{source}:q0",), speaker="",
                        fidelity="exact", sentence_ids=(sid,))


@pytest.mark.parametrize(("speaker", "text", "linked"), [
    ("", "open door", False),
    ("", "we will rebuild the old pier by May", True),
    ("Jane Roe", "open door", True),
], ids=["speakerless-phrase", "speakerless-statement", "spoken-phrase"])
def test_a_short_quote_nobody_speaks_links_nothing(speaker, text, linked):
    group = QuoteGroup(id="q1", speaker=speaker,
                       variants=(_variant(text, "a:s1"), _variant(text, "b:s4")))
    assert bool(quote_links(Story(id="t", quote_groups=(group,)))) == linked


def test_of_two_sources_the_closest_wordings_of_a_group_are_linked():
    group = QuoteGroup(id="q1", speaker="Jane Roe", variants=(
        _variant("the pier will be rebuilt by May", "a:s2"),
        _variant("we never wanted the ferry to stop running at dusk", "b:s3"),
        _variant("I promise the pier will be rebuilt by May this year", "b:s9"),
    ))
    links = quote_links(Story(id="t", quote_groups=(group,)))
    assert [(k.a, k.b) for k in links] == [("a:s2", "b:s9")]


def _group(number: int, speaker: str, text: str, sid: str) -> QuoteGroup:
    return QuoteGroup(id=f"q{number}", speaker=speaker, variants=(_variant(text, sid),))


@pytest.mark.parametrize(("short", "linked"), [
    ("a ban on every new pier in the bay", True),
    ("we are for a ban on every new pier and we said so twice at the hearing on the harbour "
     "and again to the council", False),
], ids=["a-piece-of-the-longer-quote", "a-long-quote-sharing-a-phrase"])
def test_a_quote_that_is_a_piece_of_another_groups_quote_links_their_sentences(short, linked):
    groups = (
        _group(1, "Jane Roe", "we are for a ban on every new pier in the bay, and we said so",
               "a:s2"),
        _group(2, "", short, "b:s5"),
        _group(3, "Jane Roe", "the ferry will run at dusk again", "c:s1"),
    )
    links = quote_links(Story(id="t", quote_groups=groups))
    assert [(k.a, k.b) for k in links] == ([("a:s2", "b:s5")] if linked else [])


@pytest.mark.parametrize(("shared", "extra", "linked"), [(5, 10, True), (4, 8, False)],
                         ids=["five-shared-marks", "four-shared-marks"])
def test_many_shared_marks_relax_the_overlap_as_a_value_does(shared, extra, linked):
    # Each sentence has many marks of its own, so the overlap is about 0.3: under
    # claim_overlap, over claim_value_overlap.
    bags = {"a:s0": frozenset({f"w{i}" for i in range(shared)} | {f"a{i}" for i in range(extra)}),
            "b:s0": frozenset({f"w{i}" for i in range(shared)} | {f"b{i}" for i in range(extra)})}
    bags |= {f"z:s{n}": frozenset({f"word{n}"}) for n in range(60)}
    weight = weights(bags, DEFAULT.compare.claim_common_share)
    links = frame_links(bags, weight, hefts(bags, weight), DEFAULT.compare)
    assert bool(links) == linked


@pytest.fixture(scope="module")
def referred() -> dict[str, dict[tuple[str, str], str]]:
    story = analysed({"post": [
        "Governor Martin Kessler signed the water bill in Dunmore. He has pledged 40 new wells.",
        "Martin Kessler met Olga Brandt on the pier. He praised the harbour plan.",
        "Governor Martin Kessler opened the dam. She has pledged 40 new wells.",
        "Reporters praised the plan of Martin Kessler. He has pledged 40 new wells.",
        "Governor Martin Kessler closed the dam. The governor has pledged 40 new wells.",
    ]}, until="facts.frames", padded=False)
    return referred_people(story)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("post:s1", {("pronoun", "he"): "Martin Kessler"}),
    ("post:s3", {}),  # two people named: "he" is either
    ("post:s5", {}),  # "she" after a man named alone: no one
    ("post:s7", {}),  # the one named last is not who acts there
], ids=["one-person-before", "two-people", "other-gender", "not-the-subject"])
def test_a_pronoun_is_the_person_named_before_only_when_sure(referred, sentence, expected):
    assert {k: v for k, v in referred.get(sentence, {}).items() if k[0] == "pronoun"} == expected


def test_the_title_after_a_person_named_with_it_is_that_person(referred):
    assert referred["post:s9"][("role", "governor")] == "Martin Kessler"


def test_role_marks_name_the_resolved_person_and_drop_an_unresolved_pronoun():
    text = "He has pledged 40 new wells."
    assert "R:martin kessler>pledge" in role_marks(text, {}, {("pronoun", "he"): "Martin Kessler"})
    assert not any(m.startswith("R:he") for m in role_marks(text, {}))
