"""Terms kind, thirty-ninth round: the gated rule ``mt-chinese-term-heads-39c`` (记者 "told the
reporter", 反诈知识 "anti-fraud knowledge", 留守老人 "left-behind elderly", 体验点 "experience spots",
省财政承担 "the provincial finance bears", 林下参 "under-forest ginseng") on the hand-written
development sentences of ``tests/data/terms39c.py``: each MT rendering is reported with its span
and the correct English beside it is not, with the gate off; and the family stays fast on a
1 MB line packed with its own words."""

import pytest

from rule_helpers import data_module, read_as_each_repeat, ungated_hits

_DATA = data_module("terms39c")
FLAG, FLAG_PLAIN, PASS = _DATA.FLAG, _DATA.FLAG_PLAIN, _DATA.PASS
RULE = "mt-chinese-term-heads-39c"
PLAIN = "mt-chinese-term-heads-39c-plain"


@pytest.fixture(scope="module")
def rule(catalog):
    return catalog.get(RULE)


@pytest.fixture(scope="module")
def plain(catalog):
    return catalog.get(PLAIN)


def test_sizes():
    assert len(FLAG) + len(FLAG_PLAIN) >= 80 and len(PASS) >= 150
    assert all(zh and span in text for zh, text, span in FLAG + FLAG_PLAIN)


@pytest.mark.parametrize("zh,text,span", FLAG, ids=[f"{i}" for i in range(len(FLAG))])
def test_flag(rule, plain, zh, text, span):
    assert ungated_hits(rule, text) == [span]
    assert ungated_hits(plain, text) == []


@pytest.mark.parametrize("zh,text,span", FLAG_PLAIN, ids=[f"{i}" for i in range(len(FLAG_PLAIN))])
def test_flag_plain(rule, plain, zh, text, span):
    assert ungated_hits(plain, text) == [span]
    assert ungated_hits(rule, text) == []


@pytest.mark.parametrize("text", PASS, ids=[f"{i}" for i in range(len(PASS))])
def test_pass(rule, plain, text):
    assert ungated_hits(rule, text) == []
    assert ungated_hits(plain, text) == []


def test_gated(rule, plain):
    assert rule.gate is not None and plain.gate is None


@pytest.mark.parametrize("rid", [RULE, PLAIN])
def test_a_packed_line_is_read_as_each_repeat(catalog, rid):
    # a 100 KB line packed with the rules' words gets each repeat's spans at each repeat (the
    # time of 1 MB lines: benchmarks/hostile_scaling.py)
    rule = catalog.get(rid)
    words = ("told the reporter anti-fraud knowledge left-behind experience internet celebrity "
             "provincial and county finances under-forest second-hand planting and breeding "
             "forest-protecting tree-protecting persons litigation service hierarchical diagnosis "
             "love service the reporter's understanding ")
    assert read_as_each_repeat(lambda text: ungated_hits(rule, text), words)
