"""Families of agreement and tense slips added in issue 9's seventeenth round (second piece): each
construction is pinned to its rule and exact span, and correct English near misses draw no
finding from the whole catalog."""
import pytest

from audit import Severity, load_rules
from audit.engine import check_text

CATALOG = load_rules()

# (text, rule, span): constructions beyond the rules' own examples and the development sentences.
FLAGGED = [
    ("Prices are fixed, so the growers does not worry about the market.", "plural-subject-singular-verb", "growers does"),
    ("He said many migrants hasn't registered yet.", "plural-subject-singular-verb", "migrants hasn't"),
    ("About 30 boats in Ningbo and Zhoushan was moved into harbour.", "plural-subject-singular-verb", "was"),
    ("The cost of repairs were shared by the owners.", "singular-head-plural-verb", "were"),
    ("The income of villagers have been rising for years.", "singular-head-plural-verb", "have been"),
    ("The museum said the new hall has been opened to visitors next week.", "perfect-with-next-year", "has been opened"),
    ("Since the start of the campaign, police arrest 40 suspects.", "past-marker-plural-base-verb", "arrest"),
]

# Correct English that uses the same words: nothing in the catalog may flag it.
NEAR_MISSES = [
    "Prices are fixed, so the growers do not worry about the market.",
    "Each of the migrants has registered.",
    "About 30 boats in Ningbo and Zhoushan were moved into harbour.",
    "Two weeks in Sanya was too short.",
    "The cost of repairs was shared by the owners.",
    "The costs of repairs were shared by the owners.",
    "The opening has been delayed until next week.",
    "The hall has been opened, and more rooms will follow next week.",
    "Since the start of the campaign, police have arrested 40 suspects.",
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_family_construction_is_flagged_with_its_span(text, rule, span):
    hits = [(f.rule, f.text) for f in check_text(text, CATALOG, Severity.MINOR)]
    assert (rule, span) in hits, hits


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_english_near_miss_draws_no_finding(text):
    assert [(f.rule, f.text) for f in check_text(text, CATALOG, Severity.MINOR)] == []
