"""The story summary: consensus sentences with support and evidence, key facts, timeline."""

from __future__ import annotations

import re
from dataclasses import fields, replace

import pytest

from generator.model import Claim, ClaimMember, Family, Pair, Relation, Sentence, Source, Story
from generator.settings import DEFAULT
from generator.story.neutral import (
    distorted_sentences,
    leans,
    loaded_words,
    out_of_context,
)
from generator.story.rank import FEATURES, NOT_FIT, carried, rank_score, weights
from generator.story.summary import candidates, select, shown, summarise_story
from generator.story.support import content_lemmas, find_support, independent_groups
from generator.story.timeline import calendar_order
from generator.story.trim import trim
from generator.story.wordings import clearest, damage


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        ("The leaders spoke for an hour on Thursday.", False),
        ("Officials said . , that talks would go on.", True),
        ("“Our position is very clear. “These are decisions.”", True),
        ("the the talks ended.", True),
    ],
    ids=["clean", "stray-punctuation", "unbalanced-quotes", "lowercase-doubled"],
)
def test_damage_counts_marks_of_garbled_text(text, damaged):
    assert (damage(text) > 0) == damaged


def test_clearest_wording_is_the_central_undamaged_one():
    texts = [
        "The two leaders spoke for nearly an hour on Thursday about the crisis.",
        "The two leaders spoke for about an hour on Thursday about the crisis.",
        "The 2 chiefs spoke for shut to an hour on Thursday about the disaster . ,",
    ]
    assert clearest(texts) in (0, 1)


def toy_story() -> Story:
    """Three sources; claim c0 is shared by all, c1 by two, the rest are single-source."""
    texts = {
        "a": [
            "The mayor opened the new bridge over the river on Monday morning.",
            "The bridge cost 40 million dollars and took three years to build.",
            "Local shops stayed open late to celebrate the opening of the bridge.",
        ],
        "b": [
            "The mayor opened the new bridge across the river on Monday morning.",
            "The bridge cost 40 million dollars and took three years to build, officials said.",
            "A brass band played for the crowd gathered on both banks of the river.",
        ],
        "c": [
            "On Monday morning the mayor opened the new bridge over the river.",
            "Critics said the money should have gone to the city's schools instead.",
        ],
    }
    sources = []
    for sid, sents in texts.items():
        body = tuple(sents)
        offset, sentences = 0, []
        for i, text in enumerate(sents):
            sentences.append(
                Sentence(
                    id=f"{sid}:s{i}",
                    source=sid,
                    index=i,
                    paragraph=i,
                    start=offset,
                    end=offset + len(text),
                    text=text,
                )
            )
            offset += len(text) + 2
        sources.append(
            Source(
                id=sid,
                path=f"{sid}.txt",
                format="txt",
                title=f"Bridge opens {sid}",
                body=body,
                sentences=tuple(sentences),
            )
        )
    story = Story(id="toy", sources=tuple(sources))

    def claim(cid: str, *ids: str) -> Claim:
        members = tuple(
            ClaimMember(
                source=i.split(":")[0], sentence_id=i, text=story.sentence(i).text, score=0.9
            )
            for i in ids
        )
        return Claim(id=cid, members=members)

    claims = (
        claim("c0", "a:s0", "b:s0", "c:s0"),
        claim("c1", "a:s1", "b:s1"),
        claim("c2", "a:s2"),
        claim("c3", "b:s2"),
        claim("c4", "c:s1"),
    )
    return Story(id="toy", sources=tuple(sources), claims=claims)


def test_summary_prefers_shared_claims_and_keeps_their_evidence():
    story = summarise_story(toy_story())
    assert [s.claim for s in story.summary[:2]] == ["c0", "c1"]
    first = story.summary[0]
    assert first.sources == ("a", "b", "c")
    assert {e.sentence_id for e in first.evidence} == {"a:s0", "b:s0", "c:s0"}
    assert all(
        story.sentence(e.sentence_id).text == e.text for s in story.summary for e in s.evidence
    )


def test_summary_is_extractive_and_independently_confirmed(seed_story):
    # Each line is a source's sentence, at most without its side parts (`trim`).
    all_sentences = {trim(s.text) for source in seed_story.sources for s in source.sentences}
    assert 3 <= len(seed_story.summary) <= 10
    for sentence in seed_story.summary:
        assert sentence.text in all_sentences
        assert sentence.independent >= 2  # never only copies of one text
        assert sentence.evidence and all(e.source in sentence.sources for e in sentence.evidence)


