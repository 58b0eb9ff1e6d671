"""The ``parts_total`` detector type (issue 9, twenty-ninth round): a total and the parts one
sentence gives of it that the arithmetic contradicts.

An editor adds up the parts a news sentence lists: "The city has 5 districts and 3 counties, a
total of 9 districts and counties" (5 + 3 is 8), "Of the 200 firms checked, 150 passed and 70
failed" (220 of 200), "A total of 120 people were injured, including 80 seriously and 50
slightly". MT slips a figure when it converts 万 and 亿, drops or doubles a digit, or reads 余
and 多 as exact, and the sentence's own sum shows it. Two shapes:

- ``exhaustive``: the parts come first and a total closes the list ("A and B, a total of N",
  "..., totalling N", "..., adding up to N", "..., total N"): the parts must add up to the
  total ("adding up to" is no hedge "up to"; issue 9, thirty-third round);
- ``subset``: a total first and parts after it ("Of the N X, A ... and B ...", "N X, including
  A ... and B ...", "N X, of which A ..."): the parts may leave some out, so they only may not
  exceed it.

A figure counts when it is a plain count: not a percentage, not a year (1900-2099 without a
comma), not a time or a measure (``units`` after it), and not hedged ("about", "more than",
"nearly", "over" ... anywhere in the stretch read, where the sum is not meant to be exact).
Every part must name what it counts with a word after it (a noun, or an adverb or verb of a
subset: "80 seriously", "150 passed"); a part's noun that is a unit, or that differs from the
total's own noun when both are units, stops the reading ("between 18 and 60 years" has a part
with no word after it and is no list).
"""
from __future__ import annotations

import re

from .. import re_programs
from . import check_choice, Hit, Key, param_words, register
from .figures_common import SCALES as _SCALES

_MODES = ("exhaustive", "subset")
_FIG = r"(?<![\w.,$€£¥-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: (?:thousand|million|billion|trillion))?(?!\d|[,.]\d)"
_FIG_RE = re_programs.compile(_FIG)
_WORD = re_programs.compile(r" ([a-z][a-z-]*)")
# A sentence: up to a full stop, question or exclamation mark that a space and a capital (or a
# line's end) follow; a decimal point is no end.
_SENTENCE = re_programs.compile(r"[^\n]+?(?:[.!?](?=[\"”’]?(?: +[A-Z\"“]|\s*$))|$)", re.MULTILINE)
_HEDGES = re_programs.compile(r"\b(?:about|around|nearly|almost|over|more than|less than|fewer than|at least|at most|"
                     r"some|roughly|approximately|(?<!adding )up to|close to|under|above|below|or so|odd|plus|"
                     r"percent|per cent|percentage|share|rate|average|per|each|every|times|aged|age)\b|%",
                     re.IGNORECASE)
_EXHAUSTIVE = re_programs.compile(
    r"(?P<parts>" + _FIG + r"[^,;:.!?()]{0,48}?(?:, " + _FIG + r"[^,;:.!?()]{0,48}?)*,? and " + _FIG
    + r"[^,;:.!?()]{0,48}?),? (?:(?:for |making |or )?a total of |totall?ing |(?:together )?adding up to |(?<=, )total )(?P<total>"
    + _FIG + r")")
# The phrase that closes an exhaustive list with its total: the list is read only in the 400
# characters before one, so a long sentence of figures costs its length, not its length squared.
_TOTAL_CUE = re_programs.compile(r",? (?:(?:for |making |or )?a total of |totall?ing |(?:together )?adding up to |(?<=, )total )" + _FIG)
_SUBSET = re_programs.compile(  # "Of the N X" opens its sentence: "juice of 1 lime, 1 tsp sugar" is a list
    r"(?:(?:^|(?<=[.!?] )|(?<=[.!?][\"”] ))Of (?:the|these|those|its|their) (?P<total1>" + _FIG + r")(?P<noun1> [a-z][a-z-]*)?[^,;:.!?()]{0,40}?, "
    r"|(?P<total2>" + _FIG + r")(?P<noun2> [a-z][a-z-]*)?[^,;:.!?()]{0,40}?, (?:including|of which|of whom|among them|"
    r"among whom) )"
    r"(?P<parts>" + _FIG + r"[^,;:.!?()]{0,40}?(?:(?:, |,? and )" + _FIG + r"[^,;:.!?()]{0,40}?)*)(?=[,;:.!?()]|$)",
    re.MULTILINE)


# Subset parts are read only when their words say the parts cannot overlap: one contrast of the
# same dimension ("150 passed and 70 failed", "80 seriously and 50 slightly", "60 men and 40
# women"). Parts named by different verbs or nouns may overlap ("620 use Facebook and 540 use
# Instagram", "80 had diabetes and 60 had high blood pressure", "25 signed and 20 ratified"),
# and their sum may exceed the total in good English.
_DISJOINT = tuple(frozenset(g.split()) for g in (
    "passed failed", "seriously slightly critically", "men women", "male female", "boys girls",
    "urban rural", "domestic foreign overseas", "killed injured missing", "dead injured missing",
    "local imported", "confirmed suspected asymptomatic", "public private", "full-time part-time",
    "inbound outbound", "survived died", "approved rejected", "won lost drew"))
