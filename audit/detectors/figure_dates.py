"""``figure_dates``: years, dates, ages and ranks in one sentence that contradict each other.

An editor checks the arithmetic of time as well as of quantities, and MT (or a hurried
translator) slips there too: a year read wrongly, 十 and 二十 confused in "N years", a duration
counted from the wrong end, an ordinal that does not fit the list before it. The checks, each
inside one sentence and each only where the words tie the figures together:

* ``duration``: a span of years or days with its length ("From 2010 to 2015, a period of 12
  years"; "The 45-day campaign runs from June 1 to June 30"), or two years with the time between
  them ("began in 2016 and opened in 2021, eight years later"). Counting both ends is allowed (a
  span of d or d + 1), and so is a year either way for "later" and "after".
* ``age``: an age tied to a year ("in 2008, aged 35"; "died in 2020 at the age of 80") beside a
  year of birth ("born in 1978"; "(1930-2020)"), a year either way.
* ``anniversary``: an anniversary with the year of what it marks and the year it falls in
  ("founded in 1984, celebrated its 30th anniversary in 2024"), exactly.
* ``edition``: an edition of a yearly (or two-yearly) event with the year it was first held and
  the year of this one ("first held in 2015 and staged every year since, opened its 12th edition
  in 2023").
* ``rank``: an ordinal with the names ranked before it ("ranked second nationwide, behind Jiangsu
  and Shandong"; "the fourth busiest port, after Shanghai and Singapore"; "third, second only to
  Beijing").

The span is the figure the others make suspect (the length, the age, the ordinal); no fix.
"""
from __future__ import annotations

import datetime
import itertools
import re
from typing import Optional

from . import Hit, Key, check_choices, register
from .. import re_programs
from .figure_reading import document_sentences
from .figures_common import DIGIT, MONTH_NAMES as _MONTH_NAMES, THIS_YEAR

# The unit word after a figure a finding ends on, matched in place (not on a copy of the rest of
# the text, which cost findings x length).
_MONTHS_WORD = re_programs.compile(r"[ \u00a0-]months?")
_YEARS_WORD = re_programs.compile(r"[ \u00a0-](?:full[ \u00a0])?years?")
_DAYS_WORD = re_programs.compile(r"[ \u00a0-]days?")

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "a": 1, "an": 1}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
             "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted((w for w in _WORD_NUMBERS if len(w) > 2), key=len, reverse=True)) + r"|a|an)"
_ORDINAL = (r"(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|"
            r"fifth|sixth|seventh|eighth|ninth)|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")")
_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:" + "|".join(m.capitalize() for m in _MONTH_NAMES) + r")"


def _number(word: str) -> Optional[int]:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _WORD_NUMBERS.get(word)


def _ordinal(word: str) -> Optional[int]:
    word = word.lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    if "-" in word:  # "twenty-first"
        tens, unit = word.split("-", 1)
        return _TENS[tens] + _ORDINALS[unit] if tens in _TENS and unit in _ORDINALS else None
    return _ORDINALS.get(word)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


# ``duration``: a span of years and its length, tied in one clause.
_SPAN = re_programs.compile(r"\b(?:(?:from|between)[ \u00a0](?P<a>" + _YEAR + r")[ \u00a0](?:to|and|until|till|through)[ \u00a0](?P<b>" + _YEAR
                            + r")|\(?(?P<c>" + _YEAR + r")[-–](?P<d>" + _YEAR + r"|\d\d)\)?)\b", re.IGNORECASE)
_YEAR_DIGITS = re_programs.compile(_YEAR)
_YEARS = r"(?P<n>" + _NUMBER + r")[ \u00a0-](?:full[ \u00a0])?years?\b"
_LENGTH_AFTER = re_programs.compile(r",?[ \u00a0]+(?:a[ \u00a0](?:period|span|stretch|total)[ \u00a0]of|which[ \u00a0](?:is|was)|spanning|covering|"
                                    r"lasting|or|over|in)[ \u00a0]+(?:(?:about|nearly|some|just|almost)[ \u00a0])?" + _YEARS, re.IGNORECASE)
_LENGTH_BEFORE = re_programs.compile(r"\b(?:the|those|these|over|in|for|during|a|took|taking|lasted|lasting|spanned|spanning|needed|required)"
                                     r"[ \u00a0]+(?:(?:past|last|next|coming|previous|about|nearly|some|almost|just)[ \u00a0]+)?"
                                     + _YEARS.replace("years?", "years?(?:[ \u00a0](?:period|plan|programme|program|project|campaign|span))?")
                                     + r"[ \u00a0]*(?:,[ \u00a0]*)?(?:\(|from|between|of)?[ \u00a0]*$", re.IGNORECASE)
_RELATIVE = re_programs.compile(r"\b(?:past|last|next|coming|previous|recent)\b", re.IGNORECASE)


def _span_length(m) -> Optional[tuple]:
    a = int(m.group("a") or m.group("c"))
    b = m.group("b") or m.group("d")
    b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
    return (a, b) if b > a else None


