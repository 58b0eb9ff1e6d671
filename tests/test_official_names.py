"""Official names cut short: the ``consistency`` type's truncation mode (the full name is in
the document) and known_names mode (a listed name cut wherever it stands)."""
import pytest

from audit.detectors.consistency import _known_cuts
from audit.rules import RuleError
from rule_helpers import found, one_rule


def catalog(tmp_path, **params):
    rule = {"id": "t", "type": "consistency", "category": "terminology", "severity": "major",
            "message": "{match} -> {other}", "description": "test rule", "examples": {"flag": ["x"], "pass": ["y"]},
            **params}
    return one_rule(tmp_path, rule)


MIIT = "Ministry of Industry and Information Technology"
NDRC = "National Development and Reform Commission"


@pytest.mark.parametrize("text, expected", [
    # a possessive does not hide the cut, and the span stops before it
    (f"The {MIIT} met. The Ministry of Industry's officials spoke.", [("Ministry of Industry", MIIT)]),
    # "Vice" is a title: the name before it is the cut one
    (f"The {MIIT} met. Ministry of Industry Vice Minister Xin spoke.", [("Ministry of Industry", MIIT)]),
    # generic words dropped from the start
    (f"The {NDRC} set prices. The Development and Reform Commission said so.",
     [("Development and Reform Commission", NDRC)]),
    (f"The {NDRC}'s staff met. The Development and Reform Commission's staff agreed.",
     [("Development and Reform Commission", NDRC)]),
])
def test_truncation_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, mode="truncation", min_capitals=2), text) == expected


@pytest.mark.parametrize("text", [
    f"The {MIIT}'s officials met. The {MIIT} agreed.",
    "The People's Bank of China cut rates. The Bank of China raised its deposit rate.",
    f"The {NDRC} met. The Commission said local development and reform commissions agreed.",
    "The U.S. Securities and Exchange Commission sued. The Securities and Exchange Commission said so.",
    "The Guangdong Provincial Development and Reform Commission met. The Shenzhen Development and Reform Commission too.",
])
def test_truncation_passes(tmp_path, text):
    assert found(catalog(tmp_path, mode="truncation", min_capitals=2), text) == []


def test_known_cuts_are_cuts_inside_a_run_of_capitalised_words():
    cuts = _known_cuts([NDRC, "State Council Information Office", "Ministry of Ecology and Environment",
                        "Ministry of Human Resources and Social Security", "Supreme People's Court",
                        "Supreme People's Procuratorate", "National Health Commission"])
    assert cuts == {
        "National Development and Reform": NDRC,
        "State Council Information": "State Council Information Office",
        "Ministry of Human": "Ministry of Human Resources and Social Security",
        "Ministry of Human Resources and Social": "Ministry of Human Resources and Social Security",
    }


NAMES = [NDRC, "Ministry of Emergency Management", "Department of Water Resources", MIIT]


@pytest.mark.parametrize("text, expected", [
    ("The National Development and Reform said prices held.", [("National Development and Reform", NDRC)]),
    ("Figures from the Ministry of Emergency.", [("Ministry of Emergency", "Ministry of Emergency Management")]),
    ("The National Development and Reform's plan; a National Development and Reform Spokesperson said so.",
     [("National Development and Reform", NDRC), ("National Development and Reform", NDRC)]),
    ("The Ministry of Industry and Information said so.",
     [("Ministry of Industry and Information", MIIT)]),
])
def test_known_names_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, mode="known_names", names=NAMES), text) == expected


@pytest.mark.parametrize("text", [
    f"The {NDRC} said prices held; the Ministry of Emergency Management agreed.",
    "The Department of Water and Power and the Department of Water of Kenya met.",  # a name that goes on
    "The National Development and Reform Commissions of 31 provinces met.",
    "NATIONAL DEVELOPMENT AND REFORM said nothing; the national development and reform plan.",
    "The Ministry of Industry said so.",  # a cut before "and" may be a complete name
])
def test_known_names_passes(tmp_path, text):
    assert found(catalog(tmp_path, mode="known_names", names=NAMES), text) == []


@pytest.mark.parametrize("names", [[], ["Ministry"], ["Ministry of Commerce"]])
def test_known_names_needs_names_with_cuts(tmp_path, names):
    with pytest.raises(RuleError, match="names"):
        catalog(tmp_path, mode="known_names", names=names)


def context_catalog(tmp_path):
    return catalog(tmp_path, mode="known_names", names=NAMES,
                   context_cuts={"Ministry of Industry": MIIT}, context=["China", "yuan"])


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Industry said output in China rose.", [("Ministry of Industry", MIIT)]),
    ("China's Ministry of Industry said so.", [("Ministry of Industry", MIIT)]),
    ("The plan cost 5 billion yuan, the Ministry of Industry's office said.", [("Ministry of Industry", MIIT)]),
    # not about China; after another country's name; a longer name; a list that goes on
    ("The Ministry of Industry said output in Jakarta rose.", []),
    ("China met Indonesia's Ministry of Industry and the Thai Ministry of Industry officials.", []),
    ("China met the Ministry of Industry and Trade of Vietnam.", []),
    ("China met the Ministry of Industry, Mines and Energy.", []),
])
def test_context_cuts(tmp_path, text, expected):
    assert found(context_catalog(tmp_path), text) == expected


@pytest.mark.parametrize("params", [
    {"context_cuts": {"Ministry of Industry": "Ministry of Commerce"}, "context": ["China"]},
    {"context_cuts": {"Ministry of Industry": MIIT}},
])
def test_context_cuts_are_checked(tmp_path, params):
    with pytest.raises(RuleError, match="context"):
        catalog(tmp_path, mode="known_names", names=NAMES, **params)


def test_a_head_noun_in_lower_case_is_no_cut(tmp_path):
    cat = catalog(tmp_path, mode="known_names", names=["China International Import Expo"])
    assert found(cat, "The China International Import expo opened.") == []
    assert found(cat, "The China International Import opened.") == [
        ("China International Import", "China International Import Expo")]
