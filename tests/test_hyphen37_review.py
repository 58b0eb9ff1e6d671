"""Precision review of the thirty-seventh round's `spaced-compound-hyphen` (a number and a unit
spaced apart before a noun) and `comma-splice-pronoun` (a comment tag ending the sentence): neither
reports a span in the correct English of ``tests/data/hyphen37_review.py`` (scores, ranges, minus
signs, dashes typed as spaced hyphens after a figure, labels and model names before a dash, a unit
word that goes on as a noun phrase of its own: "day two begins", "year after year", "minute by
minute"), and each MT rendering beside them gets exactly its spans."""
import os
import sys

import pytest

from rule_helpers import spans_by_text

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
import hyphen37_review as R  # noqa: E402


@pytest.fixture(scope="module")
def spans(catalog):
    rules = [r.ungated() if r.gate is not None else r for r in catalog.rules if r.id in R.RULES]
    assert len(rules) == len(R.RULES)
    return spans_by_text(rules, R.GOOD + [t for _, t, _ in R.MT])


def test_review_material_is_long_enough():
    assert len(R.GOOD) >= 150 and len(R.MT) >= 20


@pytest.mark.parametrize("text", R.GOOD)
def test_rules_silent_on_correct_english(spans, text):
    assert spans[text] == []


@pytest.mark.parametrize("rid, text, expected", R.MT)
def test_rules_report_the_rendering(spans, rid, text, expected):
    assert [t for r, t in spans[text] if r == rid] == expected
