"""``number_units``: figures counted in the Chinese units 万 (ten thousand) and 亿 (hundred
million) that MT carries over word for word ("3.6 ten thousand hundred million yuan"), with
the English figure computed as the fix ("3.6 trillion yuan"), and the other figures MT writes
the Chinese way: long digit runs without separators, dates in 年/月/日 order ("2023 year 5
month 10 day") and ordinals with the wrong suffix ("3th")."""
from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from . import check_choice, Hit, Key, ParamError, register
from .prefilter import _folded
from .. import re_programs

_UNITS = {"ten": Decimal(10), "hundred": Decimal(10) ** 2, "thousand": Decimal(10) ** 3,
          "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
          "10,000": Decimal(10) ** 4, "10000": Decimal(10) ** 4, "10 000": Decimal(10) ** 4,
          "100 million": Decimal(10) ** 8, "100,000,000": Decimal(10) ** 8,
          "wan": Decimal(10) ** 4, "yi": Decimal(10) ** 8}
# Units English never writes after a figure: the pinyin of 万 and 亿 left in ("3.8 yi yuan").
_PINYIN_UNITS = ("wan", "yi")
# A document that explains those words uses them as words ("140,800 wan, a wan being ten
# thousand"; "units of one hundred million, called yi (亿)"): no carried-over unit there.
_PINYIN_EXPLAINED = re_programs.compile(
    r"\b(?:wan|yi)\b(?:[^.\n]{0,40}?\b(?:ten thousand|10,000|(?:one )?hundred million|100 million)\b|[^\n]{0,6}[万亿])"
    r"|\b(?:ten thousand|hundred million)\b[^.\n]{0,40}?\b(?:wan|yi)\b")
# A figure followed by "thousand", or by two or more multipliers: 万 "ten thousand", 亿 "hundred million",
# 万亿 "ten thousand hundred million", 千亿 "thousand hundred million", 百万 "hundred ten
# thousand". English names one scale word per figure ("3.6 trillion"), so a chain of them is
# always a carried-over Chinese unit. The pinyin of 万 and 亿 ("300 wan yuan", "3.8 yi yuan"; in
# lower case: "Yi" is a surname) is a unit English never writes, and 亿 rendered "100 million"
# after its count ("1.2 100 million yuan", 1.2亿) is read like "10,000" for 万.
# The guard against a character before a figure (``(?<![\w.,])``) is checked after the figure's
# first digit (``\d(?<![\w.,]\d)``): the same matches, but a pattern that opens with a character
# class lets the regular expression engine skip to the next digit in C instead of trying the
# guard at every position of the text (two to three times faster). The patterns below that
# open with a digit or a capital do the same; tests/test_number_patterns.py holds the plain
# forms and checks both on random text.
_FIGURE = re_programs.compile(
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*))(\.\d+)?"
    r"((?:[ \u00a0-]+(?:(?:ten|hundred|thousand|million|billion)s?\b(?!-(?!(?:ten|hundred|thousand|million|billion)s?\b))"
    r"|(?-i:wan|yi)\b(?!-)))+"
    r"|[ \u00a0]+(?:10,000|10000|10 000|100[ \u00a0]+million|100,000,000)(?![\d,]|\.\d))",
    re.IGNORECASE,
)
_PLURAL_UNIT = re_programs.compile(r"(?:ten|hundred|thousand|million|billion)s\b", re.IGNORECASE)
_UNIT = re_programs.compile(r"100[ \u00a0]+million|100,000,000|ten|hundred|thousand|million|billion|10,000|10000|10 000|wan|yi",
                            re.IGNORECASE)
# A figure before a range mark: "3-5 ten thousand", "3 to 5 ten thousand", "between 3 and 5 ten
# thousand" (3-5万).
_RANGE_BEFORE = re_programs.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)"
                                    r"([ \u00a0]*[-\u2013~][ \u00a0]*|[ \u00a0]+to[ \u00a0]+|(?<=\d)[ \u00a0]+and[ \u00a0]+)$")
