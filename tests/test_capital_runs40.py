"""The fortieth round's gated title-case subject rules (audit/detectors/capital_runs.py), gate off:
the MT renderings found on their exact span, and none of the good English sentences of
tests/data/capital_runs40_good.txt (capitals used well inside sentences) touched, read one by one
and as one document."""
import os

import pytest

from audit import check_text, load_rules
from rule_helpers import rule_spans, ungated_rules

IDS = ("mt-title-case-subject-40", "mt-title-case-subject-the-40")
GOOD = open(os.path.join(os.path.dirname(__file__), "data", "capital_runs40_good.txt"), encoding="utf-8").read()


@pytest.fixture(scope="module")
def rules():
    return ungated_rules(IDS)


@pytest.mark.parametrize("rule_id, text, span", [
    ("mt-title-case-subject-40", "Drivers pay by phone, and Parking Fees are calculated to the minute.", "Parking Fees"),
    ("mt-title-case-subject-40", "Trucks loaded with Boxed Walnut Kernels are lining up at the gate.", "Boxed Walnut Kernels"),
    ("mt-title-case-subject-40", "Buyers come to the farm, and Dried Persimmon Cakes are shipped daily.", "Dried Persimmon Cakes"),
    ("mt-title-case-subject-the-40", "Two firms came, and the Fresh Cocoons can be sold in the county.", "Fresh Cocoons"),
])
def test_rendering_found_on_its_span(rules, rule_id, text, span):
    assert rule_spans(text, rules) == [(rule_id, span, text.index(span))]


def test_good_sentences_untouched(rules):
    lines = [line for line in GOOD.splitlines() if line.strip()]
    assert len(lines) >= 300
    hits = [(line, f.text) for line in lines for f in check_text(line, rules)]
    assert hits == []
    assert list(check_text(GOOD, rules)) == []


@pytest.mark.parametrize("text", [
    "In the capital Special Forces were deployed after the attack.",
    "The finished book, which Meridian Books will publish on Tuesday, is short.",
    "By the late 1960s the Rolling Stones were the biggest band in the world.",
    "The weather was fine, and the Home Counties are expecting sun.",
    "Drivers pay by phone, and parking fees are calculated to the minute.",
    "The Three-Year Plan for Silkworm Industry Revitalization was issued.",
])
def test_names_and_lower_case_pass(rules, text):
    assert list(check_text(text, rules)) == []


def test_body_name_half_in_lower_case():
    rule = load_rules().get("mt-body-name-lower-word-40").ungated()
    text = "Deputies to the Municipal people's Congress and journalists watched."
    assert [(f.text, f.start) for f in check_text(text, [rule])] == [("Municipal people's Congress", 16)]
    good = [line for line in GOOD.splitlines() if line.strip()]
    assert [f.text for line in good for f in check_text(line, [rule])] == []
    assert list(check_text("The County Council and the Municipal People's Congress met.", [rule])) == []
