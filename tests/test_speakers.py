"""Speaker attribution on the language layer, references back, one name per person; floors."""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from generator import language
from generator.ingest.segment import segment_source
from generator.model import Source, Story
from generator.quotes.cues import cues_in
from generator.quotes.extract import extract_quotes
from generator.quotes.gender import gender_evidence
from generator.quotes.mentions import name_speaker, people_in
from generator.quotes.people import clean_role

ROOT = Path(__file__).resolve().parents[1]
BASIL = ROOT.parent / "shared" / "eval" / "basil"
GOLD = json.loads((ROOT / "tests" / "data" / "seed_quotes.json").read_text(encoding="utf-8"))
# Floors a little below what benchmarks/eval_quotes.py measures: seeds 1.00 / 0.983; BASIL
# tuning half (first 30 stories sorted) 1.00 / 0.600, 0.629 counting a group label in the role.
SEED_RECALL, SEED_SPEAKERS = 0.95, 0.95
BASIL_RECALL, BASIL_SPEAKERS, BASIL_SPEAKERS_WITH_ROLE = 0.95, 0.55, 0.6
# The quote stage's modules in the order a quote's data goes through them.
STAGE_ORDER = ("affiliations", "marks", "names", "mentions", "cues", "attribution", "gender",
               "speakers", "people", "namesakes", "fidelity", "groups", "extract")


def story(*paragraphs: str) -> Story:
    source = segment_source(Source(id="a", path="a.txt", format="txt", body=paragraphs))
    return extract_quotes(Story(id="t", sources=(source,)))


def speakers(*paragraphs: str) -> list[str]:
    return [q.speaker for q in story(*paragraphs).quotes]


def person(result: Story, name: str):
    return next(e for e in result.entities if e.name == name)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [(("Despite Ruth Harlow’s objections, the council voted on Monday.",
       "“We lost this round, not the fight,” Harlow said."), "Ruth Harlow"),
     (("“We will hold the vote next week,” Senate Majority Leader Mitch McAllister said.",),
      "Mitch McAllister"),
     (("“This bill helps working families,” said Rep. Linda T. Okafor.",), "Linda T. Okafor"),
     (("“We are ready for the storm,” Capt. Ruth Harlow said.",), "Ruth Harlow")],
    ids=["preposition-before-name", "mc-surname", "middle-initial", "abbreviated-title"],
)
def test_a_name_is_the_model_entity_without_the_words_around_it(paragraphs, speaker):
    result = story(*paragraphs)
    assert [q.speaker for q in result.quotes if q.kind == "quote"] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "bad"),
    [(("Despite Ruth Harlow’s objections, the council voted on Monday.",
       "“We lost this round, not the fight,” Harlow said."), "Despite"),
     (("Judge Rules Against Sponsors (Justice) In Long Zoning Fight",
       "“The permit stands as issued,” the judge said."), "Against"),
     (("“We are ready for the storm,” Capt. Ruth Harlow said.",), "Capt")],
    ids=["preposition", "headline-capitals", "title"],
)
def test_no_person_takes_a_word_that_is_not_part_of_the_name(paragraphs, bad):
    names = [e.name for e in story(*paragraphs).entities if e.kind == "person"]
    assert not any(bad in name for name in names), names


def test_a_title_is_the_role_never_the_name():
    result = story("“We are ready for the storm,” Capt. Ruth Harlow said.")
    assert person(result, "Ruth Harlow").role == "Captain"


@pytest.mark.parametrize(
    "paragraph",
    ["“No troops will move this week,” the Pentagon said.",
     "The Pentagon said “no troops will move this week.”"],
    ids=["after", "before"],
)
def test_an_organisation_that_speaks_is_an_organisation(paragraph):
    result = story(paragraph)
    quote = result.quotes[0]
    assert (quote.speaker, quote.speaker_kind) == ("Pentagon", "organisation")
    assert not any(e.kind == "person" and "Pentagon" in e.name for e in result.entities)


