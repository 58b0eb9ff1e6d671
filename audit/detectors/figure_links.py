"""``figure_links``: a figure that another figure of its story contradicts, where the words
between them say both figures are one quantity, or two ends of one change, or a part and its
whole.

``arithmetic`` reads fixed sentence shapes ("rose 12 percent, from A to B"); the checks here
read what ties two figures whatever the order of the words, and stay silent unless the tie is
stated, since clean news is full of figures that differ by a power of ten and are different
quantities:

* ``restated``: a figure taken up again with a definite word ("the 37.4 million tonnes",
  "those 236 million trips", "each of the 2,400 students") after the nearest earlier figure
  of the same unit, which is a power of ten (10 to 10,000) away with the same digits: 万 and 亿
  converted twice, once wrongly, or a decimal point moved. A figure with a qualifier after it
  ("the 45,000 residents of the district") names another set, and one equal to any earlier
  figure has its own antecedent.
* ``pair``: one change in a sentence (a percentage with a word of change, a multiple: "N
  times", "fivefold", "doubled", "half") and exactly two other figures of one unit, one of them
  marked as the base ("from", "compared with", "against", "than", "on the", "last year's"),
  where the change does not fit the two. Which figure is the base is not needed: a rise of p
  percent makes the larger (1 + p/100) times the smaller. "Increased by N times" (增长了N倍)
  may mean N or N + 1 times, and either passes.
* ``share``: a share stated beside its part and its whole (the whole after "of": "Of the 2,400
  teachers, 600, or 40 percent"; "38 percent of the 1,500 candidates, or 870 people"; "64 of
  them, accounting for 30 percent" after "320 villages"), a share over 100 percent ("accounted
  for 135 percent of"), and a fraction beside its percentage ("one in five, or 50 percent").
* ``sum``: parts with their sum named ("1,500 in 2022 and 2,300 in 2023, or 4,800 in the two
  years combined"), which must match, or with a breakdown after a colon or "of which" ("3,200
  athletes: 1,900 men and 1,600 women"), which may fall short of the total, never exceed it.
* ``per-capita``: a total, a count of people or households, and an amount each in one sentence
  ("8 million people ... 1.6 trillion yuan ..., or 20,000 yuan per person"), where the amount
  each is over half again, or under two thirds of, the total over the count.

Figures and sentences are read once per document for all the type's rules (by
``figure_reading``, whose sentence splitter is cheaper than the document's segmenter). A
shape stays silent in a sentence that a fixed shape of ``arithmetic`` reads. Each finding's span
is the figure the tie makes suspect (the later one of a restated pair, the change, the share,
the total, the amount each); no fix, since only the source says which figure is wrong.
"""
from __future__ import annotations

import math
import re
from typing import List, NamedTuple, Optional

from . import Hit, Key, ParamError, register
from .. import re_programs
from .figure_reading import NOT_QUANTITY, Figure, figures, grouped, sentences
from .figures_common import (APPROXIMATE_OR_BOUND, AVERAGE, BOUND_BEFORE, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_FROM,
                             COUNT_WORDS, DIFF_UPFROM, DIGIT, MULTIPLE, PARTS, POINTS_AFTER, POINTS_BEFORE,
                             POINTS_FROM, QUALIFIED, SCOPE, SHARE, significant, slipped, tenfold)

def _power_of_ten(a: float, b: float) -> int:
    """k when the larger of a and b is 10**k times the smaller (1 <= k <= 4), else 0."""
    if a <= 0 or b <= 0 or a == b:
        return 0
    k = math.log10(max(a, b) / min(a, b))
    if not math.isfinite(k):
        return 0  # a ratio past the largest float: no power of ten between 10 and 10,000
    r = round(k)
    return r if 1 <= r <= 4 and abs(k - r) < 1e-9 else 0


def _across(figs, computed: str) -> Hit:
    """One finding over all the figures of a tie, from the first to the last: where a power of
    ten has slipped in one of them, only the source says which (the relation stated between
    them is likely right)."""
    return Hit(min(f.start for f in figs), max(f.end for f in figs), None,
               {"computed": computed + "; a power of ten apart: 万, 亿 or a decimal point slipped in one of these figures"})


class _Span(NamedTuple):
    start: int
    end: int


# ``restated``: the definite words that take a figure up again, right before it.
_DEFINITE = re_programs.compile(r"(?:\b(?:the|The|those|Those|these|These|this|This|of[ \u00a0]the|all[ \u00a0]the)[ \u00a0])$")
_TENFOLD = tenfold(thousand=True)  # restated pairs are 10 to 10,000 apart
_RESTATE_REACH = 800  # characters back to the antecedent: a restatement is close to what it restates


_PEOPLE_CLASS = frozenset(("people persons residents villagers inhabitants visitors tourists passengers travellers travelers "
                           "spectators participants attendees pupils students children workers employees staff members "
                           "volunteers patients athletes runners").split())
# A label before a figure that names what it measures ("total investment of", "a GDP of", "a
# population of"): two figures after the same label are one quantity. Words that name no
# quantity of their own (a change, a total, an amount) are no label.
_LABEL = re_programs.compile(r"\b(?P<label>[a-z]{3,})[ \u00a0]of(?:[ \u00a0](?:about|nearly|some|around|roughly|approximately|just|over))?[ \u00a0]$")
_NO_LABEL = frozenset(("total sum amount number value figure average increase rise fall decrease growth drop gain loss "
                       "reduction cut addition jump decline excess majority minority share proportion percentage part "
                       "rest most some each all none half third quarter fifth tenth record height depth peak level").split())


def _unit_class(f: Figure) -> Optional[str]:
    return "people" if f.unit in _PEOPLE_CLASS else f.unit


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
    if _TENFOLD.search(text):
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
        for g in reversed(figs[:k]):
            if f.start - g.start > _RESTATE_REACH:
                break
            if g.kind != f.kind or g.money != f.money:
                continue
            same = _unit_class(g) == _unit_class(f) and (f.unit or f.kind == "percent")
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
    return re.search(r"\b" + re.escape(_singular(unit)) + r"s?\b", text[lo:g.start], re.IGNORECASE) is not None


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
        same = [b for b in body if b.kind == h.kind and b.money == h.money and (_unit_class(b) == _unit_class(h) or not b.unit)]
        if not same or any(abs(b.value - h.value) <= 0.005 * h.value for b in same):
            continue  # the headline's figure is in the story as it is
        b = same[0]
        if b.start not in reported and _power_of_ten(h.value, b.value) and significant(h.value) == significant(b.value):
            reported.add(b.start)
            yield Hit(h.start, h.end, None, {"computed": f"{text[b.start:b.end]} in the story"})
            yield Hit(b.start, b.end, None, {"computed": f"{text[h.start:h.end]} in the headline"})


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# ``pair``: a change in a sentence with its two ends.
_UP_WORDS = ("rose|rise|rises|risen|rising|grew|grow|grows|grown|growth|increased|increase|increases|climbed|jumped|"
             "surged|soared|gained|gain|(?<!make[ ])(?<!made[ ])(?<!makes[ ])(?<!making[ ])up|higher|more|jump|surge|expanded|added")
_DOWN_WORDS = ("fell|fall|falls|fallen|dropped|drop|drops|declined|decline|declines|decreased|decrease|slumped|slid|"
               "shrank|plunged|tumbled|down|lower|less|fewer|cut|reduced|reduction|lost")
_CHANGE_BEFORE_PCT = re_programs.compile(
    r"\b(?P<w>" + _UP_WORDS + "|" + _DOWN_WORDS + r")(?:[ \u00a0](?:by|of|nearly|about|almost|some|over|around|a|an|year[ \u00a0]on[ \u00a0]year|"
    r"year-on-year))*[ \u00a0]$", re.IGNORECASE)
_CHANGE_AFTER_PCT = re_programs.compile(r"[ \u00a0](?P<w>" + _UP_WORDS + "|" + _DOWN_WORDS + r")\b", re.IGNORECASE)
_DOWN = re_programs.compile(r"(?:" + _DOWN_WORDS + r")", re.IGNORECASE)
_FOLD = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
         "ninefold": 9, "doubled": 2, "doubling": 2, "twice": 2, "double": 2, "tripled": 3, "trebled": 3,
         "tripling": 3, "triple": 3, "quadrupled": 4, "quadrupling": 4, "half": 0.5, "halved": 0.5}
_MULTIPLE_WORD = re_programs.compile(
    r"(?P<by>\b(?:increased|increase|increases|rose|risen|grew|grown|growth|expanded|jumped|surged)[ \u00a0](?:by[ \u00a0])?)?"
    r"\b(?:(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0]times\b"
    r"|(?P<fold>twofold|threefold|fourfold|fivefold|sixfold|sevenfold|eightfold|ninefold|"
    r"doubled|doubling|tripled|trebled|tripling|quadrupled|quadrupling|halved|"
    r"(?<=is[ \u00a0])(?:half|twice|double|triple)|(?<=was[ \u00a0])(?:half|twice|double|triple)))\b", re.IGNORECASE)
# The base of a change: the word before it, or after it.
_BASE_BEFORE = re_programs.compile(
    r"(?:\b(?:from|against|versus|vs\.?|than|compared[ \u00a0](?:with|to))(?:[ \u00a0](?:the|a|just|about|nearly|some|only))*"
    r"|\b(?:on|over)[ \u00a0]the|,[ \u00a0]at"
    r"|\b(?:last[ \u00a0]year|the[ \u00a0]previous[ \u00a0](?:year|month|quarter)|a[ \u00a0]year[ \u00a0]earlier)[’']s)[ \u00a0]$",
    re.IGNORECASE)
# "more than 2,000 firms" is a bound, not a base; "10 percent more than 2,000" is a base.
_BOUND_THAN = re_programs.compile(r"(?<!percent[ ])(?<!%[ ])(?<!times[ ])\b(?:more|less|fewer)[ \u00a0]than[ \u00a0]$", re.IGNORECASE)
_BASE_AFTER = re_programs.compile(r"[ \u00a0]+(?:a[ \u00a0]year[ \u00a0](?:earlier|ago|before)|in[ \u00a0]the[ \u00a0](?:previous|same)[ \u00a0])",
                                  re.IGNORECASE)
# A break between two clauses, each of which may state its own change.
_CLAUSE_BREAK = re_programs.compile(r";|,[ \u00a0]+(?:and|but|while|whereas|as|although|though)[ \u00a0]|[ \u00a0]while[ \u00a0]")


