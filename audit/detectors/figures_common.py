"""What ``arithmetic`` and ``figure_links`` both read figures with: count words, a digit, a
year, the significant digits of a value, the words that state a tenfold change, the value of a
figure with its scale word, the approximations and bounds before a figure, and the fixed
sentence shapes of ``arithmetic`` (a change with its two ends, a multiple, a share, parts, an
average) that ``figure_links`` leaves to it."""
from __future__ import annotations

import datetime
import math
import re
from functools import lru_cache
from typing import Optional

from .. import re_programs
from .prefilter import _FOLD_TRAPS_TEXT

# The present year, read once per process: a story cannot be told after it (figure_dates'
# story year, figure_agreement's founding and ages).
THIS_YEAR = datetime.date.today().year

COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
DIGIT = re_programs.compile(r"\d")
YEAR = re.compile(r"(?:19|20)\d\d")


def tenfold(thousand: bool):
    """The words that state a tenfold or hundredfold change ("ten times", "hundredfold"), and a
    thousandfold one where ``thousand``: a story that states such a change gives figures that
    far apart on purpose."""
    many = "|thousand" if thousand else ""
    return re_programs.compile(r"(?=[tThH1])\b(?:ten|10|hundred|100" + many + r")(?:-fold|fold|[ ]times)\b"
                               r"|\b(?:tenfold|hundredfold" + ("|thousandfold" if thousand else "") + r")\b", re.IGNORECASE)


def states_tenfold(pattern, text: str) -> bool:
    """``pattern.search(text)`` for a pattern of ``tenfold``, as a bool. Every match holds
    "fold" or " times" in any case, so a text whose case-folded form holds neither has none;
    four texts in five of news are settled by that look-up (the pattern, which opens on a word
    boundary, is tried at every position of the text: 0.1 ms per news story, searched by three
    checks). Case folding and ``re.IGNORECASE`` agree on every letter of those words but the
    dotted and dotless i (``prefilter._FOLD_TRAPS_TEXT``, the characters on which case folding
    and case-insensitive matching disagree): a text holding one is searched whole
    (tests/test_figure_cuts.py holds the two to the same answer)."""
    folded = text.casefold()
    if "fold" not in folded and " times" not in folded and not any(c in text for c in _FOLD_TRAPS_TEXT):
        return False
    return pattern.search(text) is not None


def significant(v: float) -> str:
    """The significant digits of ``v`` ("7,200" -> "72", "1.26 million" -> "126")."""
    return ("%.9g" % v).replace(".", "").replace("e+", "e").split("e")[0].strip("0")


# Words before a figure, in two meanings, so that each check takes the list its reading needs.
# APPROXIMATE: the true figure is close to the one written, and a check keeps its tolerance ("about
# 1.2 billion dollars", "nearly tripled", "some 40 percent"). BOUND: the true figure lies on one
# side only, by any amount ("more than 1,200", "up to 30 percent", "at least seven"), so a check
# that compares sizes must stay silent, or allow a gap, on that side.
APPROXIMATE = ("about", "around", "roughly", "approximately", "approx.", "some", "nearly", "almost", "close to")
BOUND = ("more than", "less than", "fewer than", "over", "under", "at least", "at most", "up to", "just over",
         "just under")


