"""Two kinds of false alarm the blind clean set clean_fresh178 drew on the forty-fifth round's base
catalog (issue 9; measured before these fixes: 2 minor findings in 11,769 words), each passed as a
kind while the MT shape beside it is still reported: a business unit named by one capitalised word
("the Medical segment", then "Medical grew"), and a verdict set in capitals ("found him GUILTY")."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


@pytest.mark.parametrize("rule_id, text, expected", [
    # a unit named "the <Word> segment/division/unit/arm" is that unit's name when it stands alone
    ("random-capital-word", "The Retail division lost money again. Its chief said the retail market was weak, "
                            "and Retail would be sold if prices fell.", []),
    ("random-capital-word", "The Medical segment grew fastest. The medical business is small, but Medical grew "
                            "by a fifth, the company said.", []),
    # no such unit named: the capital is still reported
    ("random-capital-word", "The medical business is small, but the company said Medical grew by a fifth.",
     ["Medical"]),
    # a unit's name does not pass the same word elsewhere before another noun
    ("random-capital-word", "The Medical segment grew. Hospitals bought more Medical equipment, and medical "
                            "costs rose.", ["Medical"]),
    # a participle after the unit's name is no verb of it ("Medical related spending"; a second reading)
    ("random-capital-word", "The Medical segment grew. The company said medical costs rose, and Medical related "
                            "spending fell by a fifth.", ["Medical"]),
    ("all-caps-word", "BREAKING: The jury has found the former chief executive GUILTY of securities fraud.", []),
    ("all-caps-word", "The county will ACCELERATE the building of new roads this year.", ["ACCELERATE"]),
])
def test_kinds(rule_id, text, expected):
    assert _spans(rule_id, text) == expected
