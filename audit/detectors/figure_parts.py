"""The ``figure_links`` shapes of parts and wholes: ``share`` (a share against its part and
whole, a fraction in words, a share over 100 percent) and ``sum`` (parts against the total they
make or may not exceed, exports and imports against trade, shares of one whole against all of
it)."""
from __future__ import annotations

import re
from typing import Optional

from . import Hit
from .. import re_programs
from .change_fit import interval  # the rounding each written figure allows
from .figure_reading import Figure, NOT_QUANTITY
from .figures_common import APPROXIMATE, APPROXIMATE_OR_BOUND, BOUND_BEFORE, words, COUNT_WORDS, DIGIT, slipped
from .figure_ties import LETTER, APPROX_BEFORE, CHANGE_AFTER_PCT, change_before, GAP_WORDS, Span, over_all

# The one-word approximations of ``APPROXIMATE`` ("about 12 million", "some 2,300"), for the
# patterns below that read a whole or a part after one.
_ABOUT = words(tuple(w for w in APPROXIMATE if " " not in w and not w.endswith(".")))


# ``share``
_SHARE_WORD = re_programs.compile(
    r"\b(?:accounted|accounting|accounts|account|made|making|make|makes|represented|representing|represents)[ \u00a0](?:for|up)"
    r"(?:[ \u00a0](?:about|nearly|almost|roughly|around|some|over|just[ \u00a0]over|more[ \u00a0]than))?[ \u00a0]$", re.IGNORECASE)
_SHARE_APPOSED = re_programs.compile(
    r"(?:,[ \u00a0]+(?:or[ \u00a0]+)?|[ \u00a0]\()(?:about[ \u00a0]|nearly[ \u00a0]|almost[ \u00a0]|roughly[ \u00a0]|around[ \u00a0]|some[ \u00a0]|"
    r"just[ \u00a0](?:over|under)[ \u00a0]|over[ \u00a0]|more[ \u00a0]than[ \u00a0]|less[ \u00a0]than[ \u00a0])?$", re.IGNORECASE)
# A share apposed as the rate of a part in its whole: "600 found jobs, an employment rate of 80
# percent"; "1,150 passed, a pass rate of 92 percent". Only rates that are a part over a whole
# (not "a growth rate of", "an interest rate of", which are no share of the figures beside them).
_SHARE_RATE = re_programs.compile(
    r",[ \u00a0]+(?:(?:with|for|giving|making)[ \u00a0]+)?(?:an?|the)[ \u00a0]+(?:overall[ \u00a0]+|total[ \u00a0]+)?"
    r"(?:employment|pass|passing|coverage|qualification|qualified|success|completion|survival|occupancy|attendance|"
    r"participation|utilization|utilisation|recovery|cure|vaccination|penetration|compliance|acceptance|admission|"
    r"response|retention|detection|conviction|clearance|approval|satisfaction|recycling|treatment|attainment|"
    r"graduation|enrollment|enrolment|literacy|turnout|hit|win|winning|accuracy)[ \u00a0]+(?:rate|ratio)[ \u00a0]+"
    r"(?:of|at|was|stood[ \u00a0]+at|reached)[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?$",
    re.IGNORECASE)
_WHOLE_BEFORE = re_programs.compile(r"\b(?:[Oo]f|out[ \u00a0]of)(?:[ \u00a0](?:the|its|their|all|a[ \u00a0]total[ \u00a0]of))?"
                                    r"(?:[ \u00a0][A-Za-z]+[’']s)?(?:[ \u00a0]" + _ABOUT + r")?[ \u00a0]$")
# A whole marked after it (issue 9, fortieth round): the figure, at most three words naming what
# it counts, then "of which", "of whom", "among them" before its part ("4.27 billion yuan, of
# which central funds accounted for 2.61 billion yuan"; "2,863 ancient trees, among them 1,016
# ..."; 其中 rendered).
_WHOLE_AFTER = re_programs.compile(r"(?:[ \u00a0][a-z-]+){0,3},[ \u00a0]+(?:of[ \u00a0]wh(?:ich|om)|among[ \u00a0](?:them|which|whom))\b")
# A figure that labels or dates a thing and counts nothing: "Unit 3", "No. 2", "on 2 November".
_LABEL_BEFORE = re_programs.compile(r"\b(?:Unit|Units|No\.|Number|Line|Phase|Building|Block|Room|Zone|Group|Team|Grade|Class|"
                                    r"Article|Section|Chapter|Route|Gate|Hall|Level|Stage|Batch|Lot|Plot|Platform|Terminal|"
                                    r"January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0]$")
