"""Precision review of the thirty-sixth round's gated grammar families (issue 9): with the gate off,
none of them reports a span in the correct English of ``tests/data/grammar36c_review.py`` (the
concessive "however slightly", "because of" before a second subject, a means with no determiner
before its subject, "which" as a determiner, the carriers Liaoning, Shandong and Fujian, coordinated
modifiers "both company and union", "the most abundant of", economy-wide, pseudo-clefts "what they
should do is invest", a perfect whose date belongs to a participle, distances "built 2 metres
higher"), and each MT rendering beside them gets exactly its spans."""
import os
import sys

import pytest

from rule_helpers import spans_by_text

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
import grammar36c_review as R  # noqa: E402


@pytest.fixture(scope="module")
def spans(catalog):
    rules = [r.ungated() for r in catalog.rules if r.id in R.FAMILIES]
    assert len(rules) == len(R.FAMILIES)
    return spans_by_text(rules, R.GOOD + [t for _, t, _ in R.MT])


def test_review_material_is_long_enough():
    assert len(R.GOOD) >= 150 and len(R.MT) >= 20


@pytest.mark.parametrize("text", R.GOOD)
def test_families_silent_on_correct_english(spans, text):
    assert spans[text] == []


@pytest.mark.parametrize("rid, text, expected", R.MT)
def test_families_report_the_rendering(spans, rid, text, expected):
    assert [t for r, t in spans[text] if r == rid] == expected
