"""benchmarks/compound_membership.py: the stored-bigram test, the usage test and the spans.

A small back-off table stands in for the pocketsphinx 3-gram model, so these tests need neither
the package nor WordNet; one test reads the real model when pocketsphinx is installed.
"""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

from compound_membership import (  # noqa: E402
    BackoffBigrams, TableBigrams, Usage, WordNetPOS, candidates, forms, hyphen_candidates, read_pairs,
)


class FakeBackoffModel:
    """``prob`` as pocketsphinx answers it: a stored bigram's own value, else bo(first) + P(second)."""

    UNKNOWN = -(2 ** 29)

    def __init__(self, unigrams, backoffs, bigrams):
        self.unigrams, self.backoffs, self.bigrams = unigrams, backoffs, bigrams

    def prob(self, words):
        word, *history = words
        if word not in self.unigrams:
            return self.UNKNOWN
        if not history:
            return self.unigrams[word]
        first = history[0]
        if (first, word) in self.bigrams:
            return self.bigrams[first, word]
        return self.backoffs.get(first, 0) + self.unigrams[word]


FAKE = FakeBackoffModel(
    unigrams={"<s>": -990000, "supply": -50000, "chain": -60000, "owner": -55000, "hidden": -70000},
    backoffs={"supply": -4000, "chain": -3000, "hidden": -2000},
    bigrams={("supply", "chain"): -20000,
             # a context kept for a trigram: stored, but with exactly its backed-off value
             ("hidden", "owner"): -2000 - 55000},
)


def test_backoff_read_from_the_start_symbol():
    model = BackoffBigrams(FAKE)
    assert model.backoff("supply") == -4000
    assert model.backoff("chain") == -3000
    assert model.backoff("owner") == 0


def test_stored_tells_a_pair_of_its_own_from_a_backed_off_one():
    model = BackoffBigrams(FAKE)
    assert model.stored("supply", "chain")
    assert not model.stored("chain", "owner")
    assert not model.stored("chain", "supply")
    # a pair whose value is its back-off value counts as not used
    assert not model.stored("hidden", "owner")


def test_known():
    model = BackoffBigrams(FAKE)
    assert model.known("supply")
    assert not model.known("Supply")
    assert not model.known("zzyzx")


@pytest.mark.parametrize("word, expected", [
    ("stations", ["stations", "station"]),
    ("boxes", ["boxes", "box", "boxe"]),
    ("cities", ["cities", "city"]),
    ("glass", ["glass", "glasss", "glasses"]),
    ("car", ["car", "cars", "cares"]),
])
def test_forms(word, expected):
    assert forms(word) == expected


VOCAB = {"filling", "station", "stations", "chain", "owner", "owners", "big", "model", "the", "new", "end", "side",
         "intelligent", "body", "supply", "market", "grass", "livestock", "well", "known", "cross", "border"}
TABLE = TableBigrams(VOCAB, {("filling", "station"), ("supply", "chain"), ("new", "model"), ("cross", "border")})
ZIPF = {w: 5.0 for w in VOCAB}


def zipf(word):
    return ZIPF.get(word, 0.0)


def test_usage_reads_singular_and_plural_forms():
    usage = Usage(TABLE)
    assert usage.used("filling", "stations")
    assert not usage.used("chain", "owners")
    assert Usage(TABLE, {("chain", "owner")}).used("chain", "owners")


def test_candidates_are_maximal_unused_stretches():
    text = "The new model of the end side intelligent body and supply chain owners."
    spans = candidates(text, Usage(TABLE), zipf=zipf)
    assert [(text[s.start:s.end], s.before, s.whole) for s in spans] == [
        ("end side intelligent body", "the", True),
        ("chain owners", "supply", False),
    ]
    for s in spans:
        assert text[s.start:s.end] == " ".join(s.words)


def test_candidates_stop_at_punctuation_capitals_and_rare_words():
    usage = Usage(TABLE)
    assert candidates("big, model", usage, zipf=zipf) == []
    assert candidates("Big model", usage, zipf=zipf) == []
    assert candidates("big model", usage, zipf=lambda w: 2.0) == []
    assert [s.words for s in candidates("a big model", usage, zipf=zipf)] == [("big", "model")]


def test_hyphen_candidates():
    text = "grass-livestock balance, cross-border trade and well-known firms"
    model = TableBigrams(VOCAB | {"well-known"}, TABLE.pairs)
    spans = hyphen_candidates(text, Usage(model), zipf=zipf)
    assert [(text[s.start:s.end], s.words) for s in spans] == [("grass-livestock", ("grass", "livestock"))]


def test_read_pairs(tmp_path):
    path = tmp_path / "pairs.txt"
    path.write_text("Supply chain\t123\nfilling station 45\nsingle\n", encoding="utf-8")
    assert read_pairs(str(path)) == {("supply", "chain"), ("filling", "station")}


def test_wordnet_parts_of_speech_and_pairs(tmp_path):
    # index lines: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets
    (tmp_path / "index.noun").write_text(
        "  1 header line\nbody n 2 1 @ 2 5 0001 0002\nmodel n 1 0 1 3 0003\ngas_station n 1 0 1 0 0004\n", encoding="utf-8")
    (tmp_path / "index.verb").write_text("model v 2 0 2 1 0005 0006\nbody v 1 0 1 0 0007\n", encoding="utf-8")
    (tmp_path / "index.adj").write_text("intelligent a 1 0 1 2 0008\n", encoding="utf-8")
    (tmp_path / "index.adv").write_text("", encoding="utf-8")
    wn = WordNetPOS(str(tmp_path))
    assert ("gas", "station") in wn.pairs
    assert wn.tags("model", 0.5) == {"n"}          # 3 tagged noun senses against 1 verb
    assert wn.tags("model", 0.2) == {"n", "v"}
    assert wn.tags("bodies", 0.5) == {"n"}         # a regular plural reads as a noun
    assert wn.tags("unlisted", 0.5) is None
    assert wn.tags("models", 0.2) == {"n"}
    assert wn.noun_phrase(["intelligent", "body"], 0.5, True)
    assert not wn.noun_phrase(["model", "intelligent"], 0.5, True)
    assert not wn.noun_phrase(["unlisted", "body"], 0.5, True)


@pytest.mark.skipif(not __import__("importlib").util.find_spec("pocketsphinx"), reason="pocketsphinx not installed")
def test_real_model():
    model = BackoffBigrams.pocketsphinx()
    assert model.stored("supply", "chain")
    assert model.stored("filling", "station")
    assert not model.stored("chain", "owner")
    assert not model.known("Economy")
    usage = Usage(model)
    assert usage.used("charging", "stations")
