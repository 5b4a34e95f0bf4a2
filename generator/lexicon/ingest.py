"""The lexicon's ingest section: page furniture and metadata lines, for `ingest/`."""

from __future__ import annotations

from generator.lexicon.quotes import ABBREVIATED_TITLES
from generator.lexicon.wordlist import WordList

# Words of page furniture that any news site prints around an article (share bars, comment
# forms, footers; compare the boilerplate vocabulary of trafilatura's `xpaths.py`).
# `ingest/furniture.py` builds its line patterns from these lists; a pattern says where on a line
# the words must sit.
ADVERTISEMENT_LABELS = WordList(
    ["advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads",
     "story continues below", "story continues below advertisement", "paid content"],
    source="ad slot labels of news pages (IAB ad labelling guidance; trafilatura's xpaths.py)",
)
COUNTER_NOUNS = WordList(
    ["share", "shares", "view", "views", "comment", "comments", "like", "likes", "read", "reads"],
    source="the nouns of share, view and comment counters on news pages",
)
SHARE_BUTTONS = WordList(
    ["share", "shares", "view", "views", "comment", "comments", "like", "likes", "tweet", "pin",
     "pin it", "email", "print", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit",
     "telegram", "copy link", "messenger"],
    source="labels of the share buttons news sites show (the networks' own share widgets)",
)
COMMENT_FORM_VERBS = WordList(
    ["enter", "leave", "post", "add"],
    source="comment-form prompts of blog and news platforms (WordPress, Disqus)",
)
COMMENT_FORM_FIELDS = WordList(
    ["comment", "reply", "name", "email", "website"],
    source="the fields of a comment form (WordPress's default comment form)",
)
RELATED_LIST_HEADS = WordList(
    ["related", "recent", "latest", "more", "popular", "trending", "recommended", "top"],
    source="headings of related-article boxes on news pages (trafilatura's xpaths.py)",
)
RELATED_LIST_NOUNS = WordList(
    ["article", "articles", "stories", "posts", "news", "reads", "video", "videos"],
    source="headings of related-article boxes on news pages (trafilatura's xpaths.py)",
)
LEGAL_NOTICES = WordList(
    ["dmca", "copyright", "©", "all rights reserved", "privacy policy", "terms of use",
     "terms of service", "terms and use", "terms and service", "cookie policy",
     "cookie settings", "correction notice"],
    source="site footers' legal links (privacy, terms, copyright, DMCA notices)",
)
# A cookie banner's own words besides "cookie": a line naming cookies and one of these is the
# consent notice, not an article (a recipe's "cookie sheet" names no site and asks no consent).
CONSENT_WORDS = WordList(
    ["website", "websites", "webseite", "webseiten", "internetseite", "site", "sites", "sitio",
     "sito", "strona", "stron", "browser", "navigateur", "navegador", "consent", "einwilligung",
     "zustimmung", "consentement", "consentimiento", "consenso", "accept", "akzeptieren",
     "accepter", "aceptar", "accettare", "tracker", "trackers", "traceurs", "privacy",
     "datenschutz", "confidentialité", "privacidad", "settings", "einstellungen", "paramètres",
     "configuración", "policy", "richtlinie", "politique", "política"],
    source="cookie consent banners of EU sites (ePrivacy directive, GDPR), in the main languages "
    "of the web",
)
PICTURE_LABELS = WordList(
    ["photo", "image", "picture", "video", "file photo", "graphic", "foto", "bild"],
    source="caption and credit labels of news pictures (AP Stylebook, photo captions; 'foto' "
    "and 'bild', the label in several European languages)",
)
# A picture agency's credit ("Example Images", "Example Photo/Jane Doe"): its last word.
PICTURE_AGENCY_WORDS = WordList(
    ["images", "photo", "photos", "pictures"],
    source="how picture agencies sign a credit line (AP Stylebook, photo credits)",
)
NAVIGATION_LINKS = WordList(
    ["home", "menu", "search", "skip to content", "skip to main content", "log in", "login",
     "sign in", "register", "next", "next article", "next story", "previous",
     "previous article", "previous story", "back to top", "older post", "newer post",
     "older posts", "newer posts"],
    source="menu and pager links of news pages (trafilatura's xpaths.py navigation classes)",
)
# The same furniture as whole-line labels in the other languages most news pages on the web are
# written in: a line that is one of these, alone (a trailing colon or ellipsis aside), is a
# button or a box heading, never a paragraph.
FURNITURE_LABELS = WordList(
    # de
    ["teilen", "beitrag teilen", "artikel teilen", "teile diesen beitrag",
     "diesen beitrag teilen", "mit freunden teilen", "jetzt teilen",
     "kommentare", "kommentar", "kommentar verfassen", "kommentar schreiben",
     "kommentar hinzufügen", "antworten", "lesen sie auch", "lesen sie mehr", "auch interessant",
     "das könnte sie auch interessieren", "das könnte dich auch interessieren",
     "mehr zum thema", "weitere artikel", "ähnliche beiträge", "ähnliche artikel",
     "verwandte artikel", "weiterlesen", "mehr lesen", "zurück", "zurück zur liste",
     "zurück zur übersicht", "nach oben", "drucken", "anzeige", "werbung", "startseite",
     # fr
     "partager", "partager cet article", "commentaires", "commentaire",
     "laisser un commentaire", "répondre", "lire aussi", "à lire aussi", "lire la suite",
     "articles similaires", "sur le même sujet", "vous aimerez aussi", "publicité",
     "imprimer", "retour", "accueil",
     # es, it, pt
     "compartir", "comentarios", "comentar", "deja un comentario", "responder",
     "lee también", "ver también", "vea también", "te puede interesar", "noticias relacionadas",
     "notas relacionadas", "artículos relacionados", "leer más", "publicidad", "imprimir",
     "condividi", "commenti", "leggi anche", "articoli correlati", "pubblicità",
     "compartilhar", "comentários", "leia também", "publicidade"],
    source="the share buttons, comment forms, related-story headings, pagers and ad labels of "
    "news pages in de, fr, es, it and pt (the translations of the English lists above that the "
    "platforms' own interfaces use: WordPress and Disqus locales)",
)
# Metadata lines: who wrote it, when it was published.
BYLINE_PREFIXES = WordList(
    ["by", "written by", "words by", "story by", "reporting by"],
    source="byline forms of the AP Stylebook and of news pages",
)
CREDIT_PHRASES = WordList(
    ["reported from", "contributed reporting", "additional reporting by", "editing by",
     "writing by"],
    source="credit lines at the end of wire and newspaper stories (wire-service and newspaper "
    "house styles)",
)
CONTACT_VERBS = WordList(
    ["write", "contact", "email", "e-mail", "reach", "follow"],
    source="the verbs of a reporter's contact line ('Write to ... at ...')",
)
DATE_LABELS = WordList(
    ["published", "posted", "updated", "last updated", "first published", "date"],
    source="labels of the date line of news pages (schema.org datePublished/dateModified)",
)
JOURNALIST_NOUNS = WordList(
    ["journalist", "reporter", "writer", "editor", "correspondent", "columnist", "contributor",
     "author", "freelance", "covers", "reporting on", "staff writer"],
    source="the job titles of news staff (AP Stylebook), as author bios write them",
)
# Words of outlet names, to split "Outlet – Headline" titles: a general rule, never an outlet's
# name (a short capitalised side that starts with "The" or holds a domain is an outlet too).
OUTLET_NAME_WORDS = WordList(
    ["news", "times", "post", "daily", "herald", "journal", "tribune", "guardian", "press",
     "mail", "star", "sun", "express", "independent", "gazette", "observer", "chronicle",
     "review", "today", "online", "tv", "radio", "bulletin", "wire", "report", "insider",
     "magazine", "weekly", "network", "media", "globe", "standard", "courier", "examiner",
     "monitor", "inquirer", "record", "dispatch"],
    source="the common nouns most frequent in English newspaper names (Wikipedia's lists of "
    "newspapers in the United States and the United Kingdom)",
)
# Very frequent English words: a text where few of its words are these is not English. News
# prose in English runs at 30-45 %, other Latin-script languages under 10 %.
ENGLISH_MARKER_WORDS = WordList(
    ["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
     "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this",
     "that", "these", "they", "he", "she", "his", "her", "we", "you", "not", "will", "would",
     "said", "says", "but"],
    source="the most frequent words of English news text, all but 'said'/'says' in spaCy's "
    "STOP_WORDS (spacy.lang.en.stop_words)",
)
# Words that open a class or id name of a page region that is not the article, and what the
# region is ("comments-area" -> comments). Source: the class and id names of trafilatura's
# boilerplate xpaths (xpaths.py: OVERALL_DISCARD_XPATH, COMMENTS_DISCARD_XPATH) and jusText's
# reading of the same page regions; they name parts of a web page, not of any site.
PAGE_REGION_WORDS: dict[str, str] = {
    "comment": "comments", "disqus": "comments", "respond": "comments", "reply": "comments",
    "share": "share buttons", "social": "share buttons", "sharing": "share buttons",
    "related": "related articles", "recommend": "related articles", "more-stories":
    "related articles", "read-more": "related articles", "teaser": "related articles",
    "newsletter": "newsletter prompt", "subscribe": "newsletter prompt", "signup":
    "newsletter prompt", "cookie": "cookie notice", "consent": "cookie notice", "gdpr":
    "cookie notice", "sidebar": "sidebar", "widget": "sidebar", "menu": "navigation",
    "nav": "navigation", "breadcrumb": "navigation", "pagination": "navigation",
    "footer": "page footer", "masthead": "page header", "header": "page header",
    "advert": "advertisement", "sponsor": "advertisement", "promo": "advertisement",
    "banner": "advertisement", "tags": "tags", "tag-list": "tags", "author-bio": "author bio",
}

