"""Alignment: sentences of all sources grouped into claims, exact copies and rewordings alike."""

from __future__ import annotations

import pytest
from conftest import BASIL, SEEDS, need_basil

from generator.compare.align import align_story, content_key, score_sentences
from generator.compare.families import LeaderRows
from generator.ingest.segment import segment_source
from generator.model import Source, Story
from generator.pipeline import load_story


def make_story(texts: dict[str, list[str]]) -> Story:
    """A story whose sources have the given paragraphs (one list of paragraphs per source)."""
    sources = tuple(
        segment_source(Source(id=sid, path=f"{sid}.txt", format="txt", body=tuple(paragraphs)))
        for sid, paragraphs in texts.items()
    )
    return Story(id="toy", sources=sources)


def claim_with(story: Story, source: str, snippet: str):
    for claim in story.alignment:
        for m in claim.members:
            if m.source == source and snippet in m.text:
                return claim
    raise AssertionError(f"no sentence of {source} contains {snippet!r}")


def same_claim(story: Story, a: tuple[str, str], b: tuple[str, str]) -> bool:
    return claim_with(story, *a).id == claim_with(story, *b).id


BRIDGE = [
    "The mayor opened the new bridge over the river on Monday morning.",
    "It cost 40 million dollars and took three years to build.",
    "Local shops stayed open late to celebrate the opening.",
    "Engineers said the structure would last at least a century.",
]


@pytest.mark.parametrize(
    ("other", "snippet_a", "snippet_b", "aligned"),
    [
        (BRIDGE, "The mayor opened", "The mayor opened", True),
        (
            [
                "On Monday morning the mayor opened the new river bridge.",
                "Building it took three years and cost 40 million dollars.",
                "Shops in the town stayed open late to celebrate.",
                "The structure will last at least a century, engineers said.",
            ],
            "It cost 40",
            "Building it took",
            True,
        ),
        (
            [
                "Engineers said the structure would last at least a century.",
                "The mayor opened the new bridge over the river on Monday morning.",
                "It cost 40 million dollars and took three years to build.",
            ],
            "Engineers said",
            "Engineers said",
            True,
        ),
        (
            [
                "A storm closed the airport for most of Tuesday afternoon.",
                "Flights were diverted to a field two hundred miles north.",
                "Passengers slept in the terminal waiting for news.",
            ],
            "The mayor opened",
            "A storm closed",
            False,
        ),
    ],
    ids=["exact-copy", "reworded-in-order", "paragraph-moved", "unrelated"],
)
def test_pairs_of_sentences_are_aligned_when_they_say_the_same(
    other, snippet_a, snippet_b, aligned
):
    story = align_story(make_story({"a": BRIDGE, "b": other}))
    assert same_claim(story, ("a", snippet_a), ("b", snippet_b)) is aligned


def test_a_split_sentence_joins_the_claim_of_the_whole():
    story = align_story(
        make_story(
            {
                "a": [
                    "The mayor opened the new bridge over the river on Monday morning, and it cost "
                    "40 million dollars to build over three years.",
                    BRIDGE[2],
                ],
                "b": [
                    "The mayor opened the new bridge over the river on Monday morning.",
                    "It cost 40 million dollars to build over three years.",
                    BRIDGE[2],
                ],
            }
        )
    )
    assert same_claim(story, ("a", "The mayor"), ("b", "It cost 40"))


@pytest.fixture(scope="module")
def toy() -> Story:
    return align_story(
        make_story(
            {
                "a": BRIDGE,
                "b": BRIDGE[1:] + ["Officials said. The end."],
                "c": BRIDGE[::-1],
            }
        )
    )


def test_every_sentence_is_in_exactly_one_claim(toy):
    ids = [m.sentence_id for c in toy.alignment for m in c.members]
    expected = [s.id for src in toy.sources for s in src.sentences]
    assert sorted(ids) == sorted(expected)


def test_claim_ids_are_numbered_in_order(toy):
    assert [c.id for c in toy.alignment] == [f"c{n}" for n in range(1, len(toy.alignment) + 1)]


def test_alignment_is_deterministic(toy):
    again = align_story(
        make_story(
            {
                "a": BRIDGE,
                "b": BRIDGE[1:] + ["Officials said. The end."],
                "c": BRIDGE[::-1],
            }
        )
    )
    assert again.alignment == toy.alignment


def test_reference_member_scores_one_and_others_at_most_one(toy):
    for claim in toy.alignment:
        assert max(m.score for m in claim.members) == 1.0 and all(
            0.0 <= m.score <= 1.0 for m in claim.members
        )


def test_score_matrix_has_one_row_per_query():
    keys = [content_key(t) for t in BRIDGE]
    scores = score_sentences(keys, keys[:2])
    assert scores.shape == (4, 2) and scores[0, 0] == pytest.approx(1.0)


def test_content_key_drops_function_words_and_cuts_stems():
    assert content_key("The Sanctions were imposed on the country") == "sanct impos count"


# Hand-checked on the seeds: sentences reworded (spun, machine-translated, paraphrased), not
# copied, that say the same thing. Each pair is (source, snippet), (source, snippet).
SEED_REWORDED = [
    (
        ("002_39f595635d16badb", "Putin reacted strongly"),
        ("004_4dce971f2949da2d", "Putin retaliated vehemently"),
    ),
    (
        ("002_39f595635d16badb", "Ukraine rejected the request"),
        ("004_4dce971f2949da2d", "The allegation has been denied by Ukraine"),
    ),
    (
        ("002_39f595635d16badb", "would be a colossal mistake"),
        ("004_4dce971f2949da2d", "would be a tremendous blunder"),
    ),
    (
        ("002_39f595635d16badb", "darkest moments"),
        ("004_4dce971f2949da2d", "worst international moments"),
    ),
    (("000_4692f4a7bbcba9a6", "complete rupture"), ("003_773ce43e2e6e3cc6", "complete rupture")),
    (
        ("001_cd38d57a62c20e13", "the US would do the same thing"),
        ("004_4dce971f2949da2d", "Russia would respond in the same way"),
    ),
    (
        ("002_39f595635d16badb", "would if offensive weapons were deployed"),
        ("004_4dce971f2949da2d", "Russia would respond in the same way"),
    ),
]


