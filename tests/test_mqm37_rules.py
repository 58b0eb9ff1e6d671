"""Issue 9, thirty-seventh round (rated MT of the MQM TED set, its write half):
`spaced-compound-hyphen` reads a number and a unit spaced apart before a noun ("this eight - foot
robot"); `comma-splice-pronoun` passes a comment tag that ends the sentence ("..., we are told.",
"..., it turns out."). Both stay silent on 157 correct sentences of the same shapes."""
import os

import pytest

from audit import check_text, load_rules

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "data", "good_english_37_mqm.txt")
RULES = ("spaced-compound-hyphen", "comma-splice-pronoun")


@pytest.fixture(scope="module")
def catalog():
    return load_rules()


def _rules(catalog, *ids):
    return [r for r in catalog.rules if r.id in ids]


FLAGS = [
    ("spaced-compound-hyphen", "I mean, it cost thousands of dollars to build this eight - foot robot.", "eight - foot"),
    ("spaced-compound-hyphen", "These are reconfigurable robots - 8 - foot, 12 - foot - long proteins.", "8 - foot"),
    ("spaced-compound-hyphen", "These are reconfigurable robots - 8 - foot, 12 - foot - long proteins.", "12 - foot"),
    ("spaced-compound-hyphen", "Ten - year bonds fell on Monday.", "Ten - year"),
    ("spaced-compound-hyphen", "They signed a 5 - year lease.", "5 - year"),
    ("comma-splice-pronoun", "The factory opened in 2020, it employs 500 people.", "it employs"),
    ("comma-splice-pronoun", "The bridge was finished last year, it cost 3 billion yuan.", "it cost"),
    # a passive verb of telling that goes on with an object is a new clause
    ("comma-splice-pronoun", "The plant closed in 2019, we were told to leave at once.", "we were"),
]


@pytest.mark.parametrize("rule,text,span", FLAGS)
def test_flags_with_exact_span(catalog, rule, text, span):
    found = [f for f in check_text(text, _rules(catalog, rule)) if f.rule == rule]
    assert span in [f.text for f in found], found
    for f in found:
        assert text[f.start:f.end] == f.text


PASSES = [
    ("spaced-compound-hyphen", "Arsenal won 3 - 1 at home."),
    ("spaced-compound-hyphen", "The season ends in May - four months early."),
    ("spaced-compound-hyphen", "Results for 2023 - Year in review."),
    ("spaced-compound-hyphen", "He stayed five - no, six - years in Paris."),
    ("spaced-compound-hyphen", "It cost thousands of dollars to build this eight-foot robot."),
    ("comma-splice-pronoun", "The black hole is invisible to us, we are told."),
    ("comma-splice-pronoun", "This was a very big deal for the town, it turns out."),
    ("comma-splice-pronoun", "The old bridge was perfectly safe, it turned out!"),
    ("comma-splice-pronoun", "The new drug is safe and effective, we were assured."),
]


@pytest.mark.parametrize("rule,text", PASSES)
def test_passes(catalog, rule, text):
    assert [f for f in check_text(text, _rules(catalog, rule)) if f.rule == rule] == []


def test_good_sentences_are_silent(catalog):
    lines = [l.strip() for l in open(GOOD, encoding="utf-8") if l.strip()]
    assert len(lines) >= 150
    rules = _rules(catalog, *RULES)
    hits = [(line, f.rule, f.text) for line in lines for f in check_text(line, rules)]
    assert hits == []
