"""Facts: numbers, durations, dates and time references found in sentence text, normalised."""

from __future__ import annotations

import pytest

from generator.facts.dates import find_dates, overlaps, resolve_date
from generator.facts.display import display
from generator.facts.frames import extract_facts, find_names, person_names
from generator.facts.numbers import agree, find_quantities
from generator.facts.when import day_span
from generator.model import Entity, EntityKind, Fact, FactKind, Sentence, Source, Story
from generator.settings import DEFAULT


@pytest.mark.parametrize(
    ("text", "value", "unit", "approximate"),
    [
        ("A 50-minute telephone call", "50", "minute", False),
        ("they spoke for nearly an hour", "60", "minute", True),
        ("about an hour later", "60", "minute", True),
        ("a two-hour call", "120", "minute", False),
        ("one and a half hours of talks", "90", "minute", False),
        ("half an hour later", "30", "minute", False),
        ("tens of thousands of troops", "10000/100000", "troop", True),
        ("hundreds of people fled", "100/1000", "people", True),
        ("a 100,000-strong army", "100000", "army", False),
        ("100,000 or so troops", "100000", "troop", True),
        ("an estimated 100,000 soldiers", "100000", "soldier", True),
        ("$3.5 million in aid", "3500000", "usd", False),
        ("It costs $2.4bn to build.", "2400000000", "usd", False),
        ("a fund of 2.4 billion dollars", "2400000000", "usd", False),
        ("the 2 nuclear superpowers", "2", "superpower", False),
        ("two dozen troops", "24", "troop", False),
        ("a dozen eggs", "12", "egg", False),
        ("three hundred and forty-two people", "342", "people", False),
        ("half a million people", "500000", "people", False),
        ("About 1.5 million people", "1500000", "people", True),
        ("14 people were hurt", "14", "people", False),
        ("52% of voters", "52", "%", False),
        ("a 52-48 vote", "52-48", "vote", False),
    ],
    ids=["50-minute", "nearly-an-hour", "about-an-hour", "two-hour", "one-and-a-half-hours",
         "half-an-hour", "tens-of-thousands", "hundreds", "100000-strong", "or-so",
         "an-estimated", "money", "bn", "billion-dollars", "digit-2", "two-dozen", "a-dozen",
         "three-hundred-and-forty-two", "half-a-million", "1.5-million", "14-people", "percent",
         "tally"],
)
def test_quantities_are_normalised(text, value, unit, approximate):
    (quantity,) = find_quantities(text)
    assert (quantity.normalised, quantity.unit, quantity.approximate) == (value, unit, approximate)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("a 50-minute call", FactKind.DURATION), ("$2.4bn", FactKind.MONEY),
     ("52% of voters", FactKind.PERCENT), ("a 52-48 vote", FactKind.TALLY),
     ("14 people", FactKind.NUMBER)],
    ids=["duration", "money", "percent", "tally", "count"],
)
def test_quantities_have_their_kind(text, kind):
    (quantity,) = find_quantities(text)
    assert quantity.kind is kind


@pytest.mark.parametrize(
    ("text", "values"),
    [("two and three", ["2", "3"]), ("between 20 and 30 people", ["20", "30"]),
     ("three hundred and forty-two people", ["342"])],
    ids=["and-between-numbers", "digits-and", "and-after-a-scale"],
)
def test_and_joins_number_words_only_after_a_scale(text, values):
    assert [q.normalised for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    "text",
    ["in 2014 the army", "on Jan.9-10 in Geneva", "the tone and tenor of talks",
     "tensions rose and attention grew", "one of them said", "leaders of the Group of Seven met"],
    ids=["year", "date-range", "ten-inside-word", "tens-inside-word", "one-of", "inside-a-name"],
)
def test_no_quantity_where_there_is_none(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("a", "b", "agreed"),
    [("50 minutes", "nearly an hour", True), ("50 minutes", "two hours", False),
     ("tens of thousands of troops", "100,000 troops", True),
     ("tens of thousands of troops", "200,000 troops", False),
     ("about 100,000 troops", "120,000 troops", True), ("100,000 troops", "120,000 troops", False)],
    ids=["hedged-close", "exact-far", "range-holds-it", "range-misses-it", "hedged-17pct",
         "exact-17pct"],
)
def test_quantities_agree_within_tolerance_or_inside_an_estimate(a, b, agreed):
    tolerance = DEFAULT.facts.approximate_tolerance
    assert agree(find_quantities(a)[0], find_quantities(b)[0], tolerance) is agreed


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


@pytest.mark.parametrize(
    ("text", "name", "kind", "title"),
    [
        ("Russian President Vladimir Putin met Mr. Lavrov in Geneva.", "Vladimir Putin",
         FactKind.PERSON, "president"),
        ("The Pentagon said the exercise was routine.", "Pentagon", FactKind.ORGANISATION, ""),
        ("Talks were held in Geneva on Monday.", "Geneva", FactKind.PLACE, ""),
    ],
    ids=["titled-person", "organisation-that-said", "place"],
)
def test_names_come_from_the_language_layer(text, name, kind, title):
    names = {n.name: (n.kind, n.title) for n in find_names(text)}
    assert names[name] == (kind, title)


