"""Source comparison: pairwise figures, relations with evidence, report.json, the two pages."""

from __future__ import annotations

import json

import pytest
from conftest import BASIL_STORIES, SEEDS, need_basil
from test_align import BRIDGE, make_story

from generator.compare.align import align_story
from generator.compare.claims import join_claims
from generator.compare.relations import compare_sources
from generator.compare.verdict import classify, in_order
from generator.model import Claim, ClaimMember, Relation, Story
from generator.pipeline import load_story
from generator.render import alignment, comparison, home
from generator.render.common import Site
from generator.report import comparison_json

REWRITES = ("002_39f595635d16badb", "004_4dce971f2949da2d")  # both rewrite one wire story
NEAR_COPY, REWRITE = Relation.NEAR_COPY, Relation.REWRITE
COMMON_SOURCE, INDEPENDENT = Relation.COMMON_SOURCE, Relation.INDEPENDENT


def analysed(story: Story) -> Story:
    return compare_sources(join_claims(align_story(story)))


@pytest.mark.parametrize(
    ("figures", "relation"),
    [
        ((0.95, 0.9, 0.97, 1.0, 20), NEAR_COPY),
        ((0.9, 0.85, 0.64, 1.0, 40), REWRITE),
        ((0.6, 0.7, 0.7, 0.5, 12), COMMON_SOURCE),
        ((0.3, 0.25, 0.8, 1.0, 5), COMMON_SOURCE),
        ((0.3, 0.25, 0.45, 1.0, 5), INDEPENDENT),
        ((0.04, 0.05, 0.6, 1.0, 2), INDEPENDENT),
        ((0.67, 0.47, 0.64, 1.0, 8), COMMON_SOURCE),
        ((0.5, 0.17, 0.49, 1.0, 4), INDEPENDENT),
    ],
    ids=[
        "copy",
        "rewrite-in-order",
        "versions-reordered",
        "shared-block-close-wording",
        "shared-block-own-words",
        "few-shared",
        "half-of-a-short-article-in-close-wording",
        "half-of-a-short-article-in-own-words",
    ],
)
def test_relation_is_read_off_the_figures(figures, relation):
    assert classify(*figures) == relation


@pytest.mark.parametrize(
    ("positions", "length"),
    [([0, 1, 2, 3], 4), ([3, 2, 1, 0], 1), ([0, 5, 1, 2, 9], 4), ([], 0)],
    ids=["in-order", "reversed", "one-moved", "empty"],
)
def test_in_order_is_the_longest_increasing_run(positions, length):
    assert in_order(positions) == length


def test_a_copy_is_a_near_copy_and_shares_everything():
    story = analysed(make_story({"a": BRIDGE, "b": BRIDGE}))
    (pair,) = story.pairs
    assert (pair.relation, pair.a_in_b, pair.b_in_a, pair.similarity) == (NEAR_COPY, 1, 1, 1)


@pytest.fixture(scope="module")
def seeds() -> Story:
    return analysed(load_story(SEEDS, "seeds"))


def test_seed_rewrites_of_one_wire_story_are_the_most_similar_pair(seeds):
    best = max(seeds.pairs, key=lambda p: p.similarity)
    assert (best.a, best.b, best.relation) == (*REWRITES, REWRITE)


def test_seed_rewrites_share_most_sentences_both_ways(seeds):
    pair = next(p for p in seeds.pairs if (p.a, p.b) == REWRITES)
    assert min(pair.a_in_b, pair.b_in_a) >= 0.8


def test_seed_pairs_other_than_the_rewrites_are_not_versions_of_one_text(seeds):
    others = {p.relation for p in seeds.pairs if (p.a, p.b) != REWRITES}
    assert others <= {INDEPENDENT, COMMON_SOURCE}


def test_every_seed_pair_has_evidence_with_figures(seeds):
    assert all(any("%" in line for line in p.evidence) for p in seeds.pairs)


def test_report_lists_every_pair_and_every_sentence_once(seeds):
    data = json.loads(json.dumps(comparison_json(seeds)))
    ids = [s["sentence_id"] for c in data["claims"] for s in c["sentences"]]
    assert (len(data["pairs"]), sorted(ids)) == (
        10,
        sorted(s.id for src in seeds.sources for s in src.sentences),
    )


def test_report_pairs_have_the_contract_fields(seeds):
    pair = comparison_json(seeds)["pairs"][0]
    assert {"a", "b", "similarity", "relation"} <= set(pair) and 0 <= pair["similarity"] <= 1


@pytest.fixture(scope="module")
def seed_pages(seeds) -> dict[str, str]:
    return comparison.render(seeds, Site())


@pytest.mark.parametrize(
    "needle",
    [
        'class="sd-table sd-heat"',
        'class="sd-heat-4"',
        "rewrite of the same text",
        'class="sd-table sd-cov"',
        "○ missing",
        "sd-alone",
        'href="002_39f595635d16badb.html#s17"',
    ],
    ids=["heat-map", "dark-cell", "relation", "coverage", "missing-mark", "alone", "evidence"],
)
def test_sources_page_shows(seed_pages, needle):
    assert needle in seed_pages["sources/index.md"]


