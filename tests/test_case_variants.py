"""The ``case_variant`` mode of ``capitalization`` (``audit/detectors/case_variants.py``, caps9):
one term written with two letter cases in one document. Each table pins the exact spans and
fixes; every span is checked against the text by ``found``."""
import pytest

from audit.detectors import case_variants
from audit.detectors.case_variants import _after_capital, _camel, _lower_use, _lower_uses
from rule_helpers import bundled_rule, found, one_rule

_CATALOG = {}


def catalog(tmp_path):
    if "c" not in _CATALOG:
        rule = bundled_rule("case-variant-in-document")
        rule["id"] = "c"
        _CATALOG["c"] = one_rule(tmp_path, rule)
    return _CATALOG["c"]


FLAG = [
    ("The county adopted the rural revitalisation strategy in 2018. Since then, under the Rural "
     "Revitalisation Strategy, every village has drawn up a plan.",
     [("Rural Revitalisation Strategy", "rural revitalisation strategy")]),
    ("The city has put green development first. Officials said Green Development would guide policy.",
     [("Green Development", "green development")]),
    # a determiner opening the sentence is no part of the run
    ("Villagers welcomed ecological protection. The Ecological Protection work brought back the birds.",
     [("Ecological Protection", "ecological protection")]),
    ("Residents can pay through WeChat. Older users said Wechat was easy to use.", [("Wechat", "WeChat")]),
    ("Sales of the iPhone fell. Analysts said the Iphone faced local rivals.", [("Iphone", "iPhone")]),
    ("The battery maker CATL will build a plant. Catl said output would start in 2026.", [("Catl", "CATL")]),
    # one finding a phrase, at its first title-case use, however often the document repeats it
    ("The county adopted the rural revitalisation strategy. Under the Rural Revitalisation Strategy it built "
     "roads. Under the rural revitalisation strategy it also paid for schools, and the Rural Revitalisation "
     "Strategy hired teachers.",
     [("Rural Revitalisation Strategy", "rural revitalisation strategy")]),
]

PASS = [
    "The Big Bang was taught at school. The fireworks ended with a big bang.",  # "a" before the lower case
    # a word that makes the lower-case phrase a common noun of its kind (MQM human translation)
    "We can hear the Big Bang. But is our Big Bang the only big bang in the universe?",
    "Veterans recalled the Long March. Each generation has another long march to make.",
    "We can hear the Big Bang. Was there a similar big bang before it, each branch with its own big bang?",
    # the rarer form is the stray one: a name written title case twice and lower case once (MQM MT)
    "The images go back to the Big Bang. We study the Big Bang. The largest of them is the big bang.",
    "YANTAI, Jan 5 (Xinhua) -- The port handled more cargo. Yantai is a chemical hub.",  # a dateline
    "The Nomination Committee met. Each nomination committee member serves three years.",  # a body's head
    "The city promotes green development. The Green Development Bank of the province opened.",
    "China's foreign exchange reserves rose, the State Administration of Foreign Exchange said.",
    "The paper, titled \"Water Conservation in the New Era,\" says the new era began in 2012.",
    "The AIDS charity said cases of Aids among older men had risen.",  # an English word beside it
    "US exports rose. Us? We said nothing.",
    "The Comparison\n\nThe authors make the comparison with Japan.",  # a heading of "The" and a noun
    "Residents can pay through WeChat. Older users said WeChat was easy to use.",
    "Green Development Targets Set for 2030\n\nThe city has put green development first.",  # a headline
    "The 15th Five-Year Plan runs to 2030. Each five-year plan sets targets.",  # a numbered plan
    "The River Takes the Salt is a novel. The river takes the salt to the sea.",  # a title of a work
    "The Regulations on Optimizing the Business Environment took effect. The business environment improved.",
]


@pytest.mark.parametrize("text,expected", FLAG)
def test_case_variant_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path), text) == expected


@pytest.mark.parametrize("text", PASS)
def test_case_variant_passes(tmp_path, text):
    assert found(catalog(tmp_path), text) == []


def test_lower_use_skips_an_indefinite_use():
    assert _lower_use("It was a long march.", "long march") is False
    assert _lower_use("It was the long march.", "long march") is True
    assert _lower_use("The 2 green buses ran.", "green buses") is False


def test_lower_uses_asks_no_pattern_when_a_word_is_absent(monkeypatch):
    # a word of the phrase nowhere in the text: 0 without compiling the phrase's pattern
    compiled = []
    real = case_variants._phrase_pattern
    monkeypatch.setattr(case_variants, "_phrase_pattern", lambda phrase: compiled.append(phrase) or real(phrase))
    assert _lower_uses("The long road ran on.", "long march") == 0
    assert _lower_uses("Long March rockets.", "long march") == 0  # "long" only capitalised
    assert compiled == []
    # every word present: counted by the pattern, spaces and no-break spaces alike
    assert _lower_uses("the long march, the long\u00a0march and the long  march", "long march") == 3
    assert _lower_uses("the long road and a march", "long march") == 0
    assert compiled == ["long march", "long march"]


def test_after_capital_allows_an_opening_determiner_only():
    text = "The Green Development plan. Under China Green Development"
    assert not _after_capital(text, text.index("Green"), 0)
    assert _after_capital(text, text.rindex("Green"), 0)


def test_camel_reads_inner_capitals_after_a_lower_case_letter():
    assert _camel("WeChat") and _camel("iPhone") and _camel("McDonald")
    assert not _camel("CATL") and not _camel("Wechat")


# ---------------------------------------------------------------- capital-after-semicolon (capital_marks.py)

_MARKS = {}


def marks_catalog(tmp_path):
    if "c" not in _MARKS:
        rule = bundled_rule("capital-after-semicolon")
        rule["id"] = "c"
        _MARKS["c"] = one_rule(tmp_path, rule)
    return _MARKS["c"]


MARKS_FLAG = [
    ("Exports rose 5 percent in May; However, imports fell.", [("However", "however")]),
    ("Prices of pork fell; This was the first drop in a year.", [("This", "this")]),
    ("The county has three goals: Raising incomes, protecting the environment and improving schools.",
     [("Raising", "raising")]),
]

MARKS_PASS = [
    "Prices fell sharply. (Reporting by Li Xue; Editing by Clara Ferris)",  # a credit line's word
    "Asian Stocks Fall as Yuan Weakens; The Won Drags on Seoul",  # a headline
    "He said: The plan works, and it will go on.",  # a sentence after the colon
    "The fair drew buyers from two cities: Beijing and Shanghai.",  # names
    "Walter went down the pit at 15; Rose, who had done better at school, stayed on.",  # a name
    "The goals were clear: Raising incomes was the first.",  # a clause
    "What to bring: Layers and a rain jacket.",  # a label, no count before the colon
    "City Wall: Walk or cycle the full circuit.",
]


@pytest.mark.parametrize("text,expected", MARKS_FLAG)
def test_after_mark_flags(tmp_path, text, expected):
    assert found(marks_catalog(tmp_path), text) == expected


@pytest.mark.parametrize("text", MARKS_PASS)
def test_after_mark_passes(tmp_path, text):
    assert found(marks_catalog(tmp_path), text) == []
