"""False alarms of a fresh clean set (issue 9, thirty-seventh round), mended by general tests,
and the MT forms the same rules must still find."""
import pytest

from audit import load_rules
from audit.engine import check_text

CATALOG = load_rules()


def _hits(text, rule):
    return [f.text for f in check_text(text, CATALOG) if f.rule == rule]


@pytest.mark.parametrize("text", [
    "A chart accompanying an article on bills (How much will you pay this winter?, 25 November, page 28) "
    "mislabelled the axis.",
    "The report (Why are trains late?, 3 March) gave the wrong date.",
])
def test_a_cited_question_headline_before_its_date_passes(text):
    assert _hits(text, "stray-punctuation") == []


@pytest.mark.parametrize("text", [
    "The plan works?, officials said at the meeting.",
    "He asked (what now?, said Li) and left.",
    "What should we do?, the mayor asked the council.",
])
def test_a_question_mark_before_a_comma_elsewhere_is_still_stray(text):
    assert _hits(text, "stray-punctuation") == ["?,"]


@pytest.mark.parametrize("text", [
    "Glacial meltwater had reached its highest level between 2005 and 2020 and has been declining since.",
    "River flow reached its highest level between the two wars.",
])
def test_a_preposition_with_its_object_after_ends_no_literal_match(text):
    assert _hits(text, "mt-literal-rendering") == []
