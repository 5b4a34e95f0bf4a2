"""The thresholds of alignment and the source comparison (`generator/compare/`), each with
how it was chosen (the section `Settings.compare` of `generator.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.settings.threshold import threshold


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
    # Claims across independent sources (`claims.py`): read off the seeds and the BASIL tuning
    # half, every joined statement read by hand.
    claim_common_share: float = threshold(
        0.1, "a mark (lemma, name, value) in more than this share of the story's sentences (the "
        "main actors, the topic) weighs nothing when two statements are compared")
    claim_index_weight: float = threshold(
        2.0, "only marks at least this rare (inverse document frequency) bring two sentences "
        "together as candidates; the others still count once they meet")
    claim_index_max: int = threshold(
        64, "a mark held by more sentences brings no candidates (a large story's common words): "
        "the seeds' and BASIL's rarest marks are held by a handful")
    claim_shared_marks: int = threshold(
        3, "marks two sentences must share to be one statement: two are often chance")
    claim_shared_weight: float = threshold(
        12.0, "summed weight of the shared marks (inverse document frequencies): four rare "
        "marks, or more common ones")
    claim_overlap: float = threshold(
        0.33, "the shared weight over the geometric mean of the two sentences' weights: a long "
        "sentence shares a few words with many others")
    claim_value_weight: float = threshold(
        9.0, "summed weight of the shared marks when a value or a date is one of them")
    claim_value_overlap: float = threshold(
        0.25, "the overlap needed when a value or a date is shared ('a 50-minute call' and "
        "'the call lasted 50 minutes')")
    claim_many_marks: int = threshold(
        5, "this many shared marks relax the overlap as a shared value does: the seeds' and "
        "tuning BASIL's wrong candidates share three or four, statements told in other words "
        "five or more (each read by hand)")
    claim_quote_words: int = threshold(
        6, "words a quote that nobody is said to speak needs to make the sentences holding it "
        "one statement: tuning BASIL's shorter ones are a policy's name or a term in quotation "
        "marks, repeated by sentences that say different things about it")
    claim_quote_run: int = threshold(
        5, "words in a row two quotes of different quote groups must share to be one quote, "
        "one outlet quoting a piece of what another quotes at length: five words in a row "
        "rarely recur in two outlets' quotation marks by chance")
    claim_quote_run_share: float = threshold(
        0.6, "...and that run is at least this share of the shorter quote's words (a long quote "
        "that only repeats a phrase of another says something else)")
    claim_refer_reach: int = threshold(
        2, "sentences back the claims stage looks for the person a sentence's \"he\", \"she\" "
        "or \"the senator\" refers to: the last sentence naming someone, if it names one "
        "person only")
    claim_link_min: float = threshold(
        0.2, "two groups of sentences join into one claim only if their members' weighted overlap "
        "is this on average, so that A~B and B~C do not chain two statements")
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
