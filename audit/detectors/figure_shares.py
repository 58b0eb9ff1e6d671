"""The ``figure_shares`` detector type (issue 9, forty-second round): figures of one sentence that
state a relation an editor works out and finds false, in shapes the older figure checks do not
read. Each shape reads only the document's own figures (no word list of topics):

- ``ratio``: a part of a whole with its share, the share named "a ratio of", "a proportion of",
  "a share of", "accounting for", "representing", "making up" or given "of the total": "of the 1,270 mines ..., 1,083 have ..., a ratio of
  87.3%"; "4.6 million of the roughly 12 million volumes ..., 46 percent of the total";
- ``two_parts``: two parts joined by "and" and the share of one in the total right after them:
  "2,870 patients were referred upward and 1,950 downward, meaning downward referrals made up
  68 percent of the total" (neither 59.5 nor 40.5);
- ``parts_over``: a total with two parts after "of which", "of whom" or "among them", each with
  its verb, that come to more than it: "28 stations, of which 26 are underground and 3 are
  elevated";
- ``time_change``: a change of a duration stated in two units with its percentage:
  "from about five hours to 20 minutes, a reduction of 75 percent" (93 percent); "from 90
  minutes to 2 hours, up 50%", "cut from 3 days to 36 hours, a 30% cut", "fell 75 percent, from
  two days to 12 hours" (round 43). The units are converted with
  ``figures_common.DURATION_UNITS`` (``arithmetic`` leaves such a change to this shape), and the
  word of direction beside the percent is read: a fall stated as a rise is reported.

A share is compared with every value the figures' rounding allows (the last digit written, a
tenth either way for a figure after "about", "roughly", ...); it must lie more than
``points`` percentage points outside them. No fix is offered: only the source says which figure
is wrong.
"""
from __future__ import annotations

import re

from .. import re_programs
from . import Hit, Key, check_choices, register
from .figures_common import (APPROXIMATE, APPROXIMATE_OR_BOUND, BOUND, COUNT_WORDS, DURATION_WORDS, NUMS, YEAR, outside_corrections, same_duration,
                             value, words)

_SHAPES = frozenset(("ratio", "two_parts", "parts_over", "time_change", "of_the"))
_S = r"[ \u00a0]"
_APPROX = r"(?:(?P<{0}x>" + APPROXIMATE_OR_BOUND + r")" + _S + r")?"
_PCT = r"(?P<pct>\d{1,3}(?:\.\d+)?)" + _S + r"?(?:%|percent\b|per" + _S + r"cent\b)(?!age)"
_FIGSTART = r"(?=\d)(?<![\d,.$¥€£/:-])"
_FIGEND = r"(?![\d,.]?\d)"
_WORDS = r"[A-Za-z][\w'’-]*"

# "of the 1,270 mines in the province, 1,083 have completed restoration plans, a ratio of 87.3%"
_RATIO_OF = re_programs.compile(
    r"\b[oO]f" + _S + r"(?:the|its|their|all|all" + _S + r"the)" + _S + _APPROX.format("b") + _FIGSTART + r"(?P<b>" + NUMS + r")" + _FIGEND
    + r"(?:" + _S + _WORDS + r"){1,6}?," + _S + _APPROX.format("a") + _FIGSTART + r"(?P<a>" + NUMS + r")" + _FIGEND
    + r"(?:" + _S + _WORDS + r"){1,10}?," + _S + r"(?:(?:a|an|the)" + _S + r"(?:ratio|proportion|share)" + _S + r"of|accounting" + _S + r"for|representing|making" + _S + r"up)" + _S
    + _APPROX.format("p") + _PCT)
# "4.6 million of the roughly 12 million volumes ... had been scanned, 46 percent of the total"
_OF_TOTAL = re_programs.compile(
    _FIGSTART + r"(?P<a>" + NUMS + r")" + _FIGEND + _S + r"of" + _S + r"(?:the|its|their|all|all" + _S + r"the)" + _S
    + _APPROX.format("b") + _FIGSTART + r"(?P<b>" + NUMS + r")" + _FIGEND
    + r"(?:" + _S + r"(?!or\b)" + _WORDS + r",?){1,16}?," + _S + r"(?:or" + _S + r")?" + _APPROX.format("p") + _PCT
    + _S + r"of" + _S + r"(?:the" + _S + r")?(?:total|whole)\b")