def _changes(text: str, lo: int, hi: int, figs: List[Figure]):
    """The changes stated in ``text[lo:hi]``: (start, end, kind, amount, falling, loose)."""
    out = []
    for f in figs:
        if f.kind != "percent":
            continue
        before = _CHANGE_BEFORE_PCT.search(text, max(lo, f.start - 40), f.start)
        after = _CHANGE_AFTER_PCT.match(text, f.end)
        if before or after:
            word = (before or after).group("w")
            out.append((f.start, f.end, "percent", f.value, bool(_DOWN.fullmatch(word)), False))
    for m in _MULTIPLE_WORD.finditer(text, lo, hi):
        if m.group("n"):
            n = m.group("n").lower()
            amount = float(COUNT_WORDS.get(n) or n)
            if not math.isfinite(amount):
                continue  # "1000...0 times", past the largest float: no multiple to check
            loose = bool(m.group("by"))  # 增长了N倍: N or N + 1 times
        else:
            amount, loose = float(_FOLD[m.group("fold").lower()]), False
        out.append((m.start("n") if m.group("n") else m.start("fold"), m.end(), "multiple", amount, False, loose))
    return out


# The figure a change goes to ("to 5,600", "reached 7.8 million"), where the words say so.
_NEW_BEFORE = re_programs.compile(r"\b(?:to|reached|reach|reaching|hit|hitting|totalled|totaled|totalling|totaling|at)"
                                  r"(?:[ \u00a0](?:about|nearly|some|around|roughly|a[ \u00a0]record|a|an|just))*[ \u00a0]$", re.IGNORECASE)
# A story of profit and loss: a change may cross zero, and its two ends are no plain quantities.
_LOSS = re_programs.compile(r"\b(?:loss|losses|deficit|deficits)\b", re.IGNORECASE)
# Words after a multiple that tie it to the figure it multiplies ("three times that of", "twice the").
_MULTIPLE_TIE = re_programs.compile(r"[ \u00a0](?:that|those|the|what|as|of|compared|over|than|last|its|their)\b", re.IGNORECASE)
# A multiple that is a comparison ("three times", "twice"), not a verb with its object ("doubled
# the cache to 4 MB").
_TIMES = re_programs.compile(r"\b(?:times|twice|double|triple|half)\b", re.IGNORECASE)
# The subject of a sentence that takes up the one before it ("This year it handled", "the figure").
_TAKEN_UP = re_programs.compile(r"\b(?:it|they|the[ \u00a0](?:figure|number|total|amount|volume))\b", re.IGNORECASE)
# A time before and after, for a change whose base is in the sentence before it ("Last year the
# port handled 1.2 million containers. This year it handled 1.3 million, an increase of 35 percent").
_EARLIER = re_programs.compile(r"\b(?:last|previous|a[ \u00a0]year[ \u00a0](?:earlier|ago|before)|the[ \u00a0]same[ \u00a0]period|"
                               r"(?:19|20)\d\d)\b", re.IGNORECASE)
_LATER = re_programs.compile(r"\b(?:this[ \u00a0](?:year|month|quarter|season|week|spring|summer|autumn|winter)|year[ \u00a0-]on[ \u00a0-]year|"
                             r"now|so[ \u00a0]far|(?:19|20)\d\d)\b", re.IGNORECASE)
_LETTER = re_programs.compile(r"[A-Za-z]")


def _role(text: str, lo: int, f: Figure) -> Optional[str]:
    """"base" for a figure a change starts from ("from 4,000", "than last year's 2,400", "4,000
    a year earlier"), "new" for the one it goes to ("to 5,600"), else None."""
    if _BASE_BEFORE.search(text, max(lo, f.start - 30), f.start) and not _BOUND_THAN.search(text, max(lo, f.start - 30), f.start) \
            or _BASE_AFTER.match(text, f.end):
        return "base"
    if _NEW_BEFORE.search(text, max(lo, f.start - 30), f.start):
        return "new"
    return None


def _change_fits(kind: str, amount: float, falling: bool, loose: bool, base: float, new: float, tolerance: float) -> Optional[str]:
    """None when a change of ``amount`` (a percentage or a multiple) fits its two ends, else what
    the ends give. Where which end is the base is not known (``base`` and ``new`` in any order),
    the larger end is read as the later for a rise and the earlier for a fall."""
    ratio = max(base, new) / min(base, new)
    if kind == "percent":
        computed = (1 - 1 / ratio) * 100 if falling else (ratio - 1) * 100
        if abs(amount - computed) > 1.0 and abs(amount - computed) > tolerance * computed:
            return f"{computed:.1f} percent"
        return None
    stated = 1 / amount if amount < 1 else amount
    fits = [stated, stated + 1] if loose else [stated]
    if all(abs(ratio - s) > tolerance * s for s in fits):
        return f"a ratio of {ratio:.2f}"
    return None


def _direction(kind: str, amount: float, falling: bool, base: Figure, new: Figure) -> Optional[str]:
    """What the two ends give when they move the other way from the change stated ("rose 9
    percent to 14,300 from 15,600"), else None."""
    down = falling or (kind == "multiple" and amount < 1)
    if base.value <= 0 or abs(new.value - base.value) <= 0.005 * base.value:
        return None
    if (new.value < base.value) != down:
        change = (new.value - base.value) / base.value * 100
        return f"a {'fall' if change < 0 else 'rise'} of {abs(change):.1f} percent"
    return None


def _pair_hits(text: str, groups, covered, tolerance: float):
    for i, (lo, hi, inside) in enumerate(groups):
        if i in covered:
            continue
        changes = _changes(text, lo, hi, inside)
        if len(changes) != 1:
            continue
        start, end, kind, amount, falling, loose = changes[0]
        if BOUND_BEFORE.search(text[max(lo, start - 25):start].lower()):
            continue
        ends = [f for f in inside if f.kind == "count" and not (f.start >= start and f.end <= end)
                and f.unit not in NOT_QUANTITY]
        if sum(f.kind == "percent" for f in inside) != (kind == "percent"):
            continue  # another percentage beside the change: which figures it links is unclear
        if any(f.money for f in ends) and _LOSS.search(text, lo, hi):
            continue  # "a profit of 2 million yuan, up from a loss of 1 million": no plain change
        if len(ends) == 1 and i > 0:
            hit = _pair_across(text, groups[i - 1], (lo, hi), changes[0], ends[0], tolerance)
            if hit:
                yield hit
            continue
        if len(ends) != 2:
            continue
        a, b = ends
        if a.unit and b.unit and a.unit != b.unit or a.money != b.money:
            continue
        roles = [_role(text, lo, f) for f in ends]
        tied = "base" in roles or kind == "multiple" and _MULTIPLE_TIE.match(text, end) and _TIMES.search(text, start, end)
        if not tied or a.value <= 0 or b.value <= 0:
            continue
        if _CLAUSE_BREAK.search(text, min(start, a.start), max(end, b.end)):
            continue  # "gained 2.8% ..., and analysts raised their forecast to 7.05 from 7.15": two clauses
        computed = None
        if roles.count("base") == 1 and not (kind == "multiple" and loose):
            base, new = (a, b) if roles[0] == "base" else (b, a)
            computed = _direction(kind, amount, falling, base, new)
        computed = computed or _change_fits(kind, amount, falling, loose, a.value, b.value, tolerance)
        if computed:
            if not loose and slipped(_stated_ratio(kind, amount, falling), max(a.value, b.value) / min(a.value, b.value)):
                yield _across([a, b, _Span(start, end)], computed)
            else:
                yield Hit(start, end, None, {"computed": computed})


def _stated_ratio(kind: str, amount: float, falling: bool) -> float:
    """The larger end over the smaller that a change states (a rise of 8 percent: 1.08)."""
    if kind == "percent":
        return 1 / (1 - amount / 100) if falling and amount < 100 else 1 + amount / 100
    return 1 / amount if amount < 1 else amount


def _pair_across(text: str, before, here, change, new: Figure, tolerance: float) -> Optional[Hit]:
    """A change with one end in its sentence and its base in the sentence right before, each
    with its time: "Grain output last year was 6.5 million tonnes. This year it reached 7.8
    million tonnes, a rise of 2 percent." The base is the one figure of the same unit there."""
    start, end, kind, amount, falling, loose = change
    lo, hi = here
    plo, phi, pinside = before
    if _LETTER.search(text, phi, lo) or not new.unit or new.value <= 0:
        return None  # a sentence with no figure between, or a figure with no unit to match
    bases = [f for f in pinside if f.kind == "count" and f.unit == new.unit and f.money == new.money]
    if len(bases) != 1 or any(f.kind == "percent" for f in pinside) or bases[0].value <= 0:
        return None
    if not (_EARLIER.search(text, plo, phi) and _LATER.search(text, lo, hi)) or _role(text, lo, new) == "base":
        return None
    if not _TAKEN_UP.search(text, lo, new.start):
        return None  # "Shanxi produced 1.27 billion tonnes ... National output reached 2.31 billion": two subjects
    computed = None if loose else _direction(kind, amount, falling, bases[0], new)
    computed = computed or _change_fits(kind, amount, falling, loose, bases[0].value, new.value, tolerance)
    return Hit(start, end, None, {"computed": computed + f" from {text[bases[0].start:bases[0].end]} before it"}) if computed else None


# A multiple and its percentage in one clause ("tripled to 600 million yuan, an increase of 300
# percent": 200; "doubled, up 200 percent"): 倍 read both as "times" and as "an increase of".
def _multiple_percent_hits(text: str, groups):
    for lo, hi, inside in groups:
        multiples = [m for m in _MULTIPLE_WORD.finditer(text, lo, hi)]
        changes = [f for f in inside if f.kind == "percent" and (_CHANGE_BEFORE_PCT.search(text, max(lo, f.start - 40), f.start)
                                                                 or _CHANGE_AFTER_PCT.match(text, f.end))]
        if len(multiples) != 1 or len(changes) != 1:
            continue
        m, p = multiples[0], changes[0]
        if m.end() <= p.start:
            if not _MULTIPLE_THEN_PERCENT.fullmatch(text, m.end(), p.start):
                continue
        elif not _PERCENT_THEN_MULTIPLE.fullmatch(text, p.end, m.start()):
            continue  # "up 12 percent, the third rise in 3 times as many months": not apposed
        start = m.start("n") if m.group("n") else m.start("fold")
        if BOUND_BEFORE.search(text, max(lo, start - 25), start) or BOUND_BEFORE.search(text, max(lo, p.start - 25), p.start) \
                or _APPROX_BEFORE.search(text, max(lo, start - 20), start):
            continue  # "more than doubled", "nearly tripled": a bound or an approximation
        if m.group("n"):
            n = m.group("n").lower()
            amount = float(COUNT_WORDS.get(n) or n)
            allowed = [amount * 100, (amount - 1) * 100] if m.group("by") else [(amount - 1) * 100]
        else:
            amount = float(_FOLD[m.group("fold").lower()])
            allowed = [(amount - 1) * 100] if amount >= 1 else [(1 - amount) * 100]
        if all(abs(p.value - a) > max(5.0, 0.1 * abs(a)) for a in allowed):
            yield Hit(p.start, p.end, None, {"computed": f"{allowed[-1]:.0f} percent for {text[start:m.end()]}"})


