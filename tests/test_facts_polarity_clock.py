"""Times of day and statements one outlet makes and another negates or reports denied: invented
three-line stories, analysed by the facts stage with no alignment (outlets writing on their
own)."""

from __future__ import annotations

import pytest
from test_facts_matching import found, unaligned

from generator.facts.clock import find_times, resolve_day
from generator.facts.polarity import polar_frames

FILLER = ("The harbour authority said the ferry timetable would not change this winter.",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote came Monday afternoon after hours of debate.",
         [("Monday afternoon", 721, 1080, "", "monday")]),
        ("The report must be filed by noon.", [("by noon", 0, 720, "upper", "")]),
        ("The fire broke out at 3 p.m. on Tuesday.", [("3 p.m.", 900, 900, "", "")]),
        ("He spoke at about 9:30 a.m.", [("about 9:30 a.m.", 540, 600, "about", "")]),
        ("Police said the shooting happened late last night.",
         [("late last night", 1440, 1740, "", "day-1")]),
        ("The guards left after 6 pm.", [("after 6 pm", 1080, 1740, "lower", "")]),
        ("It was the dawn of a new era.", []),
        ("She starred on Saturday Night Live for years.", []),
    ],
    ids=["day-part", "by-noon", "clock", "about-clock", "last-night", "after", "figurative",
         "a-name"],
)
def test_find_times(text: str, expected: list[tuple[str, int, int, str, str]]) -> None:
    assert [(t.text, t.first, t.last, t.bound, t.day) for t in find_times(text)] == expected


@pytest.mark.parametrize(
    ("day", "published", "expected"),
    [("monday", "2021-12-07", "2021-12-06"), ("day-1", "2021-12-07", "2021-12-06"),
     ("", "2021-12-07", ""), ("tuesday", "", "")],
    ids=["weekday", "last-night", "no-day", "no-date"],
)
def test_resolve_day(day: str, published: str, expected: str) -> None:
    assert resolve_day(day, published) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The council approved the new budget on Monday afternoon after a long debate.",
         "Councillors voted on the budget, which the council approved by noon on Monday.",
         [("date", "medium")]),
        ("The museum reopened its east wing at 3 p.m. on Tuesday.",
         "Visitors returned on Tuesday in the evening when the museum reopened its east wing.",
         [("date", "medium")]),
        ("The museum reopened its east wing at 3 p.m. on Tuesday.",
         "The museum reopened its east wing on Tuesday afternoon, to cheers.", []),
        ("The museum reopened its east wing at 3 p.m. on Tuesday.",
         "The museum reopened its east wing at 3:15 p.m. on Tuesday.", [("date", "low")]),
        ("The museum reopened its east wing at 3 p.m. on Tuesday.",
         "The museum reopened its east wing at 3 p.m. on Monday.", [("date", "medium")]),
        ("The mayor will make the announcement at 11 a.m. at the old mill.",
         "The mayor made the announcement in the afternoon at the old mill.", [("date", "low")]),
    ],
    ids=["afternoon-vs-by-noon", "clock-vs-evening", "clock-in-afternoon", "rounded-clock",
         "other-day-is-a-date-finding", "a-plan-can-move"],
)
def test_times_of_one_event(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    story = unaligned((a, *FILLER), (b, *FILLER), published="2021-12-07")
    assert [(kind, severity) for kind, severity, _ in found(story)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The water board approved the merger with its neighbour on Friday.",
         "The water board did not approve the merger with its neighbour, officials said.",
         [("negation", "medium")]),
        ("The water board approved the merger with its neighbour on Friday.",
         "The water board denied approving the merger with its neighbour.",
         [("negation", "low")]),
        ("The water board approved the merger with its neighbour on Friday.",
         "The water board approved the merger with its neighbour, a long-awaited step.", []),
        ("Mayor Ana Silva apologised for the delay in a statement.",
         "Silva has not apologised to the families, her office said.", []),
        ("Analysts said the board had yet to decide whether to sell the port.",
         "The board had not decided whether to sell the port, analysts said.", []),
    ],
    ids=["negated", "denied-is-low", "agreement", "different-object", "clause-object"],
)
def test_stated_and_negated(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    story = unaligned((a, *FILLER), (b, *FILLER))
    assert [(kind, severity) for kind, severity, _ in found(story)] == expected


def test_one_source_stating_both_is_two_occasions() -> None:
    story = unaligned(
        ("The water board approved the merger with its neighbour on Friday.",
         "In March the water board did not approve the merger with its neighbour."),
        ("The water board did not approve the merger with its neighbour.",),
    )
    assert found(story) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor denied that she signed the order.", [("Okafor", "sign", "order", True)]),
        ("The board did not approve the merger.", [("board", "approve", "merger", True)]),
        ("Ministers could approve the merger.", []),
    ],
    ids=["pronoun-under-denial", "definite-noun", "modal-left-out"],
)
def test_polar_frames(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert [(f.who, f.predicate, f.what, f.negative) for f in polar_frames(text)] == expected


COUNT = ("Councillors say they have passed 15 bills to fix the river crossings that the regional "
         "senate has ignored.",)


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        (("The regional senate should take up some 16 measures, councillors said.",
          "Most of these bills would fund river crossings, and the senate has ignored them."),
         [("approximate", "low")]),
        (("The regional senate should take up some 16 measures, councillors said.",), []),
        (("The regional senate should take up some 16 measures over 2 years, councillors said.",
          "Most of these bills would fund river crossings, and the senate has ignored them."),
         [("approximate", "low")]),
        (("The regional senate should take up 16 measures and 40 amendments, councillors said.",
          "Most of these bills would fund river crossings, and the senate has ignored them."),
         []),
    ],
    ids=["named-again-with-these", "no-anaphora-no-meeting", "a-span-of-time-aside",
         "two-counts-these-is-ambiguous"],
)
def test_one_thing_named_two_ways(b: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    story = unaligned((*COUNT, *FILLER), (*b, *FILLER))
    assert [(kind, severity) for kind, severity, _ in found(story)] == expected


def test_a_time_is_shown_as_written_with_its_day() -> None:
    story = unaligned(("The council approved the new budget on Monday afternoon after a long "
                       "debate.",),
                      ("Councillors voted on the budget, which the council approved by noon on "
                       "Monday.",), published="2021-12-07")
    assert [v.display for d in story.discrepancies for v in d.values] == [
        "by noon", "Monday afternoon (Monday, 6 December 2021)"]
