"""Gated term families (issue 9, thirtieth round): Chinese legal, policing, Party, social, sport,
media, clinic, school, farming, water, environment, disaster and produce terms rendered word for
word. Each family is run ungated on renderings its catalog examples do not hold and on ordinary
English that uses the same trigger words in their usual senses (the sentences each branch was
narrowed for), and the full catalog shows that the gate keeps a family quiet in a document with no
other sign of machine translation."""
from __future__ import annotations

import pytest

from audit import check_text, load_rules

from rule_helpers import MT_EVIDENCE_TERMS, alone_and_inside, assert_gated_family, ungated_hits

CATALOG = load_rules("rules.yaml")
RULES = {r.id: r for r in CATALOG.rules}
FAMILIES = ["mt-term-law-party-society-30c", "mt-term-health-land-disaster-30c", "mt-term-produce-nature-30c"]
LAW, HEALTH, PRODUCE = FAMILIES

# (rule, text, the span it must report or None for silence)
CASES = [
    (LAW, "The public prosecution organ charged him with fraud.", "public prosecution organ"),
    (LAW, "Floating party members were organised into branches.", "Floating party members"),
    (LAW, "He has a party age of 50 years.", "party age of 50"),
    (LAW, "Her score was above the first book line.", "first book line"),
    (LAW, "Officials must obey discipline at holiday nodes.", "holiday nodes"),
    (LAW, "Retirees receive the pension treatment on time.", "receive the pension treatment"),
    (LAW, "The Spring Festival file box office hit 8 billion yuan.", "Spring Festival file"),
    # ordinary English with the same words (review of the thirtieth round)
    (LAW, "He admitted guilt and accepted punishment without complaint, his lawyer said.", None),
    (LAW, "High-altitude parabolic flights let astronauts train for weightlessness.", None),
    (LAW, "The company maintained the original judgment of its auditors on the matter.", None),
    (LAW, "When we arrived at the case conference, the doctors were already there.", None),
    (LAW, "Detectives solved the life cases of three victims, the cold-case unit said.", None),
    (LAW, "The Central Video Library lends DVDs to schools.", None),
    (LAW, "The team kept a small treasury of old photographs in a box.", None),
    (LAW, "The national foot health survey found many people wear the wrong shoes.", None),
    (LAW, "A vanguard post of the army was attacked at dawn.", None),
    (LAW, "Her teaching age certificate was renewed.", None),
    (LAW, "The first book line of the poem is famous.", None),
    (LAW, "Holiday nodes in the network graph are shown in red.", None),
    (LAW, "The green channel at the airport is for passengers with nothing to declare.", None),
    (LAW, "After receiving the police report, the insurer paid.", None),
    (HEALTH, "The county trained 200 full-course doctors.", "full-course doctors"),
    (HEALTH, "Trucks must meet the National Six emission standard.", "National Six"),
    (HEALTH, "The water quality of national examination sections reached Class III.", "national examination sections"),
    (HEALTH, "Villagers carried out group monitoring and group prevention of landslides.",
     "group monitoring and group prevention"),
    (HEALTH, "The family doctor signing the certificate was struck off.", None),
    (HEALTH, "Fixed-point pharmacy automation uses fixed-point arithmetic chips.", None),
    (HEALTH, "The balance between occupation and compensation in the war zone was debated.", None),
    (HEALTH, "Used ground film stock from the 1970s is valuable to collectors.", None),
    (HEALTH, "He served as the river length surveyor in 1850.", None),
    (HEALTH, "The inferior grade five steel failed the test.", None),
    (HEALTH, "Hidden dangers of radon in homes are often ignored.", None),
    (HEALTH, "Civilian lodgings were requisitioned by the army in 1940.", None),
    (HEALTH, "Workers participated in medical insurance schemes run by unions.", None),
    (HEALTH, "Removing the drug additions from the formulary saved money.", None),
    (HEALTH, "Zero-difference rates apply to swaps.", None),
    (HEALTH, "Researchers began monitoring households in 2020.", None),
    (HEALTH, "The big trumpets sounded at the coronation.", None),
    (HEALTH, "Guards patrolled the dams and checked for dangers every night.", None),
    (HEALTH, "Marinas charge boats by the metre.", None),
    (PRODUCE, "Big gate crabs from Yangcheng Lake are famous.", "Big gate crabs"),
    (PRODUCE, "The county planted 10,000 mu of economic forest.", "economic forest"),
    (PRODUCE, "The economic forest of indicators confused investors.", None),
    (PRODUCE, "A small lobster farming experiment in Maine failed.", None),
    (PRODUCE, "The black land soil of Ukraine is among the most fertile.", None),
    (PRODUCE, "Technology special agents from the FBI raided the office.", None),
]


def test_the_families_are_gated_terms_with_examples():
    assert_gated_family(RULES, FAMILIES, "terminology")


@pytest.mark.parametrize("rid,text,span", CASES)
def test_family_ungated(rid, text, span):
    assert ungated_hits(RULES[rid], text) == ([span] if span else [])


TERM = "Floods hit the county and internal waterlogging cut the roads."


def test_gate_keeps_the_family_quiet_without_other_evidence():
    alone, inside = alone_and_inside(CATALOG, HEALTH, MT_EVIDENCE_TERMS, TERM)
    assert alone == []
    assert inside == [("internal waterlogging", None)]
