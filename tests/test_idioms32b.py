"""The thirty-second round's sayings for the ``literal`` detector (issue 9); the round's gated
saying, collocation and grammar-frame families are tested with the other rounds' in
tests/test_gated_families.py (data: tests/data/gated_families/idioms32b.py)."""
from __future__ import annotations

import pytest

from audit.engine import check_text


# Two sayings added to literal_idioms.txt this round: the ungated ``literal`` detector finds
# them said word for word, and names the phrase
@pytest.mark.parametrize("text, span, phrase", [
    ("The golden cup and the silver cup are not as good as the public praise.",
     "golden cup and the silver cup are not as good as the public praise", "金杯银杯不如口碑"),
    ("The eyes of the masses are bright as snow.", "eyes of the masses are bright as snow", "群众的眼睛是雪亮的"),
])
def test_literal_list_finds_the_new_sayings(catalog, text, span, phrase):
    found = [f for f in check_text(text, catalog) if f.rule == "mt-literal-rendering"]
    assert [f.text for f in found] == [span]
    assert phrase in found[0].message
