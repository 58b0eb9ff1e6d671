"""``arithmetic``: figures in one sentence that contradict each other.

MT converts Chinese figures (万, 亿, 斤, 个百分点) one by one and can get a unit or a scale
wrong while the figures around it stay right, so that the sentence no longer adds up: "rose 12
percent, from 2,400 yuan to 3,000 yuan" (25 percent), "4.05 million sows, down 5 percent from
4.11 million" (1.5 percent), "86 billion yuan, or about 1.2 billion U.S. dollars" (12 billion),
"1.86 hundred million yuan to 12,800 farmers, an average of 1.45 million yuan each" (about
14,500). An editor checks such sums; this type checks three shapes, each inside one sentence:

* **a change and its two ends** (``change``): a percentage change stated with the figures it
  goes from and to ("rose 12 percent, from A to B", "from A to B, up 12 percent", "B, down 5
  percent from A"), where the stated percentage is far from (B - A) / A. Figures that are
  themselves percentages may change by percentage points instead, so either reading passes.
* **a conversion into dollars** (``currency``): an amount in yuan with its value in US dollars
  beside it ("86 billion yuan, or about 1.2 billion U.S. dollars"), where the rate is outside
  the band the yuan has kept against the dollar (``min_rate`` to ``max_rate`` yuan a dollar):
  a scale word lost on one side.
* **a total, a count and an average** (``average``): "A yuan to N farmers, an average of B
  each", where B is far from A / N.

Not by default (each rule names its shapes): ``scale`` (one quantity given twice, ten times
apart), and from issue 9's nineteenth round ``convert`` (a figure beside its value in another
unit), ``share`` (a part of a whole beside its share), ``parts`` (a total beside parts that
exceed it), ``points`` (a change of a rate in percent, or of a count in percentage points),
``multiple`` ("doubled from A to B") and ``listed`` (a count word beside a list of another
length); see the comments above their functions.

"Far" is a relative gap of more than ``tolerance`` and, for percentages, more than one point:
rounded figures stay silent. The finding's span is the stated figure that disagrees (the
percentage, the dollar amount, the average); no fix is offered, since only the source says which
figure is wrong.
"""
from __future__ import annotations

import re
from typing import Optional

from . import Hit, Key, ParamError, check_choices, register
from .. import re_programs
from .figures_common import (outside_corrections, APPROXIMATE_OR_BOUND, APPROXIMATE_WORDS, AVERAGE, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_FROM,
                             COUNT_WORDS, DIFF_UPFROM, DIGIT, DURATION_WORDS, FIG, duration_unit, MULTIPLE, MULTIPLES, NOT_PERCENT, NUMS, PARTS,
                             POINTS_AFTER, POINTS_BEFORE, POINTS_FROM, QUALIFIED, RATE_QUALIFIED, REAL_QUALIFIED, SCOPE, SHARE, UNIT, YEAR, significant, slipped,
                             states_tenfold, tenfold, value, words)

_CURRENCY = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<y>" + FIG + r")[ \u00a0](?:yuan|RMB)\b,?[ \u00a0]+(?:\(|or[ \u00a0]|worth[ \u00a0]|" + APPROXIMATE_WORDS + r"[ \u00a0])*"
    r"(?P<d>(?:US)?\$\s?" + FIG[len(r"(?:[$¥]\s?)?"):]
    + r"|" + FIG + r"[ \u00a0](?:U\.S\.[ \u00a0]|US[ \u00a0])?dollars)", re.IGNORECASE)
# A figure and "to", "and" or a dash right before another figure: the end of a range ("came to
# 350 million dollars" is none).
_RANGE_END_FIGURE = re_programs.compile(r"\d(?:[ \u00a0](?:thousand|million|billion|yuan|dollars))?[ \u00a0]?(?:to|and|[-–])[ \u00a0]?(?:US)?\$?$")
# The same in the other order: dollars first, yuan beside them ("350 million dollars, about 2.5
# billion yuan"; "$1.2 billion (8.6 billion yuan)").
_CURRENCY_BACK = re_programs.compile(
    r"(?=[$\dU])(?<![\d,.])(?P<d>(?:US)?\$\s?" + FIG[len(r"(?:[$¥]\s?)?"):] + r"|(?<![$¥])" + FIG + r"[ \u00a0](?:U\.S\.[ \u00a0]|US[ \u00a0])?dollars)"
    r",?[ \u00a0]+(?:\(|or[ \u00a0]|worth[ \u00a0]|" + APPROXIMATE_WORDS + r"[ \u00a0])+(?P<y>(?<![$¥])" + FIG + r")[ \u00a0](?:yuan|RMB)\b", re.IGNORECASE)
# A change stated as a difference of counts or amounts: "1,300 ... enterprises, up from 1,152 a
# year earlier, an increase of 248" (148: ``DIFF_UPFROM``, in figures_common), and an increase
# larger than the total it led to ("reach 1222 ten thousand, an increase of 21 million over last year").
_DIFF_EXCEEDS = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<b>" + FIG + r")" + UNIT + r",?[ \u00a0]+an?[ \u00a0](?:increase|rise|gain)[ \u00a0]of[ \u00a0]"
    r"(?P<c>" + FIG + r")" + NOT_PERCENT + r"(?:[ \u00a0][a-z-]+){0,3}?[ \u00a0](?:over|from|on|compared[ \u00a0]with)[ \u00a0]"
    r"(?:last|the[ \u00a0]previous|the[ \u00a0]same[ \u00a0]period[ \u00a0]of[ \u00a0]last|a)[ \u00a0](?:year|month|quarter|period)", re.IGNORECASE)
# Profits and losses may swing by more than their new total ("a profit of 2 million, an
# increase of 3 million over last year" after a loss): such sentences are left alone.
_SWING = re_programs.compile(r"\b(?:profits?|loss(?:es)?|income|earnings|deficits?|surplus(?:es)?|balance|net)\b", re.IGNORECASE)
_DIFF_WORD = re_programs.compile(r"(?=[uUdDiIrRgG])\b(?:(?:up|down)[ \u00a0]from|(?:increase|rise|gain)[ \u00a0]of)\b", re.IGNORECASE)

_RANGE_BEFORE = re_programs.compile(r"(?:\bto|\band|[-–])[ \u00a0]?$")
_RANGE_AFTER = re_programs.compile(r"[ \u00a0]*(?:to|[-–])[ \u00a0]?(?:US)?\$")
_FALL = re.compile(r"fell|falls|fallen|dropped|declined|decreased|slid|shrank|down|decrease|drop|fall|decline|reduction", re.IGNORECASE)
_PERCENT_FIGURE = re_programs.compile(r"[ \u00a0]?(?:percent|per[ \u00a0]cent|%)", re.IGNORECASE)
# The unit after a stated change of a rate: percent, or percentage points ("Up 0.6 Percent" in a
# title-case headline too: the patterns that find the figure ignore case).
_RATE_UNIT = re_programs.compile(r"[ \u00a0]?(?:percentage[ \u00a0]points?|percent|per[ \u00a0]cent|%)", re.IGNORECASE)




