"""``figure_links``: a figure that another figure of its story contradicts, where the words
between them say both figures are one quantity, or two ends of one change, or a part and its
whole.

``arithmetic`` reads fixed sentence shapes ("rose 12 percent, from A to B"); the checks here
read what ties two figures whatever the order of the words, and stay silent unless the tie is
stated, since clean news is full of figures that differ by a power of ten and are different
quantities:

* ``restated`` (here): one quantity given twice, the two figures a power of ten (10 to 10,000)
  apart with the same digits, or a definite restatement with its digits swapped: a figure taken
  up again with a definite word ("the 37.4 million tonnes", "those 236 million trips") after
  the nearest earlier figure of its unit (people counted by two nouns are one unit), two
  figures after the same label ("total investment of"), a headline's figure against the
  story's opening. A qualifier or a wider scope after it names another set; a figure equal to
  any earlier figure has its own antecedent. Both figures are reported.
* ``pair``, ``difference``, ``rates`` (``figure_changes``): a change against its two ends (a
  percentage, a multiple, an amount, a change of a rate in points or percent), in one sentence
  or with its base alone in the sentence before; a multiple against its percentage; a gap said
  to be slight between figures far apart.
* ``share``, ``sum`` (``figure_parts``): a share against its part and whole, a fraction in
  words, a share over 100 percent; parts against the total they make or may not exceed, exports
  and imports against trade, shares of one whole against all of it.
* ``per-capita``, ``currency``, ``magnitude`` (``figure_amounts``): an amount each against a
  total and the count it is per (a price per tonne, a rate per thousand, an average per day),
  an amount against its value in another currency, the money of a whole with no scale word.

* ``range`` (``figure_ranges``): one figure outside the range its thing takes (the population
  of a county, a monthly wage, a life expectancy, a rate that cannot pass 100 percent).

What ties figures, and the one finding over a whole tie, are ``figure_ties``'.

Figures and sentences are read once per document for all the type's rules (by
``figure_reading``, whose sentence splitter is cheaper than the document's segmenter). A
shape stays silent in a sentence that a fixed shape of ``arithmetic`` reads. Each finding's span
is the figure the tie makes suspect (the change, the share, the later of a total and an amount
each, both figures of a restated pair); where the stated and the computed figure are a power of
ten apart, a 万, 亿 or decimal point slipped in one of the figures the relation is worked out
from, and the finding spans them all. No fix, since only the source says which figure is wrong.
"""
from __future__ import annotations

import math
import re
from typing import List, Optional

from . import Hit, Key, ParamError, check_choices, register
from .. import re_programs
from .figure_reading import Figure, NOT_QUANTITY, document_sentences, figures, grouped, story_figures
from .figures_common import AVERAGE, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_FROM, DIFF_UPFROM, DIGIT, MULTIPLE, PARTS, POINTS_AFTER, POINTS_BEFORE, POINTS_FROM, QUALIFIED, SCOPE, SHARE, significant, states_tenfold, tenfold
from .figure_ties import singular, unit_class
from .figure_changes import difference_hits, multiple_percent_hits, pair_hits, rate_hits, slightly_hits
from .figure_parts import population_hits, share_hits, shares_sum_hits, sum_hits, trade_hits
from .figure_amounts import currency_hits, magnitude_hits, per_capita_hits, rate_per_hits
from .figure_ranges import range_hits


def _power_of_ten(a: float, b: float) -> int:
    """k when the larger of a and b is 10**k times the smaller (1 <= k <= 4), else 0."""
    if a <= 0 or b <= 0 or a == b:
        return 0
    k = math.log10(max(a, b) / min(a, b))
    if not math.isfinite(k):
        return 0  # a ratio past the largest float: no power of ten between 10 and 10,000
    r = round(k)
    return r if 1 <= r <= 4 and abs(k - r) < 1e-9 else 0


