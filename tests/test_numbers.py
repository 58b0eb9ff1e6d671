"""The ``number_units`` detector type: 万/亿 figures, sums and ranges, digit grouping,
Chinese-order dates and ordinal suffixes, each with its computed fix."""
from decimal import Decimal

import pytest

from audit.detectors.numbers import english_figure, ordinal
from rule_helpers import MT_EVIDENCE_REPORT, found, one_rule


def catalog(tmp_path, mode, **params):
    rule = {"id": "n", "type": "number_units", "mode": mode, "category": "locale-convention/number-format",
            "severity": "minor", "message": "{match} -> {value}", "description": "test rule",
            "examples": {"flag": ["x"], "pass": ["y"]}, **params}
    return one_rule(tmp_path, rule)


@pytest.mark.parametrize("value, expected", [
    (Decimal("3.6E12"), "3.6 trillion"),
    (Decimal("1.2E9"), "1.2 billion"),
    (Decimal("605000"), "605,000"),
    (Decimal("10500"), "10,500"),
    (Decimal("5.6E9"), "5.6 billion"),
])
def test_english_figure(value, expected):
    assert english_figure(value) == expected


UNITS = [
    ("It reached 15 hundred million yuan.", [("15 hundred million", "1.5 billion")]),
    ("It reached 3.6 ten thousand hundred million yuan.", [("3.6 ten thousand hundred million", "3.6 trillion")]),
    ("The app has 60.5 ten thousand users.", [("60.5 ten thousand", "605,000")]),
    # a range counted in 万: both ends computed, the range mark kept
    ("Each county hires 3-5 ten thousand workers.", [("3-5 ten thousand", "30,000-50,000")]),
    ("Each county hires 3 to 5 ten thousand workers.", [("3 to 5 ten thousand", "30,000 to 50,000")]),
    ("It will raise 2 to 3 hundred million yuan.", [("2 to 3 hundred million", "200 to 300 million")]),
    ("It hires between 3 and 5 ten thousand workers.", [("3 and 5 ten thousand", "30,000 and 50,000")]),
    ("It hires 3 and 5 ten thousand workers.", [("5 ten thousand", "50,000")]),
    ("It hired 1.5 hundred workers.", [("1.5 hundred", "150")]),
    ("It will raise 1.5~2 ten thousand hundred million yuan.", [("1.5~2 ten thousand hundred million",
                                                                  "1.5-2 trillion")]),
    # one figure written as a sum of smaller and smaller terms
    ("The fair drew 10 thousand 5 hundred visitors.", [("10 thousand 5 hundred", "10,500")]),
    ("Output was 5 billion 600 million yuan.", [("5 billion 600 million", "5.6 billion")]),
    ("It was 1 hundred million 2 thousand ten thousand.", [("1 hundred million 2 thousand ten thousand",
                                                             "120 million")]),
    # 万元 rendered "10,000 yuan"
    ("Income reached 3.5 10,000 yuan.", [("3.5 10,000", "35,000")]),
    ("Income reached 12 10,000 yuan.", [("12 10,000", "120,000")]),
    ("The firm hired 5 hundred workers.", [("5 hundred", "500")]),
    ("Income reached 4.5 ten-thousand yuan.", [("4.5 ten-thousand", "45,000")]),
    # a plural scale word after a hyphen ("hundred-millions", 亿 with an English plural)
    ("Revenue reached 7 hundred-millions yuan.", [("7 hundred-millions", "700 million")]),
    # English keeps a counted scale word singular
    ("The city has 5 millions residents.", [("5 millions", "5 million")]),
    ("The firm hired 10 thousands workers.", [("10 thousands", "10,000")]),
    # the pinyin of 万 and 亿 left in, alone and together (万亿)
    ("Each farm got 20 wan yuan.", [("20 wan", "200,000")]),
    ("It will spend 4.5 yi yuan and 1.2 wan yi yuan.", [("4.5 yi", "450 million"), ("1.2 wan yi", "1.2 trillion")]),
    ("Sales hit 3 yi 5 wan yuan.", [("3 yi 5 wan", "300.05 million")]),
    # 亿 rendered "100 million" after its count: after a decimal, or before a currency or counted noun
    ("Takings reached 2.6 100 million yuan.", [("2.6 100 million", "260 million")]),
    ("Takings reached 12 100 million yuan.", [("12 100 million", "1.2 billion")]),
    ("The fund holds 3.5 100,000,000 dollars.", [("3.5 100,000,000", "350 million")]),
]