# Months: "from March 2019 to June 2021, a period of 27 months"; "took 18 months".
_MONTH_SPAN = re_programs.compile(r"\b(?i:from|between)[ \u00a0]+(?P<m1>" + _MONTH[3:-1] + r")[ \u00a0]+(?P<y1>" + _YEAR + r")[ \u00a0]+(?:to|and|until|till|through)"
                                  r"[ \u00a0]+(?P<m2>[A-Z][a-z]+)[ \u00a0]+(?P<y2>" + _YEAR + r")\b")
_MONTHS_LENGTH = re_programs.compile(r"(?P<n>\d{1,3}|" + "|".join(sorted((w for w in _WORD_NUMBERS if len(w) > 2), key=len, reverse=True))
                                     + r")[ \u00a0-]months?\b", re.IGNORECASE)
_MONTHS_TIED = re_programs.compile(r"(?:,?[ \u00a0]+(?:a[ \u00a0](?:period|span|stretch|total)[ \u00a0]of|spanning|covering|lasting|over|in|taking|or)"
                                   r"[ \u00a0]+(?:(?:about|nearly|some|just|almost)[ \u00a0])?)$|\b(?:the|over|in|for|during|a|took|taking|lasted|lasting)"
                                   r"[ \u00a0]+(?:(?:about|nearly|some|just|almost)[ \u00a0]+)?$", re.IGNORECASE)


def _month_hits(text: str, lo: int, hi: int):
    for m in _MONTH_SPAN.finditer(text, lo, hi):
        if m.group("m2").lower() not in _MONTH_NAMES:
            continue
        d = (int(m.group("y2")) - int(m.group("y1"))) * 12 + _MONTH_NAMES.index(m.group("m2").lower()) - _MONTH_NAMES.index(m.group("m1").lower())
        if d <= 0:
            continue
        for n in _MONTHS_LENGTH.finditer(text, max(lo, m.start() - 60), min(hi, m.end() + 60)):
            tied = _MONTHS_TIED.search(text, max(lo, n.start() - 40), n.start())
            if not tied or (n.start() > m.end() and _LETTER.search(text, m.end(), tied.start() if tied.start() > m.end() else m.end())
                            and len(text[m.end():n.start()].split()) > 6):
                continue
            value = _number(n.group("n"))
            if value is not None and value not in (d, d + 1):
                yield Hit(n.start(), n.end(), None, {"computed": f"{d} months from {m.group('m1')} {m.group('y1')} to {m.group('m2')} {m.group('y2')}"})


_MONTH_YEAR = re_programs.compile(r"\b(?P<m>" + _MONTH + r")[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?(?P<y>" + _YEAR + r")\b")
_MONTHS_LATER = re_programs.compile(r"\b(?:(?:after|took|taking|lasted|lasting|needed|required)[ \u00a0]+(?:(?:about|nearly|some|just|almost)[ \u00a0]+)?"
                                    r"(?P<n>\d{1,3}|" + "|".join(sorted((w for w in _WORD_NUMBERS if len(w) > 2), key=len, reverse=True))
                                    + r")[ \u00a0-]months?\b|(?P<n2>\d{1,3}|" + "|".join(sorted((w for w in _WORD_NUMBERS if len(w) > 2), key=len, reverse=True))
                                    + r")[ \u00a0-]months?[ \u00a0]+later\b)", re.IGNORECASE)


def _months_later_hits(text: str, lo: int, hi: int):
    dates = list(_MONTH_YEAR.finditer(text, lo, hi))
    later = list(_MONTHS_LATER.finditer(text, lo, hi))
    if len(dates) != 2 or len(later) != 1 or _MONTH_SPAN.search(text, lo, hi):
        return
    (a, b), m = dates, later[0]
    d = (int(b.group("y")) - int(a.group("y"))) * 12 + _MONTH_NAMES.index(b.group("m").lower()) - _MONTH_NAMES.index(a.group("m").lower())
    group = "n" if m.group("n") else "n2"
    n = _number(m.group(group))
    if d > 0 and n is not None and abs(n - d) > 1 and m.start() > a.start():
        end = _MONTHS_WORD.match(text, m.end(group)).end()
        yield Hit(m.start(group), end, None, {"computed": f"{d} months from {a.group()} to {b.group()}"})


# A length later in the clause of a span, tied by a verb of finishing: "The project, which ran
# from 2019 to 2023, was completed in three years"; "from 2016 to 2021 ... took eight years".
_LENGTH_LATER = re_programs.compile(r"\b(?:(?:completed|finished|built|achieved|done|realized|realised|accomplished)[ \u00a0]+(?:in|within)|took|taking|"
                                    r"lasted|lasting|in[ \u00a0]+(?:just|only))[ \u00a0]+(?:(?:about|nearly|some|just|only|almost|a[ \u00a0]+mere)[ \u00a0]+)?"
                                    + _YEARS, re.IGNORECASE)
