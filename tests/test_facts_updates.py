"""One update rule for every finding path (`facts/updates.py`), and the guards that keep
different things apart: odds are not counts, a value with a participle of its own belongs to
it, a sum on two different verbs is two sums, two relative dates under "was" are no one act."""

from __future__ import annotations

import pytest

from generator.facts.conflicts import compare_quantities, compare_slots
from generator.facts.discrepancies import find_discrepancies
from generator.facts.findings import Finding
from generator.facts.frames import extract_facts
from generator.facts.matching import governing_verb
from generator.facts.numbers import find_quantities
from generator.facts.updates import as_update
from generator.model import DiscrepancyKind, Fact, FactKind, Sentence, Severity, Source, Story


def outlets(*sources: tuple[str, str]) -> Story:
    """Sources a, b... of one sentence each with its publication date, analysed by the facts
    stage (no claim: outlets writing on their own)."""
    built = []
    for n, (published, text) in enumerate(sources):
        sid = "ab"[n]
        sentence = Sentence(id=f"{sid}:s0", source=sid, index=0, paragraph=0, start=0,
                            end=len(text), text=text)
        built.append(Source(id=sid, path=f"{sid}.txt", format="txt", body=(text,),
                            sentences=(sentence,), published=published))
    return find_discrepancies(extract_facts(Story(id="t", sources=tuple(built))))


def kinds(story: Story) -> list[tuple[str, str]]:
    return [(str(d.kind), str(d.severity)) for d in story.discrepancies]


COUNT_A = ("The tribunal heard a claim brought on behalf of 2.4 million nurses seeking back "
           "wages from the hospital group.")
COUNT_B = ("The hospital group faces a claim brought on behalf of 2.2 million nurses seeking "
           "back wages, the tribunal heard.")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("2021-12-02", COUNT_A), ("2021-12-02", COUNT_B), [("number", "high")]),
        (("2021-12-02", COUNT_A), ("2021-12-05", COUNT_B), [("update", "low")]),
        (("", COUNT_A), ("2021-12-05", COUNT_B), [("number", "high")]),  # undated: no order
        (("2021-12-06", "The two ferry operators met on Sunday at the harbour office."),
         ("2021-12-09", "The two ferry operators met on Thursday at the harbour office."),
         [("update", "low")]),  # Thursday the 9th is after the first article: a newer meeting
        (("2021-12-06", "The two ferry operators met on Sunday at the harbour office."),
         ("2021-12-07", "The two ferry operators met on Tuesday at the harbour office."),
         [("date", "medium")]),  # the 7th: a day after the first article, whose date may be off
    ],
    ids=["same-day-count", "later-count", "undated-count", "date-after-first-article",
         "date-within-a-day"],
)
def test_a_later_article_newer_value_is_an_update(first, second, expected):
    assert kinds(outlets(first, second)) == expected


def fact(source: str, kind: FactKind, value: str, text: str, resolved: str = "") -> Fact:
    return Fact(id="", source=source, sentence_id=f"{source}:s0", kind=kind, start=0,
                end=len(text), text=text, value=value, resolved=resolved)


@pytest.mark.parametrize(
    ("kind", "published", "expected"),
    [
        (DiscrepancyKind.NUMBER, {"a": "2021-12-01", "b": "2021-12-03"}, DiscrepancyKind.UPDATE),
        (DiscrepancyKind.NUMBER, {"a": "2021-12-01", "b": "2021-12-01"}, DiscrepancyKind.NUMBER),
        (DiscrepancyKind.NUMBER, {"a": "2021-12-01"}, DiscrepancyKind.NUMBER),
        (DiscrepancyKind.NEGATION, {"a": "2021-12-01", "b": "2021-12-03"},
         DiscrepancyKind.NEGATION),
    ],
    ids=["counts-two-days", "counts-one-day", "one-undated", "not-a-value"],
)
def test_the_update_rule(kind, published, expected):
    a = fact("a", FactKind.NUMBER, "14", "14 people")
    b = fact("b", FactKind.NUMBER, "16", "16 people")
    result = as_update(Finding(kind, Severity.HIGH, (b, a), "differ"), published)
    assert result.kind is expected
    if expected is DiscrepancyKind.UPDATE:
        assert result.facts == (a, b) and "2021-12-01" in result.why and "2021-12-03" in result.why


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("He admitted there is a 1 in 4 chance that his party loses.", []),
        ("He gave his party a three-in-four chance of holding the seat.", []),
        ("Six out of 10 drivers said so.", []),
        ("The toll rose to 52 in 2010.", [52.0]),
        ("Rescuers pulled 3 in 2 days from the rubble.", [3.0, 2880.0]),
    ],
    ids=["digits", "hyphenated-words", "out-of", "year-is-no-odds", "span-of-time"],
)
def test_odds_are_not_counts(text, counted):
    assert [q.value for q in find_quantities(text)] == counted


