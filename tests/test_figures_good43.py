"""Round 43 (issue 9, branch detect43a): figures that agree, in good English, draw nothing from
any figure rule; durations that change unit are converted with one table before their percent is
checked, and the word of direction beside the percent is read.

tests/data/figures_good43.txt holds correct news sentences full of figures (shares, parts and
totals with "of which", "including", "among them", rounding, ranges, per-capita and
year-on-year rates, percentage points beside percent, shares of other bases, cumulative totals,
figures of several years side by side, durations in one unit or two), written for this round:
every rule of the figure types (``arithmetic`` and ``figure_*``), its gate taken off, stays
silent on each. The MT shapes below are still reported, each by one rule on its exact span."""
import pytest

from audit.detectors.figures_common import DURATION_UNITS, duration_unit, same_duration
from rule_helpers import data_lines, spans_by_text, ungated_hits

GOOD = data_lines("figures_good43.txt")


def _figure_rules(catalog):
    return [r.id for r in catalog.rules if r.type == "arithmetic" or r.type.startswith("figure_")]


def test_there_are_enough_good_texts():
    assert len(GOOD) >= 80


def test_the_figure_rules_are_many(catalog):
    """The silence below is asked of every figure rule, not of a few."""
    assert {"figure-share-does-not-fit", "figure-parts-do-not-sum", "figure-share-ratio-does-not-fit",
            "figures-do-not-add-up", "figure-parts-share-does-not-fit"} <= set(_figure_rules(catalog))


def test_no_figure_rule_finds_anything_in_the_good_texts(catalog):
    found = spans_by_text([catalog.get(r).ungated() for r in _figure_rules(catalog)], GOOD)
    assert {t: f for t, f in found.items() if f} == {}


# (rule, text, span): wrong figures in the shapes the good texts come near
MT = [
    # a duration that changes unit, its percent wrong or its direction turned
    ("figure-share-ratio-does-not-fit", "The meeting was extended from 90 minutes to two hours, up 50 percent.", "50 percent"),
    ("figure-share-ratio-does-not-fit", "The meeting was extended from 90 minutes to 2 hours, down 33%.", "33%"),
    ("figure-share-ratio-does-not-fit", "Hospital stays were cut from three days to 36 hours, a 30% cut.", "30%"),
    ("figure-share-ratio-does-not-fit", "Average stays were cut from 3 days to 36 hours, a 50 percent increase.", "50 percent"),
    ("figure-share-ratio-does-not-fit", "Waiting times fell from two hours to 30 minutes, an increase of 75 percent.", "75 percent"),
    ("figure-share-ratio-does-not-fit", "Delivery times rose 75 percent, from two days to 12 hours.", "75 percent"),
    ("figure-share-ratio-does-not-fit", "Shifts went from 1.5 hours to 45 minutes, 40 percent shorter.", "40 percent"),
    ("figure-share-ratio-does-not-fit", "The trial period was lengthened from 18 months to two years, up 50 percent.", "50 percent"),
    ("figure-share-ratio-does-not-fit", "The time from ignition to discovery has fallen from about five hours to 20 minutes, "
     "a reduction of 75 percent.", "75 percent"),
    # a share of the count it stands beside, and a breakdown by kind that is too large
    ("figure-share-does-not-fit", "Of the 5,000 cars sold, 2,000 were electric, 60 percent of sales.", "60 percent"),
    ("figure-share-does-not-fit", "Of the 100 largest firms, 40 are state-owned, accounting for 60 percent of the total.", "60 percent"),
    ("figure-parts-do-not-sum", "The county harvested 420,000 tonnes of grain, of which 300,000 tonnes were rice and "
     "160,000 tonnes were wheat.", "420,000 tonnes"),
]


@pytest.mark.parametrize("rule,text,span", MT)
def test_the_mt_shapes_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]


@pytest.mark.parametrize("rule,text,span", MT[:9])
def test_a_duration_is_reported_by_one_rule_only(catalog, rule, text, span):
    """``arithmetic`` leaves a change between two units of time to ``time_change``: one finding."""
    found = spans_by_text([catalog.get(r).ungated() for r in _figure_rules(catalog)], [text])[text]
    assert found == [(rule, span)]


@pytest.mark.parametrize("a,b,ratio", [
    ("hours", "minutes", 60.0), ("day", "hours", 24.0), ("Weeks", "days", 7.0), ("minute", "seconds", 60.0),
    ("years", "months", 12.0), ("decade", "years", 10.0), ("months", "years", 1 / 12),
    ("hours", "hours", 1.0),
])
def test_units_of_one_family_convert(a, b, ratio):
    assert same_duration(a, b) == pytest.approx(ratio)


@pytest.mark.parametrize("a,b", [("months", "days"), ("year", "weeks"), ("hours", "yuan"), ("percent", "minutes")])
def test_months_and_days_or_other_words_do_not_convert(a, b):
    """A month is 28 to 31 days and a year 365 or 366: the calendar's units are not converted to
    the clock's; a word that is no unit of time converts to nothing."""
    assert same_duration(a, b) is None


def test_every_unit_is_read_singular_and_plural():
    for unit in DURATION_UNITS:
        assert duration_unit(unit) == duration_unit(unit + "s") == duration_unit(unit.upper()) == DURATION_UNITS[unit]


def test_a_part_naming_its_noun_again_before_an_ordinary_verb_is_its_own_clause():
    # second reading of round 43: only a form of "be" after a part's unit moves its verb there;
    # "60 deputies voted for" is a clause of its own, as "60 voted for" is
    from audit import load_rules
    from audit.document import Document
    from audit.engine import check_document
    rules = load_rules()
    for text in ("Of the 120 deputies, 90 voted for the budget and 60 deputies voted for the tax bill.\n",
                 "Of the 50 members, 40 voted for the motion and 30 members voted for the amendment.\n"):
        found = {f.rule for f in check_document(Document.from_text(text), rules).findings}
        assert "figure-parts-do-not-sum" not in found, text
    wrong = "Of the 120 deputies, 90 were women and 60 were men.\n"
    found = {f.rule for f in check_document(Document.from_text(wrong), rules).findings}
    assert found & {"figure-parts-do-not-sum", "figure-restated-otherwise"}  # the wrong sum is still reported