# A bare figure of one to three digits after a figure's units, ending it: "5 thousand 600 tons".
# Not a decimal, a range, a percentage or a figure with units of its own (``_FIGURE`` reads those).
_BARE_TAIL = re_programs.compile(r"[ \u00a0]+(\d{1,3})(?![\d,.\-\u2013/:]|[ \u00a0]*(?:%|(?:percent|per[ \u00a0]cent|to|and)\b))")
# 万元 rendered "10,000 yuan": "3.5 10,000 yuan" is a count of 万 only where a currency follows.
_AFTER_NUMERIC_UNIT = re_programs.compile(r"[ \u00a0]+(?:yuan|RMB|renminbi|dollars|tons|tonnes|people|households|units)\b",
                                          re.IGNORECASE)
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
    "mode": Key((str,), "units", "units (万/亿 multipliers) | grouping (250000 -> 250,000) | dates ('2023 year 5 month' -> 'May 2023') | ordinals ('3th' -> '3rd') | myriad ('1,0000' -> '10,000') | range-scale ('2 to 30,000 yuan') | hanzi ('3万 yuan' -> '30,000 yuan') | fullwidth ('１２００' -> '1200')"),
    "min_units": Key((int,), 2, "units: how many multiplier words must follow the figure (two: 'ten thousand')"),
    "min_digits": Key((int,), 5, "grouping: shortest run of digits flagged (4-digit years stay alone)"),
    "max_digits": Key((int,), 0, "grouping: longest run of digits flagged (0: no limit)"),
}, fields=("value",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    if p["min_units"] < 1 or p["min_digits"] < 4:
        raise ParamError("min_units" if p["min_units"] < 1 else "min_digits", "too small")
    return p


# A long run of digits standing alone as a quantity: not part of a code, a phone number, a
# decimal, a range or a word ("A32000", "010-6512", "3.14159", "No. 100010").
_DIGITS = re_programs.compile(r"\d(?<![\w.,/:#+\-]\d)\d{3,}(?![\w,/:\-]|\.\d)")
# "2019 WL 123456", "ISBN 9780", "PO Box": a code after capitals; a currency code is an amount.
_CODE_AFTER_CAPS = re_programs.compile(r"\b(?!(?:RMB|USD|HKD|EUR|GBP|JPY|CNY|AUD|CAD|SGD)\b)[A-Z]{2,5}\s*$")
_CODE_AFTER = re_programs.compile(r"[ \u00a0]+(?:(?:[a-z][a-z-]*[ \u00a0]+){0,3}(?:app|apps|hotline|helpline|website|platform|portal|"
                                  r"mini[- ]program|(?:service|phone|help|complaints?|power-outage|outage)[ \u00a0]+line)|site)\b",
                                  re.IGNORECASE)
# Stock codes: "Kweichow Moutai (600519)", "600519.SH".
_STOCK_CODE = re_programs.compile(r"\((\d{4,6})\)|\d{4,6}\.(?:SH|SZ|HK|SS|TW|T|KS)\b")
# ... with its exchange before or after: "(SHA: 601318)", "(600519 CH)".
_EXCHANGE_BEFORE = re_programs.compile(r"\([A-Z]{2,6}:[ \u00a0]?$")
_EXCHANGE_AFTER = re_programs.compile(r"[ \u00a0][A-Z]{2}\)")
_CODE_BEFORE = re_programs.compile(
    r"(?:\b(?:no|nos|code|codes|number|numbers|tel|phone|fax|zip|postcode|postal|isbn|issn|id|account|"
    r"patent|serial|model|flight|room|box|ext|version|year|years|route|line|grade|level|hotline|helpline|call|dial|"
    r"called|calling|calls|dialled|dialed|dials|ring|rang|ringing|phoned|text|texted|"
    # nouns whose number names one of them ("Question 51207", "case 20231", "invoice 88412")
    r"question|questions|case|cases|docket|invoice|ticket|item|lot|petition|ref|reference|batch|"
    r"application|registration|licence|license|policy|"
    # a provision of a code or a statute ("Section 17600", "§ 17601", "Rule 10b5")
    r"section|sections|sec|article|articles|art|clause|rule|regulation|chapter|title|part|"
    # a listing's code ("which trades as 300750 in Shenzhen", "ticker 9988")
    r"(?:trades|traded|trading|listed) as|ticker|symbol)"
    r"\.?:?|\+|#|§|\d)\s*$",
    re.IGNORECASE)


# What a count of four digits counts: a plural noun or a unit ("3000 enterprises", "4000 yuan").
_COUNTED_AFTER = re_programs.compile(r"[ \u00a0]+(?:[a-z]{2,}s|yuan|people|staff|personnel|per|mu|km|kg|sq)\b")
_WORD_BEFORE = re_programs.compile(r"([A-Za-z][\w.'’-]*)[ \u00a0]+$")
# Before a year ("in 2020 workers struck", "since 1998 prices rose"): 1000 to 2099 read as years there.
_YEAR_WORDS = {"in", "since", "by", "from", "until", "till", "of", "to", "and", "or", "year", "between", "after",
               "before", "around", "circa", "early", "late", "mid", "through", "during", "for", "fiscal", "ad", "bc"}


_DISTANCE_AFTER = re_programs.compile(r"[ \u00a0]+(?:metres|meters)\b")


def _four_digit_count(text, m, value):
    """Is a four-digit run a count that English groups ("3000 enterprises" -> "3,000"), not a
    year, a model or a title ("in 2020 workers", "Masters 1000 title", "Boeing 7000 series")?"""
    if 1900 <= value <= 2099 or not _COUNTED_AFTER.match(text, m.end()):
        return False  # "2019 levels", "the 2035 targets": a recent year is a modifier too
    if _DISTANCE_AFTER.match(text, m.end()):
        return False  # "over 1000 metres", "the 1500 meters": a race distance, written ungrouped
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before:
        word = before.group(1)
        if word[:1].isupper() and word.lower() not in ("about", "some", "nearly", "over", "almost", "around", "more"):
            return False  # a name or a model number, or a sentence that opens with a year
        if 1000 <= value <= 2099 and word.lower() in _YEAR_WORDS:
            return False
    elif 1000 <= value <= 2099:
        return False
    return True


# A phone number given as where to reach someone: "reach the desk on 87654321", "call her at".
_CONTACT_BEFORE = re_programs.compile(r"\b(?:reach|reached|contact|contacted|call|calling|phone|phoned|ring|text|dial|"
                                      r"whatsapp|hotline|helpline|line|desk|office)\b[^.!?\n]{0,40}?\b(?:on|at)[ \u00a0]*$",
                                      re.IGNORECASE)
# A postcode closing an address line: "Tianhe District, Guangzhou 510623."
_LINE_END = re_programs.compile(r"[.)]?[ \t]*(?:\n|$)")


# A second code in a list after a first: "call 12333 or 12345", "dial 12315, 12345", and after
# a clause set in between ("Call 12345 or 12315, the bureau said, and 12333"), and the far end of a
# range of codes ("batch numbers 20261118 to 20261125"): the nearest run of digits before the list
# word, in the same sentence.
_LISTED_AFTER = re_programs.compile(r"(?<!\d)(\d+)[^\d.!?;\n]{0,40}?(?:,|/|\bor|\band|\bto|\bthrough)[ \u00a0]*$")
# A service line named with a comma or colon between: "the anti-fraud hotline, 96110".
_LINE_BEFORE = re_programs.compile(r"\b(?:hotline|helpline)[,:][ \u00a0]*$", re.IGNORECASE)
# The article number of a citation after its volume and year: "Water Policy 38 (2025) 101642".
_CITATION_BEFORE = re_programs.compile(r"\d[ \u00a0]*\((?:19|20)\d\d\)[ \u00a0]*$")
# Codes alone in round brackets after a name: grant numbers after their funder ("the National
# Natural Science Foundation of China (22379082, 52202315)", "(U22A20245 and 42171047)").
_CODES_IN_BRACKETS = re_programs.compile(r"[A-Z][\w.'’-]*[ \u00a0]*\(((?:[A-Z]*\d[\w-]*)(?:(?:,|;|[ \u00a0]+and)[ \u00a0]*[A-Z]*\d[\w-]*)*)\)")

# A date written as eight digits (a build, a batch, a file's date): "Build 20261118".
_DATE_DIGITS = re_programs.compile(r"(?:19[5-9]\d|20[0-4]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# A product's model number after its name, which a word in mixed case marks as a brand's:
# "the Kestrel PowerCore Slim 20000".
_MIXED_NAME_BEFORE = re_programs.compile(r"(?:[A-Z][\w-]*[ \u00a0]+){1,3}$")
_MIXED_CASE = re_programs.compile(r"[a-z][A-Z]")

# Inside a name: after a capitalised word and before one ("the Hefei Municipal 12345 Government
# Service Hotline").
_NAME_AFTER = re_programs.compile(r"[ \u00a0]+[A-Z][a-z]")


# One side of a dimension: "1872 x 1404 pixels", "3840×2160", "40 x 60cm".
_DIMENSION_BEFORE = re_programs.compile(r"\d[ \u00a0]*[x×][ \u00a0]*$")
_DIMENSION_AFTER = re_programs.compile(r"[ \u00a0]*[x×][ \u00a0]*\d")


def _is_code(text, m, before, codes) -> bool:
    """Does a run of digits name something rather than count it (a phone line, an app, a stock,
    a room), by its own context or because the document uses the same digits as a code?"""
    if _CODE_BEFORE.search(before) or _CODE_AFTER_CAPS.search(before):
        return True
    if _DIMENSION_BEFORE.search(before) or _DIMENSION_AFTER.match(text, m.end()):
        return True  # a screen's or a sheet's size: written ungrouped
    if _STOCK_CODE.match(text, max(0, m.start() - 1)) or _STOCK_CODE.match(text, m.start()):
        return True
    if text[m.start() - 1:m.start()] == "[" and text[m.end():m.end() + 1] == "]":
        return True  # a reference alone in square brackets ("[904117]" after a question): a label
    if _EXCHANGE_BEFORE.search(before) or (text[m.start() - 1:m.start()] == "(" and _EXCHANGE_AFTER.match(text, m.end())):
        return True  # a stock code with its exchange
    if _CODE_AFTER.match(text, m.end()):
        return True  # "the 12306 app", "the 12345 hotline": a number that names a service
    if _LINE_BEFORE.search(before) or _CITATION_BEFORE.search(before):
        return True
    if len(m.group()) == 8 and _DATE_DIGITS.fullmatch(m.group()):
        return True  # "Build 20261118", "batch 20250611": a date in eight digits, not a count
    name = _MIXED_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if name and _MIXED_CASE.search(name.group()):
        return True  # "the PowerCore Slim 20000": a model number in a brand's product name
    opened = text.rfind("(", max(0, m.start() - 60), m.start())
    if opened > 0 and ")" not in text[opened:m.start()]:
        listed = _CODES_IN_BRACKETS.search(text, max(0, opened - 40), m.end() + 60)
        while listed and listed.end() <= m.start():
            listed = _CODES_IN_BRACKETS.search(text, listed.end(), m.end() + 60)
        if listed and listed.start(1) == opened + 1:
            return True  # a funder's grant numbers, a record's references: codes in brackets
    word = _WORD_BEFORE.search(before)
    if word and word.group(1)[:1].isupper() and _NAME_AFTER.match(text, m.end()):
        return True  # a number inside a capitalised name
    if word and word.group(1)[:1].isupper() and len(m.group()) >= 5 and _LINE_END.match(text, m.end()):
        city = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if city and text[max(0, city.start(1) - 2):city.start(1)].strip() in (",", ""):
            return True  # a postcode after the city that closes an address line
    if len(m.group()) >= 7 and _CONTACT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return True  # a phone number: where to reach someone
    listed = _LISTED_AFTER.search(text, max(0, m.start() - 60), m.start())
    for _ in range(4):  # back along the list: "12315," is no run of its own, its list's first is
        if not listed or listed.group(1) in codes:
            break
        listed = _LISTED_AFTER.search(text, max(0, listed.start(1) - 60), listed.start(1))
    return bool(listed and listed.group(1) in codes)


# A figure of five digits or more grouped with commas ("48,000", "1,250,000"), and one of four
# digits grouped ("2,600").
_GROUPED_LARGE = re_programs.compile(r"(?<![\d,.])\d{2,3},\d{3}(?![\d])|(?<![\d,.])\d{1,3}(?:,\d{3}){2,}(?![\d])")
_GROUPED_FOUR = re_programs.compile(r"(?<![\d,.])\d,\d{3}(?![\d,])")


def _four_digits_plain_style(text: str) -> bool:
    """Whether the document's house style writes counts of four digits without a comma and larger
    ones with it ("2600 signatures", "48,000 people": Australian and some British newspapers):
    it groups a larger figure somewhere and no four-digit one. An engine that keeps the source's
    "3000" keeps "12000" too."""
    return _GROUPED_LARGE.search(text) is not None and _GROUPED_FOUR.search(text) is None


def _runs(doc) -> tuple:
    """The runs of digits of ``doc`` that no context makes a code, in order, and the digits of
    those it does: read once per document for the rules of both groupings (they differ only in
    the lengths they report)."""
    key = ("numbers", "runs")
    kept = doc.cache.get(key)
    if kept is None:
        text = doc.text
        candidates, codes = [], set()
        for m in _DIGITS.finditer(text):
            digits = m.group()
            before = text[max(0, m.start() - 12):m.start()]
            # every run is asked, so that a service number said once as a code ("the 12345
            # hotline") is a code wherever the document names it ("call 12333 or 12345")
            if _is_code(text, m, before, codes):
                codes.add(digits)
            else:
                candidates.append(m)
        kept = doc.cache[key] = (tuple(candidates), frozenset(codes))
    return kept


def _grouping(doc, state):
    text = doc.text
    candidates, codes = _runs(doc)  # ``_is_code`` reads ``codes``, never adds to it
    plain_style = functools.cache(lambda: _four_digits_plain_style(text))  # searched once, if asked
    for m in candidates:
        digits = m.group()
        if digits in codes or len(digits) < state["min_digits"] or digits.startswith("0"):
            continue
        if state["max_digits"] and len(digits) > state["max_digits"]:
            continue
        if len(digits) == 4 and (not _four_digit_count(text, m, int(digits)) or plain_style()):
            continue
        before = text[max(0, m.start() - 12):m.start()]
        if _is_code(text, m, before, codes):
            continue  # the second of a listed pair, once the first is known a code
        figure = f"{int(digits):,}"
        yield Hit(m.start(), m.end(), figure, {"value": figure})


def _term(m, state):
    """The value of one figure-and-units match, or None when the units read as English."""
    units = [re.sub(r"[ \u00a0]+", " ", u.group().lower()) for u in _UNIT.finditer(m.group(3))]
    numeric = units[0][0].isdigit()
    plural = bool(_PLURAL_UNIT.search(m.group(3)))
    if not m.group(2) and re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and (
            plural or units[0] in ("ten", "hundred", "10,000", "10000", "10 000", "100 million", "100,000,000")):
        return None  # "In 2020 ten million people", "in 2020 millions": a year, then a figure in words
    if plural and re.match(r"[ \u00a0]+of\b", m.string[m.end():m.end() + 4]):
        return None  # "5 hundreds of ..." is garbled past computing
    try:
        value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
    except InvalidOperation:
        return None
    multiplier = Decimal(1)
    for unit in units:
        multiplier *= _UNITS[unit]
    return value, multiplier, units, numeric, plural


def _english_units(units, numeric, m, text, state, explained):
    """Is one term English as it stands? One scale word is ("3.6 million"), except
    "thousand", which English writes in digits ("25,000"), and "hundred" after a small whole
    number ("5 hundred workers" is "500 workers"). "3.5 10,000 yuan" (万元) is a count of 万.
    A pinyin unit is English only in a document that says what it means (``explained()``)."""
    if any(unit in _PINYIN_UNITS for unit in units):
        return explained()  # the document is searched once, at its first pinyin unit
    if numeric:
        return not (m.group(2) or _AFTER_NUMERIC_UNIT.match(text, m.end()))
    if _PLURAL_UNIT.search(m.group(3)):
        return False  # "5 millions", "10 thousands": English keeps a counted scale word singular
    if len(units) >= state["min_units"] or units == ["thousand"]:
        return False
    return not (units == ["hundred"] and (m.group(2) or len(m.group(1)) <= 2) and m.group(1) != "0")


def _units(doc, state):
    text = doc.text
    matches = list(_FIGURE.finditer(text))
    # does the document say what wan or yi means? searched once, at its first pinyin unit
    explained = functools.cache(lambda: bool(_PINYIN_EXPLAINED.search(text)))
    i = 0
    while i < len(matches):
        m = matches[i]
        term = _term(m, state)
        i += 1
        if term is None:
            continue
        value, multiplier, units, numeric, _ = term
        english = _english_units(units, numeric, m, text, state, explained)
        total, end, parts = value * multiplier, m.end(), 1
        # "10 thousand 5 hundred" (1万5百), "5 billion 600 million" (50亿6千万): one figure
        # written as a sum of terms, each counted in a smaller unit than the one before.
        while i < len(matches) and re.fullmatch(r"[ \u00a0]+", text[end:matches[i].start()]):
            nxt = _term(matches[i], state)
            if nxt is None or nxt[1] >= multiplier or nxt[0] * nxt[1] >= multiplier:
                break
            total += nxt[0] * nxt[1]
            multiplier, end, parts = nxt[1], matches[i].end(), parts + 1
            i += 1
        if english and parts == 1:
            continue
        # "5 thousand 600 tons" (5千6百): a bare figure after the last term, smaller than its
        # unit, is the figure's tail; leaving it out would make the fix "5,000 600 tons".
        tail = _BARE_TAIL.match(text, end)
        if tail and multiplier > 1 and Decimal(tail.group(1)) < multiplier and (i >= len(matches) or matches[i].start() > tail.start(1)):
            total, end, parts = total + Decimal(tail.group(1)), tail.end(1), parts + 1
        start, figure = m.start(), english_figure(total)
        rng = _RANGE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if rng and rng.group(2).strip() == "and" and not text[max(0, rng.start() - 8):rng.start()].endswith("between "):
            rng = None  # "3 and 5 ten thousand" is a range only after "between"
        if rng and parts == 1 and not m.group(1).count(","):
            low = english_figure(Decimal(rng.group(1)) * multiplier)
            start, figure = rng.start(), _join_range(low, rng.group(2), figure)
        yield Hit(start, end, figure, {"value": figure})


def _join_range(low, mark, high):
    """'30,000' '-' '50,000' -> '30,000-50,000'; '300 million' ' to ' '500 million' -> '300 to 500 million'."""
    low_scale, high_scale = low.rsplit(" ", 1), high.rsplit(" ", 1)
    joiner = "-" if mark.strip() in ("-", "\u2013", "~") else f" {mark.strip()} "
    if len(low_scale) == 2 and len(high_scale) == 2 and low_scale[1] == high_scale[1]:
        return f"{low_scale[0]}{joiner}{high}"
    return f"{low}{joiner}{high}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# 2023年5月10日 and 5月10日 in Chinese order, counted in 年/月/日: "2023 year 5 month 10 day".
# (?=...) first: the characters a match can start with; ``re`` passes over other positions at
# once (the same matches: tests/test_first_characters.py).
_CHINESE_DATE = re_programs.compile(
    r"(?=\d)\b(?:((?:1[89]|20)\d\d)[ \u00a0]*years?[ \u00a0]+)?(1[0-2]|0?[1-9])[ \u00a0]*months?"
    r"(?:[ \u00a0]+(3[01]|[12]\d|0?[1-9])[ \u00a0]*(?:days?|date)\b)?(?![ \u00a0]*-)",
    re.IGNORECASE)


# 5月10日 half converted: "May 10 day" (the month named, 日 kept).
_NAMED_MONTH_DAY = re_programs.compile(r"(" + "|".join(m[0] + r"(?<!\w" + m[0] + ")" + m[1:] for m in _MONTHS)
                                       + r")[ \u00a0]+(3[01]|[12]\d|0?[1-9])[ \u00a0]+(?:day|date)\b(?!-)")


# 2023.5.10 and 2023/5/10: Chinese numeric dates, year first.
_NUMERIC_DATE = re_programs.compile(r"((?:1(?<![\w.,/-]1)9|2(?<![\w.,/-]2)0)\d\d)([./])"
                                    r"(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\w/]|\.\d)")


def _dates(doc, state):
    for m in _NAMED_MONTH_DAY.finditer(doc.text):
        figure = f"{m.group(1)} {int(m.group(2))}"
        yield Hit(m.start(), m.end(), figure, {"value": figure})
    for m in _NUMERIC_DATE.finditer(doc.text):
        figure = f"{_MONTHS[int(m.group(3)) - 1]} {int(m.group(4))}, {m.group(1)}"
        yield Hit(m.start(), m.end(), figure, {"value": figure})
    # Every match holds "month" in some case, and every character the pattern's "month" matches
    # case-folds to that letter: a text whose folded form lacks it has no match.
    for m in (_CHINESE_DATE.finditer(doc.text) if "month" in _folded(doc) else ()):
        year, month, day = m.group(1), int(m.group(2)), m.group(3)
        if not year and not day:
            continue  # "a 5 month wait" is English (if unhyphenated); a month needs its year or day
        name = _MONTHS[month - 1]
        if year and day:
            figure = f"{name} {int(day)}, {year}"
        elif year:
            figure = f"{name} {year}"
        else:
            figure = f"{name} {int(day)}"
        yield Hit(m.start(), m.end(), figure, {"value": figure})


# "3th", "22th", "11st": an ordinal with the suffix of another number (第3 -> "3th").
_ORDINAL = re_programs.compile(r"(\d(?<![\w.,/-]\d)\d*)(st|nd|rd|th)\b")


def ordinal(n: int) -> str:
    """1 -> '1st', 12 -> '12th', 23 -> '23rd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinals(doc, state):
    for m in _ORDINAL.finditer(doc.text):
        right = ordinal(int(m.group(1)))
        if m.group() != right:
            yield Hit(m.start(), m.end(), right, {"value": right})


# Digits grouped in fours, as Chinese groups them by 万 ("1,0000 yuan" for 1万, "12,0000" for
# 12万): the last group a round figure, so that a decimal comma ("1,2345") is not read as one.
# The figure counts something named after it ("1,0000 yuan", "12,0000 visitors"): a pair in
# brackets ("(1,2000)") is a coordinate.
# A word of grammar after it ("written 1,0500 in German tables", "1,0800 per dollar") leaves a
# decimal comma possible; only a figure before the thing counted is read as one.
# The first digit first, the look-behind after it: a pattern that opens on a character set is
# tried only where ``re``'s scan in C finds one of its characters, where a look-ahead
# "(?=\d)" first is still tried at every position (twice the time; the same matches as that
# form: tests/test_figure_cuts.py).
_MYRIAD = re_programs.compile(r"\d(?<![\w.,]\d)\d{0,3}(?:,\d{4})+(?<=00)(?=[ \u00a0]+[A-Za-z%$])"
                              r"(?![ \u00a0]+(?:in|on|at|to|per|by|for|from|with|of|as|and|or|is|was|are|were|the|a|an)\b)")


def _myriad(doc, state):
    for m in _MYRIAD.finditer(doc.text):
        figure = f"{int(m.group().replace(',', '')):,}"
        yield Hit(m.start(), m.end(), figure, {"value": figure})


# A range whose low end lost the scale its high end keeps: "2 to 30,000 yuan" (2万至3万元, the
# 万 carried into the second figure only), "between 1.5 and 2,000 people", "5-50,000". The low
# end is a figure under 100 with no scale word or unit of its own; the high end is a grouped
# figure at least 500 times as large, and the low end times a thousand or ten thousand falls
# just under it (within twenty times), so that the range reads as one once the lost zeros are
# put back. A low end with its own unit ("2 hours to 3,000 metres"), a figure before the low end
# ("from 3.5 to 4,000": a decimal is kept apart by the lower bound) and a year at the high end
# pass. Opens on its first digit, as ``_MYRIAD`` does.
_RANGE_LOST_SCALE = re_programs.compile(
    r"(?P<a>\d(?<![\w.,:/$¥€£#-]\d)\d?(?:\.\d{1,2})?)[ \u00a0]?(?P<mark>to|-|–|and)[ \u00a0]?"
    r"(?P<b>\d{1,3}(?:,\d{3})+)(?![\d,]|\.\d)(?![ \u00a0]?(?:percent|per[ \u00a0]cent|%|million|billion|thousand))")
_BETWEEN_BEFORE = re_programs.compile(r"\b(?:[Bb]etween|[Ff]rom|[Oo]f|[Aa]t|[Rr]anging|[Rr]anges?|[Rr]anged|[Ee]arns?|[Cc]ost|"
                                      r"[Cc]osts|[Pp]ay|[Pp]aid|[Rr]eceive[sd]?|[Ff]ines?|[Ff]ined|[Ee]mploys?|[Hh]as|[Hh]ave|"
                                      r"[Aa]bout|[Aa]round|[Rr]oughly|[Ss]ome|[Aa]re|[Ii]s|[Ww]ere|[Ww]as)[ \u00a0]$")


def _range_scale(doc, state):
    text = doc.text
    for m in _RANGE_LOST_SCALE.finditer(text):
        if m.group("mark") == "and" and not text[max(0, m.start() - 8):m.start()].endswith(("between ", "between\u00a0")):
            continue  # "5 and 30,000": two figures, no range
        if not _BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # only a range a sentence states as one ("from", "between", "fines of", "costs")
        a, b = float(m.group("a")), float(m.group("b").replace(",", ""))
        if a < 1 or b < 500 * a:
            continue
        if not any(a * k < b <= a * k * 20 for k in (1000, 10000)) or a == 1 and str(int(b)).rstrip("0") == "1":
            continue  # "on a scale of 1 to 10,000": a power of ten
        yield Hit(m.start(), m.end("b"), None)


# A figure with the Chinese unit characters left after it in English text: "3万 yuan" (30,000),
# "1.5亿 yuan" (150 million), "3.6万亿" (3.6 trillion). Each character multiplies the figure: 十 10,
# 百 100, 千 1,000, 万 10,000, 亿 100 million (万亿 is a trillion, 千万 ten million). Only in English
# text: no Chinese character may stand next to the figure and its units, nor within ten
# characters either side, so a Chinese sentence ("共3万元") or a bilingual gloss ("3万元 (30,000
# yuan)" is read as the gloss's Chinese) passes. Opens on its first digit, as ``_FIGURE`` does.
_HANZI_FIGURE = re_programs.compile(
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?)[ \u00a0]?([十百千万亿]{1,3})")
_HANZI_UNITS = {"十": Decimal(10), "百": Decimal(10) ** 2, "千": Decimal(10) ** 3, "万": Decimal(10) ** 4,
                "亿": Decimal(10) ** 8}
_HAN = re_programs.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# The Chinese form mentioned, not used: quoted ('"3万"'), written out as a term ("Chinese writes
# 30,000 as 3万", "the sign reads 5千") or glossed by its value ("so 3万 is 30,000").
_HANZI_QUOTED = re_programs.compile(r"[\"'\u2018\u201c\u300c]$")
_HANZI_CLOSE = re_programs.compile(r"[\"'\u2019\u201d\u300d]")
_HANZI_MENTION_BEFORE = re_programs.compile(r"\b(?:as|reads?|read|written|writes|labels?|labelled|labeled|character|characters|term|means)[ \u00a0]+$",
                                            re.IGNORECASE)
_HANZI_GLOSS_AFTER = re_programs.compile(r"[ \u00a0]+(?:is|means|equals|stands[ \u00a0]for)[ \u00a0]+(?:\d|ten\b|a[ \u00a0]hundred\b|one\b)",
                                         re.IGNORECASE)


def _hanzi(doc, state):
    text = doc.text
    for m in _HANZI_FIGURE.finditer(text):
        if _HAN.search(text, max(0, m.start() - 10), m.start(2)) or _HAN.search(text, m.end(), m.end() + 10):
            continue  # Chinese text, or a gloss of it: the figure is written as Chinese writes it
        if (_HANZI_QUOTED.search(text, max(0, m.start() - 1), m.start()) and _HANZI_CLOSE.match(text, m.end())
                or _HANZI_MENTION_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or _HANZI_GLOSS_AFTER.match(text, m.end())):
            continue  # the Chinese form quoted or explained, not used as the figure
        multiplier = Decimal(1)
        for unit in m.group(2):
            multiplier *= _HANZI_UNITS[unit]
        try:
            value = Decimal(m.group(1).replace(",", "")) * multiplier
        except InvalidOperation:
            continue
        start, figure = m.start(), english_figure(value)
        # "a 3-5万 yuan loan": the range's first figure takes the same units (as ``_units`` reads
        # "3-5 ten thousand"), else the fix would write "3-50,000" (code review)
        rng = _RANGE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if rng and rng.group(2).strip() == "and" and not text[max(0, rng.start() - 8):rng.start()].endswith("between "):
            rng = None  # "3 and 5万" is a range only after "between"
        if rng:
            try:
                low = english_figure(Decimal(rng.group(1)) * multiplier)
            except InvalidOperation:
                continue
            start, figure = rng.start(), _join_range(low, rng.group(2), figure)
        yield Hit(start, m.end(), figure, {"value": figure})


# Full-width digits left among English words ("２．５ million", "１２００ workers"): an input
# method's or a Chinese source's digits, which English fonts set wide. Each run is flagged with its
# ASCII digits as the fix; the full-width marks between (．，) are `fullwidth-punctuation`'s, so the
# two fixes never overlap. Inside Chinese text (a Chinese character within three characters) the
# digits are right.
_FULLWIDTH_DIGITS = re_programs.compile(r"[\uff10-\uff19]+")


def _fullwidth_digits(doc, state):
    text = doc.text
    for m in _FULLWIDTH_DIGITS.finditer(text):
        if _HAN.search(text, max(0, m.start() - 3), m.start()) or _HAN.search(text, m.end(), m.end() + 3):
            continue
        ascii_digits = "".join(chr(ord(c) - 0xFF10 + 0x30) for c in m.group())
        yield Hit(m.start(), m.end(), ascii_digits, {"value": ascii_digits})


_MODES = {"units": _units, "grouping": _grouping, "dates": _dates, "ordinals": _ordinals, "myriad": _myriad,
          "range-scale": _range_scale, "hanzi": _hanzi,
          "fullwidth": _fullwidth_digits}


@prepare.detector
def detect(doc, state):
    return _MODES[state["mode"]](doc, state)
