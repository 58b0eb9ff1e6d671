"""The review of each round's rules (issue 9), one set of tests over every review's data.

A review is a table row: the rules it reviews, a file of correct English with the same words and
shapes (``tests/data/<name>_good.txt``, one text a line) that the rules pass with their gates
off, and a file of MT renderings the rules were not written from (``tests/data/<name>_mt.txt``,
rule, text and span split by tabs) that each rule reports on its span, except rows marked MISS.
Where the row says so the whole catalog, gates on, also passes every good text. What is a
review's own (its special filters, doubtful texts, misses, extra shapes) stays in its file,
``tests/test_<name>.py``.

Each rule set runs once over a review's good texts (``ungated_findings_in``) and the catalog once
over them (``catalog_findings_in``); a failure names the review, and for an MT rendering the rule
and the text, in its test id.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from rule_helpers import catalog_findings_in, data_lines, tab_rows, ungated_findings_in, ungated_hits


@dataclass(frozen=True)
class Review:
    name: str
    rules: tuple
    catalog_passes_good: bool = False  # the whole catalog, gates on, reports none of the good texts
    min_good: int = 150
    min_mt: int = 20

    @property
    def good(self) -> list:
        return data_lines(f"{self.name}_good.txt")

    @property
    def mt(self) -> list:
        return tab_rows(f"{self.name}_mt.txt")


REVIEWS = [
    # round 38's comma, capital and name-order rules
    Review("review38d", ("comma-after-reporting-verb", "mt-capital-run-function-word", "name-order-mixed")),
    # round 39's agreement rules, "including ... and so on" and the widened pronoun-base-verb
    Review("review39a", ("each-of-plural-verb", "clause-plural-singular-be", "together-with-plural-verb",
                         "including-and-so-on", "pronoun-base-verb")),
    # round 40's frames (grammar_heads.py), "than a half", "because" before a past verb and the
    # widened a-an; the catalog passes British agreement with a group ("The cast were praised",
    # "The army were deployed"), agreement-closed-subject included
    Review("review40a", ("singular-noun-plural-verb", "singular-noun-which-plural-verb", "count-adjective-singular-noun",
                         "plural-adverb-verb-s", "demonstrative-singular-subject", "plural-noun-which-singular-verb",
                         "whose-singular-base-verb", "than-a-half", "because-past-no-subject", "article-a-an"),
           catalog_passes_good=True),
    # round 40's figure rules
    Review("review40d", ("mt-change-base-does-not-fit-40", "figure-change-direction-contradicted",
                         "figure-rate-per-period-does-not-fit", "figure-share-does-not-fit",
                         "figure-per-capita-does-not-fit", "count-word-list-mismatch", "figures-do-not-add-up"),
           catalog_passes_good=True),
    # round 41's phrase frames (grammar_phrases.py): group nouns and British agreement, "a number
    # of ... are", quantities read as one amount, titles, quotations, inversions, appositives,
    # reduced relatives with their own subject, amounts in units, joined adjectives
    Review("review41a", ("plural-phrase-singular-verb", "partitive-figure-singular-verb", "plural-subject-its-own",
                         "there-count-past-verb", "plural-relative-singular-verb", "quantity-word-singular-noun"),
           catalog_passes_good=True),
    # round 41's modern terms (references/modern_terms.yaml) and sayings (literal_idioms.txt)
    Review("review41c", ("mt-garbled-compound", "mt-literal-rendering", "mt-quoted-count-slogan"),
           catalog_passes_good=True),
    # round 42's verb-form frames (grammar_phrases.py)
    Review("review42a", ("infinitive-only-past-form", "be-plain-verb-passive", "modal-adverb-past-form"),
           catalog_passes_good=True),
    # round 42's capital shapes (capital_more.py); the catalog test is the file's own (these rules only)
    Review("review42b", ("mt-half-capitalised-name-41", "mt-name-half-capitalised-elsewhere-41",
                         "mt-name-first-word-lower-42", "mt-name-tail-lower-elsewhere-42",
                         "mt-phrase-title-case-once-42")),
    # round 42's figure_shares rules; the catalog test is the file's own (these rules only)
    Review("review42e", ("figure-share-ratio-does-not-fit", "figure-parts-share-does-not-fit", "figures-do-not-add-up")),
    # round 43's figure rules (branch detect43a, reviewed in rm43a): durations in two units, the
    # word of direction, shares of an amount, parts with a participle after their unit
    Review("review43a", ("figure-share-ratio-does-not-fit", "figure-share-does-not-fit", "figure-parts-do-not-sum",
                         "figures-do-not-add-up", "figure-change-does-not-fit")),
    # round 43's subjectless clauses after a when/if clause and after a semicolon: emphatic
    # reflexives after a noun subject, inverted questions, conditional inversions, lists
    Review("review43b", ("mt-subordinate-clause-no-subject-43b", "mt-semicolon-clause-no-subject-43b"),
           catalog_passes_good=True),
    # round 43's capital_clause rules (capital_clauses.py) and the changed lowercase-landmark-name
    # (branch detect43d): names, titles, papers, bands and shows after verbs, "to" and commas
    Review("review43d", ("mt-title-case-bare-object-43", "mt-title-case-clause-43", "mt-comma-the-clause-43",
                         "lowercase-landmark-name"), min_mt=12),
    # round 44b's widened 增收, 我省 and 据了解 shapes and the title-body-name order (branch
    # detect44b): the same words in ordinary English (helping people raise their incomes, "our"
    # in a speaker's voice and in titles, "learned" of facts and skills, titles set off by commas,
    # "Recently," opening sentences that are no story's lede)
    Review("review44b", ("calque-do-well-drive", "calque-our-province", "calque-according-to-introduction",
                         "mt-title-of-body-before-name-44b", "mt-report-openers")),
]
BY_NAME = {r.name: r for r in REVIEWS}


def _reviews(reviews=REVIEWS):
    return [pytest.param(r, id=r.name) for r in reviews]


def _mt_cases():
    for r in REVIEWS:
        for rule, text, span in r.mt:
            if span != "MISS":
                yield pytest.param(rule, text, span, id=f"{r.name}-{rule}-{text}")


@pytest.mark.parametrize("review", _reviews())
def test_there_are_enough_texts(review):
    assert len(review.good) >= review.min_good and len(review.mt) >= review.min_mt


@pytest.mark.parametrize("review", _reviews())
def test_the_rules_find_nothing_in_the_good_texts(catalog, review):
    assert ungated_findings_in(catalog, list(review.rules), review.good) == {}


@pytest.mark.parametrize("rule,text,span", list(_mt_cases()))
def test_the_mt_renderings_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]


@pytest.mark.parametrize("review", _reviews([r for r in REVIEWS if r.catalog_passes_good]))
def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs, review):
    assert catalog_findings_in(catalog_runs, review.good) == {}
