"""The thirty-seventh round's number families (issue 9): the gated ``mt-number-approx-37``
(approximations and bounds said twice, 左右, 以上, 多, 十几, 两三), ``mt-number-change-37`` (翻一番,
N倍 with "by", 折, 成, negative growth, a change named twice, a rate's pace in percent),
``mt-number-dates-37`` (ranks, 连续, 第N次, halves, quarters, months, days, clock times) and
``mt-number-units-37`` (units, measure words, 万 as "w", 人民币...元, 百分之 forms, scores, fractions).

The development sentences are in tests/data/numbers37.py: each MT rendering with a span must be
reported by the catalog (gate off) with that exact span, unless it is a named known miss, and no
rule of the catalog may report anything in the correct English beside them."""

import pytest

from audit import load_rules
from audit.engine import check_text
from tests.rule_helpers import checked_findings, data_module, ungated_hits

DATA = data_module("numbers37")

CATALOG = load_rules()
UNGATED = [r.ungated() for r in CATALOG.rules]
RULES = {r.id: r for r in CATALOG.rules}
ROUND = ("mt-number-approx-37", "mt-number-change-37", "mt-number-dates-37", "mt-number-units-37")
# Renderings the catalog does not report (the report of the round names them): each is also
# good English in some sentence ("over 100 over the year", "growth of -0.5 percent", "on the 5th"),
# or needs more than one clause read together.
KNOWN_MISSES = {"More than 100 over", "growth of -0.8 percent", "a year-on-year increase", "up 5% year on year",
                "decreased by 120 percent", "6 percent growth", "~", "on the 5th", "one parks",
                "the 5th of this month", "the 20th of last month"}


def _findings(text):
    return checked_findings(text, UNGATED)


@pytest.mark.parametrize("zh,text,span,good", [c for c in DATA.BAD if c[2] is not None and c[2] not in KNOWN_MISSES])
def test_the_mt_rendering_is_reported_with_its_span(zh, text, span, good):
    found = [f.text for f in _findings(text)]
    assert span in found, f"{span!r} not reported in {text!r} ({zh}): {found}"


@pytest.mark.parametrize("text", DATA.GOOD + [c[3] for c in DATA.BAD if c[3]])
def test_correct_english_with_figures_is_silent(text):
    assert [(f.rule, f.text) for f in _findings(text)] == []


def test_the_development_sets_are_large_enough():
    assert len(DATA.BAD) >= 200 and len(DATA.GOOD) >= 200
    assert len([c for c in DATA.BAD if c[2] is not None and c[2] not in KNOWN_MISSES]) >= 180


@pytest.mark.parametrize("rule_id,text,span", [
    ("mt-number-approx-37", "Each household earns more than 5,000 yuan or above, the survey found.", "more than 5,000 yuan or above"),
    ("mt-number-change-37", "Tickets are sold at an 8-fold discount, the resort said.", "8-fold discount"),
    ("mt-number-dates-37", "The meeting began at 3 pm in the afternoon, the agency said.", "3 pm in the afternoon"),
    ("mt-number-units-37", "A total of 200 names of teachers attended, the bureau said.", "200 names of teachers"),
])
def test_the_families_are_gated(rule_id, text, span):
    rule = RULES[rule_id]
    assert rule.gate is not None
    assert ungated_hits(rule, text) == [span]
    assert [f.rule for f in check_text(text, CATALOG.rules) if f.rule == rule_id] == []


def test_the_families_are_one_section_after_the_older_rounds():
    """The round's rules stand together, after every older section (later rounds add theirs after)."""
    ids = [r.id for r in CATALOG.rules]
    at = ids.index(ROUND[0])
    assert tuple(ids[at:at + len(ROUND)]) == ROUND
    assert at > ids.index("mt-paired-slogans-36d")
