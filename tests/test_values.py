"""What a reader sees instead of the analysis' ids and values: source labels (`generator/labels.py`)
and values written out (`generator/values.py`). Invented examples only."""

from __future__ import annotations

import re

import pytest

from generator.labels import make_labels, short_title, site_name
from generator.model import DiscrepancyValue, Fact, FactKind, Source
from generator.values import (
    count,
    date_text,
    day,
    fact_value,
    percent,
    published,
    readable,
    value_text,
)


def src(source_id: str, outlet: str = "", title: str = "", url: str = "") -> Source:
    return Source(id=source_id, path=f"{source_id}.txt", format="txt", outlet=outlet,
                  title=title, url=url)  # fmt: skip


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        ([src("a1", outlet="The Harbour Post")], ["The Harbour Post"]),
        ([src("a1", url="https://www.harbourpost.example/x/1")], ["harbourpost.example"]),
        ([src("a1", title="Mayor opens the new bridge over the river Wend at last")],
         ["Mayor opens the new bridge over…"]),
        ([src("a1"), src("a2")], ["Source 1", "Source 2"]),
        ([src("a1", outlet="Post", title="Bridge opens"),
          src("a2", outlet="post", title="Toll set")],
         ["Post: Bridge opens", "post: Toll set"]),
        ([src("a1", outlet="Post", title="Bridge opens"),
          src("a2", outlet="Post", title="Bridge opens")],
         ["Post: Bridge opens", "Post: Bridge opens (2)"]),
        ([src("a1", outlet="Source 2"), src("a2")], ["Source 2", "Source 2 (2)"]),
    ],
    ids=["outlet", "site", "short-title", "nothing-known", "same-outlet", "reprint", "collision"],
)
def test_labels_name_sources_uniquely_without_file_ids(sources, expected):
    labels = make_labels(tuple(sources))
    assert [labels[s.id] for s in sources] == expected


def test_labels_are_deterministic_and_unique_for_many_reprints():
    sources = tuple(src(f"r{k:03d}", outlet="Wire", title="Storm closes port") for k in range(40))
    labels = make_labels(sources)
    assert len({v.casefold() for v in labels.values()}) == 40
    assert labels == make_labels(sources)


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Short one", "Short one"), ("", ""), ("  Spaced   out\ttitle ", "Spaced out title"),
     ("A " + "x" * 60, "A…")],
    ids=["short", "empty", "spaces", "long-word"],
)
def test_short_title(title, expected):
    assert short_title(title) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [("http://m.paper.example/a", "paper.example"), ("not a url", ""), ("http://[::1", "")],
    ids=["mobile-prefix", "no-host", "malformed"],
)
def test_site_name(url, expected):
    assert site_name(url) == expected


@pytest.mark.parametrize(
    ("value", "weekday", "expected"),
    [("2021-12-03", False, "3 December 2021"), ("2021-12-03", True, "Friday, 3 December 2021"),
     ("2021-02-30", False, "2021-02-30")],
    ids=["day", "weekday", "not-a-day"],
)
def test_day(value, weekday, expected):
    assert day(value, weekday) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("--12-03", "3 December"), ("2014", "2014"), ("", ""),
     ("--01-09/--01-10", "9–10 January")],
    ids=["no-year", "year", "empty", "range"],
)
def test_date_text_never_shows_machine_notation(value, expected):
    assert date_text(value) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [((14, "person"), "14 people"), ((1, "source"), "1 source"), ((2400, "line"), "2,400 lines")],
    ids=["irregular", "one", "thousands"],
)
def test_count_has_units(args, expected):
    assert count(*args) == expected


@pytest.mark.parametrize(("share", "expected"), [(0.634, "63%"), (1.0, "100%"), (0.0, "0%")],
                         ids=["share", "all", "none"])
def test_percent(share, expected):
    assert percent(share) == expected


def test_published_says_when_no_date_is_stated():
    assert (published(""), published("2020-06-01")) == ("not stated", "1 June 2020")


def fact(kind: FactKind, value: str, unit: str = "", text: str = "") -> Fact:
    return Fact(id="a:f0", source="a", sentence_id="a:s0", kind=kind, start=0, end=1,
                text=text or value, value=value, unit=unit)  # fmt: skip


@pytest.mark.parametrize(
    ("item", "expected"),
    [(fact(FactKind.MONEY, "4500000", unit="usd"), "$4.5 million"),
     (fact(FactKind.NUMBER, "14", unit="person"), "14 people"),
     (fact(FactKind.PERCENT, "52"), "52%"),
     (fact(FactKind.DATE, "--12-03", text="Dec. 3"), "3 December")],
    ids=["money", "count", "percent", "date"],
)
def test_fact_values_are_written_out(item, expected):
    assert fact_value(item) == expected


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [(DiscrepancyValue(value="--12-07", sources=(), evidence=()), "date", "7 December"),
     (DiscrepancyValue(value="4500000.0", sources=(), evidence=()), "number", "4,500,000"),
     (DiscrepancyValue(value="120", sources=(), evidence=(), display="two hours"), "number",
      "two hours"),
     (DiscrepancyValue(value="the bridge is open", sources=(), evidence=()), "quote",
      "the bridge is open")],
    ids=["date-without-display", "float", "display-wins", "quote"],
)
def test_discrepancy_values_are_written_out(value, kind, expected):
    assert value_text(value, kind) == expected


def test_generated_sentences_get_labels_and_dates_in_words():
    labels = {"a_1": "The Harbour Post", "a_12": "Coast Radio"}
    text = "a_12 is dated 2021-12-03, a_1 2021-12-04: if one copied the other, a_1 did."
    shown = readable(text, labels)
    assert shown == ("Coast Radio is dated 3 December 2021, The Harbour Post 4 December 2021: "
                     "if one copied the other, The Harbour Post did.")
    assert not re.search(r"\ba_1", shown)
