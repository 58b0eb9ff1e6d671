"""``number_units``: figures counted in the Chinese units 万 (ten thousand) and 亿 (hundred
million) that MT carries over word for word ("3.6 ten thousand hundred million yuan"), with
the English figure computed as the fix ("3.6 trillion yuan")."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from . import Hit, Key, register

_UNITS = {"ten": Decimal(10), "hundred": Decimal(10) ** 2, "thousand": Decimal(10) ** 3,
          "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9}
# A figure followed by two or more multipliers: 万 "ten thousand", 亿 "hundred million",
# 万亿 "ten thousand hundred million", 千亿 "thousand hundred million", 百万 "hundred ten
# thousand". English names one scale word per figure ("3.6 trillion"), so a chain of them is
# always a carried-over Chinese unit.
_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"((?:[ \u00a0-]+(?:ten|hundred|thousand|million|billion)\b){2,})",
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
    "min_units": Key((int,), 2, "how many multiplier words must follow the figure (two: 'ten thousand')"),
}, fields=("value",))
def prepare(p):
    return p


@prepare.detector
def detect(doc, state):
    for m in _FIGURE.finditer(doc.text):
        units = [u.group().lower() for u in _UNIT.finditer(m.group(3))]
        if len(units) < state["min_units"]:
            continue
        try:
            value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        except InvalidOperation:
            continue
        for unit in units:
            value *= _UNITS[unit]
        figure = english_figure(value)
        yield Hit(m.start(), m.end(), figure, {"value": figure})
