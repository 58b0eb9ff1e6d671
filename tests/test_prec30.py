"""False alarms of older rules on good English (issue 9, prec30): sentences written by others to
use the surface of MT errors correctly, each read with the rule's gate taken off, beside the MT
shape the rule still reports. Each good sentence fired before the round's change."""
import ast
import os

import pytest

from audit import load_rules
from tests.rule_helpers import good_passes_and_bad_is_reported

CATALOG = load_rules()
RULES = {r.id: r for r in CATALOG.rules}

# (rule, good English that must pass, MT shape that must still be reported, its span)
CASES = [
    ("calque-grasp-landing",
     'Xi urged officials to "build a strong line of defence" against financial risks, state media reported.',
     "Customs will build a strong line of defense against smuggling.", "build a strong line of defense"),
    ("mt-change-rate-does-not-fit-29", "Membership rose from 40,000 to 50,000, up 26 percent, the club said.",
     "Membership rose from 40,000 to 50,000, up 30 percent, the club said.", "30 percent"),
    ("mt-change-increment-does-not-fit-29", "The park received 1.5 million visitors, up 300,000 or 25 percent.",
     "The park received 1.5 million visitors, up 300,000 or 30 percent.", "30 percent"),
    ("mt-official-name-near-miss",
     "In Shenzhen, China, the Housing Construction Bureau of the district government oversees building permits.",
     "In Hangzhou, China, the Market Supervision Bureau fined the firm.", "Market Supervision Bureau"),
    ("mt-cut-name-abbreviation", "The Housing Construction Bureau of the district government oversees building permits.",
     "The city's Culture Tourism Bureau issued new rules.", "Culture Tourism"),
    ("mt-number-date-scale-calques", "The hearing was adjourned until the 15th of next month.",
     "On the 3rd of this month, the bureau released the figures.", "the 3rd of this month"),
    ("mt-saying-images-27",
     'Mr Zhang said the government was "crossing the river by feeling the stones" on data regulation.',
     "Reform means crossing the river by feeling the stones.", "crossing the river by feeling"),
    ("calque-policy-metaphors", 'The president called on officials to "grasp the bull\'s nose" of reform, Xinhua reported.',
     "Innovation is the bull's nose of reform.", "the bull's nose"),
    ("mt-bottom-line-formulas", 'State media quoted Xi as saying the country must "hold the bottom line" against risks.',
     "The county held to the bottom line of food safety.", "held to the bottom"),
    ("mt-official-images-27", "The street's old gold-lettered signboards were restored last year.",
     "Longjing tea has become a gold-lettered signboard of Hangzhou.", "gold-lettered signboard of"),
]


@pytest.mark.parametrize("rule_id,good,bad,span", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_good_english_passes_and_the_mt_shape_is_still_reported(rule_id, good, bad, span):
    good_passes_and_bad_is_reported(RULES[rule_id], good, bad, span)


def test_a_whole_figure_in_thousands_reads_as_rounded_to_two_significant_figures():
    from audit.detectors.change_fit import interval
    assert interval("40,000") == (39500.0, 40500.0)
    assert interval("300,000") == (295000.0, 305000.0)
    assert interval("1,000") == (950.0, 1050.0)
    assert interval("1,250,000") == (1245000.0, 1255000.0)
    # not whole thousands, or a scale word or a decimal: as before
    assert interval("2,860") == (2860.0, 2860.0)
    assert interval("1,500") == (1500.0, 1500.0)
    assert interval("40 million") == pytest.approx((39.5e6, 40.5e6))
    assert interval("1.2 million") == pytest.approx((1.15e6, 1.25e6))


def test_a_local_bodys_name_of_whole_word_translations_is_no_gloss_swap():
    """"Housing Construction" translates the words 住房 and 建设; "Market Supervision" glosses
    the character 监 alone, as MT does with a short form."""
    from audit.detectors import official_names as names
    bodies = names.load_catalog(names.DEFAULT_PATH).bodies
    assert names.best_match(names.parse("Housing Construction Bureau".split()), bodies) is None
    found = names.best_match(names.parse("Market Supervision Bureau".split()), bodies)
    assert found is not None and found.how == "glossed word by word"


def test_story_capitals_imports_only_public_helpers():
    path = os.path.join(os.path.dirname(__file__), os.pardir, "audit", "detectors", "story_capitals.py")
    tree = ast.parse(open(path, encoding="utf-8").read())
    imported = [a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level
                for a in node.names]
    assert "clause_window" in imported and "inflected_forms" in imported
    assert [n for n in imported if n.startswith("_")] == []
