"""Real pages: the extractor's input and output trimmed, pasted lines classified in context."""

from __future__ import annotations

import pytest

from generator.ingest.article import trim_tail, without_code
from generator.ingest.clean import clean_source
from generator.ingest.draft import Draft
from generator.ingest.furniture import junk_reason
from generator.ingest.headline import headline_text, runs_on
from generator.ingest.judge import Judged, Kind, is_sentence_line, judge_alone, prose_runs
from generator.ingest.languages import stop_words
from generator.ingest.lines import blocks, join_pieces, junk_lines, listed, widen
from generator.ingest.metadata import Given
from generator.ingest.pasted import above_dek
from generator.ingest.webpage import Page
from generator.model import Source
from generator.settings import DEFAULT

PROSE = (
    "The council said on Monday that the new bridge over the river would open to traffic in "
    "the spring, after two years of work and a long argument about its cost to the town."
)
EN = stop_words("en")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a</p><script>var x = 1;</script><p>b</p>", "<p>a</p><script></script><p>b</p>"),
        ("<STYLE type='text/css'>p {}</STYLE>", "<STYLE type='text/css'></STYLE>"),
        ('<script type="application/ld+json">{"a": 1}</script>',
         '<script type="application/ld+json">{"a": 1}</script>'),
        ("<p>a</p><script>never closed", "<p>a</p><script>never closed"),
    ],
    ids=["script", "style", "structured-data-kept", "left-open"],
)
def test_code_is_taken_out_before_the_extractor_reads_the_page(html, expected):
    assert without_code(html) == expected


@pytest.mark.parametrize(
    ("regions", "kept"),
    [
        (["", "", "", "sidebar", "sidebar"], {0, 1, 2}),
        (["page header", "", "", "", "related articles"], {0, 1, 2, 3}),
        (["sidebar"] * 5, {0, 1, 2, 3, 4}),  # the article's own region is not trimmed
        (["", "", "sidebar", "", ""], {0, 1, 2, 3, 4}),  # only at the end
    ],
    ids=["sidebar-at-end", "header-kept", "own-region", "inside"],
)
def test_the_extractors_run_into_another_region_is_trimmed(regions, kept):
    page = Page(lines=[f"Line {n} of the page" for n in range(5)], regions=regions)
    assert trim_tail(set(range(5)), page) == kept


def test_an_extracted_page_keeps_its_short_last_lines():
    raw = "\n".join(["Three places to visit", PROSE, PROSE.replace("Monday", "Friday"),
                     "Old Harbour", "Ten minutes from the station"])
    source = Source(id="a", path="a.html", format="html", raw=raw)
    cleaned = clean_source(source, Given(title="Three places to visit", extracted=True))
    assert cleaned.body[-2:] == ("Old Harbour", "Ten minutes from the station")
    assert cleaned.byline == ()


@pytest.mark.parametrize(
    ("line", "label"),
    [("Lesen Sie auch:", True), ("Mit Freunden teilen", True), ("Partager", True),
     ("Noticias relacionadas", True), ("Share this:", True), ("Older Post", True),
     ("Lesen Sie auch, was der Rat am Montag sagte.", False),
     ("Teilen ist nicht immer leicht", False)],
    ids=["de-read-also", "de-share", "fr-share", "es-related", "en-share", "en-pager", "sentence",
         "phrase"],
)
def test_furniture_labels_in_other_languages(line, label):
    assert bool(junk_reason(line)) is label


@pytest.mark.parametrize(
    ("line", "expected"),
    [("The mayor told reporters on Monday that the", True), ("Bridge opens after two years", False),
     ("Who pays for the", True), ("What the council said.", False)],
    ids=["broken-paragraph", "headline", "short-question", "sentence"],
)
def test_a_line_that_breaks_off_after_a_stop_word_runs_on(line, expected):
    assert runs_on(line, EN) is expected