@pytest.mark.parametrize(
    "verb",
    ["said", "wrote", "tweeted", "posted", "argued", "quipped", "added", "told reporters"],
)
def test_verbs_of_speaking_and_writing_are_cues(verb):
    assert speakers(f"“The budget is a disgrace to this city,” Jane Doe {verb}.") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [("“We will talk again,” said Jane Doe, the mayor's adviser, who spoke to reporters.",
      "Jane Doe", "mayor's adviser"),
     ("“We will talk again,” the mayor's adviser Jane Doe told reporters.", "Jane Doe",
      "mayor's adviser"),
     ("“We will talk again,” the mayor's adviser, Jane Doe, told reporters.", "Jane Doe",
      "mayor's adviser"),
     ("“We will talk again,” Rep. Ann Smith said.", "Ann Smith", "Representative"),
     ("“We will talk again,” according to White House press secretary Jen Doe.", "Jen Doe",
      "White House press secretary"),
     ("The case began years ago when store clerk Jane Roe said she was “passed over again "
      "and again”.", "Jane Roe", "store clerk")],
    ids=["said-name-apposition", "role-name-told", "role-comma-name", "abbreviated-title",
         "according-to-title", "when-clause"],
)
def test_the_cue_gives_the_speaker_and_the_role(paragraph, name, role):
    result = story(paragraph)
    assert (result.quotes[0].speaker, person(result, name).role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [("In Paris, Jane Doe, the mayor's adviser, said the talks would go well.", "Jane Doe"),
     ("An American official, briefing reporters, said the call would go well.",
      "An American official"),
     ("It is necessary, he said, that we go.", "he"),
     ("He nodded, saying that we go.", "He"),
     ("Jane Roe, who chairs the panel, said the talks would go well.", "Jane Roe")],
    ids=["apposition-before", "description", "pronoun", "participle", "relative-clause"],
)
def test_the_subject_of_a_speech_verb_is_its_speaker(sentence, mention):
    assert cues_in(language.doc(sentence), 0)[-1].speaker.mention == mention


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [("Mr. Lane said on Friday that Ms. Doe had noticed during the call that “the deal cannot "
      "be saved” without new money.", "Doe"),
     ("Mr. Lane warned that, as Ms. Doe put it, “the end of the talks is near”.", "Doe"),
     ("Mr. Roe, for his part, “made clear that the city will not pay for the stadium.”", "Roe"),
     ("“We continue to watch the river closely,” the senior official on a call with reporters.",
      "the senior official")],
    ids=["nearest-verb", "as-x-put-it", "verb-inside-quote", "no-verb-after"],
)
def test_the_quote_goes_to_the_nearest_speaker(paragraph, speaker):
    assert speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("text", "party"),
    [("“We will act,” said Rep. Ann Smith (R-Ohio), who chairs the panel.", "Republican"),
     ("“We will act,” Rep. Ann Smith, D-N.Y., said.", "Democrat"),
     ("“We will act,” Sen. Ann Smith, I-Vt., said.", "Independent")],
    ids=["bracketed-tag", "tag-before-verb", "independent"],
)
def test_a_party_tag_next_to_a_name_gives_the_party(text, party):
    assert party in person(story(text), "Ann Smith").role


@pytest.mark.parametrize(
    ("role", "shown"),
    [("Rep.", "Representative"), ("Sen.", "Senator"), ("Gov.", "Governor"),
     ("state party chairman", "state party chairman"), ("Thursday", "")],
    ids=["rep", "sen", "gov", "unabbreviated", "not-a-role"],
)
def test_abbreviated_titles_are_spelled_out_as_roles(role, shown):
    assert clean_role(role) == shown


def test_pronouns_resolve_to_the_person_last_reported_speaking():
    found = speakers("Jane Doe, the city's adviser, said the talks went well.",
                     "He met Mr. Roe later. “We will meet again next week,” she said.")
    assert found == ["Jane Doe"]


def test_the_official_resolves_to_the_earlier_description():
    found = speakers("Talks continued, according to a senior city official who briefed reporters.",
                     "“We have had very good discussions with them,” the official said.")
    assert found == ["a senior city official"]


def test_a_quote_only_paragraph_continues_the_previous_speaker():
    found = speakers("“We will not give up on this plan,” said Jane Doe.",
                     "“And we will win the vote in the end.”")
    assert found == ["Jane Doe", "Jane Doe"]


def test_one_person_one_name_across_spellings_and_titles():
    sources = tuple(
        segment_source(Source(id=sid, path=f"{sid}.txt", format="txt", body=(text,)))
        for sid, text in [("a", "“We will act on this quickly,” said Yuri V. Doeskov."),
                          ("b", "“We will act on this soon,” Mr. Doeskov said."),
                          ("c", "“We are ready for more talks,” said Yury Doeskov, an aide.")]
    )
    result = extract_quotes(Story(id="t", sources=sources))
    assert {q.speaker for q in result.quotes} == {"Yuri V. Doeskov"}
    found = person(result, "Yuri V. Doeskov")
    assert set(found.aliases) >= {"Doeskov", "Yury Doeskov"} and found.role == "aide"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [("The Riverside Tenants Union issued a statement, accusing the landlord of running a "
      "“cruel and cynical eviction machine” for years.", "Riverside Tenants Union"),
     ("Jane Roe denounced the plan as “a gift to the richest families in town” on Monday.",
      "Jane Roe")],
    ids=["organisation-accusing", "name-denounced"],
)
def test_a_quote_in_an_accusation_belongs_to_the_accuser(paragraph, speaker):
    assert speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [(("Tom Reyes said the plan was on track.",
       "Mary Stone, the host, asked Tom Reyes about it.",
       "He nodded, saying, “We have people working on it right now.”"), "Tom Reyes"),
     (("Ms. Stone asked Mr. Reyes about the plan.",
       "He nodded, saying, “We have people working on it right now.”"), "Reyes"),
     (("Mary Stone said the plan was on track.",
       "Tom Reyes, the host, asked Mary Stone about it.",
       "She nodded, saying, “We have people working on it right now.”"), "Mary Stone"),
     (("Elena Stone said the plan was on track.",
       "Ben Reyes, the host, asked Elena Stone about it.",
       "She nodded, saying, “We have people working on it right now.”"), "Elena Stone")],
    ids=["given-names", "honorifics", "she", "names-the-old-list-lacked"],
)
def test_he_and_she_skip_a_person_of_the_other_gender(paragraphs, speaker):
    assert speakers(*paragraphs) == [speaker]


