"""Facts: numbers, durations, dates and time references found in sentence text, normalised."""

from __future__ import annotations

import pytest

from generator.facts.dates import find_dates, overlaps, resolve_date
from generator.facts.frames import extract_facts, find_names
from generator.model import Sentence, Source, Story
from generator.facts.numbers import agree, find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "approximate"),
    [
        ("A 50-minute telephone call", 50, "minute", False),
        ("they spoke for nearly an hour", 60, "minute", True),
        ("about an hour later", 60, "minute", True),
        ("a two-hour call", 120, "minute", False),
        ("tens of thousands of troops", 20_000, "troop", True),
        ("a 100,000-strong army", 100_000, "army", False),
        ("100,000 or so troops", 100_000, "troop", True),
        ("an estimated 100,000 soldiers", 100_000, "soldier", True),
        ("$3.5 million in aid", 3_500_000, "usd", False),
        ("the 2 nuclear superpowers", 2, "nuclear", False),
    ],
    ids=["50-minute", "nearly-an-hour", "about-an-hour", "two-hour", "tens-of-thousands",
         "100000-strong", "or-so", "an-estimated", "money", "digit-2"],
)
def test_quantities_are_normalised(text, value, unit, approximate):
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.unit, quantity.approximate) == (value, unit, approximate)


@pytest.mark.parametrize(
    "text",
    ["in 2014 the army", "on Jan.9-10 in Geneva", "the tone and tenor of talks",
     "tensions rose and attention grew"],
    ids=["year", "date-range", "ten-inside-word", "tens-inside-word"],
)
def test_no_quantity_where_there_is_none(text):
    assert find_quantities(text) == []


def test_hedged_quantities_agree_within_tolerance_and_exact_ones_do_not():
    fifty, hour = find_quantities("50 minutes"), find_quantities("nearly an hour")
    assert agree(fifty[0], hour[0], 0.2)
    assert not agree(find_quantities("50 minutes")[0], find_quantities("two hours")[0], 0.2)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("talks in Geneva on Jan. 10, then", "--01-10", "date"),
        ("on January 9 and 10.", "--01-09/--01-10", "date"),
        ("on Jan.9-10 in Geneva", "--01-09/--01-10", "date"),
        ("press conference on 23 December.", "--12-23", "date"),
        ("a call on December 7, 2021.", "2021-12-07", "date"),
        ("annexed Crimea in 2014", "2014", "date"),
        ("spoke on Thursday", "thursday", "date"),
        ("Russia last week tested", "week-1", "time_ref"),
        ("earlier this month", "month+0", "time_ref"),
        ("talks next month", "month+1", "time_ref"),
        ("two days ago", "day-2", "time_ref"),
    ],
    ids=["abbrev", "and-range", "dash-range", "day-month", "with-year", "year", "weekday",
         "last-week", "earlier-this-month", "next-month", "ago"],
)
def test_dates_are_normalised(text, value, kind):
    (mention,) = find_dates(text)
    assert (mention.value, mention.kind) == (value, kind)


@pytest.mark.parametrize("text", ["he may 3 times", "the March on Washington"],
                         ids=["modal-may", "the-march"])
def test_words_that_only_look_like_months_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("value", "kind", "published", "resolved"),
    [
        ("--12-07", "date", "2021-12-30", "2021-12-07"),
        ("--01-10", "date", "2021-12-30", "2022-01-10"),
        ("--01-09/--01-10", "date", "2021-12-30", "2022-01-09/2022-01-10"),
        ("thursday", "date", "2021-12-31", "2021-12-30"),
        ("month+1", "time_ref", "2021-12-30", "2022-01"),
        ("week-1", "time_ref", "2021-12-30", "2021-W51"),
        ("--01-10", "date", "", "--01-10"),
    ],
    ids=["same-year", "next-year", "range", "weekday", "next-month", "last-week", "undated"],
)
def test_resolve_date_uses_the_publication_date(value, kind, published, resolved):
    assert resolve_date(value, kind, published) == resolved


def test_a_month_overlaps_its_days_and_a_range_its_ends():
    assert overlaps("--01", "--01-10")
    assert overlaps("--01-09/--01-10", "--01-10")
    assert not overlaps("--12-03", "--12-07")


def test_titles_are_split_from_names():
    names = {name: (kind, title) for _, _, name, kind, title in
             find_names("Russian President Vladimir Putin met Mr. Ushakov in Geneva.")}
    assert names["Vladimir Putin"] == ("person", "president")
    assert names["Ushakov"] == ("person", "mr.")


def one_source_story(*sentences: str, published: str = "") -> Story:
    text = " ".join(sentences)
    spans, offset = [], 0
    for i, sentence in enumerate(sentences):
        spans.append(Sentence(id=f"a:s{i}", source="a", index=i, paragraph=0, start=offset,
                              end=offset + len(sentence), text=sentence))
        offset += len(sentence) + 1
    return Story(id="t", sources=(Source(id="a", path="a.txt", format="txt", body=(text,),
                                         sentences=tuple(spans), published=published),))


def test_fact_offsets_point_into_the_source_text():
    story = extract_facts(one_source_story(
        "Talks begin on Jan. 10.", "They spoke for 50 minutes and could meet again next month.",
        published="2021-12-30"))
    text = story.sources[0].text
    assert story.facts, "no fact found"
    for fact in story.facts:
        assert text[fact.start : fact.end] == fact.text
    by_kind = {f.kind: f for f in story.facts}
    assert by_kind["date"].resolved == "2022-01-10"
    assert by_kind["duration"].value == "50"
    assert by_kind["certainty"].value == "possible"
    assert by_kind["time_ref"].resolved == "2022-01"


def test_facts_have_unique_ids(seed_story):
    ids = [f.id for f in seed_story.facts]
    assert len(ids) == len(set(ids))