@register("arithmetic", {
    "shapes": Key((list,), ["change", "currency", "average", "difference"],
                  "which sums to check: change, currency, average, difference; not by default: scale, "
                  "convert, share, parts, points, listed, multiple, direction, per_period"),
    "tolerance": Key((int, float), 0.25, "a relative gap above this between a stated and a computed figure is flagged"),
    "min_rate": Key((int, float), 5.5, "currency: the fewest yuan a dollar has cost"),
    "max_rate": Key((int, float), 8.8, "currency: the most yuan a dollar has cost"),
}, fields=("computed",))
def prepare(p):
    check_choices(p, "shapes", {"change", "currency", "average", "difference", "scale", "convert", "share", "parts",
                                "points", "listed", "multiple", "direction", "per_period"})
    if not 0 < p["tolerance"] < 1:
        raise ParamError("tolerance", "expected a fraction between 0 and 1")
    return {"shapes": frozenset(p["shapes"]), "tolerance": float(p["tolerance"]),
            "min_rate": float(p["min_rate"]), "max_rate": float(p["max_rate"])}




def _whole(m, groups, computed: str, to_end: bool = False) -> Hit:
    """One finding from the first to the last figure of a shape's match (to the match's end
    with ``to_end``, the unit after its last figure), where the stated and the computed figure
    are a power of ten apart: a 万, 亿 or decimal point slipped in one of the figures the check
    reads, and only the source says which."""
    return Hit(min(m.start(g) for g in groups), m.end() if to_end else max(m.end(g) for g in groups), None,
               {"computed": computed + "; a power of ten apart: 万, 亿 or a decimal point slipped in one of these figures"})


def _year(figure: str) -> bool:
    """Whether a figure reads as a year ("from 2019 to 2023", "up 6 percent from 2022"): four
    digits from 1900 to 2099 with no comma, scale word or currency."""
    return bool(YEAR.fullmatch(figure.strip()))


def _far(stated: float, computed: float, tolerance: float, floor: float = 0.0) -> bool:
    gap = abs(stated - computed)
    return gap > floor and gap > tolerance * max(abs(computed), 1e-9)


# The unit after the last figure of a change's shape, where the shape stops before it ("down 2
# percent from 3,100 yuan in real terms").
_AFTER_UNIT = re_programs.compile(UNIT)
_DURATION_AFTER = re.compile(r"[ \u00a0](" + DURATION_WORDS + r")\b", re.IGNORECASE)


def _change_hits(text, pattern, state, windows):
    for m in _in_windows(pattern, text, windows):
        a, b = value(m.group("a")), value(m.group("b"))
        if not a or b is None:
            continue
        if ("$" in m.group("a")) != ("$" in m.group("b")):
            continue  # "98 cents a share, down 13% from $171.2 million": two kinds of figure
        if _year(m.group("a")) or _year(m.group("b")):
            continue  # "rose 40 percent from 2019 to 2023": years, not the figures that changed
        if RATE_QUALIFIED.match(text, m.end("pct") + len(_PERCENT_FIGURE.match(text, m.end("pct")).group())) \
                or REAL_QUALIFIED.match(text, _AFTER_UNIT.match(text, m.end()).end()):
            continue  # "up 4 percent in real terms", "8 percent a year": not the plain ratio of the ends
        ua, ub = _DURATION_AFTER.match(text, m.end("a")), _DURATION_AFTER.match(text, m.end("b"))
        if ua and ub and duration_unit(ua.group(1)) != duration_unit(ub.group(1)):
            # "from 90 minutes to 2 hours": two units of time, left to figure_shares' time_change,
            # which converts units of one family (figures_common.DURATION_UNITS) where one of its
            # shapes reads the change; units of two families ("from three months to 90 days") and
            # changes in shapes it does not read are checked by neither
            continue
        pct = float(m.group("pct"))
        computed = (b - a) / a * 100
        direction = m.groupdict().get("noun") or m.group("dir") or ""  # "a decrease of", "down"
        falling = bool(_FALL.fullmatch(direction))
        stated = -pct if falling else pct
        if not _far(stated, computed, state["tolerance"], floor=1.0):
            continue
        # two percentages: the change may be in points ("up 2 percent from 10 percent to 12 percent")
        if _PERCENT_FIGURE.match(text, m.end("a")) or _PERCENT_FIGURE.match(text, m.end("b")):
            if not _far(stated, b - a, state["tolerance"], floor=1.0):
                continue
        if slipped(1 + pct / 100 if not falling else 1 / max(1 - pct / 100, 1e-9), max(a, b) / min(a, b)) and min(a, b) > 0:
            yield _whole(m, ("a", "b", "pct"), f"{computed:+.1f} percent")
            continue
        yield Hit(m.start("pct"), m.end("pct") + len(_PERCENT_FIGURE.match(text, m.end("pct")).group()),
                  None, {"computed": f"{computed:+.1f} percent"})


# Each shape is searched only in a window around a word it needs (a percent sign, "dollar" or
# "$", "average"), found by one quick pass: most of a text holds none, and the shapes'
# patterns are dear to try at every position (0.5 s per MB when run over whole texts).
_PERCENT_WORD = re_programs.compile(r"(?=[%pP])(?:%|\b[pP]er(?:[ \u00a0]?cent)\b)")
_DOLLAR_WORD = re_programs.compile(r"(?=[$dD])(?:\$|\b[dD]ollars\b)")
_DOLLAR_SIGN = re_programs.compile(r"^(?:US)?\$\s?")
_AVERAGE_WORD = re_programs.compile(r"(?=[aA])\b[aA]n[ \u00a0]average[ \u00a0]of\b")
_WINDOW_BEFORE, _WINDOW_AFTER = 130, 110


def _windows(text: str, anchor) -> list:
    """The stretches of ``text`` around each match of ``anchor``, merged where they overlap."""
    out = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _in_windows(pattern, text: str, windows):
    """Matches of ``pattern`` that lie inside one of ``windows``, each once."""
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


# "from A to B": a change stated, whatever its size.
_FROM_BEFORE = re_programs.compile(r"\bfrom[ \u00a0](?:about[ \u00a0]|some[ \u00a0])?$", re.IGNORECASE)
_TO_BEFORE = re_programs.compile(r"\bto[ \u00a0](?:about[ \u00a0]|some[ \u00a0]|nearly[ \u00a0])?$", re.IGNORECASE)

# ``scale`` (issue 9, eighteenth round): one quantity given twice in a story, the second time
# exactly ten times the first, with the same significant digits (a hundredfold or thousandfold
# pair and figures with a decimal or a scale word agreed by chance in clean stories): "about
# 720 kilometers above Earth" ... "from about 7,200 kilometers up"; "About 28,000 pupils signed up" ... "280,000 children were
# attending": MT converting 万 and 亿 place by place, or a slipped digit. A figure and at most
# three lower-case words after it; a figure with a scale word or a decimal is read and skipped.
# Opens on its first digit, the look-behind after it: ``re`` skips in C to the digits (the same
# matches as "(?=\d)(?<![\d,.$¥€£/:-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)": tests/test_figure_cuts.py).
_SCALE_FIGURE = re_programs.compile(
    r"(?P<n>\d(?<![\d,.$¥€£/:-]\d)(?:\d{0,2}(?:,\d{3})+|\d*))(?P<d>\.\d+)?"
    r"(?:[ \u00a0](?P<s>hundred[ \u00a0]million|ten[ \u00a0]thousand|thousand|million|billion))?(?![\d,]?\d|[.,]\d)"
    r"(?P<w>(?:[ \u00a0][a-z][a-z-]*){1,3})")