def test_summary_never_takes_the_distorted_wording_of_a_quote(seed_story):
    distorted = distorted_sentences(seed_story)
    assert distorted
    assert all(s.text not in {trim(seed_story.sentence(i).text) for i in distorted}
               for s in seed_story.summary)


def test_no_summary_sentence_leans_on_context(seed_story):
    assert not [s.text for s in seed_story.summary if out_of_context(s.text)]


@pytest.mark.parametrize(
    ("relations", "families", "groups"),
    [
        ({}, [], 3),
        ({("a", "b"): Relation.REWRITE}, [], 2),
        ({("a", "b"): Relation.NEAR_COPY, ("b", "c"): Relation.COMMON_SOURCE}, [], 1),
        ({}, [("a", ("a", "c"))], 2),
    ],
    ids=["all-independent", "a-rewrite-counts-once", "a-chain-of-copies", "a-family"],
)
def test_independent_groups_count_copies_and_rewrites_once(relations, families, groups):
    story = toy_story()
    pairs = tuple(
        Pair(a=a, b=b, similarity=0.9, relation=relations.get((a, b), Relation.INDEPENDENT))
        for a, b in (("a", "b"), ("a", "c"), ("b", "c"))
    )
    fams = tuple(Family(id=f"f{n}", leader=leader, members=members)
                 for n, (leader, members) in enumerate(families, start=1))
    group_of = independent_groups(replace(story, pairs=pairs, families=fams))
    assert len(set(group_of.values())) == groups


def test_support_of_a_rewrite_pair_counts_once():
    story = toy_story()
    pairs = (Pair(a="a", b="b", similarity=0.9, relation=Relation.REWRITE),)
    first = summarise_story(replace(story, pairs=pairs)).summary
    by_claim = {s.claim: s for s in first}
    assert by_claim["c0"].independent == 2 and len(by_claim["c0"].sources) == 3


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("He said the talks would go on.", True),
        ("However, the council voted against it.", True),
        ("“We will build it,” the mayor said.", True),
        ("The council voted against the plan on Monday.", False),
        ("Heavy rain closed the bridge.", False),
    ],
    ids=["pronoun", "connective", "opening-quote", "plain", "he-inside-a-word"],
)
def test_out_of_context_openers(text, leans):
    assert out_of_context(text) == leans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But the council voted against the plan on Monday.",
         "The council voted against the plan on Monday."),
        ("Meanwhile, officials in the port city ordered an inquiry into the fire.",
         "Officials in the port city ordered an inquiry into the fire."),
        ("But it voted against the plan on Monday.", None),
        ("However, this plan was rejected by the mayor on Friday.", None),
        ("So far, twenty people have been rescued from the flooded valley.", None),
        ("And “we will rebuild the bridge,” the mayor said on Friday.", None),
    ],
    ids=["but-noun-subject", "meanwhile-comma", "pronoun-subject", "demonstrative-subject",
         "so-far-is-no-connective", "bare-quote-after"],
)
def test_connective_dropped_when_the_statement_stands_alone(text, expected):
    assert leans(text) == (expected is None)
    if expected is not None:
        assert shown(text, DEFAULT.story) == expected


@pytest.mark.parametrize(
    ("text", "loaded"),
    [
        ("The council approved the budget on Monday.", 0),
        ("The council's disastrous budget was a horrible betrayal.", 3),
    ],
    ids=["neutral", "loaded"],
)
def test_loaded_words_are_counted(text, loaded):
    assert loaded_words(text) == loaded


def test_loaded_words_every_group_uses_are_the_event_not_framing():
    text = "The brutal storm killed four people on the coast."
    assert loaded_words(text) == 2
    assert loaded_words(text, common=frozenset({"killed"})) == 1


@pytest.mark.parametrize(
    ("one", "other", "shared"),
    [
        ("The governor asked for the meeting with the union.",
         "The governor requested the meeting with the union.", {"governor", "request", "union"}),
        ("The mayor sought a phone call with the minister.",
         "The mayor asked for a conversation with the minister.",
         {"mayor", "request", "call", "minister"}),
        ("Three firefighters were hurt in the fire on the top floor.",
         "A fire on the top floor hurt three firefighters.",
         {"three", "firefighter", "hurt", "fire", "floor"}),
    ],
    ids=["ask-request", "seek-ask-phone-conversation", "stop-listed-nouns-and-numbers"],
)
def test_content_lemmas_let_two_wordings_of_one_statement_meet(one, other, shared):
    assert shared <= content_lemmas(one) & content_lemmas(other)


