"""The thirty-third round's structural rules (issue 9: capitals, name order, numbers, truncated
names), read from the development set heldout49 and tested on sentences written for this file.

Each gated rule is taken from the bundled catalog and run ungated (as the examples test it); the
cases pin the span each reports, its fix, and the good English beside it that passes."""
import pytest

from audit import load_rules
from audit.engine import check_text
from tests.rule_helpers import ungated_hits

CATALOG = load_rules()
RULES = {r.id: r for r in CATALOG.rules}


def spans(rule_id, text):
    return ungated_hits(RULES[rule_id], text)


# ---------------------------------------------------------------- names joined by a hyphen, in lower case

LOWER = "lowercase-proper-name"


@pytest.mark.parametrize("text, found", [
    ("Traders cross the china-vietnam border every morning.", [("china", "China"), ("vietnam", "Vietnam")]),
    ("The Yunnan-laos railway carried more fruit this year.", [("laos", "Laos")]),
    ("Freight on the China–mongolia route doubled.", [("mongolia", "Mongolia")]),
    ("The two sides held the russia-Kazakhstan talks in May.", [("russia", "Russia")]),
    ("A new japanese-korean ferry opened on Friday.", [("japanese", "Japanese"), ("korean", "Korean")]),
    # the sentence's first word is the sentence-start rule's; the name after the hyphen is this one's
    ("china-laos trade rose. Then it fell.", [("laos", "Laos")]),
])
def test_names_joined_by_a_hyphen_in_lower_case_are_reported(text, found):
    assert [(f.text, f.suggestion) for f in check_text(text, CATALOG.rules) if f.rule == LOWER] == found


@pytest.mark.parametrize("text", [
    "Traders cross the China-Vietnam border every morning.",
    "The set of bone-china cups sold for 40 pounds.",
    "See www.china-laos.com for timetables.",
    "china-laos trade rose: a line in lower case throughout is a style, not a slip.",
    "The e-china-asia fund grew.",
    "The anglo-saxon poem was read aloud.",
    "follow #china-vietnam for updates",
])
def test_names_joined_by_a_hyphen_pass(text):
    assert [f.text for f in check_text(text, CATALOG.rules) if f.rule == LOWER] == []


# ---------------------------------------------------------------- parts and the total that closes them

MISS_TOTAL = "mt-parts-miss-total-29"
NOT_SUM = "figure-parts-do-not-sum"


@pytest.mark.parametrize("text, span", [
    # "adding up to" is a total's cue, not the hedge "up to"
    ("Of the clinics, 14 are public, 8 are private and 3 are run by charities, adding up to 24.", "24"),
    ("The orchard grows 300 pear trees and 150 plum trees, adding up to 500.", "500"),
    # a bare "total N" closes the list as "a total of N" does
    ("The club has 90 members, of whom 60 are women and 25 are men, total 90.", "90"),
    ("The county built 12 bridges and 7 tunnels, total 20.", "20"),
    # a part of up to 48 characters after its figure
    ("Of the firms, 40 are exporters and 15 are suppliers to the two steel plants of Handan, adding up to 60.", "60"),
])
def test_a_closing_total_that_the_parts_miss_is_reported(text, span):
    assert spans(MISS_TOTAL, text) == [span]


@pytest.mark.parametrize("text", [
    "Of the clinics, 14 are public, 7 are private and 3 are run by charities, adding up to 24.",
    "The county built 12 bridges and 8 tunnels, total 20.",
    "The shop sold 40 phones and 30 tablets, up to 90 devices a day.",
])
def test_a_closing_total_that_fits_passes(text):
    assert spans(MISS_TOTAL, text) == []


@pytest.mark.parametrize("text, span", [
    ("The metro line has 18 stations, of which 15 are underground and 4 are elevated.", "18 stations"),
    ("The tramway runs 22 kilometres, of which 16 kilometres are elevated and 8 kilometres are underground.",
     "22 kilometres"),
])
def test_parts_of_one_partition_above_and_below_ground_may_not_exceed_the_total(text, span):
    assert [f.text for f in check_text(text, CATALOG.rules) if f.rule == NOT_SUM] == [span]


