"""``capital_loose``'s key ``heads`` (issue 9, forty-eighth round, after a second reading): an
allow-list of the abstract heads MT's literal names end on, read only by ``indefinite_run`` and
``half_name``; a run's words written elsewhere counted once per document."""

import pytest

from audit.detectors import DETECTORS, ParamError
from audit.detectors import capital_gated

from rule_helpers import bundled_rule, checked_findings, ungated_rules

HALF = "mt-half-capitalised-phrase-48a"


def _params(**over):
    params = {"mode": "common_word", "min_zipf": 4.0, "allow": [], "surnames": [], "institutions": [], "heads": None}
    params.update(over)
    return params


@pytest.mark.parametrize("mode", ["common_word", "title_run", "caps_run", "caps_word"])
def test_heads_on_a_mode_that_ignores_it_is_a_rule_error(mode):
    with pytest.raises(ParamError):
        DETECTORS["capital_loose"].prepare(_params(mode=mode, heads="other"))


@pytest.mark.parametrize("mode", ["indefinite_run", "half_name"])
def test_heads_defaults_to_facility(mode):
    assert DETECTORS["capital_loose"].prepare(_params(mode=mode))["heads"] == "facility"
    assert DETECTORS["capital_loose"].prepare(_params(mode=mode, heads="other"))["heads"] == "other"


@pytest.mark.parametrize("head", ["pool", "venue", "stores", "cars", "castle", "satellite", "glass", "class"])
def test_concrete_heads_are_not_read(head):
    assert head not in capital_gated._MT_HEADS


def test_full_width_mark_ends_the_head():
    rules = ungated_rules([HALF])
    text = "Posts will be filled by people with two years of Grassroots Work experience； graduates may not apply."
    assert [f.text for f in checked_findings(text, rules) if f.rule == HALF] == ["Grassroots Work experience"]


def test_a_word_written_again_is_a_name():
    rules = ungated_rules([HALF])
    text = "Farmers learned Drip Irrigation skills at the training. Drip lines were laid."
    assert [f.text for f in checked_findings(text, rules) if f.rule == HALF] == []