def words(*lists) -> str:
    """An alternation of the words of ``lists`` for a pattern, longest first, a space matching a
    space or a no-break space. Words of one length in alphabetical order: the same pattern in
    every process (a set's order changes with the hash seed), so its stored program is found."""
    words = sorted({w for words in lists for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace("\\ ", "[ \u00a0]") for w in words) + ")"


APPROXIMATE_WORDS = words(APPROXIMATE)
APPROXIMATE_OR_BOUND = words(APPROXIMATE, BOUND)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# A figure with its scale word: "2,400", "4.05 million", "$1.2 billion", "1.86 hundred million".
FIG = (r"(?:[$¥]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:bn|mn|mln|tn|m|k)?"
        r"(?:[ \u00a0](?:hundred[ \u00a0]million|ten[ \u00a0]thousand|thousand|million|billion|trillion))?")
PCT = r"(?P<pct>\d+(?:\.\d+)?)[ \u00a0]?(?:percent|per[ \u00a0]cent|%)"
UP = r"(?P<dir>rose|rise|rises|risen|increased|increases|grew|grows|climbed|jumped|surged|was[ \u00a0]up|were[ \u00a0]up|up|fell|falls|fallen|dropped|declined|decreased|slid|shrank|was[ \u00a0]down|were[ \u00a0]down|down)"
# The units a figure may carry between it and the next words ("2,400 yuan", "3,000 tonnes").
UNIT = r"(?:[ \u00a0](?:yuan|dollars|tonnes|tons|people|households|units|vehicles|head|mu|hectares|kilograms|kilometres|kilometers|visitors|passengers|firms|companies|enterprises|cases|loans|jobs|homes|minutes|hours|days))?"

# Words that may stand between a figure and the change stated after it, with no comma: "70,000
# wafers by the end of 2027, an increase of 30 percent", "12.7 billion yuan in the first 10 months
# of this year, up 29.6 percent from ..." (a count of months or a year, never another figure).
BETWEEN = (r"(?:[ \u00a0](?:(?!a\b|per\b|each\b|an\b)[a-z-]+|(?:19|20)\d\d\b|\d{1,2}(?=[ \u00a0](?:months|weeks|days|quarters)\b))){0,9}")

def change_patterns(unit: str):
    """The three shapes of a stated change with its two ends ("rose 12 percent, from A to B",
    "from A to B, up 12 percent", "B, down 5 percent from A"), each end followed by ``unit``:
    the ``change`` shape's units, or the ``points`` shape's percent first."""
    before = re_programs.compile(
        r"(?=[rRiIgGcCjJsSwWuUfFdD])\b" + UP + r"(?:[ \u00a0]by)?[ \u00a0]" + PCT + r",?[ \u00a0]+from[ \u00a0](?P<a>" + FIG + r")" + unit
        + r"[ \u00a0]to[ \u00a0](?P<b>" + FIG + r")", re.IGNORECASE)
    after = re_programs.compile(
        r"(?=[fF])\bfrom[ \u00a0](?P<a>" + FIG + r")" + unit + r"[ \u00a0]to[ \u00a0](?P<b>" + FIG + r")" + unit + BETWEEN
        + r",?[ \u00a0]+(?:an?[ \u00a0](?P<noun>increase|rise|jump|gain|growth|decrease|drop|fall|decline|reduction)[ \u00a0]of|" + UP + r")[ \u00a0]"
        + PCT, re.IGNORECASE)
    since = re_programs.compile(
        r"(?=[$¥\d])(?<![\d,.])(?P<b>" + FIG + r")" + unit + BETWEEN + r",[ \u00a0]+" + UP + r"[ \u00a0]" + PCT
        + r"[ \u00a0]from[ \u00a0](?P<a>" + FIG + r")", re.IGNORECASE)
    return before, after, since


CHANGE_BEFORE, CHANGE_AFTER, CHANGE_FROM = change_patterns(UNIT)
# Words right after a rate of change (its "percent" or "%") that make it another rate than the
# plain ratio of the nominal figures it stands beside: real or adjusted ("up 4 percent in real
# terms", "at comparable prices", "after adjusting for quality", "seasonally adjusted",
# "excluding acquisitions", "in dollar terms", "per capita"), or a yearly average compounded
# over several years ("up 7.2 percent a year", "annually", "per annum"; "a year earlier" is a
# base, not a period; "at current prices" and "in nominal terms" are the levels' own rates).
# Good news states such rates beside the nominal levels; a check that divides the levels must
# leave them alone (``arithmetic``'s change, ``figure_links``' pair;
# ``change_fit`` reads a rate only where its clause ends, which leaves these out too).
_S = r"[ \u00a0]"
# Real or adjusted: the rate is of other levels than the nominal figures, wherever the words stand.
_REAL_RATE = (
    r"in" + _S + r"(?:real|volume|value|(?:local" + _S + r"|constant" + _S + r")?currency|(?:US" + _S + r"|U\.S\." + _S + r")?dollar|"
    r"yuan|euro|sterling|inflation-adjusted)" + _S + r"terms"
    r"|at" + _S + r"(?:comparable|constant|fixed|(?:19|20)\d\d)" + _S + r"(?:(?:19|20)\d\d" + _S + r")?prices"
    r"|on" + _S + r"an?" + _S + r"(?:comparable|like-for-like|like" + _S + r"for" + _S + r"like|adjusted|underlying|organic|"
    r"constant-currency|seasonally" + _S + r"adjusted)" + _S + r"basis"
    r"|like-for-like|(?:after|when)" + _S + r"(?:adjusting|adjusted|accounting|correcting|allowing)" + _S + r"for"
    r"|(?:adjusted|corrected)" + _S + r"for|after" + _S + r"(?:inflation|tax|taxes)|inflation-adjusted|seasonally" + _S + r"adjusted"
    r"|excluding|stripping" + _S + r"out|net" + _S + r"of")
# Yearly or per head: right after a rate it makes the rate a yearly average or a per-head one;
# after the last level it says what the levels are ("to 36,000 yuan a year"), not the rate.
_PER_RATE = (
    r"in" + _S + r"(?:per-capita|annual|annualised|annualized|compound)" + _S + r"terms"
    r"|at" + _S + r"an?" + _S + r"(?:average" + _S + r")?(?:annual|annualised|annualized|yearly|compound)" + _S + r"rate"
    r"|on" + _S + r"an?" + _S + r"(?:per-capita|per" + _S + r"capita|annual|annualised|annualized|yearly)" + _S + r"basis"
    r"|per" + _S + r"(?:capita|head|person)"
    r"|(?:a|per|each|every)" + _S + r"year(?!" + _S + r"*(?:earlier|ago|before|after|later|on" + _S + r"year|-on-year))"
    r"|annually|per" + _S + r"annum|year" + _S + r"after" + _S + r"year|compounded|on" + _S + r"average")
RATE_QUALIFIED = re_programs.compile(r",?" + _S + r"+(?:" + _REAL_RATE + r"|" + _PER_RATE + r")\b", re.IGNORECASE)
# After the last level of a change only the real or adjusted words make its rate another one
# ("from 3,100 yuan in real terms"): "from 30,000 yuan to 36,000 yuan a year, up 8 percent" states
# yearly levels, and their ratio is the rate.
REAL_QUALIFIED = re_programs.compile(r",?" + _S + r"+(?:" + _REAL_RATE + r")\b", re.IGNORECASE)
# The same shapes with figures that may be percentages ("from 5.2 percent to 5.8 percent"), which
# the ``change`` shapes leave to the percent signs after them (``arithmetic``'s ``points`` shape).
POINTS_BEFORE, POINTS_AFTER, POINTS_FROM = change_patterns(r"(?:[ \u00a0]?(?:percent|per[ \u00a0]cent|%)(?!age))?" + UNIT)

AVERAGE = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<t>" + FIG + r")[ \u00a0](?:yuan|dollars|tonnes|tons|kilograms|mu)\b[^.;:!?\n]{0,40}?\b(?:to|among|for|between)[ \u00a0]"
    r"(?P<n>" + FIG + r")[ \u00a0](?:[a-z-]+[ \u00a0]){0,3}?[a-z-]+s\b[^.;:!?\n]{0,30}?,?[ \u00a0]+an[ \u00a0]average[ \u00a0]of[ \u00a0]"
    r"(?:" + APPROXIMATE_WORDS + r"[ \u00a0])?(?P<b>" + FIG + r")"
    # the average of one of those counted: "each", "apiece", "per farmer" (not "a year", "percent")
    r"(?=[ \u00a0]+(?:yuan[ \u00a0]+|dollars[ \u00a0]+|tonnes[ \u00a0]+|tons[ \u00a0]+|kilograms[ \u00a0]+|mu[ \u00a0]+)?"
    r"(?:each|apiece|per[ \u00a0](?:person|household|farmer|family|firm|company|head|capita|village|project|student)"
    r"|a[ \u00a0](?:person|household|farmer|family|firm|head))\b)", re.IGNORECASE)