@pytest.mark.parametrize(
    "needle",
    [
        'href="sources/004_4dce971f2949da2d.html#s14"',
        "<mark>",
        'class="sd-align-reference"',
    ],
    ids=["sentence-link", "diff-marks", "reference"],
)
def test_alignment_page_shows(seed_pages, needle):
    assert needle in seed_pages["alignment.md"]


def test_article_text_is_escaped_on_both_pages():
    hostile = ["The mayor said <script>alert(1)</script> {{ config }} **bold** | pipe today."]
    story = analysed(make_story({"a": hostile + BRIDGE, "b": hostile + BRIDGE}))
    pages = comparison.render(story, Site())
    assert all("<script>" not in text and "&lt;script&gt;" in text for text in pages.values())


def test_changed_words_are_marked_against_the_reference():
    spans = comparison.changed_spans("Putin reacted very strongly.", "Putin reacted strongly.")
    assert spans == [(14, 18)]


def test_basil_outlets_are_never_versions_of_one_text():
    need_basil()
    relations = set()
    for path in BASIL_STORIES:
        # How two sources relate is read off the alignment alone (the claims stage would parse
        # every sentence of the 60 stories for nothing this test reads).
        story = align_story(load_story(path, path.name))
        relations |= {p.relation for p in compare_sources(story).pairs}
    assert relations <= {INDEPENDENT, COMMON_SOURCE}


def test_a_large_story_lists_each_copy_with_its_leader_not_every_pair():
    texts = {f"copy{n:02d}": BRIDGE[:3] for n in range(24)} | {"full": BRIDGE}
    story = analysed(make_story(texts))
    assert sorted((p.b, p.relation) for p in story.pairs) == [("full", NEAR_COPY)] * 24


@pytest.fixture()
def family_pages(monkeypatch) -> dict[str, str]:
    """The pages of a story with copies, drawn as a large story: one column per family and
    two statements per alignment page."""
    monkeypatch.setattr(alignment, "FAMILY_VIEW", 1)
    monkeypatch.setattr(alignment, "ALIGNMENT_ROWS", 2)
    story = analysed(
        make_story(
            {
                "full": BRIDGE,
                "copy": BRIDGE[:3],
                "other": ["A storm closed the airport on Tuesday afternoon."],
            }
        )
    )
    return comparison.render(story, Site())


@pytest.mark.parametrize(
    ("page", "needle"),
    [
        ("sources/index.md", '<tr id="family-f1"><th scope="row">f1</th>'),
        ("sources/index.md", "f1 · Source 1 +1"),
        ("sources/index.md", "agreed (2/2)"),
        ("sources/index.md", 'href="../alignment-2.html#c3"'),
        ("alignment.md", '<a href="alignment-2.html">2</a>'),
        ("alignment-2.md", '<tr id="c3"'),
        ("alignment-2.md", "2 of 2 copies"),
    ],
    ids=[
        "family-table",
        "family-column",
        "family-count",
        "claim-on-page-2",
        "page-links",
        "page-2-rows",
        "copies-count",
    ],
)
def test_a_large_story_is_drawn_by_family_and_paged(family_pages, page, needle):
    assert needle in family_pages[page]


@pytest.mark.parametrize(
    ("claim_id", "page"),
    [("c1", "alignment.md"), ("c200", "alignment.md"), ("c201", "alignment-2.md")],
    ids=["first", "last-of-page-1", "first-of-page-2"],
)
def test_claim_page_follows_the_rows_per_page(claim_id, page):
    assert comparison.claim_page(claim_id) == page


def test_report_lists_every_source_in_exactly_one_family(seeds):
    families = comparison_json(seeds)["families"]
    members = sorted(m for f in families for m in f["members"])
    assert members == sorted(s.id for s in seeds.sources)


def _claim(*members: tuple[str, float]) -> Claim:
    return Claim(id="c1", members=tuple(
        ClaimMember(source=source, sentence_id=f"{source}:s{i}", text=f"Wording {score}.",
                    score=score)
        for i, (source, score) in enumerate(members)
    ))  # fmt: skip


@pytest.mark.parametrize(
    ("members", "copies"),
    [
        ((("a", 1.0), ("a", 1.0)), None),  # one article repeating its own paragraph
        ((("a", 1.0), ("b", 0.95), ("b", 1.0)), 2),
        ((("b", 0.6), ("a", 1.0), ("c", 0.95)), 2),  # a rewrite is not a copy
    ],
    ids=["one-source-twice", "two-sources", "rewrite-not-counted"],
)
def test_the_most_copied_text_counts_copies_by_source(members, copies):
    found = home.most_copied(Story(id="t", sources=(), claims=(_claim(*members),)))
    assert (found and found["copies"]) == copies
    assert found is None or found["text"] == "Wording 1.0."  # the reference wording is shown
