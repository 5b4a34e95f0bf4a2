"""Summary sentences without their side parts (`generator/story/trim.py`): invented sentences."""

from __future__ import annotations

import pytest

from generator.story.trim import trim


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("The council approved the budget on Tuesday, ending a month of talks.",
         "The council approved the budget on Tuesday."),
        ("The council approved the budget, a victory for the mayor who had pushed for it.",
         "The council approved the budget."),
        ("The council approved the budget, which critics called reckless.",
         "The council approved the budget."),
        ("The Harbour Authority (HA) closed the port on Monday.",
         "The Harbour Authority closed the port on Monday."),
        ("The council approved the budget, the mayor said, adding that taxes would not rise.",
         "The council approved the budget, the mayor said."),
        # Kept: who said it, a clause with its own subject, a part inside the sentence, a second
        # main clause, and a tail whose cut would leave a quotation mark unpaired.
        ("The council approved the budget, officials said.",
         "The council approved the budget, officials said."),
        ("The council approved the budget, as the mayor had asked.",
         "The council approved the budget, as the mayor had asked."),
        ("The council, meeting in closed session, approved the budget.",
         "The council, meeting in closed session, approved the budget."),
        ("Rain fell on the city, and the river rose.",
         "Rain fell on the city, and the river rose."),
        ("The council approved the budget, calling it “a fair deal.”",
         "The council approved the budget, calling it “a fair deal.”"),
    ],
    ids=["participle", "apposition", "relative", "brackets", "after-attribution",
         "attribution", "own-subject", "inside", "two-clauses", "quote-unpaired"],
)
def test_trim_drops_side_parts_only(text, trimmed):
    assert trim(text) == trimmed


@pytest.mark.parametrize(
    "text",
    ["The mayor resigned.", "Voters, angry and tired, stayed home on Sunday.",
     "Two ferries collided near the harbour, injuring 14 passengers."],
    ids=["short", "inside-commas", "participle"],
)
def test_trim_only_deletes_words_in_their_order(text):
    kept = trim(text).rstrip(".").split()
    words = iter(text.rstrip(".").split())
    assert all(any(w.rstrip(",") == k.rstrip(",") for w in words) for k in kept)
