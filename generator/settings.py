"""Settings: every threshold of the analysis, named, in one frozen object, with how it was chosen.

In: nothing (defaults) or overrides (`replace(DEFAULT.quotes, ...)` in a test or a study).
Out: a `Settings` passed to every stage by `pipeline.py`; a stage reads its own section.

Each threshold is declared with `threshold(value, why)`: `why` says how the value was chosen
(measured on which part of the data, or what it stands for). The Method page's table of
thresholds is generated from these declarations (`threshold_rows`), so the page and the code
cannot disagree. Values chosen on data were chosen on the tuning part of `../shared/eval/`
(see `benchmarks/README.md`), never on the held-out part.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


def threshold(value: Any, why: str) -> Any:
    """A field holding one threshold, with the reason for its value (shown on the Method page)."""
    if not why:
        raise ValueError("every threshold says how it was chosen")
    return field(default=value, metadata={"why": why})


# One section per stage. Each stage's owner adds its thresholds to its own section only.


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
    rival_stretch_share: float = threshold(
        0.25, "a stretch of prose cut off from the article's but at least this share of its size "
        "keeps its prose: a long article broken by a gallery or a box")
    title_search_lines: int = threshold(
        15, "how many lines above the article's first line may be its headline")
    title_match_chars: int = threshold(
        600, "the headline is compared with this much of the article's opening")
    title_min_overlap: float = threshold(
        0.3, "share of a headline's content words that the article's opening must repeat")
    # Saved pages (`ingest/article.py`).
    extractor_max_elements: int = threshold(
        10_000, "a page with more elements is not handed to trafilatura, whose time grows faster "
        "than the page (160,000 list items: a minute; the evaluation page of 5,516 elements: one "
        "yardstick); the line classifier reads it instead, in linear time")
    article_line_min_words: int = threshold(
        4, "a page line of fewer words is in the article only where the article's text has got "
        "to ('Share', 'Home' are words of any article)")
    article_gap: int = threshold(
        3, "...give or take this many words that the extractor put between the lines")


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareSettings:
    """Aligning sentences, families of copies, pair relations."""

    # Sentence keys (scores run from 0 to 1).
    stem_letters: int = threshold(
        5, "a crude stem: five letters join 'mistake'/'mistakes', 'warned'/'warning' and keep "
        "most content words apart (checked on the seeds' spun and translated sentences)")
    fragment_words: int = threshold(
        3, "a sentence with fewer words is a fragment left by broken text ('to resolve.'): it "
        "joins the statement before it and counts in no figure")
    # Matching two sources' sentences (read off the seeds, checked on tuning BASIL: unrelated
    # sentences of one story score up to ~0.55, reworded ones 0.55-0.9).
    strong_match: float = threshold(
        0.72, "a match kept anywhere, even out of order when both sides are each other's best")
    weak_match: float = threshold(
        0.55, "a match kept only on the in-order chain, with a margin or next to an anchor")
    alone_match: float = threshold(
        0.6, "a weak match with no strong neighbour needs this (tuning BASIL: 0.55-0.6 were "
        "mostly two different statements about one event)")
    anchor_margin: float = threshold(
        0.08, "...and must beat every rival in its row and column by this much")
    anchor_gap: int = threshold(
        2, "a strong match vouches for weak ones this many sentences away on both sides")
    merge_gain: float = threshold(
        0.06, "joining a neighbour must raise the score by this much to be a split sentence")
    link_min: float = threshold(
        0.5, "two groups join into one statement only if their members score this on average, "
        "so that A~B and B~C do not chain two statements")
    leftover_candidates: int = threshold(
        8, "a copy's sentence its leader lacks is scored against the sentences sharing the most "
        "word pairs with it, at most this many")
    leftover_shingle: int = threshold(
        2, "words in a row in the leftover index: two stems survive rewording better than three")
    reference_pool: int = threshold(
        12, "a statement's reference wording is chosen among at most this many members")
    # Families of copies.
    shingle_words: int = threshold(
        3, "three stems in a row rarely recur by chance in one story, while a copy keeps most")
    propose_share: float = threshold(
        0.3, "share of a source's shingles found in a leader for it to be tried as a copy: the "
        "scale benchmark's reprints keep 0.41-1.0, the seeds' closest pair 0.17")
    candidates_tried: int = threshold(2, "candidate leaders aligned before giving up")
    all_pairs_max: int = threshold(
        20, "up to this many sources every pair is aligned and compared, as on the stories the "
        "thresholds were tuned on; beyond, only copies with their leader and related leaders")
    common_shingle: int = threshold(
        64, "a shingle in more leaders than this is a stock phrase of the story, not copying")
    # Relations between two sources.
    version_cover: float = threshold(
        0.5, "one text carries at least this share of the other's sentences: a version of it "
        "(the seeds' rewrites share ~98%; tuning BASIL outlets at most 44%)")
    version_min_claims: int = threshold(
        10, "...in at least this many shared statements: independent outlets of tuning BASIL "
        "share up to 7 (the same quotes, the lede's facts), which a short article's half can be; "
        "the seeds' rewrites share 45")
    copy_wording: float = threshold(
        0.9, "mean wording above which a version is a near-copy: light edits keep ~0.95, the "
        "seeds' paraphrases and spun text stay below 0.75")
    rewrite_order: float = threshold(
        0.8, "a rewrite keeps its original's order: this share of shared statements in order")
    common_min_claims: int = threshold(
        3, "a common source shows as a block of at least this many shared statements")
    common_cover: float = threshold(0.15, "...covering this share of one of the sources...")
    common_wording: float = threshold(
        0.6, "...in close wording: quotes and wire sentences keep 0.6-0.9 of their characters, "
        "the same event in each outlet's own words 0.4-0.55 (tuning BASIL)")
    copied_wording: float = threshold(
        0.95, "aligned sentences this close in wording count as copied word for word")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteSettings:
    """Quotation marks, attribution, people, quote groups and fidelity."""

    min_quote_chars: int = threshold(2, "“’n’” in “rock ’n’ roll” is one letter: never a quote")
    term_max_words: int = threshold(
        3, "one to three words can be a term (scare quote, title of a show), not a statement")
    after_cue_gap_words: int = threshold(
        2, "words allowed between a closing mark and its cue ('”, he later said'); a cue "
           "further on belongs to the sentence, not the quote")
    pronoun_window: int = threshold(
        2, "paragraphs back a pronoun may reach: news copy re-names people that often")
    description_window: int = threshold(
        12, "paragraphs back “the official” may reach to its first mention")
    surname_similarity: int = threshold(
        80, "rapidfuzz ratio of two surnames of one person: Gadafi/Gaddafi 92, Moreno/Morena 83, "
            "Lane/Kane 75 stays apart")
    given_similarity: int = threshold(
        75, "rapidfuzz ratio of two given names: Aleksei/Alexei 77, Mohammed/Muhammad 75; "
            "two three-letter given names one letter apart score 67 and stay apart")
    max_name_tokens: int = threshold(5, "longer PERSON spans are titles of works or lists")
    same_wording: int = threshold(
        72, "ratio of two full wordings; reworded machine-translated copies of one quote score "
            "72-95 on the seeds")
    excerpt: int = threshold(88, "partial_ratio when one quote is a fragment of the other")
    excerpt_min_words: int = threshold(4, "shorter fragments (“two roads”) match by chance")
    same_speaker_wording: int = threshold(
        55, "token_set_ratio allowed for the same speaker: rewordings 57-74, two different "
            "quotes of one speaker 30-40 on the seeds")
    same_speaker_context: int = threshold(
        55, "token_set_ratio of the paragraphs around two same-speaker quotes")
    short_quote_words: int = threshold(
        8, "character scores are noisy on quotes shorter than this many words")
    short_quote_shared: float = threshold(
        0.6, "share of the shorter quote's words two short quotes must share in order")
    same_source_repeat: int = threshold(95, "ratio of a source repeating its own quote")
    altered_similarity: float = threshold(
        0.6, "word-level similarity below which a rewording alters the meaning")
    parallel_from: int = threshold(
        400, "wordings from which rapidfuzz runs on every core (below, one thread is faster)")
    dense_max: int = threshold(
        1500, "unique wordings up to which all pairs are scored (27 MB of matrices at 1,500)")
    common_posting: int = threshold(
        200, "a bigram or word shared by more wordings than this does not make a pair")


@dataclass(frozen=True, slots=True, kw_only=True)
class FactSettings:
    """Numbers, dates, frames, conflicts and their severity."""

    approximate_tolerance: float = threshold(
        0.2, "two values, one hedged, agree within this share of the larger: 'nearly an hour' "
        "(60) and '50 minutes' differ by 17%, 'about 100,000' and '120,000' by 17%, while "
        "'two-hour' and '50-minute' (58%) stay a conflict (seeds; the summary's key numbers "
        "used 0.25 for the same hedge: one value now)")
    same_name: int = threshold(
        80, "rapidfuzz ratio (0-100) from which two names are one written two ways: "
        "'Aleksi'/'Aleksy', 'Kowalsky'/'Kowalski', 'Larsen'/'Larson' score 85-95, different "
        "surnames of one story below 60 (seeds, BASIL tuning half)")
    local_window: int = threshold(
        6, "words either side of a date in aligned sentences that must share an event word: "
        "one sentence can hold two events ('passed on Tuesday', 'said Wednesday')")
    negated_verb_letters: int = threshold(
        4, "a negated verb shorter than this ('be', 'do', 'go') is too common to check in the "
        "other sentence")
    weak_alignment: float = threshold(
        0.6, "a claim member scoring below this against its claim's wording is only loosely the "
        "same statement (alignment keeps pairs from 0.55): its findings are shown at low "
        "severity")
    slot_alignment: float = threshold(
        0.75, "a name in another's slot is only believed between sentences aligned this "
        "closely: a lede reporting two warnings puts either leader after 'warned' (seeds: "
        "0.69), a true swap scores 0.84")
    common_share: float = threshold(
        0.12, "event words in more than this share of the story's sentences (the main actors' "
        "names, 'said') cannot tell events apart; 12% keeps 'call' and 'talks' on the seeds "
        "and drops the two leaders' names")
    event_words_day: int = threshold(
        2, "distinctive words two dates of a day or a month must share to be one event "
        "('last ... spoke', 'talks ... Geneva')")
    event_words_year: int = threshold(
        3, "distinctive words two bare years must share to be one event: background sentences "
        "mention years far more often than days")
    event_window: int = threshold(
        20, "words either side of a date that describe its event: a long sentence puts the "
        "place and the kind of event up to a dozen words away")
    stem_letters: int = threshold(
        5, "letters an event word is cut to, as in alignment: joins 'sanction'/'sanctions', "
        "keeps content words apart")
    quote_similar: int = threshold(
        55, "rapidfuzz ratio (0-100) from which an altered quote variant is the same quotation: "
        "reworded quotes on the seeds score 60-90, two different quotes of one speaker grouped "
        "together (BASIL tuning half) mostly 50 or less")
    frame_common_share: float = threshold(
        0.15, "content lemmas in more than this share of a story's distinct sentences (the main "
        "actors, the topic) do not count when two frames' sentences are compared: every "
        "statement of the story shares them (BASIL tuning half)")
    frame_shared_words: int = threshold(
        2, "distinct content lemmas, besides what the value counts, that two sentences must "
        "share for their values to be about the same thing (BASIL tuning half: one shared word "
        "paired different polls and different sums)")
    frame_overlap: float = threshold(
        0.25, "share of the shorter sentence's content lemmas the other must have too: two long "
        "sentences share two words by chance (BASIL tuning half)")
    frame_near_ratio: float = threshold(
        1.5, "two counts of one noun this close (the larger over the smaller) are one figure "
        "reported twice when their sentences share `frame_shared_words` distinctive words, "
        "however long the sentences: a lede and a background sentence rarely overlap by "
        "`frame_overlap`, and different items of one noun are seldom this close (BASIL tuning "
        "half)")
    why_words: int = threshold(
        6, "shared words named in a finding's explanation")
    lede_sentences: int = threshold(
        3, "sentences at the top of an article that state its core: a value there is the "
        "story's (a death toll, a vote, the date of the event), one further down a secondary "
        "fact (inverted pyramid: a news lede runs one to three sentences)")
    clock_slack: int = threshold(
        30, "minutes between two clock times of one event below which they are shown low: "
        "outlets round a time to the half hour ('3:10 p.m.', 'about 3 p.m.')")
    longest_span: int = threshold(
        7, "days a date may span and still be compared day by day with another ('this "
        "weekend', 'earlier this week', 'last week'); a month is compared as a month")


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySettings:
    """Summary, key facts, timeline."""

    summary_words: int = threshold(
        62, "the summary's length for short articles (three outlets' openings): editors' "
        "roundups run 60-90 words; 62 (with `budget_slack`, about 66 words on NeuS) gave the "
        "best ROUGE-L and fewer added loaded words than 68 or 75 on the NeuS tuning half")
    short_article_words: int = threshold(
        120, "articles of this mean length or shorter get `summary_words`; longer ones get more, "
        "growing with the square root of their length")
    summary_growth: float = threshold(
        3.0, "the longest summary is this many times `summary_words`: a long story still reads "
        "at a glance")
    budget_slack: float = threshold(
        1.3, "a statement is left out when it would run the summary this far past its length")
    summary_min_words: int = threshold(
        8, "a shorter sentence says too little for a summary ('The mayor reacted strongly.')")
    summary_max_words: int = threshold(60, "a longer sentence is a run-on or a merged paragraph")
    redundant_overlap: float = threshold(
        0.5, "a statement sharing this share of its content lemmas with a chosen one says the "
        "same thing again")
    confirm_overlap: float = threshold(
        0.35, "a sentence of another group confirms a statement when they share this share of "
        "the shorter one's content lemmas: at 0.5 the example story's independent outlets never "
        "confirm its troop and date statements; NeuS tuning ROUGE moves by 0.2")
    confirm_min_lemmas: int = threshold(
        3, "and at least this many: two shared names are a topic, not a statement")
    common_lemma_share: float = threshold(
        0.3, "a lemma in more than this share of the story's sentences (its main actor) proposes "
        "no match by itself")
    length_exponent: float = threshold(
        0.5, "shared content is divided by the number of content words to this power: a long "
        "sentence shares more words, but not in proportion (0.3-0.7 tried on the NeuS tuning "
        "half with the centroid term)")
    centroid_weight: float = threshold(
        4.0, "weight of the statement's closeness to the story's centroid of content lemmas, "
        "scaled by the story's most central statement (0-8 tried on the NeuS tuning half: "
        "+0.2 ROUGE-1 at 2-4)")
    confirmation_weight: float = threshold(
        0.5, "weight of the share of the other independent groups that confirm a statement")
    confirmed_first: bool = threshold(
        True, "statements come in order of how many independent groups confirm them, then by "
        "score (NeuS tuning ROUGE unchanged from 'confirmed before single-group'; on the "
        "example story, more of the summary is what every group states)")
    position_weight: float = threshold(
        1.5, "cost of a statement's relative place in its article (0 = first sentence): news "
        "puts the main facts first (0.3-6 tried on the NeuS tuning half)")
    loaded_word_cost: float = threshold(
        1.0, "cost of each loaded word (`LOADED_WORDS`) that no other independent group uses, "
        "in a statement's score; x100 against a wording's closeness to the others (0-100) "
        "when choosing among wordings (0.3-2 tried on the NeuS tuning half)")
    shared_loaded_share: float = threshold(
        0.0, "a loaded word that several independent groups use costs this share of one that "
        "only one group uses: the event's own words ('killed', 'crisis') are not framing "
        "(NeuS tuning half: at 0 and cost 1.0 ROUGE holds and added loaded words fall "
        "1.04 -> 0.95 at 75 words)")
    quoted_cost: float = threshold(
        0.5, "cost of a statement made entirely of quotation: a roundup reports what was said")
    distorted_cost: float = threshold(
        200, "a wording with a quote unlike its reference wording loses to any faithful one")
    damage_weight: float = threshold(
        10, "each mark of damage in a wording costs as much as 10 points of closeness to the "
        "other wordings (0-100): an undamaged wording wins unless it is far off")
    common_words_weight: float = threshold(
        50, "a wording made only of words other sources use gains 50 points of closeness: a "
        "spinner's odd synonyms lose to the original words")
    key_people: int = threshold(4, "the protagonists: the people most sources name")
    key_numbers: int = threshold(4, "the headline figures: the quantities most sources state")
    key_number_min: float = threshold(
        3, "counts below this ('two leaders') are ordinary words, not key numbers")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every threshold of the analysis, by stage."""

    ingest: IngestSettings = field(default_factory=IngestSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    facts: FactSettings = field(default_factory=FactSettings)
    story: StorySettings = field(default_factory=StorySettings)


DEFAULT = Settings()


def threshold_rows(settings: Settings = DEFAULT) -> list[tuple[str, str, Any, str]]:
    """(stage, name, value, why) for every threshold, in declaration order: the Method table."""
    rows = []
    for section in fields(settings):
        values = getattr(settings, section.name)
        for item in fields(values):
            rows.append((section.name, item.name, getattr(values, item.name), item.metadata["why"]))
    return rows
