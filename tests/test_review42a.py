"""Review of round 42's verb-form frames (grammar_phrases.py, issue 9): correct English with the
same words and shapes (tests/data/review42a_good.txt: "hope", "plan", "want" and "try" as nouns
before a preposition "to", "to" as a preposition before participles, adjectival participles after
"be", analysts' ratings and slogans after "be", a possessive's "will", headlines, quotations,
lists) passes them, and MT renderings the rules were not written from
(tests/data/review42a_mt.txt) are reported with their spans, except those marked MISS: those
tests are tests/test_reviews.py's; here, questions and a long line."""
from rule_helpers import ungated_hits


def test_a_question_passes_and_the_sentence_after_it_is_read(catalog):
    rule = catalog.get("modal-adverb-past-form")
    assert ungated_hits(rule, "Will the city will greatly improved its roads? The city will greatly improved them.") \
        == ["will greatly improved"]
    assert ungated_hits(rule, "The city will greatly improved its roads, and will it?") == []
    line = "the city will greatly improved its roads " * 2000 + "."  # one mark: read once, not per match
    assert len(ungated_hits(rule, line)) == 2000
