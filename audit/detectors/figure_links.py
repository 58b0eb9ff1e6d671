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
from typing import List, Optional

from . import Hit, Key, ParamError, register
from .. import re_programs
from .figure_reading import NOT_QUANTITY, Figure, figures, grouped, sentences
from .figures_common import (APPROXIMATE_OR_BOUND, AVERAGE, BOUND_BEFORE, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_FROM,
                             COUNT_WORDS, DIGIT, MULTIPLE, PARTS, QUALIFIED, SHARE, significant, tenfold)

def _power_of_ten(a: float, b: float) -> int:
    """k when the larger of a and b is 10**k times the smaller (1 <= k <= 4), else 0."""
    if a <= 0 or b <= 0 or a == b:
        return 0
    k = math.log10(max(a, b) / min(a, b))
    if not math.isfinite(k):
        return 0  # a ratio past the largest float: no power of ten between 10 and 10,000
    r = round(k)
    return r if 1 <= r <= 4 and abs(k - r) < 1e-9 else 0


# ``restated``: the definite words that take a figure up again, right before it.
_DEFINITE = re_programs.compile(r"(?:\b(?:the|The|those|Those|these|These|this|This|of[ \u00a0]the|all[ \u00a0]the)[ \u00a0])$")
_TENFOLD = tenfold(thousand=True)  # restated pairs are 10 to 10,000 apart
_RESTATE_REACH = 800  # characters back to the antecedent: a restatement is close to what it restates


def _restated_hits(text: str, figs: List[Figure]):
    if _TENFOLD.search(text):
        return
    last, seen = {}, set()  # the latest figure of each unit, every value so far: one pass
    for f in figs:
        g = last.get((f.unit, f.kind))
        known = f.value in seen
        last[(f.unit, f.kind)] = f
        seen.add(f.value)
        if f.kind == "count" and (not f.unit or f.unit in NOT_QUANTITY) or f.kind not in ("count", "percent"):
            continue
        if g is None or known or f.start - g.start > _RESTATE_REACH:
            continue
        if not _DEFINITE.search(text, max(0, f.start - 8), f.start) or QUALIFIED.match(text, f.end):
            continue
        if g.money != f.money or len(significant(f.value)) < 2 or not _power_of_ten(g.value, f.value):
            continue
        yield Hit(f.start, f.end, None, {"computed": f"{text[g.start:g.end]} given before it"})


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


def _pair_hits(text: str, sentences, tolerance: float):
    for lo, hi, inside in sentences:
        changes = _changes(text, lo, hi, inside)
        if len(changes) != 1:
            continue
        start, end, kind, amount, falling, loose = changes[0]
        if BOUND_BEFORE.search(text[max(lo, start - 25):start].lower()):
            continue
        ends = [f for f in inside if f.kind == "count" and not (f.start >= start and f.end <= end)
                and f.unit not in NOT_QUANTITY]
        if len(ends) != 2 or sum(f.kind == "percent" for f in inside) != (kind == "percent"):
            continue  # another percentage beside the change: which figures it links is unclear
        a, b = ends
        if a.unit and b.unit and a.unit != b.unit or a.money != b.money:
            continue
        if not any(_BASE_BEFORE.search(text, max(lo, f.start - 30), f.start) and not _BOUND_THAN.search(text, max(lo, f.start - 30), f.start)
                   or _BASE_AFTER.match(text, f.end) for f in ends):
            continue
        if a.value <= 0 or b.value <= 0:
            continue
        if _CLAUSE_BREAK.search(text, min(start, a.start), max(end, b.end)):
            continue  # "gained 2.8% ..., and analysts raised their forecast to 7.05 from 7.15": two clauses
        ratio = max(a.value, b.value) / min(a.value, b.value)
        if kind == "percent":
            computed = (1 - 1 / ratio) * 100 if falling else (ratio - 1) * 100
            if abs(amount - computed) > 1.0 and abs(amount - computed) > tolerance * computed:
                yield Hit(start, end, None, {"computed": f"{computed:.1f} percent"})
        else:
            stated = 1 / amount if amount < 1 else amount
            fits = [stated, stated + 1] if loose else [stated]
            if all(abs(ratio - s) > tolerance * s for s in fits):
                yield Hit(start, end, None, {"computed": f"a ratio of {ratio:.2f}"})


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
_AGE_AFTER = re_programs.compile(r"[ \u00a0]?-?years?-olds?\b", re.IGNORECASE)


def _age(text: str, f: Figure) -> bool:
    return not f.unit and bool(_AGE_BEFORE.search(text, max(0, f.start - 20), f.start) or _AGE_AFTER.match(text, f.num_end))
_SHARE_OF = re_programs.compile(r"[ \u00a0]of(?:[ \u00a0][\w’'-]+){0,5}[ \u00a0]")