# Words that make a later length another time's: a plan, a further stretch ("will take another
# three years", "is expected to finish in two years").
_OTHER_TIME = re_programs.compile(r"\b(?:will|would|shall|expected|plans?|planned|aims?|aimed|hopes?|next|coming|another|more|further|"
                                  r"additional|extra|each|every|per|first|last|past|previous|later)\b", re.IGNORECASE)


def _length_later(text: str, m, hi: int):
    """The length tied to the span ``m`` by a verb of finishing after it in its clause, or None."""
    stop = re.search(r"[;:]|,[ \u00a0]+(?:and|but|while|whereas)\b|\b(?:19|20)\d\d\b", text[m.end():min(hi, m.end() + 90)])
    end = m.end() + (stop.start() if stop else min(hi - m.end(), 90))
    later = _LENGTH_LATER.search(text, m.end(), end)
    if later and not _OTHER_TIME.search(text, m.end(), later.end()):
        return later
    return None


def _duration_hits(text: str, lo: int, hi: int):
    lower = text[lo:hi].lower()
    # ``_SPAN`` holds a year and ``_LATER`` the word "year" (patterns tried at every position
    # of the sentence): a sentence without them has no match to read
    spans = _SPAN.finditer(text, lo, hi) if _YEAR_DIGITS.search(text, lo, hi) else ()
    for m in spans:
        span = _span_length(m)
        if not span:
            continue
        d = span[1] - span[0]
        after = _LENGTH_AFTER.match(text, m.end())
        before = _LENGTH_BEFORE.search(text, max(lo, m.start() - 50), m.start())
        length = after or before or _length_later(text, m, hi)
        if not length or before and _RELATIVE.search(before.group()):
            continue  # "over the past 10 years": counted from now, not from the span
        n = _number(length.group("n"))
        if n is not None and n not in (d, d + 1):
            end = _YEARS_WORD.match(text, length.end("n")).end()
            yield Hit(length.start("n"), end, None, {"computed": f"{d} years from {span[0]} to {span[1]}"})
    if "year" in lower:
        yield from _later_hits(text, lo, hi)
    if "day" in lower:
        yield from _day_hits(text, lo, hi)
    if "month" in lower:
        yield from _month_hits(text, lo, hi)
        yield from _months_later_hits(text, lo, hi)


# Two years with the time between them: "began in 2016 and the bridge opened in 2021, eight years
# later"; "completed in 2022 after seven years of work" (begun in 2017).
_LATER = re_programs.compile(r"\b(?P<after>(?:after|took|taking|lasted|lasting|needed|required)[ \u00a0]+(?:(?:about|nearly|some|just|almost)[ \u00a0])?)?" + _YEARS
                             + r"(?(after)|[ \u00a0]+(?:later|afterwards|on)\b)", re.IGNORECASE)
_YEAR_IN = re_programs.compile(r"\b(?:in|since|by|from|of)[ \u00a0]+(?:(?:early|late|mid-?|the[ \u00a0]end[ \u00a0]of|spring|summer|autumn|winter|"
                               r"January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0]+)?"
                               r"(?P<y>" + _YEAR + r")\b(?![-–/]\d|[ \u00a0]?(?:to|and)[ \u00a0]\d)")


def _later_hits(text: str, lo: int, hi: int):
    later = list(_LATER.finditer(text, lo, hi))
    if len(later) != 1:
        return
    years = sorted({int(m.group("y")) for m in _YEAR_IN.finditer(text, lo, hi)})
    if len(years) != 2 or _SPAN.search(text, lo, hi):
        return
    m = later[0]
    if m.start() < min(y.start() for y in _YEAR_IN.finditer(text, lo, hi)):
        return  # "Eight years later, in 2021 ...": the years are not the two ends
    n = _number(m.group("n"))
    d = years[1] - years[0]
    if n is not None and abs(n - d) > 1:
        end = _YEARS_WORD.match(text, m.end("n")).end()
        yield Hit(m.start("n"), end, None, {"computed": f"{d} years from {years[0]} to {years[1]}"})


# Days: "from June 1 to June 30, a total of 45 days"; "The 45-day campaign runs from June 1 to June 30".
_DATE = r"(?:(?P<{0}m>" + _MONTH + r")[ \u00a0]+(?P<{0}d>\d{{1,2}})(?!\d)|(?P<{0}d2>\d{{1,2}})[ \u00a0]+(?P<{0}m2>" + _MONTH + r"))"
_DAY_SPAN = re_programs.compile(r"\b(?i:from|between)[ \u00a0]+" + _DATE.format("a") + r"(?:,?[ \u00a0]+" + _YEAR + r")?,?[ \u00a0]+(?:to|and|until|till|through)[ \u00a0]+"
                                + r"(?:(?P<bd3>\d{1,2})(?![ \u00a0]*" + _MONTH + r")(?!\d)|" + _DATE.format("b") + r")")
