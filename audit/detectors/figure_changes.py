"""The ``figure_links`` shapes of change: ``pair`` (a change with its two ends, in one sentence
or with its base in the sentence before; a multiple against its percentage; a gap said to be
slight), ``difference`` (an amount of change against its two ends) and ``rates`` (a change of a
rate against its two levels, in points or percent)."""
from __future__ import annotations

import math
import re
from typing import List, Optional

from . import Hit
from .. import re_programs
from .figure_reading import Figure, NOT_QUANTITY
from .figures_common import APPROXIMATE, BOUND_BEFORE, COUNT_WORDS, RATE_QUALIFIED, day_of_month, slipped, words
from .figure_ties import APPROX_BEFORE, CHANGE_AFTER_PCT, change_before, CLAUSE_BREAK, DOWN, GAP_WORDS, LETTER, Span, close_together, over_all, unit_class


# ``pair``: a change in a sentence with its two ends.
_FOLD = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
         "ninefold": 9, "doubled": 2, "doubling": 2, "twice": 2, "double": 2, "tripled": 3, "trebled": 3,
         "tripling": 3, "triple": 3, "quadrupled": 4, "quadrupling": 4, "half": 0.5, "halved": 0.5}
# Every match of ``_MULTIPLE_WORD`` holds one of these (a cheap search first: most sentences hold none).
_MULTIPLE_CUE = re_programs.compile(r"times|fold|doubl|tripl|trebl|quadrupl|halv|half|twice", re.IGNORECASE)
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


def _changes(text: str, lo: int, hi: int, figs: List[Figure]):
    """The changes stated in ``text[lo:hi]``: (start, end, kind, amount, falling, loose)."""
    out = []
    for f in figs:
        if f.kind != "percent" or RATE_QUALIFIED.match(text, f.end):
            continue  # "up 7.2 percent a year", "in real terms": not the plain ratio of two ends
        before = change_before(text, max(lo, f.start - 40), f.start)
        after = CHANGE_AFTER_PCT.match(text, f.end)
        if before or after:
            word = (before or after).group("w")
            out.append((f.start, f.end, "percent", f.value, bool(DOWN.fullmatch(word)), False))
    for m in (_MULTIPLE_WORD.finditer(text, lo, hi) if _MULTIPLE_CUE.search(text, lo, hi) else ()):
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


# After a figure "compared with" or "against": another group, not another time ("compared with
# 51,821 yuan in cities", "against 12 percent for men"): a comparison, not the change's base.
# A time anywhere in the rest of its clause keeps it a base ("compared with 4,000 in March", "in
# the corresponding period last year", "in fiscal 2023", "at end-2023").
_COMPARED = re_programs.compile(r"\b(?:compared[ \u00a0](?:with|to)|against|versus|vs\.?)(?:[ \u00a0]\S+)?[ \u00a0]$", re.IGNORECASE)
_OTHER_GROUP_AFTER = re_programs.compile(r"(?:[ \u00a0][a-z]+){0,2}?[ \u00a0](?:in|for|among|at)[ \u00a0][a-z]", re.IGNORECASE)
_CLAUSE_REST = re_programs.compile(r"[^.;:!?\n]{0,80}")
_TIME_WORD = re_programs.compile(
    r"\b(?:(?:19|20)\d\d|years?|months?|quarters?|weeks?|days?|period|periods|season|fiscal|fy|last|previous|prior|"
    r"preceding|corresponding|earlier|ago|before|since|end|start|beginning|yesteryear|pre-\w+|end-\w+|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|winter|h[12]|q[1-4])\b", re.IGNORECASE)


def _another_group(text: str, f: Figure) -> bool:
    """Whether the words after figure ``f`` name another group ("in cities", "among men") and
    the rest of its clause no time."""
    at = _after_number(text, f)
    if not _OTHER_GROUP_AFTER.match(text, at):
        return False
    rest = _CLAUSE_REST.match(text, at)
    return not _TIME_WORD.search(text, at, rest.end())


def _after_number(text: str, f: Figure) -> int:
    """Where the words after a figure's number begin: its unit words ("yuan", "among men") are
    part of the figure's span."""
    m = _SPACE.search(text, f.start, f.end)
    return m.start() if m else f.end


_SPACE = re_programs.compile(r"[ \u00a0]")


def _role(text: str, lo: int, f: Figure) -> Optional[str]:
    """"base" for a figure a change starts from ("from 4,000", "than last year's 2,400", "4,000
    a year earlier"), "new" for the one it goes to ("to 5,600"), else None (a figure compared
    with as another group's, "compared with 51,821 yuan in cities", is neither)."""
    if _BASE_BEFORE.search(text, max(lo, f.start - 30), f.start) and not _BOUND_THAN.search(text, max(lo, f.start - 30), f.start) \
            or _BASE_AFTER.match(text, f.end):
        if _COMPARED.search(text, max(lo, f.start - 30), f.start) and _another_group(text, f):
            return None
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


