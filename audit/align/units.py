"""Units of one side: the sentences of a document that may align (boilerplate left out), the
clause pieces of long sentences, and the candidate spans built from them (a sentence, a run
of clauses, two consecutive sentences of one paragraph), all with exact character offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List, Optional, Tuple

from ..document import Document
from .model import Settings

# ------------------------------------------------------------------------------------- units
@dataclass(frozen=True)
class Unit:
    """A candidate span of one side. ``atoms`` are the indices of the smallest pieces (clauses
    of long sentences, whole short sentences) it covers; two units conflict when they share one."""

    start: int
    end: int
    kind: str                  # "sentence" | "clause" | "sentences"
    atoms: Tuple[int, ...]
    sentence: int              # index of its (first) sentence among the side's sentences


@dataclass
class Side:
    doc: Document
    sentences: List[Tuple[int, int]]          # sentences that may align (boilerplate removed)
    atoms: List[Tuple[int, int]]
    atom_sentence: List[int]
    units: List[Unit]
    excluded: List[Tuple[int, int]]           # boilerplate sentences, never aligned
    base: List[int]                           # unit index of each aligned-able sentence
    headings: frozenset = frozenset()         # sentences that are headlines (see is_heading)

    def text(self, unit: Unit) -> str:
        return " ".join(self.doc.text[unit.start:unit.end].split())


_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be been before being below
between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just may me might more
most my no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your
said say says one two first second third next well new
""".split())


_WORD_RE = re.compile(r"\w+(?:[-'’.&]\w+)*")
# Where a clause may end: after , ; : (and a closing quote), around a dash, and before a word
# that opens a subordinate clause or a list of examples. Pieces are small on purpose: every run
# of consecutive pieces is a candidate, so the aligner picks the grain that pairs best.
_CLAUSE_BREAK_RE = re.compile(
    r"(?<=[,;:])[\"”’']?\s+|\s+(?=[—–]\s)|(?<=\s[—–])\s+"
    r"|\s+(?=(?:that|which|such as|including|in order to|so as to)\s)"
)


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def split_clauses(text: str, start: int, end: int, min_words: int = 3) -> List[Tuple[int, int]]:
    """Clause pieces of ``text[start:end]``, cut at , ; : dashes and before "that", "which",
    "such as", "including"; a piece shorter than ``min_words`` words joins the next one (the
    last joins the previous), so "5G," never stands alone."""
    chunk = text[start:end]
    pieces: List[List[int]] = []
    cursor = 0
    for m in _CLAUSE_BREAK_RE.finditer(chunk):
        if m.start() > cursor:
            pieces.append([cursor, m.start()])
        cursor = m.end()
    if cursor < len(chunk):
        pieces.append([cursor, len(chunk)])
    merged: List[List[int]] = []
    carry: Optional[int] = None
    for s, e in pieces:
        if carry is not None:
            s, carry = carry, None
        if _words(chunk[s:e]) < min_words:
            carry = s
            continue
        merged.append([s, e])
    if carry is not None:
        if merged:
            merged[-1][1] = pieces[-1][1]
        else:
            merged.append([carry, pieces[-1][1]])
    out = []
    for s, e in merged:
        seg = chunk[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        out.append((start + s + lead, start + e - trail))
    return out


_TERMINAL = tuple('.!?"”’\')…:;')


def is_heading(doc: Document, start: int, end: int, max_words: int = 14) -> bool:
    """A headline: a short line of its own without a full stop ("Yangtze water level rises at
    Hankou"). It sums up the story, so it resembles the lead of the other report by design
    and must not take that lead's place in a pair (see ``Settings.heading_penalty``)."""
    text = doc.text[start:end].rstrip()
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    whole_line = not doc.text[line_start:start].strip() and not doc.text[end:line_end].strip()
    return whole_line and not text.endswith(_TERMINAL) and _words(text) <= max_words


def build_side(doc: Document, exclude: Iterable[Tuple[int, int]] = (),
               settings: Optional["Settings"] = None) -> Side:
    """Units of one document; sentences overlapping an ``exclude`` span are left out."""
    settings = settings or Settings()
    exclude = sorted(exclude)
    sentences, excluded, para_of = [], [], []
    for p_index, para in enumerate(doc.paragraphs):
        for s, e in doc.sentences_in(para):
            if any(xs < e and s < xe for xs, xe in exclude):
                excluded.append((s, e))
            else:
                sentences.append((s, e))
                para_of.append(p_index)
    atoms: List[Tuple[int, int]] = []
    atom_sentence: List[int] = []
    units: List[Unit] = []
    base: List[int] = []
    sentence_atoms: List[Tuple[int, ...]] = []
    for si, (s, e) in enumerate(sentences):
        pieces = [(s, e)]
        if _words(doc.text[s:e]) >= settings.long_sentence_words:
            pieces = split_clauses(doc.text, s, e, settings.min_piece_words) or [(s, e)]
        first = len(atoms)
        for piece in pieces:
            atoms.append(piece)
            atom_sentence.append(si)
        ids = tuple(range(first, len(atoms)))
        sentence_atoms.append(ids)
        base.append(len(units))
        units.append(Unit(s, e, "sentence", ids, si))
        n = len(ids)
        for i in range(n):
            for j in range(i, min(n, i + settings.max_clause_pieces)):
                if j - i + 1 == n:
                    continue
                cs, ce = atoms[ids[i]][0], atoms[ids[j]][1]
                if _words(doc.text[cs:ce]) >= settings.min_clause_words:
                    units.append(Unit(cs, ce, "clause", ids[i:j + 1], si))
    for si in range(len(sentences) - 1):
        # One report may split a sentence of the other in two, and MT news often gives each
        # sentence its own paragraph: join neighbours in one paragraph or the next, unless
        # boilerplate stands between them.
        gap = (sentences[si][1], sentences[si + 1][0])
        if para_of[si + 1] - para_of[si] <= 1 and not any(gap[0] <= xs < gap[1] for xs, _ in excluded):
            units.append(Unit(sentences[si][0], sentences[si + 1][1], "sentences",
                              sentence_atoms[si] + sentence_atoms[si + 1], si))
    headings = frozenset(si for si, (s, e) in enumerate(sentences) if is_heading(doc, s, e))
    return Side(doc, sentences, atoms, atom_sentence, units, excluded, base, headings)


