"""Terms and idioms by shape, fortieth round: the gated rules ``mt-parallel-idiom-shapes-40c``
(人山人海 "a mountain of people and a sea of people", 从无到有 "from nothing to something"),
``mt-body-name-chain-40c`` ("County Forestry Bureau Bamboo Industry Development Service Center")
and ``mt-one-x-calques-40c`` (一张图 "one-map", 一机一码 "one machine one code") on the hand-written
development sentences of ``tests/data/shapes40c.py``: each MT rendering is reported by its own
rule with its span and by no other of the three, and the correct English beside them is
reported by none, with the gate off; and each rule stays fast on a line packed with its words."""

import pytest

from rule_helpers import data_module, read_as_each_repeat, reported_by_its_rule_only, ungated_hits

_DATA = data_module("shapes40c")
FLAG, PASS = _DATA.FLAG, _DATA.PASS
RULES = (_DATA.IDIOM, _DATA.BODY, _DATA.ONE)


@pytest.fixture(scope="module")
def rules(catalog):
    return {rid: catalog.get(rid) for rid in RULES}


def test_sizes():
    assert len(FLAG) >= 50 and len(PASS) >= 150
    assert all(rid in RULES and zh and span in text for rid, zh, text, span in FLAG)
    assert {rid for rid, *_ in FLAG} == set(RULES)


@pytest.mark.parametrize("rid,zh,text,span", FLAG, ids=[f"{i}" for i in range(len(FLAG))])
def test_flag(rules, rid, zh, text, span):
    reported_by_its_rule_only(rules, text, rid, span)


@pytest.mark.parametrize("text", PASS, ids=[f"{i}" for i in range(len(PASS))])
def test_pass(rules, text):
    reported_by_its_rule_only(rules, text)


def test_gated(rules):
    assert all(rule.gate is not None for rule in rules.values())


_PACKED = {
    _DATA.IDIOM: ("a mountain of people and a sea of people from nothing to something hearts hanging "
                  "in their throats a thousand heads and ten thousand threads seven up eight down "
                  "rely on the mountain and eat the mountain a pie falling from the sky. "),
    _DATA.BODY: ("the County Forestry Bureau Bamboo Industry Development Service Center and the "
                 "Provincial Geological Environment Monitoring General Station of "
                 "Nanling Municipal Low-Altitude Economy Development Leading Group Office, "),
    _DATA.ONE: ("a water conservancy one-map one machine one code the One Network General Handling "
                "platform one card pass one network unified management platform, "),
}


@pytest.mark.parametrize("rid", RULES)
def test_a_packed_line_is_read_as_each_repeat(catalog, rid):
    # a 100 KB line packed with the rule's words gets each repeat's spans at each repeat (the
    # time of 1 MB lines: benchmarks/hostile_scaling.py)
    rule = catalog.get(rid)
    assert read_as_each_repeat(lambda text: ungated_hits(rule, text), _PACKED[rid])