_DAYS = r"(?P<n>\d{1,3}|" + "|".join(sorted((w for w in _WORD_NUMBERS if len(w) > 2), key=len, reverse=True)) + r")[ \u00a0-]days?\b"
_DAYS_AFTER = re_programs.compile(r"(?:[ \u00a0](?:20\d\d|19\d\d))?,?[ \u00a0]+(?:a[ \u00a0](?:period|span|stretch|total)[ \u00a0]of|which[ \u00a0](?:is|was)|"
                                  r"spanning|covering|lasting|or|for|the|this|its)[ \u00a0]+(?:(?:about|nearly|some|just|almost)[ \u00a0])?" + _DAYS, re.IGNORECASE)
_DAYS_BEFORE = re_programs.compile(r"\b(?:the|a|an|its|this|for|over|during|lasting)[ \u00a0]+" + _DAYS + r"[^.;:!?\n\d]{0,60}$", re.IGNORECASE)


def _date(m, side: str):
    month = m.group(side + "m") or m.group(side + "m2")
    day = m.group(side + "d") or m.group(side + "d2")
    return (_MONTH_NAMES.index(month.lower()) + 1, int(day)) if month and day else None


def _day_hits(text: str, lo: int, hi: int):
    for m in _DAY_SPAN.finditer(text, lo, hi):
        first = _date(m, "a")
        second = _date(m, "b") or (first[0], int(m.group("bd3")) if m.group("bd3") else 0) if first else None
        if not first or not second or not second[1]:
            continue
        try:
            a = datetime.date(2023, *first)
            b = datetime.date(2023 if second >= first else 2024, *second)
        except ValueError:
            continue  # "February 30": no date to count from
        d = (b - a).days
        feb = any(x[0] == 2 for x in (first, second)) or (b.month - a.month) % 12 >= 1 and a.month <= 2 <= b.month
        after = _DAYS_AFTER.match(text, m.end())
        before = _DAYS_BEFORE.search(text, max(lo, m.start() - 100), m.start())
        length = after or before
        if not length:
            continue
        n = _number(length.group("n"))
        allowed = {d, d + 1} | ({d + 2} if feb else set())
        if n is not None and n not in allowed:
            yield Hit(length.start("n"), _DAYS_WORD.match(text, length.end("n")).end(),
                      None, {"computed": f"{d + 1} days counting both ends"})


# ``age``: an age tied to a year beside a year of birth.
_BORN = re_programs.compile(r"(?:\bborn[ \u00a0](?:in[ \u00a0])?(?:(?:" + _MONTH + r")[ \u00a0](?:\d{1,2},?[ \u00a0])?)?(?P<y>" + _YEAR + r")"
                            r"|\((?:b\.[ \u00a0]|born[ \u00a0])?(?P<y2>" + _YEAR + r")[-–](?P<dy>" + _YEAR + r")?\))")
_AGE_AT = re_programs.compile(
    r"\b(?:in|by)[ \u00a0]+(?P<yr>" + _YEAR + r"),?[ \u00a0]+(?:(?:when|as)[ \u00a0]+(?:he|she)[ \u00a0]+was|aged|at[ \u00a0]+(?:the[ \u00a0]+age[ \u00a0]+of[ \u00a0]+)?)"
    r"[ \u00a0]*(?P<n>\d{1,3})\b"
    r"|\b(?:aged|at[ \u00a0]+the[ \u00a0]+age[ \u00a0]+of|at)[ \u00a0]+(?P<n2>\d{1,3}),?[ \u00a0]+in[ \u00a0]+(?P<yr2>" + _YEAR + r")\b"
    r"|\bdied[ \u00a0]+in[ \u00a0]+(?P<yr3>" + _YEAR + r")[^.;\n\d]{0,30}?\b(?:aged|at[ \u00a0]+the[ \u00a0]+age[ \u00a0]+of|at)[ \u00a0]+(?P<n3>\d{1,3})\b",
    re.IGNORECASE)


def _age_hits(text: str, lo: int, hi: int, previous: Optional[tuple]):
    born = list(_BORN.finditer(text, lo, hi))
    if not born and previous:
        born = list(_BORN.finditer(text, *previous))
    if len(born) != 1:
        return
    b = born[0]
    y0 = int(b.group("y") or b.group("y2"))
    for m in _AGE_AT.finditer(text, lo, hi):
        yr = int(m.group("yr") or m.group("yr2") or m.group("yr3"))
        group = "n" if m.group("n") else "n2" if m.group("n2") else "n3"
        n = int(m.group(group))
        if yr <= y0 or n > 120:
            continue
        if abs((yr - y0) - n) > 1:
            yield Hit(m.start(group), m.end(group), None, {"computed": f"{yr - y0} from {y0} to {yr}"})
    opening = _IN_YEAR_OPENING.match(text, lo)
    if opening and not any(True for _ in _AGE_AT.finditer(text, lo, hi)):
        yr = int(opening.group("yr"))
        ages = list(_AGE_NOW.finditer(text, lo, hi))
        if len(ages) == 1 and yr > y0:
            m = ages[0]
            group = next(g for g in ("n", "n2", "n3") if m.group(g))
            n = int(m.group(group))
            if n <= 120 and abs((yr - y0) - n) > 1:
                yield Hit(m.start(group), m.end(group), None, {"computed": f"{yr - y0} from {y0} to {yr}"})
    if b.group("dy"):
        span = int(b.group("dy")) - y0
        for m in re.finditer(r"\b(?:died|dies|passed[ \u00a0]away)[^.;\n]{0,40}?\b(?:aged|at[ \u00a0]the[ \u00a0]age[ \u00a0]of|at)[ \u00a0](\d{1,3})\b",
                             text[lo:hi]):
            n = int(m.group(1))
            if abs(span - n) > 1:
                yield Hit(lo + m.start(1), lo + m.end(1), None, {"computed": f"{span} from {y0} to {b.group('dy')}"})