# "2,870 patients were referred upward and 1,950 downward, meaning downward referrals made up 68
# percent of the total"
_TWO_PARTS = re_programs.compile(
    _APPROX.format("a") + _FIGSTART + r"(?P<a>" + NUMS + r")" + _FIGEND + r"(?:" + _S + _WORDS + r"){1,6}?" + _S + r"and" + _S
    + _APPROX.format("b") + _FIGSTART + r"(?P<b>" + NUMS + r")" + _FIGEND + r"(?:" + _S + _WORDS + r"){0,4}?," + _S
    + r"(?P<subj>(?:" + _WORDS + _S + r"){1,8}?)" + _APPROX.format("p") + _PCT + _S + r"of" + _S + r"the" + _S + r"total\b")
# "28 stations, of which 26 are underground and 3 are elevated"
def _verb(name: str) -> str:
    return (_S + r"(?P<" + name + r"v>are|were|is|was|have|had|has)" + _S + r"(?P<" + name + r"w>" + _WORDS + r"(?:" + _S + _WORDS
            + r"){0,2}?)")
_PARTS_OVER = re_programs.compile(
    r"(?<!" + _S + r"than)(?<!" + _S + r"over)" + _S + _FIGSTART + r"(?P<t>\d{1,3}(?:,\d{3})+|\d+)" + _FIGEND + r"(?:" + _S + _WORDS + r"){1,2}?,"
    + _S + r"(?:of" + _S + r"which|of" + _S + r"whom|among" + _S + r"them|among" + _S + r"which)" + _S
    + _FIGSTART + r"(?P<a>\d{1,3}(?:,\d{3})+|\d+)" + _FIGEND + _verb("a") + r"(?:," + _S + r"|" + _S + r"and" + _S + r")"
    + _FIGSTART + r"(?P<b>\d{1,3}(?:,\d{3})+|\d+)" + _FIGEND + _verb("b") + r"(?=[.,;])")
# A change of a duration written in two units with its percentage, the units converted with
# figures_common.DURATION_UNITS: "from about five hours to 20 minutes, a reduction of 75 percent",
# "from 90 minutes to 2 hours, up 33%", "cut from 3 days to 36 hours, a 50% cut", "fell 75
# percent, from two hours to 30 minutes". The word of direction beside the percent is read: a
# fall written as a rise is reported too.
_DURATION = r"(?P<{0}u>" + DURATION_WORDS + r")\b"
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|an|a)"
_ENDS = (r"\bfrom" + _S + _APPROX.format("a") + r"(?P<a>" + _COUNT + r")" + _S + _DURATION.format("a")
         + r"(?P<ap>" + _S + r"(?:a|per|each|every)" + _S + r"[a-z]+)?"
         + r"(?:" + _S + r"on" + _S + r"average)?" + _S + r"to" + _S + _APPROX.format("b") + r"(?P<b>" + _COUNT + r")" + _S
         + _DURATION.format("b") + r"(?P<bp>" + _S + r"(?:a|per|each|every)" + _S + r"[a-z]+)?"
         # not the first unit of a compound duration ("to an hour and a half", "to 2 hours and 15 minutes")
         + r"(?!" + _S + r"and" + _S + r"(?:a" + _S + r"(?:half|quarter)|\d|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)\b)")
# Words between the second end and its percent ("on average", "last year"): no clause of its own
# ("and fares were down 20 percent"), no comparison ("2 hours less often").
_BETWEEN_ENDS = (r"(?:" + _S + r"(?!(?:and|but|while|whereas|as|with|when|where|which|who|so|or|yet|than|less|more|fewer|"
                 r"were|was|is|are|has|have|had|will|would|could|can|may|might)\b)" + _WORDS + r"){0,4}?,?" + _S)
# The words of a fall beside the percent (any other word of the shapes states a rise).
_FALL_WORDS = frozenset(("reduction", "cut", "decrease", "drop", "fall", "decline", "saving", "shortening", "fell", "fallen",
               "dropped", "declined", "decreased", "shortened", "reduced", "shrank", "shrunk", "slashed", "trimmed",
               "down", "shorter", "less"))
