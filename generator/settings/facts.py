"""The thresholds of facts and discrepancies (`generator/facts/`), each with
how it was chosen (the section `Settings.facts` of `generator.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.settings.threshold import threshold


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