def test_a_paragraph_broken_at_a_link_is_one_block():
    lines = ["The mayor told reporters on Monday that the", "City Council", "would vote again.",
             "Home", "Sport"]
    assert blocks(lines, set(), EN, DEFAULT.ingest) == [[0, 1, 2], [3], [4]]


def prose(n: int) -> str:
    return f"Paragraph {n}. {PROSE} {PROSE}"  # long enough to be prose on its own


def test_a_heading_that_a_table_of_contents_repeats_is_kept_between_paragraphs():
    lines = ["Contents", "Why it matters", "What comes next", prose(1), "Why it matters",
             prose(2), prose(3), "What comes next", prose(4), "Share"]
    junk = junk_lines(lines, set(), EN)
    assert 4 not in junk and 7 not in junk
    assert {1, 2} <= set(junk)


@pytest.mark.parametrize(
    ("second", "kept"),
    [(6, True), (1, False)],
    ids=["long-second-stretch-kept", "small-stretch-left-out"],
)
def test_prose_cut_off_by_a_long_run_of_furniture(second, kept):
    menu = [f"Markets Weather Sport Culture Travel Section {n}"  # a list, not prose
            for n in range(DEFAULT.ingest.article_break_lines + 2)]
    lines = [prose(n) for n in range(10)] + menu + [prose(20 + n) for n in range(second)]
    junk = junk_lines(lines, set(), EN)
    assert (len(lines) - 1 not in junk) is kept
    assert all(10 + n in junk for n in range(len(menu)))


@pytest.mark.parametrize(
    ("lines", "grouped"),
    [
        (["The bridge", "was built by", "the council of the town, with the", "Harbour Board",
          ", and the", "Rail Company", "."], [[0, 1, 2, 3, 4, 5, 6]]),
        (["Posted by", "Ann Lee", "at", "5:11 AM", "Share"], [[0], [1, 2], [3], [4]]),
        (["The bridge opened in", "\"", "Old Harbour", "\"", ", they said."],
         [[0, 1, 2, 3, 4]]),
        (["Home", "|", "News"], [[0], [1], [2]]),
        (["The bridge over the river opened in the spring", "[3]", ", the council said."],
         [[0, 1, 2]]),
    ],
    ids=["wiki-paragraph", "byline-pieces", "quoted-link", "menu-separator", "footnote-mark"],
)
def test_the_pieces_of_a_paragraph_broken_at_every_link_are_one_block(lines, grouped):
    closed = {i for i, line in enumerate(lines) if not any(ch.isalpha() for ch in line)}
    assert blocks(lines, closed, EN, DEFAULT.ingest) == grouped


def test_a_blank_line_ends_a_paragraph_whatever_its_last_word():
    lines = ["The mayor told reporters on Monday that the", "City Council voted."]
    assert blocks(lines, set(), EN, DEFAULT.ingest, frozenset({1})) == [[0], [1]]


@pytest.mark.parametrize(
    ("pieces", "text"),
    [
        (["The bridge was built by", "the council", ", and the", "Rail Company", "."],
         "The bridge was built by the council, and the Rail Company."),
        (["as our guide \"", "Where to eat", "\" says."], 'as our guide "Where to eat" says.'),
        (["the report (", "PDF", ") said"], "the report (PDF) said"),
        (["le dossier d’", "Urbanisme", "(mars)"], "le dossier d’Urbanisme (mars)"),
    ],
    ids=["commas", "straight-quotes", "brackets", "elision"],
)
def test_the_pieces_are_joined_with_the_spaces_of_the_paragraph(pieces, text):
    assert join_pieces(pieces) == text


@pytest.mark.parametrize(
    ("texts", "items"),
    [
        (["You need:", "2 eggs", "100 g flour", "Share"], [False, True, True, False]),
        (["Colour:", "green", "Weight:", "2 kg"], [False, True, False, True]),
        (["Topics:", "Sport", "Weather"], [False, True, False]),
        (["You need:\u2063", "2 eggs"], [False, True]),
    ],
    ids=["quantities", "label-value", "plain-names-are-a-menu", "invisible-character"],
)
def test_the_items_a_colon_introduces(texts, items):
    assert listed(texts, DEFAULT.ingest) == items