_MONTH_AFTER = re_programs.compile(r"[ \u00a0](?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


_PART_OF_WHOLE = re_programs.compile(r"[ \u00a0]+(?:of|out[ \u00a0]of)[ \u00a0](?:the|its|their|all)[ \u00a0]"
                                     "(?:" + _ABOUT + r"[ \u00a0])?")


# Two clauses joined by "and", each a count and its verb: "13 households voted and 11 agreed".
_AND_CLAUSE = re_programs.compile(r"(?:[ \u00a0][a-z-]+){1,4}[ \u00a0]and[ \u00a0]")


_WRITTEN = re_programs.compile(r"(\d[\d,]*(?:\.\d+)?)((?:[ \u00a0](?:thousand|million|billion|trillion))?)")


def _outside_rounding(text: str, p: Figure, w: Figure, s: Figure) -> bool:
    """Whether a share of exact figures lies more than a point outside every share their rounding
    allows (issue 9, fortieth round): "13 households voted and 11 agreed, the approval rate was
    92%" (84.6); a tenth of the share, the test beside it, lets 92 pass for 84.6."""
    bounds = []
    for f in (p, w):
        m = _WRITTEN.search(text, f.start, f.num_end)
        if not m:
            return False
        lo, hi = interval(m.group(1) + m.group(2).replace("\u00a0", " "))
        if not lo * (1 - 1e-9) <= f.value <= hi * (1 + 1e-9):
            return False  # a scale this reading leaves out ("$4.2bn", "3.5m"): no rounding to judge by
        bounds.append((lo, hi))
    (plo, phi), (wlo, whi) = bounds
    if wlo <= 0:
        return False
    lo, hi = plo / whi * 100, phi / wlo * 100
    return s.value > hi + 1.5 or s.value < lo - 1.5


def _label(text: str, f: Figure) -> bool:
    """Whether ``f`` labels or dates a thing (``_LABEL_BEFORE``, ``_MONTH_AFTER``) and counts nothing."""
    return not f.unit and bool(_LABEL_BEFORE.search(text, max(0, f.start - 12), f.start) or _MONTH_AFTER.match(text, f.num_end))


def _computed_share(text: str, s: Figure, p: Figure, w: Figure, tolerance: float, floor: int = 0):
    """(the share, in percent, that part ``p`` is of whole ``w``; whether any of ``s``, ``p`` and
    ``w`` is approximate, its approximating word read no earlier than ``floor``; whether the
    stated share ``s`` lies off the computed one). A share of exact figures agrees within their
    rounding: a tenth (and two points) unless a figure is approximate ("about 40 percent", "some
    2,300")."""
    computed = p.value / w.value * 100
    approximate = any(APPROX_BEFORE.search(text, max(floor, f.start - 20), f.start) for f in (s, p, w))
    gap = tolerance if approximate else min(tolerance, 0.1)
    off = abs(s.value - computed) > (1.0 if approximate else 2.0) and abs(s.value - computed) > gap * computed
    return computed, approximate, off


_PART_OF_THEM = re_programs.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|which|whom)\b")
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


# A part named as part of the whole before it, then its share: "2,000 enterprises, 800 of which
# are private, or 60 percent"; "5,000 patients, 1,000 of whom were children, accounting for 25
# percent" (a clause of up to four words after "of which").
_PART_OF_WHICH_TIE = re_programs.compile(
    r"[ \u00a0]of[ \u00a0](?:which|whom|them)(?:[ \u00a0][a-z-]+){0,4},[ \u00a0]+(?:or|accounting[ \u00a0]for|making[ \u00a0]up|representing)"
    r"[ \u00a0]+(?:" + APPROXIMATE_OR_BOUND + r"[ \u00a0])?")
# "of the total", "of all": the share's whole named as the whole already given, not another.
_OF_THE_TOTAL = re_programs.compile(r"[ \u00a0]of[ \u00a0](?:the[ \u00a0](?:total|whole)(?:[ \u00a0]number)?|all|them|the[ \u00a0]total[ \u00a0]number)\b(?![ \u00a0]+of\b)")


def _tied(text: str, first: Figure, second: Figure) -> bool:
    return first.end <= second.start and bool(_SHARE_TIE.fullmatch(text, first.end, second.start)
                                              or _PART_OF_WHICH_TIE.fullmatch(text, first.num_end, second.start))


# A fraction in words of a whole figure, with its part apposed ("Two thirds of the 900
# enterprises, or 450 firms"; "half of the city's 3,000 buses, about 2,100").
_FRACTION_OF = re_programs.compile(
    r"\b(?P<f>half|a[ \u00a0]third|one[ -]third|two[ -]thirds|a[ \u00a0]quarter|one[ -]quarter|three[ -]quarters|a[ \u00a0]fifth|"
    r"one[ -]fifth|two[ -]fifths|three[ -]fifths|a[ \u00a0]tenth|one[ -]tenth)[ \u00a0]of[ \u00a0](?:(?:the|its|their|all|these|those)[ \u00a0])?"
    r"(?:[A-Za-z]+[’']s[ \u00a0])?(?:[a-z-]+[ \u00a0])?$", re.IGNORECASE)
_MORE_FRACTIONS = {"two fifths": 40.0, "two-fifths": 40.0, "three fifths": 60.0, "three-fifths": 60.0}
# A whole named before a part at the head of a sentence: "Among the 4,500 graduates, 2,250 ...".
_AMONG = re_programs.compile(r"\b[Aa]mong(?:[ \u00a0](?:the|its|their|all))?(?:[ \u00a0][A-Za-z]+[’']s)?[ \u00a0]$")


# The words between a part and the share apposed to it: at most six, no figure, a comma last.
_PART_GAP = re_programs.compile(r"(?:[ \u00a0][\w’'-]+){0,6},[ \u00a0]+(?:or[ \u00a0]+|accounting[ \u00a0]for[ \u00a0]+|making[ \u00a0]up[ \u00a0]+|representing[ \u00a0]+)?"
                                "(?:" + _ABOUT + r"[ \u00a0]+)?")


def _part_before(text: str, lo: int, counts, s: Figure) -> Optional[Figure]:
    """The count right before share ``s`` and tied to it by a comma ("620,000 drone orders in
    the first quarter, 0.8 percent"), or None."""
    before = [f for f in counts if f.end <= s.start]
    if not before:
        return None
    f = before[-1]
    return f if _PART_GAP.fullmatch(text, f.end, s.start) and not DIGIT.search(text, f.end, s.start) else None


# A sentence that opens on its whole named in the sentence before (issue 9, fortieth round): "In its
# first year the service handled 3,400 hospital visits. Of these, 850 were by first-time users,
# accounting for 35 percent" (其中 after a full stop).
_OF_THESE = re_programs.compile(r"(?:Of|Among)[ \u00a0](?:these|them|those|which|whom)(?:[ \u00a0][a-z-]+){0,2},[ \u00a0]")


def _counts_thing(text: str, f: Figure) -> bool:
    """Whether ``f`` is a count of things: no age, no label or date, a unit that is a quantity."""
    return f.kind == "count" and f.unit not in NOT_QUANTITY and not _age(text, f) and not _label(text, f)


