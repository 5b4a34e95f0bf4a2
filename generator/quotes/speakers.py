"""Speakers: who said a quote, read from the words around it.

In: the text of one source and the character spans of its quotes. Out: for each quote, a
`Speaker` (the mention as written, its kind, a role read from an apposition or title, the cue
phrase) or None. The cues are the reporting verbs of news English ("X said", "said X",
"X told reporters", "according to X", "as X put it"), with the speaker parsed from the noun phrase
next to them: a name (a run of capitalised words, titles such as "Mr." or "President" split off
into the role), an apposition ("Jane Doe, the president's adviser," / "the president's
adviser, Jane Doe,"), a description ("a senior official") or a pronoun. References back
("he", "the official") are resolved here to the nearest earlier compatible mention of the same
source; names are merged across sources later, in `entities.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.quotes.affiliations import PARTIES, PARTY_AFTER, PARTY_INLINE, PARTY_TAG, party_of

# Reporting verbs. Spun and machine-translated copy swaps "said" for "mentioned", "told" for
# "informed" and "according to" for "in keeping with", so those are cues too.
SPEECH_VERBS = (
    "said|says|say|saying|told|tells|telling|added|adds|adding|wrote|writes|writing|stated|states|"
    "declared|declares|explained|explains|noted|notes|argued|argues|insisted|insists|warned|warns|"
    "replied|responded|remarked|recalled|acknowledged|admitted|claimed|"
    "claims|contended|conceded|suggested|tweeted|posted|complained|announced|observed|"
    "emphasi[sz]ed|stressed|predicted|urged|mentioned|informed|asked|asks|answered|cautioned|"
    "charged|countered|quipped|joked|vowed|pledged|promised|reiterated|repeated|concluded|"
    "maintained|asserted|testified|shouted|described|recounted|lamented|boasted|confirmed|"
    "retorted|echoed|proclaimed|wondered|hoped|speculated|believes|thinks|put it|puts it|"
    "called|calls|pledges|vows|urges|promises|accused|blasted|slammed|criticized|criticised|"
    "praised|told reporters|noticed|observes"
)
# Verbs that characterise someone else's words or conduct: the quoted words in their object
# ("accusing the group of acting as a “partisan attack dog”") are the subject's. Only the forms
# that are not also common nouns ("terms", "brands", "labels" are left out).
CHARACTERISING_VERBS = (
    "accuse|accuses|accusing|calling|describe|describes|describing|label|labeled|labelled|"
    "labeling|labelling|dubbed|dubbing|branded|branding|denounce|denounced|denounces|"
    "denouncing|termed|terming|condemn|condemned|condemns|condemning"
)
VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b")
# "according to X" / "as X put it": the speaker follows the cue.
ACCORDING = re.compile(r"\b(?:according to|in keeping with|as quoted by|quoting)\s+", re.I)
ACCORDING_CUES = {"according to", "in keeping with", "as quoted by", "quoting"}
AS_PUT = re.compile(r"\bas\s+(?P<who>[^,;“”\"]{2,60}?)\s+(?:put it|puts it|said|says|noted)\b")

PRONOUNS = {"he", "she", "they", "i", "we"}
# Words that end a person description ("a senior administration official"). Kept generic.
PERSON_NOUNS = (
    "official|officials|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|advisor|"
    "advisors|source|sources|analyst|analysts|expert|experts|diplomat|diplomats|minister|"
    "president|secretary|senator|lawmaker|lawmakers|leader|leaders|chairman|chairwoman|chair|"
    "director|ambassador|governor|mayor|representative|representatives|officer|officers|"
    "lawyer|attorney|attorneys|judge|justice|member|members|candidate|strategist|economist|"
    "professor|researcher|fellow|official's|person|people|resident|residents|witness|witnesses|"
    "activist|activists|organizer|organizers|critic|critics|supporter|supporters|voter|voters|"
    "worker|workers|executive|executives|manager|commander|general|statement|account|individual"
)
DETERMINER = re.compile(r"\b(?:the|a|an|one|another|two|three|several)\s", re.I)
DESCRIPTION_TAIL = re.compile(rf"(?:[\w’'.-]+\s+){{1,7}}?(?:{PERSON_NOUNS})[.,]?$", re.I)
PERSON_NOUN = re.compile(rf"\b(?:{PERSON_NOUNS})$", re.I)
DESCRIPTION = re.compile(
    rf"\b(?:the|a|an|one|another|two|three|several)\s+(?:[\w’'.-]+\s+){{0,6}}?"
    rf"(?:{PERSON_NOUNS})\b",
    re.I,
)
# Titles and honorifics: split off a name, kept as (part of) the role.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
    "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "adm", "admiral",
    "sgt", "prof", "professor", "rev", "reverend", "president", "vice", "prime", "minister",
    "secretary", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice",
    "mayor", "sheriff", "speaker", "chairman", "chairwoman", "ambassador", "commissioner",
    "director", "chief", "attorney", "deputy", "lord", "lady", "sir", "dame", "sheikh", "former",
    "leader", "state", "foreign", "defense", "defence", "council", "house", "senate", "majority",
    "minority", "press", "first", "crown", "supreme", "father", "sister", "brother", "emperor",
    "editor", "ceo", "publisher", "founder", "congressman", "congresswoman",
}
# Titles that stand right before a person's name ("Secretary Lindqvist"), unlike "Foreign" or
# "State", which also start organisation names.
PERSON_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
    "gen", "general", "lt", "col", "colonel", "maj", "capt", "captain", "adm", "admiral", "sgt",
    "prof", "professor", "rev", "reverend", "president", "minister", "secretary", "chancellor",
    "king", "queen", "prince", "princess", "pope", "judge", "justice", "mayor", "sheriff",
    "speaker", "chairman", "chairwoman", "ambassador", "commissioner", "director", "lord", "lady",
    "sir", "dame", "sheikh", "leader", "congressman", "congresswoman",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof", "rev", "lt",
              "col", "capt", "sgt", "adm", "maj"}
# Honorifics that say nothing about what a person does: never shown as a role.
PLAIN_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr"}

# Capitalised words that start sentences or clauses and are never part of a name.
NOT_NAME = {
    "but", "and", "or", "so", "yet", "still", "then", "while", "when", "after", "before", "in",
    "on", "at", "as", "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she",
    "they", "we", "i", "his", "her", "their", "our", "meanwhile", "however", "also", "earlier",
    "later", "last", "for", "from", "by", "with", "of", "to", "if", "though", "although",
    "since", "because", "during", "speaking", "asked", "told", "says", "said", "thursday",
    "monday", "tuesday", "wednesday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "today", "yesterday", "now", "here", "there", "what", "who", "why", "how",
    "according", "both", "all", "some", "many", "most", "other", "another", "such", "even",
    "one",
}
# Words that make a capitalised run an organisation rather than a person.
ORG_WORDS = {
    "house", "kremlin", "ministry", "department", "council", "committee", "party", "parties",
    "agency", "administration", "office", "association", "corporation", "corp", "institute",
    "institution", "organization", "organisation", "union", "commission", "court", "police",
    "army", "navy", "government", "network", "group", "foundation", "center", "centre",
    "university", "college", "times", "post", "news", "journal", "press", "media", "inc",
    "company", "co", "club", "league", "bureau", "service", "senate", "congress", "parliament",
    "command", "forces", "force", "staff", "republicans", "democrats", "campaign", "board",
    "embassy", "bank", "fund", "alliance", "coalition", "tribunal", "assembly", "federation",
    "movement", "channel", "cabinet", "authority", "authorities", "states", "nations",
    "kingdom", "republic", "emirates",
}
# Verbs' auxiliaries and adverbs that sit between a subject and its reporting verb.
AUXILIARIES = re.compile(
    r"(?:\s+(?:has|had|have|also|then|later|again|additionally|previously|once|recently|"
    r"repeatedly|further|would|will|had been|has been|was|is|later|quickly|simply|only|"
    r"first|even|often|publicly|privately|earlier|bluntly|flatly))+\s*$",
    re.I,
)
LEADING = re.compile(r"^(?:(?:but|and|so|yet|still|meanwhile|however|instead|then|now|also|as)\b"
                     r"[\s,]*)+", re.I)
TOKEN = re.compile(r"[\w’'.-]+")
# "when" starts a clause only before a subject of two words or more ("... a decade ago when store
# clerk Jane Doe said"), not in "Doe, when asked, said".
CLAUSE_START = re.compile(r"(?:^|[;:—–(]|\bthat\b|\bwhile\b|\bbecause\b|\band\b"
                          r"(?=\s+(?:(?-i:[A-Z])|(?:the|a|an|he|she|they)\b))"
                          r"|\bwhen\b(?=\s+[^\s,]+\s+[^\s,]+))", re.I)
RELATIVE = re.compile(r"^\s*(?:who|whom|which|whose|where|when|now|then|speaking|briefing|talking|"
                      r"writing|addressing|\w+ing)\b", re.I)
ABBREVIATION = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr|"
                          r"Adm|Maj|[A-Z])\.")
PREPOSITIONS = {"in", "of", "for", "on", "at", "from", "with", "to", "by", "about", "near", "into",
                "against", "toward", "towards", "over", "under", "across", "between", "among",
                "within", "without", "than", "like", "via", "per", "if", "whether"}
PRONOUN_CLAUSE = re.compile(r"(?:^|\s)(?:which|that|as|what|where|when|how)\s+"
                            r"(?P<pronoun>he|she|they)$", re.I)

MAX_SUBJECT_WORDS = 14  # longest "X, a ... of Y," subject met in the seeds and BASIL, plus room


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """A speaker as one source names it, before resolution and merging."""

    mention: str  # as written: "Ms. Doe", "a senior official", "he"
    name: str = ""  # a person's or organisation's name without titles, "" for descriptions
    kind: str = "name"  # name | organisation | description | pronoun
    role: str = ""
    cue: str = ""
    title: str = ""  # the honorific or title written before the name ("Mr.", "President")
    party: str = ""  # from a US party tag next to the name: "D-N.Y." -> "Democrat"


def _fold_token(token: str) -> str:
    return token.lower().strip("’'.,-")


def split_name(phrase: str) -> tuple[str, str]:
    """A capitalised run ("Acting President John Q. Public") -> (title part, name part)."""
    tokens = phrase.split()
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        if _fold_token(token) in TITLES:
            cut = i + 1
    return " ".join(tokens[:cut]), " ".join(tokens[cut:])


def is_organisation(name: str) -> bool:
    tokens = [_fold_token(t) for t in name.split()]
    if any(t in ORG_WORDS for t in tokens):
        return True
    # Acronyms (UNESCO, N.A.S.A.) are organisations more often than people.
    compact = name.replace(".", "")
    return len(tokens) == 1 and len(compact) >= 2 and compact.isupper()


def trailing_name(segment: str) -> tuple[str, str] | None:
    """The capitalised run that ends `segment`, and what comes before it (the role)."""
    tokens = segment.split()
    run: list[str] = []
    for token in reversed(tokens):
        bare = token.strip(",;")
        if token.endswith(("’s", "'s")) and run:
            break
        if run and bare.endswith(".") and not ABBREVIATION.fullmatch(bare):
            break  # "Chicago. He": a sentence ended there
        low = _fold_token(bare)
        particle = low in {"de", "van", "von", "bin", "al", "da", "del", "la", "le", "ibn", "der"}
        if bare[:1].isupper() or (particle and run):
            run.insert(0, bare)
            continue
        break
    while run and _fold_token(run[0]) in NOT_NAME:
        run.pop(0)
    if not run or run[-1].endswith(("’s", "'s")):
        return None
    before = " ".join(tokens[: len(tokens) - len(run)]) if len(run) <= len(tokens) else ""
    lead = [w for w in before.lower().split() if w not in {"the", "a", "an"}]
    if lead and lead[-1] in PREPOSITIONS:
        return None  # "the status quo in Europe": an object, not a speaker
    return " ".join(run), before.strip(" ,")


def parse_phrase(segment: str, cue: str = "") -> Speaker | None:
    """One comma-free noun phrase -> a Speaker: pronoun, name (with title/role) or description."""
    segment = LEADING.sub("", segment.strip(" ,.;:—–-\n“”\"")).strip()
    segment = AUXILIARIES.sub("", segment).strip(" ,")
    tag = PARTY_INLINE.search(segment)
    if tag:
        segment = (segment[:tag.start()] + segment[tag.end():]).strip(" ,")
    if not segment:
        return None
    low = segment.lower()
    if low in PRONOUNS:
        return Speaker(mention=segment, kind="pronoun", cue=cue)
    found = trailing_name(segment)
    if found is not None:
        run, before = found
        title, name = split_name(run)
        if not name or _fold_token(name) in NOT_NAME:
            return None
        shown_title = "" if _fold_token(title) in PLAIN_HONORIFICS else title
        role = " ".join(p for p in (before, shown_title) if p).strip()
        role = re.sub(r"^(?:the|a|an)(?:\s+|$)", "", role, flags=re.I) if role else ""
        kind = "organisation" if is_organisation(name) else "name"
        honorific = title.split()[-1] if title else ""
        if kind == "organisation":
            name = run if not title else name
        return Speaker(mention=run, name=name, kind=kind, role=role, cue=cue, title=honorific,
                       party=PARTIES[tag["party"]] if tag else "")
    # The last determiner that starts a description running to the end: "a position a US
    # official" -> "a US official".
    for determiner in reversed(list(DETERMINER.finditer(segment))):
        if DESCRIPTION_TAIL.match(segment, determiner.start()):
            return Speaker(mention=segment[determiner.start():].strip(), kind="description",
                           cue=cue)
    words = segment.split()
    if len(words) <= 6 and PERSON_NOUN.search(segment):
        return Speaker(mention=segment, kind="description", cue=cue)
    return None


ROLE_WORD = re.compile(rf"\b(?:{PERSON_NOUNS}|\w+(?:ist|er|or|ian|ant|ent|crat|can))\b", re.I)


def is_role(segment: str) -> bool:
    """An apposition that describes someone: "a French analyst", "Mr. X's adviser"."""
    segment = LEADING.sub("", segment.strip()).strip()
    if not segment or RELATIVE.match(segment):
        return False
    words = segment.split()
    if len(words) > 12 or words[0].lower() in NOT_NAME - {"the", "a", "an"}:
        return False
    return bool(words[0].lower() in {"the", "a", "an"} or "’s " in segment or "'s " in segment
                or ROLE_WORD.search(segment))


def parse_subject(text: str, cue: str = "") -> Speaker | None:
    """The subject before a reporting verb: "In Paris, Jane Doe, an aide," -> Jane Doe."""
    text = AUXILIARIES.sub("", text.rstrip()).rstrip(" ,")
    words = text.split()
    if len(words) > MAX_SUBJECT_WORDS:
        text = " ".join(words[-MAX_SUBJECT_WORDS:])
    parts = [s.strip() for s in text.split(",")]
    party = next((party_of(s) for s in parts if PARTY_TAG.match(s)), "")
    segments = [s for s in parts if not PARTY_TAG.match(s)]
    while segments and not segments[-1]:
        segments.pop()
    if segments:
        clause = PRONOUN_CLAUSE.search(segments[-1])
        if clause:  # "..., which he has said" -> he
            return Speaker(mention=clause["pronoun"], kind="pronoun", cue=cue)
        if re.match(r"^(?:which|that|what)\b", segments[-1], re.I):
            return None  # the subject is a thing
    # Drop trailing relative or participial clauses: "Roe, who is now a fellow,".
    while len(segments) > 1 and RELATIVE.match(segments[-1]):
        segments.pop()
    if not segments:
        return None
    last = segments[-1]
    head = parse_phrase(last, cue)
    if len(segments) >= 2:
        previous = parse_phrase(segments[-2], cue)
        # NAME, ROLE, said
        if previous is not None and previous.kind == "name" and is_role(last) and (
            head is None or head.kind != "name" or "’s" in last or "'s" in last
        ):
            return Speaker(mention=previous.mention, name=previous.name, kind="name",
                           role=_role(last) or previous.role, cue=cue, title=previous.title,
                           party=previous.party or party)
        # ROLE, NAME, said
        if (head is not None and head.kind == "name" and is_role(segments[-2]) and not head.role
                and head.mention == LEADING.sub("", last).strip(" .")):
            return Speaker(mention=head.mention, name=head.name, kind="name",
                           role=_role(segments[-2]), cue=cue, title=head.title,
                           party=head.party or party)
    if head is not None and party and not head.party and head.kind == "name":
        head = replace(head, party=party)
    return head


def _role(text: str) -> str:
    text = LEADING.sub("", text.strip(" ,.")).strip()
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def parse_object(text: str, cue: str = "") -> Speaker | None:
    """The speaker after a cue: "said Jane Doe, the president's adviser, who ..."."""
    text = text.strip()
    # Cut at the end of the clause; keep abbreviations ("Mr.", "V.") inside the name.
    end = re.search(r"(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)"
                    r"(?<!\bGov)(?<!\bGen)[.;:!?](?:\s|$)|\s(?:who|which|in|on|at|after|before|"
                    r"during|when|while|about|to|from|following|for|of|that|because|with|"
                    r"and|but)\s(?!\w+’s)", text)
    clause = text[: end.start()] if end else text
    parts = [p.strip() for p in clause.split(",")]
    head = parse_phrase(parts[0], cue) if parts else None
    if head is None:
        return None
    rest = text[len(parts[0]):].lstrip(" ,")
    if len(parts) >= 2 and PARTY_TAG.match(parts[1]):
        # "said Rep. Jane Doe, D-N.Y., the former chairman ...": the tag, then the apposition.
        head = replace(head, party=head.party or party_of(parts[1]))
        rest = rest[len(parts[1]):].lstrip(" ,")
        parts = [parts[0], *parts[2:]]
        if len(parts) < 2 and rest:
            parts.append(rest)
    if head.kind == "name" and len(parts) >= 2 and is_role(parts[1]):
        # The apposition may run past the cut ("..., the chairman of the party, said").
        role = re.split(r",|\.(?:\s|$)|;|\swho\s", rest)[0]
        return Speaker(mention=head.mention, name=head.name, kind="name",
                       role=_role(role), cue=cue, title=head.title, party=head.party)
    return head


# Right after a quote, "continues" and "went on" report speech too ('"...," he continued').
POST_VERBS = SPEECH_VERBS + "|continued|continues|went on|goes on"
POST_VERB_FIRST = re.compile(rf"^\s*[,.!?—–-]*\s*(?P<verb>{POST_VERBS})\s+(?P<rest>.*)$",
                             re.S)
POST_SUBJECT_FIRST = re.compile(
    rf"^\s*[,.!?—–-]*\s*(?P<who>(?:[^\s“”\"]+\s+){{0,{MAX_SUBJECT_WORDS}}}?)"
    rf"(?P<verb>{POST_VERBS})\b", re.S)
POST_DESCRIPTION = re.compile(rf"^\s*[,.!?—–-]*\s*(?P<who>(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,5}}?"
                              rf"(?:{PERSON_NOUNS}))\b", re.I)


POST_ACCORDING = re.compile(r"^\s*[,.!?—–-]*\s*(?:according to|in keeping with)\s+", re.I)
SUBJECT_START = re.compile(r"^\s*[,.!?—–-]*\s*(?:[A-Z]|the\b|a\b|an\b|he\b|she\b|they\b|"
                           r"one\b|another\b)")


POST_NAME = re.compile(r"^\s*[,.!?—–-]*\s*(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+),")


def cue_after(text: str) -> Speaker | None:
    """A cue right after a closing mark: '," said X' / '," X said' / '," the official ...'."""
    match = POST_ACCORDING.match(text)
    if match:
        return parse_object(text[match.end():], "according to")
    match = POST_VERB_FIRST.match(text)
    if match:
        rest = match["rest"]
        if match["verb"] in {"told", "informed", "telling"}:
            return None  # '"...," told the paper' has no speaker after the verb
        speaker = parse_object(rest, match["verb"])
        if speaker is not None and speaker.kind != "pronoun" or (
            speaker is not None and speaker.mention.lower() in PRONOUNS
        ):
            return speaker
    match = POST_SUBJECT_FIRST.match(text)
    if match and "“" not in match["who"] and "”" not in match["who"] and SUBJECT_START.match(
            text):
        speaker = parse_subject(match["who"], match["verb"])
        if speaker is not None:
            return speaker
    match = POST_DESCRIPTION.match(text)
    if match:
        return parse_phrase(match["who"], "")
    match = POST_NAME.match(text)
    if match and VERB.search(text, match.end()):
        # '"...," Rep. Jane Doe, D-N.Y., the former chairman of ..., told the paper.'
        return parse_phrase(match["who"], "after")
    return None


@lru_cache(maxsize=65536)
def cues_in(text: str) -> tuple[tuple[int, Speaker], ...]:
    """Every reporting cue in `text` with its speaker, by position of the cue (cached: the
    attribution and the people index both read every sentence)."""
    found: list[tuple[int, Speaker]] = []
    for match in ACCORDING.finditer(text):
        speaker = parse_object(text[match.end():], match.group(0).strip().lower())
        if speaker is not None:
            found.append((match.start(), speaker))
    for match in AS_PUT.finditer(text):
        speaker = parse_phrase(match["who"], "put it")
        if speaker is not None:
            found.append((match.start(), speaker))
    for match in VERB.finditer(text):
        clause = text[: match.start()]
        starts = [m.end() for m in CLAUSE_START.finditer(clause)]
        subject_text = clause[max(starts) if starts else 0:]
        if "put it" in match.group(0) and AS_PUT.search(text[max(0, match.start() - 70):
                                                             match.end()]):
            continue
        if match.group(0).endswith("ing"):
            # "Mr. X, seeking to clarify, issued a statement, saying, “..." -> the sentence
            # subject; a participle's subject is never the object before it ("a statement").
            speaker = (_clause_subject(text[: match.start()], match.group(0))
                       or parse_subject(subject_text, match.group(0)))
        else:
            speaker = parse_subject(subject_text, match.group(0))
        if speaker is None:
            after = text[match.end():]
            # "..., said the mayor's adviser Jane Doe: “..." (the speaker after the verb)
            if after.strip() and after.strip()[0].isupper():
                speaker = parse_object(after, match.group(0))
        if speaker is not None:
            found.append((match.start(), speaker))
    found.sort(key=lambda item: item[0])
    return tuple(found)


CLAUSE_SUBJECT = re.compile(r"^\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen)\s+)?"
                            r"(?P<who>[Hh]e|[Ss]he|[Tt]hey|"
                            r"(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]+)\s+(?P<next>[a-z]\w*)")


NAME_ONLY = re.compile(r"^\s*(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]+)\s*$")


def _clause_subject(text: str, cue: str) -> Speaker | None:
    """The subject that opens one of the clauses of `text` ("On Tuesday, Dukes walked out")."""
    segments = text.split(",")
    for i, segment in enumerate(segments):
        match = CLAUSE_SUBJECT.match(segment)
        if match is None and i == 0 and len(segments) > 2:
            # "Ann Lee, the mayor, issued a ruling, describing ...": a bare name, then more.
            match = NAME_ONLY.match(segment)
        if (match and "next" in match.groupdict() and " " not in match["who"]
                and match["next"] in PREPOSITIONS | {"to"}):
            continue  # "Trying to ...", "Close to three dozen ...": not a subject and its verb
        if match and (match["who"][0].isupper() or match["who"].lower() in PRONOUNS):
            speaker = parse_phrase(match["who"], cue)
            if speaker is not None and speaker.kind in {"name", "pronoun", "organisation"}:
                return speaker
    return None


def cue_before(text: str) -> Speaker | None:
    """The nearest cue before an opening mark in the same sentence."""
    found = cues_in(text)
    verbs = [speaker for _, speaker in found if speaker.cue not in ACCORDING_CUES]
    if verbs:
        return verbs[-1]  # "Smith said, according to an official, “...": Smith is quoted
    if found:
        return found[-1][1]
    # No verb: "Mr. Smith, for his part, “made clear ..." (the verb is inside the quote).
    stripped = text.strip(" ,")
    if stripped and len(stripped.split()) <= 8:
        for candidate in (parse_subject(stripped), parse_phrase(stripped.split(",")[0])):
            if candidate is not None and candidate.kind in {"name", "organisation"}:
                return candidate
    return None


@lru_cache(maxsize=65536)
def honorific_names(text: str) -> tuple[tuple[int, Speaker], ...]:
    """Every "Mr. X" / "President X Y" / "X Y, a ... adviser" style person mention in `text`."""
    found: list[tuple[int, Speaker]] = []
    for match in NAME_RUN.finditer(text):
        tokens = match.group(0).split()
        while tokens and _fold_token(tokens[0]) in NOT_NAME:
            tokens.pop(0)
        run = " ".join(tokens)
        possessive = text[match.end(): match.end() + 2] in {"’s", "'s"}
        title, name = split_name(run)
        if title and _fold_token(title.split()[-1]) not in PERSON_TITLES:
            continue
        if not name or _fold_token(name.split()[0]) in NOT_NAME:
            continue
        first = _fold_token(run.split()[0])
        has_title = bool(title) or first in HONORIFICS
        initial = bool(re.search(r"\b[A-Z]\.\s", run))
        if not (has_title or initial) or is_organisation(name):
            continue
        tag = PARTY_AFTER.match(text, match.end())
        found.append((match.start(), Speaker(
            mention=run, name=name, kind="name",
            role=title if _fold_token(title) not in PLAIN_HONORIFICS else "",
            title=title.split()[-1] if title else "",
            cue="possessive" if possessive else "",
            party=PARTIES[tag["party"]] if tag else "")))
    return tuple(found)


NAME_TOKEN = (r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr|Adm|Maj)\.|"
              r"[A-Z]\.|[A-Z][\w-]*(?:[’'][A-Za-rt-z]\w*)?)")
NAME_RUN = re.compile(rf"\b{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|(?:de|van|von|bin|al|da|del)\b))*")