# A sentence that opens with its year ("In 2023, the 45-year-old farmer, born in 1968, ..."), and
# an age in it: "45-year-old", "aged 45", ", 45,".
_IN_YEAR_OPENING = re_programs.compile(r"[\"“‘(]?(?:In|By|As[ \u00a0]of)[ \u00a0]+(?:(?:" + _MONTH + r")[ \u00a0]+)?(?P<yr>" + _YEAR + r"),")
_AGE_NOW = re_programs.compile(r"\b(?P<n>\d{1,3})-year-old\b|\baged[ \u00a0]+(?P<n2>\d{1,3})\b|(?<=[A-Z][a-z]),[ \u00a0]+(?P<n3>\d{1,3}),")


# ``age`` over the story: an age with a year of birth, "N years ago" with its year, or "a
# history of N years" with the year of founding, each gives the year the story is told in; a
# story cannot be told before a year it reports as past ("In 2023 the plant opened ... Li, 45,
# born in 1970", told in 2015), nor after the present ("born in 1990, the 55-year-old").
_AGO = re_programs.compile(r"\b(?P<n>" + _NUMBER + r")[ \u00a0-](?:full[ \u00a0])?years?[ \u00a0]+ago\b", re.IGNORECASE)
_HISTORY = re_programs.compile(r"\b(?:(?P<n>" + _NUMBER + r")-year[ \u00a0]+history|history[ \u00a0]+of[ \u00a0]+(?:nearly[ \u00a0]+|"
                               r"about[ \u00a0]+)?(?P<n2>" + _NUMBER + r")[ \u00a0]+years)\b", re.IGNORECASE)
_ONE_YEAR_IN = re_programs.compile(r"\b(?:(?:founded|established|built|set[ \u00a0]+up|opened|began|started|created)[ \u00a0]+in|in|since)[ \u00a0]+(?:(?:" + _MONTH + r")[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?)?"
                                   r"(?P<y>" + _YEAR + r")\b(?![-–/]\d|[ \u00a0]?(?:to|and)[ \u00a0]\d)")
# Words of a time other than the story's own (the age then, a year to come).
_THEN = re_programs.compile(r"\b(?:then|at[ \u00a0]+the[ \u00a0]+time|when|at[ \u00a0]+the[ \u00a0]+age|died|dies|late|would|turned|turns|"
                            r"will|plans?|planned|expected|target|targets|goal|aims?|set[ \u00a0]+to|due|scheduled|slated|by|until|before|"
                            r"projected|forecast|next|future|vision|outline|plan)\b", re.IGNORECASE)
_PAST_YEAR = re_programs.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)[ \u00a0]+(?:(?:" + _MONTH + r")[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?)?(?P<y>" + _YEAR + r")\b"
                                 r"(?![-–/]\d|[ \u00a0]?(?:to|and)[ \u00a0]\d)")
_FOUNDED_IN = re_programs.compile(r"(?:founded|established|built|set[ \u00a0]+up|opened|began|started|created)[ \u00a0]+in\b", re.IGNORECASE)
_ANY_YEAR = re_programs.compile(r"(?<![\d,.$])(?:19|20)\d\d(?!\d|,\d|\.\d)")
# An age now: "45-year-old", "aged 45", "Wang Fang, 45,".
_AGE_HERE = re_programs.compile(r"\b(?P<n>\d{1,3})-year-old\b|\baged[ \u00a0]+(?P<n2>\d{1,3})\b|\b[A-Z][a-z]+,[ \u00a0]+(?P<n3>\d{1,3}),")


