"""Predicate-argument frames (`facts/roles.py`) and the claims stage's reading of them: who does
what to what, so that one act worded with different verbs meets and one verb done by two
different subjects does not. Invented sentences only."""

from __future__ import annotations

import pytest

from generator.compare.claims import _score, hefts, role_marks, weights
from generator.facts.roles import Role, sentence_roles
from generator.settings import DEFAULT


def frames(text: str) -> set[tuple[str, str, bool, str]]:
    return {(r.who[1], r.verb, r.negated, r.what[1]) for r in sentence_roles(text)}


def test_a_verb_with_its_subject_and_object():
    assert ("Dana Whitlow", "approve", False, "budget") in frames(
        "Mayor Dana Whitlow approved the harbour budget on Monday.")


def test_a_relative_pronoun_stands_for_the_noun_its_clause_hangs_on():
    assert ("Dana Whitlow", "request", False, "inspection") in frames(
        "The inspection that Dana Whitlow requested ended without a verdict.")


def test_a_negated_verb_is_marked():
    assert ("council", "approve", True, "plan") in frames(
        "The council did not approve the plan.")


@pytest.mark.parametrize("text", [
    "An aide, briefing reporters on the ferry, said the pier would close.",
    "According to the aide who briefed reporters, the pier would close.",
], ids=["participle", "according-to"])
def test_the_verbs_that_say_who_speaks_are_no_frames(text):
    assert all(r.verb != "brief" and r.verb != "accord" for r in sentence_roles(text))
    assert any(r.verb == "close" for r in sentence_roles(text))


def test_a_clause_that_sets_the_scene_is_no_frame():
    verbs = {r.verb for r in sentence_roles(
        "That was already clear when the two mayors last met in Portvale.")}
    assert "meet" not in verbs


def test_a_date_is_not_what_a_verb_acts_on():
    assert all(r.what != ("name", "March") for r in sentence_roles(
        "The ferry resumed service on March 4."))


def test_role_marks_name_each_person_once():
    marks = role_marks("Whitlow requested the inspection.", {"Whitlow": "Dana Whitlow"})
    assert "R:dana whitlow>inspection" in marks
    assert "R:dana whitlow>request" in marks


def _pair_score(a: set[str], b: set[str]) -> float:
    bags = {"a:s0": frozenset(a), "b:s0": frozenset(b)}
    bags |= {f"z:s{n}": frozenset({f"word{n}"}) for n in range(60)}
    weight = weights(bags, DEFAULT.compare.claim_common_share)
    heft = hefts(bags, weight)
    return _score(bags["a:s0"], bags["b:s0"], heft["a:s0"], heft["b:s0"], weight,
                  DEFAULT.compare)


def test_one_act_worded_with_two_verbs_meets_through_who_and_what():
    mayor = role_marks("Dana Whitlow requested the inspection of the old pier.", {})
    other = role_marks("Dana Whitlow asked for the inspection of the old pier.", {})
    shared = mayor & other
    assert "R:dana whitlow>inspection" in shared
    words = {"inspection", "pier", "old"}
    assert _pair_score(words, words) == 0  # three shared words are too few for one statement
    assert _pair_score(words | mayor, words | other) > 0  # with who and what, they are one


def test_one_act_of_two_different_subjects_does_not_count_as_shared():
    plan = role_marks("The plan would cut the ferry subsidy.", {})
    mayor = role_marks("Whitlow cut the ferry subsidy.", {})
    assert "R:cut>subsidy" in plan & mayor
    words = {"ferry", "subsidy", "cut"}
    with_subject = _pair_score(words | plan, words | mayor)
    no_frames = _pair_score(words, words)
    assert with_subject == no_frames == 0  # the act shared by two subjects adds nothing
    same = role_marks("Whitlow would cut the ferry subsidy.", {})
    assert _pair_score(words | same, words | mayor) > 0


def test_a_role_is_a_plain_record():
    role = Role(("noun", "council"), "approve", False, ("noun", "plan"))
    assert role.verb == "approve"


@pytest.mark.parametrize(("text", "who"), [
    ("He approved the harbour budget.", ("pronoun", "he")),
    ("The governor approved the harbour budget.", ("role", "governor")),
    ("The state governor approved the harbour budget.", ("noun", "governor")),
    ("The council approved the harbour budget.", ("noun", "council")),
], ids=["pronoun", "title-after-the", "title-with-a-modifier", "plain-noun"])
def test_who_a_pronoun_or_a_title_stands_for_is_left_to_the_claims_stage(text, who):
    assert any(r.who == who and r.verb == "approve" for r in sentence_roles(text))


def test_a_pronoun_under_a_participle_is_the_subject_of_the_verb_above_it():
    assert ("Dana Whitlow", "refer", False, "budget") in frames(
        "Dana Whitlow on Sunday tried to clarify her remark about the plan, saying she was "
        "referring to the budget.")