def test_a_pasted_paragraph_broken_at_links_is_one_body_paragraph():
    raw = "\n".join(["Home", "Sport", "Bridge opens after two years of work", PROSE,
                     "The bridge over the river was built by", "the council", ", and the",
                     "Rail Company", ". " + PROSE, "Share", "Contact us"])
    source = Source(id="a", path="a.txt", format="txt", raw=raw)
    cleaned = clean_source(source, Given())
    assert cleaned.title == "Bridge opens after two years of work"
    joined = "The bridge over the river was built by the council, and the Rail Company. "
    assert cleaned.body == (PROSE, joined + PROSE)


@pytest.mark.parametrize(
    ("lines", "found", "headline"),
    [
        (["Harbour link is ready", "Menu", "Harbour link is ready", "The town waited two years"],
         3, 2),
        (["Harbour link is ready", "Menu", "Sport", "The town waited two years"], 3, 3),
        (["Sport", "Menu", "Sport", "The town waited two years"], 3, 3),
    ],
    ids=["repeated-headline-above-dek", "not-repeated", "repeated-label"],
)
def test_the_headline_the_page_repeats_is_taken_over_the_dek_under_it(lines, found, headline):
    draft = Draft(lines=lines)
    assert above_dek(draft, found, set(), DEFAULT.ingest) == headline


STEPS = ["Cut the bread into thick slices and leave it to dry.", "Beat the eggs with the milk.",
         "Soak each slice in the eggs for a minute.", "Fry them in butter until they are golden.",
         "Serve them warm with the fruit."]


@pytest.mark.parametrize(
    ("texts", "lifted"),
    [
        (STEPS, set(range(5))),
        (STEPS[:4], set()),  # four sentences are as often a form's prompts
        ([STEPS[0], "3 / 12", STEPS[1], STEPS[2], "4 / 12", STEPS[3], STEPS[4]],
         {0, 2, 3, 5, 6}),
        ([STEPS[0], STEPS[1], "Sport", STEPS[2], STEPS[3], STEPS[4]], set()),
        (["Home page.", "Log in.", "Sign up.", "Contact us.", "Go back."], set()),
    ],
    ids=["recipe-steps", "too-few", "captions-with-counters", "broken-by-a-label",
         "two-word-buttons"],
)
def test_a_run_of_short_sentences_is_judged_as_one_paragraph(texts, lifted):
    judged = [
        Judged(kind=Kind.BAD, reason="a number or counter") if "/" in text
        else Judged(kind=Kind.SHORT, reason="") for text in texts
    ]
    kinds = prose_runs(texts, judged, EN)
    assert {b for b, kind in enumerate(kinds) if kind is not judged[b].kind} == lifted


@pytest.mark.parametrize(
    ("text", "sentence"),
    [("Serve them warm.\u2063", True), ("Serve them warm", False), ("Stir well.", False),
     ("Is it ready? \u201cYes.\u201d", True)],
    ids=["invisible-separator", "no-full-stop", "too-short", "closing-quote"],
)
def test_a_sentence_line(text, sentence):
    assert is_sentence_line(text, DEFAULT.ingest) is sentence


def test_steps_after_a_long_recipe_card_are_kept():
    card = [f"{n} min" for n in range(DEFAULT.ingest.article_break_lines + 5)]  # counters
    steps = [f"{text[:-1]} (step {n})." for n, text in enumerate(STEPS * 2)]
    lines = ["Home", *[prose(n) for n in range(3)], *card, *steps, "Related", "Share"]
    junk = junk_lines(lines, set(), EN)
    assert not any(i in junk for i in range(4 + len(card), 4 + len(card) + len(steps)))
    assert all(i in junk for i in range(4, 4 + len(card)))


