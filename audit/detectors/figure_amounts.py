"""The ``figure_links`` shapes of amounts: ``per-capita`` (an amount each against a total and
the count it is per, a rate per thousand, an average per day), ``currency`` (an amount against
its value in another currency) and ``magnitude`` (the money of a whole project or economy with
no scale word)."""
from __future__ import annotations

import math
import re
from typing import List, Optional

from . import Hit
from .. import re_programs
from .figure_reading import Figure, NOT_QUANTITY
from .figures_common import APPROXIMATE_OR_BOUND, DIGIT, slipped
from .figure_ties import LETTER, PEOPLE_CLASS, over_all, singular, unit_class


# ``currency``: an amount with its value in another currency apposed ("1.2 million yuan,
# roughly 17,000 euros"; "1 billion yuan, or roughly HK$11 billion"), where the rate between the
# two is outside the band the currencies have kept (yuan a unit, widened by half on each side:
# a slipped 万 or 亿 moves it tenfold). Yuan against US dollars is ``arithmetic``'s.
_YUAN_PER = {"yuan": (1.0, 1.0), "dollars": (5.5, 8.8), "euros": (6.5, 9.5), "pounds": (7.5, 12.5), "yen": (0.04, 0.09),
             "won": (0.0045, 0.0075), "hk-dollars": (0.7, 1.15), "nt-dollars": (0.19, 0.26), "s-dollars": (4.5, 5.6),
             "a-dollars": (4.3, 5.6), "c-dollars": (4.6, 6.0)}
_CONVERTED = re_programs.compile(r"(?:,[ \u00a0]*|[ \u00a0]*\([ \u00a0]*|[ \u00a0]+)(?:(?:or|about|roughly|around|approximately|nearly|some|almost|"
                                 r"equivalent[ \u00a0]to|the[ \u00a0]equivalent[ \u00a0]of|worth|or[ \u00a0]about|just[ \u00a0](?:over|under))[ \u00a0]+)*")


def currency_hits(text: str, figs: List[Figure]):
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
            yield over_all([a, b], shown) if slipped(mid, b.value) else Hit(b.start, b.end, None, {"computed": shown})


_RANGE_NEAR = re_programs.compile(r"[ \u00a0]*(?:to|[-–])[ \u00a0]*(?:[$¥€£]|HK\$)?[ \u00a0]?\d")
_RANGE_NEAR_BEFORE = re_programs.compile(r"(?:\bto|[-–])[ \u00a0]*$")


# ``magnitude``: an amount of a whole project, budget or economy written without its scale word
# ("will invest a total of 4.6 yuan in the new terminal"): 亿 or 万 dropped on the way.
_AGGREGATE = re_programs.compile(
    r"\b(?:invest|invests|invested|investing|investment|GDP|gross[ \u00a0]domestic[ \u00a0]product|revenue|revenues|"
    r"output[ \u00a0]value|turnover|funding|financing|fiscal|trade[ \u00a0]volume|retail[ \u00a0]sales)\b"
    r"(?:[ \u00a0]+[\w'’-]+){0,4}?[ \u00a0]+(?:" + APPROXIMATE_OR_BOUND + r"[ \u00a0]+)?$", re.IGNORECASE)
# An amount each or a price: small on purpose ("a budget of 80 yuan per pupil", "a fare of 2 yuan").
_SMALL_ON_PURPOSE = re_programs.compile(r"\b(?:per|each|apiece|a[ \u00a0]head|every|a|an)[ \u00a0]+(?:capita|person|head|[a-z]+)\b|[ \u00a0]*/",
                                        re.IGNORECASE)


_PRICE_WORD = re_programs.compile(r"\b(?:price|prices|fare|fares|fee|fees|ticket|tickets|wage|wages|salary|salaries|pension|"
                                  r"subsidy|subsidies|allowance|bonus|per|each|average|cents?|coins?|bill|note|tip|cup|bottle|kilogram|kilo|jin)\b",
                                  re.IGNORECASE)


# A scale word in capitals after the figure, as wire briefs set their bullets ("* Q4 TOTAL
# REVENUES RMB7.34 BILLION VS RMB7.25 BILLION"): the figure has its scale (issue 9, round 43).
_SCALE_IN_CAPITALS = re_programs.compile(r"[ \u00a0]*(?:THOUSAND|MILLION|BILLION|TRILLION|Million|Billion|Trillion|BN|MN|TN)\b")


def magnitude_hits(text: str, groups):
    for lo, hi, inside in groups:
        for f in inside:
            if f.kind != "count" or not f.money or f.value >= 1000 or " " in text[f.start:f.num_end].strip() \
                    or re.search(r"(?:bn|mn|tn|m|k)$", text[f.start:f.num_end]) or _SCALE_IN_CAPITALS.match(text, f.num_end):
                continue  # a figure with its scale ("4.6 billion", "$4.6bn", "RMB7.34 BILLION") or large enough to be whole
            if not _AGGREGATE.search(text, max(lo, f.start - 60), f.start) or _SMALL_ON_PURPOSE.match(text, f.end):
                continue
            if len(text[f.num_end:f.end].split()) > 1:
                continue  # "3.8 yi yuan": a Chinese unit between, which number_units reads
            if _PRICE_WORD.search(text, max(lo, f.start - 40), min(hi, f.end + 25)):
                continue
            yield Hit(f.start, f.end, None, {"computed": "an amount of a whole with no scale word"})


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
# A total named before its figure (issue 9, fortieth round): "bringing total consumption to
# 13.8 billion yuan", "the total income reached".
_TOTAL_NAMED = re_programs.compile(r"\b(?:bringing[ \u00a0](?:the[ \u00a0])?|the[ \u00a0])?total(?:[ \u00a0][a-z-]+){0,2}[ \u00a0]"
                                   r"(?:to|of|at|was|is|reached|hit|came[ \u00a0]to|stood[ \u00a0]at)[ \u00a0]$", re.IGNORECASE)