def _of_these_hits(text: str, groups, tolerance: float):
    for (_, phi, before), (lo, hi, inside) in zip(groups, groups[1:]):
        if not _OF_THESE.match(text, lo) or text[phi:lo].strip():
            continue  # the whole must stand in the sentence right before
        counts = [f for f in inside if _counts_thing(text, f)]
        wholes = [f for f in before if _counts_thing(text, f)]
        shares = [f for f in inside if f.kind == "percent"]
        if len(counts) != 1 or len(wholes) != 1 or len(shares) != 1 or any(f.kind == "percent" for f in before):
            continue
        p, w, s = counts[0], wholes[0], shares[0]
        if p.money != w.money or not w.value or p.value > w.value or s.start < p.end:
            continue
        if p.unit and w.unit and p.unit != w.unit and not {p.unit, w.unit} <= _PEOPLE_UNITS:
            continue
        if not (_tied(text, p, s) or _SHARE_WORD.search(text, max(lo, s.start - 40), s.start)) or _NAMED_WHOLE.match(text, s.end) \
                and not _OF_THE_TOTAL.match(text, s.end):
            continue  # the share must be the part's, of no other whole
        if CHANGE_AFTER_PCT.match(text, s.end) or BOUND_BEFORE.search(text, max(lo, s.start - 25), s.start):
            continue
        computed, _, off = _computed_share(text, s, p, w, tolerance)
        if off:
            yield over_all([w, p, s], f"{computed:.1f} percent") if slipped(s.value, computed) \
                else Hit(s.start, s.end, None, {"computed": f"{computed:.1f} percent"})


# A whole stated earlier in the story as all of its unit (issue 9, fortieth round): "all 1,362
# kilometers of rural roads" ... "roads rated good reached 1,118 kilometers, accounting for 92.1%
# of the total" (82.1). Only a share "of the total" with a part of a named unit and no other
# count in its sentence, and one such whole before it.
_OF_THE_TOTAL_END = re_programs.compile(r"[ \u00a0]of[ \u00a0]the[ \u00a0]total(?=[,.;:)]|$)")
_MORE_BEFORE = re_programs.compile(r"\b(?:[Aa]nother|[Oo]ther|[Ff]urther|[Aa]dditional|[Nn]ew|[Ee]xtra)[ \u00a0]$")
_ALL_BEFORE = re_programs.compile(r"\b(?:[Aa]ll(?:[ \u00a0](?:the|its|their))?|[Aa][ \u00a0]total[ \u00a0]of|[Tt]otal[ \u00a0]of)[ \u00a0]$")


# What a whole counts, after its unit ("all 1,362 kilometers of rural roads with ...": roads), and
# a sentence that moves to another place or body ("Nationally, 400 kilometres ...", "In the
# county, ..."), whose "total" is its own.
_WHOLE_NOUN = re_programs.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?(?:(?:the|its|their|our|this|that|these)[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,3}?"
                                  r"(?P<head>[a-z-]{3,}?)s?(?=[ \u00a0]+(?:with|in|for|and|that|which|to|on|by|from|at|under|across|of)\b|[,.;:)]|$)")
_OTHER_SCOPE = re_programs.compile(r"\b(?:[Nn]ation(?:ally|wide|al)|[Aa]cross[ \u00a0]the|[Ee]lsewhere|[Gg]lobally|[Ww]orldwide|[Oo]verall|"
                                   r"[Ii]n[ \u00a0]the[ \u00a0](?:county|province|city|country|region|district|state|rest)\b|"
                                   r"[Ii]ts[ \u00a0](?:rival|neighbour|neighbor|peer)s?|[Oo]ther[ \u00a0](?:cities|counties|provinces|regions|firms))")


def _story_whole_hits(text: str, groups, tolerance: float):
    alls = {}  # (unit, money) -> the figures given as all of their unit so far: one pass, linear
    for i, (lo, hi, inside) in enumerate(groups):
        if i:
            for f in groups[i - 1][2]:
                if f.kind == "count" and f.unit and _ALL_BEFORE.search(text, max(0, f.start - 16), f.start):
                    found = alls.setdefault((f.unit, f.money), [])
                    if len(found) < 2:
                        noun = _WHOLE_NOUN.match(text, f.end)
                        found.append((f, i - 1, noun.group("head") if noun else None))
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY and not _label(text, f)]
        shares = [f for f in inside if f.kind == "percent"]
        if len(counts) != 1 or len(shares) != 1 or not counts[0].unit:
            continue
        p, s = counts[0], shares[0]
        if s.start < p.end or not _OF_THE_TOTAL_END.match(text, s.end) or not _SHARE_WORD.search(text, max(lo, s.start - 40), s.start) \
                or s.start - p.end > 40 or DIGIT.search(text, p.end, s.start) or _ALL_BEFORE.search(text, max(lo, p.start - 16), p.start) \
                or _MORE_BEFORE.search(text, max(lo, p.start - 16), p.start):
            continue
        wholes = alls.get((p.unit, p.money), [])
        if len(wholes) != 1 or not wholes[0][0].value or p.value > wholes[0][0].value:
            continue
        w, at, noun = wholes[0]
        # the whole in the sentence right before, or what it counts named again; and no other
        # place or body in the part's sentence (issue 9, review of the fortieth round)
        if not (at == i - 1 or noun and re.search(r"\b" + re.escape(noun) + r"(?:e?s)?\b", text[lo:hi], re.IGNORECASE)) \
                or _OTHER_SCOPE.search(text, lo, p.start):
            continue
        if CHANGE_AFTER_PCT.match(text, s.end) or BOUND_BEFORE.search(text, max(lo, s.start - 25), s.start):
            continue
        computed, _, off = _computed_share(text, s, p, w, tolerance)
        if off:
            yield Hit(s.start, s.end, None, {"computed": f"{computed:.1f} percent of the {w.value:,.0f} {w.unit} given earlier"})


