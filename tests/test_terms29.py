"""A test of one twenty-ninth-round gated term family (issue 9) that the shared shape does not
hold; what every family of the round finds and passes, and its gate, are tested with the other
rounds' in tests/test_gated_families.py (data: tests/data/gated_families/terms29.py)."""
from __future__ import annotations

from audit import check_text


def test_elephant_chess_has_no_sure_fix(catalog):
    rule = next(r for r in catalog.rules if r.id == "mt-term-weather-space-29")
    findings = [f for f in check_text("Elephant chess is popular in the parks.", [rule.ungated()])
                if f.rule == rule.id]
    assert [f.text for f in findings] == ["Elephant chess"]
    assert all(f.suggestion is None for f in findings)
