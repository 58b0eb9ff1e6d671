"""Numbers as values: the figures of a span, what each counts, and whether two agree.

MT of Chinese press copy writes one figure many ways: "4.93 million", "492.9 ten thousand"
(万), "1.2 hundred million" (亿), "650,000", "35.2%", "35.2 percent", "up 30.5 percent",
"30-35 percent". :func:`figures` reads each as a value with the precision it was written to
(half a unit of its last digit, times its scale word), its unit (percent, percentage points,
a currency, or the noun it counts) and the content words around it, so that

* two figures *agree* when their units are compatible and they differ by no more than the
  coarser one's rounding (492.9 ten thousand and 4.93 million agree; 60.5 ten thousand and
  650,000 do not; a whole number without a scale word is exact);
* a figure is compared only with a figure about the same thing: the same unit, and the other
  side's figure whose surrounding words overlap most (:func:`match_figures`), not every
  number with every number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, List, Optional, Sequence, Tuple

from ..glossary import stem
from .units import _STOPWORDS

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()) if w != "_"}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12})
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "ten thousand": 1e4, "bn": 1e9, "mn": 1e6}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SCALE = r"(?:\s+(?:ten\s+thousand|hundred|thousand|million|billion|trillion)\b|\s?(?:bn|mn)\b)"
_CURRENCY_PREFIX = r"(?:(?P<cur>US\$|HK\$|\$|¥|€|£|RMB|USD|CNY|EUR)\s?)?"
_SINGLE_RE = re.compile(
    _CURRENCY_PREFIX + r"(?<![\w.,/])(?<![^\W\d]-)(?P<num>" + _DIGITS + "|" + _WORDS + r")(?![\w]|[.,]\d)"
    r"(?P<scale>" + _SCALE + r"*)(?P<pct>\s*%|\s+per\s*cent\b|\s+percent\b|\s+percentage\s+points?\b)?", re.I)
_RANGE_GAP_RE = re.compile(r"\s*[-–—]\s*|\s+to\s+", re.I)
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "us dollar": "USD",
               "hk$": "HKD", "¥": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY",
               "€": "EUR", "eur": "EUR", "euro": "EUR", "£": "GBP", "pound": "GBP"}
_TOKEN_RE = re.compile(r"[A-Za-z][\w'’-]*")
_UP = frozenset("up rose rise rises rising grew grow grows growth increase increased increases increasing "
                "higher jump jumped surge surged gain gained climbed expanded".split())
_DOWN = frozenset("down fell fall falls falling drop dropped drops decline declined declines decrease "
                  "decreased lower shrank shrink slid contracted".split())
_NOT_CONTEXT = _STOPWORDS | _UP | _DOWN | set(_NUMBER_WORDS) | {
    "ten", "hundred", "thousand", "million", "billion", "trillion", "percent", "per", "cent", "reached", "year",
    "total", "about", "around", "nearly", "almost", "over", "than", "least", "some", "approximately"}
_CONTEXT_BEFORE = 8        # content words before a figure that say what it is about
_CONTEXT_AFTER = 4         # ... and after it (what it counts)


@dataclass(frozen=True)
class Figure:
    """A figure in a text: ``text[start:end]`` (offsets into the document), its value (``low``
    == ``high`` unless it is a range), ``tolerance`` (half a unit of its last written digit),
    ``unit`` ("percent", "point", "CNY", "USD", ..., the stem of the noun it counts, or "")
    and ``context``, the content words around it."""

    start: int
    end: int
    low: float
    high: float
    tolerance: float
    unit: str
    context: FrozenSet[str]
    change: Optional[str] = None      # "up" | "down" when the text says the figure is a change
    nouns: FrozenSet[str] = frozenset()   # the words right after it ("job fairs": job, fair)

    def agrees(self, other: "Figure") -> bool:
        if not compatible(self, other):
            return False
        tol = max(self.tolerance, other.tolerance) * (1 + 1e-9) + 1e-12
        same = abs(self.low - other.low) <= tol and abs(self.high - other.high) <= tol
        return same and not (self.change and other.change and self.change != other.change)

    def show(self) -> str:
        def one(v: float) -> str:
            if v == int(v) and abs(v) < 1e15:
                return f"{int(v):,}"
            return f"{v:,.6f}".rstrip("0").rstrip(".")
        value = one(self.low) if self.low == self.high else f"{one(self.low)}-{one(self.high)}"
        unit = {"percent": "%", "point": " percentage points"}.get(self.unit, "")
        if self.unit in _CURRENCIES.values():
            unit = f" {self.unit}"
        return f"{self.change} " * bool(self.change) + value + unit


def compatible(a: Figure, b: Figure) -> bool:
    """Two figures that could state the same quantity: the same unit, one side names no unit
    ("reached 650,000" / "650,000 vehicles"), or the words they count share one."""
    if a.unit == b.unit:
        return True
    special = {"percent", "point"} | set(_CURRENCIES.values())
    if a.unit in special or b.unit in special:
        return False
    # "1,200 job fairs" / "1,500 recruitment fairs": the counted noun phrase shares a word
    return not a.unit or not b.unit or bool(a.nouns & b.nouns)


def _value(raw: str) -> Tuple[float, float]:
    """(value, place of the last written digit) of a numeral or number word."""
    low = raw.lower()
    if low in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[low]), 1.0
    digits = raw.replace(",", "")
    place = 10.0 ** -len(digits.split(".")[1]) if "." in digits else 1.0
    return float(digits), place


def _scale(text: str) -> float:
    factor = 1.0
    for m in re.finditer(r"ten\s+thousand|hundred|thousand|million|billion|trillion|bn|mn", text, re.I):
        factor *= _SCALES[" ".join(m.group().lower().split())]
    return factor


def _currency(prefix: Optional[str], following: List[str]) -> Optional[str]:
    if prefix:
        return _CURRENCIES.get(prefix.lower().strip())
    words = [stem(w) for w in following[:2]]
    if len(words) >= 2 and f"{words[0]} {words[1]}" in _CURRENCIES:
        return _CURRENCIES[f"{words[0]} {words[1]}"]
    if words and words[0] in _CURRENCIES:
        return _CURRENCIES[words[0]]
    return None


def _is_year(raw: str, scale: str, unit: str, cur: Optional[str]) -> bool:
    return (not scale.strip() and not unit and not cur and re.fullmatch(r"\d{4}", raw) is not None
            and 1900 <= int(raw) <= 2100)


@dataclass
class _Single:
    start: int
    end: int
    value: float
    place: float
    scale: str
    currency: Optional[str]
    pct: str


def _singles(text: str) -> List[_Single]:
    out = []
    for m in _SINGLE_RE.finditer(text):
        value, place = _value(m.group("num"))
        out.append(_Single(m.start(), m.end(), value, place, m.group("scale") or "", m.group("cur"),
                           (m.group("pct") or "").lower()))
    return out


def _ranges(text: str, singles: List[_Single]) -> List[List[_Single]]:
    """Singles joined into ranges: "30-35 percent", "3 to 5 million", "between 30 and 35"
    ("from 3 to 5" is a change from one figure to another, not a range)."""
    groups: List[List[_Single]] = []
    i = 0
    while i < len(singles):
        x = singles[i]
        if i + 1 < len(singles):
            y = singles[i + 1]
            gap = text[x.end:y.start]
            before = text[max(0, x.start - 9):x.start].lower()
            to_range = _RANGE_GAP_RE.fullmatch(gap) and not re.search(r"\bfrom\s+$", before)
            between = re.fullmatch(r"\s+and\s+", gap, re.I) and re.search(r"\bbetween\s+$", before)
            same_kind = not (x.pct and not y.pct) and (not x.scale.strip() or x.scale == y.scale)
            if (to_range or between) and same_kind:
                groups.append([x, y])
                i += 2
                continue
        groups.append([x])
        i += 1
    return groups


def figures(text: str, offset: int = 0, skip: Sequence[Tuple[int, int]] = ()) -> List[Figure]:
    """The figures of ``text`` (a span starting at ``offset`` of its document), leaving out
    those overlapping ``skip`` (document offsets of dates and times), years and numbers
    inside words ("5G", "COVID-19")."""
    out: List[Figure] = []
    previous_end = 0
    for group in _ranges(text, _singles(text)):
        first, last = group[0], group[-1]
        previous_end, since_start = last.end, previous_end
        s, e = offset + first.start, offset + last.end
        if any(xs < e and s < xe for xs, xe in skip):
            continue
        scale_words = last.scale if not first.scale.strip() else first.scale
        pct = last.pct or first.pct
        cur_prefix = first.currency or last.currency
        raw = text[first.start:first.end]
        if len(group) == 1 and _is_year(raw.strip(), first.scale, pct, cur_prefix):
            continue
        values = []
        for x in group:
            factor = _scale(x.scale if x.scale.strip() else scale_words)
            values.append((float(f"{x.value * factor:.12g}"), float(f"{x.place * factor / 2:.12g}")))
        after = text[last.end:]
        near = re.match(r"[ \t\w'’-]*", after).group()
        following = _TOKEN_RE.findall(near)[:_CONTEXT_AFTER]
        if pct:
            unit = "point" if "point" in pct else "percent"
        else:
            unit = _currency(cur_prefix, following) or ""
            if not unit and following and following[0].lower() not in _STOPWORDS:
                unit = stem(following[0])
        before = re.split(r"[;:.!?](?:\s|$)", text[max(0, first.start - 120):first.start])[-1]
        before_words = _TOKEN_RE.findall(before)
        context = {stem(w) for w in before_words[-_CONTEXT_BEFORE:] + following
                   if w.lower() not in _NOT_CONTEXT and len(w) > 1}
        since = text[since_start:first.start]   # a change word belongs to the figure right after it
        low, high = values[0][0], values[-1][0]
        nouns = []
        for w in following[:3]:
            if w.lower() in _STOPWORDS:
                break
            nouns.append(stem(w))
        out.append(Figure(s, e, min(low, high), max(low, high), max(v[1] for v in values), unit,
                          frozenset(context), _change(_TOKEN_RE.findall(since)[-3:], following[:2]),
                          frozenset(nouns) if unit and not pct else frozenset()))
    return out


def _change(before: List[str], after: List[str]) -> Optional[str]:
    words = {w.lower() for w in before} | {w.lower() for w in after}
    up, down = bool(words & _UP), bool(words & _DOWN)
    if up != down:
        return "up" if up else "down"
    return None


def match_figures(fig_a: Sequence[Figure], fig_b: Sequence[Figure]) -> List[Tuple[Figure, Figure]]:
    """Pairs of figures that state the same quantity and disagree. A figure with an agreeing
    figure on the other side is settled; the others are matched, best first, to a compatible
    figure of the other side about the same thing (shared context words), or to the only
    compatible figure left on both sides."""
    lone_a = [x for x in fig_a if not any(x.agrees(y) for y in fig_b)]
    lone_b = [y for y in fig_b if not any(y.agrees(x) for x in fig_a)]
    candidates = []
    for i, x in enumerate(lone_a):
        for j, y in enumerate(lone_b):
            if not compatible(x, y):
                continue
            shared = len(x.context & y.context)
            same_unit = x.unit == y.unit and bool(x.unit)
            only = sum(compatible(x, z) for z in lone_b) == 1 and sum(compatible(z, y) for z in lone_a) == 1
            if not (shared or only):
                continue
            candidates.append((-(shared + 2 * same_unit + only), i, j))
    out, used_a, used_b = [], set(), set()
    for _, i, j in sorted(candidates):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((lone_a[i], lone_b[j]))
    return sorted(out, key=lambda xy: xy[0].start)