# A multiple and its percentage apposed: "tripled to 600 million yuan, an increase of 300
# percent"; "up 200 percent from 900, doubling".
_ENDS = r"(?:[ \u00a0]+(?:to|from)[ \u00a0]+(?:(?:about|some|nearly)[ \u00a0]+)?[$¥€£]?\d(?:[\d,.]*\d)?[^,;()\n\d]{0,40}?)*"
_MULTIPLE_THEN_PERCENT = re_programs.compile(_ENDS + r"(?:,[ \u00a0]+|[ \u00a0]+\(|[ \u00a0]+)(?:or[ \u00a0]+|an?[ \u00a0]+(?:increase|rise|jump|gain|growth|surge)[ \u00a0]+of[ \u00a0]+"
                                             r"|up[ \u00a0]+|representing[ \u00a0]+an?[ \u00a0]+(?:increase|rise)[ \u00a0]+of[ \u00a0]+)(?:(?:by|about|some|nearly)[ \u00a0]+)?",
                                             re.IGNORECASE)
_PERCENT_THEN_MULTIPLE = re_programs.compile(_ENDS + r",?[ \u00a0]+(?:or[ \u00a0]+)?(?:an?[ \u00a0]+)?", re.IGNORECASE)
# A comparison that says the two figures are close ("52 percent last year, slightly above the
# national average of 5.2 percent"), where they are not.
# "A little over 1,600", "just over 3.1 million" are approximations of one figure, not comparisons.
_SLIGHTLY = re_programs.compile(r"\b(?:slightly|marginally|a[ \u00a0]little|a[ \u00a0]bit|just|narrowly|somewhat)[ \u00a0]+(?:above|below|higher[ \u00a0]than|"
                                r"lower[ \u00a0]than|ahead[ \u00a0]of|behind|up[ \u00a0]on|down[ \u00a0]on|short[ \u00a0]of|exceeding)\b",
                                re.IGNORECASE)


def _slightly_hits(text: str, groups):
    for lo, hi, inside in groups:
        for m in _SLIGHTLY.finditer(text, lo, hi):
            after = [f for f in inside if f.start >= m.end() and f.kind in ("count", "percent")]
            if not after:
                continue
            ref = after[0]
            if len(_GAP_WORDS.findall(text[m.end():ref.start])) > 7:
                continue
            before = [f for f in inside if f.end <= m.start() and f.kind == ref.kind and f.money == ref.money
                      and (ref.kind == "percent" or _unit_class(f) == _unit_class(ref) or not f.unit or not ref.unit)]
            if not before or not ref.value or not before[-1].value:
                continue
            subject = before[-1]
            if _CLAUSE_BREAK.search(text, subject.end, m.start()) or len(_GAP_WORDS.findall(text[subject.end:m.start()])) > 8:
                continue
            ratio = max(subject.value, ref.value) / min(subject.value, ref.value)
            if ratio > 2.5:
                yield Hit(subject.start, subject.end, None, {"computed": f"{ratio:.1f} times {text[ref.start:ref.end]}, which is no slight gap"})


# ``difference``: a change stated as an amount, with its two ends ("rose to 5,600 from 4,900,
# an increase of 1,700"; "from 90 minutes to 40 minutes, saving 25 minutes"; "12,000 students,
# 3,000 more than last year's 10,000").
_AMOUNT_BEFORE = re_programs.compile(
    r"\b(?:(?:an?|the)[ \u00a0](?:net[ \u00a0])?(?P<noun>increase|rise|gain|jump|growth|addition|decrease|drop|fall|decline|reduction|"
    r"cut|saving|shortfall|difference)[ \u00a0]of"
    r"|(?P<verb>up|down|increased|decreased|rose|fell|grew|dropped|declined|climbed|jumped|shrank|cut|reduced|saving|saved|"
    r"shortened|shortening|adding|added)(?:[ \u00a0]by)?)"
    r"(?:[ \u00a0](?:about|nearly|some|around|roughly|almost|just|only))?[ \u00a0]$", re.IGNORECASE)
_AMOUNT_AFTER = re_programs.compile(r"[ \u00a0](?P<w>more|fewer|less|higher|lower|extra)\b(?![ \u00a0]than[ \u00a0](?:double|doubled|twice))",
                                    re.IGNORECASE)
_AMOUNT_DOWN = re_programs.compile(r"decrease|drop|fall|decline|reduction|cut|saving|shortfall|down|decreased|fell|dropped|"
                                   r"declined|shrank|reduced|saved|shortened|shortening|fewer|less|lower", re.IGNORECASE)
# Units of time, in seconds: a difference may state them in another unit than its ends.
_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800}


def _amount_unit(f: Figure):
    """(unit, size) a difference compares in: a unit of time in seconds, else the unit as it is."""
    if f.unit in _SECONDS:
        return "time", _SECONDS[f.unit]
    return (("money", f.unit) if f.money else (f.unit, None)), 1


def _difference_hits(text: str, groups, covered, tolerance: float):
    for i, (lo, hi, inside) in enumerate(groups):
        if i in covered:
            continue
        counts = [f for f in inside if f.kind == "count" and (f.unit not in NOT_QUANTITY or f.unit in _SECONDS)]
        amounts = []
        for f in counts:
            before = _AMOUNT_BEFORE.search(text, max(lo, f.start - 40), f.start)
            after = _AMOUNT_AFTER.match(text, f.end)
            if before or after:
                word = (before.group("noun") or before.group("verb")) if before else after.group("w")
                amounts.append((f, bool(_AMOUNT_DOWN.fullmatch(word))))
        if len(amounts) != 1:
            continue
        c, down = amounts[0]
        ends = [f for f in counts if f is not c]
        if len(ends) != 2 or c.value <= 0:
            continue
        units = {_amount_unit(f)[0] for f in ends + [c] if f.unit or f.money}
        if len(units) > 1 or len({f.money for f in ends + [c]}) > 1:
            continue
        roles = [_role(text, lo, f) for f in ends]
        if "base" not in roles or _CLAUSE_BREAK.search(text, min(f.start for f in ends + [c]), max(f.end for f in ends + [c])):
            continue
        if BOUND_BEFORE.search(text, max(lo, c.start - 25), c.start) or any(BOUND_BEFORE.search(text, max(lo, f.start - 25), f.start) for f in ends):
            continue  # "more than 300 more": a bound, not the difference
        if any(f.money for f in ends) and _LOSS.search(text, lo, hi):
            continue
        size = {f: _amount_unit(f)[1] for f in ends + [c]}
        a, b = (f.value * size[f] for f in ends)
        gap = abs(a - b)
        stated = c.value * size[c]
        if roles.count("base") == 1:
            base, new = (a, b) if roles[0] == "base" else (b, a)
            if (new < base) != down and gap > 0.005 * base:
                yield Hit(c.start, c.end, None, {"computed": f"a {'fall' if new < base else 'rise'} of {gap / size[c]:,.{_places(c.value)}f}"})
                continue
        approximate = any(_APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in ends + [c])
        if abs(stated - gap) > (tolerance if approximate else min(tolerance, 0.1)) * gap and abs(stated - gap) > 0.01 * max(a, b):
            computed = f"{gap / size[c]:,.{_places(c.value)}f}"
            yield _across(ends + [c], computed) if slipped(stated, gap) else Hit(c.start, c.end, None, {"computed": computed})


def _places(v: float) -> int:
    """Decimal places to show a computed figure in, after the stated one ("1.5 hours" -> 1)."""
    return 0 if v == int(v) else min(2, len(repr(v).split(".")[1]))


# ``rates``: a change of a rate with the rate's two levels ("fell to 5.0 percent from 6.2
# percent, a decline of 1.2 percent": 1.2 points, a relative fall of 19 percent), or a change in
# percentage points of a figure that is no rate ("the number of deaths fell 12.5 percentage
# points to 210").
_GAP_WORDS = re_programs.compile(r"[A-Za-z][\w'’-]*")
_GAP_STOP = re_programs.compile(r";|\b(?:and|but|while|whereas|as|although|though|because)\b|\b(?!(?:rising|falling|increasing|decreasing|"
                                r"climbing|dropping|declining|growing|during|according|compared))[a-z]+ing\b", re.IGNORECASE)
_RATE_WORD = re_programs.compile(r"\b(?:rates?|ratios?|shares?|proportions?|percentages?|ratings?|coverage|turnout|yields?|"
                                 r"index|indices|margins?|approval|unemployment|inflation|level)\b", re.IGNORECASE)
_NUMBER_OF = re_programs.compile(r"\b(?:number|numbers|count|total)[ \u00a0]of\b", re.IGNORECASE)


def _close(text: str, figs) -> bool:
    """Whether figures in order stand close together in one clause: at most six words between
    each two, and no conjunction, semicolon or other verb in -ing ("rose 12 percent, lifting
    the share to 30 percent")."""
    for a, b in zip(figs, figs[1:]):
        gap = text[a.end:b.start]
        if len(_GAP_WORDS.findall(gap)) > 6 or _GAP_STOP.search(gap):
            return False
    return True


