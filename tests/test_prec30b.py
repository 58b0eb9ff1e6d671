"""False alarms of the figure rules on good English (issue 9, prec30b): figures used the way good
news uses them (a real, adjusted or yearly rate beside nominal levels; overlapping groups of one
whole), each read with the rule's gate taken off, beside the MT shape the rule still reports.
Each good sentence fired before the round's change."""
import pytest

from audit import load_rules
from audit.detectors.figures_common import RATE_QUALIFIED
from tests.rule_helpers import good_passes_and_bad_is_reported, ungated_hits

CATALOG = load_rules()
RULES = {r.id: r for r in CATALOG.rules}

# (rule, good English that must pass, MT shape that must still be reported, its span)
CASES = [
    ("figures-do-not-add-up", "The city's GDP rose from 100 billion yuan to 120 billion yuan, up 8 percent at comparable prices.",
     "The city's GDP rose from 100 billion yuan to 120 billion yuan, up 8 percent.", "8 percent"),
    ("figures-do-not-add-up", "Wages rose from 500 dollars to 550 dollars, up 4 percent in real terms.",
     "Wages rose from 500 dollars to 550 dollars, up 4 percent from a year earlier.", "4 percent"),
    ("figures-do-not-add-up", "Membership rose from 40,000 to 50,000, an increase of 8 percent a year over three years.",
     "Membership rose from 40,000 to 50,000, an increase of 8 percent over last year.", "8 percent"),
    ("figures-do-not-add-up", "Output rose from 2.4 million tonnes to 3 million tonnes, up 5 percent after adjusting for quality.",
     "Output rose from 2.4 million tonnes to 3 million tonnes, up 5 percent.", "5 percent"),
    ("figures-do-not-add-up", "The population grew from 8 million to 10 million, up 1.1 percent a year.",
     "The population grew from 8 million to 10 million, up 1.1 percent year on year.", "1.1 percent"),
    ("figures-do-not-add-up", "Retail sales rose from 3.1 trillion yuan to 3.3 trillion yuan, up 2 percent seasonally adjusted.",
     "Retail sales rose from 3.1 trillion yuan to 3.3 trillion yuan, up 2 percent.", "2 percent"),
    ("figures-do-not-add-up", "Sales rose from 800 million yuan to 1 billion yuan, up 15 percent excluding acquisitions.",
     "Sales rose from 800 million yuan to 1 billion yuan, up 15 percent.", "15 percent"),
    ("figure-change-does-not-fit", "Sales grew from 1,000 units in 2010 to 2,000 units in 2020, up 7.2 percent a year.",
     "Sales grew from 1,000 units in 2010 to 2,000 units in 2020, up 7.2 percent.", "7.2 percent"),
    ("figure-change-does-not-fit", "Profits rose from 40 million pounds to 44 million pounds, up 14 percent in dollar terms.",
     "Profits rose from 40 million pounds to 44 million pounds, up 14 percent.", "14 percent"),
    ("figure-change-does-not-fit",
     "The city's population rose from 2 million to 3 million between 2000 and 2020, growth of about 2 percent annually.",
     "The city's population rose from 2 million to 3 million between 2000 and 2020, growth of about 2 percent.", "2 percent"),
    ("figure-parts-do-not-sum", "The orchestra has 90 players, of whom 60 are women and 45 are under 40.",
     "The orchestra has 90 players, of whom 60 are men and 45 are women.", "90 players"),
    ("figure-parts-do-not-sum", "Of the 50 members, 40 voted for the motion and 30 voted for the amendment.",
     "The club has 50 members: 40 men and 30 women.", "50 members"),
    ("figure-parts-do-not-sum", "The choir has 60 singers, of whom 40 are women and 35 are over 50.",
     "The choir has 60 singers, of whom 40 are women and 35 are men.", "60 singers"),
    ("figure-parts-do-not-sum", "The school has 900 pupils, of whom 600 walk to school and 500 take part in sport.",
     "The school has 900 pupils, of whom 600 are boys and 500 are girls.", "900 pupils"),
    ("figure-parts-do-not-sum", "Of the 300 firms surveyed, 200 export to Europe and 150 export to Asia.",
     "The 300 firms surveyed include 200 private firms and 150 state-owned firms.", "300 firms"),
    ("figure-parts-do-not-sum", "The hospital has 500 nurses, of whom 350 work nights and 300 have a degree.",
     "The hospital has 500 nurses, of whom 350 are locals and 300 are migrants.", "500 nurses"),
    ("figure-parts-do-not-sum", "The company has 1,200 staff, of whom 700 are engineers and 600 are based abroad.",
     "The county has 24 schools: 15 are on the plain and 11 are in the hills.", "24 schools"),
]


@pytest.mark.parametrize("rule_id,good,bad,span", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_good_english_passes_and_the_mt_shape_is_still_reported(rule_id, good, bad, span):
    good_passes_and_bad_is_reported(RULES[rule_id], good, bad, span)


@pytest.mark.parametrize("after,qualified", [
    (" in real terms", True), (" at constant 2015 prices", True), (" a year", True), (", per annum", True),
    (" annually", True), (" on a like-for-like basis", True), (" after inflation", True),
    (" a year earlier", False), (" a year ago", False), (" year on year", False), (" over last year", False),
    (" from 2,400", False), (" to 3,000 yuan", False), (", a year after the reform", False),
    (" at current prices", False), (" in nominal terms", False),
])
def test_a_rate_qualifier_is_read_right_after_the_rate_and_a_years_base_is_none(after, qualified):
    text = "up 4 percent" + after
    assert bool(RATE_QUALIFIED.match(text, len("up 4 percent"))) == qualified


@pytest.mark.parametrize("bad,span", [
    ("The university has 1,200 students, of whom 700 came from Henan and 600 came from Hebei.", "1,200 students"),
    ("The firm has 500 workers, of whom 300 work in the factory and 250 work in the office.", "500 workers"),
    ("The fund has 700 members, of whom 420 are farmers and 380 are traders.", "700 members"),
    ("The clinic has 90 staff, of whom 60 are doctors and 45 nurses.", "90 staff"),
])
def test_parts_in_clauses_that_place_them_apart_or_name_kinds_are_still_added(bad, span):
    assert ungated_hits(RULES["figure-parts-do-not-sum"], bad) == [span]


@pytest.mark.parametrize("text,span", [
    # after the last level, "a year" and "per person" say what the levels are: their ratio is the rate
    ("Average income rose 8 percent from 30,000 yuan to 36,000 yuan a year.", "8 percent"),
    ("Spending rose 8 percent from 30,000 yuan to 36,000 yuan per person.", "8 percent"),
])
def test_yearly_or_per_head_levels_are_still_divided(text, span):
    assert ungated_hits(RULES["figures-do-not-add-up"], text) == [span]


def test_real_terms_after_the_last_level_still_qualify_the_rate():
    text = "Wages fell 2 percent from 3,100 yuan to 3,300 yuan in real terms."
    assert ungated_hits(RULES["figures-do-not-add-up"], text) == []
