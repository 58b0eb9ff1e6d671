"""Review of the gated rules ``mt-small-big-slogans-45a``, ``mt-term-postposed-modifier-45a`` and
``mt-quoted-campaign-action-45a`` and the forty-fifth round's branch of ``mt-campaign-action`` on
sentences of the round's own (``tests/data/shapes45a_review.py``): correct English with the same
words (a small change and a big difference, small business and big business, title-case
headlines, the game's "Attack action", scare-quoted adjectives before "action", "of a new type",
"the grades of special-class technician", and the second reading's sentences) gets no span from
any of the rules with the gate off, ``mt-idiom-slogans-36b`` and ``mt-official-formula`` among
them (their round-45 branches, "treasure" and "It is learned,", were taken back after the second
reading), and MT renderings of the slogan shape 小X…大Y / 小X拖成大X, of campaign names (攻坚行动, a
quoted slogan + 行动) and of a modifier of kind after its noun ("sandbags of new type") are
reported by their rule with the span given, except the known misses."""

import pytest

from rule_helpers import data_module, reported_by_its_rule_only

_DATA = data_module("shapes45a_review")
GOOD, MT = _DATA.GOOD, _DATA.MT
RULES = (_DATA.SMALL_BIG, _DATA.CAMPAIGN, _DATA.QUOTED, _DATA.POSTPOSED, "mt-idiom-slogans-36b", "mt-official-formula")


@pytest.fixture(scope="module")
def rules(catalog):
    return {rid: catalog.get(rid) for rid in RULES}


def test_sizes():
    assert len(GOOD) >= 130 and len(MT) >= 23
    assert sum(span is not None for *_, span in MT) >= 13


@pytest.mark.parametrize("text", GOOD, ids=[f"{i}" for i in range(len(GOOD))])
def test_good_english_passes(rules, text):
    reported_by_its_rule_only(rules, text)


@pytest.mark.parametrize("rid,zh,text,span", MT, ids=[f"{i}" for i in range(len(MT))])
def test_mt_rendering(rules, rid, zh, text, span):
    reported_by_its_rule_only(rules, text, rid, span)