def _rate_hits(text: str, groups, covered):
    for i, (lo, hi, inside) in enumerate(groups):
        changes, levels = [], []
        for f in inside:
            if f.kind not in ("percent", "points"):
                continue
            before = _CHANGE_BEFORE_PCT.search(text, max(lo, f.start - 40), f.start)
            after = _CHANGE_AFTER_PCT.match(text, f.end)
            if before or after:
                changes.append((f, bool(_DOWN.fullmatch((before or after).group("w")))))
            elif f.kind == "percent":
                levels.append(f)
        if len(changes) != 1:
            continue
        c, falling = changes[0]
        if BOUND_BEFORE.search(text, max(lo, c.start - 25), c.start) or any(BOUND_BEFORE.search(text, max(lo, f.start - 25), f.start) for f in levels):
            continue
        if not levels and c.kind == "points":
            hit = _points_of_a_count(text, lo, inside, c)
            if hit:
                yield hit
            continue
        if len(levels) != 2 or not _close(text, sorted(levels + [c])):
            continue
        if i in covered and c.kind != "points":
            continue  # a change in percent between two rates: rate-change-unit-slip's
        roles = [_role(text, lo, f) for f in levels]
        if roles == [None, None] or roles[0] == roles[1]:
            continue
        a, b = levels
        if "base" in roles:
            base, new = (a, b) if roles[0] == "base" else (b, a)
        else:
            new, base = (a, b) if roles[0] == "new" else (b, a)
        gap = abs(new.value - base.value)
        if base.value <= 0 or gap < 1e-9:
            continue
        relative = gap / base.value * 100
        if (new.value < base.value) != falling:
            yield Hit(c.start, c.end, None, {"computed": f"a {'fall' if new.value < base.value else 'rise'} of {gap:.1f} percentage points"})
        elif c.kind == "points":
            if abs(c.value - gap) > max(0.15, 0.1 * gap) and not (i in covered and abs(c.value - relative) <= 0.05 * relative):
                yield Hit(c.start, c.end, None, {"computed": f"{gap:.1f} percentage points, a relative change of {relative:.1f} percent"})
        elif abs(c.value - relative) > 1.0 and abs(c.value - relative) > 0.25 * relative:
            yield Hit(c.start, c.end, None, {"computed": f"{gap:.1f} percentage points, a relative change of {relative:.1f} percent"})


def _points_of_a_count(text: str, lo: int, inside, c: Figure) -> Optional[Hit]:
    """A change in percentage points whose level, after "to", is a count with its noun or scale
    ("fell 12.5 percentage points to 210", after "the number of"; "rose 3 percentage points to
    52 million"), in a sentence that names no rate."""
    counts = [f for f in inside if f.kind == "count"]
    if len(counts) != 1 or any(f.kind == "percent" for f in inside) or _RATE_WORD.search(text, lo, c.start):
        return None
    n = counts[0]
    if n.start < c.end or _role(text, lo, n) != "new" or not _close(text, [c, n]):
        return None
    if not (n.unit or n.money or n.num_end > n.start and " " in text[n.start:n.num_end] or _NUMBER_OF.search(text, lo, c.start)):
        return None
    return Hit(c.start, c.end, None, {"computed": f"a change of {text[n.start:n.end]}, which is no rate, in percent"})


# ``currency``: an amount with its value in another currency apposed ("1.2 million yuan,
# roughly 17,000 euros"; "1 billion yuan, or roughly HK$11 billion"), where the rate between the
# two is outside the band the currencies have kept (yuan a unit, widened by half on each side:
# a slipped 万 or 亿 moves it tenfold). Yuan against US dollars is ``arithmetic``'s.
_YUAN_PER = {"yuan": (1.0, 1.0), "dollars": (5.5, 8.8), "euros": (6.5, 9.5), "pounds": (7.5, 12.5), "yen": (0.04, 0.09),
             "won": (0.0045, 0.0075), "hk-dollars": (0.7, 1.15), "nt-dollars": (0.19, 0.26), "s-dollars": (4.5, 5.6),
             "a-dollars": (4.3, 5.6), "c-dollars": (4.6, 6.0)}
_CONVERTED = re_programs.compile(r"(?:,[ \u00a0]*|[ \u00a0]*\([ \u00a0]*|[ \u00a0]+)(?:(?:or|about|roughly|around|approximately|nearly|some|almost|"
                                 r"equivalent[ \u00a0]to|the[ \u00a0]equivalent[ \u00a0]of|worth|or[ \u00a0]about|just[ \u00a0](?:over|under))[ \u00a0]+)*")


def _currency_hits(text: str, figs: List[Figure]):
    for a, b in zip(figs, figs[1:]):
        if not (a.money and b.money) or a.unit == b.unit or a.unit not in _YUAN_PER or b.unit not in _YUAN_PER:
            continue
        if {a.unit, b.unit} == {"yuan", "dollars"} or not a.value or not b.value:
            continue  # arithmetic's currency shape reads yuan and US dollars
        if not _CONVERTED.fullmatch(text, a.end, b.start) or a.end == b.start:
            continue
        if _RANGE_NEAR.match(text, b.end) or _RANGE_NEAR_BEFORE.search(text, max(0, a.start - 8), a.start):
            continue  # "20,000 to 60,000 yuan (2,600 to 7,800 euros)": ranges
        (alo, ahi), (blo, bhi) = _YUAN_PER[a.unit], _YUAN_PER[b.unit]
        ratio = a.value / b.value  # units of a per unit of b
        low, high = blo / ahi / 1.5, bhi / alo * 1.5
        if not low <= ratio <= high:
            mid = a.value * (alo + ahi) / 2 / ((blo + bhi) / 2)
            shown = f"about {mid:,.0f} {b.unit.replace('-', ' ')} at the usual rate"
            yield _across([a, b], shown) if slipped(mid, b.value) else Hit(b.start, b.end, None, {"computed": shown})


_RANGE_NEAR = re_programs.compile(r"[ \u00a0]*(?:to|[-–])[ \u00a0]*(?:[$¥€£]|HK\$)?[ \u00a0]?\d")
_RANGE_NEAR_BEFORE = re_programs.compile(r"(?:\bto|[-–])[ \u00a0]*$")


# ``magnitude``: an amount of a whole project, budget or economy written without its scale word
# ("will invest a total of 4.6 yuan in the new terminal"): 亿 or 万 dropped on the way.
_AGGREGATE = re_programs.compile(
    r"\b(?:invest|invests|invested|investing|investment|GDP|gross[ \u00a0]domestic[ \u00a0]product|revenue|revenues|"
    r"output[ \u00a0]value|turnover|funding|financing|fiscal|trade[ \u00a0]volume|retail[ \u00a0]sales)\b"
    r"(?:[ \u00a0]+[\w'’-]+){0,4}?[ \u00a0]+(?:(?:about|nearly|some|around|roughly|approximately|over|more[ \u00a0]than)[ \u00a0]+)?$", re.IGNORECASE)
# An amount each or a price: small on purpose ("a budget of 80 yuan per pupil", "a fare of 2 yuan").
_SMALL_ON_PURPOSE = re_programs.compile(r"\b(?:per|each|apiece|a[ \u00a0]head|every|a|an)[ \u00a0]+(?:capita|person|head|[a-z]+)\b|[ \u00a0]*/",
                                        re.IGNORECASE)
_PRICE_WORD = re_programs.compile(r"\b(?:price|prices|fare|fares|fee|fees|ticket|tickets|wage|wages|salary|salaries|pension|"
                                  r"subsidy|subsidies|allowance|bonus|per|each|average|cents?|coins?|bill|note|tip|cup|bottle|kilogram|kilo|jin)\b",
                                  re.IGNORECASE)


def _magnitude_hits(text: str, groups):
    for lo, hi, inside in groups:
        for f in inside:
            if f.kind != "count" or not f.money or f.value >= 1000 or " " in text[f.start:f.num_end].strip() \
                    or re.search(r"(?:bn|mn|tn|m|k)$", text[f.start:f.num_end]):
                continue  # a figure with its scale ("4.6 billion", "$4.6bn") or large enough to be whole
            if not _AGGREGATE.search(text, max(lo, f.start - 60), f.start) or _SMALL_ON_PURPOSE.match(text, f.end):
                continue
            if len(text[f.num_end:f.end].split()) > 1:
                continue  # "3.8 yi yuan": a Chinese unit between, which number_units reads
            if _PRICE_WORD.search(text, max(lo, f.start - 40), min(hi, f.end + 25)):
                continue
            yield Hit(f.start, f.end, None, {"computed": "an amount of a whole with no scale word"})


# ``share``
_SHARE_WORD = re_programs.compile(
    r"\b(?:accounted|accounting|accounts|account|made|making|make|makes|represented|representing|represents)[ \u00a0](?:for|up)"
    r"(?:[ \u00a0](?:about|nearly|almost|roughly|around|some|over|just[ \u00a0]over|more[ \u00a0]than))?[ \u00a0]$", re.IGNORECASE)
_SHARE_APPOSED = re_programs.compile(
    r"(?:,[ \u00a0]+(?:or[ \u00a0]+)?|[ \u00a0]\()(?:about[ \u00a0]|nearly[ \u00a0]|almost[ \u00a0]|roughly[ \u00a0]|around[ \u00a0]|some[ \u00a0]|"
    r"just[ \u00a0](?:over|under)[ \u00a0]|over[ \u00a0]|more[ \u00a0]than[ \u00a0]|less[ \u00a0]than[ \u00a0])?$", re.IGNORECASE)
_WHOLE_BEFORE = re_programs.compile(r"\b(?:[Oo]f|out[ \u00a0]of)(?:[ \u00a0](?:the|its|their|all|a[ \u00a0]total[ \u00a0]of))?"
                                    r"(?:[ \u00a0][A-Za-z]+[’']s)?[ \u00a0]$")
_PART_OF_THEM = re_programs.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|which)\b")
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "two thirds": 200 / 3,
              "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
              "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0,
              "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0}
