"""Summary: the analysed story in; headline, summary, key facts and timeline out.

The summary is a neutral roundup made of sentences the sources wrote, so that every line carries
its support and its evidence. Each statement (a claim of aligned sentences, or a sentence no other
source aligned with) is scored by how much of its content the story's *independent* groups of
sources share (`support`: copies count once), by its closeness to the story's centroid (the content
lemmas its sentences and titles keep coming back to) and to the headlines, by how many groups
confirm it, and by its place in the articles (news puts the main facts first); loaded words that no
other group uses (framing, not the event's own words), quotation and a sentence that leans on the
one before it cost. Among a statement's wordings the clearest, most neutral one is taken
(`wordings.clearest`), never a distorted quote when a faithful one is there. Statements are taken
most confirmed first, then best first, leaving out what repeats a chosen one, up to a length that
grows with the articles' length (`summary_words`), then shown in the articles' order (best first
among equals), each without its side parts (`trim`: brackets, a participle or apposition hanging
off the end, where an outlet adds its own comment to the shared statement). A statement that a
discrepancy disputes names it. The key facts (`key_facts`) and the timeline (`timeline`) are built
here too. Thresholds are `StorySettings`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from generator.model import Claim, Sentence, Story, SummarySentence
from generator.settings import DEFAULT, Settings, StorySettings
from generator.story.key_facts import choose_key_facts, disputing, number_groups
from generator.story.neutral import (
    distorted_sentences,
    loaded_words,
    out_of_context,
    quoted_share,
)
from generator.story.support import Support, content_lemmas, find_support, overlap
from generator.story.timeline import build_timeline
from generator.story.trim import trim
from generator.story.wordings import clearest, shared_words, span_of
from generator.text import words


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A statement with its chosen wording, its evidence and its score."""

    key: str  # the claim id, or the sentence id of a sentence in no claim
    claim: str  # the claim id, "" for a sentence in no claim
    best: Sentence
    evidence: tuple[Sentence, ...]
    independent: int
    score: float
    position: float
    lemmas: frozenset[str]


def statements(story: Story, support: Support) -> list[tuple[str, str, list[Sentence]]]:
    """Each claim with its sentences, then each indexed sentence that no claim holds."""
    units: list[tuple[str, str, list[Sentence]]] = []
    claimed: set[str] = set()
    for claim in story.claims:
        ids = dict.fromkeys(m.sentence_id for m in claim.members)
        members = [story.sentence(i) for i in ids]
        claimed.update(s.id for s in members)
        units.append((claim.id, claim.id, members))
    for sentence_id in support.lemmas:
        if sentence_id not in claimed:
            units.append((sentence_id, "", [story.sentence(sentence_id)]))
    return units


def evidence_of(
    story: Story, sentences: list[Sentence], support: Support, claims: dict[str, Claim]
) -> tuple[Sentence, ...]:
    """The statement's sentences and those of the other groups that state the same content
    (with the claims those belong to, so that their copies count as articles too)."""
    found = {s.id: s for s in sentences}
    for sentence in sentences:
        for other_id in support.matches.get(sentence.id, ()):
            claim = claims.get(other_id)
            ids = [m.sentence_id for m in claim.members] if claim else [other_id]
            found.update((i, story.sentence(i)) for i in ids)
    order = {s.id: n for n, s in enumerate(story.sources)}
    return tuple(sorted(found.values(), key=lambda s: (order[s.source], s.index)))


def shared_content(lemmas: frozenset[str], support: Support) -> float:
    """How widely the statement's content words are shared: each lemma's share of the other
    independent groups that use it, summed."""
    others = max(support.n_groups - 1, 1)
    return sum(min(support.spread[lemma] - 1, others) / others for lemma in lemmas)


def centrality(lemmas: frozenset[str], support: Support) -> float:
    """Cosine of the statement's content lemmas with the story's centroid (how many sentences
    and titles use each lemma): what the articles keep coming back to."""
    if not lemmas:
        return 0.0
    return sum(support.frequency[lemma] for lemma in lemmas) / math.sqrt(len(lemmas))


