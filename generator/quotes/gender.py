"""Gender evidence: which people of a story the text itself calls "he" or "she".

In: the texts of a story's sources. Out: a map from a folded surname to "m" or "f", for the
people the text gives evidence about; it lets "he" and "she" skip a person of the other gender
when they are resolved (`attribution.py`). The evidence: an honorific or gendered title before
the name (`Mr.`, `Mrs.`, `Ms.`, `Queen`, `Congresswoman`), a given name from two short built-in
lists of common English given names (`Mary Doe`), and, for a person with neither, a name followed
by a reporting verb and a pronoun (`Doe said she would ...`). The lists are kept small and leave
out names given to both sexes (Jordan, Leslie, Kim), because a wrong guess here misattributes a
quote, while no guess only leaves the choice to the nearest mention. A surname with evidence both
ways (two people, Mr. and Mrs. Doe) gets no entry.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from generator.quotes.people import fold_name, surname
from generator.quotes.speakers import NAME_RUN, NOT_NAME, SPEECH_VERBS, TITLES

MALE_TITLES = {"mr", "king", "prince", "lord", "sir", "sheikh", "emperor", "father", "brother",
               "congressman", "chairman", "spokesman", "businessman"}
FEMALE_TITLES = {"mrs", "ms", "miss", "queen", "princess", "lady", "dame", "empress", "sister",
                 "congresswoman", "chairwoman", "spokeswoman", "businesswoman"}
# Common English given names (general knowledge of US and UK name frequencies, not read off
# any story), only names given almost always to one sex; about a hundred each.
MALE_NAMES = frozenset((
    "aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony", "arthur", "benjamin",
    "bernard", "bill", "billy", "bob", "bobby", "brian", "bruce", "carl", "charles", "christopher",
    "craig", "daniel", "david", "dennis", "donald", "douglas", "edward", "eric", "eugene", "frank",
    "fred", "gary", "george", "gerald", "gregory", "harold", "harry", "henry", "howard", "jack",
    "james", "jeffrey", "jerry", "jim", "joe", "john", "jonathan", "joseph", "joshua", "keith",
    "kenneth", "kevin", "larry", "lawrence", "louis", "mark", "martin", "matthew", "michael",
    "mike", "nicholas", "patrick", "paul", "peter", "philip", "ralph", "raymond", "richard",
    "rick", "robert", "roger", "ronald", "roy", "russell", "samuel", "scott", "stephen", "steve",
    "steven", "thomas", "timothy", "tom", "walter", "wayne", "william",
))
FEMALE_NAMES = frozenset((
    "alice", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne", "barbara", "betty",
    "beverly", "brenda", "carol", "carolyn", "catherine", "cheryl", "christina", "christine",
    "cynthia", "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy",
    "elizabeth", "emily", "emma", "evelyn", "frances", "gloria", "helen", "jane", "janet",
    "jennifer", "jessica", "joan", "joyce", "judith", "judy", "julie", "karen", "katherine",
    "kathleen", "kathy", "laura", "linda", "lisa", "lois", "margaret", "maria", "marie", "marilyn",
    "martha", "mary", "megan", "melissa", "meredith", "michelle", "nancy", "nicole", "pamela",
    "patricia", "rachel", "rebecca", "ruth", "sandra", "sarah", "sharon", "shirley", "stephanie",
    "susan", "teresa", "theresa", "virginia", "wendy",
))
SAID_PRONOUN = re.compile(rf"\b(?P<name>[A-Z][\w’'-]+)\s+(?:{SPEECH_VERBS})\s+(?:that\s+)?"
                          rf"(?P<pronoun>he|she)\b")


def _key(name: str) -> str:
    name = name.replace("’s", "").replace("'s", "").strip()
    return surname(name) if name else ""


def gender_evidence(texts: Iterable[str]) -> dict[str, str]:
    """Folded surname -> "m" / "f", for the people the texts give one-way evidence about.

    A title or given name decides; "Doe said she" counts only for a person with neither, since
    the pronoun may be someone else ("Ms. Doe said he would resign").
    """
    votes: dict[str, Counter[str]] = {}
    weak: dict[str, Counter[str]] = {}

    def vote(name: str, gender: str, into: dict[str, Counter[str]] = votes) -> None:
        key = _key(name)
        if key:
            into.setdefault(key, Counter())[gender] += 1

    for text in texts:
        for match in NAME_RUN.finditer(text):
            tokens = [fold_name(t) for t in match.group(0).split()]
            if len(tokens) < 2:
                continue
            titles = set(tokens[:-1])
            # The given name is the first word that is not a title ("Sen. Jane Q. Doe").
            given = next((t for t in tokens[:-1] if t not in TITLES and t not in NOT_NAME
                          and t not in MALE_TITLES and t not in FEMALE_TITLES), "")
            if titles & MALE_TITLES or given in MALE_NAMES:
                vote(match.group(0), "m")
            if titles & FEMALE_TITLES or given in FEMALE_NAMES:
                vote(match.group(0), "f")
        for match in SAID_PRONOUN.finditer(text):
            vote(match["name"], "m" if match["pronoun"] == "he" else "f", weak)
    for key, count in weak.items():
        votes.setdefault(key, count)
    return {key: next(iter(count)) for key, count in sorted(votes.items()) if len(count) == 1}


def gender_of(name: str, genders: Mapping[str, str]) -> str:
    """ "m", "f" or "" for a person's name, from `gender_evidence`."""
    return genders.get(_key(name), "")