def _genders(*texts: str) -> dict[str, str]:
    docs = language.parse(texts)
    people = [p for doc in docs for _, p, _ in people_in(doc, 5)]
    genders = gender_evidence(docs, people)
    return {key: genders.of(key) for key in ("reyes", "stone") if genders.of(key)}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [(["Mr. Reyes and Ms. Stone met on Monday."], {"reyes": "m", "stone": "f"}),
     (["Reyes said he would go."], {"reyes": "m"}),
     (["Ms. Reyes said he would go."], {"reyes": "f"}),
     (["Mr. Reyes met Mrs. Reyes."], {})],
    ids=["honorifics", "said-pronoun", "title-beats-pronoun", "both-ways"],
)
def test_gender_evidence_comes_from_the_text_first(texts, expected):
    assert _genders(*texts) == expected


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Yuri Reyes", "m"), ("Elena Reyes", "f"), ("Ben Reyes", "m"), ("Jen Reyes", "f"),
     ("Casey Reyes", ""), ("J. Reyes", "")],
    ids=["yuri", "elena", "ben", "jen", "both-sexes", "initial"],
)
def test_a_given_name_decides_when_the_text_says_nothing(name, gender):
    docs = language.parse([f"{name} met the board on Monday."])
    people = [p for doc in docs for _, p, _ in people_in(doc, 5)]
    assert gender_evidence(docs, people).of(name) == gender


def _imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {node.module.rsplit(".", 1)[-1] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
            and node.module.startswith("generator.quotes.")}


@pytest.mark.parametrize("module", STAGE_ORDER)
def test_a_quote_stage_module_imports_only_earlier_ones(module):
    earlier = set(STAGE_ORDER[:STAGE_ORDER.index(module)])
    assert _imports(ROOT / "generator" / "quotes" / f"{module}.py") <= earlier


def test_every_quote_stage_module_has_its_place_in_the_order():
    modules = {p.stem for p in (ROOT / "generator" / "quotes").glob("*.py")} - {"__init__"}
    assert modules == set(STAGE_ORDER)


def _evaluation():
    spec = importlib.util.spec_from_file_location("eval_quotes",
                                                  ROOT / "benchmarks" / "eval_quotes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_seed_gold_quotes_are_found_with_their_speakers():
    score, _, _ = _evaluation().evaluate_seeds()
    assert score.recall >= SEED_RECALL, score.misses
    assert score.speaker_accuracy >= SEED_SPEAKERS, score.wrong


def test_basil_tuning_gold_quotes_are_found_with_their_speakers():
    if not BASIL.is_dir():
        pytest.skip("../shared/eval/basil not found: the BASIL evaluation stories live beside the "
                    "repository in CI, not in a user's clone")
    score = _evaluation().evaluate_basil(BASIL, "tuning")
    assert score.recall >= BASIL_RECALL, score.misses
    assert score.speaker_accuracy >= BASIL_SPEAKERS, score.wrong
    assert score.right_with_role / score.found >= BASIL_SPEAKERS_WITH_ROLE, score.wrong


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [(("Sen. Ken Marlow opposed the bill on Monday.",
       "“We need a better bill than this one,” the senator said."), "Ken Marlow"),
     (("Ken Marlow, the White House spokesman, spoke on Monday.", "Mayor Ann Lee also spoke.",
       "“We need a better bill than this one,” the White House spokesman said."), "Ken Marlow"),
     (("“I don’t see how the plan would change that,” said retired Navy Capt. Jim Dalby, "
       "a former Pentagon official.",), "Jim Dalby"),
     (("“We will not back down on this,” Ken Marlow told reporters on Tuesday.",),
      "Ken Marlow")],
    ids=["the-senator", "the-spokesman-by-role", "name-after-a-title", "object-not-speaker"],
)
def test_a_speaker_phrase_or_reference_back_names_the_person(paragraphs, expected):
    assert speakers(*paragraphs)[-1] == expected


