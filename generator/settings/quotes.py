"""The thresholds of the quote stage (`generator/quotes/`), each with
how it was chosen (the section `Settings.quotes` of `generator.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.settings.threshold import threshold


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteSettings:
    """Quotation marks, attribution, people, quote groups and fidelity."""

    min_quote_chars: int = threshold(2, "“’n’” in “rock ’n’ roll” is one letter: never a quote")
    term_max_words: int = threshold(
        3, "one to three words can be a term (scare quote, title of a show), not a statement")
    after_cue_gap_words: int = threshold(
        2, "words allowed between a closing mark and its cue ('”, he later said'); a cue "
           "further on belongs to the sentence, not the quote")
    signature_words: int = threshold(
        8, "words of a paragraph that signs the quote before it ('— Jane Doe, mayor of "
           "Springfield.'); longer lines are prose")
    pronoun_window: int = threshold(
        1, "paragraphs back a pronoun may reach: news copy re-names people that often (PolNeAR "
           "train: a pronoun resolved two paragraphs back was right about one time in two)")
    description_window: int = threshold(
        12, "paragraphs back “the official” may reach to its first mention")
    surname_similarity: int = threshold(
        80, "rapidfuzz ratio of two surnames of one person: Gadafi/Gaddafi 92, Moreno/Morena 83, "
            "Lane/Kane 75 stays apart")
    surname_other_initial: int = threshold(
        90, "rapidfuzz ratio of two surnames that start with different letters: Rice/Price 89, "
            "Sayer/Mayer 80 stay apart (and Qaddafi/Gaddafi 86: unknown beats a wrong merge)")
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
