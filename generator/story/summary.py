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
from dataclasses import dataclass, replace

from generator.model import Claim, Sentence, Story, SummarySentence
from generator.settings import DEFAULT, Settings, StorySettings
from generator.story.key_facts import choose_key_facts, disputing, number_groups
from generator.story.neutral import (
    connective_droppable,
    distorted_sentences,
    drop_connective,
    leans,
)
from generator.story.rank import (
    StoryContext,
    centrality,
    features,
    loaded_cost,
    rank_score,
    relative_place,
    title_lemmas,
)
from generator.story.support import Support, find_support, overlap
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
    features: tuple[float, ...] = ()  # `rank.FEATURES`, what the score weighs
    clearest: bool = True  # the statement's clearest wording (`wordings.clearest`)


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


def wordings(
    sentences: list[Sentence], best: Sentence, support: Support, settings: StorySettings,
    distorted: frozenset[str],
) -> list[Sentence]:
    """The statement's clearest wording, then each other wording that states something else:
    the alignment may put different statements of the articles' openings in one claim, while a
    rewording (a spun copy included) shares most of its content lemmas with the clearest one
    and stays out (`redundant_overlap`). Distorted quotes never stand for themselves."""
    taken = [best]
    texts = {best.text}
    for sentence in sentences:
        if sentence.text in texts or sentence.id in distorted:
            continue
        texts.add(sentence.text)
        if leans(sentence.text) or not settings.summary_min_words <= len(
                words(sentence.text)) <= settings.summary_max_words:
            continue
        own = support.lemmas.get(sentence.id, frozenset())
        if all(overlap(own, support.lemmas.get(t.id, frozenset())) < settings.redundant_overlap
               for t in taken):
            taken.append(sentence)
    return taken


def candidates(story: Story, support: Support, settings: StorySettings) -> list[Candidate]:
    """Every statement that may enter the summary, in its clearest wording (and its other
    wordings that state something else), measured (`rank.features`) and scored
    (`rank.rank_score`), best first."""
    common = shared_words(story, support.group_of)
    distorted = distorted_sentences(story)
    claims = {m.sentence_id: c for c in story.claims for m in c.members}
    found: list[tuple[Candidate, list[Sentence]]] = []
    loaded: dict[str, float] = {}  # by text: reprints repeat sentences
    for key, claim, sentences in statements(story, support):
        sentences = [s for s in sentences if not leans(s.text)] or sentences
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
        if leans(best.text) or best.id in distorted and len(sentences) > 1:
            continue
        if not settings.summary_min_words <= n_words <= settings.summary_max_words:
            continue
        choices, shown = [best], {best.text}
        if settings.rank_wordings:
            # The statement's rewordings compete with its clearest wording on the ranker's
            # score (the clearest gains `rank_clearest`); `select` takes one of them.
            own_lemmas = support.lemmas.get(best.id, frozenset())
            for s in sentences:
                if (s.text not in shown and s.id not in distorted
                        and not leans(s.text) and settings.summary_min_words
                        <= len(words(s.text)) <= settings.summary_max_words
                        and overlap(support.lemmas.get(s.id, frozenset()), own_lemmas)
                        >= settings.redundant_overlap):
                    choices.append(s)
                    shown.add(s.text)
        for n, wording in enumerate(wordings(sentences, best, support, settings, distorted)):
            # An other wording stands for itself: its own sentence and what confirms it.
            own = sentences if n == 0 else [wording]
            evidence = evidence_of(story, own, support, claims)
            for choice in choices if n == 0 else [wording]:
                lemmas = support.lemmas.get(choice.id) or frozenset().union(
                    *(support.lemmas.get(s.id, frozenset()) for s in own))
                found.append((Candidate(
                    key=key if n == 0 else wording.id, claim=claim, best=choice, lemmas=lemmas,
                    evidence=evidence, position=min(relative_place(story, s) for s in own),
                    independent=support.independent(s.source for s in evidence), score=0.0,
                    clearest=choice is best or n > 0), own))
    # Centrality is scaled by the story's most central statement, so that its weight means
    # the same in a short story and a long one.
    context = StoryContext(
        support=support, common=common, titles=title_lemmas(story),
        top_centrality=max((centrality(c.lemmas, support) for c, _ in found), default=0.0))
    measured = []
    for c, own in found:
        values = features(story, c.best, own, c.evidence, c.lemmas, c.independent,
                          context, settings, alternative=c.key != (c.claim or c.key),
                          clearest=c.clearest)
        measured.append(replace(c, features=values, score=rank_score(values, settings)))
    measured.sort(key=lambda c: (-c.score, c.key))
    return measured


def shown(text: str, settings: StorySettings) -> str:
    """A chosen sentence as the summary shows it: without its side parts (`trim`) and without an
    opening connective when the statement after it stands alone (`neutral.leans`)."""
    kept = trim(text) if settings.trim_side_parts else text
    return drop_connective(kept) if connective_droppable(text) else kept


def word_budget(story: Story, settings: StorySettings) -> float:
    """The summary's length in words: `summary_words` for short articles, growing with the
    square root of the articles' mean length, at most `summary_growth` times as long."""
    lengths = [len(words(s.text)) for s in story.sources if s.sentences]
    mean = sum(lengths) / len(lengths) if lengths else 0.0
    growth = math.sqrt(max(mean, 1.0) / settings.short_article_words)
    return settings.summary_words * min(max(growth, 1.0), settings.summary_growth)


def stop_score(candidate: Candidate, settings: StorySettings, support: Support) -> float:
    """The score a statement needs to extend the summary after its first statement:
    `summary_min_score`, lowered by `summary_confirmed_relief` times the share of the other
    independent groups that confirm it (a statement only one group states needs the most)."""
    others = max(support.n_groups - 1, 1)
    confirmed = min(max(candidate.independent - 1, 0) / others, 1.0)
    return settings.summary_min_score - settings.summary_confirmed_relief * confirmed


def select(found: list[Candidate], budget: float, settings: StorySettings,
           support: Support) -> list[Candidate]:
    """Best first while under the budget, skipping what repeats a chosen statement or would run
    past the budget's slack, and one wording of each statement; each step takes the best score
    less `redundancy_cost` times the candidate's largest overlap with a chosen statement (what
    it would say again), and the summary stops early when that statement scores below
    `stop_score`. When `confirmed_first`, statements that more independent groups confirm
    come first."""
    chosen: list[Candidate] = []
    total = 0
    several = settings.confirmed_first and support.n_groups > 1
    lemmas = {c.best.id: support.lemmas.get(c.best.id, frozenset()) for c in found}
    repeats = dict.fromkeys(lemmas, 0.0)  # largest overlap with a chosen statement
    open_ = list(found)
    while open_ and total < budget:
        open_ = [c for c in open_ if repeats[c.best.id] < settings.redundant_overlap and (
            not chosen or total + len(words(c.best.text)) <= budget * settings.budget_slack)]
        if not open_:
            break
        best = min(open_, key=lambda c: (
            several and -c.independent,
            -(c.score - settings.redundancy_cost * repeats[c.best.id]), c.key))
        if chosen and best.score < stop_score(best, settings, support):
            break  # what is left adds too little: the summary ends shorter
        chosen.append(best)
        open_ = [c for c in open_ if c.key != best.key]  # a statement in one wording
        total += len(words(best.best.text))
        for c in open_:
            repeats[c.best.id] = max(repeats[c.best.id], overlap(lemmas[c.best.id],
                                                                 lemmas[best.best.id]))
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
            text=shown(c.best.text, settings),
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
