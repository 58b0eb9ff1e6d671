"""Kinds of false alarm the blind clean set clean_fresh182 drew on the forty-seventh round's base
catalog (issue 9; 1 finding in 11,337 words), each passed as a kind while the MT shape beside it
is still reported: a parliament's form of address, whose noun house style capitalises after an
honorific adjective ("my honourable Friend", "the hon. Member", "the noble Lord")."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


@pytest.mark.parametrize("text, expected", [
    ('"I will write to my honourable Friend," said the minister eventually.\n', []),
    ("She thanked the honorable Gentleman for his question and sat down.\n", []),
    ("He said the noble Lord had raised a fair point about rail fares.\n", []),
    ("My right hon. and learned Friend will know that the review is under way.\n", []),
    ("The gallant Member for the constituency asked about the barracks.\n", []),
    # an ordinary adjective before the noun: still an engine's capital
    ("Officials said local Farmers would be paid before the harvest.\n", ["Farmers"]),
    # an honorific adjective before a noun that is no form of address: still an engine's capital
    ("The county thanked the noble Volunteers who cleared the road after the storm.\n", ["Volunteers"]),
    ("The institute invited learned Experts from the city to the forum.\n", ["Experts"]),
    ("The county sent a small Team of doctors to the village last week.\n", ["Team"]),
])
def test_form_of_address(text, expected):
    assert _spans("capitalised-common-noun", text) == expected


@pytest.mark.parametrize("text", [
    "My right hon. and learned Friend will know that the review is under way.\n",
    "I think my hon. and learned Friend will know that the review is under way.\n",
])
def test_form_of_address_capitalised_once(text):
    assert _spans("common-word-capitalised-once", text) == []