# ``restated``: the definite words that take a figure up again, right before it.
_DEFINITE = re_programs.compile(r"(?:\b(?:the|The|those|Those|these|These|this|This|of[ \u00a0]the|all[ \u00a0]the)[ \u00a0])$")
_TENFOLD = tenfold(thousand=True)  # restated pairs are 10 to 10,000 apart
_RESTATE_REACH = 800  # characters back to the antecedent: a restatement is close to what it restates
# A label before a figure that names what it measures ("total investment of", "a GDP of", "a
# population of"): two figures after the same label are one quantity. Words that name no
# quantity of their own (a change, a total, an amount) are no label.
_LABEL = re_programs.compile(r"\b(?P<label>[a-z]{3,})[ \u00a0]of(?:[ \u00a0](?:about|nearly|some|around|roughly|approximately|just|over))?[ \u00a0]$")
_NO_LABEL = frozenset(("total sum amount number value figure average increase rise fall decrease growth drop gain loss "
                       "reduction cut addition jump decline excess majority minority share proportion percentage part "
                       "rest most some each all none half third quarter fifth tenth record height depth peak level").split())


def _label(text: str, f: Figure) -> Optional[str]:
    m = _LABEL.search(text, max(0, f.start - 40), f.start)
    return m.group("label") if m and m.group("label") not in _NO_LABEL else None


def _same_digits(a: float, b: float) -> Optional[str]:
    """How two different figures share their digits: "scale" (a power of ten apart, two
    significant digits or more), "digits" (the same three or more digits in another order,
    "1,350" and "1,530"), else None."""
    da, db = significant(a), significant(b)
    if len(db) >= 2 and _power_of_ten(a, b):
        return "scale"
    if len(da) >= 3 and da != db and sorted(da) == sorted(db) and max(a, b) / min(a, b) < 2 and "." not in "%g%g" % (a, b):
        return "digits"
    return None


def _restated_hits(text: str, figs: List[Figure]):
    if states_tenfold(_TENFOLD, text):
        return
    seen, reported = set(), set()
    for k, f in enumerate(figs):
        known = f.value in seen
        seen.add(f.value)
        if f.kind not in ("count", "percent") or known or f.kind == "count" and f.unit in NOT_QUANTITY:
            continue
        definite = _DEFINITE.search(text, max(0, f.start - 8), f.start) and not QUALIFIED.match(text, f.end)
        label = _label(text, f)
        if not definite and not label:
            continue
        for g in (figs[j] for j in range(k - 1, -1, -1)):
            if f.start - g.start > _RESTATE_REACH:
                break
            if g.kind != f.kind or g.money != f.money:
                continue
            same = unit_class(g) == unit_class(f) and (f.unit or f.kind == "percent")
            if definite and (same or not g.unit and f.unit and _noun_before(text, g, f.unit)):
                how = _same_digits(g.value, f.value)
                if how == "scale" or how == "digits" and same:
                    yield from _both(text, g, f, reported, "")
                break  # the nearest earlier figure of the unit is the antecedent
            if label and _label(text, g) == label and (same or not f.unit or not g.unit):
                if _same_digits(g.value, f.value) == "scale" and _scope(text, f, g.end) <= _scope(text, g, 0):
                    yield from _both(text, g, f, reported, ", after the same words")
                break
    yield from _headline_hits(text, figs, reported)


def _both(text: str, g: Figure, f: Figure, reported, how: str):
    """Both figures of a restated pair: which of the two is wrong only the source says, so an
    editor is shown each, the later first."""
    yield Hit(f.start, f.end, None, {"computed": f"{text[g.start:g.end]} given before it{how}"})
    if g.start not in reported:
        yield Hit(g.start, g.end, None, {"computed": f"{text[f.start:f.end]} given after it{how}"})
    reported.update((f.start, g.start))


_CLAUSE_END = re_programs.compile(r"[;,.!?\n]")


def _scope(text: str, f: Figure, after: int) -> set:
    """The words that widen what ``f`` counts ("across", "nationwide", "total"), in its sentence
    from ``after`` on and just after it: a figure wider than its namesake is another quantity."""
    lo = max(after, text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start))
    stop = _CLAUSE_END.search(text, f.end, min(len(text), f.end + 40))
    return {m.group().lower() for m in SCOPE.finditer(text, lo, stop.start() if stop else min(len(text), f.end + 40))}


def _noun_before(text: str, g: Figure, unit: str) -> bool:
    """Whether the noun a later figure counts stands before an earlier figure without a unit, in
    its sentence ("Passenger trips ... reached 23.6 million. Those 236 million trips")."""
    lo = max(0, text.rfind(". ", 0, g.start), text.rfind("\n", 0, g.start), g.start - 120)
    return re.search(r"\b" + re.escape(singular(unit)) + r"s?\b", text[lo:g.start], re.IGNORECASE) is not None