# What a figure counts must be named by the same word after both figures (a plural noun or a
# unit: "players", "kilometers"), or both must count people ("pupils" and "children").
_SCALE_UNITS = frozenset(("kilometers kilometres km meters metres miles tonnes tons kilograms kg hectares mu "
                          "square cubic liters litres").split())
_SCALE_PEOPLE = frozenset(("people persons residents pupils students children kids players participants visitors "
                           "tourists workers patients households families villagers athletes members volunteers "
                           "teachers passengers spectators").split())
# Words after a figure that are not what it counts ("14 through its own", "1,500 is considered").
_SCALE_STOP = frozenset(("this that these those them they their its his her our your which with from than into "
                         "over under about more less were was are will have has had been being also only each "
                         "every other such some many most").split())
# Figures that are no count: percentages, multiples, times of day, years' and ages' units,
# money (whose scale words a story mixes freely), and Indian units of number.
_SCALE_SKIP = frozenset(("percent percentage per times am pm a an the years year months month days day hours hour "
                         "minutes seconds yuan dollars euros pounds rupees lakh crore points degrees "
                         "times-").split())
# A story that states a tenfold change gives such a pair on purpose.
_TENFOLD = tenfold(thousand=False)
def _counted(words: str):
    """The words after a figure that may name what it counts (a plural noun or a unit)."""
    out = set()
    for w in words.split():
        if w in _SCALE_STOP:
            break
        if w in _SCALE_UNITS or w in _SCALE_PEOPLE or (len(w) > 3 and w.endswith("s") and not w.endswith("ss")):
            out.add(w)
    return out


def _qualified_after(text: str, m, counted) -> bool:
    """Whether a qualifier follows the first counted word after figure ``m`` ("the 45,000
    residents of the district")."""
    words = m.group("w")
    for w in re.finditer(r"[a-z][a-z-]*", words):
        if w.group() in counted:
            return bool(QUALIFIED.match(text, m.start("w") + w.end()))
    return False


# The ratio of a tenfold pair said beside one of them as a share of the other ("up to 68,425,000
# shares, equivalent to 10 per cent of the issued share capital" after "684,250,000 ordinary
# shares"; a blind clean set's company meeting, issue 9, forty-fifth round): the story relates
# the two figures itself. Only a tenth "of" something counts; a rate of change ("10 percent more
# than planned", "up 10% on last year") says nothing of the pair (a second reading).
_TENTH_STATED = re_programs.compile(r"\b(?:10(?:[ \u00a0]?%|[ \u00a0]per[ \u00a0]?cent|[ \u00a0]percent)|(?:a|one)[ \u00a0-]tenth)"
                                    r"[ \u00a0]of\b")


def _scale_hits(text: str):
    if states_tenfold(_TENFOLD, text):
        return
    figures = []
    for m in _SCALE_FIGURE.finditer(text):
        words = m.group("w").split()
        if words[0] in _SCALE_SKIP or words[0].startswith(("percent", "times")):
            continue
        if not m.group("d") and not m.group("s") and "," not in m.group("n") and 1900 <= int(m.group("n")) <= 2100:
            continue  # a year
        if m.group("s") or m.group("d"):
            # only figures written out in digits: "1.1 million tonnes" of stocks and "11 million
            # tonnes" of arrivals agree by chance in a clean commodities story (clean_fresh55)
            continue
        counted = _counted(m.group("w"))
        if not counted:
            continue
        v = value(m.group()[:m.start("w") - m.start()])
        if not v:
            continue
        digits = significant(v)
        if len(digits) < 2:
            continue  # "2 million" and "20 million" agree by chance too often
        figures.append((m, v, digits, counted))
    figures = outside_corrections(text, figures, lambda f: f[0].start())
    reported = set()
    for i, (b, vb, db, cb) in enumerate(figures):
        if any(v == vb for _, v, _, _ in figures[:i]):
            continue  # "from 9,400 parcels to 94,000 parcels ... the 94,000 parcels": its own antecedent
        for a, va, da, ca in figures[:i]:
            if da != db or va == vb:
                continue
            ratio = max(va, vb) / min(va, vb)
            if abs(ratio - 10) > 1e-6:
                continue  # a hundredfold pair agrees by chance ("1.2 million pigs" vaccinated, "12,000 pigs" culled)
            if not (ca & cb or (ca & _SCALE_PEOPLE and cb & _SCALE_PEOPLE)):
                continue
            if b.start() in reported:
                continue
            if _qualified_after(text, b, cb):
                continue  # "the 45,000 residents of the district": another set
            if _FROM_BEFORE.search(text, max(0, a.start() - 12), a.start()) and _TO_BEFORE.search(text, max(0, b.start() - 12), b.start()):
                continue  # "rose from 9,400 parcels to 94,000 parcels": a change stated
            lo = max(a.end(), text.rfind(". ", 0, b.start()), text.rfind("\n", 0, b.start()))
            if SCOPE.search(text, lo, min(len(text), b.end() + 40)):
                continue  # "Across the province, 3,500 hectares", "150,000 over the whole year": a wider set
            if any(_TENTH_STATED.search(text, f.end(), min(len(text), f.end() + 60)) for f in (a, b)):
                continue  # "68,425,000 shares, equivalent to 10 per cent of the issued share capital": the ratio said
            reported.add(b.start())
            yield Hit(b.start(), b.end("n"), None, {"computed": a.group()[:a.start("w") - a.start()] + " given earlier"})
            break


