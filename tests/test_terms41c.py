"""Forty-first round, terms and idioms from knowledge: the correct English written against the new
entries of ``references/modern_terms.yaml`` and ``audit/detectors/literal_idioms.txt`` (their
accepted forms and ordinary phrases of the same words) draws nothing from the two rules that read
those files."""

import pytest

from audit import Severity, check_text
from rule_helpers import data_lines

GOOD = data_lines("terms41c_good.txt")
RULES = ("mt-garbled-compound", "mt-literal-rendering")


@pytest.fixture(scope="module")
def rules(catalog):
    return [catalog.get(rid) for rid in RULES]


def test_size():
    assert len(GOOD) >= 150


@pytest.mark.parametrize("text", GOOD, ids=[str(i) for i in range(len(GOOD))])
def test_good_english_draws_nothing(rules, text):
    assert [(f.rule, f.text) for f in check_text(text, rules) if f.severity >= Severity.MINOR] == []