def headline_closeness(lemmas: frozenset[str], titles: Counter[frozenset[str]]) -> float:
    """The mean cosine of the statement's content lemmas with each source title's (`titles`:
    each distinct title's lemmas and how many sources carry it): a roundup states what the
    headlines announce."""
    if not lemmas or not titles:
        return 0.0
    total = sum(n * len(lemmas & t) / math.sqrt(len(lemmas) * len(t))
                for t, n in titles.items() if t)
    return total / titles.total()


def score_statement(
    best: Sentence, lemmas: frozenset[str], independent: int, support: Support,
    position: float, settings: StorySettings, central: float = 0.0,
    common: frozenset[str] = frozenset(), headline: float = 0.0,
) -> float:
    others = max(support.n_groups - 1, 1)
    content = shared_content(lemmas, support) / max(len(lemmas), 1) ** settings.length_exponent
    return (
        content
        + settings.centroid_weight * central
        + settings.headline_weight * headline
        + settings.confirmation_weight * (independent - 1) / others
        - settings.position_weight * position
        - settings.loaded_word_cost * loaded_cost(best.text, common, settings)
        - settings.quoted_cost * quoted_share(best.text)
    )


def loaded_cost(text: str, common: frozenset[str], settings: StorySettings) -> float:
    """Loaded words no other independent group uses count whole; those several use (the
    event's own words) count `shared_loaded_share`."""
    own = loaded_words(text, common)
    return own + settings.shared_loaded_share * (loaded_words(text) - own)


def candidates(story: Story, support: Support, settings: StorySettings) -> list[Candidate]:
    common = shared_words(story, support.group_of)
    distorted = distorted_sentences(story)
    claims = {m.sentence_id: c for c in story.claims for m in c.members}
    found = []
    loaded: dict[str, float] = {}  # by text: reprints repeat sentences
    for key, claim, sentences in statements(story, support):
        sentences = [s for s in sentences if not out_of_context(s.text)] or sentences
        for s in sentences:
            if s.text not in loaded:
                loaded[s.text] = loaded_cost(s.text, common, settings)
        costs = [
            settings.loaded_word_cost * 100 * loaded[s.text]
            + settings.distorted_cost * (s.id in distorted)
            for s in sentences
        ]
        best = sentences[clearest([s.text for s in sentences], common, settings, costs)]
        n_words = len(words(best.text))
        if out_of_context(best.text) or best.id in distorted and len(sentences) > 1:
            continue
        if not settings.summary_min_words <= n_words <= settings.summary_max_words:
            continue
        evidence = evidence_of(story, sentences, support, claims)
        independent = support.independent(s.source for s in evidence)
        position = min(s.index / max(len(story.source(s.source).sentences), 1) for s in sentences)
        lemmas = support.lemmas.get(best.id) or frozenset().union(
            *(support.lemmas.get(s.id, frozenset()) for s in sentences))
        found.append(Candidate(key=key, claim=claim, best=best, evidence=evidence,
                               independent=independent, score=0.0, position=position,
                               lemmas=lemmas))
    # Centrality is scaled by the story's most central statement, so that its weight means
    # the same in a short story and a long one.
    top = max((centrality(c.lemmas, support) for c in found), default=0.0) or 1.0
    titles: Counter[frozenset[str]] = Counter()
    for title, count in Counter(s.title for s in story.sources if s.title).items():
        titles[content_lemmas(title)] += count  # reprints repeat titles: each read once
    found = [replace(c, score=score_statement(
        c.best, c.lemmas, c.independent, support, c.position, settings,
        centrality(c.lemmas, support) / top, common, headline_closeness(c.lemmas, titles)))
        for c in found]
    found.sort(key=lambda c: (-c.score, c.key))
    return found