_NOUNS = r"(?:increase|rise|jump|gain|growth|extension|reduction|cut|decrease|drop|fall|decline|saving|shortening)"
_TIME_TAILS = (
    r"(?:a|an)" + _S + r"(?P<dir>" + _NOUNS + r")" + _S + r"of" + _S + _APPROX.format("p") + _PCT,  # a reduction of 75 percent
    r"(?:a|an)" + _S + _APPROX.format("p") + _PCT + _S + r"(?P<dir>" + _NOUNS + r")",  # a 50% cut
    r"(?P<dir>up|down)" + _S + r"(?:by" + _S + r")?" + _APPROX.format("p") + _PCT,  # up 33%
    r"(?:or" + _S + r")?" + _APPROX.format("p") + _PCT + _S + r"(?P<dir>shorter|longer|less|more)",  # 25 percent shorter
)
# A range, not a change: the two ends after a word of extent ("aged from six months to three
# years", "terms from six months to two years", "ranging", "lasting", "varying"); review rm43a.
_RANGE_BEFORE = re_programs.compile(r"\b(?:aged|ages|ranging|ranged|ranges?|varying|varied|vary|varies|lasting|lasts?|lasted|spanning|"
                           r"terms?|maturities|maturity|periods?|durations?)" + _S + r"+$", re.IGNORECASE)
# Two ends that are points in time from an event, not a duration that changed ("from seven days to
# two weeks after vaccination"); review rm43a.
_POINTS_IN_TIME = re_programs.compile(_S + r"(?:after|before|following|since|post|prior)\b", re.IGNORECASE)
# The verb-first shape's ends close their clause, a few words of their own at most ("fell 75
# percent, from two days to 12 hours last year."), or the percent may be of another thing.
_ENDS_CLOSE = re_programs.compile(r"(?:" + _S + r"(?!(?:and|but|while|whereas|as|with|when|where|which|who|so|or|yet|than|of|for|"
                         r"among|in|into|per)\b)" + _WORDS + r"){0,4}?" + r"[ \u00a0]*(?:[.,;:!?)]|$)", re.IGNORECASE)
_PCT_SIGN = re_programs.compile(_S + r"?(?:%|percent|per" + _S + r"cent)", re.IGNORECASE)
# The two ends are found once; each tail is tried where they stop, and the verb-first shape just
# before them ("fell 75 percent, from two hours to 30 minutes", "was cut by 50 percent from three
# days to 36 hours"): one pass over the text, whatever the number of shapes.
_TIME_ENDS = re_programs.compile(_ENDS, re.IGNORECASE)
_TIME_TAIL = [re_programs.compile(_BETWEEN_ENDS + tail, re.IGNORECASE) for tail in _TIME_TAILS]
_TIME_BEFORE = re_programs.compile(
    r"\b(?P<dir>rose|risen|increased|grew|grown|climbed|jumped|lengthened|extended|fell|fallen|dropped|declined|decreased|"
    r"shortened|cut|reduced|shrank|shrunk|slashed|trimmed)" + _S + r"(?:by" + _S + r")?" + _APPROX.format("p") + _PCT + r",?"
    + _S + r"+$", re.IGNORECASE)
_BOUND_BEFORE = re_programs.compile(r"\b" + APPROXIMATE_OR_BOUND + _S + r"?$", re.IGNORECASE)
_TOTAL_AGAIN = re_programs.compile(r"," + _S + r"(?:a" + _S + r")?total(?:" + _S + r"of)?" + _S + r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]?\d)")
# "Of the passengers on the first sailing, 2,100 were foreign nationals, or 64 percent" with "3,860
# passengers" earlier in the story: the whole named by its noun alone, counted once before.
_OF_THE = re_programs.compile(
    r"(?:^|(?<=[.!?\n]))[ \u00a0\t]*[oO]f" + _S + r"(?:the|these|those)" + _S + r"(?P<phrase>[a-z][a-z-]*(?:" + _S + r"[A-Za-z][\w'’-]*){0,6}?),"
    + _S + _FIGSTART + r"(?P<a>" + NUMS + r")" + _FIGEND + r"(?:" + _S + _WORDS + r"){1,8}?," + _S
    + r"(?:or|accounting" + _S + r"for|making" + _S + r"up|representing)" + _S + _APPROX.format("p") + _PCT + r"(?=[.,;])")
