"""The twenty-seventh round's set phrases for the ``literal`` detector (issue 9); the round's gated
idiom and collocation families are tested with the other rounds' in tests/test_gated_families.py
(data: tests/data/gated_families/idioms27.py)."""
from __future__ import annotations

import pytest

from audit.engine import check_text


# Two set phrases added to literal_idioms.txt this round: the ungated ``literal`` detector finds
# them said word for word, and gives their meaning
@pytest.mark.parametrize("text, span, phrase", [
    ("The reform walked deep and walked solid.", "walked deep and walked solid", "走深走实"),
    ("The town sang a big opera of tourism this autumn.", "sang a big opera", "唱大戏"),
])
def test_literal_list_finds_the_new_set_phrases(catalog, text, span, phrase):
    found = [f for f in check_text(text, catalog) if f.rule == "mt-literal-rendering"]
    assert [f.text for f in found] == [span]
    assert phrase in found[0].message
