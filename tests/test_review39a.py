"""Review of round 39's agreement rules, "including ... and so on" and the widened
pronoun-base-verb (issue 9): correct English with the same words and shapes
(tests/data/review39a_good.txt) passes them, and MT renderings the rules were not written from
(tests/data/review39a_mt.txt) are reported with their spans, except those marked MISS."""
import pytest

from rule_helpers import data_lines, tab_rows, ungated_findings_in, ungated_hits

ROUND39 = ["each-of-plural-verb", "clause-plural-singular-be", "together-with-plural-verb", "including-and-so-on",
           "pronoun-base-verb"]
GOOD = data_lines("review39a_good.txt")
MT = tab_rows("review39a_mt.txt")


def test_there_are_enough_texts():
    assert len(GOOD) >= 150 and len(MT) >= 20


def test_the_rules_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND39, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [row for row in MT if row[2] != "MISS"])
def test_the_mt_renderings_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]
