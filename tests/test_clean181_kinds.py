"""Kinds of false alarm the blind clean set clean_fresh181 drew on the forty-sixth round's base
catalog (issue 9; 6 findings in 11,165 words, one major), each passed as a kind while the MT
shape beside it is still reported: words of a notice the document quotes in capitals, named in
capitals in its sentences ("issue HIGH WIND WARNING for coast"); a word written in lower case
only inside a web address ("weather.gov/seattle"), which is no ordinary writing of it; a day of
the month ("beginning Dec. 1") read as one end of a change."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


BULLETIN = ("Storm to bring damaging winds to the coast\n\n"
            "Forecasters issue HIGH WIND WARNING for coast as system nears\n\n"
            "The weather service said winds would peak on Friday.\n\n"
            "...HIGH WIND WARNING IN EFFECT FROM 7 PM THURSDAY TO 10 AM FRIDAY...\n\n"
            "...FLOOD WATCH IN EFFECT FROM THURSDAY EVENING THROUGH SATURDAY MORNING...\n\n"
            "The service uses tiers. A WATCH means that conditions are favorable for a hazard.\n")
ADDRESS = ("The agency's Seattle office issued a series of warnings. Models disagreed on whether the Seattle area "
           "sees gusts of 60 mph. Forecasts are at weather.gov/seattle or on the radio.\n")


@pytest.mark.parametrize("rule_id, text, expected", [
    ("all-caps-word", BULLETIN, []),
    # no notice quoted, or only a headline in capitals: still reported
    ("all-caps-word", "Officials said the IMPORTANT work of reform continues in every district.\n", ["IMPORTANT"]),
    ("all-caps-word", "CITY PUSHES FORWARD THE IMPORTANT WORK OF REFORM\n\nOfficials said the IMPORTANT work of "
                      "reform continues in every district.\n", ["IMPORTANT"]),
    ("random-capital-word", ADDRESS, []),
    ("random-capital-word", "Exports of the city Increased by 8 percent, and imports increased by 5 percent.\n",
     ["Increased"]),
    # a pair written with a slash is ordinary writing (a second reading): still read as lower case
    ("all-caps-word", "The new line is FAST and cheap. Trains switch between fast/slow modes.\n", ["FAST"]),
    # a subhead in capitals clears no single word of it (a second reading)
    ("all-caps-word", "China to support private firms\n\nSTRENGTHEN SUPPORT AND IMPROVE THE BUSINESS ENVIRONMENT\n\n"
                      "The city issued a plan to SUPPORT private enterprises and IMPROVE the business environment.\n",
     ["SUPPORT", "IMPROVE"]),
    ("figure-difference-does-not-fit", "The center said it had added 18 beds to its pediatric unit and would "
                                       "restrict visits by children younger than 12 beginning Dec. 1.", []),
    ("figure-difference-does-not-fit", "The center added 18 beds and would restrict visits by children younger "
                                       "than 12 from 1 December.", []),
    ("figure-difference-does-not-fit", "The center added 18 beds and would restrict visits by children younger "
                                       "than 12 between Dec. 1 and 15.", []),
])
def test_kinds(rule_id, text, expected):
    assert _spans(rule_id, text) == expected


def test_difference_still_reported():
    # a change against its two ends, no date among them: still checked
    text = "The hospital added 18 beds, raising the total from 12 to 40."
    assert _spans("figure-difference-does-not-fit", text) == ["18 beds"]
