"""The figures of a text as the ``figure_links`` and ``figure_dates`` checks read them: each
figure with its unit (a currency, a measure or the plural noun it counts), its kind (a count, a
percentage, percentage points, a year) and its value with the scale word; and the sentences
they stand in, by a cheap splitter of this module's own (the document's segmenter costs ten
seconds a megabyte)."""
from __future__ import annotations

import re
from typing import List, NamedTuple, Optional

from .. import re_programs
from .figures_common import YEAR, outside_corrections, value

# A figure: a currency mark, digits, a short scale or a scale word ("$1.2bn", "3.74 million",
# "HK$11 billion", "RMB 5 million").
_FIGURE = re_programs.compile(
    r"(?<![\w.,/:$¥€£-])(?P<cur>(?:US|HK|NT|S|A|C)?\$|¥|€|£|RMB(?=[ \u00a0]?\d))?[ \u00a0]?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<d>\.\d+)?(?P<short>bn|mn|tn|m|k)?"
    r"(?P<scale>[ \u00a0](?:hundred[ \u00a0]million|ten[ \u00a0]thousand|thousand|million|billion|trillion))?"
    r"(?![\w]|[.,:]\d|[ \u00a0]?[-–~][ \u00a0]?\d)")
# The first figure of a range ("2,300 to 3,100 workers") is no figure of its own; after "from" it
# is the start of a change ("grew from 2,300 to 3,100").
_RANGE_TO = re_programs.compile(r"[ \u00a0]to[ \u00a0](?:[$¥€£][ \u00a0]?)?\d")
_FROM = re_programs.compile(r"\bfrom[ \u00a0](?:about[ \u00a0]|some[ \u00a0]|nearly[ \u00a0]|around[ \u00a0]|roughly[ \u00a0]|just[ \u00a0])?$", re.IGNORECASE)
# The currency a mark before a figure names.
_MARK_CURRENCY = {"$": "dollars", "US$": "dollars", "HK$": "hk-dollars", "NT$": "nt-dollars", "S$": "s-dollars",
                  "A$": "a-dollars", "C$": "c-dollars", "¥": "yen-or-yuan", "€": "euros", "£": "pounds", "RMB": "yuan"}
# Currency words after a figure: one unit each ("Hong Kong dollars" is not "dollars").
_CURRENCY_WORDS = {"yuan": "yuan", "rmb": "yuan", "renminbi": "yuan", "dollars": "dollars", "euros": "euros",
                   "pounds": "pounds", "yen": "yen", "won": "won", "rupees": "rupees"}
_PERCENT_AFTER = re_programs.compile(r"[ \u00a0]?(?:percent|per[ \u00a0]cent|%)(?!age)", re.IGNORECASE)
_POINTS_AFTER = re_programs.compile(r"[ \u00a0]?percentage[ \u00a0]points?\b", re.IGNORECASE)
_WORDS_AFTER = re_programs.compile(r"(?:[ \u00a0](?:U\.S\.|US))?((?:[ \u00a0][a-z][a-z-]*){1,3})")
# Units a figure may carry, read as they are; any other plural noun is a unit too.
_UNIT_WORDS = frozenset(("yuan dollars euros pounds rmb renminbi yen won rupees tonnes tons kilograms kilometres kilometers "
                         "metres meters hectares mu acres miles litres liters people "
                         # plurals without an s
                         "children men women staff personnel police cattle sheep livestock poultry").split())
# Words that end the search for a figure's unit ("2,400 sold in", "1,500 is").
_UNIT_STOP = frozenset(("of in on at to from for by with than as and or but is are was were will has have had "
                        "a an the this that which who more less each per over under after before since during within "
                        "across through").split())
# Units that are no quantity of the story's own (times, durations, ranks).
NOT_QUANTITY = frozenset(("years months weeks days hours minutes seconds quarters decades centuries times points "
                           "percent degrees").split())


# "Hong Kong dollars", "Australian dollars": not US dollars.
_OTHER_DOLLARS = re_programs.compile(r"[ \u00a0](?:Hong[ \u00a0]Kong|HK|Singapore|Australian|Canadian|New[ \u00a0]Taiwan|Taiwan|New[ \u00a0]Zealand)[ \u00a0]dollars")


class Figure(NamedTuple):
    start: int
    end: int        # the end of the figure with its unit ("37.4 million tonnes")
    num_end: int    # the end of the figure alone ("37.4 million")
    value: float
    unit: Optional[str]
    kind: str       # "count", "percent", "points", "year"
    money: bool


def _unit(text: str, pos: int) -> tuple:
    """The unit after a figure and the end of its words ("tonnes", end), or (None, pos)."""
    m = _WORDS_AFTER.match(text, pos)
    if not m:
        return None, pos
    for w in re.finditer(r"[a-z][a-z-]*", m.group(1)):
        word = w.group()
        if word in _UNIT_STOP:
            break
        if word in _UNIT_WORDS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")):
            return word, m.start(1) + w.end()
    return None, pos


# A run of digits: every figure's number opens one (the mark and the space before it are at most
# four characters: "US$ 5", "RMB 5").
_DIGITS = re_programs.compile(r"\d+")
_FIGURE_OPENERS = frozenset("USHNAC$¥€£R \u00a0")