def test_headline_is_one_of_the_titles(seed_story):
    assert seed_story.title in {s.title for s in seed_story.sources}


SEED_POINTS = {
    "the call": r"\b(call|spoke|talk(ed)?|conversation)\b",
    "its length": r"\b(\d+[- ]minutes?|an hour|hour)\b",
    "who asked for it": r"\b(asked for|requested|sought)\b",
    "rupture over sanctions": r"\b(rupture|break)\b.*|sanctions",
    "troop build-up": r"\b(troops|build-?up|soldiers)\b",
    "January talks": r"\b(Jan\.|January)",
}


# Who asked for the call: three independent outlets confirm each other; once outranked by the
# statements all four groups make (confirmation first), it is in since the fit ranker weighs
# confirmation with the rest.
@pytest.mark.parametrize("point", list(SEED_POINTS), ids=list(SEED_POINTS))
def test_seed_summary_states_the_main_points(seed_story, point):
    text = " ".join(s.text for s in seed_story.summary)
    assert re.search(SEED_POINTS[point], text), point


def test_timeline_puts_dated_years_first_then_the_story_days_in_calendar_order(seed_story):
    dates = [entry.date for entry in seed_story.timeline]
    with_year = [d for d in dates if not d.startswith("--")]
    assert with_year == sorted(with_year) and dates[: len(with_year)] == with_year
    assert dates.index("--12-03") < dates.index("--01-10")  # December comes before January
    for entry in seed_story.timeline:
        assert entry.evidence and entry.sources


@pytest.mark.parametrize(
    ("values", "order"),
    [
        (["--01-10", "--12-03", "--12-23"], ["--12-03", "--12-23", "--01-10"]),
        (["--03-01", "--05-02", "--04-01"], ["--03-01", "--04-01", "--05-02"]),
    ],
    ids=["across-the-new-year", "within-a-year"],
)
def test_dates_without_a_year_follow_the_calendar(values, order):
    positions = calendar_order(values)
    assert sorted(values, key=positions.__getitem__) == order


# The learned ranker (`story/rank.py`): measurements of invented sentences, and its weights.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved 40 new buses on Monday, Mayor Jane Doe said.", (1, 1, 1, 1.0)),
        ("“We will not stop,” the protesters chanted outside the hall.", (0, 0, 0, 0.0)),
        ("The bridge cost 40 million dollars and took three years to build.", (2, 1, 0, 0.0)),
    ],
    ids=["number-date-name-attribution", "bare-quote", "money-and-duration"],
)
def test_ranker_reads_numbers_dates_names_and_attribution(text, expected):
    assert carried(text) == expected


def test_every_measurement_has_a_weight_fit_on_the_tuning_half_or_a_neutrality_cost():
    section = DEFAULT.story
    assert len(weights(section)) == len(FEATURES)
    reasons = {f.name: f.metadata.get("why", "") for f in fields(section)}
    for name in FEATURES:
        if name in NOT_FIT:  # set, not fit: a neutrality cost, the clearest wording's edge
            assert "not fit" in reasons[f"rank_{name}"], name
            assert (getattr(section, f"rank_{name}") < 0) == (name == "loaded"), name
        else:
            assert "fit_summary.py" in reasons[f"rank_{name}"], name


def measured(story: Story) -> dict[str, dict[str, float]]:
    found = candidates(story, find_support(story, DEFAULT.story), DEFAULT.story)
    return {c.key: dict(zip(FEATURES, c.features, strict=True)) for c in found}


def test_ranker_measures_confirmation_place_and_quotation():
    values = measured(toy_story())
    assert values["c0"]["confirmed"] == 1.0 and values["c0"]["opening"] == 1.0
    assert values["c0"]["articles"] > values["c1"]["articles"] > values["c2"]["articles"] == 0
    assert values["c2"]["position"] > values["c0"]["position"] == 0.0
    assert values["c1"]["numbers"] >= 1 and values["c4"]["attributed"] == 1.0


