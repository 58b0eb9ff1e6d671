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

"Far" is a relative gap of more than ``tolerance`` and, for percentages, more than one point:
rounded figures stay silent. The finding's span is the stated figure that disagrees (the
percentage, the dollar amount, the average); no fix is offered, since only the source says which
figure is wrong.
"""
from __future__ import annotations

import re
from typing import Optional

from . import Hit, Key, ParamError, register
from .. import re_programs

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# A figure with its scale word: "2,400", "4.05 million", "$1.2 billion", "1.86 hundred million".
_FIG = (r"(?:[$¥]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:bn|mn|mln|tn|m|k)?"
        r"(?:[ \u00a0](?:hundred[ \u00a0]million|ten[ \u00a0]thousand|thousand|million|billion|trillion))?")
_PCT = r"(?P<pct>\d+(?:\.\d+)?)[ \u00a0]?(?:percent|per[ \u00a0]cent|%)"
_UP = r"(?P<dir>rose|rise|rises|risen|increased|increases|grew|grows|climbed|jumped|surged|was[ \u00a0]up|were[ \u00a0]up|up|fell|falls|fallen|dropped|declined|decreased|slid|shrank|was[ \u00a0]down|were[ \u00a0]down|down)"
# The units a figure may carry between it and the next words ("2,400 yuan", "3,000 tonnes").
_UNIT = r"(?:[ \u00a0](?:yuan|dollars|tonnes|tons|people|households|units|vehicles|head|mu|hectares|kilograms|kilometres|kilometers|visitors|passengers|firms|companies|enterprises|cases|loans|jobs|homes))?"

# Words that may stand between a figure and the change stated after it, with no comma: "70,000
# wafers by the end of 2027, an increase of 30 percent", "12.7 billion yuan in the first 10 months
# of this year, up 29.6 percent from ..." (a count of months or a year, never another figure).
_BETWEEN = (r"(?:[ \u00a0](?:(?!a\b|per\b|each\b|an\b)[a-z-]+|(?:19|20)\d\d\b|\d{1,2}(?=[ \u00a0](?:months|weeks|days|quarters)\b))){0,9}")

_CHANGE_BEFORE = re_programs.compile(
    r"(?=[rRiIgGcCjJsSwWuUfFdD])\b" + _UP + r"(?:[ \u00a0]by)?[ \u00a0]" + _PCT + r",?[ \u00a0]+from[ \u00a0](?P<a>" + _FIG + r")" + _UNIT
    + r"[ \u00a0]to[ \u00a0](?P<b>" + _FIG + r")", re.IGNORECASE)
_CHANGE_AFTER = re_programs.compile(
    r"(?=[fF])\bfrom[ \u00a0](?P<a>" + _FIG + r")" + _UNIT + r"[ \u00a0]to[ \u00a0](?P<b>" + _FIG + r")" + _UNIT + _BETWEEN
    + r",?[ \u00a0]+(?:an?[ \u00a0](?P<noun>increase|rise|jump|gain|growth|decrease|drop|fall|decline)[ \u00a0]of|" + _UP + r")[ \u00a0]"
    + _PCT, re.IGNORECASE)
_CHANGE_FROM = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<b>" + _FIG + r")" + _UNIT + _BETWEEN + r",[ \u00a0]+" + _UP + r"[ \u00a0]" + _PCT
    + r"[ \u00a0]from[ \u00a0](?P<a>" + _FIG + r")", re.IGNORECASE)
_CURRENCY = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<y>" + _FIG + r")[ \u00a0](?:yuan|RMB)\b,?[ \u00a0]+(?:\(|or[ \u00a0]|about[ \u00a0]|roughly[ \u00a0]|around[ \u00a0]|worth[ \u00a0])*"
    r"(?:about[ \u00a0]|roughly[ \u00a0]|around[ \u00a0]|some[ \u00a0]|nearly[ \u00a0])?(?P<d>(?:US)?\$\s?" + _FIG[len(r"(?:[$¥]\s?)?"):]
    + r"|" + _FIG + r"[ \u00a0](?:U\.S\.[ \u00a0]|US[ \u00a0])?dollars)", re.IGNORECASE)
_AVERAGE = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<t>" + _FIG + r")[ \u00a0](?:yuan|dollars|tonnes|tons|kilograms|mu)\b[^.;:!?\n]{0,40}?\b(?:to|among|for|between)[ \u00a0]"
    r"(?P<n>" + _FIG + r")[ \u00a0](?:[a-z-]+[ \u00a0]){0,3}?[a-z-]+s\b[^.;:!?\n]{0,30}?,?[ \u00a0]+an[ \u00a0]average[ \u00a0]of[ \u00a0]"
    r"(?:about[ \u00a0])?(?P<b>" + _FIG + r")"
    # the average of one of those counted: "each", "apiece", "per farmer" (not "a year", "percent")
    r"(?=[ \u00a0]+(?:yuan[ \u00a0]+|dollars[ \u00a0]+|tonnes[ \u00a0]+|tons[ \u00a0]+|kilograms[ \u00a0]+|mu[ \u00a0]+)?"
    r"(?:each|apiece|per[ \u00a0](?:person|household|farmer|family|firm|company|head|capita|village|project|student)"
    r"|a[ \u00a0](?:person|household|farmer|family|firm|head))\b)", re.IGNORECASE)
# A change stated as a difference of counts or amounts: "1,300 ... enterprises, up from 1,152 a
# year earlier, an increase of 248" (148), and an increase larger than the total it led to
# ("reach 1222 ten thousand, an increase of 21 million over last year").
_NOT_PERCENT = r"(?![ \u00a0]?(?:percent|per[ \u00a0]cent|%|percentage)|\d|[,.]\d)"
_DIFF_UPFROM = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<b>" + _FIG + r")" + _UNIT + r"[^.;:!?\n,\d]{0,80}?,[ \u00a0]+(?P<dir>up|down)[ \u00a0]from[ \u00a0]"
    r"(?P<a>" + _FIG + r")" + _UNIT + r"(?:[ \u00a0][a-z-]+){0,4},?[ \u00a0]+(?:an?[ \u00a0](?:increase|rise|gain|decrease|drop|fall|decline)[ \u00a0]of"
    r"|(?:up|down)[ \u00a0]by)[ \u00a0](?P<c>" + _FIG + r")" + _NOT_PERCENT, re.IGNORECASE)
_DIFF_EXCEEDS = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<b>" + _FIG + r")" + _UNIT + r",?[ \u00a0]+an?[ \u00a0](?:increase|rise|gain)[ \u00a0]of[ \u00a0]"
    r"(?P<c>" + _FIG + r")" + _NOT_PERCENT + r"(?:[ \u00a0][a-z-]+){0,3}?[ \u00a0](?:over|from|on|compared[ \u00a0]with)[ \u00a0]"
    r"(?:last|the[ \u00a0]previous|the[ \u00a0]same[ \u00a0]period[ \u00a0]of[ \u00a0]last|a)[ \u00a0](?:year|month|quarter|period)", re.IGNORECASE)
# Profits and losses may swing by more than their new total ("a profit of 2 million, an
# increase of 3 million over last year" after a loss): such sentences are left alone.
_SWING = re_programs.compile(r"\b(?:profits?|loss(?:es)?|income|earnings|deficits?|surplus(?:es)?|balance|net)\b", re.IGNORECASE)
_DIFF_WORD = re_programs.compile(r"(?=[uUdDiIrRgG])\b(?:(?:up|down)[ \u00a0]from|(?:increase|rise|gain)[ \u00a0]of)\b", re.IGNORECASE)

_RANGE_BEFORE = re_programs.compile(r"(?:\bto|\band|[-–])[ \u00a0]?$")
_RANGE_AFTER = re_programs.compile(r"[ \u00a0]*(?:to|[-–])[ \u00a0]?(?:US)?\$")
_FALL = re.compile(r"fell|falls|fallen|dropped|declined|decreased|slid|shrank|down|decrease|drop|fall|decline", re.IGNORECASE)
_PERCENT_FIGURE = re_programs.compile(r"[ \u00a0]?(?:percent|per[ \u00a0]cent|%)")


def value(figure: str) -> Optional[float]:
    """The number a figure with its scale word says ("4.05 million" -> 4050000.0), None when
    it holds no number."""
    m = re.match(r"(?:[$¥]\s?)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(bn|mn|mln|tn|m|k)?(.*)", figure.strip())
    if not m:
        return None
    number = float(m.group(1).replace(",", ""))
    if m.group(2):  # "$12bn", "$490m": the scale written short
        return number * {"bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3}[m.group(2)]
    words = m.group(3).lower().split()
    if words[:2] == ["hundred", "million"]:
        return number * 1e8
    if words[:2] == ["ten", "thousand"]:
        return number * 1e4
    return number * _SCALE.get(words[0], 1.0) if words else number


@register("arithmetic", {
    "shapes": Key((list,), ["change", "currency", "average", "difference"],
                  "which sums to check: change, currency, average, difference, scale (not by default)"),
    "tolerance": Key((int, float), 0.25, "a relative gap above this between a stated and a computed figure is flagged"),
    "min_rate": Key((int, float), 5.5, "currency: the fewest yuan a dollar has cost"),
    "max_rate": Key((int, float), 8.8, "currency: the most yuan a dollar has cost"),
}, fields=("computed",))
def prepare(p):
    unknown = set(p["shapes"]) - {"change", "currency", "average", "difference", "scale"}
    if unknown:
        raise ParamError("shapes", f"unknown shapes: {', '.join(sorted(unknown))}")
    if not 0 < p["tolerance"] < 1:
        raise ParamError("tolerance", "expected a fraction between 0 and 1")
    return {"shapes": frozenset(p["shapes"]), "tolerance": float(p["tolerance"]),
            "min_rate": float(p["min_rate"]), "max_rate": float(p["max_rate"])}


_YEAR = re.compile(r"(?:19|20)\d\d")


def _year(figure: str) -> bool:
    """Whether a figure reads as a year ("from 2019 to 2023", "up 6 percent from 2022"): four
    digits from 1900 to 2099 with no comma, scale word or currency."""
    return bool(_YEAR.fullmatch(figure.strip()))


def _far(stated: float, computed: float, tolerance: float, floor: float = 0.0) -> bool:
    gap = abs(stated - computed)
    return gap > floor and gap > tolerance * max(abs(computed), 1e-9)


def _change_hits(text, pattern, state, windows):
    for m in _in_windows(pattern, text, windows):
        a, b = value(m.group("a")), value(m.group("b"))
        if not a or b is None:
            continue
        if ("$" in m.group("a")) != ("$" in m.group("b")):
            continue  # "98 cents a share, down 13% from $171.2 million": two kinds of figure
        if _year(m.group("a")) or _year(m.group("b")):
            continue  # "rose 40 percent from 2019 to 2023": years, not the figures that changed
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
        yield Hit(m.start("pct"), m.end("pct") + len(_PERCENT_FIGURE.match(text, m.end("pct")).group()),
                  None, {"computed": f"{computed:+.1f} percent"})


# Each shape is searched only in a window around a word it needs (a percent sign, "dollar" or
# "$", "average"), found by one quick pass: most of a text holds none, and the shapes'
# patterns are dear to try at every position (0.5 s per MB when run over whole texts).
_PERCENT_WORD = re_programs.compile(r"(?=[%pP])(?:%|\b[pP]er(?:[ \u00a0]?cent)\b)")
_DOLLAR_WORD = re_programs.compile(r"(?=[$dD])(?:\$|\b[dD]ollars\b)")
_AVERAGE_WORD = re_programs.compile(r"(?=[aA])\b[aA]n[ \u00a0]average[ \u00a0]of\b")
_WINDOW_BEFORE, _WINDOW_AFTER = 130, 110
_DIGIT = re_programs.compile(r"\d")


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


# ``scale`` (issue 9, eighteenth round): one quantity given twice in a story, the second time
# exactly ten times the first, with the same significant digits (a hundredfold or thousandfold
# pair and figures with a decimal or a scale word agreed by chance in clean stories): "about
# 720 kilometers above Earth" ... "from about 7,200 kilometers up"; "About 28,000 pupils signed up" ... "280,000 children were
# attending": MT converting 万 and 亿 place by place, or a slipped digit. A figure and at most
# three lower-case words after it; a figure with a scale word or a decimal is read and skipped.
_SCALE_FIGURE = re_programs.compile(
    r"(?=\d)(?<![\d,.$¥€£/:-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<d>\.\d+)?"
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
_TENFOLD = re_programs.compile(r"(?=[tThH1])\b(?:ten|10|a[ ]hundred|hundred|100)(?:-fold|fold|[ ]times)\b|\b(?:tenfold|hundredfold)\b",
                               re.IGNORECASE)


def _significant(v: float) -> str:
    """The significant digits of ``v`` ("7,200" -> "72", "1.26 million" -> "126")."""
    return ("%.9g" % v).replace(".", "").replace("e+", "e").split("e")[0].strip("0")


def _counted(words: str):
    """The words after a figure that may name what it counts (a plural noun or a unit)."""
    out = set()
    for w in words.split():
        if w in _SCALE_STOP:
            break
        if w in _SCALE_UNITS or w in _SCALE_PEOPLE or (len(w) > 3 and w.endswith("s") and not w.endswith("ss")):
            out.add(w)
    return out


def _scale_hits(text: str):
    if _TENFOLD.search(text):
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
        digits = _significant(v)
        if len(digits) < 2:
            continue  # "2 million" and "20 million" agree by chance too often
        figures.append((m, v, digits, counted))
    reported = set()
    for i, (b, vb, db, cb) in enumerate(figures):
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
            reported.add(b.start())
            yield Hit(b.start(), b.end("n"), None, {"computed": a.group()[:a.start("w") - a.start()] + " given earlier"})
            break


@prepare.detector
def detect(doc, state):
    text = doc.text
    if not _DIGIT.search(text):
        return
    shapes = state["shapes"]
    if "scale" in shapes:
        yield from _scale_hits(text)
    if "change" in shapes:
        seen = set()
        windows = _windows(text, _PERCENT_WORD)
        for pattern in (_CHANGE_BEFORE, _CHANGE_AFTER, _CHANGE_FROM):
            for hit in _change_hits(text, pattern, state, windows):
                if (hit.start, hit.end) not in seen:
                    seen.add((hit.start, hit.end))
                    yield hit
    if "difference" in shapes:
        windows = _windows(text, _DIFF_WORD)
        for m in _in_windows(_DIFF_UPFROM, text, windows):
            a, b, c = value(m.group("a")), value(m.group("b")), value(m.group("c"))
            if not a or b is None or not c or any(_year(m.group(g)) for g in "abc"):
                continue
            if ("$" in m.group("a")) != ("$" in m.group("b")):
                continue
            if (b > a) != (m.group("dir").lower() == "up"):
                continue  # "500, up from 700": the figures are not the ones that changed
            if _far(c, abs(b - a), state["tolerance"]):
                yield Hit(m.start("c"), m.end("c"), None, {"computed": f"{abs(b - a):,.0f}"})
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
        for m in _in_windows(_CURRENCY, text, _windows(text, _DOLLAR_WORD)):
            if _RANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()) or _RANGE_AFTER.match(text, m.end()):
                continue  # "from 20,000 to 60,000 yuan ($2,800 to $8,400)": two ranges, end to start
            if "$" in m.group("y"):
                continue
            y = value(m.group("y"))
            d = value(re.sub(r"^(?:US)?\$\s?", "", m.group("d")).replace("U.S. dollars", "").replace("US dollars", "")
                      .replace("dollars", ""))
            if not y or not d:
                continue
            rate = y / d
            if rate < state["min_rate"] / 2 or rate > state["max_rate"] * 2:
                yield Hit(m.start("d"), m.end("d"), None, {"computed": f"{y / 6.9:,.0f} dollars at about 6.9 yuan a dollar"})
    if "average" in shapes:
        for m in _in_windows(_AVERAGE, text, _windows(text, _AVERAGE_WORD)):
            t, n, b = value(m.group("t")), value(m.group("n")), value(m.group("b"))
            if not t or not n or b is None:
                continue
            if _far(b, t / n, state["tolerance"]):
                yield Hit(m.start("b"), m.end("b"), None, {"computed": f"{t / n:,.0f}"})
