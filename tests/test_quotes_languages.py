"""Quotes in a source in another language: found by their marks, no speaker read by English rules.

The language layer gives such a source's sentences tokens only (no parse); the quote stage must
not walk their dependency trees (spaCy's trees of an unparsed doc are not safe to walk), and an
English rule must not name a speaker in them. Invented articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import QuoteKind, SpeakerKind
from generator.pipeline import analyse_story, load_story
from generator.quotes import attribution, cues, mentions

GERMAN = "\n\n".join((
    "Das Museumsschiff kehrt in den Hafen zurück",
    "Das Feuerschiff „Nordgrund“ wurde 1921 gebaut und lag viele Jahre vor der Küste der Insel.",
    "1990 übernahm der eingetragene Verein Freundeskreis Museumsschiffe „Anna Beispiel“ e. V. "
    "das Schiff und pflegt es seitdem mit vielen Helfern aus der ganzen Region.",
    "„Wir sind froh, dass das Schiff wieder hier liegt und von allen besucht werden kann“, "
    "sagte die Vorsitzende Greta Beispiel am Montag vor zahlreichen Gästen im Hafen.",
)) + "\n"

ENGLISH = "\n\n".join((
    "The museum ship returns to the harbour",
    "The lightship was built in 1921 and lay off the coast of the island for many years.",
    '"We are glad the ship is back where everyone can visit it," said Greta Example, who chairs '
    "the friends' society, on Monday.",
)) + "\n"


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    speaker_at = mentions.speaker_at

    def parsed_only(head, cue=""):
        assert head.doc.has_annotation("DEP"), f"an unparsed sentence was walked: {head.doc.text!r}"
        return speaker_at(head, cue)

    for module in (mentions, attribution, cues):  # every module that reads a speaker phrase
        monkeypatch.setattr(module, "speaker_at", parsed_only)
    return analyse_story(load_story(tmp_path, "museum"))


def test_quotes_of_another_language_are_found_without_an_english_speaker(story):
    languages = {s.id: s.language for s in story.sources}
    assert languages == {"de": "de", "en": "en"}
    by_source = {q.source: q for q in story.quotes if q.kind == QuoteKind.QUOTE}
    assert "froh" in by_source["de"].text
    assert by_source["de"].speaker == ""
    assert by_source["de"].speaker_kind == SpeakerKind.UNKNOWN
    assert by_source["en"].speaker == "Greta Example"