# A figure: its number, a short scale ("$12bn") and the rest ("4.05 million").
_VALUE = re_programs.compile(r"(?:[$¥]\s?)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(bn|mn|mln|tn|m|k)?(.*)")

@lru_cache(maxsize=20_000)
def value(figure: str) -> Optional[float]:
    """The number a figure with its scale word says ("4.05 million" -> 4050000.0), None when
    it holds no number or one too large for a float (a run of 310 digits reads as infinity,
    which no check's sums can take). Read once per distinct figure text: some thirty places of
    the figure rules ask, the same figures again and again (72,565 calls on a 1 MB line of the
    ``figure_shares`` rules' examples, a fifth of a second)."""
    m = _VALUE.match(figure.strip())
    if not m:
        return None
    number = float(m.group(1).replace(",", ""))
    if m.group(2):  # "$12bn", "$490m": the scale written short
        number *= {"bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3}[m.group(2)]
    else:
        words = m.group(3).lower().split()
        if words[:2] == ["hundred", "million"]:
            number *= 1e8
        elif words[:2] == ["ten", "thousand"]:
            number *= 1e4
        elif words:
            number *= SCALES.get(words[0], 1.0)
    return number if math.isfinite(number) else None

# A qualifier after a figure's noun that names another set than an earlier figure's: "4,500
# residents attended, and the 45,000 residents of the district can watch it online".
# A participle with a place or a time after it qualifies too: "the 21 million tonnes harvested
# nationwide", "the 12,000 students enrolled in Henan".
QUALIFIED = re_programs.compile(
    r"[ \u00a0]*(?:(?!(?:then|when|even|need)\b)[a-z]+(?:ed|en)|sold|built|made|spent|held|paid|bought|brought|caught|kept|sent|won|lost|left|grown|shown)"
    r"[ \u00a0]+(?=nationwide|countrywide|province-wide|citywide|worldwide|(?:in|across|at|from|throughout|on|for|by|over|during|since)[ \u00a0])"
    r"|[ \u00a0]*(?:(?:of|in|across|at|from|throughout|on)[ \u00a0]+(?:the|its|their|all|this|that|these|those|[A-Z])|"
    r"nationwide|countrywide|province-wide|citywide|worldwide|across)")

NUMS = (r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[ \u00a0](?:hundred[ \u00a0]million|ten[ \u00a0]thousand|thousand|million|billion))?")

SHARE = re_programs.compile(
    r"(?=\d)(?<![\d,.$¥€£/:-])(?P<a>" + NUMS + r")(?:[ \u00a0][a-z-]+){0,2}?[ \u00a0](?:of|out[ \u00a0]of)[ \u00a0]"
    r"(?:(?:the|its|their|all|a[ \u00a0]total[ \u00a0]of|the[ \u00a0]total)[ \u00a0])?(?P<b>" + NUMS + r")(?![\d,.]?\d)"
    r"(?:[ \u00a0](?!or\b|about\b)[a-z-]+){0,5}?,?[ \u00a0]+(?:\(|or[ \u00a0]|accounting[ \u00a0]for[ \u00a0]|making[ \u00a0]up[ \u00a0]|representing[ \u00a0])"
    r"(?:" + APPROXIMATE_OR_BOUND + r"[ \u00a0])?"
    r"(?P<pct>\d+(?:\.\d+)?)[ \u00a0]?(?:percent|per[ \u00a0]cent|%)(?!age)"
    r"(?=[ \u00a0]?(?:[.,;:)!?\n]|$|[ \u00a0]of[ \u00a0](?:the[ \u00a0])?(?:total|them|all|those)\b))", re.IGNORECASE)

PART = (r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[ \u00a0](?:thousand|million|billion))?(?:[ \u00a0][a-z-]+)?"
         r"[ \u00a0](?:were[ \u00a0]|are[ \u00a0]|was[ \u00a0])?(?:in|at|from)[ \u00a0](?:the[ \u00a0])?"
         r"(?!and\b|the\b)[A-Za-z][\w'’-]*(?:[ \u00a0](?!and\b)[A-Za-z][\w'’-]*){0,3}?(?=,|[ \u00a0]and[ \u00a0]|[.;:)!?\n]|$)")
