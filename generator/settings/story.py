"""The thresholds of the summary, key facts and timeline (`generator/story/`), each with
how it was chosen (the section `Settings.story` of `generator.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.settings.threshold import threshold


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
    headline_weight: float = threshold(
        3.0, "weight of the statement's closeness to the source titles (mean cosine of content "
        "lemmas): NeuS tuning half ROUGE-1/2/L +0.1/+0.1/+0.2 at 3, both quarters up; 1 and 6 "
        "gave less")
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
