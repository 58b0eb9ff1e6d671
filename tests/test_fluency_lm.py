"""benchmarks/fluency_lm.py: tokenisation, OOV handling and the per-text fluency features.

A small table model stands in for the pocketsphinx 3-gram model, so these tests need neither
the package nor ../shared/data; one test reads the real model when pocketsphinx is installed.
"""
import math
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

from fluency_lm import BOS, EOS, Features, TableLM, features, token_scores, tokenize  # noqa: E402

LM = TableLM({
    ("the",): -3.0, ("cat",): -9.0, ("sat",): -8.0, ("mat",): -10.0, ("on",): -4.0, (EOS,): -3.0,
    (BOS, "the"): -2.0,
    (BOS, "the", "cat"): -5.0,
    ("the", "cat", "sat"): -2.0,
    ("cat", "sat", "on"): -1.0,
    ("sat", "on", "the"): -0.5,
    ("on", "the", "mat"): -4.0,
    ("the", "mat", EOS): -1.0,
})


@pytest.mark.parametrize("text, expected", [
    ("The cat sat.", [["the", "cat", "sat"]]),
    ("It’s 25 km away. Don't go!", [["it's", "km", "away"], ["don't", "go"]]),
    ("Mr. Xi spoke", [["mr"], ["xi", "spoke"]]),  # a full stop before a space ends a sentence
    ("state-owned (SOE) firms", [["state", "owned", "soe", "firms"]]),
    ("2020 ... 30%", []),
    ("", []),
])
def test_tokenize(text, expected):
    assert tokenize(text) == expected


def test_token_scores_use_the_two_previous_words():
    scores = token_scores("The cat sat on the mat.", LM)
    assert [(w, c) for w, c, _ in scores] == [
        ("the", -2.0), ("cat", -5.0), ("sat", -2.0), ("on", -1.0), ("the", -0.5), ("mat", -4.0), (EOS, -1.0)]
    assert [u for _, _, u in scores] == [-3.0, -9.0, -8.0, -4.0, -3.0, -10.0, -3.0]


def test_unknown_word_is_not_scored_and_breaks_the_context():
    scores = token_scores("The Zhongguancun cat sat", LM)
    # "zhongguancun" is unknown: "cat" falls back to its unigram, "sat" has only "cat" as
    # history (no bigram in the table: unigram again), and the sentence end has no entry
    # after "cat sat": unigram.
    assert scores == [("the", -2.0, -3.0), ("cat", -9.0, -9.0), ("sat", -8.0, -8.0), (EOS, -3.0, -3.0)]


def test_features_of_a_fluent_sentence():
    f = features("The cat sat on the mat.", LM, improbable=-4.5)
    assert f == Features(tokens=7, scored=7, oov=0, mean_logprob=pytest.approx(-15.5 / 7),
                         slor=pytest.approx((-15.5 + 40.0) / 7), improbable=1)
    assert f.oov_share == 0.0


def test_names_and_numbers_do_not_dominate():
    plain = features("The cat sat on the mat.", LM)
    with_names = features("The cat sat on the mat of Zhang Wei in 2020.", LM)
    # Digits are not words; unknown names are counted, not scored.
    # "of", "zhang", "wei" and "in" are unknown to the table model: 11 tokens, 4 out of vocabulary.
    assert (with_names.tokens, with_names.oov, with_names.scored) == (11, 4, plain.scored)
    assert with_names.oov_share == pytest.approx(4 / 11)
    assert with_names.improbable == plain.improbable == 0
    # Only the sentence end lost its context (unigram -3 instead of -1).
    assert with_names.mean_logprob == pytest.approx(plain.mean_logprob - 2 / 7)


def test_a_scrambled_sentence_scores_lower():
    fluent = features("The cat sat on the mat.", LM, improbable=-4.5)
    scrambled = features("Mat the on sat cat the.", LM, improbable=-4.5)
    assert scrambled.mean_logprob == pytest.approx(-40 / 7)
    assert scrambled.mean_logprob < fluent.mean_logprob
    assert scrambled.slor == 0.0 < fluent.slor  # no n-gram in the table: unigrams only
    assert (scrambled.improbable, fluent.improbable) == (3, 1)  # mat, sat, cat / cat


def test_empty_text():
    assert features("", LM) == Features(0, 0, 0, 0.0, 0.0, 0)


def test_pocketsphinx_model_when_installed():
    fluency_lm = pytest.importorskip("fluency_lm")
    pytest.importorskip("pocketsphinx")
    lm = fluency_lm.PocketsphinxLM()
    assert lm.logprob("zzqxj", ()) is None
    the = lm.logprob("the", ())
    assert -10 < the < 0
    # A likely continuation beats an unlikely one, and the cache returns the same value.
    assert lm.logprob("states", ["the", "united"]) > lm.logprob("states", ["the", "purple"])
    assert lm.logprob("the", ()) == the
    fluent = fluency_lm.features("The government announced a new policy on Monday.", lm)
    scrambled = fluency_lm.features("Monday on policy new a announced government the.", lm)
    assert fluent.oov == 0 and fluent.mean_logprob > scrambled.mean_logprob
    assert math.isfinite(fluent.slor)