def _tied(text: str, first: Figure, second: Figure) -> bool:
    return first.end <= second.start and bool(_SHARE_TIE.fullmatch(text, first.end, second.start))


def _share_hits(text: str, sentences, tolerance: float):
    for m in _FRACTION.finditer(text):
        share = _fraction_value(m)
        stated = float(m.group("pct"))
        if share and abs(stated - share) > 2.0 and abs(stated - share) > tolerance * share:
            yield Hit(m.start("pct"), m.end(), None, {"computed": f"{share:.0f} percent"})
    for lo, hi, inside in sentences:
        shares = [f for f in inside if f.kind == "percent" and (_SHARE_WORD.search(text, max(lo, f.start - 40), f.start)
                                                                 or _SHARE_APPOSED.search(text, max(lo, f.start - 20), f.start))]
        for f in shares:
            if f.value > 100 and _SHARE_WORD.search(text, max(lo, f.start - 40), f.start):
                yield Hit(f.start, f.end, None, {"computed": "a share of at most 100 percent"})
        if len(shares) != 1 or sum(f.kind == "percent" for f in inside) != 1:
            continue
        if _CHANGE_AFTER_PCT.match(text, shares[0].end) or _CHANGE_BEFORE_PCT.search(text, max(lo, shares[0].start - 40), shares[0].start):
            continue  # "or 40 percent more": a change, not a share
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY and not _age(text, f)]
        if len(counts) != 2 or counts[0].money != counts[1].money:
            continue
        a, b = counts
        if a.unit and b.unit and a.unit != b.unit and not (a.unit == "people" or b.unit == "people"):
            continue
        whole = [f for f in counts if _WHOLE_BEFORE.search(text, max(lo, f.start - 30), f.start)]
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
        s = shares[0]
        if _NAMED_WHOLE.match(text, s.end) and not _SHARE_OF.fullmatch(text, s.end, w.start):
            continue  # "or less than 2 per cent of assets, from a peak of $14 billion": its whole is named
        if not (_tied(text, p, s) or _tied(text, w, s) or _tied(text, s, p) or _SHARE_OF.fullmatch(text, s.end, w.start)):
            continue  # "accounted for 40 percent, and 160 of 640 stores": the share is of another whole
        computed = p.value / w.value * 100
        if abs(s.value - computed) > 1.0 and abs(s.value - computed) > tolerance * computed:
            # the share apposed to the part is suspect; a part apposed to the share is the part
            target = p if p.start > s.start else s
            yield Hit(target.start, target.end, None, {"computed": f"{computed:.1f} percent" if target is s
                                                       else f"{s.value / 100 * w.value:,.0f}"})


# ``per-capita``
_EACH_AFTER = re_programs.compile(
    r"[ \u00a0]+(?:each|apiece|a[ \u00a0]head|per[ \u00a0](?:person|capita|head|household|resident|villager|family|member|worker|farmer|student)|"
    r"a[ \u00a0](?:person|household|family|resident))\b", re.IGNORECASE)
_EACH_BEFORE = re_programs.compile(r"\b(?:per[ \u00a0]capita(?:[ \u00a0][a-z]+){0,3}?[ \u00a0](?:of|at|stands[ \u00a0]at|stood[ \u00a0]at|was|is|reached|hit|to)"
                                   r"|an[ \u00a0]average[ \u00a0]of)(?:[ \u00a0](?:about|nearly|some|around|roughly))?[ \u00a0]$",
                                   re.IGNORECASE)
_PEOPLE = frozenset(("people persons residents villagers inhabitants households families farmers workers students "
                     "members pupils employees").split())
_POPULATION = re_programs.compile(r"\bpopulation[ \u00a0](?:of|is|was|stands[ \u00a0]at|reached)(?:[ \u00a0](?:about|nearly|some|around|roughly|over|more[ \u00a0]than))?[ \u00a0]$",
                                  re.IGNORECASE)


# The amount each apposed to the total: "36 million yuan in dividends, or 300 yuan each", with
# the count between at most ("4.2 million yuan to its 1,400 members, or 300 yuan per member").
_APPOSED = re_programs.compile(r"(?:,[ \u00a0]+(?:or|an[ \u00a0]average[ \u00a0]of|averaging|or[ \u00a0]about)|[ \u00a0]\((?:about)?)[ \u00a0]?$")


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