def _told_in(text: str, lo: int, hi: int):
    """(year the sentence implies the story is told in, start, end of the figure that says so),
    or None."""
    if _THEN.search(text, lo, hi) or _AGE_AT.search(text, lo, hi) or _IN_YEAR_OPENING.match(text, lo):
        return None
    born = list(_BORN.finditer(text, lo, hi))
    if len(born) == 1 and born[0].group("y"):
        ages = list(_AGE_HERE.finditer(text, lo, hi))
        if len(ages) == 1:
            group = next(g for g in ("n", "n2", "n3") if ages[0].group(g))
            n = int(ages[0].group(group))
            if n <= 120:
                return int(born[0].group("y")) + n, ages[0].start(group), ages[0].end(group)
        return None
    years = list(_ONE_YEAR_IN.finditer(text, lo, hi))
    if len({y.group("y") for y in years}) != 1 or len(_ANY_YEAR.findall(text, lo, hi)) != 1:
        return None
    y = years[0]
    for pattern in (_AGO, _HISTORY):
        found = list(pattern.finditer(text, lo, hi))
        if pattern is _AGO and found and not (0 <= y.start() - found[0].end() <= 4 or 0 <= found[0].start() - y.end() <= 4):
            continue  # "30 years ago in 2005", "in 2005, 30 years ago": the year of the same time
        if pattern is _HISTORY and not _FOUNDED_IN.match(text, y.start()):
            continue  # the history of a thing founded that year, not of a thing marked then
        if len(found) == 1:
            group = "n" if found[0].group("n") else "n2"
            n = _number(found[0].group(group))
            if n:
                end = found[0].end() if pattern is _AGO else found[0].end(group)
                return int(years[0].group("y")) + n, found[0].start(group), end
    return None


def _story_year_hits(text: str, spans):
    """Sentences whose age, "years ago" or history puts the story before a year it reports as
    past, or after the present."""
    latest, told = None, []
    for lo, hi in spans:
        # the years first: most sentences report none, and the test for a time other than the
        # story's (``_THEN``, an alternation of 30 words) cost three times the years' search
        years = _PAST_YEAR.finditer(text, lo, hi)
        first = next(years, None)
        if first is not None and not _THEN.search(text, lo, hi):
            for m in itertools.chain((first,), years):
                y = int(m.group("y"))
                latest = y if latest is None or y > latest else latest
        if "born" in text[lo:hi] or " ago" in text[lo:hi] or "history" in text[lo:hi]:
            found = _told_in(text, lo, hi)
            if found:
                told.append(found)
    for year, start, end in told:
        if year > THIS_YEAR + 1:
            yield Hit(start, end, None, {"computed": f"a story told in {year}, after the present"})
        elif latest is not None and year < latest - 1:
            yield Hit(start, end, None, {"computed": f"a story told in {year}, before {latest}, a year it reports"})


# ``anniversary``: "the 30th anniversary of its founding in 1984 ... in 2024".
_ANNIVERSARY = re_programs.compile(r"\b(?P<o>" + _ORDINAL + r")[ \u00a0]+anniversary\b", re.IGNORECASE)
_FOUNDED = re_programs.compile(r"\b(?:founded|established|set[ \u00a0]up|opened|built|launched|created|formed|signed|born|began|started|"
                               r"inaugurated|completed|liberated|founding|establishment|opening|birth|signing|launch|end)\b"
                               r"[^.;\n\d]{0,60}?\b(?:in|on|of)[ \u00a0]+(?:(?:" + _MONTH + r")[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?)?(?P<y>" + _YEAR + r")\b",
                               re.IGNORECASE)
_YEAR_ANY = re_programs.compile(r"(?<![\d,.])(?P<y>" + _YEAR + r")(?![\d,]|\.\d)")


def _anniversary_hits(text: str, lo: int, hi: int):
    marks = list(_ANNIVERSARY.finditer(text, lo, hi))
    founded = list(_FOUNDED.finditer(text, lo, hi))
    if len(marks) != 1 or len(founded) != 1:
        return
    y0 = int(founded[0].group("y"))
    others = {int(m.group("y")) for m in _YEAR_ANY.finditer(text, lo, hi)} - {y0}
    if len(others) != 1:
        return
    yr = others.pop()
    n = _ordinal(marks[0].group("o"))
    if n and yr > y0 and n != yr - y0:
        yield Hit(marks[0].start("o"), marks[0].end(), None, {"computed": f"the {yr - y0}th from {y0} to {yr}"})


# ``edition``: a yearly event's edition against the year it was first held.
_EDITION = re_programs.compile(r"\b(?P<o>" + _ORDINAL + r")[ \u00a0]+(?:(?:annual|edition|session|round)\b|(?:[A-Za-z-]+[ \u00a0]+){0,3}?"
                               r"(?:edition|session|fair|expo|festival|games|forum|conference|summit|competition|contest|show|marathon|exhibition)\b)",
                               re.IGNORECASE)
_FIRST_HELD = re_programs.compile(r"\b(?:first[ \u00a0]+(?:held|staged|organi[sz]ed|launched|hosted)|launched|inaugurated|founded|started|began)"
                                  r"[ \u00a0]+in[ \u00a0]+(?P<y>" + _YEAR + r")\b", re.IGNORECASE)
_YEARLY = re_programs.compile(r"\b(?:annual|annually|every[ \u00a0]+year|each[ \u00a0]+year|yearly|once[ \u00a0]+a[ \u00a0]+year)\b", re.IGNORECASE)
_TWO_YEARLY = re_programs.compile(r"\b(?:biennial|biennially|every[ \u00a0]+(?:two|other)[ \u00a0]+years)\b", re.IGNORECASE)