def share_hits(text: str, groups, tolerance: float):
    yield from _of_these_hits(text, groups, tolerance)
    yield from _story_whole_hits(text, groups, tolerance)
    for m in _FRACTION.finditer(text):
        share = _fraction_value(m)
        stated = float(m.group("pct"))
        if share and abs(stated - share) > 2.0 and abs(stated - share) > tolerance * share:
            yield Hit(m.start("pct"), m.end(), None, {"computed": f"{share:.0f} percent"})
    for lo, hi, inside in groups:
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY and not _age(text, f)]
        shares = [f for f in inside if f.kind == "percent" and (_SHARE_WORD.search(text, max(lo, f.start - 40), f.start)
                                                                 or _SHARE_APPOSED.search(text, max(lo, f.start - 20), f.start)
                                                                 or _SHARE_RATE.search(text, max(lo, f.start - 60), f.start)
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
        if CHANGE_AFTER_PCT.match(text, shares[0].end) or change_before(text, max(lo, shares[0].start - 40), shares[0].start):
            continue  # "or 40 percent more": a change, not a share
        counts = [f for f in counts if not _label(text, f)]
        s = shares[0]
        rated = False
        whole = [f for f in counts if _WHOLE_BEFORE.search(text, max(lo, f.start - 40), f.start) or _AMONG.search(text, max(lo, f.start - 30), f.start)
                 or _SHARE_OF.fullmatch(text, s.end, f.start) or _WHOLE_AFTER.match(text, f.end) and f.start < s.start]
        if len(counts) > 2:
            # more figures than a part and its whole (issue 9, fortieth round): the whole must be
            # marked ("of the 7.9 million parcels", "4.27 billion yuan, of which"), and the part is
            # the figure of its unit right before the share, in its clause ("620,000 drone orders
            # in the first quarter, 0.8 percent of the 7.9 million parcels")
            p = _part_before(text, lo, counts, s)
            if len(whole) != 1 or p is None or p is whole[0] or p.money != whole[0].money or p.start < whole[0].start and not _SHARE_OF.fullmatch(text, s.end, whole[0].start) \
                    or p.unit and whole[0].unit and p.unit != whole[0].unit and not {p.unit, whole[0].unit} <= _PEOPLE_UNITS \
                    and not (_SHARE_OF.fullmatch(text, s.end, whole[0].start) and not {p.unit, whole[0].unit} & _MEASURES):
                continue
            a, b = sorted((p, whole[0]))
            w = whole[0]
        elif len(counts) != 2 or counts[0].money != counts[1].money:
            continue
        else:
            a, b = counts
            part_of_them = [f for f in counts if _PART_OF_THEM.match(text, f.num_end)]
            if len(whole) == 1:
                w = whole[0]
            elif len(part_of_them) == 1:
                w = b if part_of_them[0] is a else a
            elif _SHARE_RATE.search(text, max(lo, s.start - 60), s.start) and a.value > b.value and b.end < s.start \
                    and _AND_CLAUSE.fullmatch(text, a.end, b.start):
                # "13 households voted and 11 agreed, an approval rate of 85 percent": a rate of
                # the later count among the earlier, the two joined by "and" (issue 9, fortieth round)
                w, rated = a, True
            else:
                continue
        p = b if w is a else a
        if p.value > w.value or not w.value:
            continue
        apposed = _tied(text, p, s) or _tied(text, s, p)
        if a.unit and b.unit and a.unit != b.unit and len(counts) == 2 and not (a.unit == "people" or b.unit == "people"
                                                           or (apposed or _tied(text, w, p)) and not {a.unit, b.unit} & _MEASURES):
            continue  # "enterprises" and "firms" apposed to the share are one set; "mu" and "hectares" are two units
        if BOUND_BEFORE.search(text, max(lo, s.start - 25), s.start):
            continue  # "more than 96 percent of the 310 million mu": a bound
        headed = bool(_HEADED_WHOLE.search(text, max(0, lo - 3), w.start)) and w.start - lo < 40  # from the mark before the sentence
        if _of_an_amount(text, s, p, w):
            continue  # "40 are state-owned and account for 60 percent of the group's revenue": a share of an amount
        if _NAMED_WHOLE.match(text, s.end) and not _SHARE_OF.fullmatch(text, s.end, w.start) and not headed \
                and not _OF_THE_TOTAL.match(text, s.end):
            continue  # "or less than 2 per cent of assets, from a peak of $14 billion": its whole is named
        # "4.6 million of the roughly 12 million volumes ..., 46 percent of the total": the share's
        # whole is the part's own (issue 9, fortieth round)
        part_of_whole = p.end <= w.start and bool(_PART_OF_WHOLE.fullmatch(text, p.end, w.start)) and bool(_OF_THE_TOTAL.match(text, s.end))
        if not (apposed or _tied(text, w, s) or _SHARE_OF.fullmatch(text, s.end, w.start) or headed and p.start < s.start or part_of_whole or rated):
            continue  # "accounted for 40 percent, and 160 of 640 stores": the share is of another whole
        if not (apposed or _tied(text, w, p) or headed or _SHARE_WORD.search(text, max(lo, s.start - 40), s.start)
                or _SHARE_APPOSED.search(text, max(lo, s.start - 20), s.start)):
            continue  # "32 percent of its 7.7 million residents are 60": a share of a whole, with no part tied
        computed, approximate, off = _computed_share(text, s, p, w, tolerance, lo)
        if off or not approximate and _outside_rounding(text, p, w, s):
            # the share apposed to the part is suspect; a part apposed to the share is the part
            target = p if p.start > s.start else s
            shown = f"{computed:.1f} percent" if target is s else f"{s.value / 100 * w.value:,.0f}"
            yield over_all([p, w, s], shown) if slipped(s.value, computed) else Hit(target.start, target.end, None, {"computed": shown})


# A share whose own "of" names an amount of money, or of goods, that the counts beside it are no
# part of (issue 9, round 43, good English written in review): "Of the 100 largest firms, 40 are
# state-owned and account for 60 percent of the group's revenue", "Of the company's 6,000
# employees, 1,500 work abroad, accounting for 40 percent of its wage bill", "90 are exporters,
# and exports make up 40 percent of their combined sales". A sum of money is never a count of
# firms or people; sales, exports or output may be a count of the goods themselves ("Of the 5,000
# cars sold, 2,000 were electric, 40 percent of sales"), so these are read as another whole only
# where the counts are of bodies or people.
_AMOUNT_OF = re_programs.compile(
    r"[ \u00a0]of[ \u00a0](?:(?!of\b)[A-Za-z][\w’'-]*[ \u00a0]){0,4}?(?:(?P<money>revenues?|turnover|income|wage[ \u00a0]bill|payroll|profits?|"
    r"earnings|spending|expenditure|assets|GDP|market[ \u00a0](?:value|capitalisation|capitalization)|budget|costs|investment|deposits|"
    r"lending|tax[ \u00a0]revenue)|(?P<goods>sales|exports|imports|output|production|trade|emissions|consumption))\b")
_BODIES = frozenset(("firms companies enterprises businesses employees workers staff people members households residents "
                     "countries states provinces cities counties banks factories farms farmers exporters shops stores "
                     "customers users clients").split())


def _of_an_amount(text: str, s, p, w) -> bool:
    """The share ``s`` of an amount its own words name after it, which the counts ``p`` and ``w``
    are no part of (``_AMOUNT_OF``)."""
    if p.money or w.money:
        return False
    m = _AMOUNT_OF.match(text, s.end)
    return bool(m) and (bool(m.group("money")) or w.unit in _BODIES or p.unit in _BODIES)


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
    approximate = any(APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in (p, w))
    if abs(share - computed) > 2.0 and abs(share - computed) > (tolerance if approximate else min(tolerance, 0.1)) * share:
        shown = f"{share / 100 * w.value:,.0f}"
        return over_all([w, p, Span(m.start(), m.end())], shown) if slipped(share, computed) else Hit(p.start, p.end, None, {"computed": shown})
    return None


# ``sum``: parts with the total they make, stated as their sum ("1,500 in 2022 and 2,300 in 2023,
# or 4,800 in the two years combined": exactly), or as a breakdown after the total ("3,200
# athletes: 1,900 men and 1,600 women"; "Of the 1.2 billion yuan raised, 800 million ... and 600
# million ..."; "18 townships, 12 in the mountains and 9 on the plain": the parts may leave some
# out, never exceed it; "comprising", "made up of": all of it).
_TOTAL_BEFORE = re_programs.compile(
    r"\b(?:(?:for|making|or|with|to)[ \u00a0])?(?:a[ \u00a0](?:combined[ \u00a0])?total[ \u00a0]of|a[ \u00a0]combined|in[ \u00a0]total|"
    r"totall?ing|totall?ed|combined|together|altogether|in[ \u00a0]all|total(?:[ \u00a0][a-z-]+){0,2}[ \u00a0](?:of|at|was|were|reached|came[ \u00a0]to|hit))"
    # an approximation, or "just" (a bound before a total is no total: the parts may pass it)
    r"(?:[ \u00a0]" + words(APPROXIMATE, ("just",)) + r")?[ \u00a0]$", re.IGNORECASE)
_TOTAL_AFTER = re_programs.compile(r"(?:[ \u00a0][a-z-]+){0,4}?[ \u00a0](?:in[ \u00a0](?:all|total)|combined|altogether|together|between[ \u00a0]them)\b",
                                   re.IGNORECASE)


_SUM_APPOSED = re_programs.compile(r",[ \u00a0]+(?:(?:or|for|making)[ \u00a0]+)?$")
# A total that goes beyond the parts named: "a total of 12,000 since 2015", "bringing the total to".
_SUM_BEYOND = re_programs.compile(r"\b(?:since|so[ \u00a0]far|to[ \u00a0]date|in[ \u00a0]the[ \u00a0]past|over[ \u00a0]the[ \u00a0]past|bringing|"
                                  r"putting|taking|including|of[ \u00a0]which|cumulative|cumulatively|accumulated)\b", re.IGNORECASE)
# Words after a total that list its parts: some of them ("of which", "including", a colon), or
# all of them ("comprising", "made up of").
_BREAKDOWN = re_programs.compile(r"(?:[ \u00a0][\w'’-]+){0,4}(?::|,[ \u00a0]+of[ \u00a0]wh(?:ich|om)|,?[ \u00a0]+(?:including|among[ \u00a0](?:them|which|whom)|with|include|includes|included))[ \u00a0]+")
# The same with a verb after the first part's name: "1.2 million tonnes, of which corn accounted
# for 700,000 tonnes, wheat 400,000 tonnes and rice 300,000 tonnes" (其中玉米占70万吨); the other
# parts follow their names with no verb. An approximation may come before the part, a bound not.
_BREAKDOWN_VERB = re_programs.compile(r"(?:[ \u00a0][\w'’-]+){0,4},[ \u00a0]+of[ \u00a0]wh(?:ich|om)[ \u00a0]+(?:[A-Za-z][\w'’-]*[ \u00a0]+){1,3}?"
                                      r"(?:accounted[ \u00a0]for|totall?ed|reached|came[ \u00a0]to|stood[ \u00a0]at|numbered|was|were)[ \u00a0]+"
                                      r"(?:(?:about|nearly|some|around|roughly|approximately)[ \u00a0]+)?")
_NAMED_PART = re_programs.compile(r"(?:,|[ \u00a0]and)[ \u00a0]+(?:[A-Za-z][\w'’-]*[ \u00a0]+){1,2}(?:(?:about|nearly|some|around|roughly|approximately)[ \u00a0]+)?$")
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
    "new old existing renovated", "import export imports exports", "passenger freight cargo",
    # stations, lines, car parks: below, above or on the ground (issue 9, thirty-third round)
    "underground elevated above-ground overground surface"))
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