def test_a_capitalised_word_that_starts_a_sentence_is_not_a_name():
    assert [n.name for n in find_names("Despite the rain, Earlier talks failed.")] == []


def test_people_get_one_name_through_the_story_entities():
    story = one_source_story("Mr. Petrenko said so.", "Anna Petrenko, the minister, left.")
    story = Story(id=story.id, sources=story.sources, entities=(
        Entity(id="p0", name="Anna Petrenko", kind=EntityKind.PERSON,
               aliases=("Mr. Petrenko", "Petrenko")),))
    assert person_names(story)["Petrenko"] == "Anna Petrenko"
    people = {f.value for f in extract_facts(story).facts if f.kind == FactKind.PERSON}
    assert people == {"Anna Petrenko"}


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
    assert by_kind[FactKind.DATE].resolved == "2022-01-10"
    assert by_kind["duration"].value == "50"
    assert by_kind["certainty"].value == "possible"
    assert by_kind["time_ref"].resolved == "2022-01"


def test_facts_have_unique_ids(seed_story):
    ids = [f.id for f in seed_story.facts]
    assert len(ids) == len(set(ids))


def date_fact(text: str, value: str, kind: str, published: str) -> Fact:
    return Fact(id="x:f0", source="x", sentence_id="x:s0", kind=kind, start=0, end=len(text),
                text=text, value=value, resolved=resolve_date(value, kind, published))


@pytest.mark.parametrize(
    ("text", "value", "kind", "published", "span"),
    [
        ("Tuesday", "tuesday", "date", "2011-11-02", "2011-11-01"),
        ("yesterday", "day-1", "time_ref", "2011-11-02", "2011-11-01"),
        ("this weekend", "weekend+0", "time_ref", "2010-06-14", "2010-06-12/2010-06-13"),
        ("this weekend", "weekend+0", "time_ref", "2010-06-17", "2010-06-19/2010-06-20"),
        ("earlier this week", "week+0", "time_ref", "2011-11-03", "2011-10-31/2011-11-02"),
        ("Nov. 1", "--11-01", "date", "2011-11-02", "2011-11-01"),
    ],
    ids=["weekday", "yesterday", "weekend-just-past", "weekend-coming", "earlier-this-week",
         "absolute"],
)
def test_dates_become_the_days_they_name_against_the_publication_date(text, value, kind,
                                                                      published, span):
    when = day_span(date_fact(text, value, kind, published), published, 7)
    assert when is not None and when.value == span


@pytest.mark.parametrize(("text", "value"), [("in June", "--06"), ("in 2014", "2014")],
                         ids=["month", "year"])
def test_months_and_years_are_no_span_of_days(text, value):
    assert day_span(date_fact(text, value, "date", "2021-12-03"), "2021-12-03", 7) is None


def test_the_next_day_counts_from_a_told_event_not_the_publication_date():
    assert find_dates("He resigned the next day.") == []


@pytest.mark.parametrize(
    ("kind", "value", "unit", "context", "resolved", "shown"),
    [
        ("number", "14", "person", "", "", "14 people"),
        ("number", "1500000", "woman", "as many as", "", "as many as 1.5 million women"),
        ("money", "4500000", "usd", "", "", "$4.5 million"),
        ("percent", "52", "%", "", "", "52%"),
        ("duration", "90", "minute", "", "", "90 minutes"),
        ("number", "10000/100000", "troop", "", "", "10,000 to 100,000 troops"),
        ("date", "--12-03", "", "", "2021-12-03", "Friday, 3 December 2021"),
        ("date", "--12-03", "", "", "", "3 December"),
    ],
    ids=["count", "bound", "money", "percent", "duration", "estimate", "dated", "no-year"],
)
def test_values_are_shown_as_a_reader_writes_them(kind, value, unit, context, resolved, shown):
    fact = Fact(id="x:f0", source="x", sentence_id="x:s0", kind=kind, start=0, end=1, text="x",
                value=value, unit=unit, context=context, resolved=resolved)
    assert display(fact) == shown


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        ("last weekend", "2031-03-10", "2031-03-08/2031-03-09"),  # a Monday: two days before
        ("this past weekend", "2031-03-10", "2031-03-08/2031-03-09"),
        ("over the weekend", "2031-03-10", "2031-03-08/2031-03-09"),
        ("last weekend", "2031-03-13", "2031-03-08/2031-03-09"),  # a Thursday
        ("last weekend", "2031-03-16", "2031-03-08/2031-03-09"),  # a Sunday: a week before
        ("next weekend", "2031-03-10", "2031-03-15/2031-03-16"),
    ],
    ids=["last-monday", "this-past-monday", "over-the-monday", "last-thursday", "last-sunday",
         "next-monday"],
)
def test_weekends_named_by_two_outlets_for_one_weekend_are_the_same_days(text, published, span):
    (found,) = find_dates(f"The ferry strike began {text}.")
    fact = date_fact(found.text, found.value, found.kind, published)
    when = day_span(fact, published, 7)
    assert when is not None and when.value == span