def _edition_hits(text: str, lo: int, hi: int):
    editions = list(_EDITION.finditer(text, lo, hi))
    first = list(_FIRST_HELD.finditer(text, lo, hi))
    if len(editions) != 1 or len(first) != 1:
        return
    every = 2 if _TWO_YEARLY.search(text, lo, hi) else 1 if _YEARLY.search(text, lo, hi) else None
    y0 = int(first[0].group("y"))
    others = {int(m.group("y")) for m in _YEAR_ANY.finditer(text, lo, hi)} - {y0}
    if every is None or len(others) != 1:
        return
    yr = others.pop()
    n = _ordinal(editions[0].group("o"))
    if n and yr > y0 and (yr - y0) % every == 0 and n != (yr - y0) // every + 1:
        yield Hit(editions[0].start("o"), editions[0].end("o"), None,
                  {"computed": f"the {(yr - y0) // every + 1}th, held every {'year' if every == 1 else 'two years'} since {y0}"})


# ``rank``: an ordinal with the names ranked before it.
_RANKED = re_programs.compile(
    r"\b(?:rank(?:s|ed|ing)?|came(?:[ \u00a0]+in)?|comes(?:[ \u00a0]+in)?|finished|placed|stood|stands|was|is|as)[ \u00a0]+"
    # "the", or a possessive ("China's", "the country's"): "is China's third-largest city, after ..."
    r"(?:the[ \u00a0]+(?:[a-z]+['’]s[ \u00a0]+)?|(?-i:[A-Z])[\w.-]*['’]s[ \u00a0]+)?(?P<o>(?:second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|10th))(?:[ -](?:largest|biggest|busiest|highest|most[ \u00a0]+[a-z]+|best|richest|"
    r"populous|most-[a-z]+|fastest|longest|tallest|oldest|strongest))?\b(?P<rest>,?(?:[ \u00a0]+(?!after\b|behind\b|trailing\b|following\b)(?:[a-z][a-z'’-]*|[A-Z]{2,4}\b)){0,6}?),?[ \u00a0]+(?P<w>after|behind|trailing|following|only[ \u00a0]+to)"
    r"[ \u00a0]+(?:only[ \u00a0]+)?(?P<list>[^.;:!?\n]{2,120}?)(?=[.;:!?\n]|,[ \u00a0]+(?:and|but|while|which|with|as|according|the|a|an|it|its|up|down|in)\b|$)")
_FIRST_BEHIND = re_programs.compile(r"\b(?:rank(?:s|ed|ing)?|came|comes|finished|placed|stood|stands)[ \u00a0]+(?:the[ \u00a0]+)?(?P<o>first|1st|top|No\.[ \u00a0]?1)\b"
                                   r"(?P<rest>,?(?:[ \u00a0]+(?!after\b|behind\b|trailing\b)[a-z][a-z'’-]*){0,6}?),?[ \u00a0]+(?:behind|trailing|second[ \u00a0]+only[ \u00a0]+to|after[ \u00a0]+only)"
                                   r"[ \u00a0]+(?:only[ \u00a0]+)?(?:the[ \u00a0]+)?[A-Z]")
# A superlative with a name ranked before it in its clause: "the largest in China by throughput,
# second only to Shanghai" (第二 read as the largest, or 最大 kept beside 仅次于). A scope of its own
# after the name ("second only to New York worldwide") ranks in another field, and passes.
_TOP_SECOND_ONLY = re_programs.compile(
    r"\b(?:the|its|their|[A-Za-z]+['’]s)[ \u00a0]+(?P<o>largest|biggest|busiest|highest|richest|most[ \u00a0]+populous|top|leading|No\.[ \u00a0]?1|"
    r"number[ \u00a0]+one)\b(?P<rest>(?:[ \u00a0]+(?!and\b|but\b|while\b|after\b|behind\b)[\w'’-]+){0,8}?),?[ \u00a0]+"
    r"(?:second[ \u00a0]+only[ \u00a0]+to|behind[ \u00a0]+only|after[ \u00a0]+only|trailing[ \u00a0]+only)[ \u00a0]+(?:the[ \u00a0]+)?(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*)*)"
    r"(?![\w'’.-]|[ \u00a0]+[A-Z])(?![ \u00a0]+(?:globally|worldwide|nationally|nationwide|overall|in[ \u00a0]+(?:the[ \u00a0]+)?(?:world|country|nation|China|Asia)))")
_AMONG_COUNT = re_programs.compile(r"\b(?:rank(?:s|ed|ing)?|came|comes|finished|placed)[ \u00a0]+(?P<o>" + _ORDINAL + r")[ \u00a0]+(?:among|out[ \u00a0]+of|of)[ \u00a0]+"
                                   r"(?:the[ \u00a0]+|all[ \u00a0]+)?(?P<m>\d{1,3}|" + "|".join(sorted((w for w in _WORD_NUMBERS if len(w) > 2), key=len, reverse=True)) + r")\b",
                                   re.IGNORECASE)
_SECOND_ONLY = re_programs.compile(r"\bsecond[ \u00a0]+only[ \u00a0]+to\b", re.IGNORECASE)
_ITEM = re_programs.compile(r"(?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|of|and[ \u00a0]+(?=[A-Z][\w'’-]*[ \u00a0]+(?:Province|City|Region|County))))*")