@pytest.mark.parametrize("text", [
    "The metro line has 18 stations, of which 14 are underground and 4 are elevated.",
    "The car park has 400 spaces, of which 300 are underground and 80 are above-ground.",
])
def test_parts_above_and_below_ground_within_the_total_pass(text):
    assert [f.text for f in check_text(text, CATALOG.rules) if f.rule == NOT_SUM] == []


# ---------------------------------------------------------------- a change of a duration, and "a reduction of"

ADD_UP = "figures-do-not-add-up"


@pytest.mark.parametrize("text, span", [
    # a halved time is a 50 percent reduction, not 100 (缩短一半 / 缩短一倍)
    ("The new bridge cuts the drive from 80 minutes to 40 minutes, a reduction of 100 percent.", "100 percent"),
    ("Customs clearance fell from 6 hours to 2 hours, a decrease of 200 percent.", "200 percent"),
    ("Approval now takes 4 days, down 75 percent from 8 days.", "75 percent"),
    ("Emissions fell from 500 tonnes to 400 tonnes, a reduction of 40 percent.", "40 percent"),
])
def test_a_change_of_a_duration_or_a_reduction_that_does_not_fit_is_reported(text, span):
    assert [f.text for f in check_text(text, CATALOG.rules) if f.rule == ADD_UP] == [span]


@pytest.mark.parametrize("text", [
    "The new bridge cuts the drive from 80 minutes to 40 minutes, a reduction of 50 percent.",
    "Customs clearance fell from 6 hours to 2 hours, a decrease of 67 percent.",
    "Approval now takes 2 days, down 75 percent from 8 days.",
    "Emissions fell from 500 tonnes to 400 tonnes, a reduction of 20 percent.",
])
def test_a_change_of_a_duration_that_fits_passes(text):
    assert [f.text for f in check_text(text, CATALOG.rules) if f.rule == ADD_UP] == []


# ---------------------------------------------------------------- the gap between two rates

GAP = "mt-rate-gap-33e"


def test_rate_gap_is_gated_and_silent_where_the_gate_stays_shut():
    assert RULES[GAP].gate is not None
    text = "Coverage reached 96.4%, higher than the national 80% by 6.4 percent."
    assert spans(GAP, text) == ["6.4 percent"]
    assert [f.rule for f in check_text(text, CATALOG.rules) if f.rule == GAP] == []


@pytest.mark.parametrize("text, span", [
    # points rendered as percent, a digit lost: 16.4 points, 20.5 percent relative
    ("Coverage reached 96.4%, higher than the national 80% by 6.4 percent.", "6.4 percent"),
    ("The enrolment rate was 95 percent, 25 percentage points higher than the regional average of 80 percent.",
     "25 percentage points"),
    # the direction contradicts the rates
    ("The survival rate hit 62%, higher than the province's 70% by 8 percentage points.", "8 percentage points"),
    ("The county's poverty rate is 3.1 percent, 1.2 points below the national 2.5 percent.", "1.2 points"),
])
def test_a_gap_that_fits_neither_difference_is_reported(text, span):
    assert spans(GAP, text) == [span]


@pytest.mark.parametrize("text", [
    "Coverage reached 96.4%, higher than the national 80% by 16.4 percentage points.",
    # a gap in percent may be the relative one: 96 / 80 is 20 percent higher
    "Coverage reached 96%, higher than the national 80% by 20 percent.",
    "The enrolment rate was 95 percent, 15 percentage points higher than the regional average of 80 percent.",
    "The county's poverty rate is 1.3 percent, 1.2 points below the national 2.5 percent.",
    # no second rate: a change, not a gap
    "Coverage reached 96.4%, 6 percentage points higher than last year.",
    # counts, not rates
    "The school has 960 pupils, 160 more than the 800 of last year.",
])
def test_a_gap_that_fits_passes(text):
    assert spans(GAP, text) == []