# A part that is the subject of a clause of its own: a verb right after it, a form of "be" or
# "have" or a modal ("60 are women", "300 have a degree"), or a word that is no plural noun with
# a preposition or determiner after it ("40 voted for the motion", "200 export to Europe", "800
# own a car"). Each clause names a property of its part, and two properties of one group may
# overlap ("Of the 50 members, 40 voted for the motion and 30 voted for the amendment"; "90
# players, of whom 60 are women and 45 are under 40").
_CLAUSE_VERB = re_programs.compile(
    r"[ \u00a0](?:(?:are|were|is|was|have|has|had|do|did|can|could|will|would|may|might|must|should)\b"
    r"|(?!(?:men|women|children|people|staff|police|personnel|cattle|sheep|livestock|poultry|yuan|mu|head|more|fewer|less|"
    r"of|in|on|at|to|for|from|by|with|and|or|but|than|per|each|who|which|that|the|a|an)\b)"
    r"[a-z][a-z-]*(?<![^s]s)(?=[ \u00a0](?:to|for|on|at|in|into|from|with|about|against|by|a|an|the|their|its|his|her|some|no|one|two|three)[ \u00a0]"
    # ... or a time or a frequency after the verb ("8 work 40 hours a week", "20 work nights", "10 run
    # twice a day"): a habit of the part, which another part may share (detect44a)
    r"|[ \u00a0](?:\d|every\b|each\b|twice\b|once\b|daily\b|weekly\b|nightly\b|overtime\b|part-time\b|full-time\b"
    r"|(?:nights|weekends|evenings|mornings|shifts)\b)))")
