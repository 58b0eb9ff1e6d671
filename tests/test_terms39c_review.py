"""Review of the terms rules of the thirty-ninth round (``mt-chinese-term-heads-39c``, gated, and
``mt-chinese-term-heads-39c-plain``, ungated) on sentences written apart from the rules' own data
(``tests/data/terms39c_review.py``): correct English using the same words idiomatically (the
reporter as a person in the story, HIV prevention knowledge, a fruit base in cooking, city finances
that bore the brunt, an anti-fraud knowledge base, drivers who love service stations) gets no
finding from either rule with the gate off, and each MT rendering gets its span (or, where the
rules are known to miss it, none)."""
import pytest

from rule_helpers import data_module, ungated_hits

_DATA = data_module("terms39c_review")
GOOD, MT, GATED_ONLY = _DATA.GOOD, _DATA.MT, _DATA.GATED_ONLY
IDS = ("mt-chinese-term-heads-39c", "mt-chinese-term-heads-39c-plain")


@pytest.fixture(scope="module")
def rules(catalog):
    return [catalog.get(i) for i in IDS]


def test_sizes():
    assert len(GOOD) >= 150 and len(MT) >= 20


@pytest.mark.parametrize("text", GOOD, ids=[f"{i}" for i in range(len(GOOD))])
def test_good_english_is_silent(rules, text):
    assert [h for r in rules for h in ungated_hits(r, text)] == []


@pytest.mark.parametrize("zh,text,span", MT, ids=[f"{i}" for i in range(len(MT))])
def test_mt_renderings(rules, zh, text, span):
    assert [h for r in rules for h in ungated_hits(r, text)] == ([span] if span else [])


@pytest.mark.parametrize("text", GATED_ONLY)
def test_gated_only_needs_the_gate(catalog, rules, text):
    from audit.document import Document
    from audit.engine import check_document
    assert ungated_hits(rules[0], text)
    found = check_document(Document.from_text(text), catalog).findings
    assert not [f for f in found if f.rule in IDS]