def word_budget(story: Story, settings: StorySettings) -> float:
    """The summary's length in words: `summary_words` for short articles, growing with the
    square root of the articles' mean length, at most `summary_growth` times as long."""
    lengths = [len(words(s.text)) for s in story.sources if s.sentences]
    mean = sum(lengths) / len(lengths) if lengths else 0.0
    growth = math.sqrt(max(mean, 1.0) / settings.short_article_words)
    return settings.summary_words * min(max(growth, 1.0), settings.summary_growth)


def select(found: list[Candidate], budget: float, settings: StorySettings,
           support: Support) -> list[Candidate]:
    """Best first while under the budget, skipping what repeats a chosen statement or would run
    past the budget's slack; when the story has several groups, statements that more of them
    confirm come first (what most independent outlets share is the roundup's core)."""
    chosen: list[Candidate] = []
    total = 0
    several = support.n_groups > 1
    ranked = sorted(found, key=lambda c: (several and -c.independent, -c.score, c.key)
                    ) if settings.confirmed_first else found
    for candidate in ranked:
        if total >= budget:
            break
        n_words = len(words(candidate.best.text))
        if chosen and total + n_words > budget * settings.budget_slack:
            continue
        lemmas = support.lemmas.get(candidate.best.id, frozenset())
        if any(overlap(lemmas, support.lemmas.get(c.best.id, frozenset()))
               >= settings.redundant_overlap for c in chosen):
            continue
        chosen.append(candidate)
        total += n_words
    return chosen


def with_consensus_facts(
    story: Story, chosen: list[Candidate], found: list[Candidate], support: Support,
    tolerance: float, settings: StorySettings,
) -> list[Candidate]:
    """Every key number that independent groups agree on, stated: when no chosen statement holds
    one, the best statement that does is added (a bigger story gets a longer summary)."""
    stated = {c.best.id for c in chosen}
    for group in number_groups(story, settings, tolerance, support):
        if support.independent(f.source for f in group) < 2:
            continue
        holders = {f.sentence_id for f in group}
        if holders & stated:
            continue
        extra = next((c for c in found if c.best.id in holders and c not in chosen
                      and (c.independent > 1 or support.n_groups < 2)), None)
        if extra is not None:
            chosen.append(extra)
            stated.add(extra.best.id)
    return chosen


def choose_summary(
    story: Story,
    settings: StorySettings = DEFAULT.story,
    support: Support | None = None,
    tolerance: float = DEFAULT.facts.approximate_tolerance,
) -> tuple[SummarySentence, ...]:
    support = support or find_support(story, settings)
    found = candidates(story, support, settings)
    chosen = select(found, word_budget(story, settings), settings, support)
    chosen = with_consensus_facts(story, chosen, found, support, tolerance, settings)
    # In the articles' order; statements from the same place (each article's opening) best
    # first, so the roundup opens with its core (NeuS tuning ROUGE-L 26.3 -> 26.5).
    chosen.sort(key=lambda c: (c.position, -c.score, c.key))
    return tuple(
        SummarySentence(
            text=trim(c.best.text) if settings.trim_side_parts else c.best.text,
            sources=tuple(sorted({s.source for s in c.evidence})),
            evidence=tuple(span_of(s) for s in c.evidence),
            claim=c.claim,
            independent=c.independent,
            discrepancy=disputing(story, set(), {s.id for s in c.evidence}),
        )
        for c in chosen
    )


def choose_headline(story: Story, settings: StorySettings = DEFAULT.story) -> str:
    """The source title closest to all the others (the consensus headline)."""
    titles = [s.title for s in story.sources if s.title]
    if not titles:
        return story.id
    return titles[clearest(titles, settings=settings)]


def summarise_story(story: Story, settings: Settings = DEFAULT) -> Story:
    section = settings.story
    support = find_support(story, section)
    summary = choose_summary(story, section, support, settings.facts.approximate_tolerance)
    return replace(
        story,
        title=choose_headline(story, section),
        summary=summary,
        key_facts=choose_key_facts(story, summary, section, settings.facts, support),
        timeline=build_timeline(story, section),
    )
