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


class KeptWordFacts(WordFacts):
    """``WordFacts`` whose answers are also kept in the cache directory between runs
    (``diskcache.ExitSavedTable`` named ``name``): on the first look-up that misses, the answers
    an earlier run kept under ``key()`` are read back into the table, and each answer worked
    out from then on is kept for the next run. Real news holds tens of thousands of distinct
    words per megabyte, and working out each one's facts again in every process costs more
    than reading them back. ``key()`` names everything the answers are worked out from (the
    source of the code ``fn`` runs, the versions of the data it reads); None keeps nothing.
    ``valid(answer)`` must hold for every answer read back, or none is used (a damaged file).
    Answers worked out while a table of the cache directory is built (``diskcache.building``)
    are not kept, as ``literal_index.stem`` keeps none then."""

    __slots__ = ("name", "key", "valid", "kept")

    def __init__(self, fn: Callable[[str], object], name: str, key: Callable[[], "str | None"],
                 valid: Callable[[object], bool], limit: int = 200_000):
        super().__init__(fn, limit)
        self.name, self.key, self.valid, self.kept = name, key, valid, None

    def __missing__(self, word: str):
        kept = self.kept
        if kept is None:
            kept = self._read_back()
            if word in self:
                return self[word]
        value = WordFacts.__missing__(self, word)
        if kept:
            from . import diskcache

            if not diskcache.building:
                kept._store(word, value)
        return value

    def _read_back(self):
        from . import diskcache

        self.kept = False  # nothing to keep, unless a key is found below
        key = self.key()
        if key is None:
            return False
        table = diskcache.KeptTable(self.name, key, KEPT_WORDS)
        stored = table._load()
        if all(map(self.valid, stored.values())):
            if len(self) + len(stored) < self.limit:
                self.update(stored)
        else:
            stored.clear()  # not answers ``fn`` gives: start over
        self.kept = table
        return table


# Words a table of answers kept between runs holds (emptied when full): 1.7 MB of real news
# meets about 30,000 distinct words; 60,000 answers read back in about 10 ms.
KEPT_WORDS = 60_000


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