PARTS = re_programs.compile(
    r"(?=\d)(?<![\d,.$¥€£/:-])(?P<t>" + NUMS + r")(?P<noun>(?:[ \u00a0][a-z-]+){1,3}?)(?:,|:|[ \u00a0][—–-])[ \u00a0]+"
    r"(?:including[ \u00a0]|of[ \u00a0]which[ \u00a0]|among[ \u00a0](?:them|which)[ \u00a0]|with[ \u00a0])?"
    r"(?P<list>" + PART + r"(?:,[ \u00a0]" + PART + r")*,?[ \u00a0]and[ \u00a0]" + PART + r")")

# Units of time and their sizes, for a change between two durations written in different units
# ("from 90 minutes to 2 hours, up 33%", "cut from 3 days to 36 hours, a 50% cut"): ``arithmetic``
# leaves such a change to ``figure_shares``' ``time_change`` shape, which converts both ends with
# this table before it checks the percent. A unit maps to (family, size); only units of one family
# convert. Seconds to weeks are fixed lengths (in seconds). Months and years are not (a month is 28
# to 31 days, a year 365 or 366), so they are kept in a family of their own, counted in months: a
# year is twelve months, a decade 120, whatever the calendar ("from 18 months to two years, up
# 33%"), while "from three months to 90 days" mixes the families and is read by no check.
DURATION_UNITS = {
    "second": ("clock", 1.0), "minute": ("clock", 60.0), "hour": ("clock", 3600.0), "day": ("clock", 86400.0),
    "week": ("clock", 604800.0),
    "month": ("calendar", 1.0), "year": ("calendar", 12.0), "decade": ("calendar", 120.0),
}
# The units of the table as one regex group, singular or plural ("(?:seconds?|minutes?|...)"): the
# one list of units the shapes that read a duration are written with.
DURATION_WORDS = "(?:" + "|".join(unit + "s?" for unit in DURATION_UNITS) + ")"


