"""Terms kind, thirty-ninth round: the gated rule ``mt-chinese-term-heads-39c`` (记者 "told the
reporter", 反诈知识 "anti-fraud knowledge", 留守老人 "left-behind elderly", 体验点 "experience spots",
省财政承担 "the provincial finance bears", 林下参 "under-forest ginseng") on the hand-written
development sentences of ``tests/data/terms39c.py``: each MT rendering is reported with its span
and the correct English beside it is not, with the gate off; and the family stays fast on a
1 MB line packed with its own words."""
import time

import pytest

from rule_helpers import data_module, ungated_hits

_DATA = data_module("terms39c")
FLAG, PASS = _DATA.FLAG, _DATA.PASS
RULE = "mt-chinese-term-heads-39c"


@pytest.fixture(scope="module")
def rule(catalog):
    return catalog.get(RULE)


def test_sizes():
    assert len(FLAG) >= 80 and len(PASS) >= 150
    assert all(zh and span in text for zh, text, span in FLAG)


@pytest.mark.parametrize("zh,text,span", FLAG, ids=[f"{i}" for i in range(len(FLAG))])
def test_flag(rule, zh, text, span):
    assert ungated_hits(rule, text) == [span]


@pytest.mark.parametrize("text", PASS, ids=[f"{i}" for i in range(len(PASS))])
def test_pass(rule, text):
    assert ungated_hits(rule, text) == []


def test_gated(rule):
    assert rule.gate is not None


def test_fast_on_a_packed_line(rule):
    words = ("told the reporter anti-fraud knowledge left-behind experience internet celebrity "
             "provincial and county finances under-forest second-hand planting and breeding "
             "forest-protecting love service the reporter's understanding ")
    line = (words * (1_000_000 // len(words) + 1))[:1_000_000]
    start = time.perf_counter()
    hits = ungated_hits(rule, line)
    assert time.perf_counter() - start < 10
    assert hits
