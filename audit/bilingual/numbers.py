"""Numbers in Chinese and English text as values, with Chinese numerals and 万/亿 converted.

Each number is ``(start, end, values)``: its span and the set of values it may stand for
(``3.5万`` is 35,000; ``百分之五`` is 5; ``1.5 million`` is 1,500,000 but also 1.5, so a source
that writes ``150万`` matches). Values are compared with a relative tolerance of 1e-6
(rounding only: 20,003 is not 20,000).
"""
from __future__ import annotations

import re
from typing import FrozenSet, List, NamedTuple

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_CHARS = "".join(_ZH_DIGITS) + "".join(_ZH_UNITS) + "".join(_ZH_BIG)

_ZH_SMALL = "".join(_ZH_DIGITS) + "".join(_ZH_UNITS)  # a Chinese numeral starts with one of these
_ARABIC = r"\d+(?:[,，]\d{3})*(?:\.\d+)?"
_ZH_NUM_RE = re.compile(rf"(百分之|千分之)?(?:(?<![A-Za-z\d.])({_ARABIC})(?![A-Za-z\d])\s*([十百千万亿]*)|([{_ZH_SMALL}][{_ZH_CHARS}]*(?:点[{''.join(_ZH_DIGITS)}]+)?))"
                        r"(\s*[%％])?")
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
# A figure, with its scale word ("1.5 million") or as an ordinal ("the 10th", "21st century":
# dates and ranks are figures of the source too, 10日, 第五).
_EN_NUM_RE = re.compile(r"(?<![\w.])(\d+(?:,\d{3})+|\d+(?:\.\d+)?)"
                        r"(?:(?:st|nd|rd|th)(?![A-Za-z\d])|(?:\s*(thousand|million|billion|trillion|bn)\b)?(?![A-Za-z\d]))",
                        re.IGNORECASE)


class Number(NamedTuple):
    start: int
    end: int
    values: FrozenSet[float]


def _zh_int(chars: str) -> float:
    """The value of a run of Chinese numerals: 三千五百 3500, 二〇二〇 2020, 十五 15, 三万 30000."""
    if chars and all(c in _ZH_DIGITS for c in chars):  # digit by digit: years, codes
        return float("".join(str(_ZH_DIGITS[c]) for c in chars))
    total, section, digit = 0.0, 0.0, 0
    for c in chars:
        if c in _ZH_DIGITS:
            digit = _ZH_DIGITS[c]
        elif c in _ZH_UNITS:
            section += (digit or 1) * _ZH_UNITS[c]
            digit = 0
        elif c == "万":
            total += ((section + digit) or 1) * 10_000
            section, digit = 0.0, 0
        elif c == "亿":
            total = ((total + section + digit) or 1) * 100_000_000
            section, digit = 0.0, 0
    return total + section + digit


def _variants(value: float) -> FrozenSet[float]:
    out = {value}
    for scale in (1e3, 1e4, 1e6, 1e8, 1e9, 1e12):  # "1.5 million" beside 150万: compare either way
        if value >= scale and value % (scale / 1000) == 0:
            out.add(value / scale)
    return frozenset(out)


def zh_numbers(text: str) -> List[Number]:
    out: List[Number] = []
    for m in _ZH_NUM_RE.finditer(text):
        percent, arabic, mult, chinese, sign = m.groups()
        try:
            if arabic:
                value = float(arabic.replace(",", "").replace("，", ""))
                for c in mult or "":
                    value *= _ZH_UNITS.get(c) or _ZH_BIG[c]
            else:
                whole, _, frac = chinese.partition("点")
                if whole and all(c in _ZH_BIG for c in whole):
                    continue  # a bare 万 or 亿 is not a number
                if len(whole) < 2 and not frac and not percent and text[m.start() - 1:m.start()] != "第":
                    continue  # 一 and 三 alone are mostly words (一些, 一季度, 三思), rarely figures; 第五 is one
                value = _zh_int(whole)
                if frac:
                    value = float(f"{int(value)}.{''.join(str(_ZH_DIGITS[c]) for c in frac)}")
        except (ValueError, KeyError):
            continue
        if percent == "千分之":
            value = value / 10
        out.append(Number(m.start(), m.end(), _variants(value)))
    return out


def en_numbers(text: str) -> List[Number]:
    """English numbers written with digits (words such as "three" are too often not figures)."""
    out: List[Number] = []
    for m in _EN_NUM_RE.finditer(text):
        digits, scale = m.groups()
        try:
            value = float(digits.replace(",", ""))
        except ValueError:
            continue
        values = {value}
        if scale:
            values.add(value * _EN_SCALES[scale.lower()])
        out.append(Number(m.start(), m.end(), frozenset(v for x in values for v in _variants(x))))
    return out


def same(a: FrozenSet[float], b: FrozenSet[float]) -> bool:
    return any(abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1e-9) for x in a for y in b)