UNITS_PASS = [
    "It reached 1.5 billion yuan and 35,000 tons.",
    "One hundred million people watched; ten thousand marched.",
    "Between 2 and 3 million people voted, up from 1.5 million.",
    # increasing terms are two figures, not one sum
    "The fund grew from 5 million 2 billion yuan later.",
    "In 2020 ten million people moved; 10,000 more came in 2021.",
    "Table 3 10,000 rows were read.",
    "The 200 hundred-year-old trees and 12 ten-metre sections stood.",
    "It cost 5 billion, 600 million of it borrowed.",
    "He ran 400 hundred times.",
    "In 2020 millions of people moved, and 3 hundreds of them returned.",
    # a surname, a year before a figure, a list number before a figure in words
    "Yi Jianlian wore No. 9 Yi shirts; Wan Chai has 3 Wan families; in 2030 100 million people will vote.",
    "Table 3 100 million rows were read; 5 wanted more; 3 yield curves; 2 Yi.",
]


@pytest.mark.parametrize("text, expected", UNITS)
def test_units_flag_with_computed_figure(tmp_path, text, expected):
    assert found(catalog(tmp_path, "units"), text) == expected


@pytest.mark.parametrize("text", UNITS_PASS)
def test_units_pass(tmp_path, text):
    assert found(catalog(tmp_path, "units"), text) == []


@pytest.mark.parametrize("text, expected", [
    ("On 2023 year 5 month 10 day, it began.", [("2023 year 5 month 10 day", "May 10, 2023")]),
    ("On 2023年 is not here; on 12 month 1 day it ended.", [("12 month 1 day", "December 1")]),
    ("It opens in 2024 year 1 month.", [("2024 year 1 month", "January 2024")]),
    ("It opened on 05 month 09 date.", [("05 month 09 day".replace("day", "date"), "May 9")]),
    ("The expo opens on May 10 day in Shanghai.", [("May 10 day", "May 10")]),
    ("Issued on 2023.5.10 and 2024/12/01.", [("2023.5.10", "May 10, 2023"), ("2024/12/01", "December 1, 2024")]),
    # the shortcut for texts without "month" folds case as the pattern matches it
    ("ON 2023 YEAR 5 MONTH 10 DAY, it began.", [("2023 YEAR 5 MONTH 10 DAY", "May 10, 2023")]),
    ("On 12 Month 1 Day it ended.", [("12 Month 1 Day", "December 1")]),
])
def test_dates_in_chinese_order(tmp_path, text, expected):
    assert found(catalog(tmp_path, "dates"), text) == expected


@pytest.mark.parametrize("text", [
    "It began on May 10, 2023.",
    "After a 5 month wait, the 12 months of 2023 ended.",
    "A 3-month course of 10 days; 13 month 5 day is no date.",
    "It closed May 10 days later; May 1 Day-trippers came.",
    "Version 2023.5.10.1, the 2023/24 season, 2023-05-10 and 2019.5 yuan.",
])
def test_dates_pass(tmp_path, text):
    assert found(catalog(tmp_path, "dates"), text) == []


@pytest.mark.parametrize("n, expected", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"),
                                         (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st"),
                                         (111, "111th"), (112, "112th"), (1000, "1000th")])
def test_ordinal(n, expected):
    assert ordinal(n) == expected


def test_ordinals_flag_only_the_wrong_suffix(tmp_path):
    cat = catalog(tmp_path, "ordinals")
    assert found(cat, "The 3th, 22th and 11st fairs; the 1st, 2nd, 13th and 21st too.") == [
        ("3th", "3rd"), ("22th", "22nd"), ("11st", "11th")]
    assert found(cat, "Version 1.3th, item A2nd and the 1990s stay.") == []


def test_grouping_still_flags_long_digit_runs(tmp_path):
    assert found(catalog(tmp_path, "grouping"), "About 250000 people came, postcode 100010.") == [
        ("250000", "250,000")]


