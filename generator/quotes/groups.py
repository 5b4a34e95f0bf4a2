"""Quote groups: the same statement as each outlet quoted it, and how faithful each wording is.

In: the story's `Quote` records. Out: `QuoteGroup`s (ids `"q{n}"`, in order of first appearance)
with one `QuoteVariant` per distinct wording: its sources, its quotes, and its fidelity to the
group's reference wording (`fidelity.py`). The reference is the wording the most independent
outlets share (reprints of one text count once), then the one most sources give, the one closest
to the others, the longer, the earlier: a spun or shortened wording is compared with it, never the
other way round. Two quotes of different sources are the same statement when their wordings are
close (rapidfuzz ratio), when one is an excerpt of the other (partial_ratio), or when the same
speaker is quoted in closely matching sentences with a looser wording match (spun or
re-translated copy rewords inside the marks).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from generator.model import Fidelity, Quote, QuoteGroup, QuoteVariant, Story
from generator.quotes.fidelity import compare_wording
from generator.settings import DEFAULT, QuoteSettings
from generator.text import fold, normalise_space

# Thresholds (0-100) are `QuoteSettings` fields; the words whose change alters a quote's meaning
# are the lexicon's `FIDELITY_WORDS`.
WORD = re.compile(r"[\w’'-]+")


def _key(text: str) -> str:
    return " ".join(WORD.findall(fold(text)))


def _context(story: Story, quote: Quote) -> str:
    """The paragraph around a quote, without the quote: who is said to speak, and where."""
    source = story.source(quote.source)
    paragraphs = sorted({story.sentence(s).paragraph for s in quote.sentence_ids})
    text = " ".join(source.body[p] for p in paragraphs)
    return _key(text.replace(quote.text, " "))


def _wordings(quotes: list[Quote],
              ) -> tuple[list[str], list[list[int]], list[dict[str, list[int]]]]:
    """The unique wording keys, the quotes of each, and those quotes by speaker."""
    keys = [_key(q.text) for q in quotes]
    unique = sorted(set(keys))
    index = {key: u for u, key in enumerate(unique)}
    members: list[list[int]] = [[] for _ in unique]
    for i, key in enumerate(keys):
        members[index[key]].append(i)
    by_speaker: list[dict[str, list[int]]] = []
    for quotes_of in members:
        speakers: dict[str, list[int]] = {}
        for i in quotes_of:
            if quotes[i].speaker:
                speakers.setdefault(quotes[i].speaker, []).append(i)
        by_speaker.append(speakers)
    return unique, members, by_speaker


# Quotes with the same wording key are always linked (a ratio of 100 passes every rule), so each
# unique wording is scored once and its quotes stand for it together: two wordings link when some
# pair of their quotes would (same source and a near-identical wording, or different sources and
# a wording or same-speaker match).
def _links(story: Story, quotes: list[Quote], settings: QuoteSettings) -> list[tuple[int, int]]:
    """Pairs of quote indices that state the same thing (enough to connect every group)."""
    unique, members, by_speaker = _wordings(quotes)
    links = [(quotes_of[0], i) for quotes_of in members for i in quotes_of[1:]]
    sources = [frozenset(quotes[i].source for i in quotes_of) for quotes_of in members]
    tokens_of = [key.split() for key in unique]
    lengths = [len(words) for words in tokens_of]
    contexts: dict[int, str] = {}  # paragraphs are compared only for the few candidate pairs
    context_scores: dict[tuple[str, str], float] = {}

    def context(i: int) -> str:
        if i not in contexts:
            contexts[i] = _context(story, quotes[i])
        return contexts[i]

    def words_agree(u: int, v: int) -> bool:
        shorter = min(lengths[u], lengths[v])
        if shorter >= settings.short_quote_words:
            return True
        return (
            LCSseq.similarity(tokens_of[u], tokens_of[v]) >= settings.short_quote_shared * shorter
        )

    def contexts_agree(u: int, v: int) -> bool:
        """Some quote of `u` and some quote of `v`, by one speaker in two different sources,
        stand in matching paragraphs (reprints share contexts, so each is scored once)."""
        for speaker in sorted(by_speaker[u].keys() & by_speaker[v].keys()):
            mine = _sources_by_context(by_speaker[u][speaker], quotes, context)
            theirs = _sources_by_context(by_speaker[v][speaker], quotes, context)
            for text, where in mine:
                for other, where_other in theirs:
                    if len(where) == 1 and where == where_other:
                        continue  # one source: the rule is for quotes of two sources
                    if (text, other) not in context_scores:
                        context_scores[text, other] = fuzz.token_set_ratio(text, other)
                    if context_scores[text, other] >= settings.same_speaker_context:
                        return True
        return False

    said_by = [sorted(named) for named in by_speaker]
    for u, v, ratio, partial, tokens in _scored_candidates(unique, said_by, settings):
        if ratio >= settings.same_source_repeat and sources[u] & sources[v]:
            linked = True  # a source repeating its own quote
        elif len(sources[u]) == 1 and sources[u] == sources[v]:
            linked = False  # one source only: the cross-source rules do not apply
        else:
            linked = (
                (ratio >= settings.same_wording and words_agree(u, v))
                or (
                    partial >= settings.excerpt
                    and min(lengths[u], lengths[v]) >= settings.excerpt_min_words
                    and words_agree(u, v)
                )
                or (tokens >= settings.same_speaker_wording and contexts_agree(u, v))
            )
        if linked:
            links.append((members[u][0], members[v][0]))
    return links


def _sources_by_context(
    indices: list[int], quotes: list[Quote], context: Callable[[int], str]
) -> list[tuple[str, frozenset[str]]]:
    """The distinct contexts of some quotes, each with the sources it occurs in, sorted."""
    where: dict[str, set[str]] = {}
    for i in indices:
        where.setdefault(context(i), set()).add(quotes[i].source)
    return sorted((text, frozenset(found)) for text, found in where.items())


def _scored_candidates(
    unique: list[str],
    speakers: list[list[str]],
    settings: QuoteSettings,
) -> Iterator[tuple[int, int, float, float, float]]:
    """Pairs u < v of unique wordings (`speakers[u]`: who says wording u) that may match, with
    ratio, partial_ratio and token_set_ratio (each 0 below its threshold), in sorted order."""
    # Threads cost more than they save on the few dozen wordings of a story.
    workers = -1 if len(unique) > settings.parallel_from else 1
    if len(unique) <= settings.dense_max:
        ratio, partial, tokens = _link_scores(process.cdist, unique, unique, workers, settings)
        mask = np.triu((ratio > 0) | (partial > 0) | (tokens > 0), k=1)
        first, second = np.nonzero(mask)  # row-major: sorted by (u, v)
        yield from zip(
            first.tolist(),
            second.tolist(),
            ratio[first, second].tolist(),
            partial[first, second].tolist(),
            tokens[first, second].tolist(),
            strict=True,
        )
        return
    pairs = _shared_word_pairs(unique, speakers, settings.common_posting)
    if not pairs:
        return
    left = [unique[u] for u, _ in pairs]
    right = [unique[v] for _, v in pairs]
    ratio, partial, tokens = _link_scores(process.cpdist, left, right, workers, settings)
    for (u, v), r, p, t in zip(
        pairs, ratio.tolist(), partial.tolist(), tokens.tolist(), strict=True
    ):
        if r or p or t:
            yield u, v, r, p, t


def _link_scores(
    scores: Callable[..., np.ndarray],
    left: list[str],
    right: list[str],
    workers: int,
    settings: QuoteSettings,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ratio, partial_ratio and token_set_ratio of the link rules, with rapidfuzz's matrix
    (`cdist`) or pairwise (`cpdist`) scoring. A score cutoff lets rapidfuzz stop early on the many
    pairs that do not match (they score 0)."""
    return (
        scores(left, right, scorer=fuzz.ratio, score_cutoff=settings.same_wording, workers=workers),
        scores(
            left, right, scorer=fuzz.partial_ratio, score_cutoff=settings.excerpt, workers=workers
        ),
        scores(
            left,
            right,
            scorer=fuzz.token_set_ratio,
            score_cutoff=settings.same_speaker_wording,
            workers=workers,
        ),
    )