# Clauses that keep their parts apart: a word of one partition after the verb ("40 are women
# and 35 are men"), or a place of living, being or coming from ("40 live in the city and 30
# live in the suburbs", "came from").
_CLAUSE_PLACED = re_programs.compile(r"[ \u00a0](?:are|were|is|was|live|lived|living|come|came|went|go|born|stay|stayed|settled|"
                                     r"moved|work|worked|based|located)(?:[ \u00a0](?:born|based|located|living|now|still))?"
                                     r"[ \u00a0](?:in|on|at|from|across|under)[ \u00a0]")
_CLAUSE_COMPLEMENT = re_programs.compile(r"[ \u00a0][a-z]+(?:[ \u00a0](?:a|an|the))?[ \u00a0]([a-z][a-z-]*)")


def _own_clauses(text: str, parts) -> bool:
    """Whether a part is the subject of a clause of its own (the others may leave their verb
    out: "40 voted for the motion and 30 for the amendment"; or have one this test does not
    know: "350 work nights and 300 have a degree"), and the clauses do not keep the parts apart."""
    # the verb right after the figure, or after its unit with a participle after it ("30 million
    # mu is irrigated and 25 million mu is terraced": two properties of one farmland, which may
    # overlap; round 43), not a kind ("300,000 tonnes were rice and 160,000 tonnes were wheat")
    # (only a form of "be" after the unit moves the verb there: "60 deputies voted for" is a
    # clause of its own, as "60 voted for" is; second reading of round 43)
    at = [_unit_end(text, f) if not _CLAUSE_VERB.match(text, f.num_end) and _BE_AFTER.match(text, _unit_end(text, f))
          else f.num_end for f in parts]
    if any(a != f.num_end for a, f in zip(at, parts)) and not all(_participle_after(text, a) for a in at):
        return False  # a verb after a unit names a kind unless every part has a participle
    if any(a != f.num_end for a, f in zip(at, parts)) and _negated_pair(text, at):
        return False  # "3,000 km are paved and 2,000 km are unpaved": a word and its negation part one whole
    verbs = [_CLAUSE_VERB.match(text, a) for a in at]
    if not any(verbs):
        return False
    if all(_CLAUSE_PLACED.match(text, a) or _PLACED.match(text, a) and not verb
           for a, verb in zip(at, verbs)):
        return False
    words = []
    for a, verb in zip(at, verbs):
        m = (_CLAUSE_COMPLEMENT if verb else _WORD_AFTER).match(text, a)
        words.append(m.group(1) if m else "")
    if all(not verb or verb.group().strip() in _BE for verb in verbs) and all(_plural_noun(w) for w in words):
        return False  # "of whom 420 are farmers and 380 are traders": kinds named, a breakdown
    return not (len(set(words)) == len(words) and any(set(words) <= g for g in _PARTITIONS))


_BE = frozenset(("are", "were", "is", "was"))
_BE_AFTER = re_programs.compile(r"[ \u00a0](?:are|were|is|was|has[ \u00a0]been|have[ \u00a0]been)\b")


_VERB_WORD = re_programs.compile(r"[ \u00a0][a-z]+(?:[ \u00a0]been)?[ \u00a0]([a-z][a-z-]*)")
# a unit the figure reader does not know, one lower-case word before a form of "be" ("3,000 km
# are paved", "20 sq-km is fenced"; review rm43a)
_UNIT_BEFORE_BE = re_programs.compile(r"[ \u00a0][a-z][a-z.-]{0,11}(?=[ \u00a0](?:are|were|is|was|has[ \u00a0]been|have[ \u00a0]been)[ \u00a0])")
# past participles that do not end in -ed or -en, and adjectives of what can be done ("is lit",
# "were sold", "was built", "is navigable"): each names a property, as "is irrigated" does
_IRREGULAR_PARTICIPLES = frozenset(("lit sold built paid held made laid kept set cut shut spent lost won bought brought "
                                    "caught taught sent lent left fed led bound found put dug hung struck shot sunk "
                                    "worn torn sworn born borne drawn shown known sown flown thrown grown done run spun "
                                    "split spread shed read let cast").split())


def _unit_end(text: str, f) -> int:
    """Where the figure's unit ends: its own end, or after one lower-case word before a form of
    "be" where the figure reader left the unit out."""
    if f.end > f.num_end:
        return f.end
    m = _UNIT_BEFORE_BE.match(text, f.num_end)
    return m.end() if m else f.num_end


def _participle_after(text: str, pos: int) -> bool:
    """A verb at ``pos`` (``_CLAUSE_VERB``) with a participle after it ("is irrigated", "were
    sold abroad", "has been cleared")."""
    if not _CLAUSE_VERB.match(text, pos):
        return False
    m = _VERB_WORD.match(text, pos)
    word = m.group(1) if m else ""
    return word.endswith(("ed", "en")) and word not in ("red", "green", "children", "women", "men") \
        or word in _IRREGULAR_PARTICIPLES or len(word) > 5 and word.endswith(("able", "ible"))


def _negated_pair(text: str, at) -> bool:
    """Whether two parts' participles are a word and its negation ("paved" and "unpaved",
    "listed" and "non-listed"): together they part the whole, and cannot overlap."""
    words = {m.group(1) for m in (_VERB_WORD.match(text, a) for a in at) if m}
    return any(w[len(prefix):] in words for w in words for prefix in ("un", "non-", "non") if w.startswith(prefix))


