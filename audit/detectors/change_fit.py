"""The ``change_fit`` detector type (issue 9, twenty-ninth round): a percentage change that the
sentence's own figures contradict, read with each figure's rounding.

Chinese reports a change as a level, its increment and its rate (达到150万人次，增加30万人次，
增长30%), and MT renders all three; a slip in any of them (a rate taken from another line, an
increment read from the wrong base, 万 converted twice) leaves a sentence an editor can check:
"Visitors rose from 1.2 million to 1.5 million, an increase of 30 percent" (25 percent), "reached
1.5 million, up 300,000 or 30 percent" (300,000 on 1.2 million is 25 percent), "Sales were 2.4
billion yuan, down 600 million yuan or 30 percent" (600 million of 3 billion is 20 percent).
Three shapes:

- ``from_to``: "from A to B, an increase of P percent" / ", up P percent" (the rate is B over A);
- ``level_delta``: "B, up D or P percent" / "B, an increase of D, or P percent" (the base is B
  less D, or B plus D for a fall);
- ``level_base``: "B, up P percent from A" / "B, an increase of P percent over A" (the rate is B
  over A, as ``from_to``; a year for either figure, or a rate in real terms, is not read).

Every figure is read as the interval its rounding allows: "1.2 million" is 1.15 to 1.25 million,
"30 percent" 29.5 to 30.5, a whole number in whole thousands at its trailing zeros (two significant figures kept at least)
("40,000" 39,500 to 40,500), any other whole number written out in full ("2,860", "8 yuan") is
exact. A
finding needs the stated rate outside every rate the figures allow, and a rise stated as a fall
(or the reverse) is read too. The figures must share a unit (both "yuan", or none); a hedge
("about", "nearly", "more than") anywhere in the stretch stops the reading.
"""
from __future__ import annotations

import re

from .. import re_programs
from . import check_choice, Hit, Key, register
from .figures_common import SCALES as _SCALES

_MODES = ("from_to", "level_delta", "level_base")
_NUM = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: (?:thousand|million|billion|trillion))?(?!\d|[,.]\d)"
_UNIT = r"(?: (?P<{0}>yuan|dollars|euros|tons|tonnes|people|visitors|passengers|vehicles|units|households|"\
        r"kilometers|kilometres|meters|metres|mu|hectares|cases|trips|person-times))?"
_UP = r"increase|rise|growth|jump|gain|climb"
_DOWN = r"decrease|drop|decline|fall|reduction|cut|dip"
_RATE = r"(?P<full>(?P<rate>" + _NUM + r") (?:percent|per cent)|(?P<rate2>" + _NUM + r")%)"
# The rate is read only where the clause ends after it (or a year-on-year phrase does): any
# other words qualify it ("up 4 percent in real terms", "8 percent a year", "5.5 percent at
# constant prices", "6 percent on a like-for-like basis", "26 percent on last season"), and a real,
# annual or adjusted rate need not fit the nominal levels.
_RATE_END = r"(?=(?: (?:year on year|year-on-year|on the previous year|from a year earlier|" \
            r"over the same period (?:of )?last year))?(?:[.,;:!?)\"”’]|\s*$))"
_FROM_TO = re_programs.compile(
    r"\bfrom (?P<a>" + _NUM + r")" + _UNIT.format("ua") + r"(?: (?:last year|a year earlier|in (?:19|20)\d\d))? to "
    r"(?P<b>" + _NUM + r")" + _UNIT.format("ub") + r"(?: (?:this year|in (?:19|20)\d\d))?,? (?:(?:an? (?P<noun>"
    + _UP + "|" + _DOWN + r") of)|(?P<dir>up|down)(?: by)?) (?:" + _RATE + r")" + _RATE_END)
_LEVEL_DELTA = re_programs.compile(
    r"(?P<b>" + _NUM + r")" + _UNIT.format("ub") + r",? (?:(?:an? (?P<noun>" + _UP + "|" + _DOWN + r") of)|"
    r"(?P<dir>up|down)(?: by)?) (?P<d>" + _NUM + r")" + _UNIT.format("ud")
    + r"(?: (?:year on year|year-on-year|from (?:a year earlier|last year)))?,? or (?:" + _RATE + r")" + _RATE_END)
# ``level_base`` (issue 9, fortieth round): the level, its rate, then the base it is measured
# from ("420,000 visitors, up 50% from 300,000 last year"; "2.86 billion yuan, an increase of
# 40% over 2023's 2.2 billion yuan"; "213,000 passengers, an increase of 9% on the 180,000 of the
# same period"). The rate stands right before its base word, so no qualifier comes between.
_LEVEL_BASE = re_programs.compile(
    r"(?P<b>" + _NUM + r")" + _UNIT.replace("person-times)", r"person-times|[a-z]{{3,}}[^s\W]s)").format("ub") + r",? (?:(?:an? (?P<noun>" + _UP + "|" + _DOWN + r") of)|"
    r"(?P<dir>up|down)(?: by)?) (?:" + _RATE + r")(?: (?:year on year|year-on-year))? "
    r"(?:from|over|on|compared with|against) (?:the |(?:last year|the previous year|a year earlier|(?:19|20)\d\d)[’']s )?"
    r"(?P<a>" + _NUM + r")" + _UNIT.format("ua") + r"(?![\w%-]| ?(?:percent|per cent))")
