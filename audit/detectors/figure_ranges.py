"""``range`` (a shape of ``figure_links``): one figure with the thing it measures, outside any
range that thing takes in news: "a county of 3.2 billion people", "a monthly salary of 45
million yuan", "life expectancy of 7.8 years", "an urbanization rate of 0.65 percent". 万 and 亿
converted place by place, or a decimal point moved, puts a figure ten to ten thousand times
from its place; where no other figure of the story gives it away, the thing's own range does.

The ranges are data (``figure_ranges.txt``), each with the fact it is drawn from, and wide on
purpose: a figure just past a real record is news. A figure is read only where the words tie it
to its thing right before it ("a county of", "the city's population of", "a monthly wage of",
"life expectancy reached", "forest coverage rate of"); a figure of another quantity between or
after ("a county of 3.2 billion yuan in output") has another unit and is left alone.
"""
from __future__ import annotations

import os
import re
from typing import Dict, List, NamedTuple, Optional, Tuple

from . import Hit
from .. import re_programs
from .figure_reading import Figure
from .figures_common import APPROXIMATE_OR_BOUND

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "figure_ranges.txt")


class Range(NamedTuple):
    kind: str
    what: str
    unit: str
    low: Optional[float]
    high: Optional[float]
    source: str


def load(path: str = TABLE) -> List[Range]:
    """The ranges of ``path``: one a line, ``kind | what | unit | lowest | highest | source``."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 6:
                raise ValueError(f"{path}:{number}: expected 6 fields separated by '|', got {len(parts)}")
            kind, what, unit, low, high, source = parts
            out.append(Range(kind, what, unit, None if low == "-" else float(low), None if high == "-" else float(high), source))
    return out


RANGES = load()
_BY = {(r.kind, r.what, r.unit): r for r in RANGES}
_APPROX = r"(?:" + APPROXIMATE_OR_BOUND + r"[ \u00a0]+)?"
# Longest first, one length in alphabetical order: the same pattern in every process (a set's
# order changes with the hash seed), so its stored program (``re_programs``) is found.
_WORDS = lambda kind: "|".join(sorted({re.escape(r.what).replace("\\ ", "[ \u00a0]+") for r in RANGES if r.kind == kind},
                                      key=lambda w: (-len(w), w)))

# population: "a (mountainous) county of 320,000 people"; "the county's population of";
# "Linquan County, with a population of"; "the city, home to".
_PLACE = r"(?P<place>" + _WORDS("population") + r")"
_POPULATION = re_programs.compile(
    r"(?:\b(?:a|an|the|this|that)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?" + _PLACE.replace("place", "p1") + r"[ \u00a0]+of[ \u00a0]+" + _APPROX + r"$"
    r"|\b" + _PLACE.replace("place", "p2") + r"(?:['’]s|,?[ \u00a0]+(?:which[ \u00a0]+)?(?:has|had|have|with|boasts))?[ \u00a0]+(?:a[ \u00a0]+|its[ \u00a0]+)?"
    r"(?:(?:total|registered|permanent|resident|combined)[ \u00a0]+)?population[ \u00a0]+(?:of|is|was|stands[ \u00a0]+at|stood[ \u00a0]+at|reached|totals|totalled|totaled)"
    r"[ \u00a0]+" + _APPROX + r"$"
    r"|\b" + _PLACE.replace("place", "p3") + r",?[ \u00a0]+(?:which[ \u00a0]+(?:is|was)[ \u00a0]+)?home[ \u00a0]+to[ \u00a0]+" + _APPROX + r"$)", re.IGNORECASE)
_POPULATION_UNITS = frozenset(("people", "residents", "inhabitants"))
# Units of other quantities: after "population of" any other word is the sentence's own ("850
# million makes it"), but never one of these.
_MEASURES = frozenset(("yuan dollars euros pounds yen tonnes tons kilograms kilometres kilometers metres meters hectares mu acres "
                       "miles litres liters households families years percent points").split())

# pay: "a monthly salary of", "average monthly wage reached", "per capita disposable income of".
_PAY = r"(?:salary|salaries|wage|wages|pay|income|incomes|earnings|pension|pensions|stipend|allowance)"
_VERB = (r"(?:of|is|was|are|were|stands[ \u00a0]+at|stood[ \u00a0]+at|reached|rose[ \u00a0]+to|fell[ \u00a0]+to|hit|at|to|"
         r"exceeded|topped|averaged|averages|totalled|totaled)")
_MONTHLY_BEFORE = re_programs.compile(r"\b(?:monthly|a[ \u00a0]+month['’]s)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?" + _PAY + r"[ \u00a0]+" + _VERB
                                      + r"[ \u00a0]+" + _APPROX + r"$", re.IGNORECASE)
_PAY_NEAR = re_programs.compile(r"\b(?:" + _PAY[3:-1] + r"|earns?|earned|earning|makes|paid|pays|receives?|received)\b[^.;:!?\n\d]{0,40}$", re.IGNORECASE)
_A_MONTH = re_programs.compile(r"[ \u00a0]+(?:a|per|each|every)[ \u00a0]+month\b")
_AVERAGE_PAY = re_programs.compile(r"\b(?:per[ \u00a0]+capita|average|mean|median)[ \u00a0]+(?:annual[ \u00a0]+|yearly[ \u00a0]+)?(?:disposable[ \u00a0]+|net[ \u00a0]+)?"
                                   + _PAY + r"(?:[ \u00a0]+[A-Za-z-]+){0,7}?[ \u00a0]+" + _VERB + r"[ \u00a0]+" + _APPROX + r"$", re.IGNORECASE)
_GDP_PER_CAPITA = re_programs.compile(r"\b(?:per[ \u00a0]+capita[ \u00a0]+(?:GDP|gross[ \u00a0]+domestic[ \u00a0]+product)|GDP[ \u00a0]+per[ \u00a0]+(?:capita|person|head))"
                                      r"(?:[ \u00a0]+(?!of\b)[a-z-]+){0,3}?[ \u00a0]+" + _VERB + r"[ \u00a0]+" + _APPROX + r"$", re.IGNORECASE)
_YUAN = frozenset(("yuan",))
_OTHER_MONEY = frozenset(("dollars", "euros", "pounds", "hk-dollars", "s-dollars", "a-dollars", "c-dollars", "other-dollars"))

# life expectancy: "life expectancy reached 78.6 years"; rates: "a forest coverage rate of".
_LIFE = re_programs.compile(r"\blife[ \u00a0]+expectancy(?:[ \u00a0]+(?!of\b)[A-Za-z-]+){0,5}?[ \u00a0]+(?:of|is|was|stands[ \u00a0]+at|stood[ \u00a0]+at|reached|"
                            r"rose[ \u00a0]+to|risen[ \u00a0]+to|increased[ \u00a0]+to|extended[ \u00a0]+to|hit|at|to)[ \u00a0]+" + _APPROX + r"$", re.IGNORECASE)
_RATE = re_programs.compile(r"\b(?P<what>" + _WORDS("rate") + r")(?:[ \u00a0]+(?:rate|ratio))?(?:[ \u00a0]+(?!of\b)[a-z-]+){0,2}?[ \u00a0]+"
                            + _VERB + r"[ \u00a0]+" + _APPROX + r"$", re.IGNORECASE)
# Rates of a part of the population that run far above the whole's ("youth unemployment").
_PART_RATE = re_programs.compile(r"\b(?:youth|young|graduates?|aged|ages|teenagers?|under[ \u00a0]+\d|between[ \u00a0]+\d)", re.IGNORECASE)

_REACH = 90  # how far before a figure its tie is looked for


def _outside(r: Optional[Range], v: float) -> bool:
    return r is not None and (r.high is not None and v > r.high or r.low is not None and v < r.low)


def _shown(r: Range, what: str) -> str:
    bound = f"at most {r.high:,.0f}" if r.high is not None else ""
    if r.low is not None:
        bound = f"between {r.low:,.0f} and {r.high:,.0f}" if r.high is not None else f"at least {r.low:,.0f}"
    return f"{what} {bound} ({r.source})"


def _range_of(text: str, lo: int, hi: int, f: Figure) -> Optional[Tuple[Range, str]]:
    """The range ``f`` must fall in, by the words that tie it to its thing, and what it is."""
    window = max(lo, f.start - _REACH)
    if f.kind == "count" and not f.money and f.unit not in _MEASURES:
        m = _POPULATION.search(text, window, f.start)
        if m and (f.unit in _POPULATION_UNITS or m.group("p2")):
            place = (m.group("p1") or m.group("p2") or m.group("p3")).lower()
            r = _BY.get(("population", place, "people"))
            return (r, f"the population of a {place}") if r else None
    if f.money and (f.unit in _YUAN or f.unit in _OTHER_MONEY):
        unit = "yuan" if f.unit in _YUAN else "other"
        if _MONTHLY_BEFORE.search(text, window, f.start) or _A_MONTH.match(text, f.end) and _PAY_NEAR.search(text, window, f.start):
            return _BY[("pay-month", "month", unit)], "pay for a month"
        if _AVERAGE_PAY.search(text, window, f.start) and not re.match(r"[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:day|week|hour)\b", text[f.end:f.end + 12]):
            return _BY[("pay-average", "year", unit)], "an average pay or income"
        if _GDP_PER_CAPITA.search(text, window, f.start):
            return _BY[("gdp-per-capita", "year", unit)], "GDP per person"
    if f.kind == "count" and not f.money and f.unit in (None, "years") and _LIFE.search(text, window, f.start):
        return _BY[("life-expectancy", "life", "years")], "a life expectancy"
    if f.kind == "percent":
        m = _RATE.search(text, window, f.start)
        if m:
            what = re.sub(r"[ \u00a0]+", " ", m.group("what").lower())
            if what == "unemployment" and _PART_RATE.search(text, lo, hi):
                return None
            r = _BY.get(("rate", what, "percent"))
            return (r, f"a {what} rate") if r else None
    return None


def range_hits(text: str, groups):
    """A figure outside the range of the thing its words tie it to."""
    for lo, hi, inside in groups:
        for f in inside:
            found = _range_of(text, lo, hi, f)
            if found and _outside(found[0], f.value):
                # the figure with its unit, but not a word of the sentence read as one ("850 million makes")
                whole = f.money or f.kind != "count" or f.unit in _POPULATION_UNITS or f.unit == "years"
                yield Hit(f.start, f.end if whole else f.num_end, None, {"computed": _shown(found[0], found[1])})
