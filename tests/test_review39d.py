"""Review of round 39's widened truncated-official-name, name-order-mixed and the new
mt-name-head-lower-case (issue 9): correct English with their words and shapes
(tests/data/review39d_good.txt: Sany Heavy and Mitsubishi Heavy as short forms, municipal and
provincial words used as adjectives, Chinese names family name first whose given name is also a
common family name, Gong Li, Lei Feng, Yao Chen, Tian Liang) at no finding with the gates off, and
MT renderings the rules' own examples do not list (tests/data/review39d_mt.yaml) with their spans."""
import os

import pytest
import yaml

from rule_helpers import data_lines, ungated_findings_in, ungated_hits

RULES = ["truncated-official-name", "name-order-mixed", "mt-name-head-lower-case"]
GOOD = data_lines("review39d_good.txt")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "review39d_mt.yaml"), encoding="utf-8") as fh:
    MT = yaml.safe_load(fh)


def test_there_are_enough_good_texts():
    assert len(GOOD) >= 150


def test_the_rules_ungated_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, RULES, GOOD) == {}


@pytest.mark.parametrize("case", [c for c in MT if "span" in c], ids=lambda c: c["span"])
def test_the_mt_renderings_are_reported(catalog, case):
    assert ungated_hits(catalog.get(case["rule"]), case["text"]) == [case["span"]]


@pytest.mark.parametrize("rule,text", [
    # a family name before a family name that is as often a given name: either order reads
    ("name-order-mixed", "Zhang Guoqiang and Li Xiuying spoke. Hao Chen, deputy director of the bureau, said the plan worked."),
    ("name-order-mixed", "Zhou Guifang runs the stall. The young man Hao Lin came back from Hangzhou in 2023."),
    # the cut used as an adjective before a lower-case head
    ("truncated-official-name", "The Jiangsu Provincial Department of Commerce in China said exports rose. Jiangsu Provincial officials expect more."),
    ("truncated-official-name", "The Huaiyang Intermediate People's Court in Henan, China, heard 312 cases. A Huaiyang Intermediate court judge ruled."),
])
def test_the_ambiguous_and_adjective_shapes_pass(catalog, rule, text):
    assert ungated_hits(catalog.get(rule), text) == []