# A headline: the first line, short, with no stop at its end; its figures in title case ("18
# Billion Yuan") are read in lower case.
_HEADLINE = re_programs.compile(r"[ \t]*(?P<h>[^\n]{8,160}?)(?<![.!?:])[ \t]*\n")
_BODY_REACH = 700  # characters of the story's opening that restate the headline's figures


def _headline_hits(text: str, figs: List[Figure], reported):
    m = _HEADLINE.match(text)
    if not m or len(m.group("h").split()) > 20:
        return
    h_lo, h_hi = m.start("h"), m.end("h")
    lower = text[:h_hi].translate(_ASCII_LOWER) + text[h_hi:h_hi + 40]
    heads = [f for f in figures(lower, h_lo, h_hi) if f.kind in ("count", "percent") and (f.unit or f.money) and f.unit not in NOT_QUANTITY]
    body = [f for f in figs if h_hi < f.start < h_hi + _BODY_REACH and f.kind in ("count", "percent")]
    for h in heads:
        same = [b for b in body if b.kind == h.kind and b.money == h.money and (unit_class(b) == unit_class(h) or not b.unit)]
        if not same or any(abs(b.value - h.value) <= 0.005 * h.value for b in same):
            continue  # the headline's figure is in the story as it is
        b = same[0]
        if b.start not in reported and _power_of_ten(h.value, b.value) and significant(h.value) == significant(b.value):
            reported.add(b.start)
            yield Hit(h.start, h.end, None, {"computed": f"{text[b.start:b.end]} in the story"})
            yield Hit(b.start, b.end, None, {"computed": f"{text[h.start:h.end]} in the headline"})


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# ``headline``: a headline's figure that the story's opening gives otherwise, the two tied by
# the words after them ("Hangzhou Plans 18 Billion Yuan Metro Extension" over "will invest 15
# billion yuan in a metro extension"): 万 and 亿, or a digit, read one way in the headline and
# another in the story. Headlines round ("Exports Top 1 Trillion Yuan" over "1.02 trillion")
# and sum ("Two Provinces Get 5 Billion Yuan" over 3 billion and 2 billion); both pass.
_HEADLINE_ROUNDING = 0.15
_CONTENT = re_programs.compile(r"[a-z]{4,}")
_NOT_CONTENT = frozenset(("yuan dollars euros pounds million billion trillion thousand percent with from into over than that this "
                          "their them they were will have been more less year years month months".split()))


def _content_after(text: str, f: Figure, words: int = 5) -> set:
    """The content words in the few words after a figure's unit, stemmed by their first five letters."""
    out = set()
    for w in _CONTENT.findall(text[f.end:f.end + 60].lower().split(".")[0])[:words]:
        if w not in _NOT_CONTENT:
            out.add(w[:5])
    return out


def headline_hits(text: str, figs: List[Figure]):
    m = _HEADLINE.match(text)
    if not m or len(m.group("h").split()) > 20 or states_tenfold(_TENFOLD, text):
        return
    h_lo, h_hi = m.start("h"), m.end("h")
    lower = text[:h_hi].translate(_ASCII_LOWER) + text[h_hi:h_hi + 40]
    heads = [f for f in figures(lower, h_lo, h_hi) if f.kind in ("count", "percent") and (f.unit or f.money) and f.unit not in NOT_QUANTITY]
    if len(heads) != 1:
        return
    h = heads[0]
    body = [f for f in figs if h_hi < f.start < h_hi + _BODY_REACH and f.kind == h.kind and f.money == h.money
            and unit_class(f) == unit_class(h)]
    if not body or len(significant(h.value)) < 2 and h.kind == "count":
        return
    values = [b.value for b in body]
    near = lambda v: abs(v - h.value) <= _HEADLINE_ROUNDING * h.value
    if any(near(v) for v in values) or any(near(a + b) for i, a in enumerate(values) for b in values[i + 1:]):
        return  # the headline's figure in the story, rounded, or the sum of two of its figures
    digits = significant(h.value)
    if any(f.kind == h.kind and (near(f.value) or significant(f.value) == digits) for f in figs if h_hi < f.start < h_hi + _BODY_REACH):
        return  # in the story with another unit or scale ("24 golds" as "24 gold medals", "$480M" as "$480-million")
    b = body[0]
    # the tie: a noun the two count ("containers"), or a word after both ("yuan metro extension")
    tied = h.unit and not h.money and h.kind == "count" or _content_after(lower, h) & _content_after(text.lower(), b)
    if tied and not _power_of_ten(h.value, b.value):
        yield Hit(h.start, h.end, None, {"computed": f"{text[b.start:b.end]} in the story"})


