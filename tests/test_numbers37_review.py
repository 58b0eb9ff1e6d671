"""A review of the thirty-seventh round's number families (issue 9) on material written apart from
them (tests/data/numbers37_review.py): correct English with the same words and shapes draws no span
from the round's rules nor from mt-number-frames-28 (gate off), and the MT renderings are reported
with their spans."""

import pytest

from audit import load_rules
from audit.engine import check_text
from tests.rule_helpers import data_module

DATA = data_module("numbers37_review")

CATALOG = load_rules()
UNGATED = [r.ungated() for r in CATALOG.rules]
REVIEWED = {"mt-number-approx-37", "mt-number-change-37", "mt-number-dates-37", "mt-number-units-37",
            "mt-number-frames-28"}


def _findings(text):
    out = check_text(text, UNGATED)
    for f in out:
        assert text[f.start:f.end] == f.text
    return out


@pytest.mark.parametrize("text", DATA.GOOD)
def test_correct_english_is_silent(text):
    assert [(f.rule, f.text) for f in _findings(text) if f.rule in REVIEWED] == []


@pytest.mark.parametrize("zh,text,span", DATA.BAD)
def test_the_rendering_is_reported(zh, text, span):
    assert span in [f.text for f in _findings(text)]


def test_the_review_set_is_large_enough():
    assert len(DATA.GOOD) >= 150 and len(DATA.BAD) >= 20


@pytest.mark.parametrize("text,span", [
    ("The game was nearly over 30 minutes ago.", None),
    ("Nearly over 100 people attended.", "Nearly over"),
    ("The camera pans 90 degrees left and right.", None),
    ("The temperature will be 30 degrees left and right.", "left and right"),
    ("Britain has had 16 PMs since 1945.", None),
    ("The flight lands at 20:30 pm.", "20:30 pm"),
])
def test_narrowed_branches(text, span):
    found = [f.text for f in _findings(text) if f.rule in REVIEWED]
    assert found == ([] if span is None else [span])