# A rate at constant prices or on another basis than the levels beside it (review of the fortieth
# round): China's GDP "126 trillion yuan, up 5.2 percent from 121 trillion yuan in real terms".
_REAL_TERMS = re_programs.compile(r"\b(?:in[ \u00a0]real[ \u00a0]terms|real[ \u00a0](?:growth|terms|increase|rise|fall|decline)|at[ \u00a0](?:constant|comparable)[ \u00a0]prices|"
                         r"on[ \u00a0]a[ \u00a0](?:comparable|like-for-like|constant-currency|constant[ \u00a0]currency)[ \u00a0]basis|like-for-like|"
                         r"inflation-adjusted|adjusted[ \u00a0]for[ \u00a0]inflation|after[ \u00a0]inflation|comparable[ \u00a0]prices)\b", re.IGNORECASE)
_HEDGE = re_programs.compile(r"\b(?:about|around|nearly|almost|over|more than|less than|at least|roughly|approximately|"
                    r"some|close to|under|above|below)\b", re.IGNORECASE)


@register("change_fit", {
    "mode": Key((str,), doc="from_to | level_delta | level_base"),
}, fields=("rate", "allowed"))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return {"mode": p["mode"]}


def interval(fig: str):
    """The values a written figure may stand for: (low, high). A whole number without a scale
    word is exact; a decimal or a figure with a scale word is rounded to its last digit
    ("1.2 million" -> 1.15 to 1.25 million; "30" percent is exact as written, its rounding is
    added by the caller). A whole number in whole thousands may be rounded too, at its trailing
    zeros, keeping two significant figures at least ("40,000" 39,500 to 40,500; "1,234,000"
    1,233,500 to 1,234,500): a writer rounds a count to "40,000" as often as to "1.2 million"."""
    number, _, scale = fig.partition(" ")
    digits = number.replace(",", "")
    factor = _SCALES.get(scale, 1)
    value = float(digits)
    if "." in digits:
        half = 0.5 * 10 ** -len(digits.split(".")[1])
    elif scale:
        half = 0.5
    elif digits.endswith("000"):
        # whole thousands: rounded at the trailing zeros, two significant figures kept at least
        # ("40,000" 39,500 to 40,500; "300,000" 295,000 to 305,000; "1,000" 950 to 1,050)
        zeros = len(digits) - len(digits.rstrip("0"))
        half = 0.5 * 10 ** min(zeros, len(digits) - 2)
    else:
        half = 0.0
    return (value - half) * factor, (value + half) * factor


def _rate_interval(fig: str):
    number = fig.replace(",", "")
    value = float(number)
    half = 0.5 * 10 ** -len(number.split(".")[1]) if "." in number else 0.5
    return value - half, value + half


def _rising(m) -> bool:
    if m.group("dir"):
        return m.group("dir") == "up"
    return re.fullmatch(_UP, m.group("noun")) is not None


@prepare.detector
def detect(doc, state):
    text = doc.text
    level_base = state["mode"] == "level_base"
    with_base = state["mode"] in ("from_to", "level_base")  # the base figure ``a`` is given, not the change ``d``
    pattern = {"from_to": _FROM_TO, "level_delta": _LEVEL_DELTA, "level_base": _LEVEL_BASE}[state["mode"]]
    for m in pattern.finditer(text):
        # an approximate figure: its rounding is unknown (the base word "over" of ``level_base``
        # is no hedge, and nothing but a figure comes after it)
        if _HEDGE.search(text, max(0, m.start() - 20), m.end("full") if level_base else m.end()):
            continue
        if level_base and _REAL_TERMS.search(text, max(0, m.start() - 60), min(len(text), m.end() + 40)):
            continue  # "126 trillion yuan, up 5.2 percent from 121 trillion yuan in real terms": a rate at constant prices
        rate = m.group("rate") or m.group("rate2")
        r_lo, r_hi = _rate_interval(rate)
        up = _rising(m)
        b_lo, b_hi = interval(m.group("b"))
        if with_base:
            if m.group("ua") != m.group("ub") and m.group("ua") and m.group("ub"):
                continue
            years = [bool(re.fullmatch(r"(?:19|20)\d\d", m.group(g))) for g in ("a", "b")]
            if all(years) or level_base and any(years):
                continue  # "from 2019 to 2023, up 12 percent": years, not levels
            a_lo, a_hi = interval(m.group("a"))
            if a_lo <= 0:
                continue
            changes = [(b - a) / a * 100 for a in (a_lo, a_hi) for b in (b_lo, b_hi)]
        else:
            if m.group("ud") and m.group("ub") and m.group("ud") != m.group("ub"):
                continue
            d_lo, d_hi = interval(m.group("d"))
            changes = []
            for b in (b_lo, b_hi):
                for d in (d_lo, d_hi):
                    base = b - d if up else b + d
                    if base <= 0:
                        break
                    changes.append((d if up else -d) / base * 100)
            if len(changes) < 4:
                continue  # an increment as large as the level: no base to read
        lo, hi = min(changes), max(changes)
        stated = (r_lo, r_hi) if up else (-r_hi, -r_lo)
        if stated[1] < lo or stated[0] > hi:
            allowed = f"{lo:.1f}" if abs(hi - lo) < 0.05 else f"{lo:.1f} to {hi:.1f}"
            yield Hit(m.start("full"), m.end("full"), None, {"rate": rate, "allowed": allowed})
