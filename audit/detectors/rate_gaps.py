"""The ``rate_gap`` detector type (issue 9, thirty-third round): a rate compared with another rate
and the gap between them stated, where the gap fits neither the difference of the two rates in
percentage points nor their relative difference in percent.

Chinese compares two rates by their difference in points (高于全国平均水平17.6个百分点); an engine
that renders 个百分点 as "percent", or slips a digit, writes "97.6%, higher than the national 80%
by 7.6 percent". Two shapes, the gap after the second rate or before it:

- "A%, higher than (the national average of) B% by C percent(age points)";
- "A%, C percentage points higher than (the national) B%".

The gap C must be A - B in points (within 0.15 and a twentieth, for rounding) or, where it is
stated in percent, (A - B) / B in percent (within a twentieth) too, since a writer may mean the
relative gap; "higher" needs A above B and "lower" A below it. Only plain figures written as
percentages on both sides are read, so counts and amounts ("50 more than") are no part of it.
"""
from __future__ import annotations

import re

from .. import re_programs
from . import Hit, Key, register

_NUM = r"\d{1,3}(?:\.\d+)?"
_PCT = r"(?:%|[ \u00a0]percent|[ \u00a0]per[ \u00a0]cent)"
_GAP_UNIT = r"(?:[ \u00a0](?P<unit>percentage[ \u00a0]points?|points?|percent|per[ \u00a0]cent)|(?P<sign>%))"
# What may stand between "than" and the second rate: "the national average of", "the provincial".
_BETWEEN = r"(?:[ \u00a0](?:the|that[ \u00a0]of[ \u00a0]the|a))?(?:[ \u00a0][a-z'’-]+){0,3}?(?:[ \u00a0](?:average|level|rate)(?:[ \u00a0]of)?)?"
_DIR = r"(?P<dir>(?:higher|lower|more|less)[ \u00a0]than|above|below)"
_AFTER = re_programs.compile(r"(?<![\d.,])(?P<a>" + _NUM + r")" + _PCT + r",?[ \u00a0]+" + _DIR + _BETWEEN
                    + r"[ \u00a0](?P<b>" + _NUM + r")" + _PCT + r"[ \u00a0]by[ \u00a0](?P<c>" + _NUM + r")" + _GAP_UNIT
                    + r"(?![\w])", re.IGNORECASE)
_BEFORE = re_programs.compile(r"(?<![\d.,])(?P<a>" + _NUM + r")" + _PCT + r",?[ \u00a0]+(?:or[ \u00a0]+)?(?P<c>" + _NUM + r")" + _GAP_UNIT
                     + r"[ \u00a0]" + _DIR + _BETWEEN + r"[ \u00a0](?P<b>" + _NUM + r")" + _PCT
                     + r"(?![\w])", re.IGNORECASE)
_UP = frozenset(("higher", "more", "above"))


@register("rate_gap", {
    "tolerance": Key((int, float), 0.05, "a relative gap above this between a stated and a computed difference is flagged"),
}, fields=("computed",))
def prepare(p):
    return {"tolerance": float(p["tolerance"])}


def _near(stated: float, computed: float, tolerance: float) -> bool:
    return abs(stated - computed) <= max(0.15, tolerance * abs(computed))


@prepare.detector
def detect(doc, state):
    text, tolerance = doc.text, state["tolerance"]
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            a, b, c = float(m.group("a")), float(m.group("b")), float(m.group("c"))
            end = m.end("unit") if m.group("unit") else m.end("sign")  # the gap and its unit
            if not b or a == b:
                continue
            up = m.group("dir").lower().split()[0] in _UP
            points = abs(a - b)
            if (a > b) != up:
                yield Hit(m.start("c"), end, None,
                          {"computed": f"{'a fall' if a < b else 'a rise'} of {points:g} percentage points"})
                continue
            unit = (m.group("unit") or "percent").lower()
            if _near(c, points, tolerance):
                continue
            relative = points / b * 100
            if "point" not in unit and _near(c, relative, tolerance):
                continue  # the relative gap, in percent
            yield Hit(m.start("c"), end, None,
                      {"computed": f"{points:g} percentage points, a relative gap of {relative:.1f} percent"})