def test_unknown_mode_is_a_rules_error(tmp_path):
    from audit.rules import RuleError

    with pytest.raises(RuleError, match="mode"):
        catalog(tmp_path, "roman")


@pytest.mark.parametrize("text, expected", [
    ("More than 3000 enterprises joined.", [("3000", "3,000")]),
    ("Each household got 1500 yuan, about 4500 people in all.", [("1500", "1,500"), ("4500", "4,500")]),
    ("About 1200 staff left.", [("1200", "1,200")]),
    # years, modifiers, names and models, codes, and figures that count nothing named
    ("In 2020 workers struck; since 1998 prices rose; the 2035 targets stand below 2019 levels.", []),
    ("In 1850 workers struck; 2000 people marched; it sank in 1682 while at sea.", []),
    ("He won a Masters 1000 title; the Boeing 7000 series flew; Room 1208 is free.", []),
    ("Over 250000 people came; 3,000 more too.", []),
])
def test_four_digit_counts(tmp_path, text, expected):
    assert found(catalog(tmp_path, "grouping", min_digits=4, max_digits=4), text) == expected


def test_month_shortcut_finds_what_the_pattern_finds():
    # Every character that the pattern's case-insensitive "month" matches folds to that letter,
    # so a text whose folded form lacks "month" has no match of it.
    import re
    import sys

    for letter in "month":
        one = re.compile(letter, re.IGNORECASE)
        assert all(chr(c).casefold() == letter for c in range(sys.maxunicode + 1) if one.fullmatch(chr(c)))


def test_four_digit_counts_pass_in_a_document_that_groups_only_larger_figures():
    from audit import Severity, check_text, load_rules
    catalog = load_rules()
    def four(text):
        return [f.text for f in check_text(text, catalog, Severity.MINOR) if f.rule == "digit-grouping-four"]
    # the house style: 48,000 grouped, 1100 plain
    assert four(MT_EVIDENCE_REPORT + "The beach drew 48,000 visitors. A group collected 1100 signatures.") == []
    # the rule is gated: in a story with other signs of MT, no larger figure grouped is no
    # evidence of a style, and the count is flagged
    assert four(MT_EVIDENCE_REPORT + "A group collected 1100 signatures.") == ["1100"]
    # ... while a story with no other sign of MT may keep a house style that groups nothing
    # ("About 2300 homes were without power": New Zealand and Australian papers)
    assert four("A group collected 1100 signatures.") == []
    # a four-digit figure grouped elsewhere: the plain one is a slip
    assert four(MT_EVIDENCE_REPORT + "The beach drew 48,000 visitors and 1,200 dogs. A group collected 1100 signatures.") == ["1100"]
    # figures kept as the source wrote them: both flagged, by the two rules
    assert four(MT_EVIDENCE_REPORT + "The beach drew 48000 visitors. A group collected 1100 signatures.") == ["1100"]


@pytest.mark.parametrize("text, expected", [
    ("Each household will receive a subsidy of 2 to 30,000 yuan.", ["2 to 30,000"]),
    ("Fines range from 5-50,000 yuan for each violation.", ["5-50,000"]),
    ("The firm employs between 1.5 and 2,000 people.", ["1.5 and 2,000"]),
    ("Rents are 3 to 5,000 yuan a month.", ["3 to 5,000"]),
    # both ends whole, close ends, a scale, figures not stated as a range, other units
    ("Each household will receive a subsidy of 20,000 to 30,000 yuan.", []),
    ("Offenders face fines of 1,000 to 10,000 yuan, on a scale of 1 to 10,000.", []),
    ("The firm hired 5 and then 30,000 more; it grew from 2 hours to 3,000 hours.", []),
    ("Prices rose from 3 to 4,000 percent, and from 2 to 3,000 million.", []),
    ("The rule cut the count in paragraph 1 to 4,000 from 40,000.", []),
    ("Fines range from 20 to 5,000 yuan.", []),                      # 250 times: a wide range, not a lost scale
])
def test_range_scale_flags_a_low_end_that_lost_its_scale(tmp_path, text, expected):
    cat = catalog(tmp_path, "range-scale")
    assert [t for t, _ in found(cat, text)] == expected