def test_a_comment_thread_of_short_sentences_is_not_the_article():
    lines = [*[prose(n) for n in range(2)], *[f"Menu item {n}" for n in range(30)],
             *[f"{text[:-1]} (comment {n})." for n, text in enumerate(STEPS * 4)]]
    junk = junk_lines(lines, set(), EN)
    assert 0 not in junk and 1 not in junk


def test_a_headline_and_lead_cut_off_by_teasers_are_found():
    teasers = [f"Teaser {n}: regional football cup final tickets sold out" for n in range(18)]
    share = ["Share on Facebook", "Share on Twitter", "Send by e-mail", "Print", "Follow us"]
    lead = ("The new harbour bridge opened on Monday, two years after work began, and the "
            "council said traffic would move freely by the spring.")
    article = [f"The harbour bridge cost the town more than planned, paragraph {n}. {PROSE}"
               for n in range(6)]
    raw = "\n".join(["Home", "Harbour bridge opens to traffic in the town", lead, *share,
                     *teasers, *article, "Share"])
    cleaned = clean_source(Source(id="a", path="a.txt", format="txt", raw=raw), Given())
    assert cleaned.title == "Harbour bridge opens to traffic in the town"
    assert cleaned.body[0] == lead
    assert not any("Teaser" in paragraph or "Share" in paragraph for paragraph in cleaned.body)


@pytest.mark.parametrize(
    ("line", "title"),
    [("Bridge opens after two years.", "Bridge opens after two years"),
     ("Fits every bike. Lasts twice as long.", "Fits every bike. Lasts twice as long."),
     ("Is it over? \u201cNot yet.\u201d", "Is it over? \u201cNot yet.\u201d"),
     ("St. Mary's school reopens", "St. Mary's school reopens")],
    ids=["one-sentence", "two-sentences", "quoted-answer", "abbreviation"],
)
def test_a_headline_keeps_its_full_stop_when_it_holds_two_sentences(line, title):
    assert headline_text(line) == title


def test_a_paragraph_in_another_language_than_the_page_is_judged_in_its_own():
    # A German page that prints a letter in Spanish too: by German stop words the Spanish
    # paragraph is a list of names; by its own language's, it is prose. A menu line in Spanish
    # stays bad whatever the language it is judged in.
    de, settings = stop_words("de"), DEFAULT.ingest
    spanish = ("Queridos vecinos del valle, os escribimos desde la otra orilla del río para "
               "deciros que el puente que nos une estará abierto de nuevo en primavera.")
    assert judge_alone(spanish, 1, de, settings).kind in (Kind.GOOD, Kind.NEAR_GOOD)
    menu = "Inicio Noticias Deportes Cultura Opinión Contacto Suscripciones"
    assert judge_alone(menu, 1, de, settings).kind is Kind.BAD


@pytest.mark.parametrize(
    ("line", "pasted", "in_article"),
    [("12,9", True, False), ("2021", True, False), ("ann.lee@example.org", True, False),
     ("1.250 shares", True, True), ("Share", True, True),
     ("Write to ann.lee@example.org", True, True)],
    ids=["decimal", "year", "address", "counter-with-noun", "button", "contact"],
)
def test_a_table_value_the_extractor_kept_is_not_furniture(line, pasted, in_article):
    # A number or an address alone is a share count or a contact line on a pasted page; inside
    # the article trafilatura found on a saved page it is a value of a table.
    assert bool(junk_reason(line)) is pasted
    assert bool(junk_reason(line, in_article=True)) is in_article


def test_an_extracted_article_keeps_its_table_values():
    raw = "\n".join(["Rainfall in three towns", PROSE, "Town", "2022", "2023", "North Bay",
                     "12,9", "14,1", PROSE.replace("Monday", "Friday")])
    source = Source(id="a", path="a.html", format="html", raw=raw)
    cleaned = clean_source(source, Given(title="Rainfall in three towns", extracted=True))
    assert "12,9" in cleaned.body and "2023" in cleaned.body