_COUNTED = re_programs.compile(_FIGSTART + r"(?P<n>" + NUMS + r")" + _FIGEND + _S + r"(?P<w1>[a-z][a-z-]*)(?:" + _S + r"(?P<w2>[a-z][a-z-]*))?")
# What may follow a share that is the whole clause's point: the clause ends ("a ratio of 87.3%.",
# "46 percent of the total,"); a share followed by more words is one of another base ("a share of
# 70 percent by market value", "40 percent of the total wage bill", "a reduction of 15 percent in
# fuel costs").
_CLAUSE_END = re_programs.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)")
_BOUND_ONLY_BEFORE = re_programs.compile(r"\b" + words(BOUND) + _S + r"?$", re.IGNORECASE)
_APPROX_ONLY_BEFORE = re_programs.compile(r"\b" + words(APPROXIMATE) + _S + r"?$", re.IGNORECASE)
# Words of a share's subject that name no part: verbs of sharing, pronouns, articles ("meaning
# downward referrals made up", "with postal votes making up").
_SUBJECT_FILLER = frozenset((
    "with", "the", "and", "for", "made", "make", "makes", "accounted", "account", "accounts", "represented", "formed",
    "were", "was", "are", "its", "their", "which", "whom", "that", "meaning", "while", "thus", "them", "those", "these",
    "together", "both", "all"))


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence of ``at`` before it (at most 300 characters back)."""
    lo = max(0, at - 300)
    stop = max(text.rfind(". ", lo, at), text.rfind("? ", lo, at), text.rfind("! ", lo, at))
    return text[stop + 1 if stop >= 0 else lo:at]


def _bounded(text: str, at: int) -> bool:
    """A figure at ``at`` after "more than", "over", "up to" ...: it states one side only."""
    return _BOUND_ONLY_BEFORE.search(text, max(0, at - 30), at) is not None


def _approximate(m, text: str, name: str) -> bool:
    """The figure ``name`` of ``m`` after "about", "roughly" ... (in the match or just before it,
    "About 300 of the 1,000 seats")."""
    return bool(m.groupdict().get(name + "x")) or _APPROX_ONLY_BEFORE.search(text, max(0, m.start(name) - 30), m.start(name)) is not None
_RELATIVE = re_programs.compile(r"\b(?:who|whom|that|which|whose)\b")


@register("figure_shares", {
    "shapes": Key((list,), sorted(_SHAPES), "which shapes to read: " + ", ".join(sorted(_SHAPES))),
    "points": Key((int, float), 1.5, "percentage points a share may lie outside what the figures' rounding allows"),
}, fields=("computed",))
def prepare(p):
    check_choices(p, "shapes", _SHAPES)
    return {"shapes": frozenset(p["shapes"]), "points": float(p["points"])}


def _bounds(figure: str, approx: bool):
    """The least and the most a written figure may stand for: a tenth either way after "about",
    else half a unit of its last digit where it has a decimal or a scale word ("4.6 million")."""
    v = value(figure)
    if v is None:
        return None
    if approx:
        return v * 0.9, v * 1.1
    digits = figure.split()[0].replace(",", "")
    if "." in digits or len(figure.split()) > 1:
        step = 10 ** -len(digits.split(".")[1]) if "." in digits else 1.0
        half = v / float(digits) * step / 2 if float(digits) else 0.0
        return v - half, v + half
    return v, v


def _outside(stated: float, lo: float, hi: float, points: float) -> bool:
    return stated < lo - points or stated > hi + points


def _share_hit(m, text: str, part: str, whole: str, points: float):
    if not _CLAUSE_END.match(text, m.end()) or _bounded(text, m.start(part)) or _bounded(text, m.start(whole)):
        return None  # a share of another base ("70 percent by market value"); "more than 300 of the 1,000"
    pa = _bounds(m.group(part), _approximate(m, text, part))
    pb = _bounds(m.group(whole), _approximate(m, text, whole))
    if not pa or not pb or pb[0] <= 0 or pa[1] > pb[1] or m.group("px"):
        return None
    stated = float(m.group("pct"))
    lo, hi = pa[0] / pb[1] * 100, pa[1] / pb[0] * 100
    if not _outside(stated, lo, hi, points):
        return None
    return Hit(m.start("pct"), m.end(), None, {"computed": f"{pa[0] / pb[0] * 100:.1f} percent"})


def _names_a_part(m, text: str) -> bool:
    """The share's subject repeats a word of the sentence before it ("2,870 patients were referred
    upward and 1,950 downward, meaning downward referrals made up"; "6,000 ballots in person and
    4,000 by post, with postal votes making up"): a share of one of the two parts, not of a third
    thing ("with Asia accounting for", "electric models making up", "the two together making up")."""
    said = {w[:4] for w in re.findall(r"[a-z]{3,}", _sentence_before(text, m.start("subj")).lower())}
    return any(w[:4] in said for w in re.findall(r"[a-z]{3,}", m.group("subj").lower())
               if w not in _SUBJECT_FILLER and not w.endswith("ing"))


def _total_before(m, text: str, total: float) -> bool:
    """A figure in the sentence before the two parts as large as their sum or larger, not a year
    ("Of 500 people on board, 200 were men and 250 were women"): the share may be of it."""
    for f in re.finditer(NUMS, _sentence_before(text, m.start())):
        v = value(f.group())
        if v and v >= total and not YEAR.fullmatch(f.group()):
            return True
    return False


def _two_parts_hit(m, text: str, points: float):
    if not _CLAUSE_END.match(text, m.end()) or not _names_a_part(m, text):
        return None  # "of the total for the year"; a share of a third thing
    pa = _bounds(m.group("a"), _approximate(m, text, "a"))
    pb = _bounds(m.group("b"), _approximate(m, text, "b"))
    if not pa or not pb or m.group("px") or pa[0] <= 0 or pb[0] <= 0 or _total_before(m, text, pa[0] + pb[0]):
        return None
    stated = float(m.group("pct"))
    for x, y in ((pa, pb), (pb, pa)):
        if not _outside(stated, x[0] / (x[0] + y[1]) * 100, x[1] / (x[1] + y[0]) * 100, points):
            return None
    a, b = pa[0], pb[0]
    return Hit(m.start("pct"), m.end(), None,
               {"computed": f"{a / (a + b) * 100:.1f} or {b / (a + b) * 100:.1f} percent of their total"})


def _parallel(m) -> bool:
    """The two parts after "of which" are two values of one attribute, said alike: one verb and
    predicates of as many words, ending in one word where they are longer ("26 are underground and
    3 are elevated", "30 are primary schools and 18 are middle schools"). Parts said unalike may
    overlap ("20 are in Beijing and 12 are new", "30 are Chinese and 25 are technology firms")."""
    wa, wb = m.group("aw").lower().split(), m.group("bw").lower().split()
    return m.group("av").lower() == m.group("bv").lower() and len(wa) == len(wb) and (len(wa) == 1 or wa[-1] == wb[-1])


def _count(word: str):
    """The least and the most a written count of time may stand for: a word ("five", "an") or a
    whole number as written, a decimal half a unit of its last digit either way ("1.5 hours")."""
    w = word.lower().replace(",", "")
    v = {"one": 1.0, "an": 1.0, "a": 1.0}.get(w) or float(COUNT_WORDS.get(w) or w)
    half = 10 ** -len(w.split(".")[1]) / 2 if "." in w else 0.0
    return v - half, v + half


def _time_hits(text: str, points: float):
    for m in _TIME_ENDS.finditer(text):
        ratio = same_duration(m.group("au"), m.group("bu"))
        if ratio is None or ratio == 1.0 or (m.group("ap") or "").lower() != (m.group("bp") or "").lower():
            continue  # one unit (the change checks read it), months and days, "a day" and "a week"
        if _RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "children aged from six months to three years, up 20 percent,": a range
        if _POINTS_IN_TIME.match(text, m.end()):
            continue  # "fell 40 percent from seven days to two weeks after vaccination": two moments
        for tail in _TIME_TAIL:
            t = tail.match(text, m.end())
            if t and _CLAUSE_END.match(text, t.end()):  # not "a reduction of 15 percent in fuel costs"
                break
        else:
            t = _TIME_BEFORE.search(text, max(0, m.start() - 60), m.start()) if _ENDS_CLOSE.match(text, m.end()) else None
        if t:
            hit = _time_hit(m, t, ratio, text, points)
            if hit:
                yield hit


def _time_hit(m, t, ratio: float, text: str, points: float):
    """The percent of ``t`` (its word of direction ``dir``) against the change between the two
    ends of ``m``, the first ``ratio`` times the unit of the second."""
    if t.group("px"):
        return None  # "a reduction of about 30 percent": no exact percent to check
    (a_lo, a_hi), (b_lo, b_hi) = _count(m.group("a")), _count(m.group("b"))
    a, b = (a_lo + a_hi) / 2 * ratio, (b_lo + b_hi) / 2  # both in the unit of the second figure
    a_lo, a_hi = a_lo * ratio, a_hi * ratio
    if m.group("ax"):
        a_lo, a_hi = a_lo * 0.9, a_hi * 1.1
    if m.group("bx"):
        b_lo, b_hi = b_lo * 0.9, b_hi * 1.1
    if a_lo <= 0:
        return None
    changes = [(y - x) / x * 100 for x in (a_lo, a_hi) for y in (b_lo, b_hi)]
    lo, hi = min(changes), max(changes)
    stated = float(t.group("pct")) * (-1 if t.group("dir").lower() in _FALL_WORDS else 1)
    if not _outside(stated, lo, hi, max(points, 2.0)):
        return None
    change = (b - a) / a * 100
    said = "a fall" if change < 0 else "a rise"
    return Hit(t.start("pct"), _PCT_SIGN.match(text, t.end("pct")).end(), None, {"computed": f"{said} of {abs(change):.1f} percent"})


def _of_the_hits(text: str, points: float):
    counted = None
    for m in _OF_THE.finditer(text):
        if counted is None:  # {noun: [where first counted, its value, where first counted otherwise]}, once per document
            counted = {}
            for c in _COUNTED.finditer(text):
                v = None if _approximate(c, text, "n") or _bounded(text, c.start()) else value(c.group("n"))
                for w in {c.group("w1"), c.group("w2")} - {None}:  # "3,860 passengers", "3,860 foreign passengers"
                    seen = counted.setdefault(w, [c.start(), v, len(text)])
                    if seen[1] != v and seen[2] == len(text):
                        seen[2] = c.start()
        if _RELATIVE.search(m.group("phrase")):
            continue  # "Of the students who sat it this year": a whole defined anew, not the one counted
        wholes = set()
        for w in {w for w in m.group("phrase").split() if len(w) > 3 and w.endswith("s") and w in counted}:
            first, v, other = counted[w]
            if first < m.start():
                wholes |= {v, None} if other < m.start() else {v}  # None: a second count, so no one whole
        if len(wholes) != 1 or m.group("px"):
            continue
        whole = wholes.pop()
        part = _bounds(m.group("a"), False)
        if not whole or not part or part[1] >= whole:
            continue
        stated = float(m.group("pct"))
        if _outside(stated, part[0] / whole * 100, part[1] / whole * 100, points):
            yield Hit(m.start("pct"), m.end(), None,
                      {"computed": f"{part[0] / whole * 100:.1f} percent of the {whole:,.0f} counted before"})


@prepare.detector
def detect(doc, state):
    """The shapes' findings, but those inside a correction notice, which quotes the wrong figure it
    corrects (``outside_corrections``, as the other figure checks read)."""
    return outside_corrections(doc.text, list(_hits(doc, state)), lambda hit: hit.start)


def _hits(doc, state):
    text, shapes, points = doc.text, state["shapes"], state["points"]
    if "ratio" in shapes and ("%" in text or "per" in text):
        for pattern in (_RATIO_OF, _OF_TOTAL):
            for m in pattern.finditer(text):
                hit = _share_hit(m, text, "a", "b", points)
                if hit:
                    yield hit
    if "two_parts" in shapes and "total" in text:
        for m in _TWO_PARTS.finditer(text):
            hit = _two_parts_hit(m, text, points)
            if hit:
                yield hit
    if "parts_over" in shapes:
        for m in _PARTS_OVER.finditer(text):
            t, a, b = (int(m.group(k).replace(",", "")) for k in ("t", "a", "b"))
            if a + b > t and a < t and b < t and not _BOUND_BEFORE.search(text, max(0, m.start() - 30), m.start("t")) \
                    and _parallel(m):
                again = _TOTAL_AGAIN.match(text, m.end())  # ", total 312": the total restated
                yield Hit(m.start("t"), again.end() if again else m.end(), None, {"computed": f"{a + b:,}"})
    if "of_the" in shapes and ("Of the" in text or "Of these" in text or "Of those" in text):
        yield from _of_the_hits(text, points)
    if "time_change" in shapes and "from" in text:
        yield from _time_hits(text, points)