@pytest.mark.parametrize(
    ("weight", "first"),
    [("rank_confirmed", "c0"), ("rank_position", "c2")],
    ids=["confirmation-up", "late-sentences-up"],
)
def test_score_is_the_weighted_sum_of_the_measurements(weight, first):
    section = replace(DEFAULT.story, **{**{f"rank_{n}": 0.0 for n in FEATURES}, weight: 1.0})
    found = candidates(toy_story(), find_support(toy_story(), section), section)
    assert found[0].key == first
    assert all(c.score == rank_score(c.features, section) for c in found)


def test_a_claim_joining_two_statements_offers_both_but_a_rewording_once():
    story = toy_story()
    # The alignment put two different openings in one claim; b's is a rewording of a's.
    merged = Claim(id="c9", members=tuple(
        ClaimMember(source=i[0], sentence_id=i, text=story.sentence(i).text, score=0.8)
        for i in ("a:s0", "b:s0", "a:s2")))
    story = replace(story, claims=(merged, *story.claims[1:]))
    found = candidates(story, find_support(story, DEFAULT.story), DEFAULT.story)
    from_claim = [c for c in found if c.claim == "c9"]
    assert {c.best.id for c in from_claim} & {"a:s0", "b:s0"} and "a:s2" in {
        c.best.id for c in from_claim}
    # Two statements; the rewording competes with the clearest wording under the claim's key.
    assert {c.key for c in from_claim} == {"c9", "a:s2"}
    assert {c.best.id for c in from_claim if c.key == "c9"} == {"a:s0", "b:s0"}
    assert sum(c.clearest for c in from_claim if c.key == "c9") == 1


def test_summary_stops_early_when_what_is_left_scores_low():
    story = toy_story()
    support = find_support(story, DEFAULT.story)
    found = candidates(story, support, DEFAULT.story)
    for floor, most in ((100.0, 1), (-100.0, len(found))):
        section = replace(DEFAULT.story, summary_min_score=floor)
        chosen = select(found, 1_000, section, support)
        assert chosen[0] == found[0] and 1 <= len(chosen) <= most
    assert len(select(found, 1_000, replace(DEFAULT.story, summary_min_score=-100.0),
                      support)) > 1


def test_a_confirmed_statement_extends_the_summary_below_the_bar_of_an_unconfirmed_one():
    story = toy_story()
    support = find_support(story, DEFAULT.story)
    found = candidates(story, support, DEFAULT.story)
    first = found[0]
    half = next(c for c in found if c.key != first.key and c.independent == 2)
    confirmed = replace(half, independent=3)  # as if the third group stated it too
    single = next(c for c in found if c.key != first.key and c.independent == 1)
    assert support.n_groups == 3
    section = replace(DEFAULT.story, summary_min_score=1.0, summary_confirmed_relief=0.4)
    for relief, extends in ((0.4, True), (0.0, False)):
        section = replace(section, summary_confirmed_relief=relief)
        # Both score 0.7: below the bar, but within the relief of a statement all confirm.
        for other, longer in ((confirmed, extends), (single, False)):
            ranked = [replace(first, score=2.0), replace(other, score=0.7)]
            chosen = select(ranked, 1_000, section, support)
            assert [c.best.id for c in chosen] == (
                [first.best.id, other.best.id] if longer else [first.best.id])
    # Half the other groups confirming lowers the bar by half the relief.
    section = replace(section, summary_confirmed_relief=0.4)
    for score, longer in ((0.85, True), (0.75, False)):
        chosen = select([replace(first, score=2.0), replace(half, score=score)], 1_000,
                        section, support)
        assert len(chosen) == (2 if longer else 1)


def test_a_rewording_is_shown_when_it_outscores_the_clearest_wording():
    story = toy_story()
    # a:s1 and b:s1 word one statement; b's adds who said it (the `attributed` measurement).
    for edge, shown_id in ((0.0, "b:s1"), (5.0, "a:s1")):
        weights_ = {**{f"rank_{n}": 0.0 for n in FEATURES}, "rank_attributed": 1.0,
                    "rank_clearest": edge}
        section = replace(DEFAULT.story, **weights_)
        support = find_support(story, section)
        found = candidates(story, support, section)
        wordings = [c for c in found if c.key == "c1"]
        assert {c.best.id for c in wordings} == {"a:s1", "b:s1"}
        assert [c.best.id for c in wordings if c.clearest] == ["a:s1"]
        assert min(wordings, key=found.index).best.id == shown_id
        chosen = select(found, 1_000, section, support)
        assert sum(c.key == "c1" for c in chosen) == 1  # one wording of a statement