_FRACTION = re_programs.compile(
    r"\b(?:(?P<k>one|two|three|four|\d)[ \u00a0]in[ \u00a0](?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"|(?P<f>half|a[ \u00a0]third|one[ -]third|two[ -]thirds|a[ \u00a0]quarter|one[ -]quarter|three[ -]quarters|a[ \u00a0]fifth|"
    r"one[ -]fifth|a[ \u00a0]tenth|one[ -]tenth))\b(?P<gap>[^.;:!?()\n0-9]{0,40}?)(?:,[ \u00a0]+or[ \u00a0]|[ \u00a0]\([ \u00a0]?)"
    r"(?P<approx>(?:about|nearly|almost|roughly|around|some|just[ \u00a0]over|just[ \u00a0]under|over|under)[ \u00a0])?"
    r"(?P<pct>\d+(?:\.\d+)?)[ \u00a0]?(?:percent|per[ \u00a0]cent|%)", re.IGNORECASE)


def _fraction_value(m) -> Optional[float]:
    if m.group("f"):
        return _FRACTIONS.get(m.group("f").lower().replace("\u00a0", " "))
    k = m.group("k").lower()
    n = m.group("n").lower()
    k = float(COUNT_WORDS.get(k, 1 if k == "one" else k))
    n = float(COUNT_WORDS.get(n, n))
    return k / n * 100 if n else None


# A share beside a figure it is tied to: "600, or 40 percent", "64 of them, accounting for 30
# percent", "(25 percent)"; and a share of a whole: "45 percent of the city's 80,000".
_SHARE_TIE = re_programs.compile(
    r"(?:[ \u00a0][a-z-]+){0,3}(?:,?[ \u00a0]+(?:or|accounting[ \u00a0]for|making[ \u00a0]up|representing)?|[ \u00a0]?\()"
    r"[ \u00a0]*(?:" + APPROXIMATE_OR_BOUND + r"[ \u00a0])?")
_NAMED_WHOLE = re_programs.compile(r"[ \u00a0]of[ \u00a0]")
# An age, which is no part of a whole however the words tie it to a share: "45 percent are over
# 60", "aged 18 to", "under 30-year-olds"; a figure with "years old" after it has "years" for its
# unit and is no count already. A bound after "or" or a comma ("600, or over 40 percent") is a
# part, and so is one with a unit ("over 60 villages").
_AGE_BEFORE = re_programs.compile(r"\b(?:(?:aged|ages?)(?:[ \u00a0](?:over|under|above|below|between|from))?"
                                  r"|(?:are|were|is|was|be|being|those|people|residents|adults)[ \u00a0](?:over|under|above|below))[ \u00a0]$",
                                  re.IGNORECASE)
_AGE_AFTER = re_programs.compile(r"[ \u00a0]?-?years?-olds?\b|[ \u00a0](?:or|and)[ \u00a0](?:older|over|above|younger|under)\b", re.IGNORECASE)


def _age(text: str, f: Figure) -> bool:
    return not f.unit and bool(_AGE_BEFORE.search(text, max(0, f.start - 20), f.start) or _AGE_AFTER.match(text, f.num_end))
_SHARE_OF = re_programs.compile(r"[ \u00a0]of(?:[ \u00a0][\w’'-]+){0,5}[ \u00a0]")


def _tied(text: str, first: Figure, second: Figure) -> bool:
    return first.end <= second.start and bool(_SHARE_TIE.fullmatch(text, first.end, second.start))


# A fraction in words of a whole figure, with its part apposed ("Two thirds of the 900
# enterprises, or 450 firms"; "half of the city's 3,000 buses, about 2,100").
_FRACTION_OF = re_programs.compile(
    r"\b(?P<f>half|a[ \u00a0]third|one[ -]third|two[ -]thirds|a[ \u00a0]quarter|one[ -]quarter|three[ -]quarters|a[ \u00a0]fifth|"
    r"one[ -]fifth|two[ -]fifths|three[ -]fifths|a[ \u00a0]tenth|one[ -]tenth)[ \u00a0]of[ \u00a0](?:(?:the|its|their|all|these|those)[ \u00a0])?"
    r"(?:[A-Za-z]+[’']s[ \u00a0])?(?:[a-z-]+[ \u00a0])?$", re.IGNORECASE)
_MORE_FRACTIONS = {"two fifths": 40.0, "two-fifths": 40.0, "three fifths": 60.0, "three-fifths": 60.0}
# A whole named before a part at the head of a sentence: "Among the 4,500 graduates, 2,250 ...".
_AMONG = re_programs.compile(r"\b[Aa]mong(?:[ \u00a0](?:the|its|their|all))?(?:[ \u00a0][A-Za-z]+[’']s)?[ \u00a0]$")


def _share_hits(text: str, sentences, tolerance: float):
    for m in _FRACTION.finditer(text):
        share = _fraction_value(m)
        stated = float(m.group("pct"))
        if share and abs(stated - share) > 2.0 and abs(stated - share) > tolerance * share:
            yield Hit(m.start("pct"), m.end(), None, {"computed": f"{share:.0f} percent"})
    for lo, hi, inside in sentences:
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY and not _age(text, f)]
        shares = [f for f in inside if f.kind == "percent" and (_SHARE_WORD.search(text, max(lo, f.start - 40), f.start)
                                                                 or _SHARE_APPOSED.search(text, max(lo, f.start - 20), f.start)
                                                                 or any(_SHARE_OF.fullmatch(text, f.end, w.start) for w in counts))]
        for f in shares:
            if f.value > 100 and _SHARE_WORD.search(text, max(lo, f.start - 40), f.start):
                yield Hit(f.start, f.end, None, {"computed": "a share of at most 100 percent"})
        if not shares and not any(f.kind == "percent" for f in inside):
            hit = _fraction_of_hit(text, lo, counts, tolerance)
            if hit:
                yield hit
            continue
        if len(shares) != 1 or sum(f.kind == "percent" for f in inside) != 1:
            continue
        if _CHANGE_AFTER_PCT.match(text, shares[0].end) or _CHANGE_BEFORE_PCT.search(text, max(lo, shares[0].start - 40), shares[0].start):
            continue  # "or 40 percent more": a change, not a share
        if len(counts) != 2 or counts[0].money != counts[1].money:
            continue
        a, b = counts
        s = shares[0]
        whole = [f for f in counts if _WHOLE_BEFORE.search(text, max(lo, f.start - 30), f.start) or _AMONG.search(text, max(lo, f.start - 30), f.start)
                 or _SHARE_OF.fullmatch(text, s.end, f.start)]
        part_of_them = [f for f in counts if _PART_OF_THEM.match(text, f.num_end)]
        if len(whole) == 1:
            w = whole[0]
        elif len(part_of_them) == 1:
            w = b if part_of_them[0] is a else a
        else:
            continue
        p = b if w is a else a
        if p.value > w.value or not w.value:
            continue
        apposed = _tied(text, p, s) or _tied(text, s, p)
        if a.unit and b.unit and a.unit != b.unit and not (a.unit == "people" or b.unit == "people"
                                                           or (apposed or _tied(text, w, p)) and not {a.unit, b.unit} & _MEASURES):
            continue  # "enterprises" and "firms" apposed to the share are one set; "mu" and "hectares" are two units
        if BOUND_BEFORE.search(text, max(lo, s.start - 25), s.start):
            continue  # "more than 96 percent of the 310 million mu": a bound
        headed = bool(_HEADED_WHOLE.search(text, max(lo, w.start - 30), w.start)) and w.start - lo < 40
        if _NAMED_WHOLE.match(text, s.end) and not _SHARE_OF.fullmatch(text, s.end, w.start) and not headed:
            continue  # "or less than 2 per cent of assets, from a peak of $14 billion": its whole is named
        if not (apposed or _tied(text, w, s) or _SHARE_OF.fullmatch(text, s.end, w.start) or headed and p.start < s.start):
            continue  # "accounted for 40 percent, and 160 of 640 stores": the share is of another whole
        if not (apposed or _tied(text, w, p) or headed or _SHARE_WORD.search(text, max(lo, s.start - 40), s.start)
                or _SHARE_APPOSED.search(text, max(lo, s.start - 20), s.start)):
            continue  # "32 percent of its 7.7 million residents are 60": a share of a whole, with no part tied
        computed = p.value / w.value * 100
        # a share of exact figures agrees within their rounding: a tenth (and two points) unless a
        # figure is approximate ("about 40 percent", "some 2,300")
        approximate = any(_APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in (s, p, w))
        gap = tolerance if approximate else min(tolerance, 0.1)
        if abs(s.value - computed) > (1.0 if approximate else 2.0) and abs(s.value - computed) > gap * computed:
            # the share apposed to the part is suspect; a part apposed to the share is the part
            target = p if p.start > s.start else s
            shown = f"{computed:.1f} percent" if target is s else f"{s.value / 100 * w.value:,.0f}"
            yield _across([p, w, s], shown) if slipped(s.value, computed) else Hit(target.start, target.end, None, {"computed": shown})


# Units of measure: two of them beside each other are a conversion, not a part and its whole.
_MEASURES = frozenset(("yuan dollars euros pounds yen won rupees tonnes tons kilograms kilometres kilometers metres meters "
                       "hectares mu acres miles litres liters").split())
# A whole at the head of its sentence ("Of the city's 2.4 million vehicles, 240,000 are
# electric, making up 18 percent of the fleet"): the share's own "of the fleet" names it again.
_HEADED_WHOLE = re_programs.compile(r"(?:^|[.!?]\s+|\n)(?:[Oo]f|[Aa]mong|[Oo]ut[ \u00a0]of)(?:[ \u00a0](?:the|its|their|all))?(?:[ \u00a0][A-Za-z]+[’']s)?[ \u00a0]$")


def _fraction_of_hit(text: str, lo: int, counts, tolerance: float) -> Optional[Hit]:
    """A fraction in words of a whole figure with its part apposed, in a sentence with no
    percentage: "Two thirds of the 900 enterprises, or 450 firms"."""
    if len(counts) != 2 or counts[0].money != counts[1].money:
        return None
    w, p = counts
    m = _FRACTION_OF.search(text, max(lo, w.start - 60), w.start)
    if not m or not _tied(text, w, p) or p.value > w.value or not w.value:
        return None
    f = m.group("f").lower().replace("\u00a0", " ")
    share = _FRACTIONS.get(f, _MORE_FRACTIONS.get(f))
    if share is None or BOUND_BEFORE.search(text, max(lo, m.start() - 25), m.start()):
        return None
    computed = p.value / w.value * 100
    approximate = any(_APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in (p, w))
    if abs(share - computed) > 2.0 and abs(share - computed) > (tolerance if approximate else min(tolerance, 0.1)) * share:
        shown = f"{share / 100 * w.value:,.0f}"
        return _across([w, p, _Span(m.start(), m.end())], shown) if slipped(share, computed) else Hit(p.start, p.end, None, {"computed": shown})
    return None


# ``per-capita``
_EACH_AFTER = re_programs.compile(
    r"[ \u00a0]+(?:each|apiece|a[ \u00a0]head|per[ \u00a0](?:person|capita|head|household|resident|villager|family|member|worker|farmer|student)|"
    r"a[ \u00a0](?:person|household|family|resident))\b", re.IGNORECASE)
_EACH_BEFORE = re_programs.compile(r"\b(?:per[ \u00a0]capita(?:[ \u00a0][a-z]+){0,3}?[ \u00a0](?:of|at|stands[ \u00a0]at|stood[ \u00a0]at|was|is|reached|hit|to)"
                                   r"|an[ \u00a0]average[ \u00a0]of)(?:[ \u00a0](?:about|nearly|some|around|roughly))?[ \u00a0]$",
                                   re.IGNORECASE)
_PEOPLE = frozenset(("people persons residents villagers inhabitants households families farmers workers students "
                     "members pupils employees children men women staff personnel").split())
_POPULATION = re_programs.compile(r"\bpopulation[ \u00a0](?:of|is|was|stands[ \u00a0]at|reached)(?:[ \u00a0](?:about|nearly|some|around|roughly|over|more[ \u00a0]than))?[ \u00a0]$",
                                  re.IGNORECASE)


