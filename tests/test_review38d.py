"""Review of round 38's comma, capital and name-order rules (issue 9): correct English with the
same verbs, capitals and names (tests/data/review38d_good.txt) passes them with the gate off, and
MT renderings the rules were not written from (tests/data/review38d_mt.txt) are reported with
their spans, except those marked MISS."""
import pytest

from rule_helpers import data_lines, tab_rows, ungated_findings_in, ungated_hits

ROUND38 = ["comma-after-reporting-verb", "mt-capital-run-function-word", "name-order-mixed"]
GOOD = data_lines("review38d_good.txt")
MT = tab_rows("review38d_mt.txt")


def test_there_are_enough_texts():
    assert len(GOOD) >= 150 and len(MT) >= 20


def test_the_rules_ungated_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND38, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [row for row in MT if row[2] != "MISS"])
def test_the_mt_renderings_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]