@pytest.fixture(scope="module")
def seeds() -> Story:
    return align_story(load_story(SEEDS, "seeds"))


@pytest.mark.parametrize(
    ("a", "b"),
    SEED_REWORDED,
    ids=[
        "reacted",
        "rejected",
        "blunder",
        "darkest",
        "spun-rupture",
        "translated-same-thing",
        "split-fragment",
    ],
)
def test_seed_rewordings_are_aligned(seeds, a, b):
    assert same_claim(seeds, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            ("002_39f595635d16badb", "Putin reacted strongly"),
            ("003_773ce43e2e6e3cc6", "Negotiations should not turn into idle talk"),
        ),
        (("000_4692f4a7bbcba9a6", "Jake Sullivan"), ("003_773ce43e2e6e3cc6", "Jake Sullivan")),
    ],
    ids=["short-vs-quote", "same-name-different-statement"],
)
def test_seed_sentences_about_different_things_are_not_aligned(seeds, a, b):
    assert not same_claim(seeds, a, b)


BASIL_REWORDED = [
    (
        "2011-3db93526",
        ("hpo", "As president, I'll end Obama's war"),
        ("nyt", "As president, I’ll end Obama’s war"),
    ),
    (
        "2010-45bd61bc",
        ("hpo", "The First Amendment protects freedom of religion"),
        ("nyt", "The First Amendment protects freedom of religion"),
    ),
    (
        "2011-005a2961",
        ("fox", "accused Obama of conducting a confusing policy"),
        ("hpo", "accused Obama of carrying out a confusing policy"),
    ),
    (
        "2010-2b95d2cf",
        ("hpo", "It has been prosecuted by the United States"),
        ("nyt", "It has been prosecuted by the United States"),
    ),
    (
        "2011-97566c74",
        ("hpo", "give up my right to run as an independent"),
        ("nyt", "give up my right to run as an independent"),
    ),
]


@pytest.mark.parametrize(
    ("story_id", "a", "b"),
    BASIL_REWORDED,
    ids=[case[0] + "-" + case[1][0] + "-" + case[2][0] for case in BASIL_REWORDED],
)
def test_basil_quotes_and_rewordings_are_aligned(story_id, a, b):
    need_basil()
    story = align_story(load_story(BASIL / "stories" / story_id, story_id))
    assert same_claim(story, a, b)


# Families of near-identical copies: the scale path. A copy joins the family of the fullest text
# it copies; its sentences join the leader's claims; what the leader lacks is matched between
# copies.
EXTRA = [
    "Traffic was expected to double within five years of the opening.",
    "A second crossing is planned further downstream for the next decade.",
]
MISSING_FROM_LEADER = "Tolls will be waived for local residents during the first summer."
STORM = [
    "A storm closed the airport for most of Tuesday afternoon.",
    "Flights were diverted to a field two hundred miles north.",
    "Passengers slept in the terminal waiting for news.",
]


@pytest.fixture(scope="module")
def copies() -> Story:
    return align_story(
        make_story(
            {
                "copy1": BRIDGE + [MISSING_FROM_LEADER],
                "full": BRIDGE + EXTRA,
                "copy2": BRIDGE[:3] + [MISSING_FROM_LEADER, BRIDGE[3]],
                "storm": STORM,
            }
        )
    )


def test_copies_form_one_family_led_by_the_fullest_text(copies):
    assert [(f.leader, f.members) for f in copies.families] == [
        ("full", ("copy1", "full", "copy2")),
        ("storm", ("storm",)),
    ]


def test_a_copy_sentence_joins_the_claim_of_the_leader_sentence(copies):
    assert same_claim(copies, ("copy2", "Engineers said"), ("full", "Engineers said"))


def test_a_sentence_the_leader_lacks_is_aligned_between_copies(copies):
    assert same_claim(copies, ("copy1", "Tolls will be waived"), ("copy2", "Tolls will be waived"))


def test_every_sentence_of_a_story_with_copies_is_in_exactly_one_claim(copies):
    ids = [m.sentence_id for c in copies.alignment for m in c.members]
    assert sorted(ids) == sorted(s.id for src in copies.sources for s in src.sentences)


def test_seed_rewrites_are_not_copies(seeds):
    assert [len(f.members) for f in seeds.families] == [1, 1, 1, 1, 1]


def test_leader_rows_reuse_scores_and_give_the_full_matrix_cell_for_cell():
    leader = ["ferry service resumes monday", "", "harbour master inspected hull"]
    copy = ["harbour master inspected hull", "ferry service resumes monday", "", "new pier opens"]
    rows = LeaderRows(leader)
    first = rows.scores(copy)
    expected = score_sentences(copy, leader)
    expected[2, :] = 0.0  # a fragment (empty key) never scores
    expected[:, 1] = 0.0
    assert first.shape == (4, 3)
    assert (first == expected).all()
    scored = len(rows.rows)
    again = rows.scores(list(reversed(copy)))
    assert len(rows.rows) == scored  # every key was scored once
    assert (again == expected[::-1]).all()
    assert rows.scores([]).shape == (0, 3)