def _figure_matches(text: str, lo: int, hi: int):
    """The matches of ``_FIGURE.finditer(text, lo, hi)``, tried only where one can start: at a
    run of digits or up to four characters before it, on a character a figure opens on. The
    pattern opens on a look-behind and optional parts, so ``re`` would try it at every position
    of the text (two thirds of this module's time); tests/test_sentence_scans.py checks the
    same matches."""
    pos = lo
    for run in _DIGITS.finditer(text, lo, hi):
        d = run.start()
        if d < pos:
            continue
        for s in range(max(pos, d - 4), d + 1):
            if s < d and text[s] not in _FIGURE_OPENERS:
                continue
            m = _FIGURE.match(text, s, hi)
            if m:
                yield m
                pos = m.end()
                break


def figures(text: str, lo: int = 0, hi: Optional[int] = None) -> List[Figure]:
    """The figures of ``text[lo:hi]`` with their units, in order."""
    out = []
    hi = len(text) if hi is None else hi
    for m in _figure_matches(text, lo, hi):
        v = value(m.group()[m.start("n") - m.start():])
        if v is None or _RANGE_TO.match(text, m.end()) and not _FROM.search(text, max(0, m.start() - 16), m.start()):
            continue
        money = bool(m.group("cur"))
        points = _POINTS_AFTER.match(text, m.end())
        if points:
            out.append(Figure(m.start("n"), points.end(), m.end(), v, "points", "points", money))
            continue
        p = _PERCENT_AFTER.match(text, m.end())
        if p:
            out.append(Figure(m.start("n"), p.end(), m.end(), v, "percent", "percent", money))
            continue
        if not (m.group("d") or m.group("scale") or m.group("short") or m.group("cur") or "," in m.group("n")) \
                and YEAR.fullmatch(m.group("n")):
            out.append(Figure(m.start(), m.end(), m.end(), v, None, "year", money))
            continue
        unit, end = _unit(text, m.end())
        other = _OTHER_DOLLARS.match(text, m.end())
        if other:
            money, unit, end = True, "other-dollars", other.end()
        elif money:
            unit = _MARK_CURRENCY[m.group("cur")]
        elif unit in _CURRENCY_WORDS:
            money, unit = True, _CURRENCY_WORDS[unit]
        out.append(Figure(m.start("cur") if m.group("cur") else m.start("n"), end, m.end(), v, unit, "count", money))
    return out


def story_figures(text: str) -> List[Figure]:
    """``figures`` of the whole of ``text`` but those of a correction notice, which gives a
    wrong figure and the right one on purpose. Read once per text while it is being checked
    (several figure rules ask for them): a new list each call."""
    kept = _STORY_FIGURES.get(id(text))
    if kept is None or kept[0] is not text:
        if len(_STORY_FIGURES) >= 256:  # the engine runs each rule over a batch of documents
            _STORY_FIGURES.clear()
        kept = _STORY_FIGURES[id(text)] = (text, tuple(outside_corrections(text, figures(text), lambda f: f.start)))
    return list(kept[1])


_STORY_FIGURES: dict = {}  # id(text) -> (text, kept alive, its story figures)


# Sentence ends for this detector's own reading: a stop, a question or an exclamation mark
# before a space and a capital, a digit or an opening quotation mark, and line breaks. Cheaper by
# far than the document's segmenter (pysbd: 10 s a megabyte), which no other check of one
# document needs; an abbreviation before a capital ("Mr. Li", "the U.S. Treasury") is no end.
# The pattern takes the mark itself ("." and what follows it) and each alternative opens on one
# literal character, so that ``re`` looks for those characters first instead of trying a
# look-behind at every position; ``sentences`` cuts after the mark. The same ends as
# ``(?<=[.!?])[\"”’')\]]*[ \u00a0\t]+(?=[\"“‘(]?[A-Z0-9])|[ \t]*\n\s*`` (tests/test_sentence_scans.py).
_MARK_TAIL = r"[\"”’')\]]*[ \u00a0\t]+(?=[\"“‘(]?[A-Z0-9])"
_SENTENCE_END = re_programs.compile(r"\." + _MARK_TAIL + r"|!" + _MARK_TAIL + r"|\?" + _MARK_TAIL +
                                    r"| [ \t]*\n\s*|\t[ \t]*\n\s*|\n\s*")
_ABBREVIATION = re_programs.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Inc|Co|Corp|Ltd|Jr|Sr|Gen|Gov|Sen|Rep|vs|approx|"
                                    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e)|\b[A-Z](?:\.[A-Z])*)\.$")


def sentences(text: str) -> list:
    """(start, end) of each sentence of ``text``, by ``_SENTENCE_END``."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        at = m.start() + 1 if text[m.start()] in ".!?" else m.start()  # the end after a mark
        if text[at - 1:at] == "." and _ABBREVIATION.search(text, max(0, at - 12), at) \
                and "\n" not in m.group():
            continue
        if at > start:
            out.append((start, at))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def grouped(text: str, spans, figs: List[Figure]) -> list:
    """(start, end, figures inside) for each sentence that holds a figure, in one pass over both
    sorted lists."""
    out, i = [], 0
    for lo, hi in spans:
        while i < len(figs) and figs[i].start < lo:
            i += 1
        j = i
        while j < len(figs) and figs[j].start < hi:
            j += 1
        if j > i:
            out.append((lo, hi, figs[i:j]))
        i = j
    return out


def document_sentences(doc) -> list:
    """``sentences`` of a document, found once for every check that reads them."""
    key = ("figure_reading", "sentences")
    if key not in doc.cache:
        doc.cache[key] = sentences(doc.text)
    return doc.cache[key]

