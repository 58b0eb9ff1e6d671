"""Review of round 46b's preposition-before-clause (issue 9, the kind `other`): correct English
that uses "because of", "despite", "in spite of", "due to" and "thanks to" in ordinary ways
(tests/data/review46b_good.txt: a noun alone after the preposition, "due to" inside a subject, a
relative clause or a comma after the noun, "the way it is", "the fact that") at no finding with
the gate off, and MT renderings with a clause after the preposition that the rule's own examples
do not list, with their spans."""
import pytest

from rule_helpers import data_lines, ungated_findings_in, ungated_hits

RULES = ["preposition-before-clause"]
GOOD = data_lines("review46b_good.txt")


def test_there_are_enough_good_texts():
    assert len(GOOD) >= 30


def test_the_rule_finds_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, RULES, GOOD) == {}


@pytest.mark.parametrize("text,span", [
    ("The market stayed shut because of the stalls were not ready.", "because of the stalls were"),
    ("In spite of the price has doubled, demand keeps rising.", "In spite of the price has"),
    ("Many families moved away, due to the factory had closed.", "due to the factory had"),
    ("Turnout was low despite their campaign was well funded.", "despite their campaign was"),
    ("Because of its roads are narrow, the village gets few buses.", "Because of its roads are"),
    ("Prices climbed despite the harvest was good.", "despite the harvest was"),
    # a third reading: nouns in -s that are singular, plurals with no -s
    ("Schools were closed because of the virus has spread to three counties.", "because of the virus has"),
    ("Protests erupted because of the police were slow to respond.", "because of the police were"),
])
def test_a_clause_after_the_preposition_is_reported(catalog, text, span):
    assert ungated_hits(catalog.get("preposition-before-clause"), text) == [span]


@pytest.mark.parametrize("text", [
    "Residents who were moved because of the floods are back home.",
    "Children at risk because of their age are seen first.",
    "Output due to the new line will rise next year.",
    # a second reading: a reduced relative, the verb the subject's; "will" and "can" as nouns
    "Flights cancelled because of the storm were rebooked for Sunday.",
    "People displaced because of the fighting have begun to return.",
    "Homes damaged because of the quake are being rebuilt with state money.",
    "Officials injured because of the blast were taken to hospital, police said.",
    "The reform has stalled despite the political will in Beijing.",
    "Despite the political will in Beijing, the reform stalled.",
    "The sisters have gone to court because of the second will their father signed.",
    "The fire started because of the aerosol can left next to the stove.",
    # a third reading: "had" agrees with any noun
    "Flights cancelled because of the storm had to be rebooked.",
    "Families displaced because of the fighting had nowhere to go, the agency said.",
])
def test_a_postmodifying_preposition_passes(catalog, text):
    assert ungated_hits(catalog.get("preposition-before-clause"), text) == []
