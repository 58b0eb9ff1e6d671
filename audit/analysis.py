"""One document's shared word-level analysis, each part computed on first use.

Two detectors, ``literal`` and ``terms``, read the same things from a document: its clauses
(stretches a rendering never crosses: no comma, full stop, colon, bracket, quotation mark, dash
or line break) and the English words of each clause. Worked out by each detector alone, the
clause split and the word list cost one regex pass per detector. ``Document.analysis`` holds
one ``Analysis`` per document, so the first detector that asks pays and the other reads.

Facts of words (a word's lower-case form, its stems) are computed per distinct word, not per
occurrence (the 400 documents of ``benchmarks/make_corpus.py``, one megabyte of MT news, hold
167,000 words and 3,500 distinct ones), through ``WordFacts``: a mapping from a word as written
to ``fn(word)``, filled on first look-up and shared by every document of the process (``terms``
keeps its tables of stems so). Looking up the words of a clause is then
``map(facts.__getitem__, words)``, a loop in C; the Python function runs once per distinct word.
"""
from __future__ import annotations

from functools import cached_property
from typing import Callable, List, Tuple

from . import re_programs

# A clause: no match may cross a comma, a dash or a bracket; a hyphen between two word
# characters ("people-to-people") is part of the clause. The `terms` and `literal` types read
# this split, and split bare text with these two patterns when they are given no analysis.
# A run of plain characters is taken whole (``[...]+`` inside the repeat): the same matches as
# one character per round, in a third of the time.
CLAUSE = re_programs.compile(r"(?:[^.!?,;:()\[\]\"“”\r\n\u2013\u2014-]+|(?<=\w)-(?=\w))+")
# An English word of plain ASCII letters, with one inner apostrophe ("China's", "don't").
TOKEN = re_programs.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")

Clause = Tuple[int, int, List[str]]


class WordFacts(dict):
    """``fn(word)`` for each word looked up, computed on the first look-up of that word.
    ``facts[word]`` never raises for a string; ``limit`` bounds the words kept (the table is
    emptied when it is reached: a long run of varied text must not grow it without end)."""

    __slots__ = ("fn", "limit")

    def __init__(self, fn: Callable[[str], object], limit: int = 200_000):
        super().__init__()
        self.fn = fn
        self.limit = limit

    def __missing__(self, word: str):
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.fn(word)
        return value


def plain_lower(word: str) -> str:
    """A word's lower-case form with the typographic apostrophe as a plain one."""
    return word.lower().replace("’", "'")


class Analysis:
    """The word-level views of one text; build with ``Analysis(text)`` or read
    ``Document.analysis``."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def clauses(self) -> List[Clause]:
        """Every clause as (start, end, words): the words (``TOKEN``, as written) in order."""
        text = self.text
        findall = TOKEN.findall
        return [(s, e, findall(text, s, e)) for s, e in (m.span() for m in CLAUSE.finditer(text))]