def duration_unit(word: str):
    """(family, size) of a unit of time, singular or plural, any case ("Hours" -> ("clock",
    3600.0)), None for any other word."""
    w = word.lower()
    return DURATION_UNITS.get(w[:-1] if w.endswith("s") and w[:-1] in DURATION_UNITS else w)


def same_duration(a: str, b: str):
    """The ratio of a unit ``a`` to a unit ``b`` where both are units of time of one family
    (``duration_unit``): a figure in ``a`` times it is in ``b`` ("hours", "minutes" -> 60.0);
    None where either is no unit of time or the two cannot be converted (months and days)."""
    ua, ub = duration_unit(a), duration_unit(b)
    if ua is None or ub is None or ua[0] != ub[0]:
        return None
    return ua[1] / ub[1]


# ``multiple``: a change named by its multiple with the figures it goes from and to ("doubled from
# 3,000 to 9,000", "from 40 to 60, doubling"): 翻番 and 翻两番 (quadrupled) are easily misread.
MULTIPLES = {"doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "tripling": 3.0, "trebled": 3.0, "trebling": 3.0,
              "quadrupled": 4.0, "quadrupling": 4.0, "halved": 0.5, "halving": 0.5}
MULTIPLE_VERB = r"(?P<verb>doubled|tripled|trebled|quadrupled|halved|doubling|tripling|trebling|quadrupling|halving)"
MULTIPLE = re_programs.compile(
    r"(?=[dDtTqQhHfF])\b(?:" + MULTIPLE_VERB + r"(?:[ \u00a0]in[ \u00a0](?:value|number|size|price))?,?[ \u00a0]+from[ \u00a0](?P<a>" + FIG + r")"
    + UNIT + r"[ \u00a0]to[ \u00a0](?P<b>" + FIG + r")" + r"|from[ \u00a0](?P<a2>" + FIG + r")" + UNIT + r"[ \u00a0]to[ \u00a0](?P<b2>"
    + FIG + r")" + UNIT + r",?[ \u00a0]+(?:" + MULTIPLE_VERB.replace("verb", "verb2") + r"|more[ \u00a0]than[ \u00a0](?P<more>doubling)))"
    r"(?![ \u00a0]?(?:percent|per[ \u00a0]cent|%)|[\d,.]?\d)", re.IGNORECASE)

# A bound alone before a change or a multiple ("more than doubled", "up to 30 percent"), for
# ``figure_links``, whose checks keep their tolerance after an approximation.
BOUND_BEFORE = re_programs.compile(r"\b" + words(BOUND) + r"[ \u00a0]*$", re.IGNORECASE)


# A difference of counts with its two ends (``arithmetic``'s ``difference`` shape): "1,300 ... enterprises,
# up from 1,152 a year earlier, an increase of 248".
NOT_PERCENT = r"(?![ \u00a0]?(?:percent|per[ \u00a0]cent|%|percentage)|\d|[,.]\d)"
DIFF_UPFROM = re_programs.compile(
    r"(?=[$¥\d])(?<![\d,.])(?P<b>" + FIG + r")" + UNIT + r"[^.;:!?\n,\d]{0,80}?,[ \u00a0]+(?P<dir>up|down)[ \u00a0]from[ \u00a0]"
    r"(?P<a>" + FIG + r")" + UNIT + r"(?:[ \u00a0][a-z-]+){0,4},?[ \u00a0]+(?:an?[ \u00a0](?:increase|rise|gain|decrease|drop|fall|decline)[ \u00a0]of"
    r"|(?:up|down)[ \u00a0]by)[ \u00a0](?P<c>" + FIG + r")" + NOT_PERCENT, re.IGNORECASE)


