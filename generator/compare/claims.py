"""claims: the alignment's statements, the facts' frames and the quote groups in; the story's
claims out (one statement as k sources make it, however each words it).

The alignment (`align.py`) joins sentences worded alike; outlets that write on their own seldom
are. Two of their statements are one claim when the facts stage reads the same frame in both:
the same people (one name each, from the quote stage), the same values with the noun they count
("50 minutes", "100,000 troops"), the same distinctive content lemmas (the verb, what it is
done to), or the same quote (a quote group of the quote stage). Each sentence becomes a bag of
such *marks*, each weighted by how rare it is in the story (a mark in many of the story's
sentences, a main actor or the topic, says nothing); candidates meet through an index of marks,
never every sentence with every other, and only family leaders' sentences are indexed (a copy is
in its leader's claims already). A pair of sentences is one statement when their shared marks
weigh enough, both in all and as a share of the lighter sentence (`claim_*` settings), or when
one quote group holds a quote of each. Statements are joined strongest first, never putting two
sentences of one source in a claim and never joining claims whose members are not close on
average (as the alignment's chaining guard). Claim ids `c1`, `c2`... keep the alignment's
reading order.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from generator import language
from generator.compare.align import source_of
from generator.compare.wording import content_key, is_fragment, score_pairs
from generator.facts.frames import surname
from generator.facts.matching import quantity_key, sentence_lemmas
from generator.facts.roles import PERSONAL, sentence_roles
from generator.lexicon import OFFICE_TITLES
from generator.model import (
    DATE_KINDS,
    NAME_KINDS,
    QUANTITY_KINDS,
    Claim,
    EntityKind,
    FactKind,
    Sentence,
    Story,
)
from generator.quotes.gender import PRONOUN_GENDER
from generator.quotes.names import first_name_gender
from generator.quotes.speakers import RESOLVED
from generator.settings import DEFAULT, CompareSettings, Settings

__all__ = ["join_claims", "sentence_marks"]

# The kinds of facts whose value marks a statement besides its words: names, quantities (with
# what they count: a small count's weight is low where it is common) and dates.
NAMED = NAME_KINDS
# Marks of a value with what it counts: one shared, with a few words, already names one
# statement. A date does not: "on 3 May" dates many events of a story.
VALUE_MARKS = ("V:",)
# Marks of a frame: two of who, the verb and what it acts on ("R:mayor>request").
ROLE_MARKS = ("R:",)
# Who did a frame's act ("S:request>call=mayor"): no mark of its own (it weighs nothing and
# brings no candidates), read only to tell two subjects of one act apart.
SUBJECT_MARK = "S:"
# A date marks a statement only to the day ("2021-05-03", "--05-03"): a month, a year or "this
# week" is the background of many statements.
DAY_RE = re.compile(r"\d{2}-\d{2}$")
# A stretch in quotation marks, straight or curly.
QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
PRONOUN_RE = re.compile(rf"\b(?:{'|'.join(sorted(PERSONAL))})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """Two sentences of different sources read as one statement, and how strongly."""

    a: str
    b: str
    score: float


def sentence_marks(story: Story, settings: CompareSettings = DEFAULT.compare
                   ) -> dict[str, frozenset[str]]:
    """What each sentence of a family leader says, as marks: its content lemmas, the names it
    states ("P:Jane Doe") and the values with what they count ("V:number:troop=100000")."""
    leaders = {family.leader for family in story.families} or {s.id for s in story.sources}
    texts = {s.id: s.text for source in story.sources if source.id in leaders
             for s in source.sentences}
    facts: dict[str, set[str]] = defaultdict(set)
    # A name's or a value's words are marked once, as the name or the value: "North Atlantic
    # Treaty Organization" is one mark, not five, and "billions of dollars" one, not three.
    worded: dict[str, set[str]] = defaultdict(set)
    for fact in story.facts:
        if fact.source not in leaders:  # a copy's sentences are in its leader's claims
            continue
        if fact.kind in NAMED:
            facts[fact.sentence_id].add(f"P:{fact.value.lower()}")
            worded[fact.sentence_id].update(fact.value.lower().split())
        elif fact.kind in QUANTITY_KINDS and (key := quantity_key(fact)):
            facts[fact.sentence_id].add(f"V:{key}={fact.value}")
            worded[fact.sentence_id] |= value_words(texts[fact.sentence_id], fact.text, fact.unit)
        elif fact.kind in DATE_KINDS and DAY_RE.search(fact.resolved or fact.value):
            facts[fact.sentence_id].add(f"D:{fact.resolved or fact.value}")
            worded[fact.sentence_id] |= value_words(texts[fact.sentence_id], fact.text, fact.unit)
    # Each person's one name, as the facts stage gave it (from the quote stage's people), for
    # the names of the frames: "Whitlow" and "Mayor Dana Whitlow" are one who.
    canon: dict[str, str] = {}
    for fact in story.facts:
        if fact.kind is FactKind.PERSON and fact.source in leaders:
            canon[fact.value] = canon[fact.text] = fact.value
            canon.setdefault(surname(fact.text), fact.value)
    people = referred_people(story, leaders, settings)
    marks = {}
    for source in story.sources:
        if source.id not in leaders:
            continue
        for sentence in source.sentences:
            if not is_fragment(sentence.text):
                lemmas = sentence_lemmas(sentence.text) - worded[sentence.id]
                marks[sentence.id] = (frozenset(facts[sentence.id]) | lemmas
                                      | role_marks(sentence.text, canon,
                                                   people.get(sentence.id, {})))
    return marks


def referred_people(story: Story, keep: Container[str] | None = None,
                    settings: CompareSettings = DEFAULT.compare,
                    ) -> dict[str, dict[tuple[str, str], str]]:
    """Who a sentence's "he", "she" or "the senator" is, when the story's record says so with
    confidence: sentence id -> {("pronoun", "he"): the person's one name}. `keep`: the sources
    read (the family leaders).

    A quote whose speaker the quote stage resolved from that very pronoun gives the person of
    its sentence. Otherwise the person is the one person the sentence names before the pronoun,
    or, when it names no one, the one person named in the last sentence that names anyone,
    within `claim_refer_reach` sentences before (people as the facts stage found them, one name
    each from the quote stage's people). "He" or "she" must agree with the person's gender as
    the story shows it (a given name's, or a "he" or "she" the quote stage resolved to them),
    never unknown; "the senator" must be a title or role the story gives that person (the
    quote stage's roles and forms of the name) and no other person the article named before.
    A pronoun also found inside quotation marks in the sentence, or after another person's
    name there, is left alone."""
    persons = {e.name: e for e in story.entities if e.kind is EntityKind.PERSON}
    genders: dict[str, set[str]] = defaultdict(set)
    resolved: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
    for quote in story.quotes:
        said = next((p for p in sorted(PERSONAL) if quote.speaker_mention.lower() == p or any(
            RESOLVED.format(w) in quote.attribution for w in (p, p.capitalize()))), "")
        if said and quote.speaker in persons:
            genders[quote.speaker].add(PRONOUN_GENDER[said])
            for sid in quote.sentence_ids:
                resolved[sid][("pronoun", said)] = quote.speaker
    for name in persons:
        if len(name.split()) > 1 and (given := first_name_gender(name.split()[0])):
            genders[name].add(given)
    titles = {name: _title_words(p.role, [r for _, r in p.source_roles], p.aliases)
              for name, p in persons.items()}
    # A person of the quote stage with no sign of a person (no gender, role or title: a
    # country the model read as a name) neither refers nor stands in the way.
    persons = {name: p for name, p in persons.items() if genders[name] or titles[name]
               or p.role}
    named: dict[str, dict[str, int]] = defaultdict(dict)  # sentence -> person -> first offset
    for fact in story.facts:
        if fact.kind is FactKind.PERSON and fact.value in persons:
            at = fact.start - story.sentence(fact.sentence_id).start
            named[fact.sentence_id][fact.value] = min(
                at, named[fact.sentence_id].get(fact.value, at))
    found: dict[str, dict[tuple[str, str], str]] = {}
    for source in story.sources:
        if keep is not None and source.id not in keep:
            continue
        sentences = source.sentences
        before: set[str] = set()  # the people the article has named so far
        for k, sentence in enumerate(sentences):
            here = {}
            # A pronoun in quotation marks may be someone the speaker talks about, and with
            # another person named in the sentence a second "he" may be that person.
            unquoted = QUOTED_RE.sub(lambda m: " " * len(m.group()), sentence.text)
            quoted = " ".join(QUOTED_RE.findall(sentence.text))
            own = named.get(sentence.id, {})
            spots: dict[str, list[int]] = defaultdict(list)
            for found_word in PRONOUN_RE.finditer(unquoted):
                spots[found_word.group().lower()].append(found_word.start())
            in_quotes = {w.lower() for w in PRONOUN_RE.findall(quoted)}
            for pronoun in sorted(spots.keys() - in_quotes):
                words = spots[pronoun]
                person = resolved.get(sentence.id, {}).get(("pronoun", pronoun)) or (
                    _last_named(sentences, k, words[0], named, settings.claim_refer_reach))
                # Another person named outside quotation marks before a "he": that one may
                # be the other's.
                if person and genders[person] == {PRONOUN_GENDER[pronoun]} and not any(
                        p != person and at < words[-1] and unquoted[at] != " "
                        for p, at in own.items()):
                    here[("pronoun", pronoun)] = person
            person = _last_named(sentences, k, len(sentence.text), named,
                                 settings.claim_refer_reach)
            for title in titles.get(person, ()) if set(own) <= {person} else ():
                if not any(title in titles[p] for p in before - {person}):
                    here.setdefault(("role", title), person)
            if here:
                found[sentence.id] = here
            before.update(named.get(sentence.id, {}))
    return found


def _last_named(sentences: Sequence[Sentence], k: int, offset: int,
                named: dict[str, dict[str, int]], reach: int) -> str:
    """The one person sentence `k` names before `offset`, or, when it names no one, the one
    person named by the last of the `reach` sentences before it that names anyone; "" when
    that is two people or none, or when the person is not the subject of a verb there, or a
    "he" or "she" comes before the name ("he said Doe would resign": the next "he" is not
    surely Doe)."""
    own = named.get(sentences[k].id, {})
    if own:
        (person, at), *more = own.items()
        return person if not more and at < offset and _subject_at(
            sentences[k].text, person, at) else ""
    for sentence in reversed(sentences[max(0, k - reach):k]):
        people = named.get(sentence.id, {})
        if people:
            (person, at), *more = people.items()
            return person if not more and _subject_at(sentence.text, person, at) else ""
    return ""


def _subject_at(text: str, person: str, at: int) -> bool:
    """Whether `person` (named first at offset `at`) is who does an act of the sentence, with
    no "he" or "she" before the name."""
    if PRONOUN_RE.search(text[:at]):
        return False
    key = surname(person).lower()
    return any(role.who[0] == "name" and surname(role.who[1]).lower() == key
               for role in sentence_roles(text))


def _title_words(role: str, roles: list[str], aliases: tuple[str, ...]) -> frozenset[str]:
    """The titles of office in a person's roles and in the forms of their name
    ("Governor Tamsin Velloe": "governor")."""
    words = set()
    for text in [role, *roles, *aliases]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    return frozenset(words & OFFICE_TITLES)


def role_marks(text: str, canon: dict[str, str],
               people: dict[tuple[str, str], str] | None = None) -> frozenset[str]:
    """A sentence's frames as marks of two parts each: who and the verb, the verb and what it
    acts on, who and what (the verb left out: "asked for" and "requested" one call); and, not a
    mark of its own, who did what to what. A name is the story's one name of the person; "he",
    "she" or "the senator" is the person `people` says it refers to (`referred_people`), else
    no one ("he") or a noun ("senator"); a negated verb is marked as such."""
    people = people or {}

    def name(part: tuple[str, str]) -> str:
        kind, written = part
        if kind in ("pronoun", "role") and part in people:
            kind, written = "name", people[part]
        if kind == "name":
            return canon.get(written, canon.get(surname(written), written)).lower()
        if kind == "pronoun":
            return ""
        return written
    found = set()
    for role in sentence_roles(text):
        who, what = name(role.who), name(role.what)
        verb = f"not {role.verb}" if role.negated else role.verb
        if who:
            found.add(f"R:{who}>{verb}")
        if what:
            found.add(f"R:{verb}>{what}")
            if who:  # who did it, to tell "the plan would cut X" from "Y cut X" (`_score`)
                found.add(f"{SUBJECT_MARK}{verb}>{what}={who}")
        if who and what and who != what:
            found.add(f"R:{who}>{what}")
    return frozenset(found)


def value_words(text: str, written: str, unit: str) -> set[str]:
    """The lemmas of a value's own words as the sentence writes them ("billions", "Friday"),
    but not the noun it counts (its unit: "50 minutes", "troops"), which says what it is about."""
    start = text.find(written)
    if start < 0 or not written:
        return set()
    words = {t.lemma_.lower() for t in language.doc(text)
             if start <= t.idx < start + len(written)}
    return words - {unit.lower()}


def weights(marks: dict[str, frozenset[str]], common_share: float) -> dict[str, float]:
    """Each mark's weight: log of the share of sentences without it (inverse document
    frequency); a mark in more than `common_share` of the sentences weighs nothing."""
    counts: Counter[str] = Counter()
    for bag in marks.values():
        counts.update(bag)
    total = max(len(marks), 1)
    return {m: (0.0 if n > common_share * total else math.log(total / n))
            for m, n in counts.items()}


def hefts(marks: dict[str, frozenset[str]], weight: dict[str, float]) -> dict[str, float]:
    """Each sentence's whole weight: the sum of its marks' (the cosine's norm, squared). A
    frame's marks are left out: a frame two sentences share is evidence, one they do not share
    is no evidence against (outlets word who did what in different verbs and roles)."""
    return {sid: sum(weight[m] for m in bag if not m.startswith(ROLE_MARKS + (SUBJECT_MARK,)))
            for sid, bag in marks.items()}


def frame_links(marks: dict[str, frozenset[str]], weight: dict[str, float],
                heft: dict[str, float], settings: CompareSettings) -> list[Link]:
    """Pairs of sentences of different sources that read as one statement, each the other's
    best in the other's source. Candidates come from an index of the rarer marks: two sentences
    meet only through a mark they share, never every sentence with every other."""
    index: dict[str, list[str]] = defaultdict(list)
    for sid, bag in marks.items():
        for mark in bag:
            if weight[mark] >= settings.claim_index_weight and not mark.startswith(SUBJECT_MARK):
                index[mark].append(sid)
    # A mark held by many sentences (a large story's common words) brings no candidates: each
    # sentence meets a bounded number of others, so the cost stays linear in sentences.
    index = {m: ids for m, ids in index.items() if len(ids) <= settings.claim_index_max}
    best: dict[tuple[str, str], tuple[float, str]] = {}
    scored: dict[tuple[str, str], float] = {}
    for sid, bag in marks.items():
        source = source_of(sid)
        met = {o for mark in bag if mark in index for o in index[mark] if o > sid}
        for other in sorted(met):
            if source_of(other) == source:
                continue
            score = _score(bag, marks[other], heft[sid], heft[other], weight, settings)
            if score <= 0:
                continue
            scored[(sid, other)] = score
            for mine, theirs in ((sid, other), (other, sid)):
                key = (mine, source_of(theirs))
                if score > best.get(key, (0.0, ""))[0]:
                    best[key] = (score, theirs)
    return [Link(a=a, b=b, score=score) for (a, b), score in scored.items()
            if best[(a, source_of(b))][1] == b and best[(b, source_of(a))][1] == a]


def _score(a: frozenset[str], b: frozenset[str], heft_a: float, heft_b: float,
           weight: dict[str, float], settings: CompareSettings) -> float:
    """How much of their weight two sentences share (a cosine over weighted marks), 0 when they
    share too little to be one statement: enough marks of enough weight, and either a closer
    overlap, or a value of both (what a number counts is a frame of its own), two frame marks
    or `claim_many_marks` marks of both."""
    shared = [m for m in a & b if weight[m] > 0 and not m.startswith(SUBJECT_MARK)
              and not _other_subjects(m, a, b)]
    if len(shared) < settings.claim_shared_marks:
        return 0.0
    together = sum(weight[m] for m in shared)
    score = together / max(math.sqrt(heft_a * heft_b), 1e-9)
    if together >= settings.claim_shared_weight and score >= settings.claim_overlap:
        return score
    valued = any(m.startswith(VALUE_MARKS) for m in shared)  # "a 50-minute call" / "50 minutes"
    # Two frames' marks shared (who with the verb and with what, or two acts) say as much, and
    # so do many marks shared (each one a chance that the other sentences rarely all meet).
    valued = (valued or sum(m.startswith(ROLE_MARKS) for m in shared) >= 2
              or len(shared) >= settings.claim_many_marks)
    if valued and together >= settings.claim_value_weight and score >= settings.claim_value_overlap:
        return score
    return 0.0


def _other_subjects(mark: str, a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a shared act ("R:cut>budget") has a subject in both sentences and no subject in
    common: "the plan would cut the budget" and "the mayor cut the budget" are two statements."""
    if not mark.startswith(ROLE_MARKS):
        return False
    prefix = f"{SUBJECT_MARK}{mark.removeprefix(ROLE_MARKS[0])}="
    mine = {m for m in a if m.startswith(prefix)}
    theirs = {m for m in b if m.startswith(prefix)}
    return bool(mine) and bool(theirs) and not mine & theirs


def quote_links(story: Story, settings: CompareSettings = DEFAULT.compare,
                keep: Container[str] | None = None) -> list[Link]:
    """Sentences of different sources holding one quote (one quote group): one statement. A
    short quote that nobody is said to speak (under `claim_quote_words` words) links nothing: a
    phrase in quotation marks as a name or a term ("the so-called 'open door' rule") recurs in
    sentences that say different things about it. A group can hold several quotes of one
    speaker: of two sources, the two sentences whose wordings share the most words are linked.
    `keep`: the sentences that may be linked (the family leaders')."""
    links = []
    for group in story.quote_groups:
        held: dict[str, dict[str, set[str]]] = defaultdict(dict)
        for v in group.variants:
            if len(v.text.split()) < settings.claim_quote_words and not group.speaker:
                continue
            words = set(re.findall(r"\w+", v.text.lower()))
            for source, sid in ((source_of(sid), sid) for sid in v.sentence_ids):
                if keep is None or sid in keep:
                    held[source].setdefault(sid, set()).update(words)
        sources = sorted(held)
        for n, x in enumerate(sources):
            for y in sources[n + 1:]:
                _, a, b = max((len(wa & wb), a, b) for a, wa in held[x].items()
                              for b, wb in held[y].items())
                links.append(Link(a=a, b=b, score=1.0))
    return links + contained_links(story, settings, keep)


def contained_links(story: Story, settings: CompareSettings = DEFAULT.compare,
                    keep: Container[str] | None = None) -> list[Link]:
    """Sentences holding quotes of two quote groups that share a run of words: one outlet
    quotes a piece ("a ban on every new pier") of what another quotes at length ("we are for a
    ban on every new pier, and we said so"). The run must be `claim_quote_run` words or more
    and `claim_quote_run_share` of the shorter quote; a short quote that nobody is said to
    speak links nothing, as in a group. Quotes meet through an index of their runs of
    `claim_quote_run` words, never every quote with every other."""
    size = settings.claim_quote_run
    quotes: list[tuple[int, list[str], tuple[str, ...]]] = []
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for number, group in enumerate(story.quote_groups):
        for v in group.variants:
            words = re.findall(r"\w+", v.text.lower())
            sids = tuple(sid for sid in v.sentence_ids if keep is None or sid in keep)
            if len(words) < size or not sids or (
                    len(words) < settings.claim_quote_words and not group.speaker):
                continue
            for start in range(len(words) - size + 1):
                index[tuple(words[start:start + size])].add(len(quotes))
            quotes.append((number, words, sids))
    pairs = sorted({(i, k) for held in index.values() for i in held for k in held
                    if i < k and quotes[i][0] != quotes[k][0]})
    links = []
    for i, k in pairs:
        (_, wi, si), (_, wk, sk) = quotes[i], quotes[k]
        run = SequenceMatcher(None, wi, wk, autojunk=False).find_longest_match(
            0, len(wi), 0, len(wk)).size
        if run < settings.claim_quote_run_share * min(len(wi), len(wk)):
            continue
        links += [Link(a=min(a, b), b=max(a, b), score=1.0) for a in si for b in sk
                  if source_of(a) != source_of(b)]
    return links


class Joined:
    """Union-find over the alignment's claims (by position), with the sources of each group and
    its parts (each an alignment claim's marked sentences)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.parent = list(range(len(claims)))
        self.sources = [{m.source for m in c.members} for c in claims]
        self.marked: list[list[list[str]]] = [[] for _ in claims]

    def find(self, k: int) -> int:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, x: int, y: int) -> None:
        rx, ry = sorted((self.find(x), self.find(y)))
        self.parent[ry] = rx
        self.sources[rx] |= self.sources[ry]
        self.marked[rx] += self.marked[ry]


def join_groups(story: Story, links: list[Link], marks: dict[str, frozenset[str]],
                weight: dict[str, float], heft: dict[str, float],
                settings: CompareSettings) -> Joined:
    """The alignment's claims joined along the links, strongest first, with both guards."""
    position = {m.sentence_id: n for n, c in enumerate(story.alignment) for m in c.members}
    joined = Joined(story.alignment)
    parts: dict[int, list[str]] = defaultdict(list)
    for sid in marks:
        parts[position[sid]].append(sid)
    for n, part in parts.items():
        joined.marked[n].append(part)
    quoted = {(link.a, link.b) for link in links if link.score >= 1.0}

    def close(x: str, y: str) -> float:
        if (x, y) in quoted or (y, x) in quoted:
            return 1.0
        shared = sum(weight[m] for m in marks[x] & marks[y] if not m.startswith(SUBJECT_MARK))
        return shared / max(math.sqrt(heft[x] * heft[y]), 1e-9)

    for link in sorted(links, key=lambda k: (-k.score, k.a, k.b)):
        rx, ry = joined.find(position[link.a]), joined.find(position[link.b])
        if rx == ry or joined.sources[rx] & joined.sources[ry]:
            continue
        # Parts, not sentences, are compared: the alignment already made each part's members
        # one statement, and a rewrite's other words ("roads" for "paths") are no evidence
        # that a third outlet's sentence states something else.
        left, right = joined.marked[rx], joined.marked[ry]
        if _dated_apart(left, right, marks):
            continue
        link_mean = sum(max(close(i, k) for i in p for k in q)
                        for p in left for q in right) / (len(left) * len(right))
        if link_mean >= settings.claim_link_min:
            joined.union(rx, ry)
    return joined


def _dated_apart(left: list[list[str]], right: list[list[str]],
                 marks: dict[str, frozenset[str]]) -> bool:
    """Whether two groups each date their statement to a day and share no day: two occasions
    of one act ("the leaders spoke on Thursday" / "when they last spoke on the 3rd"), or a
    date in dispute, which the discrepancy stage finds by the values themselves."""
    def days(group: list[list[str]]) -> set[str]:
        return {m for part in group for sid in part for m in marks[sid] if m.startswith("D:")}
    mine, theirs = days(left), days(right)
    return bool(mine) and bool(theirs) and not mine & theirs


def renumber(story: Story, joined: Joined) -> tuple[Claim, ...]:
    """The joined claims in the alignment's reading order (each where its first part was), ids
    `c1`, `c2`...; a joined member is scored against the main part's reference wording."""
    parts: dict[int, list[Claim]] = defaultdict(list)
    for n, claim in enumerate(story.alignment):
        parts[joined.find(n)].append(claim)
    order = {s.id: (n, s.index) for n, src in enumerate(story.sources) for s in src.sentences}
    claims = []
    for number, root in enumerate(sorted(parts), start=1):
        # The part of most sources keeps its alignment scores (the facts stage reads them
        # as how closely two members are worded); the others' members are scored anew.
        main = max(parts[root], key=lambda c: len({m.source for m in c.members}))
        members = list(main.members)
        if len(parts[root]) > 1:
            reference = max(main.members, key=lambda m: m.score).text
            added = [m for claim in parts[root] if claim is not main for m in claim.members]
            scores = score_pairs([content_key(m.text) for m in added],
                                 [content_key(reference)] * len(added))
            members += [replace(m, score=round(float(v), 3))
                         for m, v in zip(added, scores, strict=True)]
            members.sort(key=lambda m: order[m.sentence_id])
        claims.append(Claim(id=f"c{number}", members=tuple(members)))
    return tuple(claims)


def join_claims(story: Story, settings: Settings = DEFAULT) -> Story:
    section = settings.compare
    marks = sentence_marks(story, section)
    weight = weights(marks, section.claim_common_share)
    heft = hefts(marks, weight)
    links = frame_links(marks, weight, heft, section) + quote_links(story, section, marks)
    joined = join_groups(story, links, marks, weight, heft, section)
    return replace(story, claims=renumber(story, joined))
