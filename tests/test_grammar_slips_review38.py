"""Review of the round's ten grammar-slip rules on material written before they were run on
it (tests/data/grammar_slips38_review.yaml): correct English with the same closed words and
shapes ("more common", "the most small businesses", "a two-thirds majority", "one of the
riders who works", "responsible to the board", "less than 10 miles", "no one dare speak",
quotations), on which none of the ten may fire, and MT renderings their examples do not list,
each with the span it must get (or none, where the rules are not meant to reach it)."""
import os

import pytest
import yaml

from audit import check_text, load_rules

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDS = ("more-short-adjective", "hyphen-compound-plural", "plural-who-singular-verb", "responsible-to-verb",
       "article-modifiers-plural", "less-plural-noun", "indefinite-pronoun-base-verb", "date-before-part-of-day",
       "of-years-old", "life-stage-noun-article")
with open(os.path.join(HERE, "data", "grammar_slips38_review.yaml"), encoding="utf-8") as fh:
    DATA = yaml.safe_load(fh)


@pytest.fixture(scope="module")
def rules():
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    return [r.ungated() if r.gate is not None else r for r in catalog.rules if r.id in IDS]


def spans(rules, text):
    out = []
    for f in check_text(text, rules):
        assert text[f.start:f.end] == f.text
        out.append((f.rule, f.text))
    return out


def test_the_ten_rules_are_all_present(rules):
    assert sorted(r.id for r in rules) == sorted(IDS)


@pytest.mark.parametrize("text", DATA["good"])
def test_correct_english_passes(rules, text):
    assert spans(rules, text) == []


@pytest.mark.parametrize("case", DATA["bad"], ids=lambda c: c["text"][:40])
def test_mt_rendering_is_reported_with_its_span(rules, case):
    got = spans(rules, case["text"])
    if case["span"] is None:
        assert got == []  # out of reach (noted in the review)
    else:
        assert (case["rule"], case["span"]) in got