def _plural_noun(word: str) -> bool:
    return word in ("men", "women", "children", "people") or len(word) > 3 and word.endswith("s") and not word.endswith("ss")


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
    return all(len(GAP_WORDS.findall(text[a.end:b.start])) <= 8 and not re.search(r"[:;]", text[a.end:b.start])
               for a, b in zip(parts, parts[1:]))


# A rate per unit of time right after a figure and its unit ("30 tonnes an hour", "8 hours a
# day", "12 km per hour", "twice a week"): a flow, not a count, and no part of a count's total
# (detect44a, correct English written in review).
_PER_TIME = re_programs.compile(r"(?:[ \u00a0]+of[ \u00a0]+[a-z-]+)?[ \u00a0]+(?:an?|per|each|every)[ \u00a0]+"
                                r"(?:second|minute|hour|day|night|week|fortnight|month|year|shift|season)\b"
                                # "a year ago", "a week earlier": a moment, not a rate
                                r"(?![ \u00a0]+(?:ago|earlier|later|before|after)\b)|/(?:h|hr|day|yr)\b")


def _rated_part(text: str, total, parts) -> bool:
    """Whether a part is a rate per unit of time and the total is none ("50 tonnes of silt: 30
    tonnes an hour in spring and 25 tonnes in summer"): a rate adds to rates only. A total's rate
    carries to its parts, which English says once ("500 cars a week, 300 on the day shift and
    250 on the night shift" is still read)."""
    return not _PER_TIME.match(text, total.end) and any(_PER_TIME.match(text, f.end) for f in parts)


_GAP_VERB = re_programs.compile(r"\b(?:accounted|totall?ed|reached|was|were|is|are|rose|fell|grew|came|stood|numbered)\b")


def _finite_gap(text: str, start: int, end: int) -> bool:
    """Whether a verb stands between two parts: each then has a clause of its own, and may be a
    part of another whole."""
    return bool(_GAP_VERB.search(text, start, end))


def sum_hits(text: str, groups):
    for lo, hi, inside in groups:
        if any(f.kind in ("percent", "points") for f in inside):
            continue
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY and not _age(text, f)]
        if len(counts) < 3 or len({f.money for f in counts}) > 1:
            continue
        last, parts = counts[-1], counts[:-1]
        named = _one_unit(counts) and (_TOTAL_BEFORE.search(text, max(lo, last.start - 40), last.start)
                                       or _SUM_APPOSED.search(text, max(lo, last.start - 12), last.start) and _TOTAL_AFTER.match(text, last.end))
        if named and _one_list(text, parts) and not _SUM_BEYOND.search(text, parts[0].start, hi) \
                and not _TOTAL_BEFORE.search(text, lo, parts[0].start) and not _rated_part(text, last, parts):
            total = sum(f.value for f in parts)
            slack = 0.1 if any(APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in counts) else 0.02
            if abs(total - last.value) > slack * last.value + 1e-9:
                yield over_all(counts, f"{total:,.0f}") if slipped(total, last.value) else Hit(last.start, last.end, None, {"computed": f"{total:,.0f}"})
            continue
        first, parts = counts[0], counts[1:]
        between = text[first.end:parts[0].start]
        if DIGIT.search(between) or not _one_list(text, parts) or len({f.unit for f in counts if f.unit in _MEASURES}) > 1:
            continue  # "$899 in the US, £849 in the UK and €949 in Germany": one price in three currencies
        whole = _WHOLE_LIST.fullmatch(text, first.end, parts[0].start)
        listed = _BREAKDOWN.fullmatch(text, first.end, parts[0].start) or (
            _BREAKDOWN_VERB.fullmatch(text, first.end, parts[0].start)
            and all(_NAMED_PART.search(text, a.end, b.start) and not _finite_gap(text, a.end, b.start)
                    for a, b in zip(parts, parts[1:])))
        headed = _HEADED_WHOLE.search(text, max(0, lo - 3), first.start) and first.start - lo < 40  # from the mark before the sentence
        apposed = _PARTS_APPOSED.fullmatch(text, first.end, parts[0].start)
        if not (whole or listed and not between.rstrip().endswith(("including", "with", "include", "includes", "included"))
                or (listed or headed or apposed) and _apart(text, parts)):
            continue  # "Of the 500 students, 300 are girls and 250 are boarders": parts that may overlap
        if not whole and _own_clauses(text, parts):
            continue  # "of whom 60 are women and 45 are under 40": two properties of one group
        if _rated_part(text, first, parts):
            continue  # "50 tonnes of silt: 30 tonnes an hour in spring and ...": a flow is no part of a count
        total = sum(f.value for f in parts)
        slack = 0.1 if APPROX_BEFORE.search(text, max(lo, first.start - 20), first.start) else 0.0
        if whole and abs(total - first.value) > max(slack, 0.02) * first.value or not whole and total > first.value * (1 + slack) + 1e-9:
            shown = f"{total:,.0f} in the parts listed after it"
            yield over_all(counts, shown) if slipped(total, first.value) else Hit(first.start, first.end, None, {"computed": shown})


# Trade: exports and imports make up total trade, and their difference is the surplus or deficit
# ("Exports were 1.2 billion dollars and imports 900 million dollars, bringing total trade to 2.5
# billion dollars"). Each money figure is read as the trade word nearest before it.
_TRADE_WORD = re_programs.compile(r"\b(?P<w>exports?|imports?|(?:trade[ \u00a0])?(?:surplus|deficit)|trade)\b", re.IGNORECASE)
_CAPITAL = re_programs.compile(r"\b[A-Z][\w'’-]*")


def trade_hits(text: str, groups):
    for lo, hi, inside in groups:
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
        slack = 0.1 if any(APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in money) else 0.03
        if "trade" in named:
            t = named["trade"]
            if abs(e + i - t.value) > slack * t.value:
                shown = f"{e + i:,.0f}, the exports and imports beside it"
                yield over_all(money, shown) if slipped(e + i, t.value) else Hit(t.start, t.end, None, {"computed": shown})
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


