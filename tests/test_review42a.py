"""Review of round 42's verb-form frames (grammar_phrases.py, issue 9): correct English with the
same words and shapes (tests/data/review42a_good.txt: "hope", "plan", "want" and "try" as nouns
before a preposition "to", "to" as a preposition before participles, adjectival participles after
"be", analysts' ratings and slogans after "be", a possessive's "will", headlines, quotations,
lists) passes them, and MT renderings the rules were not written from
(tests/data/review42a_mt.txt) are reported with their spans, except those marked MISS."""
import pytest

from rule_helpers import catalog_findings_in, data_lines, tab_rows, ungated_findings_in, ungated_hits

ROUND42 = ["infinitive-only-past-form", "be-plain-verb-passive", "modal-adverb-past-form"]
GOOD = data_lines("review42a_good.txt")
MT = tab_rows("review42a_mt.txt")


def test_there_are_enough_texts():
    assert len(GOOD) >= 150 and len(MT) >= 20


def test_the_rules_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND42, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [row for row in MT if row[2] != "MISS"])
def test_the_mt_renderings_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert catalog_findings_in(catalog_runs, GOOD) == {}


def test_a_question_passes_and_the_sentence_after_it_is_read(catalog):
    rule = catalog.get("modal-adverb-past-form")
    assert ungated_hits(rule, "Will the city will greatly improved its roads? The city will greatly improved them.") \
        == ["will greatly improved"]
    assert ungated_hits(rule, "The city will greatly improved its roads, and will it?") == []
    line = "the city will greatly improved its roads " * 2000 + "."  # one mark: read once, not per match
    assert len(ungated_hits(rule, line)) == 2000
