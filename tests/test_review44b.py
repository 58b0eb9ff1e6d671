"""Review of round 44b's lede branch of mt-report-openers (近日 "Recently," opening a story): what the
one-line texts of tests/data/review44b_good.txt cannot show, where in a document the word stands."""
from __future__ import annotations

import pytest

from rule_helpers import checked_findings, ungated_rules

OPENERS = "mt-report-openers"
HEADLINE = "County Opens Night Market With 80 Stalls\n\n"
LEDE = "Recently, the county opened a night market with 80 stalls."


def _found(text):
    return [(f.text, f.start) for f in checked_findings(text, ungated_rules([OPENERS]))]


@pytest.mark.parametrize("meta", ["", "Source: County Media Centre 2026-05-02\n\n",
                                  "Release time: 2026-05-02 10:30   Source: County Net\n\n",
                                  "(County Net) 2026-05-02 News\n\nBy Wang Li\n\n"])
def test_the_lede_after_a_headline_and_its_source_lines_is_read(meta):
    text = HEADLINE + meta + LEDE
    assert _found(text) == [("Recently,", text.index("Recently,"))]


@pytest.mark.parametrize("text", [
    LEDE,  # no headline
    HEADLINE + "The county opened a night market on Friday.\n\n" + LEDE,  # a later paragraph
    HEADLINE + "The county opened a night market. " + LEDE,  # a later sentence of the lede
    "A note.\n\n" + LEDE,  # the line before ends on a stop: no headline
    HEADLINE + "One.\n\nTwo\n\nThree\n\nFour\n\nFive\n\n" + LEDE,  # past the source lines
    HEADLINE + "In recent years, the county has opened a night market.",  # another time word
])
def test_recently_elsewhere_passes(text):
    assert _found(text) == []


def test_in_recent_days_opens_a_lede_too():
    text = HEADLINE + "In recent days, the county opened a night market."
    assert _found(text) == [("In recent days,", len(HEADLINE))]
