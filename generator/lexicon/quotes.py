"""The lexicon's quotes section: speech verbs, titles and roles, for `quotes/`."""

from __future__ import annotations

from generator.lexicon.wordlist import WordList

# Lemmas (spaCy's `token.lemma_`), so one entry covers "said", "says", "saying". The titles of
# office and the honorifics the quote stage splits off a name are the facts section's
# `OFFICE_TITLES` and `HONORIFICS` (one list of titles for both stages) plus `TITLES_OF_ADDRESS`.
SPEECH_VERBS = WordList(
    ["say", "tell", "add", "write", "tweet", "post", "email", "state", "declare", "explain",
     "note", "argue", "insist", "warn", "reply", "respond", "remark", "recall", "acknowledge",
     "admit", "claim", "contend", "concede", "suggest", "complain", "announce", "observe",
     "emphasize", "emphasise", "stress", "predict", "urge", "mention", "inform", "ask", "answer",
     "caution", "charge", "counter", "quip", "joke", "vow", "pledge", "promise", "reiterate",
     "repeat", "conclude", "maintain", "assert", "testify", "shout", "recount", "lament",
     "boast", "confirm", "retort", "echo", "proclaim", "wonder", "speculate", "assure",
     "interject", "bemoan", "chant", "blast", "slam", "criticize", "criticise", "praise",
     "notice", "thank", "believe", "think", "hope", "question", "exhort", "remember", "opine",
     "grouse", "gripe", "scoff", "marvel", "muse", "report", "bark", "retaliate", "snap"],
    source="VerbNet 3.3 verbs of communication (say-37.7, tell-37.2, complain-37.8, "
           "advise-37.9, manner_speaking-37.3, promise-37.13) and the cue lemmas of PolNeAR "
           "train (Newell et al. 2018) used for direct quotes at least twice; 'questioned', "
           "'exhorted', 'remembered' after a closing mark, VerbNet manner_speaking 'opine', "
           "'grouse', 'gripe', 'scoff', 'marvel', 'muse', 'bark', 'snap', say-37.7 'report', "
           "'retaliated' (PolNeAR train misses)",
)
# Verbs whose object characterises someone's words: in "accusing the group of acting as a
# “partisan attack dog”" the quoted words are the subject's.
CHARACTERISING_VERBS = WordList(
    ["accuse", "call", "describe", "label", "dub", "brand", "denounce", "term", "condemn",
     "credit", "refer"],
    source="VerbNet 3.3 dub-29.3 and judgment-33 classes; 'credited him for', 'referred to ... "
           "as' (PolNeAR train misses)",
)
# Only right after a closing mark: '“...,” he continued.' ("the war continues" is no cue).
AFTER_QUOTE_VERBS = WordList(
    ["continue", "go", "press", "interrupt", "chime"],
    source="PolNeAR train cues 'continued', 'went on', 'pressed', 'interrupted', 'chimed in' "
           "(Newell et al. 2018)",
)
# Verbs that announce a quote only when they end their sentence ("Doe agreed. “...”"): with an
# object or clause ("agreed to the deal") they report no words.
PRELUDE_VERBS = WordList(
    ["agree", "disagree", "concur", "demur", "object"],
    source="VerbNet 3.3 correspond-36.1 verbs used intransitively before a quote "
           "(PolNeAR train miss 'agreed.')",
)
# Verbs of asking: the person asked ("Doe asked Roe about the plan") is the one who answers, so
# a "he" or "she" after it may point to that object as to a subject.
ASKING_VERBS = WordList(
    ["ask", "question", "quiz"],
    source="VerbNet 3.3 inquire-37.1.2 ('ask', 'question', 'quiz')",
)
# Speech verbs made of a verb and its particle ("pointed out", "shot back"): the verb alone
# reports no words.
PHRASAL_SPEECH_VERBS = WordList(
    ["point out", "shoot back", "fire back", "hit back", "chime in", "weigh in", "sound off"],
    source="VerbNet 3.3 say-37.7 and manner_speaking-37.3 phrasal members; PolNeAR train misses "
           "'points out', 'shot back'",
)
# Prepositional cues; the speaker is their object ("according to X"). "in keeping with" is how
# spinning software rewrites "according to".
ATTRIBUTION_PHRASES = WordList(
    ["according to", "in keeping with", "as quoted by"],
    source="PolNeAR train cue 'according to' and its spun rewordings",
)
# Titles of rank and address written before a name that `OFFICE_TITLES`/`HONORIFICS` lack.
TITLES_OF_ADDRESS = WordList(
    ["lt", "lieutenant", "maj", "major", "adm", "sgt", "sergeant", "col", "colonel", "cpl",
     "pvt", "rev", "reverend", "father", "rabbi", "imam", "bishop", "cardinal", "sheikh",
     "lord", "lady", "emperor", "empress", "congressman", "congresswoman", "rep", "reps",
     "sen", "sens", "gov", "prof", "pres", "sec", "supt", "insp", "det", "atty", "mx"],
    source="AP Stylebook, military, religious and noble titles and their abbreviations",
)
# Courtesy titles that say nothing about what a person does: never shown as a role.
PLAIN_HONORIFICS = WordList(
    ["mr", "mrs", "ms", "miss", "mx", "dr"],
    source="English courtesy titles (AP Stylebook)",
)
# Abbreviated titles spelled out when shown as a role ("Rep." -> "Representative").
ABBREVIATED_TITLES: dict[str, str] = {
    "gov": "Governor", "sen": "Senator", "rep": "Representative", "gen": "General",
    "lt": "Lieutenant", "col": "Colonel", "capt": "Captain", "adm": "Admiral",
    "sgt": "Sergeant", "prof": "Professor", "dr": "Doctor", "pres": "President",
    "sec": "Secretary", "maj": "Major", "rev": "Reverend", "reps": "Representatives",
    "sens": "Senators", "supt": "Superintendent", "atty": "Attorney",
}  # AP Stylebook abbreviations of titles; fmt: skip
MALE_TITLES = WordList(
    ["mr", "king", "prince", "lord", "sir", "sheikh", "emperor", "father", "brother",
     "congressman", "chairman", "spokesman", "businessman"],
    source="gendered English titles (AP Stylebook)",
)
FEMALE_TITLES = WordList(
    ["mrs", "ms", "miss", "queen", "princess", "lady", "dame", "empress", "sister",
     "congresswoman", "chairwoman", "spokeswoman", "businesswoman"],
    source="gendered English titles (AP Stylebook)",
)
# Nouns that make a noun phrase a person or a body that can speak ("a senior official", "the
# union's spokesman", "a statement"), for speakers with no name.
ROLE_NOUNS = WordList(
    ["official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
     "source", "analyst", "expert", "diplomat", "minister", "president", "secretary", "senator",
     "lawmaker", "legislator", "leader", "chairman", "chairwoman", "chair", "director",
     "ambassador", "governor", "mayor", "representative", "officer", "lawyer", "attorney",
     "judge", "justice", "member", "candidate", "strategist", "economist", "professor",
     "researcher", "fellow", "person", "people", "resident", "witness", "activist", "organizer",
     "critic", "supporter", "voter", "worker", "executive", "manager", "commander", "general",
     "statement", "spokesmen", "official", "prosecutor", "investigator", "police", "officer",
     "campaign", "administration", "government", "ministry", "department", "agency",
     "company", "group", "committee", "union", "party", "office", "staff", "team", "letter",
     "report", "account", "lawsuit", "complaint", "filing", "memo", "ruling", "sheriff", "chief",
     "founder", "editor", "host", "teacher", "doctor", "student", "parent", "owner", "employee",
     "veteran", "victim", "president-elect", "congressman", "congresswoman", "democrat",
     "republican", "colleague", "friend", "mother", "father", "neighbor", "neighbour",
     "nominee", "businessman", "businesswoman", "pollster", "historian", "actor", "actress",
     "anchor", "columnist", "commentator", "scholar", "counsel", "wife", "husband", "son",
     "daughter", "brother", "sister", "confidant", "ally", "associate", "insider"],
    source="heads of speaker descriptions in PolNeAR train sources ('a spokeswoman', 'the "
           "campaign', 'a statement', 'his wife', 'one confidant') and the AP Stylebook titles "
           "of office",
)
# Role nouns of a job someone holds for a named office or person, which news copy uses for a
# person it named before ("Jane Doe, a spokeswoman for the board" ... "a spokeswoman said"). An
# indefinite description with another head ("a candidate", "a friend", "a witness") usually
# brings in someone new, so only these point back (`quotes/speakers.py`).
BACK_REFERENCE_ROLES = WordList(
    ["spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official",
     "representative", "counsel", "attorney", "lawyer", "secretary",
     "strategist", "staffer", "manager", "director", "chairman", "chairwoman", "chair"],
    source="ROLE_NOUNS heads that name a post held for an organisation or a principal (AP "
           "Stylebook titles of office; the 'spokesperson' and 'aide' roles of PolNeAR's "
           "anonymous-source guidelines, Newell et al. 2018)",
)
# Closed-class words whose change alters what a quote says (fidelity of a rewording).
FIDELITY_WORDS = WordList(
    ["not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "cannot", "without",
     "n't", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
     "thousand", "million", "billion", "half", "dozen", "first", "second", "third", "all",
     "every", "most", "some", "many", "few"],
    source="English negators, modal auxiliaries, number words and quantifiers (Quirk et al. "
           "10.54-10.63, 4.49-4.52, 6.63-6.67)",
)
