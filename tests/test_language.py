"""The language layer: one pipeline per process, each distinct text parsed once."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from spacy.tokens import Doc

from generator import language, workers
from generator.ingest.segment import segment_source
from generator.model import Source, Story
from generator.pipeline import analyse_story, load_story

ROOT = Path(__file__).resolve().parents[1]


def test_the_pipeline_is_loaded_once_per_process():
    assert language.nlp() is language.nlp()


def test_a_text_is_parsed_once_and_served_from_the_cache():
    first = language.doc("The council met on a Tuesday in a small town.")
    assert language.doc("The council met on a Tuesday in a small town.") is first


def test_a_full_parse_serves_a_caller_that_needs_fewer_components():
    full = language.doc("Nora Quill arrived in Lisbon.")
    assert language.doc("Nora Quill arrived in Lisbon.", language.NEEDS_ENTITIES) is full


def test_an_entities_only_parse_leaves_the_parser_out():
    parsed = language.doc("Maria Lopez left Madrid yesterday.", language.NEEDS_ENTITIES)
    assert not parsed.has_annotation("DEP")
    assert any(ent.label_ == "PERSON" for ent in parsed.ents)


def test_the_token_vectors_are_dropped_to_save_memory():
    assert language.doc("Vectors are not kept after parsing.").tensor.size == 0


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        ("Sen. Mara Lind said on Monday that 14 people died.", "PERSON", "Mara Lind"),
        ("The Ministry of Transport said the bridge was closed.", "ORG",
         "The Ministry of Transport"),
        ("The budget rose to $4.5 million last year.", "MONEY", "$4.5 million"),
        ("Police said 14 people were hurt.", "CARDINAL", "14"),
    ],
    ids=["person", "organisation", "money", "cardinal"],
)
def test_entities_come_with_offsets_into_the_text(text, label, span):
    found = [(text[s:e], lab) for s, e, lab, _ in language.entities(text)]
    assert (span, label) in found


def test_the_model_is_a_pinned_pip_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert language.MODEL_PACKAGE in project["project"]["dependencies"]


def test_parse_keeps_the_order_and_the_duplicates_of_its_input():
    texts = ["One line here.", "Another line.", "One line here."]
    docs = language.parse(texts)
    assert [d.text for d in docs] == texts
    assert docs[0] is docs[2]


def test_a_runaway_sentence_is_parsed_only_up_to_its_cap():
    text = "word " * (language.PARSE_MAX_CHARS // 2)
    parsed = language.doc(text)
    assert len(parsed.text) == language.PARSE_MAX_CHARS
    assert text.startswith(parsed.text)


def _analysis(parsed: Doc) -> list[tuple[str, str, str, str, int, str]]:
    return [(t.text, t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in parsed]


def test_a_large_batch_parsed_by_worker_processes_gives_the_same_parses(monkeypatch):
    if workers.cores() < 2 or not workers.can_fork():
        pytest.skip("one core, or workers are not forked here: every batch stays in-process")
    monkeypatch.setattr(workers, "busy", lambda: False)  # the machine's load decides time only
    texts = [f"Councillor Ada Brook of Riverton said on Monday {n} buses would run." for n in
             range(12)] + ["The mayor's office denied it.", "Nobody was hurt."]
    language.clear_cache()
    serial = [_analysis(d) for d in language.parse(texts)]
    language.clear_cache()
    monkeypatch.setattr(language, "PARALLEL_MIN_TEXTS", 4)
    assert language.processes(len(texts)) > 1
    parallel = [_analysis(d) for d in language.parse(texts)]
    assert parallel == serial
    assert all(d.tensor.size == 0 for d in language.parse(texts))


@pytest.mark.parametrize("count", [0, 1, language.PARALLEL_MIN_TEXTS - 1], ids=str)
def test_a_small_batch_stays_in_this_process(count):
    assert language.processes(count) == 1


ENGLISH_ARTICLE = (
    "Ferry to run again by Friday\n\n"
    "Harbour master Lena Voss said on Monday that the ferry would run again by Friday.\n\n"
    "\"We have checked every hull twice,\" Voss said. The council agreed to pay for repairs.\n"
)
GERMAN_ARTICLE = (
    "Fähre fährt ab Freitag wieder\n\n"
    "Der Hafenmeister Jonas Falk sagte am Montag, die neue Fähre werde ab Freitag wieder "
    "fahren, nach zwei Wochen Arbeit und einem langen Streit mit dem Rat der Stadt.\n\n"
    "\"Wir haben jeden Rumpf zweimal geprüft\", sagte Falk am Abend vor den Journalisten. "
    "Der Rat der Stadt stimmte zu, die Reparaturen an der alten Anlegestelle zu bezahlen.\n"
)


def test_sentences_of_a_source_in_another_language_get_tokens_only(tmp_path):
    (tmp_path / "harbour-en.txt").write_text(ENGLISH_ARTICLE, encoding="utf-8")
    (tmp_path / "hafen-de.txt").write_text(GERMAN_ARTICLE, encoding="utf-8")
    language.clear_cache()
    story = analyse_story(load_story(tmp_path, "harbour"))
    by_language = {source.language: source for source in story.sources}
    assert set(by_language) == {"en", "de"}
    german = [s.text for s in by_language["de"].sentences]
    for parsed in language.parse(german):
        assert parsed.ents == ()
        assert {token.lemma_ for token in parsed} == {""}
        assert "".join(token.text_with_ws for token in parsed) == parsed.text
        assert len(parsed) > 5
    english = language.doc(by_language["en"].sentences[0].text)
    assert {ent.text for ent in english.ents} >= {"Lena Voss"}
    quotes = {q.source: q for q in story.quotes}
    assert quotes[by_language["de"].id].speaker == ""  # no English rule reads a speaker into it
    assert quotes[by_language["en"].id].speaker == "Lena Voss"


@pytest.mark.parametrize(
    ("language_code", "title", "parsed_in_full"),
    [
        ("en", "Harbour ferry returns after repairs", True),
        ("de", "Die Fähre fährt wieder", True),  # not a sentence: parsed as the story stage asks
        ("de", "Die Fähre fährt wieder.", False),  # also a sentence of the German source
    ],
    ids=["english-title", "title-of-another-language", "title-that-is-a-foreign-sentence"],
)
def test_the_language_stage_parses_the_titles_with_the_sentences(
    language_code, title, parsed_in_full
):
    """The titles are in the stage's one batch (a batch of their own would cost a run of every
    component); a title that is also a sentence of a source in another language stays tokens."""
    body = ("Die Fähre fährt wieder." if language_code == "de"
            else "The ferry runs again from Friday, the harbour master said.",)
    source = segment_source(Source(id="a", path="a.txt", format="txt", title=title,
                                   language=language_code, body=body))
    language.clear_cache()
    language.parse_story(Story(id="s", sources=(source,)))
    parsed = language._cached(title, language.NEEDS_ALL)
    assert (parsed is not None) is parsed_in_full  # tokens-only texts are split when asked for
    assert language.doc(title).has_annotation("DEP") is parsed_in_full
    if parsed is not None:
        assert language.doc(title) is parsed  # served from the cache, not parsed again


def test_the_command_line_imports_spacy_only_when_a_story_is_parsed():
    """`storydrift --help` and usage errors answer without spaCy's import (seconds)."""
    probe = "import sys, generator.cli, generator.plugin; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("run", "tokens"),
    [("[[[x]]]", ["[", "[", "[", "x", "]", "]", "]"]), ("=" * 600, ["=" * 600])],
    ids=["short", "600-chars"],
)
def test_affixes_are_split_off_words_not_off_long_runs_without_spaces(run, tokens):
    # Splitting a run's punctuation one mark at a time costs the square of its length.
    assert [t.text for t in language.nlp().make_doc(run)] == tokens