@pytest.mark.parametrize(
    ("line", "notice"),
    [("We use cookies to give you the best experience on our website.", True),
     ("Wir verwenden Cookies, um unsere Webseite für Sie zu verbessern.", True),
     ("Politique des cookies", True),
     ("Roll the dough into balls and set them on a cookie sheet.", False),
     ("Oat and raisin cookies", False)],
    ids=["en", "de", "fr-link", "recipe-step", "recipe-title"],
)
def test_a_cookie_banner_is_junk_and_a_recipe_is_not(line, notice):
    judged = judge_alone(line, 1, EN, DEFAULT.ingest)
    assert (judged.reason == "cookie or consent notice") is notice


def test_a_long_cookie_notice_does_not_outweigh_the_article():
    # A consent banner of long prose above a shorter article: the banner is no stretch of prose.
    banner = ("We use cookies and similar tools on our website to understand how you use it, to "
              "show you offers that suit you and to measure them. You can accept all of them, "
              "refuse those that are not needed, or choose in the settings which ones you allow. "
              "Your consent can be withdrawn at any time from the link at the foot of each page.")
    lines = [banner, banner.replace("offers", "adverts"), "Accept all", "Settings"] + [
        f"Menu item {n}" for n in range(30)] + [PROSE + " " + PROSE.replace("Monday", "Friday")]
    junk = junk_lines(lines, set(), EN)
    assert 0 in junk and 1 in junk
    assert len(lines) - 1 not in junk


def test_a_caption_with_its_credit_is_not_the_standfirst():
    raw = "\n".join(["Harbour gets two new piers",
                     "The mayor at the old pier on Monday. Photo: Ann Lee", PROSE])
    source = Source(id="a", path="a.txt", format="txt", raw=raw)
    cleaned = clean_source(source, Given(title="Harbour gets two new piers"))
    assert cleaned.standfirst == ""


def test_a_page_of_many_short_lines_is_judged_in_linear_time():
    # Each short line takes the class of its nearest good or bad neighbours; found by a scan
    # from every line, a page of 20,000 menu items took the square of its length (minutes).
    import time

    menu = "Home Sports Weather Business Travel Culture Opinion Podcasts Newsletters"
    lines = [PROSE + " " + PROSE] + [f"Item {n}" for n in range(20_000)] + [menu]
    start = time.process_time()
    junk = junk_lines(lines, set(), EN)
    assert time.process_time() - start < 10
    assert 0 not in junk and 5_000 in junk


FERRY = [
    "The ferry to Orlen Island will run twice a day from the first of May, the harbour board of "
    "Tarnwick said on Monday after a long dispute with the operator about the cost of the "
    "crossing and the age of its only boat.",
    "The board said the second crossing would leave Tarnwick at six in the evening and return at "
    "eight, so that workers on the island can come home after their shifts at the fish plant "
    "and the school, which had asked for it for years.",
    "The operator had asked for a subsidy of forty thousand crowns a year, which the board "
    "agreed to pay for a trial of two years, after which the crossing will be judged by the "
    "number of its passengers and by its cost to the town.",
]
MILL = [
    f"The old mill at Brenvik, which closed in {1950 + n}, is to become a museum of the valley's "
    "weaving trade, its owners said on Thursday, after the town council gave its consent to the "
    "plan and to a grant for the roof."
    for n in range(24)
]
OFFERS = [f"Weekend Deals Garden Furniture Outlet Sale Number {n} Limited Offer Coupon Codes"
          for n in range(30)]