# An exhaustive total counts the parts' own thing: the total's noun must be a part's noun, a
# hypernym of the parts, or absent ("a total of 9."); "3 burgers and 2 milkshakes, totalling 2,400
# calories" or "120 rooms and 30 suites, totalling 400 beds" counts another thing.
_HYPERNYMS = frozenset("vehicles people persons cases units projects enterprises companies firms "
                       "households animals livestock ships vessels aircraft staff workers employees "
                       "institutions facilities sites".split())


# "800,000 came by train and 300,000 by car": one verb, its complements contrasted, the second
# part's verb left out (the parts are the complements' classes).
_GAPPED = re_programs.compile(r"^\S+(?: (?:thousand|million|billion|trillion))? [a-z]+ ([a-z]+) [^,]*?,? and \S+"
                     r"(?: (?:thousand|million|billion|trillion))? \1 ")


def _disjoint(words) -> bool:
    if len(set(words)) != len(words):
        return False
    return any(set(words) <= group for group in _DISJOINT)


@register("parts_total", {
    "mode": Key((str,), doc="exhaustive | subset"),
    "units": Key((list,), [], "words after a figure that make it a measure, not a count (yuan, years, tons)"),
}, fields=("parts", "total"))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return {"mode": p["mode"], "units": param_words(p, "units")}


def _value(fig: str):
    """The number a figure writes ("1,200" -> 1200, "1.5 million" -> 1500000), or None for a
    year."""
    number, _, scale = fig.partition(" ")
    if re.fullmatch(r"(?:19|20)\d\d", number):
        return None
    return float(number.replace(",", "")) * _SCALES.get(scale, 1)


def _parts(text: str, start: int, end: int, units):
    """The figures of the parts between ``start`` and ``end``, each with the word after it, or
    None when one of them is no count (a year, a measure, a figure with no word after it)."""
    values = []
    for m in _FIG_RE.finditer(text, start, end):
        value = _value(m.group())
        word = _WORD.match(text, m.end(), end)
        if value is None or not word or word.group(1) in units or word.group(1) == "and":
            return None
        values.append((value, word.group(1)))
    return values if len(values) >= 2 or (values and "of which" in text[max(0, start - 12):start]) else None


def _matches(text, sentence, exhaustive):
    """The matches of the mode's shape in ``sentence``; an exhaustive list only where a total
    closes it, searched in a bounded window before its cue."""
    if not exhaustive:
        yield from _SUBSET.finditer(text, sentence.start(), sentence.end())
        return
    for cue in _TOTAL_CUE.finditer(text, sentence.start(), sentence.end()):
        for m in _EXHAUSTIVE.finditer(text, max(sentence.start(), cue.start() - 400), cue.end()):
            if m.end() == cue.end():
                yield m
                break


# The words every match of a mode's shape holds as written: a total's cue (``_TOTAL_CUE``) or a
# subset's opening (``_SUBSET``). A text with none of them is not read sentence by sentence.
_TOTAL_WORDS = re_programs.compile(r"a total of |totall?ing |adding up to |, total ")
_SUBSET_WORDS = re_programs.compile(r"Of (?:the|these|those|its|their) |, (?:including|of which|of whom|among them|among whom) ")


def may_hold(text: str, exhaustive: bool) -> bool:
    """False where ``text`` holds no match of the mode's shape: none of the words each match
    holds (``_TOTAL_WORDS``, ``_SUBSET_WORDS``) stands in it."""
    return (_TOTAL_WORDS if exhaustive else _SUBSET_WORDS).search(text) is not None


@prepare.detector
def detect(doc, state):
    text = doc.text
    units = state["units"]
    exhaustive = state["mode"] == "exhaustive"
    if not may_hold(text, exhaustive):
        return
    for sentence in _SENTENCE.finditer(text):
        for m in _matches(text, sentence, exhaustive):
            if _HEDGES.search(text, max(sentence.start(), m.start() - 20), m.end()):
                continue  # a hedged or relative figure: the sum is not meant to be exact
            total_group = "total" if "total" in m.groupdict() and m.group("total") else (
                "total1" if m.groupdict().get("total1") else "total2")
            total = _value(m.group(total_group))
            if total is None:
                continue
            noun = None if total_group == "total" else m.group("noun" + total_group[-1])
            noun = noun.strip() if noun else None
            if noun in units:
                continue  # "Of the 200 yuan, ...": a measure, whose parts may be any amounts
            parts = _parts(text, m.start("parts"), m.end("parts"), units)
            if parts is None:
                continue
            if total_group != "total" and len(parts) == 1 and "of which" not in m.group():
                continue
            whole = sum(v for v, _ in parts)
            if state["mode"] == "exhaustive":
                after = _WORD.match(text, m.end(total_group))
                if after and after.group(1) in units:
                    continue
                if after and after.group(1) not in {w for _, w in parts} | _HYPERNYMS:
                    continue  # the total counts another thing than the parts (calories, beds)
                if abs(whole - total) <= 1e-9 * max(total, 1):
                    continue
            elif whole <= total:
                continue
            elif len(parts) >= 2 and not _disjoint([w for _, w in parts]) \
                    and not _GAPPED.search(m.group("parts")) \
                    and not re.search(r"\brespectively\b|\bthe rest\b", sentence.group()):
                continue  # parts that may overlap (two verbs, two nouns): no excess is proved
            yield Hit(m.start(total_group), m.end(total_group), None,
                      {"parts": " + ".join(f"{v:g}" for v, _ in parts), "total": m.group(total_group)})