# Sentence segmentation (`ingest/segment.py`): abbreviations after which pysbd may wrongly end a
# sentence. Each is written without its final stop; a word after a hyphen counts alone
# ("ex-gov." is "gov").
# Titles that stand before a name and so never end a sentence, whatever follows them: the
# abbreviated titles the quote stage spells out (`ABBREVIATED_TITLES`), plus the others.
NAME_TITLES = WordList(
    [*ABBREVIATED_TITLES,
     "govs", "gens", "cpl", "cmdr", "cmdt", "msgr", "revs", "drs", "mr", "mrs", "ms", "messrs",
     "hon", "ft", "mt", "pt", "amb", "asst", "assoc"],
    source="courtesy, military and government titles before names (AP Stylebook, 'titles' and "
    "'military titles'), and 'Ft.'/'Mt.' before a place name (AP Stylebook, 'Fort', 'Mount')",
)
# Abbreviations that end a sentence when they are its last word ("in Fresno, Ariz."), but not
# when the next word is lower-case or a mark that cannot open a sentence: the US state
# abbreviations of AP style (which also make the party tag "R-Ky."), name suffixes, times of day.
STATE_ABBREVIATIONS = WordList(
    ["ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
     "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
     "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn",
     "vt", "va", "wash", "w.va", "wis", "wyo"],
    source="the state abbreviations of AP style, used after a city and in party tags such as "
    "'R-Ky.' (AP Stylebook, 'state names')",
)
NAME_SUFFIXES = WordList(
    ["jr", "sr", "esq"],
    source="suffixes after a person's name (AP Stylebook, 'junior, senior')",
)
TIME_ABBREVIATIONS = WordList(
    ["a.m", "p.m"],
    source="times of day (AP Stylebook, 'a.m., p.m.')",
)
# A time zone after "9 p.m." continues the sentence ("at 9 p.m. EST on Monday").
TIME_ZONES = WordList(
    ["et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst",
     "hst", "gmt", "utc", "bst", "cet", "eastern", "central", "mountain", "pacific"],
    source="US and common time zone names and abbreviations (AP Stylebook, 'time zones')",
)
