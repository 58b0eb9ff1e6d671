"""The review of the thirty-sixth round's gated idiom families (tests/data/idioms36b_review.py): with
the gate off no family reports a span in the correct English written for the review, and each
word-for-word rendering written for it is found, except those noted as missed."""
from __future__ import annotations

import os
import sys

import pytest

from audit.document import Document
from audit.engine import check_documents
from audit import load_rules

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "data"))
import idioms36b_review as review  # noqa: E402


@pytest.fixture(scope="module")
def families():
    catalog = load_rules(os.path.join(HERE, "..", "rules.yaml"))
    rules = [r.ungated() for r in catalog.rules if r.id in review.FAMILIES]
    assert len(rules) == len(review.FAMILIES)
    return rules


def _spans(rules, texts):
    results = check_documents([Document.from_text(t) for t in texts], rules)
    return [[(f.rule, f.text) for f in res.findings] for res in results]


def test_review_material_is_large_enough():
    assert len(review.GOOD) >= 150
    assert len(review.MT) >= 20


def test_no_family_reports_correct_english(families):
    hits = [(t, s) for t, s in zip(review.GOOD, _spans(families, review.GOOD)) if s]
    assert hits == []


def test_renderings_are_found(families):
    found = dict(zip(review.MT, _spans(families, review.MT)))
    missed = [t for t in review.MT if not found[t]]
    assert missed == list(review.MISSED_OK)