# ``convert``, ``share``, ``parts`` and ``points`` (issue 9, nineteenth round): four more sums an
# editor checks inside one sentence, each written from what MT does to a figure rather than from a
# development rendering.
#
# * ``convert``: a figure with its value in another unit beside it ("1,200 mu (80 hectares)",
#   "35 degrees Celsius (95 degrees Fahrenheit)", "12 yuan a jin, or 24 yuan a kilogram"), where
#   the conversion does not hold: MT reads 斤 (half a kilogram) as a kilogram, 亩 (a fifteenth of
#   a hectare) as a hectare or 里 (half a kilometre) as a kilometre, or slips a place in one of
#   the two. Prices per unit convert the other way round.
# * ``share``: a part of a whole with the share it makes ("30,000 of the 120,000 households, or
#   40 percent"), where the share is far from part / whole.
# * ``parts``: a total with its parts listed after it ("120 cases, 70 in Wuhan and 60 in
#   Xiaogan"; "1,500 firms, including 900 ... and 800 ..."), where the parts come to more than
#   the total (parts may leave some out, so fewer passes).
# * ``points``: a change between two percentages stated as a percent that is their difference in
#   points ("from 5.2 percent to 5.8 percent, up 0.6 percent": 个百分点 with 个 dropped), or in
#   percentage points that are the relative change ("from 10 percent to 12 percent, up 20
#   percentage points"), or in percentage points between two counts ("from 200 to 300 cases, up
#   50 percentage points").
# Words before a converted figure: an approximation or a bound, or a word that introduces it.
_APPROX = (r"(?:(?:" + APPROXIMATE_OR_BOUND + r"|or|equal[ \u00a0]to|equivalent[ \u00a0]to|the[ \u00a0]equivalent[ \u00a0]of)[ \u00a0])*")
# A unit: its dimension and its size in the dimension's base (square metres, metres, kilograms,
# litres, kilometres an hour); temperatures are read apart.
_UNITS = (
    (r"square[ \u00a0]kilomet(?:er|re)s?|sq[ \u00a0]?km|km2|km²", "area", 1e6),
    (r"square[ \u00a0]miles?|sq[ \u00a0]miles?", "area", 2589988.0),
    (r"square[ \u00a0]met(?:er|re)s?|sq[ \u00a0]?m|m2|m²", "area", 1.0),
    (r"square[ \u00a0](?:feet|foot)|sq[ \u00a0]?ft", "area", 0.09290304),
    (r"hectares?|ha", "area", 1e4),
    (r"acres?", "area", 4046.8564),
    (r"mu", "area", 2000.0 / 3),
    (r"kilomet(?:er|re)s[ \u00a0]per[ \u00a0]hour|kilomet(?:er|re)s[ \u00a0]an[ \u00a0]hour|km/h|kph|kmph", "speed", 1.0),
    (r"miles[ \u00a0]per[ \u00a0]hour|miles[ \u00a0]an[ \u00a0]hour|mph", "speed", 1.609344),
    (r"kilomet(?:er|re)s?|km", "length", 1e3),
    (r"miles?", "length", 1609.344),
    (r"li", "length", 500.0),
    (r"met(?:er|re)s?", "length", 1.0),
    (r"feet|foot|ft", "length", 0.3048),
    (r"centimet(?:er|re)s?|cm", "length", 0.01),
    (r"inch(?:es)?", "length", 0.0254),
    (r"kilograms?|kilos?|kg", "mass", 1.0),
    (r"jin|catties|catty", "mass", 0.5),
    (r"pounds?|lbs?", "mass", 0.45359237),
    (r"grams?|g", "mass", 0.001),
    (r"ounces?|oz", "mass", 0.028349523),
    (r"liang|taels?", "mass", 0.05),
    (r"(?:metric[ \u00a0])?tonnes|metric[ \u00a0]tons", "mass", 1000.0),
    (r"lit(?:er|re)s?", "volume", 1.0),
    (r"gallons?", "volume", 3.785411784),
    (r"cubic[ \u00a0]met(?:er|re)s?", "volume", 1000.0),
    (r"cubic[ \u00a0](?:feet|foot)", "volume", 28.316847),
    (r"(?:degrees?[ \u00a0])?(?:Celsius|centigrade|C\b)|°[ \u00a0]?C|℃", "celsius", 1.0),
    (r"(?:degrees?[ \u00a0])?(?:Fahrenheit|F\b)|°[ \u00a0]?F|℉", "fahrenheit", 1.0),
)
_UNIT_ALT = "|".join(f"(?P<u{i}>{rx})" for i, (rx, _, _) in enumerate(_UNITS))
_UNIT_ALT2 = "|".join(f"(?P<v{i}>{rx})" for i, (rx, _, _) in enumerate(_UNITS))
_NUM = r"(?:[mM]inus[ \u00a0]|[-−])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_PRICE = r"(?:(?P<{0}cur>yuan|dollars|US[ \u00a0]dollars|euros)[ \u00a0](?P<{0}per>per|a|an|for[ \u00a0]each|for[ \u00a0]every)[ \u00a0])?"
_CONVERT = re_programs.compile(
    r"(?=[\d−mM-])(?<![\d,.$¥€£/:-])(?:(?P<r1>" + NUMS + r")[ \u00a0]?(?:-|–|to)[ \u00a0]?)?(?P<a>" + _NUM
    + r"(?:[ \u00a0](?:hundred[ \u00a0]million|ten[ \u00a0]thousand|thousand|million|billion))?)[ \u00a0]?"
    + _PRICE.format("p") + r"(?:" + _UNIT_ALT + r")\b(?P<w>(?:[ \u00a0](?:of|in)[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?[a-z-]+)?)"
    # the size of the unit in brackets between: "23 yuan per jin (0.5 kilograms), about 46 yuan per kilogram"
    r"(?:[ \u00a0]?\([^()\n]{1,30}\)(?=,))?"
    r"(?:[ \u00a0]?\([ \u00a0]?|,[ \u00a0]+(?=or[ \u00a0]|" + APPROXIMATE_WORDS + r"[ \u00a0]|equal|equivalent|the[ \u00a0]equivalent)|[ \u00a0]+(?=or[ \u00a0]))"
    + _APPROX + r"(?:(?P<r2>" + NUMS + r")[ \u00a0]?(?:-|–|to)[ \u00a0]?)?(?P<b>" + _NUM
    + r"(?:[ \u00a0](?:hundred[ \u00a0]million|ten[ \u00a0]thousand|thousand|million|billion))?)[ \u00a0]?"
    + _PRICE.format("q") + r"(?:" + _UNIT_ALT2 + r")(?![\w/²]|[ \u00a0]?\d)")  # not "(1lb 12oz)"
# The size of one unit glossed in brackets: "per jin (0.5 kilograms)", "a mu (about 0.07 hectares)".
_GLOSS = re_programs.compile(
    r"(?=[pPaAoOeE])\b(?:per|an?|one|One|each|Each|every)[ \u00a0](?:" + _UNIT_ALT + r")[ \u00a0]?\([ \u00a0]?" + _APPROX
    + r"(?P<b>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[ \u00a0]?(?:" + _UNIT_ALT2 + r")[ \u00a0]?\)")
_CONVERT_WORD = re_programs.compile(
    r"(?=[hHaAmMjJcCpPlLkKsSdDfF°℃℉gGiI])\b(?:hectares?|acres?|mu|jin|catt(?:y|ies)|li|liang|miles|mph|kilomet(?:er|re)s|km|"
    r"pounds|lbs|kilograms|kg|square|sq|Fahrenheit|Celsius|degrees|feet|ft|inch(?:es)?|centimet(?:er|re)s|cm|"
    r"met(?:er|re)s|gallons|lit(?:er|re)s|ounces|grams|cubic)\b|°|℃|℉")


def _unit(m, prefix):
    for i, (_, dim, size) in enumerate(_UNITS):
        if m.group(f"{prefix}{i}"):
            return dim, size
    return None, None


_SIGN = re_programs.compile(r"^(?:minus[ \u00a0]|[-−])", re.IGNORECASE)

def _signed(figure: str) -> Optional[float]:
    f = figure.strip()
    negative = f.lower().startswith("minus") or f[:1] in "-−"
    v = value(_SIGN.sub("", f))
    if v is None:
        return None
    return -v if negative else v


# A second figure right after a conversion: "... (15 to 20 kilograms)" is a range.
_RANGE_NEXT = re_programs.compile(r"[ \u00a0]?(?:-|–|to[ \u00a0])[ \u00a0]?\d")