def _shared_word_pairs(
    unique: list[str],
    speakers: list[list[str]],
    common: int,
) -> list[tuple[int, int]]:
    """Pairs u < v of wordings that share a word bigram, or two rare words (all the words of a
    one-word wording), or that one speaker says with a word in common (the same-speaker rule
    accepts loose rewordings): other pairs cannot reach the thresholds above except by chance.
    Bigrams and words found in more than `common` wordings are skipped."""
    bigrams: dict[str, list[int]] = {}
    words: dict[str, list[int]] = {}
    spoken: dict[tuple[str, str], list[int]] = {}
    needed: list[int] = []
    for u, key in enumerate(unique):
        tokens = key.split()
        for gram in sorted({" ".join(tokens[k : k + 2]) for k in range(len(tokens) - 1)}):
            bigrams.setdefault(gram, []).append(u)
        distinct = sorted(set(tokens))
        needed.append(min(2, len(distinct)))
        for word in distinct:
            words.setdefault(word, []).append(u)
            for speaker in speakers[u]:
                spoken.setdefault((speaker, word), []).append(u)
    pairs: set[tuple[int, int]] = set()
    for holders in [*bigrams.values(), *spoken.values()]:
        if len(holders) <= common:
            pairs.update(combinations(holders, 2))
    shared: Counter[tuple[int, int]] = Counter()
    for holders in words.values():
        if len(holders) <= common:
            shared.update(combinations(holders, 2))
    pairs.update(
        pair for pair, count in shared.items() if count >= min(needed[pair[0]], needed[pair[1]])
    )
    return sorted(pairs)