def test_first_names_of_one_family_stay_apart():
    result = speakers("Jane Doe and her husband, Ken Doe, visited the plant.",
                      "“We loved every minute of the long tour,” Jane said.",
                      "“It was a long day for the whole staff,” Ken said.")
    assert result == ["Jane Doe", "Ken Doe"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [(("“The plan is a disaster for every family,” Ken Marlow said.",
       "The council met again. Its chair read out “a long list of failures by the board.”"),
      ""),
     (("“The plan is a disaster for every family,” Ken Marlow said.",
       "“It fails every test we set for it,” he went on, “and it will fail again.”"),
      "Ken Marlow")],
    ids=["quote-in-prose-not-guessed", "running-speech-kept"],
)
def test_an_unknown_speaker_beats_a_guess_from_the_previous_paragraph(paragraphs, expected):
    assert speakers(*paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [(("“We never agreed to that price, not once,” Harlow said, after Okafor said the council had "
       "signed the deal.",), "Harlow"),
     (("Marta Lund runs the shelter; the charity’s director is Piet Lundt, who founded it.",
       "Piet Lundt opened the new wing. Piet Lundt thanked the donors.",
       "“We need more beds before winter,” Lund said."), "Marta Lund")],
    ids=["cue-after-a-quote-opening-its-sentence", "exact-surname-before-a-close-one"],
)
def test_the_cue_right_after_the_quote_and_the_exact_surname_win(paragraphs, speaker):
    assert [q.speaker for q in story(*paragraphs).quotes if q.kind == "quote"] == [speaker]


def test_a_converter_s_left_mark_is_a_possessive_not_part_of_the_name():
    doc = language.doc("Officials read Jane Okafor‘s letter aloud.")  # one token "Okafor‘s"
    speaker = name_speaker(doc, 2, 4)
    assert speaker is not None and speaker.name == "Jane Okafor"


def test_cues_memoised_by_text_are_shifted_to_each_sentence():
    from generator.quotes.cues import sentence_cues
    text = "Ruth Harlow said the vote would wait."
    doc = language.doc(text)
    memo: dict = {}
    first, second = sentence_cues(doc, text, 0, memo), sentence_cues(doc, text, 100, memo)
    assert first == cues_in(doc, 0) and second == cues_in(doc, 100) and len(memo) == 1


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [("More from Jane Okafor: “The count will take another week at least.”", "Jane Okafor"),
     ("The mayor met the board and then spoke with Okafor: “We will fund the shelter.”", ""),
     ("Jane Okafor and Piet Lundt: “Turnout fell in every district we surveyed.”",
      "Jane Okafor")],
    ids=["name-colon", "addressed-person-is-not-the-speaker", "first-of-two-authors"],
)
def test_a_name_and_a_colon_before_a_quote_give_its_speaker(paragraph, speaker):
    assert [q.speaker for q in story(paragraph).quotes] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Jane Doe, a spokeswoman for the water board, declined to give figures.",
          "“The pipes will be replaced by spring,” a spokeswoman said."),
         ["Jane Doe"]),
        (("Jane Doe, a spokeswoman for the water board, declined to give figures.",
          "Residents were angry about the delay.",
          "“The pipes will be replaced by spring,” the spokeswoman said."),
         ["Jane Doe"]),
        (("Tom Roe, a former aide to the mayor, was at the meeting.",
          "“Nobody expected the vote to pass,” a former aide said."),
         ["Tom Roe"]),
        (("Jane Doe, a spokeswoman for the water board, declined to give figures.",
          "Mary Poe, a spokeswoman for the city, did not answer.",
          "“The pipes will be replaced by spring,” a spokeswoman said."),
         ["a spokeswoman"]),
        (("Tom Roe, an official of the port, was at the meeting.",
          "“Nobody expected the vote to pass,” a senior official said."),
         ["a senior official"]),
        (("Tom Roe, a former aide to the mayor, was at the meeting.",
          "“Nobody expected the vote to pass,” another aide said."),
         ["another aide"]),
        (("Tom Roe, an official of the port, was at the meeting.",
          "Talks went on, according to a senior official who asked not to be named.",
          "“Nobody expected the vote to pass,” the official said."),
         ["a senior official"]),
        (("Jane Doe, a candidate for the council, spoke first.",
          "“Nobody expected the vote to pass,” a candidate said."),
         ["a candidate"]),
        (("Ohio Sen. Tom Roe and Utah Sen. Jane Poe met the governor.",
          "“Nobody expected the vote to pass,” the Utah senator said."),
         ["Jane Poe"]),
    ],
    ids=["indefinite", "definite", "with-modifier", "two-candidates", "extra-modifier",
         "another-is-new", "nearer-description", "not-a-post", "words-pick-one-of-two"],
)
def test_a_role_description_resolves_to_the_one_person_named_with_that_role(
        paragraphs, expected):
    assert speakers(*paragraphs) == expected