def _per_capita_hits(text: str, sentences):
    for lo, hi, inside in sentences:
        inside = [f for f in inside if f.kind == "count"]
        each = [f for f in inside if _EACH_AFTER.match(text, f.end) or _EACH_BEFORE.search(text, max(lo, f.start - 40), f.start)]
        heads = [f for f in inside if f.unit in _PEOPLE or _POPULATION.search(text, max(lo, f.start - 30), f.start)]
        if len(each) != 1 or len(heads) != 1 or each[0] is heads[0]:
            continue
        totals = [f for f in inside if f is not each[0] and f is not heads[0]]
        if len(totals) != 1:
            continue
        t, n, a = totals[0], heads[0], each[0]
        if not (a.start > t.end and _apposed(text, t, a, n) or _same_measure(text, lo, t, a)):
            continue  # "... and spent 80 million yuan on schools": another quantity
        if t.money != a.money or (t.unit and a.unit and t.unit != a.unit) or not n.value or not a.value:
            continue
        computed = t.value / n.value
        if not 1 / 1.5 <= a.value / computed <= 1.5:
            yield Hit(a.start, a.end, None, {"computed": f"{computed:,.0f}"})


# ``sum``: parts with the total they make, stated as their sum ("1,500 in 2022 and 2,300 in 2023,
# or 4,800 in the two years combined": exactly), or as a breakdown after a colon or "of which"
# ("3,200 athletes: 1,900 men and 1,600 women": the parts may leave some out, never exceed it).
_SUM_AFTER = re_programs.compile(
    r",[ \u00a0]+(?:(?:or|for|making|a[ \u00a0]combined(?:[ \u00a0]total[ \u00a0]of)?|together|combined|totall?ing|in[ \u00a0]all)"
    r"(?:[ \u00a0](?:a[ \u00a0]total[ \u00a0]of|a[ \u00a0]combined))?[ \u00a0])?$", re.IGNORECASE)
_SUM_WORD = re_programs.compile(r"\b(?:combined|together|altogether|in[ \u00a0](?:all|total)|a[ \u00a0]combined|totall?ing|between[ \u00a0]them)\b",
                                re.IGNORECASE)
# A total that goes beyond the parts named: "a total of 12,000 since 2015".
_SUM_BEYOND = re_programs.compile(r"\b(?:since|so[ \u00a0]far|to[ \u00a0]date|in[ \u00a0]the[ \u00a0]past|over[ \u00a0]the[ \u00a0]past|bringing|including|of[ \u00a0]which)\b",
                                  re.IGNORECASE)
_BREAKDOWN = re_programs.compile(r"(?::|,[ \u00a0]+of[ \u00a0]wh(?:ich|om))[ \u00a0]+$")


def _sum_hits(text: str, sentences):
    for lo, hi, inside in sentences:
        if any(f.kind in ("percent", "points") for f in inside):
            continue
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY]
        if len(counts) < 3 or len({f.money for f in counts}) > 1:
            continue
        last, parts = counts[-1], counts[:-1]
        if len({f.unit for f in counts if f.unit}) == 1 and _SUM_AFTER.search(text, max(lo, last.start - 30), last.start) and _SUM_WORD.search(text, max(lo, last.start - 30), hi) \
                and not _SUM_BEYOND.search(text, last.end, hi) and " and " in text[parts[0].end:last.start]:
            total = sum(f.value for f in parts)
            if abs(total - last.value) > 0.02 * last.value + 1e-9:
                yield Hit(last.start, last.end, None, {"computed": f"{total:,.0f}"})
            continue
        first, parts = counts[0], counts[1:]
        if _BREAKDOWN.search(text, first.end, parts[0].start) and DIGIT.search(text, first.end, parts[0].start) is None:
            total = sum(f.value for f in parts)
            if " and " in text[parts[-2].end:parts[-1].start] and total > first.value * (1 + (0.1 if _APPROX_BEFORE.search(text, max(lo, first.start - 20), first.start) else 0)):
                yield Hit(first.start, first.end, None, {"computed": f"{total:,.0f} in the parts listed after it"})


_APPROX_BEFORE = re_programs.compile(r"\b" + APPROXIMATE_OR_BOUND + r"[ \u00a0]$", re.IGNORECASE)


@register("figure_links", {
    "shapes": Key((list,), ["restated", "pair", "share", "per-capita", "sum"],
                  "which ties to check: restated, pair, share, per-capita, sum"),
    "tolerance": Key((int, float), 0.25, "a relative gap above this between a stated and a computed figure is flagged"),
}, fields=("computed",))
def prepare(p):
    unknown = set(p["shapes"]) - {"restated", "pair", "share", "per-capita", "sum"}
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
        yield from _pair_hits(text, _uncovered(text, groups, (CHANGE_BEFORE, CHANGE_AFTER, CHANGE_FROM, MULTIPLE)),
                              state["tolerance"])
    if "share" in shapes:
        yield from _share_hits(text, _uncovered(text, groups, (SHARE,)), state["tolerance"])
    if "sum" in shapes:
        yield from _sum_hits(text, _uncovered(text, groups, (PARTS,)))
    if "per-capita" in shapes:
        yield from _per_capita_hits(text, _uncovered(text, groups, (AVERAGE,)))