def _components(n: int, links: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda members: members[0])


def group_quotes(
    story: Story, quotes: tuple[Quote, ...], settings: QuoteSettings = DEFAULT.quotes
) -> tuple[QuoteGroup, ...]:
    """Quotes (kind "quote") grouped across sources into statements with their variants."""
    order = {source.id: i for i, source in enumerate(story.sources)}
    pool = sorted(
        (q for q in quotes if q.kind == "quote"), key=lambda q: (order[q.source], q.start)
    )
    groups: list[QuoteGroup] = []
    members_list = _components(len(pool), _links(story, pool, settings))
    members_list.sort(key=lambda m: min((order[pool[i].source], pool[i].start) for i in m))
    for members in members_list:
        buckets: dict[str, list[Quote]] = {}
        for i in members:
            text = normalise_space(pool[i].text).replace("’", "'")
            buckets.setdefault(text, []).append(pool[i])
        texts = [_key(qs[0].text) for qs in buckets.values()]
        closeness = {  # the wording closest to all the others (the medoid) is the reference
            id(qs): sum(fuzz.token_set_ratio(texts[k], other) for other in texts)
            for k, qs in enumerate(buckets.values())
        }
        independent = {id(qs): _independent(story, qs) for qs in buckets.values()}
        ranked = sorted(
            buckets.values(),
            key=lambda qs: (
                -independent[id(qs)],
                -len({q.source for q in qs}),
                -closeness[id(qs)],
                -len(qs[0].text),
                min((order[q.source], q.start) for q in qs),
            ),
        )
        reference = ranked[0][0].text
        variants: list[QuoteVariant] = []
        for unsorted in ranked:
            bucket = sorted(unsorted, key=lambda q: (order[q.source], q.start))
            variants.append(_variant(bucket, reference, order, settings,
                                     first=not groups_has_reference(variants)))
        groups.append(
            QuoteGroup(
                id=f"q{len(groups)}",
                speaker=_group_speaker(story, variants, members, pool),
                variants=tuple(variants),
            )
        )
    return tuple(groups)


def _independent(story: Story, quotes: list[Quote]) -> int:
    """How many independent outlets give this wording: sources whose paragraph around the quote
    is word for word the same are reprints of one text and count once, so three copies of a
    spun article do not outvote two outlets that quote the original."""
    if len({q.source for q in quotes}) == 1:
        return 1
    return len({(_context(story, q)) for q in {q.source: q for q in quotes}.values()})


def _variant(bucket: list[Quote], reference: str, order: dict[str, int],
             settings: QuoteSettings, first: bool) -> QuoteVariant:
    """One wording of a group (its quotes in source order) compared with the reference."""
    changed: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    fidelity, excerpt = Fidelity.IDENTICAL, False
    if bucket[0].text != reference:
        fidelity, changed, spans, excerpt = compare_wording(bucket[0].text, reference, settings)
    speakers = Counter(q.speaker for q in bucket if q.speaker)
    return QuoteVariant(
        text=bucket[0].text,
        sources=tuple(sorted({q.source for q in bucket}, key=order.__getitem__)),
        quote_ids=tuple(q.id for q in bucket),
        speaker=max(speakers, key=lambda s: (speakers[s], s)) if speakers else "",
        fidelity=fidelity,
        changed=changed,
        changed_spans=spans,
        excerpt=excerpt,
        sentence_ids=tuple(dict.fromkeys(s for q in bucket for s in q.sentence_ids)),
        reference=first,
    )


def groups_has_reference(variants: list[QuoteVariant]) -> bool:
    return any(v.reference for v in variants)


def _group_speaker(
    story: Story, variants: list[QuoteVariant], members: list[int], pool: list[Quote]
) -> str:
    """The name most quotes give; a named person beats a description."""
    named = Counter(
        pool[i].speaker
        for i in members
        if pool[i].speaker and pool[i].speaker_kind in {"name", "organisation"}
    )
    if named:
        return max(named, key=lambda s: (named[s], len(s), s))
    described = Counter(pool[i].speaker for i in members if pool[i].speaker)
    if described:
        return max(described, key=lambda s: (described[s], -len(s), s))
    del story, variants
    return ""
