"""Review of round 45b's widened calque-report-rhetoric (issue 9): "among them" after a comma with a
count and its own verb, a clause run on in Chinese order (其中N人是 / 其中一级保护N株), next to ordinary
English with the same words, which it must pass. Five lines of earlier reviews of correct English
wrote this run-on (", among them 9 are coastal"); they now read ", of which 9 are", as an editor
would write it."""
from __future__ import annotations

import pytest

from rule_helpers import checked_findings, ungated_rules

RULE = "calque-report-rhetoric"


def _spans(text):
    return [f.text for f in checked_findings(text, ungated_rules([RULE])) if f.rule == RULE]


# renderings written for the round (the Chinese in a comment): the run-on "among them" is reported
RUN_ON = [
    "The plan names 12 towns, among them 3 are in the hills.",  # 其中3个位于山区
    "The county trained 900 guides, among them 340 are women.",  # 其中女性340人
    "The survey found 1,500 old wells, among them 620 were still in use.",  # 其中620口仍在使用
    "The hospital treated 2,300 patients, among them more than 400 were children.",  # 其中儿童400多人
    "The fund helped 86 firms, among them 31 have moved to the park.",  # 其中31家已入园
    "The base employs 600 villagers, among them 1,200 households are registered poor.",  # 其中1200户
]

# ordinary English with "among them", counts and verbs: passed
GOOD = [
    "The fire injured 30 people, among them 12 children.",
    "The fire injured 30 people, among them 12 children, who were taken to hospital.",
    "The fire injured 30 people, among them 12 children who were taken to hospital.",
    "Among them, 47 were women.",
    "Among them were 12 startups and a state bank.",
    "Forty firms applied; among them were 12 startups.",
    "The fair drew 640 exhibitors, 210 of them from abroad.",
    "Among them are 3 Nobel laureates.",
    "The survey covered 500 firms, among them 120 exporters that have grown fast.",
    "The guests, among them 40 diplomats, were seated early.",
    "Several ministers were there, among them the foreign minister.",
    "He divided the sweets among them and left.",
    "Trust among them has grown since 2019.",
    "The money was shared among them, 300 yuan each.",
    "There is little difference among them, the study found.",
    "Of the 500 firms, 120 are exporters.",
    "The city has 2,400 old trees, of which 1,016 are under special protection.",
    "The county trained 900 guides, 340 of whom are women.",
    "The county trained 900 guides, including 340 women.",
    "Among the 900 guides, 340 are women.",
    "Twelve teams entered, and among them were three from Hong Kong.",
    "The winners, among them 2 teenagers, were named on Friday.",
    "Police questioned 30 people, among them 5 who had seen the crash.",
    "Rivalries among them are old, and 3 of the clubs have merged.",
    "Voters, among them many of the 300 who had signed, were angry.",
    "She counted the boxes, among them 20 that were empty.",
    "The prize went to 4 writers; among them, 2 are poets.",
    "Many had fled, among them a doctor, and 12 were missing.",
    "The band played for them, among them old friends.",
    "Among them all, 3 were chosen.",
]


@pytest.mark.parametrize("text", RUN_ON)
def test_run_on_among_them_with_a_count_and_a_verb_is_reported(text):
    assert _spans(text) == ["among them"]


@pytest.mark.parametrize("text", GOOD)
def test_ordinary_among_them_passes(text):
    assert _spans(text) == []
