"""What a span says that can be checked against the other report: multi-word proper names,
dates (absolute, relative to a dateline), times and numbers."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ..document import Document
from ..glossary import stem
from .similarity import _STOPWORDS
from .units import _words

_TOKEN_RE = re.compile(r"\w[\w'’&-]*")
_CONNECTORS = frozenset({"of", "and", "the", "for", "&"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "madam", "sir"})
# Capitalised only because they open a sentence or a list item; never the start of a name.
_OPENERS = frozenset("""a an the in at on for by with from to of and or but so if when while as
this that these those first second third fourth next then also we it he she they our his her
its their there here what how why""".split())


def _tokens(text: str) -> List[Tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def extract_names(text: str) -> List[Tuple[int, int, List[str]]]:
    """Multi-word proper names in ``text`` as (start, end, tokens): runs of capitalised words,
    with "of", "and", "the", "for" allowed between them, separated by spaces only ("Department
    of Information and Communication Development", "State Council Information Office",
    "Wen Ku"). Honorifics and sentence openers are not part of a name."""
    toks = _tokens(text)
    names = []
    i = 0
    while i < len(toks):
        s, e, tok = toks[i]
        low = tok.lower()
        if not _is_cap(tok) or low in _HONORIFICS or low in _OPENERS:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(toks):
            gap = text[toks[j - 1][1]:toks[j][0]]
            if gap.strip():
                break
            if _is_cap(toks[j][2]) and toks[j][2].lower() not in _HONORIFICS:
                run.append(j)
                j += 1
                continue
            # connectors count only when a capitalised word follows them
            k = j
            while k < len(toks) and toks[k][2].lower() in _CONNECTORS and not text[toks[k - 1][1]:toks[k][0]].strip():
                k += 1
            if k > j and k < len(toks) and _is_cap(toks[k][2]) and not text[toks[k - 1][1]:toks[k][0]].strip():
                run.extend(range(j, k + 1))
                j = k + 1
                continue
            break
        caps = [x for x in run if _is_cap(toks[x][2])]
        if len(caps) >= 2:
            names.append((toks[run[0]][0], toks[run[-1]][1], [toks[x][2] for x in run]))
        i = run[-1] + 1
    return names


def _find_variant(tokens: List[str], text: str) -> Tuple[Optional[Tuple[int, int]], bool]:
    """Where ``text`` writes the name ``tokens``: (span, exact). A variant matches token by
    token ignoring case and a plural ``s``; an exact match anywhere wins."""
    toks = _tokens(text)
    want = [stem(t) for t in tokens]
    variant = None
    for i in range(len(toks) - len(tokens) + 1):
        window = toks[i:i + len(tokens)]
        if any(text[window[x - 1][1]:window[x][0]].strip() for x in range(1, len(window))):
            continue
        if [stem(t) for _, _, t in window] != want:
            continue
        span = (window[0][0], window[-1][1])
        if [t for _, _, t in window] == list(tokens):
            return span, True
        if variant is None:
            variant = span
    return variant, False


_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: v for m, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = (r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_DATE_RES = [
    re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*(?P<year>\d{4}))?\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:\s*,?\s*(?P<year>\d{4}))?\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
]
_RELATIVE_RE = re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b", re.I)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_TIME_RE = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|\b(?P<h24>\d{1,2}):(?P<m24>\d{2})\b", re.I)
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()) if w != "_"}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12})
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) +
    r")(?![\w])(?P<scale>(?:\s+(?:hundred|thousand|million|billion|trillion)\b)*)(?P<pct>\s*%|\s+per\s*cent\b|\s+percent\b)?", re.I)


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    month: int
    day: int
    year: Optional[int]
    relative: Optional[str] = None

    def same(self, other: "_Date") -> bool:
        if (self.month, self.day) != (other.month, other.day):
            return False
        return self.year is None or other.year is None or self.year == other.year

    def show(self) -> str:
        name = _dt.date(2000, self.month, self.day).strftime("%B")
        return f"{name} {self.day}" + (f", {self.year}" if self.year else "")


def _absolute_dates(text: str, offset: int = 0) -> List[_Date]:
    found = []
    taken: List[Tuple[int, int]] = []
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if m.groupdict().get("mnum"):
                month = int(m.group("mnum"))
            else:
                month = _MONTHS.get(m.group("month").rstrip(".").lower())
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
            if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            try:
                _dt.date(year or 2000, month, day)
            except ValueError:
                continue
            taken.append(m.span())
            found.append(_Date(offset + m.start(), offset + m.end(), month, day, year))
    return sorted(found, key=lambda d: d.start)


def find_dateline(doc: Document, max_lines: int = 6, max_words: int = 12) -> Optional[_Date]:
    """The publication date of ``doc``: the first date in a short line among its first lines
    ("May 21,2020 11:55CST"), or None."""
    for s, e in doc.lines[:max_lines]:
        line = doc.text[s:e]
        if _words(line) > max_words:
            continue
        dates = _absolute_dates(line, s)
        if dates:
            return dates[0]
    return None


def _dates(text: str, offset: int, dateline: Optional[_Date]) -> List[_Date]:
    out = _absolute_dates(text, offset)
    if dateline is not None:
        for m in _RELATIVE_RE.finditer(text):
            rel = m.group("rel").lower()
            shift = _RELATIVE_DAYS.get(rel, 0)
            base = _dt.date(dateline.year or 2000, dateline.month, dateline.day) + _dt.timedelta(days=shift)
            out.append(_Date(offset + m.start(), offset + m.end(), base.month, base.day,
                             dateline.year and base.year, relative=rel))
    return sorted(out, key=lambda d: d.start)


def _times(text: str, offset: int) -> List[Tuple[int, int, Tuple[int, int]]]:
    out = []
    for m in _TIME_RE.finditer(text):
        if m.group("h24") is not None:
            h, mi = int(m.group("h24")), int(m.group("m24"))
        else:
            h, mi = int(m.group("h")), int(m.group("m") or 0)
            pm = m.group("ampm").lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        if h < 24 and mi < 60:
            out.append((offset + m.start(), offset + m.end(), (h, mi)))
    return out


def _numbers(text: str, offset: int, skip: List[Tuple[int, int]]) -> List[Tuple[int, int, float, str]]:
    """(start, end, value, noun) for each number followed by a noun: "more than 70 platforms"
    gives (70, "platform"); "200 million teachers" gives (2e8, "teacher")."""
    out = []
    for m in _NUMBER_RE.finditer(text):
        s, e = offset + m.start(), offset + m.end()
        if any(xs < e and s < xe for xs, xe in skip):
            continue
        raw = m.group("num").lower()
        value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw.replace(",", ""))
        for scale in m.group("scale").lower().split():
            value *= _SCALES[scale]
        if m.group("pct"):
            noun = "percent"
        else:
            follow = _TOKEN_RE.search(text, m.end())
            if follow is None or text[m.end():follow.start()].strip():
                continue
            noun = stem(follow.group())
            if noun in _STOPWORDS:
                continue
        out.append((s, e, value, noun))
    return out


def _show_number(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)