# Words that widen what a figure counts beyond an earlier figure's set.
SCOPE = re_programs.compile(r"\b(?:across|nationwide|countrywide|province-wide|citywide|worldwide|whole|entire|overall|in[ \u00a0]all|"
                             r"so[ \u00a0]far|throughout|national|global|total)\b", re.IGNORECASE)


def slipped(stated: float, computed: float) -> bool:
    """Whether a stated figure and the one its ties give differ by a power of ten (10 to
    10,000 times, within a fifth): the mark of a 万, 亿 or decimal point slipped in one of the
    figures the relation is worked out from, rather than of a wrong relation."""
    if stated <= 0 or computed <= 0:
        return False
    k = math.log10(max(stated, computed) / min(stated, computed))
    return 1 <= round(k) <= 4 and abs(k - round(k)) < 0.08


# A correction notice gives the wrong figure and the right one on purpose ("Correction: An
# earlier version of this article said more than 16,000 adults. The correct figure is more than
# 1,600."; clean_fresh152): a paragraph that opens with "Correction" or "Clarification", or
# that says an earlier version was wrong.
CORRECTION = re_programs.compile(
    r"^[ \t*_]*(?:corrections?|clarifications?|editor'?s[ \u00a0]note)\b"
    r"|\b(?:an[ \u00a0]earlier[ \u00a0]version[ \u00a0]of[ \u00a0]this|the[ \u00a0]correct[ \u00a0]figure[ \u00a0]is"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously)[ \u00a0](?:said|stated|reported|gave|put|described)|misstated)\b",
    re.IGNORECASE | re.MULTILINE)


def correction_paragraphs(text: str):
    """(start, end) of each paragraph (line) that is a correction notice, which every check of
    figures leaves alone (``arithmetic``'s scale check, ``figure_reading.story_figures``).
    Found once per text while it is being checked (several figure rules ask, and the pattern
    is tried at every position of the text): a new list each call."""
    kept = _CORRECTIONS.get(id(text))
    if kept is None or kept[0] is not text:
        if len(_CORRECTIONS) >= 256:  # the engine runs each rule over a batch of documents
            _CORRECTIONS.clear()
        kept = _CORRECTIONS[id(text)] = (text, tuple(_correction_paragraphs(text)))
    return list(kept[1])


_CORRECTIONS: dict = {}  # id(text) -> (text, kept alive, its correction paragraphs)


def _correction_paragraphs(text: str):
    out = []
    for m in CORRECTION.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        span = (start, len(text) if end < 0 else end)
        if not out or out[-1] != span:
            out.append(span)
    return out


def outside_corrections(text: str, items: list, start) -> list:
    """``items`` but those whose position (``start(item)``) lies in a correction notice of
    ``text`` (``correction_paragraphs``)."""
    corrections = correction_paragraphs(text) if items else ()
    if not corrections:
        return items
    return [item for item in items if not any(s <= start(item) < e for s, e in corrections)]


# A day of the month: a figure right after a month's name, whole or cut ("Dec. 1", "December 1",
# "Sept 30"), or right before one ("1 December"). It dates a thing and counts nothing.
MONTH_NAMES = ("january february march april may june july august september october november december").split()
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_MONTH_WORDS = r"(?:" + "|".join([m.capitalize() for m in MONTH_NAMES] + list(MONTH_ABBREVIATIONS)) + r")"
_MONTH_BEFORE_DAY = re_programs.compile(r"\b" + _MONTH_WORDS + r"\.?[ \u00a0]$")
_MONTH_AFTER_DAY = re_programs.compile(r"(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?" + _MONTH_WORDS + r"\b")


# The second day of a range of days ("between Dec. 1 and 15", "from Dec. 1 to 15", "Dec. 1-15").
_DAY_BEFORE_RANGE = re_programs.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:[ \u00a0](?:and|to|through|until|till)[ \u00a0]|[-–])$")


def day_of_month(text: str, start: int, end: int) -> bool:
    """Whether the figure ``text[start:end]`` (its digits) is a day of the month: a month's name
    right before it or right after it, or the second day of a range whose first is one."""
    if _MONTH_BEFORE_DAY.search(text, max(0, start - 11), start) or _MONTH_AFTER_DAY.match(text, end):
        return True
    first = _DAY_BEFORE_RANGE.search(text, max(0, start - 16), start)
    return bool(first and _MONTH_BEFORE_DAY.search(text, max(0, first.start(1) - 11), first.start(1)))