# A named total that runs over a wider period than its parts (review of the fortieth round):
# "bringing total consumption to 2.6 billion yuan this year", "... for the year", "so far".
_TOTAL_WIDER = re_programs.compile(r"[ \u00a0]+(?:(?:this|that|last|the)[ \u00a0](?:year|month|season)|for[ \u00a0]the[ \u00a0](?:year|month|season|period)|"
                                   r"so[ \u00a0]far|to[ \u00a0]date|year[ \u00a0-]to[ \u00a0-]date|since|over[ \u00a0]the[ \u00a0]year)\b", re.IGNORECASE)
_PERIOD_WORD = re_programs.compile(r"(?:[ \u00a0](?:a|per|every|each)[ \u00a0]|[ \u00a0]in[ \u00a0]the[ \u00a0]|[ \u00a0])(?P<p>day|week|month|year|annually|monthly|yearly)\b",
                                   re.IGNORECASE)


_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365, "annually": 365, "yearly": 365, "monthly": 30.4}


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


def per_capita_hits(text: str, groups, covered):
    for i, (lo, hi, inside) in enumerate(groups):
        counts = [f for f in inside if f.kind == "count" and f.unit not in NOT_QUANTITY]
        if any(f.kind == "percent" for f in inside):
            continue
        each = [(f, e) for f in counts for e in [_amount_each(text, lo, f)] if e is not None]
        if not each:
            each = _each_of_amount(text, lo, counts)
        if len(each) != 1 or i in covered:
            continue
        a, (noun, a_period) = each[0]
        rest = [f for f in counts if f is not a]
        heads = [f for f in rest if _heads(text, lo, f, noun, a)]
        totals = [f for f in rest if f not in heads and f.money == a.money and (not f.unit or not a.unit or f.unit == a.unit)]
        named = len(totals) == 1 and bool(_TOTAL_NAMED.search(text, max(lo, totals[0].start - 40), totals[0].start)) \
            and not _TOTAL_WIDER.match(text, totals[0].end)
        if len(totals) != 1 or len(rest) > 2 and not (len(rest) == 3 and len(heads) == 1 and named):
            continue  # a third figure may be the count (not so when the total and the count are named)
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
            or _EACH_OF.search(text, max(lo, n.start - 16), n.start) or across or named
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
            yield over_all([a, t] + ([] if across else [n]), message)
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


def rate_per_hits(text: str, groups):
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
    people = of in PEOPLE_CLASS or of in ("population", "inhabitants")
    heads = [f for f in rest if (unit_class(f) == "people" if people else singular(f.unit) == singular(of))]
    totals = [f for f in rest if f not in heads and f.money == a.money and (not f.unit or not a.unit or f.unit == a.unit)]
    if len(heads) != 1 or len(totals) != 1 or not heads[0].value or not a.value:
        return
    n, t = heads[0], totals[0]
    computed = t.value / n.value * k
    if not 1 / 1.5 <= a.value / computed <= 1.5:
        shown = f"{computed:,.2f} per {per.group('k')} {of}"
        yield over_all([n, t, a], shown) if slipped(a.value, computed) else Hit(a.start, a.end, None, {"computed": shown})


_IN_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365}


def _per_time(text: str, lo: int, hi: int, counts, a: Figure, period: str):
    lengths = list(_TIME_LENGTH.finditer(text, lo, hi))
    totals = [f for f in counts if f is not a and f.money == a.money and (unit_class(f) == unit_class(a) or not a.unit or not f.unit)
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
        yield over_all([totals[0], a], shown) if slipped(a.value, computed) else Hit(a.start, a.end, None, {"computed": shown})


def _heads(text: str, lo: int, f: Figure, noun: str, each: Figure) -> bool:
    """Whether ``f`` counts what an amount each is per: the noun after "per" ("per tonne" and
    "3,000 tonnes"), or people ("each", "per capita", "a head"), or the figure after "each of the"."""
    if f.money or f is each:
        return False
    if noun:
        return singular(f.unit) == noun or noun in ("person", "capita", "head") and f.unit in _PEOPLE
    return f.unit in _PEOPLE or bool(_POPULATION.search(text, max(lo, f.start - 30), f.start)) \
        or bool(_EACH_OF.search(text, max(lo, f.start - 16), f.start))


def _heads_before(text: str, before, here, noun: str, each: Figure) -> Optional[Figure]:
    """The count an amount each is per, in the sentence right before ("The city has about 62,000
    children under three. At 3,600 yuan each, the subsidy will cost 22.3 billion yuan a year")."""
    plo, phi, pinside = before
    if LETTER.search(text, phi, here[0]):
        return None
    counts = [f for f in pinside if f.kind == "count" and not f.money and f.unit and f.unit not in NOT_QUANTITY]
    if len(counts) != 1 or any(f.kind == "count" and f.money for f in pinside):
        return None
    n = counts[0]
    if noun and singular(n.unit) != noun and not (noun in ("person", "capita", "head") and n.unit in _PEOPLE):
        return None
    return n

