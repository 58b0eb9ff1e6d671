"""Review of the capitals rules of the thirty-sixth round on correct English written for the
purpose (``tests/data/capitals_review36.py``): the sentences that drew a finding of
``all-caps-word``, ``capitalised-common-noun``, ``title-case-common-phrase``,
``mt-title-case-phrase`` or ``mt-caps-name-run`` before the narrowing draw none (gated rules
with their gate off), and the MT renderings they were narrowed around are still reported with
the same span."""
import pytest

from audit import check_text
from rule_helpers import data_module, ungated_hits

_DATA = data_module("capitals_review36")

# title-case-common-phrase reads stories about China only: the sentence follows one that names it.
_CHINA = "Officials in Beijing, China, met the visitors on Monday.\n"


def _spans(catalog, rule_id, text):
    rule = catalog.get(rule_id)
    if rule.gate is not None:
        return ungated_hits(rule, text)
    return [f.text for f in check_text(text, [rule])]


@pytest.mark.parametrize("rule,text", [(r, t) for r, ts in _DATA.MENDED.items() for t in ts])
def test_correct_english_not_reported(catalog, rule, text):
    assert text in _DATA.GOOD or rule == "mt-title-case-phrase"
    if rule == "title-case-common-phrase":
        text = _CHINA + text
    assert _spans(catalog, rule, text) == []


@pytest.mark.parametrize("rule,text,span", _DATA.MT)
def test_mt_renderings_still_reported(catalog, rule, text, span):
    assert _spans(catalog, rule, text) == [span]


def test_whole_review_set_clean_of_mended_shapes(catalog):
    """Over the whole set, one sentence a document: all-caps-word reports only single stressed
    words (no run, no word before a contrast or a clause), and capitalised-common-noun nothing."""
    rules = [catalog.get("all-caps-word"), catalog.get("capitalised-common-noun")]
    found = [(f.rule, f.text) for t in _DATA.GOOD for f in check_text(t, rules)]
    assert not [x for x in found if x[0] == "capitalised-common-noun"]
    assert all(" " not in text for _, text in found), found


@pytest.mark.parametrize("text", _DATA.LEFT_TO_THE_GATE)
def test_runs_after_a_left_to_the_gate_pass_in_a_clean_story(catalog, text):
    """mt-title-case-phrase still reads a run after "a" with its gate off; in a document with no
    other sign of MT the gate keeps it silent, and the whole catalog reports nothing."""
    story = "Officials met on Monday to review the plans.\n\n" + text + "\n"
    assert [f.rule for f in check_text(story, catalog.rules)] == []
