"""The thresholds of the summary, key facts and timeline (`generator/story/`), each with
how it was chosen (the section `Settings.story` of `generator.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.settings.threshold import threshold

FIT = ("fit by benchmarks/fit_summary.py on the NeuS tuning half (least squares against each "
       "sentence's ROUGE-2 with the editors' roundups; see the Method page)")


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySettings:
    """Summary, key facts, timeline."""

    summary_words: int = threshold(
        66, "the summary's length for short articles (three outlets' openings): editors' "
        "roundups run 60-90 words (NeuS's 66 on average); with the fit ranker and "
        "`redundant_overlap` 0.4 on the NeuS tuning half, 58, 62, 66, 70 tried: 66 best in "
        "mean ROUGE (about 65 words shown), 70 no better and adds loaded words")
    summary_min_score: float = threshold(
        0.95, "after the first statement, the summary stops before one whose ranker score "
        "(`rank_*`; the story's most central statement has a centroid measure of 1) is below "
        "this (less `summary_confirmed_relief` when other groups confirm it): a story with few "
        "strong statements gets a shorter summary rather than a weak one. NeuS tuning half "
        "(with `rank_wordings`): 0.6-1.0 tried, 0.8-1.0 gain on each of its two halves; 0.9: "
        "ROUGE-1/2/L 40.8/18.7/27.9 -> 41.1/19.3/28.5, 65 -> 58 words, loaded words added "
        "0.82 -> 0.70; with a longer or shorter `summary_words` it pays less. With the relief, "
        "0.93-0.96 tried, 0.94-0.96 gain on each half")
    summary_confirmed_relief: float = threshold(
        0.2, "a statement that other independent groups confirm extends the summary at a score "
        "this much lower, times the share of the other groups that confirm it (all of them: "
        "`summary_min_score` less 0.2). NeuS tuning half, with `summary_min_score` 0.95: "
        "0.1-0.4 tried, 0.2 and more alike; ROUGE-1/2/L 41.1/19.3/28.5 -> 41.3/19.4/28.7, "
        "58 -> 57 words, loaded words added 0.70 -> 0.69, a gain on each of its two halves "
        "(mean ROUGE +0.24/+0.16; 8 of the 10 summaries it changes score higher)")
    short_article_words: int = threshold(
        120, "articles of this mean length or shorter get `summary_words`; longer ones get more, "
        "growing with the square root of their length")
    summary_growth: float = threshold(
        3.0, "the longest summary is this many times `summary_words`: a long story still reads "
        "at a glance")
    budget_slack: float = threshold(
        1.3, "a statement is left out when it would run the summary this far past its length")
    trim_side_parts: bool = threshold(
        True, "a chosen sentence is shown without brackets and without a participle, "
        "apposition or relative phrase hanging off its end (NeuS tuning half: ROUGE-L 26.2 -> "
        "26.3, 66 -> 61 words, loaded words added 0.83 -> 0.74; also cutting dash asides, "
        "relative clauses inside the sentence or 'according to ...' cost ROUGE-1 0.1-0.3, and "
        "refilling the freed words with more statements cost 0.2-0.4)")
    summary_min_words: int = threshold(
        8, "a shorter sentence says too little for a summary ('The mayor reacted strongly.')")
    summary_max_words: int = threshold(60, "a longer sentence is a run-on or a merged paragraph")
    redundant_overlap: float = threshold(
        0.4, "a statement sharing this share of its content lemmas with a chosen one says the "
        "same thing again (NeuS tuning half with the fit ranker, 0.3-0.6 tried: 0.4 best, "
        "ROUGE-1/2/L +0.1/+0.3/+0.4 over 0.5; 0.3 drops 1 point)")
    redundancy_cost: float = threshold(
        0.1, "each statement is taken for its score less this much times its largest share "
        "of content lemmas with a chosen one (what it says again; beside the hard "
        "`redundant_overlap`). NeuS tuning half: 0, 0.05, 0.1, 0.2, and 0.5-1.0 with the hard "
        "limit at 0.5-0.6 tried: 0.1 best, mean ROUGE 28.57 -> 28.66, +0.18 on one half of it "
        "and equal on the other; 0.2 -0.07, 0.5 -0.75")
    confirm_overlap: float = threshold(
        0.35, "a sentence of another group confirms a statement when they share this share of "
        "the shorter one's content lemmas: at 0.5 the example story's independent outlets never "
        "confirm its troop and date statements; NeuS tuning ROUGE moves by 0.2")
    confirm_min_lemmas: int = threshold(
        3, "and at least this many: two shared names are a topic, not a statement")
    common_lemma_share: float = threshold(
        0.3, "a lemma in more than this share of the story's sentences (its main actor) proposes "
        "no match by itself")
    confirmed_first: bool = threshold(
        False, "when on, statements come in order of how many independent groups confirm "
        "them, then by score; off, by the fit score alone, which weighs confirmation itself "
        "(NeuS tuning half with the fit weights: ROUGE-1/2/L +0.4/+0.6/+0.4 when off)")
    loaded_word_cost: float = threshold(
        1.0, "cost of each loaded word (`LOADED_WORDS`) that no other independent group uses, "
        "in a statement's score; x100 against a wording's closeness to the others (0-100) "
        "when choosing among wordings (0.3-2 tried on the NeuS tuning half)")
    shared_loaded_share: float = threshold(
        0.0, "a loaded word that several independent groups use costs this share of one that "
        "only one group uses: the event's own words ('killed', 'crisis') are not framing "
        "(NeuS tuning half: at 0 and cost 1.0 ROUGE holds and added loaded words fall "
        "1.04 -> 0.95 at 75 words)")
    distorted_cost: float = threshold(
        200, "a wording with a quote unlike its reference wording loses to any faithful one")
    damage_weight: float = threshold(
        10, "each mark of damage in a wording costs as much as 10 points of closeness to the "
        "other wordings (0-100): an undamaged wording wins unless it is far off")
    common_words_weight: float = threshold(
        50, "a wording made only of words other sources use gains 50 points of closeness: a "
        "spinner's odd synonyms lose to the original words")
    # The ranker's weights (`story/rank.py`, one per measurement of a candidate statement):
    # fit by benchmarks/fit_summary.py on the NeuS tuning half, on the code of eeb3701. A refit
    # on 78669e7 (claims across sources joined by frames) scored 40.2/17.9/27.2 on the tuning
    # half against these weights' 40.3/18.0/27.3 there, and lost a consensus fact of the
    # example story (who asked for the call), so these stay.
    rank_shared: float = threshold(0.523, FIT)
    rank_centroid: float = threshold(1.0, FIT)
    rank_headline: float = threshold(-0.169, FIT)
    rank_confirmed: float = threshold(-0.026, FIT)
    rank_articles: float = threshold(-0.047, FIT)
    rank_position: float = threshold(-0.046, FIT)
    rank_opening: float = threshold(0.006, FIT)
    rank_words: float = threshold(0.043, FIT)
    rank_loaded: float = threshold(
        -0.05, "not fit: a loaded word no other independent group uses costs a twentieth of the "
        "centroid's (ROUGE rewards loaded words the editors share, so a fit would not keep "
        "them out; NeuS tuning half: 0, -0.02, -0.05 tried, -0.05 best in ROUGE and loaded "
        "words added, 0.78 against the lead baseline's 0.92; -0.1 cost 0.5 ROUGE-1)")
    rank_quoted: float = threshold(0.482, FIT)
    rank_numbers: float = threshold(0.017, FIT)
    rank_dates: float = threshold(0.093, FIT)
    rank_names: float = threshold(-0.017, FIT)
    rank_attributed: float = threshold(0.046, FIT)
    rank_alternative: float = threshold(-0.065, FIT)
    rank_clearest: float = threshold(
        0.1, "not fit: what the clearest wording of a statement (`wordings.clearest`) gains over "
        "its other wordings when `rank_wordings` (NeuS tuning half, each of its two halves: "
        "0.05 -0.1/+0.0, 0.08-0.12 +0.7/+0.3 in mean ROUGE over the clearest wording alone, "
        "0.15 and more fall back towards it)")
    rank_wordings: bool = threshold(
        True, "a statement's other wordings (undistorted, self-contained, of a summary "
        "sentence's length) compete with its clearest one on the ranker's score, and the best "
        "scored is shown: an oracle choosing among every sentence reaches 2 points of ROUGE-2 "
        "more than one choosing among the clearest wordings (NeuS tuning half: ROUGE-1/2/L "
        "40.4/18.1/27.4 -> 40.8/18.7/27.9 at 65 words, loaded words added 0.84 -> 0.82)")
    key_people: int = threshold(4, "the protagonists: the people most sources name")
    key_numbers: int = threshold(4, "the headline figures: the quantities most sources state")
    key_number_min: float = threshold(
        3, "counts below this ('two leaders') are ordinary words, not key numbers")
