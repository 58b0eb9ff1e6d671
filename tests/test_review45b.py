"""Review of round 45b's widened verb-form rules (issue 9): the verbs of joining (connect,
integrate, relate, equip) in their plain form after "be", next to ordinary English with the same
words (link, combine and "equip with" included, which a second reading showed the first version
read in correct English), which they must pass. The round's gated
shapes are reviewed in tests/data/gated_families/grammar45b.py."""
from __future__ import annotations

import pytest

from rule_helpers import checked_findings, ungated_rules


# The verbs of joining (connect, integrate, relate, equip) in the closed list of plain forms
# after "be" (verb_forms.BE_BASE_VERBS, read by verb-form-after-auxiliary and
# be-plain-verb-passive); mt-verb-form-slips-28 (gated) must not read "equip with" either.
JOINING = ("verb-form-after-auxiliary", "be-plain-verb-passive", "mt-verb-form-slips-28")


def _joining(text):
    return sorted((f.rule, f.text) for f in checked_findings(text, ungated_rules(JOINING)))


# renderings written for the round (the Chinese in a comment)
JOINING_MT = [
    ("All villages are connect to the new water network.", [("verb-form-after-auxiliary", "are connect")]),  # 接入供水管网
    ("The new platform will be integrate with the hospital system.", [("be-plain-verb-passive", "be integrate")]),  # 与医院系统整合
    ("The price is relate to the weight of the fish.", [("verb-form-after-auxiliary", "is relate")]),  # 价格与重量有关
]

JOINING_GOOD = [
    "The link is broken, so the page will not load.",
    "The weakest link is the bridge over the river.",
    "The new line is linked to the airport.",
    "The plant is connected to the grid.",
    "The two firms are combining with a third.",
    "Is the link with the virus proven?",
    "What matters is link quality, not speed.",
    "The hardest part is combine harvesting in the rain.",
    "The farm's biggest machine is a combine.",
    "Our goal is to link with partners abroad.",
    "The question is how they relate to each other.",
    "Costs relate to fuel and labour.",
    "The two studies are related.",
    "She is an associate editor at the paper.",
    "This is connect-the-dots journalism.",
    "The team was equipped with pumps.",
    "Clinics will equip staff with scanners.",
    "They equipped the lab with microscopes.",
    "Equipping schools with laptops costs money.",
    "The county equips each team with a pump.",
    "The app lets users link with friends.",
    "Trains connect with buses at the station.",
    "The route will connect to the ring road.",
    "Those who combine work with study get a grant.",
    "The schools integrate with local clinics.",
    "Data is linked to each account.",
    "How the two are related is unclear.",
    "Our team is well equipped.",
    "The firm is integrated with its suppliers.",
    "His ability to relate to voters is rare.",
    "The road link is due to open in May.",
    "The rail link was opened in 2019.",
    "All they did was link the two files.",
    "What we did was connect the pumps to the grid.",
    "The plan is to connect 300 villages.",
    "The kit can equip a team of six.",
    "Each room comes equipped with a fan.",
    "The units, each equipped with a pump, were sent north.",
    "The missing link was found in 1891.",
    "The combine was bought in 2010.",
    # a second reading: "link" and "combine" are nouns too, and "equip with" has its object before
    # it in a relative clause (so none of them is read)
    "The bottleneck is link and switch capacity, engineers said.",
    "Items stolen from the farm were combine and tractor parts.",
    "The two sections still closed are link 3 and link 4 of the ring road.",
    "The navy has 12 destroyers it plans to equip with the new radar.",
    "Ukraine has drones that engineers can equip with warheads.",
    "Clinics the fund will equip with scanners must apply by May.",
    "The subsidy is link-based, paid per kilometre of cable.",
]


@pytest.mark.parametrize("text, expected", JOINING_MT)
def test_joining_verb_in_its_plain_form_is_reported(text, expected):
    assert _joining(text) == expected


@pytest.mark.parametrize("text", JOINING_GOOD)
def test_joining_verbs_in_ordinary_english_pass(text):
    assert _joining(text) == []
