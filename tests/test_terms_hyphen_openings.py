"""``terms._hyphen_openings`` (issue 13, thirty-fourth round): in a clause with two words joined
by a hyphen, a rendering is looked for only where the screen found an opening pair and at the
three words up to each joined word, not at every word. Held to trying every word, on word salad
built of the words of listed terms, hyphenated or not, on clean news and on the held-out MT."""
import os
import random

import pytest

from audit import load_rules
from audit.analysis import Analysis
from audit.detectors import terms
from rule_helpers import pieced_text
from test_terms_shortcuts import GLUES, PIECES, RULE_ID, SEPARATORS, _texts

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# hyphenated renderings and near misses: a joined word first, second, third or last in a run
HYPHENED = ("intelligent net-connection cars", "intelligent-net connection cars", "storage-energy batteries",
            "calculation-power network", "arithmetic-power of network", "neck-stuck", "stuck-neck",
            "five-dangers one-gold", "number-twin", "digital-twin", "new-quality productive-forces",
            "smart web-joint vehicle", "end-side", "light-abandonment", "sand-governance", "cultural-relics")


def _hyphen_texts():
    rng = random.Random(34)
    pieces = list(PIECES) + list(HYPHENED)
    out = [pieced_text(rng, pieces, SEPARATORS, 1, 30) for _ in range(800)]
    out += [pieced_text(rng, pieces, [" of ", " and ", "-", " ", " the ", "-of-"], 2, 10) for _ in range(800)]
    return out + _texts()


@pytest.fixture(scope="module")
def texts():
    return _hyphen_texts()


@pytest.mark.parametrize("glue", GLUES)
def test_the_same_renderings_as_trying_every_word(glue, texts, monkeypatch):
    state = dict(load_rules(os.path.join(ROOT, "rules.yaml")).get(RULE_ID).state, glue=glue)
    tried = {"cut": 0, "every": 0}
    real = terms._hyphen_openings

    def counting(toks, opening):
        kept = real(toks, opening)
        tried["cut"] += len(kept)
        tried["every"] += len(toks)
        return kept

    monkeypatch.setattr(terms, "_hyphen_openings", counting)
    monkeypatch.setattr(terms, "_EMPTY", {})
    cut = [terms.find(t, state, Analysis(t)) for t in texts]
    monkeypatch.setattr(terms, "_hyphen_openings", lambda toks, opening: range(len(toks)))
    monkeypatch.setattr(terms, "_EMPTY", {})
    every = [terms.find(t, state, Analysis(t)) for t in texts]
    assert cut == every
    hyphened = sum(1 for text, found in zip(texts, cut) for s, e, _ in found if "-" in text[s:e])
    # the renderings that take in a joined pair are many, and words by the thousand were not tried
    assert hyphened > 20 and tried["every"] - tried["cut"] > 10_000, (hyphened, tried)


def test_every_word_up_to_a_joined_word_and_the_screens_openings():
    text = "the new quality inter-connect of smart web joint vehicle and light-abandonment"
    toks = terms._tokens(text, 0, len(text))
    joined = [k for k, t in enumerate(toks) if t.hyphen]
    assert [toks[k].word for k in joined] == ["inter", "light"]
    assert terms._hyphen_openings(toks, {6}) == {1, 2, 3, 6, 9, 10, 11}
    assert terms._hyphen_openings(toks[:3], set()) == set()


def test_a_word_joined_to_the_one_before_it_is_inside_a_compound():
    # issue 13, forty-seventh round: a rendering opening there is one ``find`` drops
    text = "the long-term care, in-law and well - being"
    toks = terms._tokens(text, 0, len(text))
    assert [t.word for t in toks if terms._inside_compound(toks, toks.index(t))] == ["term", "law"]
    assert not terms._inside_compound(toks, 0)


def test_words_inside_a_compound_are_not_tried_and_the_renderings_are_the_same(texts, monkeypatch):
    state = load_rules(os.path.join(ROOT, "rules.yaml")).get(RULE_ID).state
    chains = ["-".join(["long"] * 300), "-".join(["long-term", "care", "insurance"] * 40),
              "new-quality productive-forces-" + "-".join(["digital"] * 50) + " twin"]
    sample = texts[::4] + chains
    monkeypatch.setattr(terms, "_EMPTY", {})
    cut = [terms.find(t, state, Analysis(t)) for t in sample]
    monkeypatch.setattr(terms, "_inside_compound", lambda toks, i: False)
    monkeypatch.setattr(terms, "_EMPTY", {})
    every = [terms.find(t, state, Analysis(t)) for t in sample]
    assert cut == every and sum(map(len, cut)) > 20
    # a chain of 300 joined words: one word tried, not 300
    monkeypatch.undo()
    tried = []
    real = terms._opening_terms
    monkeypatch.setattr(terms, "_opening_terms", lambda toks, i, *a: tried.append(i) or real(toks, i, *a))
    monkeypatch.setattr(terms, "_EMPTY", {})
    terms.find(chains[0], state, Analysis(chains[0]))
    assert tried == [0]