# The amount each apposed to the total: "36 million yuan in dividends, or 300 yuan each", with
# the count between at most ("4.2 million yuan to its 1,400 members, or 300 yuan per member").
_APPOSED = re_programs.compile(r"(?:,[ \u00a0]+(?:or|an[ \u00a0]average[ \u00a0]of|averaging|or[ \u00a0]about|about|nearly|some|roughly|around|"
                               r"approximately|or[ \u00a0]an[ \u00a0]average[ \u00a0]of)|[ \u00a0]\((?:about)?)[ \u00a0]?$")


def _apposed(text: str, total: Figure, each: Figure, count: Figure) -> bool:
    between = text[total.end:each.start]
    if len(between.split()) > 10 or not _APPOSED.search(between):
        return False
    return not DIGIT.search(between.replace(text[count.start:count.num_end], "", 1))


_PER_CAPITA_NOUN = re_programs.compile(r"\bper[ \u00a0]capita[ \u00a0](?P<noun>[a-z]+|GDP)\b", re.IGNORECASE)


def _same_measure(text: str, lo: int, total: Figure, each: Figure) -> bool:
    """Whether the amount each names the measure the total is of: "a GDP of 150 billion yuan
    ... per capita GDP stands at 6,000 yuan"."""
    m = _PER_CAPITA_NOUN.search(text, max(lo, each.start - 50), each.start)
    if not m:
        return False
    before = text[max(lo, total.start - len(m.group("noun")) - 5):total.start].lower()
    return bool(re.search(r"\b" + re.escape(m.group("noun").lower()) + r"[ \u00a0](?:of|was|reached|stood[ \u00a0]at|hit)[ \u00a0]$", before))


# An amount each: after the figure ("300 yuan each", "250 yuan a month each", "1,500 yuan per
# tonne", "2,400 yuan per household") or before it ("per capita GDP of", "an average of", "each
# receiving"), with the noun it is per where the words name one.
_EACH_NOUN = re_programs.compile(
    r"(?P<period>[ \u00a0](?:a|per|every)[ \u00a0](?:day|week|month|year))?[ \u00a0]+(?:(?P<each>each|apiece|a[ \u00a0]head|per[ \u00a0](?:capita|head|person)"
    r"|a[ \u00a0]person)|(?:per|a|an|for[ \u00a0]each|for[ \u00a0]every)[ \u00a0](?P<noun>(?!day\b|week\b|month\b|year\b|time\b|cent\b)[a-z][a-z-]+))\b",
    re.IGNORECASE)
_EACH_VERB_BEFORE = re_programs.compile(r"\b(?:each|every[ \u00a0]one)[ \u00a0](?:receiving|getting|received|got|receives|gets|paid|paying|earning|earned|"
                                        r"costing|cost|costs|worth|of)(?:[ \u00a0](?:about|nearly|some|around|roughly|an[ \u00a0]average[ \u00a0]of))?[ \u00a0]$",
                                        re.IGNORECASE)
_EACH_OF = re_programs.compile(r"\b[Ee]ach[ \u00a0]of[ \u00a0](?:the|its|their|these|those)[ \u00a0]$")
_TOTAL_MARK = re_programs.compile(r"\b(?:a[ \u00a0]total[ \u00a0]of|in[ \u00a0]total|totall?ing|totall?ed|costing|earning|earned|"
                                  r"worth|altogether|in[ \u00a0]all|combined)\b", re.IGNORECASE)
_PERIOD_WORD = re_programs.compile(r"(?:[ \u00a0](?:a|per|every|each)[ \u00a0]|[ \u00a0]in[ \u00a0]the[ \u00a0]|[ \u00a0])(?P<p>day|week|month|year|annually|monthly|yearly)\b",
                                   re.IGNORECASE)
_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365, "annually": 365, "yearly": 365, "monthly": 30.4}


def _singular(unit: Optional[str]) -> str:
    if not unit:
        return ""
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") else unit


def _period(text: str, f: Figure, limit: int) -> Optional[str]:
    m = _PERIOD_WORD.match(text, f.end, min(limit, f.end + 24))
    return m.group("p").lower() if m else None


def _amount_each(text: str, lo: int, f: Figure):
    """(noun, period) when ``f`` is an amount each ("each" or a noun it is per), else None."""
    m = _EACH_NOUN.match(text, f.end)
    if m:
        period = m.group("period").split()[-1].lower() if m.group("period") else None
        return ("" if m.group("each") else m.group("noun").lower()), period
    if _EACH_BEFORE.search(text, max(lo, f.start - 40), f.start) or _EACH_VERB_BEFORE.search(text, max(lo, f.start - 40), f.start):
        return "", None
    return None


def _per_capita_hits(text: str, groups, covered):
    for i, (lo, hi, inside) in enumerate(groups):
        if i in covered:
            continue
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY]
        if any(f.kind == "percent" for f in inside):
            continue
        each = [(f, e) for f in counts for e in [_amount_each(text, lo, f)] if e is not None]
        if not each:
            each = _each_of_amount(text, lo, counts)
        if len(each) != 1:
            continue
        a, (noun, a_period) = each[0]
        rest = [f for f in counts if f is not a]
        heads = [f for f in rest if _heads(text, lo, f, noun, a)]
        totals = [f for f in rest if f not in heads and f.money == a.money and (not f.unit or not a.unit or f.unit == a.unit)]
        if len(totals) != 1 or len(rest) > 2:
            continue
        t = totals[0]
        if not a.value or not t.value:
            continue
        across = False
        if len(heads) != 1:
            if heads or i == 0 or i - 1 in covered:
                continue
            if _COUNT_IN_WORDS.search(text, lo, a.start):
                continue  # "three medium eggs for £7, £2.33 each": the count is in words
            n = _heads_before(text, groups[i - 1], (lo, hi), noun, a)
            if n is None:
                continue
            across = True
        else:
            n = heads[0]
        if not n.value or n.money:
            continue
        tied = a.start > t.end and _apposed(text, t, a, n) or _same_measure(text, lo, t, a) \
            or _TOTAL_MARK.search(text, max(lo, t.start - 25), t.start) or _TOTAL_MARK.match(text, t.end + 1) \
            or _EACH_OF.search(text, max(lo, n.start - 16), n.start) or across
        if not tied:
            continue  # "... and spent 80 million yuan on schools": another quantity
        t_period = _period(text, t, hi)
        each_value = a.value
        if a_period and t_period and a_period != t_period:
            each_value = a.value * _DAYS[t_period] / _DAYS[a_period]
        computed = t.value / n.value
        ratio = each_value / computed
        if across:
            k = math.log10(ratio)
            if round(k) == 0 or abs(k - round(k)) > 0.15:
                continue  # a count read from the sentence before: only a power of ten is sure
        elif 1 / 1.5 <= ratio <= 1.5:
            continue
        target = t if t.start > a.start else a  # the later figure is the one worked out from the others
        shown = computed * (_DAYS[a_period] / _DAYS[t_period] if a_period and t_period and a_period != t_period else 1)
        message = f"{shown:,.0f} each" if target is a else f"{n.value * each_value:,.0f} in all"
        if slipped(each_value, computed):
            yield _across([a, t] + ([] if across else [n]), message)
        else:
            yield Hit(target.start, target.end, None, {"computed": message})


_COUNT_IN_WORDS = re_programs.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands)\b",
                                     re.IGNORECASE)


def _each_of_amount(text: str, lo: int, counts) -> list:
    """[(amount, ("", None))] in "Each of the 20,000 students will get a subsidy of 150 yuan,
    costing 30 million yuan in total": the one money figure that no word marks as a total."""
    if not any(_EACH_OF.search(text, max(lo, f.start - 16), f.start) for f in counts):
        return []
    money = [f for f in counts if f.money]
    plain = [f for f in money if not (_TOTAL_MARK.search(text, max(lo, f.start - 25), f.start) or _TOTAL_MARK.match(text, f.end + 1))]
    return [(plain[0], ("", _period(text, plain[0], len(text))))] if len(plain) == 1 and len(money) == 2 else []


# A rate per thousand ("1.5 doctors per 1,000 residents") beside the two counts it divides ("a
# city of 8 million people has 12,000 doctors"), and an average per day, week, month or year
# beside a total and the time it was counted over ("2.4 million visitors over the eight-day
# holiday, an average of 30,000 a day").
_PER_THOUSAND = re_programs.compile(r"[ \u00a0]+per[ \u00a0]+(?P<k>100|1,000|10,000|100,000|1[ \u00a0]million|a[ \u00a0]thousand|thousand|a[ \u00a0]hundred|hundred)"
                                    r"[ \u00a0]+(?P<of>[a-z]+)\b")
_K = {"100": 100, "1,000": 1e3, "10,000": 1e4, "100,000": 1e5, "1 million": 1e6, "a thousand": 1e3, "thousand": 1e3,
      "a hundred": 100, "hundred": 100}
_AVERAGE_BEFORE = re_programs.compile(r"\b(?:an[ \u00a0]+average[ \u00a0]+of|averaging|average[ \u00a0]+of|on[ \u00a0]+average)(?:[ \u00a0]+(?:about|nearly|some|around|roughly))?[ \u00a0]+$",
                                      re.IGNORECASE)
_PER_TIME = re_programs.compile(r"(?:[ \u00a0]+[a-z-]+)?[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?P<p>day|week|month|year)\b|[ \u00a0]+(?P<q>daily|weekly|monthly|annually|yearly)\b")
_TIME_LENGTH = re_programs.compile(r"\b(?P<n>\d{1,3}|" + "|".join(w for w in ("two three four five six seven eight nine ten eleven twelve "
                                   "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty").split())
                                   + r")[ \u00a0-](?P<p>day|week|month|year)s?\b", re.IGNORECASE)
_TIME_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                          "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_TIME_WORDS["thirty"] = 30
_ADVERB_PERIOD = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}


def _rate_per_hits(text: str, groups):
    for lo, hi, inside in groups:
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY]
        for f in counts:
            per = _PER_THOUSAND.match(text, f.end)
            if per:
                yield from _per_thousand(text, counts, f, per)
                continue
            if _AVERAGE_BEFORE.search(text, max(lo, f.start - 30), f.start):
                t = _PER_TIME.match(text, f.end)
                if t:
                    yield from _per_time(text, lo, hi, counts, f, t.group("p") or _ADVERB_PERIOD[t.group("q").lower()])