@pytest.mark.parametrize(
    ("text", "value", "verb"),
    [
        ("With just two days left for the council to act, the two leaders met at noon.",
         "two", "leave"),
        ("The two leaders met for three hours at the harbour office.", "three", "meet"),
    ],
    ids=["participle-of-its-own", "the-clause-verb"],
)
def test_the_verb_a_value_hangs_on(text, value, verb):
    assert governing_verb(text, text.index(value))[0] == verb


def aligned(text: str, source: str) -> tuple[Sentence, list[Fact]]:
    sentence = Sentence(id=f"{source}:s0", source=source, index=0, paragraph=0, start=0,
                        end=len(text), text=text)
    facts = [Fact(id="", source=source, sentence_id=sentence.id, kind=q.kind, start=q.start,
                  end=q.end, text=q.text, value=q.normalised, unit=q.unit)
             for q in find_quantities(text)]
    return sentence, facts


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The ferry company will send 40 crates of spare parts to Norway and Iceland, it said.",
         "The ferry company plans to send crates of spare parts to Iceland and Norway, it said.",
         []),  # one slot holding both names: a list, not a swap
        ("The ferry company will send 40 crates of spare parts to Norway, Iceland, it said.",
         "The ferry company plans to send crates of spare parts to Iceland, it said.", []),
        ("Norway accused Iceland of breaking the fishing agreement, the ministry said.",
         "Iceland accused Norway of breaking the fishing agreement, the ministry said.",
         ["entity"]),  # a true swap stays
    ],
    ids=["list", "comma", "swap"],
)
def test_a_slot_holding_both_names_is_no_swap(a, b, expected):
    sa, fa = aligned(a, "a")
    sb, fb = aligned(b, "b")
    names = [*extract_facts(Story(id="t", sources=(
        Source(id="a", path="a.txt", format="txt", body=(a,), sentences=(sa,)),
        Source(id="b", path="b.txt", format="txt", body=(b,), sentences=(sb,))))).facts]
    found = compare_slots(sa, [f for f in names if f.source == "a"], sb,
                          [f for f in names if f.source == "b"], {})
    assert [str(f.kind) for f in found] == expected


@pytest.mark.parametrize(
    ("owner_b", "expected"),
    [("Norwegian", []), ("Icelandic", [("number", "high")])],
    ids=["two-owners", "one-owner"],
)
def test_frames_of_things_of_different_owners_do_not_meet(owner_b, expected):
    first = ("2021-12-02", "The council put new duties on $12 billion in Icelandic fish, "
             "the trade minister told the harbour authority.")
    second = ("2021-12-02", f"The trade minister told the harbour authority that the council "
              f"put new duties on $20 billion of {owner_b} fish.")
    assert kinds(outlets(first, second)) == expected


@pytest.mark.parametrize(
    ("a", "b", "strict"),
    [
        ("The advert is costing the campaign $2 million, the group said.",
         "The campaign has reserved $700,000 of billboards, the group said.", [True]),
        ("The advert is costing the campaign $2 million, the group said.",
         "The advert is costing the campaign $700,000, the group said.", [False]),
        ("Economists had been looking for 612,000 new homes, the survey said.",
         "Analysts were expecting 640,000 new homes, the survey said.", [True]),
        ("Economists were expecting 612,000 new homes, the survey said.",
         "Analysts were expecting 640,000 new homes, the survey said.", [False]),
        ("The council put duties on $12 billion in Icelandic fish in July.",
         "The council put duties on $20 billion of Norwegian fish in July.", []),
        ("The council put duties on $12 billion in Icelandic fish in July.",
         "The council put duties on $20 billion of Icelandic fish in July.", [False]),
    ],
    ids=["sum-two-verbs", "sum-one-verb", "count-two-verbs", "count-one-verb", "two-owners",
         "one-owner"],
)
def test_aligned_values_of_different_things(a, b, strict):
    """Values on two verbs are only believed when closely aligned (`strict`); things of
    different owners are different items (no finding)."""
    sa, fa = aligned(a, "a")
    sb, fb = aligned(b, "b")
    assert [f.strict for f in compare_quantities(fa, fb, sa=sa, sb=sb)] == strict