def _convert_hits(text: str, tolerance: float, windows=None):
    """``windows``: ``_windows(text, _CONVERT_WORD)``, when the caller has them."""
    for lo, hi in _windows(text, _CONVERT_WORD) if windows is None else windows:
        for m in _CONVERT.finditer(text, lo, hi):
            (da, sa), (db, sb) = _unit(m, "u"), _unit(m, "v")
            if da is None or db is None or (m.group("r2") and not m.group("r1")):
                continue  # a range beside one figure: which end is meant is unclear
            if _RANGE_AFTER.match(text, m.end()) or _RANGE_NEXT.match(text[m.end():m.end() + 6]):
                continue
            if bool(m.group("pcur")) != bool(m.group("qcur")):
                continue  # "1,000 yuan per mu (15,000 yuan per hectare)" needs both prices
            a, b = _signed(m.group("a")), _signed(m.group("b"))
            if a is None or b is None:
                continue
            if {da, db} == {"celsius", "fahrenheit"}:
                computed = a * 1.8 + 32 if da == "celsius" else (a - 32) / 1.8
                # a difference of temperatures converts without the 32 ("fall by 10 degrees
                # Celsius (18 degrees Fahrenheit)", "1.2 degrees Celsius warmer")
                step = a * 1.8 if da == "celsius" else a / 1.8
                gap = 4.0 if db == "fahrenheit" else 2.5
                if abs(computed - b) > gap and abs(step - b) > gap:
                    yield Hit(m.start("b"), m.end(), None, {"computed": f"{computed:,.0f} {'Fahrenheit' if db == 'fahrenheit' else 'Celsius'}"})
                continue
            if da != db or da in ("celsius", "fahrenheit") or sa == sb or a <= 0 or b <= 0:
                continue
            def convert(x):
                return x / sa * sb if m.group("pcur") else x * sa / sb  # per kilogram is twice per jin
            computed = convert(a)
            if m.group("r1") and not m.group("r2"):
                # a range beside one figure ("23 to 26 yuan per jin, about 25 yuan per kilogram"):
                # the figure must fall near the converted range
                low = convert(value(m.group("r1")) or 0.0)
                lo_c, hi_c = sorted((low, computed))
                if lo_c * (1 - tolerance) <= b <= hi_c * (1 + tolerance):
                    continue
                computed = (lo_c + hi_c) / 2
            if _far(b, computed, tolerance):
                shown = f"{computed:,.2f}" if computed < 10 else f"{computed:,.0f}"
                yield Hit(m.start("b"), m.end(), None, {"computed": f"{shown} by the unit's size"})


def _gloss_hits(text: str, tolerance: float, windows=None):
    for lo, hi in _windows(text, _CONVERT_WORD) if windows is None else windows:
        for m in _GLOSS.finditer(text, lo, hi):
            (da, sa), (db, sb) = _unit(m, "u"), _unit(m, "v")
            if da is None or da != db or da in ("celsius", "fahrenheit") or sa == sb:
                continue
            b = value(m.group("b"))
            if b and _far(b, sa / sb, tolerance):
                shown = f"{sa / sb:,.3g}"
                yield Hit(m.start("b"), m.end() - 1 if text[m.end() - 1] == ")" else m.end(), None,
                          {"computed": f"{shown}, the size of one"})




_RANGE_END = re_programs.compile(r"(?:-|–|to|and|between)[ \u00a0]?$")

def _share_hits(text: str, tolerance: float):
    for lo, hi in _windows(text, _PERCENT_WORD):
        for m in SHARE.finditer(text, lo, hi):
            if _year(m.group("a")) or _year(m.group("b")):
                continue
            if _RANGE_END.search(text[max(0, m.start() - 8):m.start()]):
                continue  # "20 to 30 of the 100 ..." : a range
            a, b = value(m.group("a")), value(m.group("b"))
            if not a or not b:
                continue
            computed = a / b * 100
            stated = float(m.group("pct"))
            if _far(stated, computed, tolerance, floor=1.0):
                unit = _PERCENT_FIGURE.match(text, m.end("pct"))
                if slipped(stated, computed):
                    yield _whole(m, ("a", "b", "pct"), f"{computed:.1f} percent")
                    continue
                yield Hit(m.start("pct"), unit.end() if unit else m.end("pct"), None,
                          {"computed": f"{computed:.1f} percent"})


_PART_FIGURE = re_programs.compile(r"(?<![\w,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[ \u00a0](?:thousand|million|billion)\b)?")
# "in", "at" or "from" at the start of a word: each word opens on its literal letter and the test
# of the start (the word boundary of "\b(?:in|at|from)") stands after it, so that ``re`` skips in
# C to those three letters instead of trying a look-ahead at every position (a quarter of the
# time; the same matches as "(?=[iIaAfF])\b(?:in|at|from)[ \u00a0]": tests/test_figure_cuts.py).
_PART_WORD = re_programs.compile(r"(?:in(?<!\win)|at(?<!\wat)|from(?<!\wfrom))[ \u00a0]")


_SCALE_WORD = re_programs.compile(r"thousand|million|billion")
# A total given as approximate: its parts may sum a little over it.
_PARTS_APPROX = re_programs.compile(r"\b" + APPROXIMATE_OR_BOUND + r"[ \u00a0]*$")

def _parts_hits(text: str):
    for lo, hi in _windows(text, _PART_WORD):
        for m in PARTS.finditer(text, lo, hi):
            if _year(m.group("t")) or m.group("noun").split()[0] in _SCALE_SKIP:
                continue
            total = value(m.group("t"))
            parts = [value(f.group()) for f in _PART_FIGURE.finditer(m.group("list"))
                     if not _year(f.group())]
            if not total or len(parts) < 2 or any(p is None for p in parts):
                continue
            exact = "." not in m.group("list") + m.group("t") and not _SCALE_WORD.search(m.group())
            approx = _PARTS_APPROX.search(text[max(0, m.start() - 20):m.start()])
            slack = 0.0 if exact and not approx else 0.1
            if sum(parts) > total * (1 + slack) + 1e-9:
                shown = f"{sum(parts):,.0f} in the parts listed after it"
                yield _whole(m, ("t", "list"), shown) if slipped(sum(parts), total) else Hit(m.start("t"), m.end("t"), None, {"computed": shown})


_PERCENT_ANY = re_programs.compile(r"(?=[%pP])(?:%|\b[pP]er[ \u00a0]?cent)")
_POINTS_UNIT = re_programs.compile(r"[ \u00a0]?percentage[ \u00a0]points?\b")


def _points_hits(text: str, tolerance: float):
    """Changes between percentages stated in the wrong unit (see ``points`` above)."""
    seen = set()
    windows = _windows(text, _PERCENT_ANY)
    for pattern in (POINTS_BEFORE, POINTS_AFTER, POINTS_FROM):
        for m in _in_windows(pattern, text, windows):
            a, b = value(m.group("a")), value(m.group("b"))
            if not a or b is None or _year(m.group("a")) or _year(m.group("b")):
                continue
            if ("$" in m.group("a")) != ("$" in m.group("b")):
                continue
            pct = float(m.group("pct"))
            direction = m.groupdict().get("noun") or m.group("dir") or ""
            stated = -pct if _FALL.fullmatch(direction) else pct
            if (stated > 0) != (b > a):
                continue  # "fell 2 percent from 10 percent to 12 percent": another quarrel
            points = bool(_POINTS_UNIT.match(text, m.end("pct")))
            ends = bool(_PERCENT_FIGURE.match(text, m.end("a")) or _PERCENT_FIGURE.match(text, m.end("b")))
            relative, difference = (b - a) / a * 100, b - a
            how = None
            if ends and not points and not _far(stated, difference, 0.05) and _far(stated, relative, tolerance, floor=1.0):
                how = f"{difference:+.1f} percentage points, a relative change of {relative:+.1f} percent"
            elif ends and points and _far(stated, difference, tolerance, floor=0.5) and not _far(stated, relative, 0.05):
                how = f"{difference:+.1f} percentage points (a relative change of {relative:+.1f} percent)"
            elif not ends and points and not _far(stated, relative, 0.05):
                how = f"a relative change of {relative:+.1f} percent between two figures that are no rates"
            if how and (m.start("pct"), m.end("pct")) not in seen:
                seen.add((m.start("pct"), m.end("pct")))
                unit = _RATE_UNIT.match(text, m.end("pct"))
                end = unit.end() if unit else m.end("pct")
                yield Hit(m.start("pct"), end, None, {"computed": how})