def _items(listed: str, only: bool) -> Optional[int]:
    """How many names a list gives ("Jiangsu and Shandong" -> 2; "Shanghai, Singapore and
    Ningbo-Zhoushan" -> 3), None where an item is no name."""
    parts = [p.strip() for p in re.split(r",[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+", listed) if p.strip()]
    if not parts:
        return None
    for p in parts:
        p = re.sub(r"^(?:the|only)[ \u00a0]+", "", p)
        if not _ITEM.fullmatch(p) and not (only and len(parts) == 1 and len(p.split()) <= 4):
            return None
    return len(parts)


def _rank_hits(text: str, lo: int, hi: int):
    for m in _TOP_SECOND_ONLY.finditer(text, lo, hi):
        yield Hit(m.start("o"), m.end("o"), None, {"computed": "not the first, with a name ranked before it"})
    for m in _FIRST_BEHIND.finditer(text, lo, hi):
        yield Hit(m.start("o"), m.end("o"), None, {"computed": "not first, with a name ranked before it"})
    for m in _AMONG_COUNT.finditer(text, lo, hi):
        n, total = _ordinal(m.group("o")), _number(m.group("m"))
        if n and total and n > total:
            yield Hit(m.start("o"), m.end("o"), None, {"computed": f"no rank past {total}, the number ranked"})
    for m in _RANKED.finditer(text, lo, hi):
        n = _ordinal(m.group("o"))
        only = bool(re.search(r"\bonly\b", text[m.start("w"):m.start("list")], re.IGNORECASE))
        if _SECOND_ONLY.search(text, m.start("rest"), m.end()):
            if n != 2:
                yield Hit(m.start("o"), m.end("o"), None, {"computed": "second, after the one name before it"})
            continue
        count = _items(m.group("list"), only)
        if count is not None and n is not None and n != count + 1:
            yield Hit(m.start("o"), m.end("o"), None, {"computed": f"{_NAMES[count + 1] if count + 1 < len(_NAMES) else count + 1}, after the {count} named before it"})


_NAMES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


_CHECKS = {"duration": _duration_hits, "anniversary": _anniversary_hits, "edition": _edition_hits, "rank": _rank_hits}


@register("figure_dates", {
    "shapes": Key((list,), ["duration", "age", "anniversary", "edition", "rank"],
                  "which ties to check: duration, age, anniversary, edition, rank"),
}, fields=("computed",))
def prepare(p):
    check_choices(p, "shapes", {"duration", "age", "anniversary", "edition", "rank"})
    return {"shapes": frozenset(p["shapes"])}


_LETTER = re_programs.compile(r"[A-Za-z]")
_ANY_CUE = re_programs.compile(r"(?:19|20)\d\d|\b(?:[Aa]nniversary|[Bb]orn|[Rr]ank(?:s|ed|ing)?|[Aa]fter|[Bb]ehind|[Tt]railing|[Ff]ollowing|[Oo]nly[ \u00a0]to|"
                               r"[Dd]ays?|[Yy]ears?|[Mm]onths?|[Aa]mong|[Ff]inished|[Pp]laced|[Cc]ame)\b")


# Words a sentence must hold for each check to have anything to read (searched in lower case):
# most sentences hold none, and the checks' patterns are dear to try.
_NEEDS = {"duration": ("year", "day", "month"), "anniversary": ("anniversar",), "edition": ("edition", "annual", "every", "each year",
          "biennial", "session"), "rank": ("rank", "place", "came", "finish", "stood", "stand", "busiest", "largest", "biggest", "highest", "only to",
          "behind only", "after only", "trailing only", "following"),
          "age": ("born", "aged", "age of", "-year-old", "(1", "(2", "died", ", ")}


@prepare.detector
def detect(doc, state):
    text = doc.text
    if not DIGIT.search(text) and "rank" not in state["shapes"]:
        return
    key = ("figure_dates",)
    if key not in doc.cache:
        found = []
        for lo, hi in document_sentences(doc):
            if _ANY_CUE.search(text, lo, hi):
                lower = text[lo:hi].lower()
                found.append((lo, hi, frozenset(k for k, words in _NEEDS.items() if any(w in lower for w in words))))
        doc.cache[key] = found
    shapes = state["shapes"]
    previous = None
    for lo, hi, needed in doc.cache[key]:
        for shape in ("duration", "anniversary", "edition", "rank"):
            if shape in shapes and shape in needed:
                yield from _CHECKS[shape](text, lo, hi)
        if "age" in shapes and ("age" in needed or previous and "born" in text[previous[0]:previous[1]]):
            adjacent = previous if previous and not _LETTER.search(text, previous[1], lo) else None
            yield from _age_hits(text, lo, hi, adjacent)
        previous = (lo, hi)
    if "age" in shapes and any(w in text for w in ("born", " ago", "history")):
        yield from _story_year_hits(text, document_sentences(doc))

