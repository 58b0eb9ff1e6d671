"""The one saying the thirty-fourth round added to ``literal_idioms.txt`` (issue 9): found said
whole, its words in ordinary English left alone. The round's gated idiom and saying families are
tested with every round's in tests/test_gated_families.py (data: tests/data/gated_families/idioms34d.py)."""
from __future__ import annotations

import pytest

from audit.engine import check_text


# literal_idioms.txt: 一人吃饱全家不饿 said whole is found by the literal detector; ordinary English
# with its words is not
LITERAL_FOUND = "One person eats full and the whole family is not hungry."
LITERAL_GOOD = [
    "One person eats full meals while the whole family goes hungry, the report said.",
    "If one person eats too much, the whole family is not hungry, he joked.",
    "One person in the family was hungry and the whole family suffered.",
    "Once one person has eaten, the whole family can leave.",
]


def test_literal_finds_the_listed_saying(catalog):
    assert [f.text for f in check_text(LITERAL_FOUND, catalog) if f.rule == "mt-literal-rendering"] == [
        "One person eats full and the whole family is not hungry"]


@pytest.mark.parametrize("text", LITERAL_GOOD)
def test_literal_leaves_its_words_alone(catalog, text):
    assert not [f for f in check_text(text, catalog) if f.rule == "mt-literal-rendering"]