# ``listed``: a count word with its items listed after it ("three measures: A, B, C and D"):
# MT renders 三项措施 and the list one by one, and drops or adds an item, or a count, on the way.
_LISTED = re_programs.compile(
    r"(?=[tTfFsSeEnN])\b(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)[ \u00a0]"
    r"(?:(?!(?:of|than|the|to|in|at|an?|and|or|on|for|by|with|from|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0])[a-z-]+[ \u00a0]){0,2}?"
    r"(?P<noun>[a-z-]{3,}s)[ \u00a0]?(?P<mark>:|[ \u00a0][—–][ \u00a0]|—)[ \u00a0]?"
    r"(?P<list>[^.!?\n:()\[\]“”\"]{3,400}?)(?=[.!?\n]|$)")
_LISTED_SKIP = re_programs.compile(
    r"\b(?:etc|such[ \u00a0]as|including|includes|include|among[ \u00a0]others|and[ \u00a0]so[ \u00a0]on|and[ \u00a0]other|or[ \u00a0]other|"
    r"first|firstly|second|secondly|one[ \u00a0]is|the[ \u00a0]other|both|either|neither|each|between|respectively|"
    r"which|who|that|where|when|while|because|said|says|plus|as[ \u00a0]well[ \u00a0]as|versus|vs|though|although|but)\b|\d",
    re.IGNORECASE)
_LISTED_NOUN_SKIP = frozenset(("years months weeks days hours minutes seconds times percent points decades centuries "
                               "things words ways reasons questions lessons").split())


_AND_OR = re_programs.compile(r"(?:and|or)[ \u00a0]")
_AND_OR_INSIDE = re_programs.compile(r"[ \u00a0](?:and|or)[ \u00a0]")

def _listed_count(items: str) -> Optional[int]:
    """How many items a list names ("A, B, C and D" -> 4), None when it cannot tell."""
    if ";" in items:
        parts = [p.strip() for p in items.split(";") if p.strip()]
        if any("," not in p and len(p.split()) > 12 for p in parts):
            return None
        last = parts[-1]
        if _AND_OR.match(last) or len(parts) < 2:
            return len(parts) if len(parts) >= 2 else None
        return None  # "A; B; C" with no "and": another use of the semicolon
    parts = [p.strip() for p in items.split(",")]
    if any(not p for p in parts):
        return None
    last = parts[-1]
    if len(parts) >= 2 and _AND_OR.match(last):
        count = len(parts)  # "A, B, and C"
    else:
        ands = len(_AND_OR_INSIDE.findall(last))
        if ands != 1:
            return None  # no "and" before the last item, or one inside an item: unclear
        count = len(parts) + 1
    words = [len(p.split()) for p in parts]
    if count < 2 or max(words) > 7:
        return None  # clauses, not items
    return count


# A bound or a part before a listed count ("at least seven pleats", "two of the three tests").
_LISTED_BOUND = re_programs.compile(r"\b(?:" + APPROXIMATE_OR_BOUND + r"|only|another|other|of)[ \u00a0]$", re.IGNORECASE)

# Items that each open on a count ("three elderly people, two village cadres and three women
# representatives"): the list gives the parts of the count before it, and they must add up to it
# (issue 9, fortieth round; MT keeps 七名成员：三名老人、两名村干部和两名妇女代表 item by item).
_COUNTED_ITEM = re_programs.compile(r"(?:(?:and|or)[ \u00a0]+)?(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \u00a0]+"
                                    r"(?!(?:of|percent|per|times|years?|months?|days?|hours?|minutes?)\b)[a-z][a-z-]*(?:[ \u00a0][a-z][a-z-]*){0,3}",
                                    re.IGNORECASE)
_COUNTS = dict(COUNT_WORDS, one=1)


def _counted_items(items: str):
    """The sum of a list's items where each opens on a count ("A, B and C") and how many items
    there are, or (None, 0)."""
    parts = [p.strip() for p in re.split(r",|[ \u00a0]and[ \u00a0]", items.strip()) if p.strip()]
    if len(parts) < 2:
        return None, 0
    total = 0
    for p in parts:
        m = _COUNTED_ITEM.fullmatch(p)
        if not m:
            return None, 0
        n = m.group("n").lower()
        total += int(n) if n.isdigit() else _COUNTS[n]
    return total, len(parts)


def _listed_hits(text: str):
    for m in _LISTED.finditer(text):
        if m.group("noun") in _LISTED_NOUN_SKIP:
            continue
        if m.group("mark") == ":" and not _LISTED_BOUND.search(text[max(0, m.start() - 12):m.start()]):
            summed, items = _counted_items(m.group("list"))
            if summed is not None:
                stated = COUNT_WORDS[m.group("n").lower()]
                # "three goals: ten new parks, five schools and two hospitals" counts its items
                if summed != stated and items != stated:
                    yield Hit(m.start("n"), m.end("list"), None, {"computed": f"{summed} in the counts of the list after it"})
                continue
        if _LISTED_SKIP.search(m.group("list")):
            continue
        if m.group("mark") != ":" and "," not in m.group("list"):
            continue  # a dash before a clause ("seven pleats – though some insist on ten or more")
        if _LISTED_BOUND.search(text[max(0, m.start() - 12):m.start()]):
            continue  # a bound or a part ("at least seven pleats", "two of the three tests")
        count = _listed_count(m.group("list").strip())
        stated = COUNT_WORDS[m.group("n").lower()]
        if count and count != stated:
            yield Hit(m.start("n"), m.end("noun"), None, {"computed": f"{count} items in the list after it"})


_MULTIPLE_WORD = re_programs.compile(r"(?=[dDtTqQhH])\b(?:doubl|tripl|trebl|quadrupl|halv)", re.IGNORECASE)


# A bound before a multiple ("more than doubled", "nearly tripled"), read on lower-cased text.
_MULTIPLE_BOUND = re_programs.compile(r"(?:" + APPROXIMATE_OR_BOUND + r"|than)[ \u00a0]*$")

def _multiple_hits(text: str, tolerance: float):
    for lo, hi in _windows(text, _MULTIPLE_WORD):
        for m in MULTIPLE.finditer(text, lo, hi):
            fa, fb = (m.group("a"), m.group("b")) if m.group("a") else (m.group("a2"), m.group("b2"))
            if _year(fa) or _year(fb) or ("$" in fa) != ("$" in fb):
                continue
            before = text[max(0, m.start() - 25):m.start()].lower()
            if _MULTIPLE_BOUND.search(before) \
                    or m.group("more"):
                continue  # "more than doubled", "nearly tripled": a bound, not the multiple
            a, b = value(fa), value(fb)
            if not a or b is None:
                continue
            stated = MULTIPLES[(m.group("verb") or m.group("verb2")).lower()]
            if _far(b / a, stated, tolerance):
                verb = "verb" if m.group("verb") else "verb2"
                ends = ("a", "b", verb) if m.group("a") else ("a2", "b2", verb)
                if slipped(stated if stated >= 1 else 1 / stated, max(a, b) / min(a, b)) and min(a, b) > 0:
                    yield _whole(m, ends, f"a ratio of {b / a:.2f}")
                    continue
                yield Hit(m.start(verb), m.end(verb), None, {"computed": f"a ratio of {b / a:.2f}"})