def pair_hits(text: str, groups, covered, tolerance: float):
    for i, (lo, hi, inside) in enumerate(groups):
        changes = _changes(text, lo, hi, inside)
        if len(changes) != 1 or i in covered:
            continue
        start, end, kind, amount, falling, loose = changes[0]
        if BOUND_BEFORE.search(text[max(lo, start - 25):start].lower()):
            continue
        if any(f.start >= end and _RESTATED_CHANGE.fullmatch(text, end, f.start) for f in inside):
            continue  # "down 0.6 per cent, or 49.3 points, at 8,213.7": the change again, then a level
        ends = [f for f in inside if f.kind == "count" and not (f.start >= start and f.end <= end)
                and f.unit not in NOT_QUANTITY and not _in_a_name(text, lo, f)]
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
        if CLAUSE_BREAK.search(text, min(start, a.start), max(end, b.end)):
            continue  # "gained 2.8% ..., and analysts raised their forecast to 7.05 from 7.15": two clauses
        if _verb_of_its_own(text, start, end, a, b):
            continue  # "lost 0.5 per cent after the index fell to 19.2 from 41.8": the ends' own change
        computed = None
        if roles.count("base") == 1 and not (kind == "multiple" and loose):
            base, new = (a, b) if roles[0] == "base" else (b, a)
            computed = _direction(kind, amount, falling, base, new)
        computed = computed or _change_fits(kind, amount, falling, loose, a.value, b.value, tolerance)
        if computed:
            if not loose and slipped(_stated_ratio(kind, amount, falling), max(a.value, b.value) / min(a.value, b.value)):
                yield over_all([a, b, Span(start, end)], computed)
            else:
                yield Hit(start, end, None, {"computed": computed})


# A figure apposed to the change by "or" restates it in another unit ("down 0.6 per cent, or
# 49.3 points, at 8,213.7"; "up 12 percent (or 600 tonnes)"): the amount of change, not an end.
_RESTATED_CHANGE = re_programs.compile(r",?[ \u00a0]*\(?or[ \u00a0]+(?:(?:about|some|nearly|roughly|almost)[ \u00a0]+)?[$¥€£]?", re.IGNORECASE)
# A finite verb of change: the ends after one that is not the change's own belong to it
# ("the DAX lost 0.5 per cent after the ZEW index fell to 19.2 in August from 41.8 in July").
_CHANGE_VERB = re_programs.compile(r"\b(?:rose|fell|climbed|dropped|declined|jumped|slid|slipped|sank|soared|surged|plunged|tumbled|"
                                   r"gained|lost|grew|increased|decreased|edged|eased|rebounded|recovered|slumped|dipped)\b", re.IGNORECASE)


# A bare number right after a capitalised word that is no month or currency is part of a name
# ("the FTSE 100", "the CSI 300 index", "a Boeing 737"), not a quantity a change runs between.
_NAME_BEFORE = re_programs.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                                   r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|US|USD|RMB|CNY|HK|HKD|EUR|GBP|"
                                   r"JPY|Rs|Q[1-4]|H[12]|FY)\b)[A-Z][\w&.-]*[ \u00a0]$")


def _in_a_name(text: str, lo: int, f: Figure) -> bool:
    if f.unit or f.money:
        return False
    m = _NAME_BEFORE.search(text, max(lo, f.start - 30), f.start)
    # a capital that opens the sentence or a clause ("About 5,000", "Last year, 300") names nothing
    return bool(m) and m.start() > lo and _MID_SENTENCE.match(text[max(lo, m.start() - 2):m.start()]) is not None


_MID_SENTENCE = re_programs.compile(r"[\w,)]?[ \u00a0]$")


def _verb_of_its_own(text: str, start: int, end: int, a: Figure, b: Figure) -> bool:
    """Whether a verb of change other than the change's own stands between the change and both
    its ends: the ends are that verb's, in a clause of their own."""
    if a.start >= end and b.start >= end:
        return bool(_CHANGE_VERB.search(text, end, min(a.start, b.start)))
    if a.end <= start and b.end <= start:
        gap = text[max(a.end, b.end):start]
        verbs = _CHANGE_VERB.findall(gap)
        # the change's own verb stands right before it ("rose 12 percent"): another one is a second verb
        own = change_before(text, max(0, start - 40), start)
        return len(verbs) > (1 if own and _CHANGE_VERB.search(own.group(0)) else 0)
    return False


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
    if LETTER.search(text, phi, lo) or not new.unit or new.value <= 0:
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
def multiple_percent_hits(text: str, groups):
    for lo, hi, inside in groups:
        if not _MULTIPLE_CUE.search(text, lo, hi):
            continue
        multiples = [m for m in _MULTIPLE_WORD.finditer(text, lo, hi)]
        changes = [f for f in inside if f.kind == "percent" and (change_before(text, max(lo, f.start - 40), f.start)
                                                                 or CHANGE_AFTER_PCT.match(text, f.end))]
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
                or APPROX_BEFORE.search(text, max(lo, start - 20), start):
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


