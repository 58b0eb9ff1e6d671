"""The ``after_mark`` mode of ``capitalization`` (issue 9, twenty-second round, caps9): a word
capitalised after a semicolon or a colon where English goes on in lower case. Chinese has no
letter case, and its full stop, semicolon and colon are all clause marks: an MT engine that
starts a new clause after "；" or "：" often starts it with a capital. Two shapes:

- ``semicolon``: a function word capitalised after a semicolon inside a line of prose ("fell;
  However, imports rose", "in June; The company expects"). A semicolon joins two clauses of one
  sentence; the second opens in lower case. Only function words (``function_words``) are read:
  a name, a heading's word or a credit line's word after a semicolon keeps its capital
  ("Editing by", "Hong Kong Hoists", a team's line-up).
- ``colon_list``: a common word capitalised after a colon that opens a list of phrases counted
  before the colon, whose other items are in lower case ("three goals: Raising incomes, protecting the environment and
  improving schools"). A list after a colon is no sentence and opens in lower case; a sentence
  after a colon may keep its capital ("He said: The plan works."), so a list is read only where
  no verb of a clause stands in it.
"""
from __future__ import annotations

from . import Hit
from .. import re_programs
from ..zipf import zipf_cached
from .capital_names import _LINE_WORD


# Patterns the functions below search with, compiled once (issue 13, speed33a: written inline,
# each went through ``re``'s cache of 512, which a check's own patterns and pysbd's turn over,
# and was compiled again after it dropped out).
_ITEM_BREAK = re_programs.compile(r",[ \u00a0]+(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+")
_PAST_FORM = re_programs.compile(r"\b[a-z]+ed\b")

_AFTER_SEMICOLON = re_programs.compile(r"(?<=[a-z0-9%)\]])[ \u00a0]*;[ \u00a0]+([A-Z][a-z]+)(?=[ \u00a0,]+[a-z])")
_AFTER_COLON = re_programs.compile(r"(?<=[a-z])[ \u00a0]*:[ \u00a0]+([A-Z][a-z]+)(?=[ \u00a0]+[a-z])")
# A count of the items the colon opens, in lower-case words before it: "three goals:", "two
# kinds of help:", "the following areas:".
_COUNTED_BEFORE = re_programs.compile(r"(?<![\w'’-])(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|following)"
                                      r"(?:[ \u00a0]+[a-z][\w'’-]*){1,4}[ \u00a0]*:$")
# The rest of the sentence after a colon.
_SENTENCE_REST = re_programs.compile(r"[^.!?\n]*")
# Words that make the stretch after a colon a clause, whose capital style may keep.
_CLAUSE_WORDS = frozenset("""is are was were be been has have had will would can could should must may might shall
do does did said says say not it he she they we i you there this that who which""".split())


def marked(pattern, text, mark):
    """The matches of ``pattern`` in ``text`` (``_AFTER_SEMICOLON``, ``_AFTER_COLON``: after a
    guard of one character, spaces, ``mark`` and more), as its ``finditer`` gives them, tried only
    where ``mark`` stands, at the start of the spaces before it: a match holds one ``mark`` and
    starts there, and re tried the pattern's guard at every character of the text (issue 13,
    speed41a; tests/test_capital_patterns41.py checks the two agree)."""
    at = text.find(mark)
    while at >= 0:
        start = at
        while start > 0 and text[start - 1] in " \u00a0":
            start -= 1
        m = pattern.match(text, start)
        if m:
            yield m
            at = text.find(mark, m.end())
        else:
            at = text.find(mark, at + 1)


def _prose_line(text, line_start, line_end, seen) -> bool:
    """Is the line prose, not a heading or a list of names: more of its words open in lower
    case than in capitals (asked once per line)?"""
    if line_start not in seen:
        words = _LINE_WORD.findall(text, line_start, line_end)
        lower = sum(1 for w in words if w[0].islower())
        seen[line_start] = lower > len(words) - lower
    return seen[line_start]


def semicolon_capitals(doc, state):
    """``semicolon`` of the module's docstring. Passed: a line of more capitalised words than
    lower-case ones (a headline, a line-up, a list of speakers)."""
    text = doc.text
    if ";" not in text:
        return  # no semicolon: the pattern's scan finds nothing (half the news stories)
    words = state["function_words"]
    prose = {}
    for m in marked(_AFTER_SEMICOLON, text, ";"):
        word = m.group(1)
        if word.lower() not in words:
            continue
        line_start, line_end = doc.line_at(m.start())
        if not _prose_line(text, line_start, line_end, prose):
            continue
        yield Hit(m.start(1), m.end(1), word.lower(), {"word": word})


def colon_lists(doc, state):
    """``colon_list`` of the module's docstring: the capitalised word is common (Zipf
    ``min_zipf`` or more, written in lower case by CC-CEDICT's glosses), not in ``allow`` (an
    institution's short name: "Police", "Customs"), and the list after it has a comma or "and"
    before a lower-case item and no word of a clause (``_CLAUSE_WORDS``)."""
    from .capitalization import _common_word
    text = doc.text
    if ":" not in text:
        return  # no colon: the pattern's scan finds nothing
    prose = {}
    for m in marked(_AFTER_COLON, text, ":"):
        word = m.group(1)
        low = word.lower()
        if low in state["allow"] or low in state["function_words"] or zipf_cached(low) < state["min_zipf"] \
                or not _common_word(low):
            continue
        line_start, line_end = doc.line_at(m.start())
        if not _COUNTED_BEFORE.search(text, max(line_start, m.start() - 50), m.start() + 1):
            continue  # no count of items before the colon: a label ("What to bring: Layers", "City Wall: Walk")
        rest = _SENTENCE_REST.match(text, m.end(1), line_end).group()
        items = _ITEM_BREAK.split(rest)
        if len(items) < 2 or not all(i[:1].islower() for i in items[1:] if i):
            continue  # no list, or a list of names ("two cities: Beijing and Shanghai")
        if any(w.lower() in _CLAUSE_WORDS for w in _LINE_WORD.findall(rest)) or _PAST_FORM.search(rest):
            continue  # a clause after the colon: a sentence may keep its capital
        if not _prose_line(text, line_start, line_end, prose):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": word})


def after_marks(doc, state):
    yield from semicolon_capitals(doc, state)
    yield from colon_lists(doc, state)