def _per_thousand(text: str, counts, a: Figure, per):
    k = _K[per.group("k").replace("\u00a0", " ")]
    of = per.group("of")
    rest = [f for f in counts if f is not a and not (per.start() <= f.start < per.end())]
    people = of in _PEOPLE_CLASS or of in ("population", "inhabitants")
    heads = [f for f in rest if (_unit_class(f) == "people" if people else _singular(f.unit) == _singular(of))]
    totals = [f for f in rest if f not in heads and f.money == a.money and (not f.unit or not a.unit or f.unit == a.unit)]
    if len(heads) != 1 or len(totals) != 1 or not heads[0].value or not a.value:
        return
    n, t = heads[0], totals[0]
    computed = t.value / n.value * k
    if not 1 / 1.5 <= a.value / computed <= 1.5:
        shown = f"{computed:,.2f} per {per.group('k')} {of}"
        yield _across([n, t, a], shown) if slipped(a.value, computed) else Hit(a.start, a.end, None, {"computed": shown})


_IN_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365}


def _per_time(text: str, lo: int, hi: int, counts, a: Figure, period: str):
    lengths = list(_TIME_LENGTH.finditer(text, lo, hi))
    totals = [f for f in counts if f is not a and f.money == a.money and (_unit_class(f) == _unit_class(a) or not a.unit or not f.unit)
              and not any(m.start() <= f.start < m.end() for m in lengths)]
    if len(lengths) != 1 or len(totals) != 1 or not a.value:
        return
    m = lengths[0]
    n = _TIME_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
    if not n:
        return
    days = n * _IN_DAYS[m.group("p").lower()]
    computed = totals[0].value / (days / _IN_DAYS[period])
    if not 1 / 1.5 <= a.value / computed <= 1.5:
        shown = f"{computed:,.0f} a {period} over {m.group()}"
        yield _across([totals[0], a], shown) if slipped(a.value, computed) else Hit(a.start, a.end, None, {"computed": shown})


def _heads(text: str, lo: int, f: Figure, noun: str, each: Figure) -> bool:
    """Whether ``f`` counts what an amount each is per: the noun after "per" ("per tonne" and
    "3,000 tonnes"), or people ("each", "per capita", "a head"), or the figure after "each of the"."""
    if f.money or f is each:
        return False
    if noun:
        return _singular(f.unit) == noun or noun in ("person", "capita", "head") and f.unit in _PEOPLE
    return f.unit in _PEOPLE or bool(_POPULATION.search(text, max(lo, f.start - 30), f.start)) \
        or bool(_EACH_OF.search(text, max(lo, f.start - 16), f.start))


def _heads_before(text: str, before, here, noun: str, each: Figure) -> Optional[Figure]:
    """The count an amount each is per, in the sentence right before ("The city has about 62,000
    children under three. At 3,600 yuan each, the subsidy will cost 22.3 billion yuan a year")."""
    plo, phi, pinside = before
    if _LETTER.search(text, phi, here[0]):
        return None
    counts = [f for f in pinside if f.kind == "count" and not f.money and f.unit and f.unit not in NOT_QUANTITY]
    if len(counts) != 1 or any(f.kind == "count" and f.money for f in pinside):
        return None
    n = counts[0]
    if noun and _singular(n.unit) != noun and not (noun in ("person", "capita", "head") and n.unit in _PEOPLE):
        return None
    return n


# ``sum``: parts with the total they make, stated as their sum ("1,500 in 2022 and 2,300 in 2023,
# or 4,800 in the two years combined": exactly), or as a breakdown after the total ("3,200
# athletes: 1,900 men and 1,600 women"; "Of the 1.2 billion yuan raised, 800 million ... and 600
# million ..."; "18 townships, 12 in the mountains and 9 on the plain": the parts may leave some
# out, never exceed it; "comprising", "made up of": all of it).
_TOTAL_BEFORE = re_programs.compile(
    r"\b(?:(?:for|making|or|with|to)[ \u00a0])?(?:a[ \u00a0](?:combined[ \u00a0])?total[ \u00a0]of|a[ \u00a0]combined|in[ \u00a0]total|"
    r"totall?ing|totall?ed|combined|together|altogether|in[ \u00a0]all|total(?:[ \u00a0][a-z-]+){0,2}[ \u00a0](?:of|at|was|were|reached|came[ \u00a0]to|hit))"
    r"(?:[ \u00a0](?:about|nearly|some|around|roughly|just|almost))?[ \u00a0]$", re.IGNORECASE)
_TOTAL_AFTER = re_programs.compile(r"(?:[ \u00a0][a-z-]+){0,4}?[ \u00a0](?:in[ \u00a0](?:all|total)|combined|altogether|together|between[ \u00a0]them)\b",
                                   re.IGNORECASE)
_SUM_APPOSED = re_programs.compile(r",[ \u00a0]+(?:(?:or|for|making)[ \u00a0]+)?$")
# A total that goes beyond the parts named: "a total of 12,000 since 2015", "bringing the total to".
_SUM_BEYOND = re_programs.compile(r"\b(?:since|so[ \u00a0]far|to[ \u00a0]date|in[ \u00a0]the[ \u00a0]past|over[ \u00a0]the[ \u00a0]past|bringing|"
                                  r"putting|taking|including|of[ \u00a0]which|cumulative|cumulatively|accumulated)\b", re.IGNORECASE)
# Words after a total that list its parts: some of them ("of which", "including", a colon), or
# all of them ("comprising", "made up of").
_BREAKDOWN = re_programs.compile(r"(?:[ \u00a0][\w'’-]+){0,4}(?::|,[ \u00a0]+of[ \u00a0]wh(?:ich|om)|,?[ \u00a0]+(?:including|among[ \u00a0](?:them|which|whom)|with|include|includes|included))[ \u00a0]+")
# Parts apposed to their total after a comma, each perhaps after a name: "18 townships, 12 in the
# mountains and 9 on the plain"; "42 million tourists, Yunnan 30 million and Guizhou 15 million".
_PARTS_APPOSED = re_programs.compile(r"(?:[ \u00a0][\w'’-]+){0,4},[ \u00a0]+(?:[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)?[ \u00a0]+)?")
_NAME_BEFORE = re_programs.compile(r"(?:^|[ \u00a0,])[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)?[ \u00a0]+$")
_WHOLE_LIST = re_programs.compile(r"(?:[ \u00a0][\w'’-]+){0,4},?[ \u00a0]+(?:comprising|consisting[ \u00a0]of|made[ \u00a0]up[ \u00a0]of|divided[ \u00a0]into|split[ \u00a0]into)[ \u00a0]+")
# Parts that cannot overlap: each in its own place or source ("12 in the mountains and 9 on the
# plain", "from central funds"), or each of one partition of a whole ("criminal" and "civil"
# cases, "private" and "state-owned" firms, "men" and "women").
_PLACED = re_programs.compile(r"(?:[ \u00a0][a-z-]+)?[ \u00a0](?:were[ \u00a0]|are[ \u00a0]|was[ \u00a0]|came[ \u00a0]|come[ \u00a0]|went[ \u00a0])?"
                              r"(?:in|on|at|from|to|for|across|under)[ \u00a0]")
_PARTITIONS = tuple(frozenset(g.split()) for g in (
    "men women male female boys girls", "urban rural", "domestic foreign overseas international inbound outbound",
    "public private state-owned foreign-funded foreign-invested collective", "primary secondary tertiary middle junior senior",
    "criminal civil administrative", "full-time part-time", "local non-local migrant", "large medium-sized medium small micro",
    "new old existing renovated", "import export imports exports", "passenger freight cargo"))
_WORD_AFTER = re_programs.compile(r"[ \u00a0]([a-z][a-z-]*)")


def _partition(text: str, parts) -> bool:
    """Whether each part is named by a word of one partition right after it ("1,300 criminal
    cases and 900 civil cases"; "1,900 men and 1,600 women")."""
    words = []
    for f in parts:
        m = _WORD_AFTER.match(text, f.num_end)
        words.append(m.group(1) if m else "")
    return len(set(words)) == len(words) and any(set(words) <= g for g in _PARTITIONS)


def _apart(text: str, parts) -> bool:
    """Whether parts cannot overlap: each placed or sourced apart, or named from one partition."""
    return all(_PLACED.match(text, f.num_end) or _PLACED.match(text, f.end) for f in parts) or _partition(text, parts) \
        or all(_NAME_BEFORE.search(text, max(0, f.start - 30), f.start) for f in parts)


def _listed(text: str, parts) -> bool:
    """Whether parts stand as one list ("A, B and C"): "and" before the last, nothing but a
    comma between the others' clauses."""
    return " and " in text[parts[-2].end:parts[-1].start] or "\u00a0and " in text[parts[-2].end:parts[-1].start]


def _one_unit(figs) -> bool:
    units = {f.unit for f in figs if f.unit}
    return len({f.money for f in figs}) == 1 and (len(units) <= 1 or units <= _PEOPLE_UNITS)


def _one_list(text: str, parts) -> bool:
    """Whether parts stand as one list: "and" before the last, at most eight words and no colon
    or semicolon between each two, and none of them a modifier ("a 24-core chip")."""
    if not _listed(text, parts) or any(text[f.num_end:f.num_end + 2][:1] == "-" for f in parts):
        return False
    return all(len(_GAP_WORDS.findall(text[a.end:b.start])) <= 8 and not re.search(r"[:;]", text[a.end:b.start])
               for a, b in zip(parts, parts[1:]))


def _sum_hits(text: str, sentences):
    for lo, hi, inside in sentences:
        if any(f.kind in ("percent", "points") for f in inside):
            continue
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY and not _age(text, f)]
        if len(counts) < 3 or len({f.money for f in counts}) > 1:
            continue
        last, parts = counts[-1], counts[:-1]
        named = _one_unit(counts) and (_TOTAL_BEFORE.search(text, max(lo, last.start - 40), last.start)
                                       or _SUM_APPOSED.search(text, max(lo, last.start - 12), last.start) and _TOTAL_AFTER.match(text, last.end))
        if named and _one_list(text, parts) and not _SUM_BEYOND.search(text, parts[0].start, hi) \
                and not _TOTAL_BEFORE.search(text, lo, parts[0].start):
            total = sum(f.value for f in parts)
            slack = 0.1 if any(_APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in counts) else 0.02
            if abs(total - last.value) > slack * last.value + 1e-9:
                yield _across(counts, f"{total:,.0f}") if slipped(total, last.value) else Hit(last.start, last.end, None, {"computed": f"{total:,.0f}"})
            continue
        first, parts = counts[0], counts[1:]
        between = text[first.end:parts[0].start]
        if DIGIT.search(between) or not _one_list(text, parts) or len({f.unit for f in counts if f.unit in _MEASURES}) > 1:
            continue  # "$899 in the US, £849 in the UK and €949 in Germany": one price in three currencies
        whole = _WHOLE_LIST.fullmatch(text, first.end, parts[0].start)
        listed = _BREAKDOWN.fullmatch(text, first.end, parts[0].start)
        headed = _HEADED_WHOLE.search(text, max(lo, first.start - 30), first.start) and first.start - lo < 40
        apposed = _PARTS_APPOSED.fullmatch(text, first.end, parts[0].start)
        if not (whole or listed and not between.rstrip().endswith(("including", "with", "include", "includes", "included"))
                or (listed or headed or apposed) and _apart(text, parts)):
            continue  # "Of the 500 students, 300 are girls and 250 are boarders": parts that may overlap
        total = sum(f.value for f in parts)
        slack = 0.1 if _APPROX_BEFORE.search(text, max(lo, first.start - 20), first.start) else 0.0
        if whole and abs(total - first.value) > max(slack, 0.02) * first.value or not whole and total > first.value * (1 + slack) + 1e-9:
            shown = f"{total:,.0f} in the parts listed after it"
            yield _across(counts, shown) if slipped(total, first.value) else Hit(first.start, first.end, None, {"computed": shown})


