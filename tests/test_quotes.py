"""Quote extraction (marks), terms, grouping across outlets, fidelity, the page and the CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from generator.ingest.segment import segment_source
from generator.model import Source, Story
from generator.quotes.extract import extract_quotes
from generator.quotes.groups import compare_wording
from generator.quotes.marks import find_quotes
from generator.render.common import Site
from generator.render.quotes import render
from generator.report import quotes_csv, quotes_json

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "data" / "seed_quotes.json").read_text(encoding="utf-8"))


def source(*paragraphs: str, sid: str = "a") -> Source:
    return segment_source(Source(id=sid, path=f"{sid}.txt", format="txt", body=paragraphs))


def story(*sources: Source) -> Story:
    return extract_quotes(Story(id="t", sources=sources))


def quoted(*paragraphs: str) -> list[str]:
    src = source(*paragraphs)
    return [src.text[r.start:r.end] for r in find_quotes(src)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["“We will win,” she said."], ["We will win,"]),
        (['"We will win," she said.'], ["We will win,"]),
        (["He called it “a complete rupture” of relations."], ["a complete rupture"]),
        (["“It’s almost as if they said: ‘Wait a minute,’” she said."],
         ["It’s almost as if they said: ‘Wait a minute,’"]),
        (["“Our position is very clear. “These are decisions for others.”"],
         ["Our position is very clear.", "These are decisions for others."]),
        (["He said they would “act if Russia invaded more. “"], ["act if Russia invaded more."]),
        (["“First part,” he said. ” “Second part is here.”"],
         ["First part,", "Second part is here."]),
        (["“They are creating urgency, She said. “It is a hostage.”"],
         ["They are creating urgency,", "It is a hostage."]),
    ],
    ids=["curly", "straight", "partial", "nested-single", "reopened", "closing-opener-at-end",
         "stray-closer", "missing-close-before-cue"],
)
def test_marks_are_read_despite_machine_translation(paragraphs, expected):
    assert quoted(*paragraphs) == expected


@pytest.mark.parametrize(
    "text",
    ["Obama’s plan and the ’90s were rock ’n’ roll.", "It was Obama's plan in the '90s.",
     "He ordered his troops to ‘enter the breakaway region."],
    ids=["curly-apostrophes", "straight-apostrophes", "stray-single-opener"],
)
def test_apostrophes_and_stray_single_marks_are_not_quotes(text):
    assert quoted(text) == []


def test_a_quote_runs_over_paragraphs_when_the_next_one_opens_with_a_mark():
    found = quoted("“The first paragraph of the quote.", "“And the second one,” she said.",
                   "Then narrative text.")
    assert found == ["The first paragraph of the quote.\n\n“And the second one,"]


def test_a_quote_whose_continuation_mark_is_missing_still_closes_in_the_next_paragraph():
    found = quoted("She left, saying “Wal-Mart may be a big company.",
                   "But not too big to be challenged.” Then she went home.")
    assert found == ["Wal-Mart may be a big company.\n\nBut not too big to be challenged."]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [("He appeared on “Fox News Sunday” on the weekend.", "term"),
     ("The plan was “aggressive,” Mr. Lane said.", "term"),
     ("It was a “complete rupture” of ties.", "term"),
     ("Mr. Lane said the plan was “a complete rupture,” adding more.", "quote"),
     ("“We will not give up on this,” Mr. Lane said.", "quote")],
    ids=["show-title", "one-word", "unattributed-two-words", "attributed-three-words",
         "full-quote"],
)
def test_short_quotes_are_terms_unless_someone_says_them(sentence, kind):
    result = story(source(sentence))
    assert [q.kind for q in result.quotes] == [kind]


@pytest.mark.parametrize(
    ("text", "reference", "fidelity"),
    [("We will respond decisively.", "We will respond decisively.", "identical"),
     ("We will respond decisively", "We will, respond decisively.", "punctuation"),
     ("We will respond firmly to this.", "We will respond decisively to this.", "minor wording"),
     ("We would respond decisively to this.", "We will respond decisively to this.",
      "altered meaning"),
     ("We will not respond decisively to this.", "We will respond decisively to this.",
      "altered meaning"),
     ("We sent 30 troops to the border.", "We sent 50 troops to the border.", "altered meaning"),
     ("respond decisively to this", "We said we will respond decisively to this attack.",
      "identical")],
    ids=["identical", "punctuation", "synonym", "modal", "negation", "number", "excerpt"],
)
def test_fidelity_names_what_changed(text, reference, fidelity):
    assert compare_wording(text, reference)[0] == fidelity


def test_changed_words_are_located_in_the_variant():
    _, changed, spans, _ = compare_wording("We will respond firmly to this.",
                                           "We will respond decisively to this.")
    assert changed == ("firmly",)
    assert [("We will respond firmly to this."[a:b]) for a, b in spans] == ["firmly"]


def test_the_same_statement_in_two_outlets_is_one_group_with_both_wordings():
    a = source("“We will respond decisively if they invade,” Mr. Lane said.", sid="a")
    b = source("“We will respond firmly if they invade,” said Tom Lane, the spokesman.", sid="b")
    c = source("“The weather is fine today,” said Ann Smith.", sid="c")
    result = story(a, b, c)
    groups = [sorted(s for v in g.variants for s in v.sources) for g in result.quote_groups]
    assert groups == [["a", "b"], ["c"]]
    assert result.quote_groups[0].speaker == "Tom Lane"


SEED_CASES = [(q["source"], q["snippet"]) for q in GOLD["quotes"]]


@pytest.mark.parametrize(("source_id", "snippet"), SEED_CASES,
                         ids=[f"{s[:3]}-{t[:24]}" for s, t in SEED_CASES])
def test_every_seed_quote_of_four_words_or_more_is_extracted(seed_story, source_id, snippet):
    texts = [q.text for q in seed_story.quotes if q.source == source_id and q.kind == "quote"]
    assert any(snippet in text for text in texts)


@pytest.mark.parametrize("members", GOLD["groups"],
                         ids=[m[0]["snippet"][:30] for m in GOLD["groups"]])
def test_seed_statements_quoted_by_several_outlets_are_one_group(seed_story, members):
    where = {qid: g.id for g in seed_story.quote_groups for v in g.variants for qid in v.quote_ids}
    groups = set()
    for member in members:
        quote = next(q for q in seed_story.quotes
                     if q.source == member["source"] and member["snippet"] in q.text)
        groups.add(where.get(quote.id))
    assert len(groups) == 1 and None not in groups


def test_quote_code_knows_no_seed_names():
    code = "".join(p.read_text(encoding="utf-8")
                   for p in sorted((ROOT / "generator").rglob("*.py")))
    for name in ("Ushakov", "Putin", "Psaki", "Biden", "Pifer", "Danilov", "Lavrov", "Tass"):
        assert name not in code, name


HOSTILE = "<script>alert(1)</script> {{ config }} **bold** | pipe"


def test_hostile_quote_text_is_escaped_on_the_page():
    result = story(source(f"“{HOSTILE} and more words,” said Ann Smith."))
    page = render(result, Site())["quotes.md"]
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_quotes_csv_has_one_row_per_quote_and_defuses_formulas():
    result = story(source("“=HYPERLINK(1) is what we will say,” said Ann Smith."))
    rows = list(csv.reader(io.StringIO(quotes_csv(result)["quotes.csv"])))
    assert rows[0][:3] == ["group", "quote_id", "source"]
    assert rows[1][6].startswith("'=")


def test_report_json_keeps_the_contract_fields(seed_story):
    record = quotes_json(seed_story)[0]
    assert {"id", "speaker", "variants"} <= set(record)
    assert {"text", "sources", "speaker", "fidelity"} <= set(record["variants"][0])


def test_quote_offsets_point_at_the_quote_text(seed_story):
    for quote in seed_story.quotes:
        text = seed_story.source(quote.source).text[quote.start:quote.end]
        if "\n\n" not in text:
            assert text == quote.text


def test_same_input_gives_the_same_groups(seed_story):
    again = extract_quotes(replace(seed_story, quotes=(), quote_groups=(), entities=()))
    assert again.quote_groups == seed_story.quote_groups


def test_short_quotes_sharing_a_few_words_are_not_one_statement(tmp_path):
    from generator.pipeline import run

    (tmp_path / "a.txt").write_text(
        "Senator Dana Reyes Faces Questions\n\n“Is that picture you?” a reporter asked at the "
        "news conference on Monday.\n",
        "utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Reyes Denies Sending Photo\n\n“I didn't send that picture out,” Senator Dana Reyes "
        "told reporters on Monday.\n",
        "utf-8",
    )
    (story,) = run(tmp_path)
    texts = [{v.text for v in group.variants} for group in story.quote_groups]
    assert not any(len(t) > 1 for t in texts), texts


def test_the_reference_wording_is_the_one_independent_outlets_share():
    """Four reprints of one spun article do not outvote three outlets quoting the original."""
    original = "“We will rebuild every bridge the flood took,” the governor said on Monday."
    spun = "“We shall reconstruct each bridge the deluge took,” the governor said on Monday."
    bodies = [("a", original), ("b", f"The storm passed. {original}"),
              ("c", f"Crews were out early. {original}"), ("d", spun), ("e", spun), ("f", spun),
              ("g", spun)]
    sources = tuple(segment_source(Source(id=i, path=f"{i}.txt", format="txt", body=(t,)))
                    for i, t in bodies)
    result = extract_quotes(Story(id="t", sources=sources))
    group = next(g for g in result.quote_groups if len(g.variants) > 1)
    reference = next(v for v in group.variants if v.reference)
    assert "rebuild" in reference.text and set(reference.sources) == {"a", "b", "c"}