_SHAPES = frozenset(("restated", "pair", "share", "per-capita", "sum", "difference", "rates", "currency", "magnitude", "range", "headline"))


@register("figure_links", {
    "shapes": Key((list,), ["restated", "pair", "share", "per-capita", "sum"],
                  "which ties to check: restated, pair, share, per-capita, sum, difference, rates, currency, magnitude, range, headline"),
    "tolerance": Key((int, float), 0.25, "a relative gap above this between a stated and a computed figure is flagged"),
}, fields=("computed",))
def prepare(p):
    check_choices(p, "shapes", _SHAPES)
    if not 0 < p["tolerance"] < 1:
        raise ParamError("tolerance", "expected a fraction between 0 and 1")
    return {"shapes": frozenset(p["shapes"]), "tolerance": float(p["tolerance"])}


class _Covered:
    """The indices of the sentences that a shape of ``arithmetic`` in ``patterns`` reads, each
    asked when a shape needs it (those patterns are dear, and most sentences state no tie)."""

    def __init__(self, text: str, groups, patterns):
        self.text, self.groups, self.patterns, self.known = text, groups, patterns, {}

    def __contains__(self, i: int) -> bool:
        if i not in self.known:
            lo, hi, _ = self.groups[i]
            self.known[i] = any(p.search(self.text, lo, hi) for p in self.patterns)
        return self.known[i]


def _covered(text: str, groups, patterns) -> _Covered:
    return _Covered(text, groups, patterns)


def _uncovered(text: str, groups, patterns) -> list:
    """Sentences that no shape of ``arithmetic`` in ``patterns`` reads (where one does, its
    finding, or its silence, stands)."""
    return [s for s in groups if not any(p.search(text, s[0], s[1]) for p in patterns)]


_MOST_FIGURES = 16


@prepare.detector
def detect(doc, state):
    text = doc.text
    if not DIGIT.search(text):
        return
    shapes = state["shapes"]
    # every rule of the type reads the same figures and sentences: found once per document
    key = ("figure_links",)
    if key not in doc.cache:
        figs = story_figures(text)
        # a "sentence" with more figures than any tie holds is a table, a list or a run-on line:
        # the shapes, which pair each figure with the others, leave it alone (linear on any input)
        groups = [g for g in grouped(text, document_sentences(doc), figs) if len(g[2]) <= _MOST_FIGURES] if figs else []
        doc.cache[key] = (figs, groups)
    figs, groups = doc.cache[key]
    if not figs:
        return
    if "restated" in shapes:
        yield from _restated_hits(text, figs)
    if "pair" in shapes:
        covered = _covered(text, groups, (CHANGE_BEFORE, CHANGE_AFTER, CHANGE_FROM, MULTIPLE))
        yield from pair_hits(text, groups, covered, state["tolerance"])
        yield from multiple_percent_hits(text, groups)
        yield from slightly_hits(text, groups)
    if "difference" in shapes:
        covered = _covered(text, groups, (DIFF_UPFROM,))
        yield from difference_hits(text, groups, covered, state["tolerance"])
    if "rates" in shapes:
        covered = _covered(text, groups, (POINTS_BEFORE, POINTS_AFTER, POINTS_FROM))
        yield from rate_hits(text, groups, covered)
    if "currency" in shapes:
        yield from currency_hits(text, figs)
    if "magnitude" in shapes:
        yield from magnitude_hits(text, groups)
    if "range" in shapes:
        yield from range_hits(text, groups)
    if "headline" in shapes:
        yield from headline_hits(text, figs)
    if "share" in shapes:
        yield from share_hits(text, _uncovered(text, groups, (SHARE,)), state["tolerance"])
        yield from population_hits(text, groups)
    if "sum" in shapes:
        yield from sum_hits(text, _uncovered(text, groups, (PARTS,)))
        yield from trade_hits(text, groups)
        yield from shares_sum_hits(text, groups)
    if "per-capita" in shapes:
        covered = _covered(text, groups, (AVERAGE,))
        yield from per_capita_hits(text, groups, covered)
        yield from rate_per_hits(text, groups)