@pytest.mark.parametrize("headed", [True, False], ids=["own-headline", "no-headline"])
def test_a_short_story_under_its_headline_comes_before_a_longer_second_story(headed):
    menu = ["Home", "News", "Sport", "Weather", "Culture", "Opinion"]
    top = ["Ferry to Orlen Island will run twice a day", "By Mara Quill"] if headed else []
    raw = "\n".join([*menu, *top, *FERRY, *OFFERS, "Next story",
                     "Old mill at Brenvik to become a weaving museum", *MILL, *menu])
    cleaned = clean_source(Source(id="a", path="a.txt", format="txt", raw=raw), Given())
    if headed:  # the page's own story; the longer one stays in as a stretch of prose
        assert cleaned.title == "Ferry to Orlen Island will run twice a day"
        assert cleaned.body[:3] == tuple(FERRY)
    else:  # a stretch of prose with no headline of its own is not taken over the longer one
        assert cleaned.title == "Old mill at Brenvik to become a weaving museum"
        assert not set(FERRY) & set(cleaned.body)


@pytest.mark.parametrize(
    ("texts", "items"),
    [
        (["Ingredients", "200g rye flour", "2 tsp dried yeast", "Pinch of salt",
          "1 1/2 cups warm water", "Method"],
         [False, True, True, True, True, False]),
        (["Home", "2 May", "1 Council approves budget", "3 Harbour to reopen", "Contact Us"],
         [False] * 5),  # dates and a numbered list of headlines are no quantities
        (["200g rye flour", "Pinch of salt", "2 tsp dried yeast"], [False] * 3),  # two only
    ],
    ids=["ingredients", "menu-and-dates", "too-few"],
)
def test_a_list_of_quantities_needs_no_colon(texts, items):
    assert listed(texts, DEFAULT.ingest) == items


def test_the_stretch_grows_over_a_heading_to_the_list_above_it():
    texts = ["Weekend Deals Garden Furniture Outlet Sale Limited Offer", "Ingredients",
             "200g rye flour", "2 tsp dried yeast", "Pinch of salt", "1 1/2 cups warm water",
             "Method", PROSE, PROSE]
    alone = [Kind.BAD, *[Kind.SHORT] * 6, Kind.GOOD, Kind.GOOD]
    assert widen(range(7, 9), alone, texts, DEFAULT.ingest) == range(2, 9)
    plain = ["Weekend Deals Garden Furniture Outlet Sale Limited Offer", "Sections", "News",
             "Sport", "Weather", "Culture", "Method", PROSE, PROSE]
    assert widen(range(7, 9), alone, plain, DEFAULT.ingest) == range(7, 9)


def test_a_list_over_another_stretch_of_the_article_is_kept():
    # The recipe's steps are a stretch of their own, cut off from the story above it by the
    # card's furniture; the ingredients over them are the article's, the furniture is not.
    card = [f"Weekend Deals Garden Furniture Outlet Sale Number {n} Limited Offer Coupon"
            for n in range(30)]
    ingredients = ["200g rye flour", "2 tsp dried yeast", "Pinch of salt",
                   "1 1/2 cups warm water"]
    long = PROSE + " " + PROSE.replace("Monday", "Tuesday")
    lines = [long, long.replace("town", "city"), *card, "Ingredients", *ingredients, "Method",
             long.replace("Monday", "Friday")]
    junk = junk_lines(lines, set(), EN)
    first = lines.index(ingredients[0])
    assert not any(i in junk for i in range(first, len(lines)))
    assert all(i in junk for i in range(2, 32))


def test_a_page_of_many_stretches_is_judged_in_linear_time():
    # Each stretch of prose under its headline, cut off from the next by teasers: a page of 800
    # such stories took the square of its length when each stretch searched the whole page.
    import time

    lines = []
    for n in range(800):
        lines += [f"Headline number {n} about the bridge and the river", PROSE + " " + PROSE]
        lines += [f"Deal Outlet Sale Coupon Number {n} {k} Garden Furniture Offer"
                  for k in range(26)]
    start = time.process_time()
    junk = junk_lines(lines, set(), EN)
    assert time.process_time() - start < 10
    assert 2 in junk and 1 not in junk
