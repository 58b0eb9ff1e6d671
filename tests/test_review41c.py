"""Review of the forty-first round's new modern terms (references/modern_terms.yaml) and sayings
(audit/detectors/literal_idioms.txt), issue 9: correct English with the same words
(tests/data/review41c_good.txt: China coverage in the accepted forms, and counts, trade meetings,
smuggled goods, health and sport in ordinary words) passes the rules that read those files and the
whole catalog, and MT renderings the entries were not written from (tests/data/review41c_mt.txt)
are reported with their spans, except those marked MISS."""
import pytest

from audit import check_text
from rule_helpers import catalog_findings_in, data_lines, tab_rows, ungated_findings_in, ungated_hits

RULES = ["mt-garbled-compound", "mt-literal-rendering", "mt-quoted-count-slogan"]
GOOD = data_lines("review41c_good.txt")
MT = tab_rows("review41c_mt.txt")


def test_there_are_enough_texts():
    assert len(GOOD) >= 150 and len(MT) >= 20


def test_the_rules_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, RULES, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [row for row in MT if row[2] != "MISS"])
def test_the_mt_renderings_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]


def test_a_run_of_number_words_is_a_count(catalog):
    """双千兆 glossed 双 "two", 千 "thousand", 兆 "million" is "two thousand million", an English
    count; "double thousand mega" is still a rendering."""
    rule = catalog.get("mt-garbled-compound")
    assert check_text("The world now has more than two thousand million smartphone users.", [rule]) == []
    assert [f.text for f in check_text("The province built double thousand mega networks.", [rule])] \
        == ["double thousand mega"]


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert catalog_findings_in(catalog_runs, GOOD) == {}
