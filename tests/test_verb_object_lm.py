"""benchmarks/verb_object_lm.py: the stored-trigram test and its candidate pairs.

A small back-off trigram table stands in for the pocketsphinx 3-gram model, so these tests need
neither the package nor its model.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

from compound_membership import BackoffBigrams  # noqa: E402
from verb_object_lm import TrigramTest, spans  # noqa: E402


class FakeTrigramModel:
    """``prob`` as pocketsphinx answers it (the word first, then its history, most recent
    first): a stored n-gram's own value, else the back-off of the longest stored history plus
    the shorter n-gram's value."""

    UNKNOWN = -(2 ** 29)

    def __init__(self, unigrams, bigrams, trigrams, backoffs):
        self.unigrams, self.bigrams, self.trigrams, self.backoffs = unigrams, bigrams, trigrams, backoffs

    def prob(self, words):
        word, *history = words
        if word not in self.unigrams:
            return self.UNKNOWN
        if len(history) >= 2 and (history[1], history[0], word) in self.trigrams:
            return self.trigrams[history[1], history[0], word]
        if len(history) >= 2:
            return self.backoffs.get((history[1], history[0]), 0) + self.prob([word, history[0]])
        if history and (history[0], word) in self.bigrams:
            return self.bigrams[history[0], word]
        if history:
            return self.backoffs.get((history[0],), 0) + self.unigrams[word]
        return self.unigrams[word]


FAKE = FakeTrigramModel(
    unigrams={"<s>": -990000, "the": -20000, "strengthen": -60000, "case": -50000, "publicity": -70000},
    bigrams={("the", "case"): -30000, ("the", "publicity"): -45000, ("strengthen", "the"): -15000},
    trigrams={("strengthen", "the", "case"): -25000},
    backoffs={("strengthen", "the"): -7000, ("the",): -3000, ("strengthen",): -2000},
)


def test_stored_trigram_against_a_backed_off_one():
    test = TrigramTest(BackoffBigrams(FAKE))
    assert test.stored("strengthen", "case")
    assert not test.stored("strengthen", "publicity")


def test_spans_keep_known_common_nouns_after_a_policy_verb():
    test = TrigramTest(BackoffBigrams(FAKE))
    text = "They will strengthen the publicity of rules and strengthen the case."
    found = spans(text, test, lambda word, lang: 4.0)
    assert [(text[s:e], stored) for s, e, _, _, stored in found] == [
        ("strengthen the publicity", False), ("strengthen the case", True)]
    # a rare noun (wordfreq Zipf under 3) is not a candidate
    assert spans(text, test, lambda word, lang: 2.0) == []