# ``direction`` (issue 9, fortieth round): a figure with the one it changed from, and the word
# between them turned round: "to 50 percent, up from 60 percent now" (低于40%), "1,200 visitors,
# down from 900". MT renders 提高 or 下降 from a neighbouring clause, or slips a digit. Both figures
# must be of one kind (two percentages, or two amounts of one currency and unit); a sign or
# "minus" before either (a rate below zero), a rank or a year is not read.
_DIRECTION = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.$¥-])(?P<b>" + FIG + r")(?P<ub>[ \u00a0]?(?:percent|per[ \u00a0]cent|%)|[ \u00a0][a-z]+)?,[ \u00a0]"
    r"(?P<dir>up|down)[ \u00a0]from[ \u00a0](?:(?:about|some|around|roughly|nearly|almost|just)[ \u00a0])?"
    r"(?P<a>(?<![-−])" + FIG + r")(?P<ua>[ \u00a0]?(?:percent|per[ \u00a0]cent|%)|[ \u00a0][a-z]+)?(?![\d:]|[.,]\d|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE)
_DIRECTION_WORD = re_programs.compile(r"(?=[uUdD])\b(?:up|down)[ \u00a0]from\b", re.IGNORECASE)
_MINUS_BEFORE = re_programs.compile(r"(?:[-−]|\bminus[ \u00a0]|\bnegative[ \u00a0])$", re.IGNORECASE)
# A figure that is no level: the base of a rate ("14.3 per 100,000, down from 15.1"), a day of a
# month ("in the week to June 2, up from 780,000 tons"), the second year of a span ("2025/26").
_NO_LEVEL_BEFORE = re_programs.compile(r"(?:\bper[ \u00a0]|/|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0])$")
_RANK_BEFORE = re_programs.compile(r"\b(?:No\.|number|rank(?:ed|s|ing)?|place[ds]?|position|spot|tier)[ \u00a0](?:No\.[ \u00a0])?$", re.IGNORECASE)
# A figure that is a day before its month ("in the year to 30 June, up from 2.5 million") or
# the second term of a ratio ("1 in 6 adults, down from 1 in 4"): no level of its own.
_MONTH_WORD = frozenset("january february march april may june july august september october november december "
                        "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_RATIO_BEFORE = re_programs.compile(r"\b(?:\d+|one)[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0]$", re.IGNORECASE)
_RATIO_AFTER = re_programs.compile(r"[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0]\d")


_DIRECTION_UNITS = frozenset("yuan mu km kg rmb".split())


def _direction_unit(words: Optional[str]) -> str:
    """The unit a word after a figure names: a percent sign or word, a unit, or a plural noun
    ("kiosks"); any other word ("last", "now") names none."""
    w = (words or "").strip().lower()
    if w in ("percent", "per cent", "%") or w in _DIRECTION_UNITS or len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w
    return ""


def _direction_hits(text: str):
    for m in _in_windows(_DIRECTION, text, _windows(text, _DIRECTION_WORD)):
        fa, fb = m.group("a"), m.group("b")
        if _year(fa) or _year(fb) or ("$" in fa) != ("$" in fb) or ("¥" in fa) != ("¥" in fb):
            continue
        if _MINUS_BEFORE.search(text, max(0, m.start() - 9), m.start()) or _RANK_BEFORE.search(text, max(0, m.start() - 22), m.start()) \
                or _NO_LEVEL_BEFORE.search(text, max(0, m.start() - 11), m.start()):
            continue  # "-2 percent, up from -5 percent"; "ranked No. 3, up from 7"; "per 100,000", "June 2", "2025/26"
        if (m.group("ub") or "").strip().lower() in _MONTH_WORD or _RATIO_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                or _RATIO_AFTER.match(text, m.end("a")):
            continue  # "to 30 June, up from 2.5 million"; "1 in 6 adults, down from 1 in 4"
        ua, ub = (_direction_unit(m.group(g)) for g in ("ua", "ub"))
        pa, pb = ua in ("percent", "per cent", "%"), ub in ("percent", "per cent", "%")
        if pa != pb or (not pa and ua and ub and ua != ub):
            continue  # a rate against a count, or two units
        a, b = value(fa), value(fb)
        if a is None or b is None or a == b:
            continue
        up = m.group("dir").lower() == "up"
        if (b > a) != up:
            # the word or either figure may be the slip: the finding spans all three
            yield Hit(m.start("b"), m.end("ua") if m.group("ua") and pa else m.end("a"), None,
                      {"computed": f"{'a fall' if up else 'a rise'} from {fa} to {fb}"})


# ``per_period`` (issue 9, fortieth round): an amount a period with its value for another
# period apposed ("1,800 tonnes of hydrogen a year, or about 50 tonnes a day": about 5; "36,000
# yuan a year, or 3,000 yuan a month"), where no count of days, weeks or months a year gives the
# second: a 万 or a decimal point slipped in one of them. A year has 250 working days to 366
# days, 48 to 53 weeks and 12 months; a month 20 to 31 days.
_PERIOD_DAYS = {"day": (1.0, 1.0), "week": (5.0, 7.0), "month": (20.0, 31.0), "year": (250.0, 366.0)}
_PERIOD_MEAN = {"day": 1.0, "week": 7.0, "month": 365 / 12, "year": 365.0}
_PER_PERIOD = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.$¥-])(?P<a>" + FIG + r")(?P<ua>[ \u00a0][a-z-]+(?:[ \u00a0]of[ \u00a0][a-z-]+(?:[ \u00a0][a-z-]+)?)?)?[ \u00a0](?:a|per|each|every)[ \u00a0]"
    r"(?P<pa>day|week|month|year),?[ \u00a0]+(?:(?:or|about|roughly|some|nearly|around|almost|approximately|equivalent[ \u00a0]to|the[ \u00a0]equivalent[ \u00a0]of)[ \u00a0]+)+"
    r"(?P<b>(?<![-−])" + FIG + r")(?P<ub>[ \u00a0][a-z-]+)?[ \u00a0](?:a|per|each|every)[ \u00a0](?P<pb>day|week|month|year)\b")
_PERIOD_WORD = re_programs.compile(r"(?=[aApPeE])\b(?:a|per|each|every)[ \u00a0](?:day|week|month|year)\b")


# A price before the first amount ("a gym card costs 50 yuan a day or 800 yuan a year", "rented for
# 10 yuan a day or 30 yuan a week"): a cheaper rate for the longer period is a second offer, not
# the same amount restated.
_PRICE_BEFORE = re_programs.compile(r"\b(?:costs?|costing|charges?|charged|charging|fees?|fares?|pays?|paid|paying|price[sd]?|"
                                    r"rent(?:s|ed|ing)?|tickets?|pass(?:es)?|cards?|membership|subscriptions?|tariffs?|at)"
                                    r"(?:[ \u00a0](?:for|of|at|is|are|was|were|from|just|only))?[ \u00a0]$", re.IGNORECASE)
_PERIOD_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
# A season or a run of days named beside the amounts ("50,000 people a day, or 500,000 a year over
# its 10 days", "in a 100-day season"): the longer period's amount counts only the days it runs.
_SEASON = re_programs.compile(r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)[ \u00a0-](?:days?|weeks?|months?)|"
                              r"season|seasonal|festival|fair|expo|holiday|term|semester|campaign|harvest)\b", re.IGNORECASE)


