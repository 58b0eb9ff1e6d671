"""``number_units``: figures counted in the Chinese units 万 (ten thousand) and 亿 (hundred
million) that MT carries over word for word ("3.6 ten thousand hundred million yuan"), with
the English figure computed as the fix ("3.6 trillion yuan")."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from . import Hit, Key, ParamError, register

_UNITS = {"ten": Decimal(10), "hundred": Decimal(10) ** 2, "thousand": Decimal(10) ** 3,
          "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9}
# A figure followed by "thousand", or by two or more multipliers: 万 "ten thousand", 亿 "hundred million",
# 万亿 "ten thousand hundred million", 千亿 "thousand hundred million", 百万 "hundred ten
# thousand". English names one scale word per figure ("3.6 trillion"), so a chain of them is
# always a carried-over Chinese unit.
_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"((?:[ \u00a0-]+(?:ten|hundred|thousand|million|billion)\b(?!-))+)",
    re.IGNORECASE,
)
_UNIT = re.compile(r"ten|hundred|thousand|million|billion", re.IGNORECASE)
_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def english_figure(value: Decimal) -> str:
    """3.6E12 -> '3.6 trillion', 1.2E9 -> '1.2 billion', 605000 -> '605,000'."""
    for size, word in _SCALES:
        if value >= size:
            scaled = (value / size).quantize(Decimal("0.001")).normalize()
            return f"{scaled:f} {word}"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():f}"


@register("number_units", {
    "mode": Key((str,), "units", "units (万/亿 multipliers) | grouping (250000 -> 250,000)"),
    "min_units": Key((int,), 2, "units: how many multiplier words must follow the figure (two: 'ten thousand')"),
    "min_digits": Key((int,), 5, "grouping: shortest run of digits flagged (4-digit years stay alone)"),
}, fields=("value",))
def prepare(p):
    if p["mode"] not in _MODES:
        raise ParamError("mode", f"expected one of {', '.join(_MODES)}")
    if p["min_units"] < 1 or p["min_digits"] < 4:
        raise ParamError("min_units" if p["min_units"] < 1 else "min_digits", "too small")
    return p


# A long run of digits standing alone as a quantity: not part of a code, a phone number, a
# decimal, a range or a word ("A32000", "010-6512", "3.14159", "No. 100010").
_DIGITS = re.compile(r"(?<![\w.,/:#+\-])\d{4,}(?![\w,/:\-]|\.\d)")
# "2019 WL 123456", "ISBN 9780", "PO Box": a code after capitals; a currency code is an amount.
_CODE_AFTER_CAPS = re.compile(r"\b(?!(?:RMB|USD|HKD|EUR|GBP|JPY|CNY|AUD|CAD|SGD)\b)[A-Z]{2,5}\s*$")
# Stock codes: "Kweichow Moutai (600519)", "600519.SH".
_STOCK_CODE = re.compile(r"\((\d{4,6})\)|\d{4,6}\.(?:SH|SZ|HK|SS|TW|T|KS)\b")
_CODE_BEFORE = re.compile(
    r"(?:\b(?:no|nos|code|codes|number|numbers|tel|phone|fax|zip|postcode|postal|isbn|issn|id|account|"
    r"patent|serial|model|flight|room|box|ext|version|year|years|route|line|grade|level)\.?|\+|#|\d)\s*$",
    re.IGNORECASE)


def _grouping(doc, state):
    text = doc.text
    for m in _DIGITS.finditer(text):
        digits = m.group()
        if len(digits) < state["min_digits"] or digits.startswith("0"):
            continue
        before = text[max(0, m.start() - 12):m.start()]
        if _CODE_BEFORE.search(before) or _CODE_AFTER_CAPS.search(before):
            continue
        if _STOCK_CODE.match(text, max(0, m.start() - 1)) or _STOCK_CODE.match(text, m.start()):
            continue
        figure = f"{int(digits):,}"
        yield Hit(m.start(), m.end(), figure, {"value": figure})


def _units(doc, state):
    for m in _FIGURE.finditer(doc.text):
        units = [u.group().lower() for u in _UNIT.finditer(m.group(3))]
        # One scale word is English after a figure ("3.6 million"), except "thousand", which
        # English writes in digits ("25,000", "5,000-year"). A unit word that opens a compound
        # ("12 ten-metre sections") is not a unit.
        if len(units) < state["min_units"] and units != ["thousand"]:
            continue
        if not m.group(2) and re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and units[0] in ("ten", "hundred"):
            continue  # "In 2020 ten million people": a year, then a figure in words
        try:
            value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        except InvalidOperation:
            continue
        for unit in units:
            value *= _UNITS[unit]
        figure = english_figure(value)
        yield Hit(m.start(), m.end(), figure, {"value": figure})


_MODES = {"units": _units, "grouping": _grouping}


@prepare.detector
def detect(doc, state):
    return _MODES[state["mode"]](doc, state)
