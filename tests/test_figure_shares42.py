"""Round 42 (issue 9): figures of one sentence in the shapes ``figure_shares`` reads. Correct
English in those shapes (tests/data/figure_shares42_good.txt: shares named "a ratio of" or "of
the total", two parts with a share of their total, totals with parts after "of which", durations
that change unit) draws nothing from the round's rules with their gates off, nor from the
change check ("from 90 minutes to 2 hours" is no change of 98 percent); the MT shapes are
reported with their exact span."""
import pytest

from rule_helpers import data_lines, ungated_findings_in, ungated_hits

ROUND42 = ["figure-share-ratio-does-not-fit", "figure-parts-share-does-not-fit", "figures-do-not-add-up"]
GOOD = data_lines("figure_shares42_good.txt")


def test_there_are_enough_good_texts():
    assert len(GOOD) >= 150


def test_the_rules_ungated_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND42, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [
    ("figure-share-ratio-does-not-fit", "Guo said that of the 1,270 mines in the province, 1,083 have completed restoration plans, a ratio of 87.3%.", "87.3%"),
    ("figure-share-ratio-does-not-fit", "By the end of February, 4.6 million of the roughly 12 million volumes held by archives at provincial, "
     "city and county level had been scanned, 46 percent of the total.", "46 percent of the total"),
    ("figure-share-ratio-does-not-fit", "Now the time from ignition to discovery has fallen from about five hours to 20 minutes on average, "
     "a reduction of 75 percent.", "75 percent"),
    ("figure-share-ratio-does-not-fit", "Checks were cut from 20 minutes to 600 seconds, a reduction of 80 percent.", "80 percent"),
    ("figure-parts-share-does-not-fit", "Last year 2,870 patients were referred upward and 1,950 downward, meaning downward referrals made up "
     "68 percent of the total.", "68 percent of the total"),
    ("figure-parts-share-does-not-fit", "The 38.7-kilometre line has 28 stations, of which 26 are underground and 3 are elevated.",
     "28 stations, of which 26 are underground and 3 are elevated"),
    ("figure-parts-share-does-not-fit", "The ship set sail with 3,860 passengers on board. Of the passengers on the first sailing, "
     "2,100 were foreign nationals, or 64 percent.", "64 percent"),
])
def test_the_mt_shapes_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]


def test_a_correction_notice_is_left_alone(catalog):
    """A correction quotes the wrong figure it corrects; like the other figure checks, these rules
    leave a correction paragraph alone and still read the story above it."""
    rule = catalog.get("figure-share-ratio-does-not-fit")
    wrong = "Of the 1,270 mines in the province, 1,083 have completed restoration plans, a ratio of 97.3%."
    correction = ("Correction: An earlier version of this story wrongly said that of the 1,270 mines in the province, "
                  "1,083 had plans, a ratio of 97.3%. The ratio is 85.3%.")
    assert ungated_hits(rule, "Body.\n\n" + correction) == []
    assert ungated_hits(rule, wrong + "\n\n" + correction) == ["97.3%"]
