"""Property-based tests: on arbitrary text the pipeline never raises and loses no line."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.ingest.clean import clean_source
from generator.ingest.read import Given
from generator.ingest.segment import segment_source
from generator.model import Fate, Source, Story
from generator.pipeline import analyse_story
from generator.text import normalise_space

PIECES = [
    "ADVERTISEMENT",
    "548",
    "SHARES",
    "- Advertisement -",
    "0.4 C",
    "Monday, March 20, 2023",
    "By Ann Lee",
    "Ann Lee",
    "Related Articles",
    "Please enter your comment!",
    "WASHINGTON — The talks began on Jan. 10, officials said.",
    "“We will respond decisively,” the minister said.",
    "He said: ‘not now’ and left.",
    "Mr. Smith told reporters about 100,000 troops.",
    "The Day – Leaders Meet Again",
    "Write Ann Lee at [email protected]",
    "“An unclosed quote runs on",
    "  ",
    "...",
    "— —",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "| a | b |",
    "`code`",
]
lines = st.one_of(st.sampled_from(PIECES), st.text(max_size=80))
documents = st.lists(lines, max_size=25).map("\n".join)


def cleaned(raw: str) -> Source:
    source = Source(id="x", path="x.txt", format="txt", raw=raw)
    return segment_source(clean_source(source, Given()))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_every_line_is_accounted_for_on_arbitrary_text(raw):
    source = cleaned(raw)
    expected = [normalise_space(x) for x in raw.split("\n") if x.strip()]
    expected = [x for x in expected if x]
    assert [line.text for line in source.lines] == expected
    assert all(line.reason for line in source.lines if line.fate is Fate.REMOVED)
    body_lines = [line.text for line in source.lines if line.fate is Fate.BODY]
    assert len(body_lines) >= len(source.body)
    kept = "".join("".join(s.text.split()) for s in source.sentences)
    assert kept == "".join(source.text.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents, min_size=1, max_size=3))
def test_the_whole_analysis_never_raises_on_arbitrary_text(raws):
    sources = tuple(
        segment_source(
            clean_source(Source(id=f"s{i}", path=f"s{i}.txt", format="txt", raw=raw), Given())
        )
        for i, raw in enumerate(raws)
    )
    story = analyse_story(Story(id="p", sources=sources))
    assert len(story.sources) == len(raws)