def slightly_hits(text: str, groups):
    for lo, hi, inside in groups:
        for m in _SLIGHTLY.finditer(text, lo, hi):
            after = [f for f in inside if f.start >= m.end() and f.kind in ("count", "percent")]
            if not after:
                continue
            ref = after[0]
            if len(GAP_WORDS.findall(text[m.end():ref.start])) > 7:
                continue
            before = [f for f in inside if f.end <= m.start() and f.kind == ref.kind and f.money == ref.money
                      and (ref.kind == "percent" or unit_class(f) == unit_class(ref) or not f.unit or not ref.unit)]
            if not before or not ref.value or not before[-1].value:
                continue
            subject = before[-1]
            if CLAUSE_BREAK.search(text, subject.end, m.start()) or len(GAP_WORDS.findall(text[subject.end:m.start()])) > 8:
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
    # an approximation, "just" or "only" (a bound, "more than", is no amount of the change)
    r"(?:[ \u00a0]" + words(APPROXIMATE, ("just", "only")) + r")?[ \u00a0]$", re.IGNORECASE)
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


def difference_hits(text: str, groups, covered, tolerance: float):
    for i, (lo, hi, inside) in enumerate(groups):
        # a day of the month counts nothing ("younger than 12 beginning Dec. 1": a blind clean set,
        # forty-sixth round)
        counts = [f for f in inside if f.kind == "count" and (f.unit not in NOT_QUANTITY or f.unit in _SECONDS)
                  and not day_of_month(text, f.start, f.num_end)]
        amounts = []
        for f in counts:
            before = _AMOUNT_BEFORE.search(text, max(lo, f.start - 40), f.start)
            after = _AMOUNT_AFTER.match(text, f.end)
            if before or after:
                word = (before.group("noun") or before.group("verb")) if before else after.group("w")
                amounts.append((f, bool(_AMOUNT_DOWN.fullmatch(word))))
        if len(amounts) != 1 or i in covered:
            continue
        c, down = amounts[0]
        ends = [f for f in counts if f is not c]
        if len(ends) != 2 or c.value <= 0:
            continue
        units = {_amount_unit(f)[0] for f in ends + [c] if f.unit or f.money}
        if len(units) > 1 or len({f.money for f in ends + [c]}) > 1:
            continue
        roles = [_role(text, lo, f) for f in ends]
        if "base" not in roles or CLAUSE_BREAK.search(text, min(f.start for f in ends + [c]), max(f.end for f in ends + [c])):
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
        approximate = any(APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in ends + [c])
        if abs(stated - gap) > (tolerance if approximate else min(tolerance, 0.1)) * gap and abs(stated - gap) > 0.01 * max(a, b):
            computed = f"{gap / size[c]:,.{_places(c.value)}f}"
            yield over_all(ends + [c], computed) if slipped(stated, gap) else Hit(c.start, c.end, None, {"computed": computed})


def _places(v: float) -> int:
    """Decimal places to show a computed figure in, after the stated one ("1.5 hours" -> 1)."""
    return 0 if v == int(v) else min(2, len(repr(v).split(".")[1]))


# ``rates``: a change of a rate with the rate's two levels ("fell to 5.0 percent from 6.2
# percent, a decline of 1.2 percent": 1.2 points, a relative fall of 19 percent), or a change in
# percentage points of a figure that is no rate ("the number of deaths fell 12.5 percentage
# points to 210").
_RATE_WORD = re_programs.compile(r"\b(?:rates?|ratios?|shares?|proportions?|percentages?|ratings?|coverage|turnout|yields?|"
                                 r"index|indices|margins?|approval|unemployment|inflation|level)\b", re.IGNORECASE)
_NUMBER_OF = re_programs.compile(r"\b(?:number|numbers|count|total)[ \u00a0]of\b", re.IGNORECASE)


def rate_hits(text: str, groups, covered):
    for i, (lo, hi, inside) in enumerate(groups):
        changes, levels = [], []
        for f in inside:
            if f.kind not in ("percent", "points"):
                continue
            before = change_before(text, max(lo, f.start - 40), f.start)
            after = CHANGE_AFTER_PCT.match(text, f.end)
            if before or after:
                changes.append((f, bool(DOWN.fullmatch((before or after).group("w")))))
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
        if len(levels) != 2 or not close_together(text, sorted(levels + [c])):
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
    if n.start < c.end or _role(text, lo, n) != "new" or not close_together(text, [c, n]):
        return None
    if not (n.unit or n.money or n.num_end > n.start and " " in text[n.start:n.num_end] or _NUMBER_OF.search(text, lo, c.start)):
        return None
    return Hit(c.start, c.end, None, {"computed": f"a change of {text[n.start:n.end]}, which is no rate, in percent"})