def shares_sum_hits(text: str, groups):
    for lo, hi, inside in groups:
        shares = [f for f in inside if f.kind == "percent" and not change_before(text, max(lo, f.start - 40), f.start)
                  and not CHANGE_AFTER_PCT.match(text, f.end) and not BOUND_BEFORE.search(text, max(lo, f.start - 25), f.start)]
        if len(shares) < 2 or len(shares) != sum(f.kind in ("percent", "points") for f in inside) or not _one_list(text, shares):
            continue
        if any(f.value > 100 for f in shares):
            continue
        respective = _ONE_WHOLE_RESPECTIVELY.match(text, shares[-1].end) and _SHARE_VERB.search(text, max(lo, shares[0].start - 40), shares[0].start)
        partition = _partition_around(text, shares) or _partition_before(text, lo, shares)
        rest = _REST_BEFORE.search(text, shares[-2].end, shares[-1].start) or _REST_AFTER.match(text, shares[-1].end)
        if _RANGE_BETWEEN.search(text, max(lo, shares[0].start - 12), shares[0].start):
            continue  # "between 1.70% and 1.85%": a range
        if not (respective or partition or rest):
            continue
        approximate = any(APPROX_BEFORE.search(text, max(lo, f.start - 20), f.start) for f in shares)
        total = sum(f.value for f in shares)
        slack = 3.0 if approximate else 1.0
        if total > 100 + slack or rest and not partition and not respective and abs(total - 100) > slack:
            yield Hit(shares[-1].start, shares[-1].end, None, {"computed": f"{total:g} percent in all"})


_PART_WORD = re_programs.compile(r"[a-z][a-z-]*")
_SHARE_OF_WHOLE = re_programs.compile(r"[ \u00a0]+of[ \u00a0]")


def _partition_before(text: str, lo: int, shares) -> bool:
    """Whether each share follows its own part of one partition, the first with a verb of
    sharing ("Primary industry accounted for 30 percent, secondary industry 40 percent and
    tertiary industry 40 percent"; "urban residents made up 62 percent and rural residents 45
    percent"), and at most one names its whole ("of GDP"), so that all are shares of one."""
    if not _SHARE_VERB.search(text, max(lo, shares[0].start - 40), shares[0].start):
        return False
    if sum(1 for f in shares if _SHARE_OF_WHOLE.match(text, f.end)) > 1:
        return False  # "60 percent of exports and 50 percent of imports": two wholes
    words, begin = [], lo
    for f in shares:
        named = [w for w in _PART_WORD.findall(text[begin:f.start].lower()) if any(w in g for g in _PARTITIONS)]
        if not named:
            return False
        words.append(named[-1])
        begin = f.end
    return len(set(words)) == len(words) and any(set(words) <= g for g in _PARTITIONS)


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


# A group of a place's residents larger than the place's population, in one sentence or the one
# after it ("The county has a population of 320,000. Its 450,000 farmers ..."): a part over its
# whole. Visitors, tourists and passengers come from elsewhere and are no part.
_POPULATION_OF = re_programs.compile(r"\bpopulation[ \u00a0]+(?:of|is|was|stands[ \u00a0]+at|stood[ \u00a0]+at|reached|totall?ing|totall?ed)"
                                     r"(?:[ \u00a0]+(?:about|nearly|some|around|roughly|approximately|just[ \u00a0]+over|over|more[ \u00a0]+than))?[ \u00a0]+$"
                                     r"|\b(?:home[ \u00a0]+to|a[ \u00a0]+(?:city|county|town|township|village|district|province|region)[ \u00a0]+of)"
                                     r"(?:[ \u00a0]+(?:about|nearly|some|around|roughly|over|more[ \u00a0]+than))?[ \u00a0]+$", re.IGNORECASE)
_RESIDENTS = frozenset(("residents inhabitants villagers farmers households families students pupils children workers "
                        "employees retirees pensioners elderly women men voters").split())


def population_hits(text: str, groups):
    previous = None
    for lo, hi, inside in groups:
        population = [f for f in inside if f.kind == "count" and not f.money and _POPULATION_OF.search(text, max(lo, f.start - 40), f.start)
                      and f.unit in (None, "people", "residents", "inhabitants")]
        if len(population) == 1:
            p = population[0]
            here = [f for f in inside if f is not p and f.kind == "count" and f.unit in _RESIDENTS and not BOUND_BEFORE.search(text, max(lo, f.start - 25), f.start)]
            after = previous is not None and previous[0] == "population"
            for f in here:
                stop = re.search(r"[,;.]", text[f.end:min(hi, f.end + 40)])
                if f.value > p.value * 1.05 and not _OTHER_PLACE.search(text, min(p.end, f.start), f.end + (stop.start() if stop else 40)):
                    shown = f"more {f.unit} than the population of {text[p.start:p.end]}"
                    yield over_all([p, f], shown) if slipped(f.value, p.value) else Hit(f.start, f.end, None, {"computed": shown})
            previous = ("population", p, hi)
            continue
        if previous and previous[0] == "population" and not LETTER.search(text, previous[2], lo):
            p = previous[1]
            for f in inside:
                if f.kind == "count" and f.unit in _RESIDENTS and _ITS.search(text, max(lo, f.start - 12), f.start) and f.value > p.value * 1.05:
                    yield Hit(f.start, f.end, None, {"computed": f"more {f.unit} than the population of {text[p.start:p.end]} before it"})
        previous = None


# Another place between the population and the group ("nationwide", "the province's"), or the
# group taken up as the place's own in the next sentence ("Its 450,000 farmers", "the county's").
_OTHER_PLACE = re_programs.compile(r"\b(?:nationwide|national|across|province-wide|countrywide|in[ \u00a0]+the[ \u00a0]+(?:province|country|region)|"
                                   r"the[ \u00a0]+(?:province|country|region|nation)['’]s|[A-Z][a-z]+['’]s)\b")
_ITS = re_programs.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he[ \u00a0]+(?:county|city|town|township|village|district)['’]s)[ \u00a0]+$")

