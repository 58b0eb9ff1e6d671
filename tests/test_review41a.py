"""Review of round 41's phrase frames (grammar_phrases.py, issue 9): correct English with the
same words and shapes (tests/data/review41a_good.txt: group nouns and British agreement, "a
number of ... are", quantities read as one amount, titles, quotations, inversions, appositives,
reduced relatives with their own subject, amounts in units, joined adjectives) passes them, and MT
renderings the rules were not written from (tests/data/review41a_mt.txt) are reported with their
spans, except those marked MISS."""
import pytest

from rule_helpers import catalog_findings_in, data_lines, tab_rows, ungated_findings_in, ungated_hits

ROUND41 = ["plural-phrase-singular-verb", "partitive-figure-singular-verb", "plural-subject-its-own",
           "there-count-past-verb", "plural-relative-singular-verb", "quantity-word-singular-noun"]
GOOD = data_lines("review41a_good.txt")
MT = tab_rows("review41a_mt.txt")


def test_there_are_enough_texts():
    assert len(GOOD) >= 150 and len(MT) >= 20


def test_the_rules_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND41, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [row for row in MT if row[2] != "MISS"])
def test_the_mt_renderings_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert catalog_findings_in(catalog_runs, GOOD) == {}
