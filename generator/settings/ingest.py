"""The thresholds of reading, cleaning and segmenting (`generator/ingest/`), each with
how it was chosen (the section `Settings.ingest` of `generator.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.settings.threshold import threshold


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    """Reading, cleaning and segmenting articles."""

    max_article_chars: int = threshold(
        300_000, "about 50,000 words, ten times a long feature: one huge file (a scraped site, a "
        "data dump) cannot stall the build; the lines past it are listed as removed")
    title_max_words: int = threshold(
        30, "a headline is one line of at most this many words; longer lines are paragraphs "
        "(the longest seed and tuning-BASIL headline has 16)")
    title_min_words: int = threshold(
        3, "an unpunctuated line shorter than this above the article is a label, not a headline")
    title_given_lines: int = threshold(
        5, "how many of the first kept lines are searched for a repeat of the given title")
    title_guess_lines: int = threshold(
        3, "how many of the first kept lines may be the headline when no title is given")
    header_lines: int = threshold(
        6, "lines right under the headline searched for the standfirst, byline and date")
    standfirst_min_words: int = threshold(4, "a standfirst is a phrase, not a label")
    standfirst_max_words: int = threshold(
        40, "a standfirst (dek) is shorter than a paragraph: two lines of print")
    furniture_max_words: int = threshold(
        8, "a short unpunctuated line above the headline or below the last paragraph is page "
        "furniture (menus, 'Related Articles'...)")
    prompt_max_words: int = threshold(
        14, "a line longer than this is never a prompt, list heading or label, whatever its "
        "words (only the unmistakable rules, such as ad markers, apply)")
    sentence_min_words: int = threshold(
        6, "a line of this many words that ends like a sentence is article text, not a prompt")
    contact_max_words: int = threshold(
        12, "a short line with an e-mail address is a contact line even without a verb")
    signature_max_words: int = threshold(
        4, "an author's name alone on a line at the end: a first name, an initial, two surnames")
    signature_reach: int = threshold(
        3, "a name alone among the junk below an article signs it only this close to its last "
        "line (a share bar or a date may stand between); further down it is a menu item")
    bio_max_words: int = threshold(80, "an author bio is a short paragraph")
    credit_max_words: int = threshold(
        60, "a credit line ('... contributed reporting') names a few people, not a paragraph")
    dateline_max_words: int = threshold(
        6, "a dateline is a place: a city, a state or country, an agency in brackets")
    outlet_max_words: int = threshold(
        4, "the outlet side of a 'Headline – Outlet' title is a short name")
    headline_side_min_words: int = threshold(
        4, "...and its headline side a phrase: 'Ukraine – Russia' is one headline, not an outlet")
    date_line_max_words: int = threshold(
        9, "a line that is only a date ('Published: Monday, March 20, 2023 at 10:15') is short")
    english_min_words: int = threshold(
        40, "below this many words a text is too short to tell its language; taken as English")
    english_sure_share: float = threshold(
        0.25, "a text with at least this share of very frequent English words is English without "
        "asking the language identifier (py3langid), whose model takes a second to load")
    # Pasted pages (`ingest/lines.py`, after jusText's classifier).
    short_line_chars: int = threshold(
        40, "a line shorter than this cannot tell prose from a label by itself; its neighbours "
        "decide (jusText's length_low is 70; 40 on the tuning pages: F1 0.811 against 0.801)")
    long_line_chars: int = threshold(
        200, "a line longer than this, dense in stop words, is prose (jusText's length_high)")
    stop_share_high: float = threshold(
        0.32, "share of the language's stop words (spaCy's list) at or above which a line reads "
        "as prose (jusText's stopwords_high)")
    stop_share_low: float = threshold(
        0.20, "...and below which a line is a list, menu or label (jusText's stopwords_low is "
        "0.30; spaCy's lists are longer for most languages: 0.20 on the tuning pages)")
    counter_max_words: int = threshold(
        3, "a line of digits and at most this many words is a counter ('12 comments', '3 / 10')")
    repeated_max_words: int = threshold(
        12, "a line the page shows twice and of at most this many words is a menu or a label")
    article_break_lines: int = threshold(
        25, "a run of more junk lines than this splits the page: only the stretch with the most "
        "prose is the article (teasers and comments sit in the others); 12, 25, 40 and none "
        "tried on the tuning pages, 25 the best F1")
    run_on_min_words: int = threshold(
        4, "a line of at least this many words that ends on a stop word runs on into the next "
        "line (a paragraph broken at a link); shorter ones may be menu items ('Contact us')")
    run_on_carried_words: int = threshold(
        8, "...and a shorter one ending on a stop word (', dem') when the paragraph it carries on "
        "has this many words: a wiki paragraph broken at every link, not a byline's pieces "
        "('Posted by' / 'Ann Lee' / 'at')")
    list_item_max_words: int = threshold(
        8, "a line of at most this many words after a line ending with a colon is an item of the "
        "list (or a value of the table) that the colon introduces: an ingredient, 'green' after "
        "'Colour:'")
    list_max_items: int = threshold(
        30, "...and at most this many of them: a list in an article, not a page of links")
    story_min_chars: int = threshold(
        400, "a stretch of at least this much prose under a headline its opening retells is the "
        "article when the stretch with more prose comes after it under a headline of its own (a "
        "second story); a teaser's blurb under its headline is shorter. On the tuning pages the "
        "first such story was always the longer already (300 to 800 the same)")
    list_min_amounts: int = threshold(
        3, "a run of short lines with at least this many that start with a quantity ('120g "
        "noodles', '2 tsp sugar') is a list even with no colon over it (a recipe card's "
        "ingredients under a heading); tuning pages: one more article snippet kept, no junk")
    amount_max_words: int = threshold(
        12, "...of lines led by a quantity of at most this many words ('1 1/2-2 tbsp sweet soy "
        "sauce (kecap manis)')")
    list_heading_max_words: int = threshold(
        3, "a line of at most this many words that does not end like a sentence, between a list "
        "and a stretch of prose, is the list's heading ('Directions') and the stretch grows "
        "over it")
    rival_stretch_share: float = threshold(
        0.25, "a stretch of prose cut off from the article's but at least this share of its size "
        "keeps its prose: a long article broken by a gallery or a box")
    prose_run_min_lines: int = threshold(
        5, "a run of at least this many short lines that each end like a sentence is judged as one "
        "paragraph (a recipe's steps, a gallery's captions); runs of three and four on the "
        "tuning pages are as often a form's prompts or a blog's 'about me' box (3: F1 0.861, "
        "4: 0.862, 5 and 6: 0.866)")
    prose_run_min_words: int = threshold(
        3, "...each of at least this many words ('Stir well.' is a step; 'Log in.' a button)")
    title_search_lines: int = threshold(
        15, "how many lines above the article's first line may be its headline")
    title_match_chars: int = threshold(
        600, "the headline is compared with this much of the article's opening")
    title_min_overlap: float = threshold(
        0.3, "share of a headline's content words that the article's opening must repeat")
    title_far_lines: int = threshold(
        60, "when no headline is found right above the article (or only its own first line), "
        "how many lines above it are searched: a box of teasers may sit between the lead and "
        "the rest")
    title_far_chars: int = threshold(
        3000, "...and how much of the article a line that far up must be retold by")
    title_far_overlap: float = threshold(
        0.5, "...and the share of its content words that must be retold: more than near the "
        "article, since there are more lines to choose from")
    title_far_min_words: int = threshold(
        4, "...of a line of at least this many content words: a label of two or three ('Support "
        "us', 'Theatre and concerts') is retold by any page")
    lead_gap_lines: int = threshold(
        3, "the lead under a far headline is the prose down to the first run of more lines than "
        "this that are not (a share bar, a box of teasers); a dek and a picture credit are fewer")
    # Saved pages (`ingest/article.py`).
    extractor_max_elements: int = threshold(
        10_000, "a page with more elements is not handed to trafilatura, whose time grows faster "
        "than the page (160,000 list items: a minute; the evaluation page of 5,516 elements: one "
        "yardstick); such a page is pruned first (`ingest/prune.py`: code, menus, sidebars, "
        "the page's header and footer, forms, comments) and handed over if what is left is "
        "within this; the line classifier reads it only beyond, in linear time")
    prune_keep_share: float = threshold(
        0.5, "a region of a big page that holds this share of the page's paragraph text is "
        "not pruned, whatever its tag or name (a page whose whole body is one form)")
    article_line_min_words: int = threshold(
        4, "a page line of fewer words is in the article only where the article's text has got "
        "to ('Share', 'Home' are words of any article)")
    article_gap: int = threshold(
        3, "...give or take this many words that the extractor put between the lines")