def _per_period_hits(text: str, tolerance: float):
    for m in _in_windows(_PER_PERIOD, text, _windows(text, _PERIOD_WORD)):
        pa, pb = m.group("pa"), m.group("pb")
        if pa == pb or ("$" in m.group("a")) != ("$" in m.group("b")):
            continue
        ua, ub = (m.group("ua") or "").split(), (m.group("ub") or "").split()
        if ua and ub and ua[0] != ub[0]:
            continue  # "1,800 tonnes a year, or 50 trucks a day": two things
        a, b = value(m.group("a")), value(m.group("b"))
        if not a or not b or _year(m.group("a")) or _year(m.group("b")):
            continue
        (alo, ahi), (blo, bhi) = _PERIOD_DAYS[pa], _PERIOD_DAYS[pb]
        lo, hi = a * blo / ahi, a * bhi / alo  # the second figure, over every count of days
        if b < lo * (1 - tolerance) and _PERIOD_ORDER[pb] > _PERIOD_ORDER[pa] and ("$" in m.group("a") or "¥" in m.group("a") or ua[:1] in (["yuan"], ["dollars"], ["euros"], ["pounds"], ["rmb"])) \
                and _PRICE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # a price for the longer period below its rate: a second offer ("50 yuan a day or 800 yuan a year")
        if b < lo * (1 - tolerance) and _PERIOD_ORDER[pb] > _PERIOD_ORDER[pa] \
                and _SEASON.search(text, max(0, m.start() - 80), min(len(text), m.end() + 60)):
            continue  # "800 tonnes a day, or 40,000 tonnes a year" in a harvest season: the year has fewer working days
        if b < lo * (1 - tolerance) or b > hi * (1 + tolerance):
            mid = a * _PERIOD_MEAN[pb] / _PERIOD_MEAN[pa]
            shown = f"about {mid:,.0f}" if mid >= 10 else f"about {mid:,.2g}"
            yield Hit(m.start("b"), m.end("ub") if m.group("ub") else m.end("b"), None,
                      {"computed": f"{shown} a {pb} from {m.group('a')} a {pa}"})


@prepare.detector
def detect(doc, state):
    text = doc.text
    shapes = state["shapes"]
    if "listed" in shapes:
        yield from _listed_hits(text)
    if "direction" in shapes and DIGIT.search(text):
        yield from _direction_hits(text)
    if "per_period" in shapes and DIGIT.search(text):
        yield from _per_period_hits(text, state["tolerance"])
    if not DIGIT.search(text):
        return
    if "scale" in shapes:
        yield from _scale_hits(text)
    if "convert" in shapes:
        windows = _windows(text, _CONVERT_WORD)  # the units' windows, found once for the two shapes
        yield from _convert_hits(text, state["tolerance"], windows)
        yield from _gloss_hits(text, state["tolerance"], windows)
    if "share" in shapes:
        yield from _share_hits(text, state["tolerance"])
    if "multiple" in shapes:
        yield from _multiple_hits(text, state["tolerance"])
    if "parts" in shapes:
        yield from _parts_hits(text)
    if "points" in shapes:
        yield from _points_hits(text, state["tolerance"])
    if "change" in shapes:
        seen = set()
        windows = _windows(text, _PERCENT_WORD)
        for pattern in (CHANGE_BEFORE, CHANGE_AFTER, CHANGE_FROM):
            for hit in _change_hits(text, pattern, state, windows):
                if (hit.start, hit.end) not in seen:
                    seen.add((hit.start, hit.end))
                    yield hit
    if "difference" in shapes:
        windows = _windows(text, _DIFF_WORD)
        for m in _in_windows(DIFF_UPFROM, text, windows):
            a, b, c = value(m.group("a")), value(m.group("b")), value(m.group("c"))
            if not a or b is None or not c or any(_year(m.group(g)) for g in "abc"):
                continue
            if ("$" in m.group("a")) != ("$" in m.group("b")):
                continue
            if (b > a) != (m.group("dir").lower() == "up"):
                continue  # "500, up from 700": the figures are not the ones that changed
            if _far(c, abs(b - a), state["tolerance"]):
                shown = f"{abs(b - a):,.0f}"
                yield _whole(m, ("a", "b", "c"), shown) if slipped(c, abs(b - a)) else Hit(m.start("c"), m.end("c"), None, {"computed": shown})
        for m in _in_windows(_DIFF_EXCEEDS, text, windows):
            b, c = value(m.group("b")), value(m.group("c"))
            if not b or not c or _year(m.group("b")) or _year(m.group("c")):
                continue
            lo = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if _SWING.search(text, lo, m.end()):
                continue
            if c > b * (1 + state["tolerance"]):
                yield Hit(m.start("c"), m.end("c"), None, {"computed": f"less than {b:,.0f}"})
    if "currency" in shapes:
        windows = _windows(text, _DOLLAR_WORD)
        for m in _in_windows(_CURRENCY_BACK, text, windows):
            if _RANGE_END_FIGURE.search(text, max(0, m.start() - 24), m.start()) or _RANGE_NEXT.match(text[m.end():m.end() + 6]) \
                    or _RANGE_END_FIGURE.search(text, max(0, m.start("y") - 24), m.start("y")):
                continue  # "$2,800 to $8,400 (20,000 to 60,000 yuan)": ranges
            y = value(m.group("y"))
            d = value(_DOLLAR_SIGN.sub("", m.group("d")).replace("U.S. dollars", "").replace("US dollars", "")
                      .replace("dollars", ""))
            if y and d and not state["min_rate"] / 2 <= y / d <= state["max_rate"] * 2:
                shown = f"{d * 6.9:,.0f} yuan at about 6.9 yuan a dollar"
                yield _whole(m, ("d", "y"), shown, to_end=True) if slipped(d * 6.9, y) else Hit(m.start("y"), m.end(), None, {"computed": shown})
        for m in _in_windows(_CURRENCY, text, windows):
            if _RANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()) or _RANGE_AFTER.match(text, m.end()):
                continue  # "from 20,000 to 60,000 yuan ($2,800 to $8,400)": two ranges, end to start
            if "$" in m.group("y"):
                continue
            y = value(m.group("y"))
            d = value(_DOLLAR_SIGN.sub("", m.group("d")).replace("U.S. dollars", "").replace("US dollars", "")
                      .replace("dollars", ""))
            if not y or not d:
                continue
            rate = y / d
            if rate < state["min_rate"] / 2 or rate > state["max_rate"] * 2:
                shown = f"{y / 6.9:,.0f} dollars at about 6.9 yuan a dollar"
                yield _whole(m, ("y", "d"), shown) if slipped(y / 6.9, d) else Hit(m.start("d"), m.end("d"), None, {"computed": shown})
    if "average" in shapes:
        for m in _in_windows(AVERAGE, text, _windows(text, _AVERAGE_WORD)):
            t, n, b = value(m.group("t")), value(m.group("n")), value(m.group("b"))
            if not t or not n or b is None:
                continue
            if _far(b, t / n, state["tolerance"]):
                shown = f"{t / n:,.0f}"
                yield _whole(m, ("t", "n", "b"), shown) if slipped(b, t / n) else Hit(m.start("b"), m.end("b"), None, {"computed": shown})