# Trade: exports and imports make up total trade, and their difference is the surplus or deficit
# ("Exports were 1.2 billion dollars and imports 900 million dollars, bringing total trade to 2.5
# billion dollars"). Each money figure is read as the trade word nearest before it.
_TRADE_WORD = re_programs.compile(r"\b(?P<w>exports?|imports?|(?:trade[ \u00a0])?(?:surplus|deficit)|trade)\b", re.IGNORECASE)


_CAPITAL = re_programs.compile(r"\b[A-Z][\w'’-]*")


def _trade_hits(text: str, sentences):
    for lo, hi, inside in sentences:
        money = [f for f in inside if f.kind == "count" and f.money]
        if len(money) != 3 or len({f.unit for f in money}) != 1 or any(f.kind == "count" and not f.money for f in inside):
            continue
        named, partners = {}, set()
        for f in money:
            words = list(_TRADE_WORD.finditer(text, max(lo, f.start - 60), f.start))
            if not words:
                break
            w = words[-1].group("w").lower()
            kind = "balance" if "surplus" in w or "deficit" in w else w.rstrip("s") if w != "trade" else "trade"
            if kind in named or text[words[-1].end():f.start].count(",") > 1:
                break
            named[kind] = f
            partners.add(frozenset(_CAPITAL.findall(text, words[-1].end(), f.start)) or None)
        if set(named) not in ({"export", "import", "trade"}, {"export", "import", "balance"}) or len(partners - {None}) > 1:
            continue  # "exports to the US ..., trade with the EU ...": two partners
        e, i = named["export"].value, named["import"].value
        slack = 0.1 if any(_APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in money) else 0.03
        if "trade" in named:
            t = named["trade"]
            if abs(e + i - t.value) > slack * t.value:
                shown = f"{e + i:,.0f}, the exports and imports beside it"
                yield _across(money, shown) if slipped(e + i, t.value) else Hit(t.start, t.end, None, {"computed": shown})
        else:
            b = named["balance"]
            if abs(abs(e - i) - b.value) > slack * max(e, i):
                yield Hit(b.start, b.end, None, {"computed": f"{abs(e - i):,.0f}, the exports less the imports beside it"})


# Shares of one whole in one list, which cannot come to more than all of it: "accounted for 8
# percent, 42 percent and 58 percent of GDP respectively"; "56 percent were men and 46 percent
# women"; with "the rest", all of it exactly.
# One whole named once after the list ("... of GDP respectively"), not one for each ("of sales in
# Beijing and Shanghai respectively", "of their respective markets").
_ONE_WHOLE_RESPECTIVELY = re_programs.compile(r"[ \u00a0]of[ \u00a0](?!their\b|its\b|each\b)(?:(?!and\b|or\b|respective\b)[\w'’-]+[ \u00a0]){1,5}respectively\b",
                                              re.IGNORECASE)
_SHARE_VERB = re_programs.compile(r"\b(?:accounted[ \u00a0]for|accounting[ \u00a0]for|accounts[ \u00a0]for|account[ \u00a0]for|made[ \u00a0]up|making[ \u00a0]up|"
                                  r"make[ \u00a0]up|makes[ \u00a0]up|represented|representing|represents)(?:[ \u00a0][a-z]+){0,2}[ \u00a0]$", re.IGNORECASE)
_REST_BEFORE = re_programs.compile(r"\b(?:the[ \u00a0](?:rest|remaining|remainder|others?)|others?)(?:[ \u00a0][a-z-]+){0,2}[ \u00a0]$", re.IGNORECASE)
_REST_AFTER = re_programs.compile(r"(?:[ \u00a0](?:were|are|was|is|for|to|from|went[ \u00a0]to|came[ \u00a0]from))?[ \u00a0](?:the[ \u00a0](?:rest|remainder|others?)|others?)\b",
                                  re.IGNORECASE)
_RANGE_BETWEEN = re_programs.compile(r"\b(?:between|from)[ \u00a0](?:about[ \u00a0])?$", re.IGNORECASE)


def _shares_sum_hits(text: str, sentences):
    for lo, hi, inside in sentences:
        shares = [f for f in inside if f.kind == "percent" and not _CHANGE_BEFORE_PCT.search(text, max(lo, f.start - 40), f.start)
                  and not _CHANGE_AFTER_PCT.match(text, f.end) and not BOUND_BEFORE.search(text, max(lo, f.start - 25), f.start)]
        if len(shares) < 2 or len(shares) != sum(f.kind in ("percent", "points") for f in inside) or not _one_list(text, shares):
            continue
        if any(f.value > 100 for f in shares):
            continue
        respective = _ONE_WHOLE_RESPECTIVELY.match(text, shares[-1].end) and _SHARE_VERB.search(text, max(lo, shares[0].start - 40), shares[0].start)
        partition = _partition_around(text, shares)
        rest = _REST_BEFORE.search(text, shares[-2].end, shares[-1].start) or _REST_AFTER.match(text, shares[-1].end)
        if _RANGE_BETWEEN.search(text, max(lo, shares[0].start - 12), shares[0].start):
            continue  # "between 1.70% and 1.85%": a range
        if not (respective or partition or rest):
            continue
        approximate = any(_APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in shares)
        total = sum(f.value for f in shares)
        slack = 3.0 if approximate else 1.0
        if total > 100 + slack or rest and not partition and not respective and abs(total - 100) > slack:
            yield Hit(shares[-1].start, shares[-1].end, None, {"computed": f"{total:g} percent in all"})


def _partition_around(text: str, shares) -> bool:
    """Whether each share names a part of one partition within two words after it ("56 percent
    were men and 46 percent women")."""
    words = []
    for f in shares:
        m = re.match(r"(?:[ \u00a0](?:were|are|was|is))?[ \u00a0]([a-z][a-z-]*)\b(?![ \u00a0]of\b)", text[f.end:f.end + 30])
        words.append(m.group(1) if m else "")
    return len(set(words)) == len(words) and any(set(words) <= g for g in _PARTITIONS)


_PEOPLE_UNITS = frozenset(("people persons residents villagers inhabitants households families farmers workers students "
                           "members pupils employees visitors tourists passengers").split())


_APPROX_BEFORE = re_programs.compile(r"\b" + APPROXIMATE_OR_BOUND + r"[ \u00a0]$", re.IGNORECASE)


_SHAPES = frozenset(("restated", "pair", "share", "per-capita", "sum", "difference", "rates", "currency", "magnitude"))


@register("figure_links", {
    "shapes": Key((list,), ["restated", "pair", "share", "per-capita", "sum"],
                  "which ties to check: restated, pair, share, per-capita, sum, difference, rates, currency, magnitude"),
    "tolerance": Key((int, float), 0.25, "a relative gap above this between a stated and a computed figure is flagged"),
}, fields=("computed",))
def prepare(p):
    unknown = set(p["shapes"]) - _SHAPES
    if unknown:
        raise ParamError("shapes", f"unknown shapes: {', '.join(sorted(unknown))}")
    if not 0 < p["tolerance"] < 1:
        raise ParamError("tolerance", "expected a fraction between 0 and 1")
    return {"shapes": frozenset(p["shapes"]), "tolerance": float(p["tolerance"])}


def _uncovered(text: str, sentences, patterns) -> list:
    """Sentences that no shape of ``arithmetic`` in ``patterns`` reads (where one does, its
    finding, or its silence, stands)."""
    return [s for s in sentences if not any(p.search(text, s[0], s[1]) for p in patterns)]


@prepare.detector
def detect(doc, state):
    text = doc.text
    if not DIGIT.search(text):
        return
    shapes = state["shapes"]
    # every rule of the type reads the same figures and sentences: found once per document
    key = ("figure_links",)
    if key not in doc.cache:
        figs = figures(text)
        doc.cache[key] = (figs, grouped(text, sentences(text), figs) if figs else [])
    figs, groups = doc.cache[key]
    if not figs:
        return
    if "restated" in shapes:
        yield from _restated_hits(text, figs)
    if "pair" in shapes:
        covered = {i for i, g in enumerate(groups) if g not in _uncovered(text, [g], (CHANGE_BEFORE, CHANGE_AFTER, CHANGE_FROM, MULTIPLE))}
        yield from _pair_hits(text, groups, covered, state["tolerance"])
        yield from _multiple_percent_hits(text, groups)
        yield from _slightly_hits(text, groups)
    if "difference" in shapes:
        covered = {i for i, g in enumerate(groups) if g not in _uncovered(text, [g], (DIFF_UPFROM,))}
        yield from _difference_hits(text, groups, covered, state["tolerance"])
    if "rates" in shapes:
        covered = {i for i, g in enumerate(groups) if g not in _uncovered(text, [g], (POINTS_BEFORE, POINTS_AFTER, POINTS_FROM))}
        yield from _rate_hits(text, groups, covered)
    if "currency" in shapes:
        yield from _currency_hits(text, figs)
    if "magnitude" in shapes:
        yield from _magnitude_hits(text, groups)
    if "share" in shapes:
        yield from _share_hits(text, _uncovered(text, groups, (SHARE,)), state["tolerance"])
    if "sum" in shapes:
        yield from _sum_hits(text, _uncovered(text, groups, (PARTS,)))
        yield from _trade_hits(text, groups)
        yield from _shares_sum_hits(text, groups)
    if "per-capita" in shapes:
        covered = {i for i, g in enumerate(groups) if g not in _uncovered(text, [g], (AVERAGE,))}
        yield from _per_capita_hits(text, groups, covered)
        yield from _rate_per_hits(text, groups)
