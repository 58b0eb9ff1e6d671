"""Cross-report alignment: what two reports of one event share, and where they disagree.

The two inputs are comparable text, not parallel text: different articles about the same
briefing, in a different order, each with content the other lacks. Aligners for parallel text
(Bertalign, Vecalign) assume monotone order and fail here, so this module scores every unit
of one side against every unit of the other and never looks at position:

1. **Units.** Sentences of each document (``Document.sentences_in``); long sentences are
   also cut into clauses, and every run of consecutive clauses is a candidate, so a clause can
   pair when only part of a sentence is shared. Two consecutive sentences of one paragraph
   form a candidate too, which gives one-to-many pairs. Spans that overlap a boilerplate
   finding of the check engine (navigation, promotions, contact lines, MT notices, photo
   credits) are never units.
2. **Scores.** The similarity of two units is the cosine of their sentence embeddings plus
   the cosine of their character n-gram profiles (the lexical signal: names, numbers and
   shared wording that an embedding blurs). It is turned into the ratio margin of Artetxe &
   Schwenk (2019): ``sim(x, y)`` divided by the mean similarity of ``x`` and ``y`` to their
   ``k`` nearest sentences on the other side. A pair scores high only when it stands out from
   both neighbourhoods, which removes the "everything about 5G looks alike" effect of
   one-topic documents. Missing neighbours of tiny documents are filled with a background
   similarity, so three-sentence texts behave.
3. **Selection.** Competitive linking: candidate pairs are taken best first, and a pair is
   kept only when none of its clauses is already used on either side and it passes the
   threshold (lowered a little for two whole sentences that are each other's best match).
   Pairs involving a clause need a higher score and shared content words; a two-sentence
   unit must match better than either of its sentences. Small rank penalties make a whole
   sentence win unless the finer or wider unit is clearly better. Neighbouring clause pairs
   are then merged, and clause pairs widened where both sides go on about the same thing.
4. **Divergences** inside each kept pair: names and titles written differently, one body
   rendered two ways, numbers/dates/times that disagree (a dateline resolves "today"), and
   rule findings of the check engine on one side where the other side reads cleanly.

Everything here is pure: documents, vectors and findings in, an :class:`Alignment` out.
The embedding function is injected (``embed(texts) -> array``), so tests run with a tiny
deterministic vectorizer and never import torch.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np

from .document import Document
from .findings import Finding, Severity
from .glossary import stem

SCHEMA_VERSION = "mtaudit-compare/1"

EmbedFn = Callable[[Sequence[str]], np.ndarray]


# ---------------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class Settings:
    """Knobs of the aligner. Defaults were calibrated on the corpus briefing and on the MQM
    TED cases of ``benchmarks/align_mqm.py`` (see that script for the figures)."""

    # Scores. A pair's score is the ratio margin of (embedding cosine + lexical_weight x
    # character n-gram cosine); see margin_scores.
    threshold: float = 1.3           # minimum score of a whole-sentence pair (--threshold)
    mutual_bonus: float = 0.1        # ...lowered by this when the two are each other's best match
    min_similarity: float = 0.45     # minimum embedding cosine, whatever the margin says
    k: int = 4                       # neighbours in the margin's denominator
    background: float = 0.10         # similarity assumed for neighbours a tiny document lacks
    lexical_weight: float = 1.0      # weight of the character n-gram cosine
    # Clauses: a pair involving part of a sentence needs more evidence.
    long_sentence_words: int = 24    # sentences at least this long are also cut into clauses
    min_piece_words: int = 3         # clause pieces shorter than this join their neighbour
    min_clause_words: int = 5        # a clause candidate (a run of pieces) has this many words
    max_clause_pieces: int = 8       # and at most this many pieces
    clause_margin: float = 0.3       # score >= threshold + clause_margin,
    clause_min_similarity: float = 0.6   # cosine >= this,
    clause_min_lexical: float = 0.3  # and content-word overlap (Dice) >= this
    clause_penalty: float = 0.06     # rank handicap per clause side: whole sentences win ties
    grow_tolerance: float = 0.25     # a clause pair widens by a neighbour clause if its cosine
    grow_overlap: float = 0.3        # drops at most this and the clause shares this share of words
    # One-to-many: two consecutive sentences of one paragraph against one sentence.
    join_penalty: float = 0.04       # rank handicap of a two-sentence candidate
    join_gain: float = 0.03          # together they must match this much better than either alone
    # Units shorter than this never pair on their own: "Wen Ku said.", "(Laughter)".
    min_unit_words: int = 2
    # Labels.
    equivalent_similarity: float = 0.72  # a whole-sentence pair from this cosine is "equivalent"
    equivalent_length_ratio: float = 0.55  # if the shorter side has at least this share of words

    def as_dict(self) -> dict:
        return dict(self.__dict__)


# ------------------------------------------------------------------------------------- spans
@dataclass(frozen=True)
class Span:
    """``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc: Document, start: int, end: int) -> "Span":
        return cls(start, end, doc.text[start:end])

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


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

    def text(self, unit: Unit) -> str:
        return " ".join(self.doc.text[unit.start:unit.end].split())


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
        if para_of[si] == para_of[si + 1]:
            units.append(Unit(sentences[si][0], sentences[si + 1][1], "sentences",
                              sentence_atoms[si] + sentence_atoms[si + 1], si))
    return Side(doc, sentences, atoms, atom_sentence, units, excluded, base)


# ----------------------------------------------------------------------------------- lexical
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be been before being below
between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just may me might more
most my no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your
said say says one two first second third next well new
""".split())


def content_words(text: str) -> Set[str]:
    return {stem(w) for w in _WORD_RE.findall(text) if w.lower() not in _STOPWORDS}


def lexical_matrix(texts_a: Sequence[str], texts_b: Sequence[str]) -> np.ndarray:
    """Dice coefficient of content-word sets for every pair, as a dense matrix."""
    sets_a = [content_words(t) for t in texts_a]
    sets_b = [content_words(t) for t in texts_b]
    vocab: Dict[str, int] = {}
    for s in sets_a + sets_b:
        for w in s:
            vocab.setdefault(w, len(vocab))
    ma = np.zeros((len(sets_a), max(1, len(vocab))), dtype=np.float32)
    mb = np.zeros((len(sets_b), max(1, len(vocab))), dtype=np.float32)
    for i, s in enumerate(sets_a):
        ma[i, [vocab[w] for w in s]] = 1.0
    for i, s in enumerate(sets_b):
        mb[i, [vocab[w] for w in s]] = 1.0
    inter = ma @ mb.T
    sizes = ma.sum(1)[:, None] + mb.sum(1)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where(sizes > 0, 2 * inter / sizes, 0.0)
    return dice.astype(np.float32)


def _char_ngrams(text: str, orders: Sequence[int]) -> Dict[str, int]:
    text = " ".join(text.lower().split())
    grams: Dict[str, int] = {}
    for n in orders:
        for i in range(len(text) - n + 1):
            g = text[i:i + n]
            grams[g] = grams.get(g, 0) + 1
    return grams


def char_ngram_matrix(texts_a: Sequence[str], texts_b: Sequence[str], orders: Sequence[int] = (3, 4, 5)) -> np.ndarray:
    """Cosine of character n-gram count vectors (lower-cased, n = 3..5) for every pair: the
    surface evidence chrF measures, cheap enough for all pairs. Only n-grams found on both
    sides get a column (the others add nothing to a dot product); norms use all of them."""
    grams_a = [_char_ngrams(t, orders) for t in texts_a]
    grams_b = [_char_ngrams(t, orders) for t in texts_b]
    out = np.zeros((len(texts_a), len(texts_b)), dtype=np.float32)
    if not grams_a or not grams_b:
        return out
    seen_a: Set[str] = set().union(*grams_a)
    shared = sorted(seen_a & set().union(*grams_b))
    if not shared:
        return out
    column = {g: i for i, g in enumerate(shared)}

    def matrix(grams: List[Dict[str, int]]) -> np.ndarray:
        m = np.zeros((len(grams), len(shared)), dtype=np.float32)
        for row, counts in enumerate(grams):
            cols = [column[g] for g in counts if g in column]
            m[row, cols] = [counts[g] for g in counts if g in column]
        return m

    norm_a = np.sqrt(np.array([sum(v * v for v in c.values()) for c in grams_a], dtype=np.float64))
    norm_b = np.sqrt(np.array([sum(v * v for v in c.values()) for c in grams_b], dtype=np.float64))
    dots = matrix(grams_a) @ matrix(grams_b).T
    denom = np.outer(norm_a, norm_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(denom > 0, dots / denom, 0.0)
    return out.astype(np.float32)


# ----------------------------------------------------------------------------------- scoring
def _neighbourhood(sim: np.ndarray, k: int, background: float) -> np.ndarray:
    """Mean of each row's ``k`` largest values; rows with fewer columns are padded with
    ``background`` (a tiny document has few neighbours, and a ratio against one true match
    alone would always be 1)."""
    n_rows, n_cols = sim.shape
    if n_rows == 0:
        return np.zeros(0, dtype=np.float32)
    take = min(k, n_cols)
    if take == 0:
        return np.full(n_rows, background, dtype=np.float32)
    top = -np.sort(-sim, axis=1)[:, :take]
    return ((top.sum(1) + (k - take) * background) / k).astype(np.float32)


def margin_scores(sim: np.ndarray, base_a: Sequence[int], base_b: Sequence[int],
                  k: int, background: float) -> np.ndarray:
    """Ratio margin of a similarity matrix between all units: ``sim[x, y]`` over the mean of
    the ``k`` best similarities of ``x`` and of ``y`` to the other side's whole sentences
    (``base_*``), so that overlapping clause candidates of one true match do not crowd the
    denominator."""
    r_a = _neighbourhood(sim[:, list(base_b)], k, background)
    r_b = _neighbourhood(sim[list(base_a), :].T, k, background)
    denom = np.maximum((r_a[:, None] + r_b[None, :]) / 2.0, 1e-3)
    return (sim / denom).astype(np.float32)


# --------------------------------------------------------------------------------- selection
_ALLOWED = {
    ("sentence", "sentence"), ("sentence", "clause"), ("clause", "sentence"), ("clause", "clause"),
    ("sentence", "sentences"), ("sentences", "sentence"),
}


class _Selector:
    """Competitive linking, then two local repairs on the clause grain:

    * **merge**: two kept pairs whose clauses are neighbours on both sides (in either order)
      become one pair when the joined spans still pass: "press conference ... today," +
      "Mr. Wen Ku, director of ..." against "Wen Ku, director of ...," + "said at a press
      conference ..." is one statement, not two;
    * **grow**: a clause pair takes in a free neighbouring clause on one or both sides when
      the other side speaks of it too (shared content words) and the cosine drops by at most
      ``grow_tolerance``: "the key areas of 5G," joins "optical fiber network, and data
      center" when the other side's clause about 5G comes along.
    """

    def __init__(self, side_a: Side, side_b: Side, cos: np.ndarray, score: np.ndarray, lex: np.ndarray,
                 settings: Settings):
        self.a, self.b, self.cos, self.score, self.lex, self.s = side_a, side_b, cos, score, lex, settings
        self.index_a = {u.atoms: i for i, u in enumerate(side_a.units) if u.kind != "sentences"}
        self.index_b = {u.atoms: i for i, u in enumerate(side_b.units) if u.kind != "sentences"}
        self.words_a = np.array([_words(side_a.doc.text[u.start:u.end]) for u in side_a.units], dtype=np.int64)
        self.words_b = np.array([_words(side_b.doc.text[u.start:u.end]) for u in side_b.units], dtype=np.int64)
        # Whole sentences that are each other's best match (by score) need less margin: being
        # chosen from both sides is evidence a single threshold does not see.
        self.mutual: Set[Tuple[int, int]] = set()
        if side_a.base and side_b.base:
            sub = score[np.ix_(side_a.base, side_b.base)]
            best_b, best_a = sub.argmax(1), sub.argmax(0)
            self.mutual = {(side_a.base[x], side_b.base[y]) for x, y in enumerate(best_b) if best_a[y] == x}
        self.atom_words_a = [content_words(side_a.doc.text[s:e]) for s, e in side_a.atoms]
        self.atom_words_b = [content_words(side_b.doc.text[s:e]) for s, e in side_b.atoms]
        self.unit_words_a = [set().union(*(self.atom_words_a[x] for x in u.atoms)) for u in side_a.units]
        self.unit_words_b = [set().union(*(self.atom_words_b[x] for x in u.atoms)) for u in side_b.units]

    def passes(self, i: int, j: int) -> bool:
        s = self.s
        kinds = (self.a.units[i].kind, self.b.units[j].kind)
        if kinds not in _ALLOWED:
            return False
        if min(self.words_a[i], self.words_b[j]) < s.min_unit_words:
            return False
        if "sentences" in kinds and not self._join_helps(i, j):
            return False
        if "clause" in kinds:
            # Part of a sentence against part (or all) of another: a shared phrase is easy to
            # find by chance, so ask for more evidence, lexical as well as semantic.
            return (self.score[i, j] >= s.threshold + s.clause_margin
                    and self.cos[i, j] >= s.clause_min_similarity
                    and self.lex[i, j] >= s.clause_min_lexical)
        threshold = s.threshold
        if (i, j) in self.mutual:
            threshold -= s.mutual_bonus
        return self.score[i, j] >= threshold and self.cos[i, j] >= s.min_similarity

    def _join_helps(self, i: int, j: int) -> bool:
        """A two-sentence unit pairs only when its second sentence adds to the match: the
        joined cosine beats each of its sentences alone by ``join_gain``."""
        if self.a.units[i].kind == "sentences":
            side, joined, other, row = self.a, self.a.units[i], j, True
        else:
            side, joined, other, row = self.b, self.b.units[j], i, False
        first = side.base[joined.sentence]
        second = side.base[joined.sentence + 1]
        parts = [self.cos[first, other], self.cos[second, other]] if row else \
            [self.cos[other, first], self.cos[other, second]]
        return self.cos[i, j] >= max(parts) + self.s.join_gain

    def link(self) -> List[Tuple[int, int]]:
        s = self.s
        penalty = {"sentence": 0.0, "clause": s.clause_penalty, "sentences": s.join_penalty}
        pen_a = np.array([penalty[u.kind] for u in self.a.units], dtype=np.float32)
        pen_b = np.array([penalty[u.kind] for u in self.b.units], dtype=np.float32)
        ok = (self.score >= s.threshold - s.mutual_bonus) & (self.cos >= min(s.min_similarity, s.clause_min_similarity))
        cand = np.argwhere(ok)
        if len(cand) == 0:
            return []
        rank = (self.score - pen_a[:, None] - pen_b[None, :])[cand[:, 0], cand[:, 1]]
        order = np.lexsort((cand[:, 1], cand[:, 0], -rank))
        used_a: Set[int] = set()
        used_b: Set[int] = set()
        chosen = []
        for i, j in cand[order]:
            i, j = int(i), int(j)
            ua, ub = self.a.units[i], self.b.units[j]
            if used_a.intersection(ua.atoms) or used_b.intersection(ub.atoms) or not self.passes(i, j):
                continue
            # Grow at once, before a weaker pair takes the neighbouring clauses.
            i, j = self.grow(i, j, used_a, used_b)
            used_a.update(self.a.units[i].atoms)
            used_b.update(self.b.units[j].atoms)
            chosen.append((i, j))
        return chosen

    @staticmethod
    def _joined(index: dict, x: Unit, y: Unit) -> Optional[int]:
        if x.kind == "sentences" or y.kind == "sentences" or x.sentence != y.sentence:
            return None
        atoms = tuple(sorted(set(x.atoms) | set(y.atoms)))
        if atoms[-1] - atoms[0] + 1 != len(atoms):
            return None
        return index.get(atoms)

    def merge(self, pairs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
        """Join two kept pairs that are neighbours on both sides. Each half already passed on
        its own, so the joined pair only has to pass as whole units do."""
        changed = True
        while changed:
            changed = False
            for p in range(len(pairs)):
                for q in range(p + 1, len(pairs)):
                    (i1, j1), (i2, j2) = pairs[p], pairs[q]
                    i = self._joined(self.index_a, self.a.units[i1], self.a.units[i2])
                    j = self._joined(self.index_b, self.b.units[j1], self.b.units[j2])
                    if i is None or j is None:
                        continue
                    if self.score[i, j] < self.s.threshold or self.cos[i, j] < self.s.min_similarity:
                        continue
                    pairs = [x for k, x in enumerate(pairs) if k not in (p, q)] + [(i, j)]
                    changed = True
                    break
                if changed:
                    break
        return pairs

    def _neighbours(self, index: dict, side: Side, unit_id: int, used: Set[int]) -> List[int]:
        unit = side.units[unit_id]
        if unit.kind == "sentences":
            return []
        out = []
        for atom in (unit.atoms[0] - 1, unit.atoms[-1] + 1):
            if 0 <= atom < len(side.atoms) and atom not in used and side.atom_sentence[atom] == unit.sentence:
                grown = index.get(tuple(sorted(unit.atoms + (atom,))))
                if grown is not None:
                    out.append(grown)
        return out

    def _supported(self, side: Side, words: List[Set[str]], old: int, new: int, other: Set[str]) -> bool:
        """Each clause ``new`` adds over ``old`` shares enough content words with ``other``."""
        for atom in set(side.units[new].atoms) - set(side.units[old].atoms):
            mine = words[atom]
            need = max(1, math.ceil(len(mine) * self.s.grow_overlap))
            if len(mine & other) < need:
                return False
        return True

    def grow(self, i: int, j: int, used_a: Set[int], used_b: Set[int]) -> Tuple[int, int]:
        """Widen a clause pair by neighbouring free clauses that the other side also speaks of:
        each added clause must share content words with the other side's span (embeddings of
        short list fragments are too noisy to judge on their own), and the cosine may fall by
        at most ``grow_tolerance``."""
        while True:
            grown_a = self._neighbours(self.index_a, self.a, i, used_a)
            grown_b = self._neighbours(self.index_b, self.b, j, used_b)
            options = [(gi, j) for gi in grown_a] + [(i, gj) for gj in grown_b]
            options += [(gi, gj) for gi in grown_a for gj in grown_b]
            valid = []
            for gi, gj in options:
                # Cosine, not the margin: a longer span has closer neighbours, so its margin
                # falls even when it says the same thing.
                if self.cos[gi, gj] < max(self.s.min_similarity, self.cos[i, j] - self.s.grow_tolerance):
                    continue
                if (self.a.units[gi].kind, self.b.units[gj].kind) not in _ALLOWED:
                    continue
                if not self._supported(self.a, self.atom_words_a, i, gi, self.unit_words_b[gj]):
                    continue
                if not self._supported(self.b, self.atom_words_b, j, gj, self.unit_words_a[gi]):
                    continue
                valid.append((gi, gj))
            if not valid:
                return i, j
            i, j = max(valid, key=lambda o: (self.cos[o], -o[0], -o[1]))


def select_pairs(side_a: Side, side_b: Side, cos: np.ndarray, score: np.ndarray, lex: np.ndarray,
                 settings: Settings) -> List[Tuple[int, int]]:
    """Kept pairs as (unit of a, unit of b) indices, in the order of side a."""
    if not side_a.units or not side_b.units:
        return []
    sel = _Selector(side_a, side_b, cos, score, lex, settings)
    pairs = sel.merge(sel.link())
    return sorted(pairs, key=lambda ij: (side_a.units[ij[0]].start, side_b.units[ij[1]].start))


# ------------------------------------------------------------------------------------ result
@dataclass(frozen=True)
class Pair:
    a: Span
    b: Span
    a_kind: str
    b_kind: str
    similarity: float      # cosine of the two spans' embeddings
    score: float           # ratio margin of embedding + n-gram similarity (what --threshold applies to)
    chrf: float            # sacrebleu chrF of b's text against a's (see the report's signature)
    label: str             # "equivalent" | "partial"


@dataclass(frozen=True)
class Unaligned:
    span: Span
    reason: str            # "no counterpart" | "boilerplate"
    rule: Optional[str] = None


@dataclass(frozen=True)
class Divergence:
    kind: str              # "name" | "term" | "number" | "date" | "finding"
    pair: int              # index into Alignment.pairs
    message: str
    a: Span
    b: Span
    rule: Optional[str] = None
    canonical: Optional[dict] = None  # {"side": "a"|"b", "form": glossary's form or None}

    @property
    def sort_key(self):
        return (self.pair, self.a.start, self.b.start, self.kind, self.message)


@dataclass
class Alignment:
    doc_a: Document
    doc_b: Document
    pairs: List[Pair]
    unaligned_a: List[Unaligned]
    unaligned_b: List[Unaligned]
    divergences: List[Divergence] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    model: dict = field(default_factory=dict)
    chrf_signature: str = ""
    sentences: Tuple[int, int] = (0, 0)       # sentences that could align, per side
    datelines: Tuple[Optional[str], Optional[str]] = (None, None)
    warnings: List[str] = field(default_factory=list)


_CHRF = None


def _chrf():
    global _CHRF
    if _CHRF is None:
        from sacrebleu.metrics import CHRF  # sacrebleu is light, but only the aligner needs it

        _CHRF = CHRF()
        # sacrebleu learns the number of references from the first call, and its signature
        # ("nrefs:1|...") cannot be formed before: score once so a report without pairs has one.
        _CHRF.sentence_score("signature", ["signature"])
    return _CHRF


def chrf_signature() -> str:
    return str(_chrf().get_signature())


def chrf_score(hypothesis: str, reference: str) -> float:
    return float(_chrf().sentence_score(hypothesis, [reference]).score)


def _embed_with(embed) -> EmbedFn:
    if hasattr(embed, "embed"):
        return embed.embed
    if hasattr(embed, "encode"):
        return embed.encode
    return embed


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim != 2:
        raise ValueError(f"embeddings must be a 2-D array, got shape {vectors.shape}")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def _label(pair_a: Unit, pair_b: Unit, cos: float, words_a: int, words_b: int, settings: Settings) -> str:
    whole = pair_a.kind != "clause" and pair_b.kind != "clause"
    ratio = min(words_a, words_b) / max(1, max(words_a, words_b))
    if whole and cos >= settings.equivalent_similarity and ratio >= settings.equivalent_length_ratio:
        return "equivalent"
    return "partial"


def _unaligned(side: Side, used: Set[int]) -> List[Unaligned]:
    out = []
    doc = side.doc
    run: Optional[List[int]] = None
    for atom, (s, e) in enumerate(side.atoms):
        sentence = side.atom_sentence[atom]
        if atom in used:
            if run:
                out.append(run)
            run = None
            continue
        if run is not None and run[2] == sentence:
            run[1] = e
        else:
            if run:
                out.append(run)
            run = [s, e, sentence]
    if run:
        out.append(run)
    return [Unaligned(Span.of(doc, s, e), "no counterpart") for s, e, _ in out]


def align_documents(doc_a: Document, doc_b: Document, embed, settings: Optional[Settings] = None,
                    exclude_a: Iterable[Tuple[int, int, str]] = (),
                    exclude_b: Iterable[Tuple[int, int, str]] = ()) -> Alignment:
    """Pair the content of ``doc_a`` and ``doc_b``.

    ``embed`` is an :class:`audit.embeddings.Embedder`, a model with ``encode``, or any function
    from a list of texts to a 2-D array. ``exclude_*`` are ``(start, end, rule)`` spans
    (boilerplate) whose sentences never align. No divergences are computed here; see
    :func:`compare`.
    """
    settings = settings or Settings()
    exclude_a, exclude_b = list(exclude_a), list(exclude_b)
    side_a = build_side(doc_a, [(s, e) for s, e, _ in exclude_a], settings)
    side_b = build_side(doc_b, [(s, e) for s, e, _ in exclude_b], settings)
    texts_a = [side_a.text(u) for u in side_a.units]
    texts_b = [side_b.text(u) for u in side_b.units]
    encode = _embed_with(embed)
    if texts_a and texts_b:
        vectors = _normalize(encode(texts_a + texts_b))
        if vectors.shape[0] != len(texts_a) + len(texts_b):
            raise ValueError(f"embedding function returned {vectors.shape[0]} rows for "
                             f"{len(texts_a) + len(texts_b)} texts")
        emb_a, emb_b = vectors[:len(texts_a)], vectors[len(texts_a):]
        cos = (emb_a @ emb_b.T).astype(np.float32)
        lex = lexical_matrix(texts_a, texts_b)
        sim = cos + settings.lexical_weight * char_ngram_matrix(texts_a, texts_b)
        score = margin_scores(sim, side_a.base, side_b.base, settings.k, settings.background)
        chosen = select_pairs(side_a, side_b, cos, score, lex, settings)
    else:
        cos = score = np.zeros((len(texts_a), len(texts_b)), dtype=np.float32)
        chosen = []
    pairs = []
    used_a: Set[int] = set()
    used_b: Set[int] = set()
    for i, j in chosen:
        ua, ub = side_a.units[i], side_b.units[j]
        used_a.update(ua.atoms)
        used_b.update(ub.atoms)
        c = float(cos[i, j])
        pairs.append(Pair(
            a=Span.of(doc_a, ua.start, ua.end), b=Span.of(doc_b, ub.start, ub.end),
            a_kind=ua.kind, b_kind=ub.kind, similarity=round(c, 4), score=round(float(score[i, j]), 4),
            chrf=round(chrf_score(texts_b[j], texts_a[i]), 2),
            label=_label(ua, ub, c, _words(texts_a[i]), _words(texts_b[j]), settings),
        ))

    def boiler(side: Side, excl) -> List[Unaligned]:
        out = []
        for s, e in side.excluded:
            rules = sorted({r for xs, xe, r in excl if xs < e and s < xe})
            out.append(Unaligned(Span.of(side.doc, s, e), "boilerplate", ",".join(rules) or None))
        return out

    un_a = sorted(_unaligned(side_a, used_a) + boiler(side_a, exclude_a), key=lambda u: u.span.start)
    un_b = sorted(_unaligned(side_b, used_b) + boiler(side_b, exclude_b), key=lambda u: u.span.start)
    return Alignment(doc_a, doc_b, pairs, un_a, un_b, settings=settings, chrf_signature=chrf_signature(),
                     sentences=(len(side_a.sentences), len(side_b.sentences)), model=_model_info(embed),
                     warnings=list(getattr(embed, "warnings", None) or []))


def _model_info(embed) -> dict:
    """What the report says about the model: an Embedder's or Model's own description, else
    whatever id the object carries."""
    info = getattr(embed, "info", None)
    if info is None and hasattr(embed, "describe"):
        info = embed.describe()
    if not info:
        info = {"id": str(getattr(embed, "model_id", None) or getattr(embed, "id", None) or
                          getattr(embed, "__name__", None) or "custom")}
    return dict(info)


# ------------------------------------------------------------------------------- divergences
_TOKEN_RE = re.compile(r"\w[\w'’&-]*")
_CONNECTORS = frozenset({"of", "and", "the", "for", "&"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "madam", "sir"})
# Capitalised only because they open a sentence or a list item; never the start of a name.
_OPENERS = frozenset("""a an the in at on for by with from to of and or but so if when while as
this that these those first second third fourth next then also we it he she they our his her
its their there here what how why""".split())


def _tokens(text: str) -> List[Tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def extract_names(text: str) -> List[Tuple[int, int, List[str]]]:
    """Multi-word proper names in ``text`` as (start, end, tokens): runs of capitalised words,
    with "of", "and", "the", "for" allowed between them, separated by spaces only ("Department
    of Information and Communication Development", "State Council Information Office",
    "Wen Ku"). Honorifics and sentence openers are not part of a name."""
    toks = _tokens(text)
    names = []
    i = 0
    while i < len(toks):
        s, e, tok = toks[i]
        low = tok.lower()
        if not _is_cap(tok) or low in _HONORIFICS or low in _OPENERS:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(toks):
            gap = text[toks[j - 1][1]:toks[j][0]]
            if gap.strip():
                break
            if _is_cap(toks[j][2]) and toks[j][2].lower() not in _HONORIFICS:
                run.append(j)
                j += 1
                continue
            # connectors count only when a capitalised word follows them
            k = j
            while k < len(toks) and toks[k][2].lower() in _CONNECTORS and not text[toks[k - 1][1]:toks[k][0]].strip():
                k += 1
            if k > j and k < len(toks) and _is_cap(toks[k][2]) and not text[toks[k - 1][1]:toks[k][0]].strip():
                run.extend(range(j, k + 1))
                j = k + 1
                continue
            break
        caps = [x for x in run if _is_cap(toks[x][2])]
        if len(caps) >= 2:
            names.append((toks[run[0]][0], toks[run[-1]][1], [toks[x][2] for x in run]))
        i = run[-1] + 1
    return names


def _find_variant(tokens: List[str], text: str) -> Tuple[Optional[Tuple[int, int]], bool]:
    """Where ``text`` writes the name ``tokens``: (span, exact). A variant matches token by
    token ignoring case and a plural ``s``; an exact match anywhere wins."""
    toks = _tokens(text)
    want = [stem(t) for t in tokens]
    variant = None
    for i in range(len(toks) - len(tokens) + 1):
        window = toks[i:i + len(tokens)]
        if any(text[window[x - 1][1]:window[x][0]].strip() for x in range(1, len(window))):
            continue
        if [stem(t) for _, _, t in window] != want:
            continue
        span = (window[0][0], window[-1][1])
        if [t for _, _, t in window] == list(tokens):
            return span, True
        if variant is None:
            variant = span
    return variant, False


_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: v for m, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = (r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_DATE_RES = [
    re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*(?P<year>\d{4}))?\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:\s*,?\s*(?P<year>\d{4}))?\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
]
_RELATIVE_RE = re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b", re.I)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_TIME_RE = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|\b(?P<h24>\d{1,2}):(?P<m24>\d{2})\b", re.I)
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()) if w != "_"}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12})
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) +
    r")(?![\w])(?P<scale>(?:\s+(?:hundred|thousand|million|billion|trillion)\b)*)(?P<pct>\s*%|\s+per\s*cent\b|\s+percent\b)?", re.I)


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    month: int
    day: int
    year: Optional[int]
    relative: Optional[str] = None

    def same(self, other: "_Date") -> bool:
        if (self.month, self.day) != (other.month, other.day):
            return False
        return self.year is None or other.year is None or self.year == other.year

    def show(self) -> str:
        name = _dt.date(2000, self.month, self.day).strftime("%B")
        return f"{name} {self.day}" + (f", {self.year}" if self.year else "")


def _absolute_dates(text: str, offset: int = 0) -> List[_Date]:
    found = []
    taken: List[Tuple[int, int]] = []
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if m.groupdict().get("mnum"):
                month = int(m.group("mnum"))
            else:
                month = _MONTHS.get(m.group("month").rstrip(".").lower())
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
            if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            try:
                _dt.date(year or 2000, month, day)
            except ValueError:
                continue
            taken.append(m.span())
            found.append(_Date(offset + m.start(), offset + m.end(), month, day, year))
    return sorted(found, key=lambda d: d.start)


def find_dateline(doc: Document, max_lines: int = 6, max_words: int = 12) -> Optional[_Date]:
    """The publication date of ``doc``: the first date in a short line among its first lines
    ("May 21,2020 11:55CST"), or None."""
    for s, e in doc.lines[:max_lines]:
        line = doc.text[s:e]
        if _words(line) > max_words:
            continue
        dates = _absolute_dates(line, s)
        if dates:
            return dates[0]
    return None


def _dates(text: str, offset: int, dateline: Optional[_Date]) -> List[_Date]:
    out = _absolute_dates(text, offset)
    if dateline is not None:
        for m in _RELATIVE_RE.finditer(text):
            rel = m.group("rel").lower()
            shift = _RELATIVE_DAYS.get(rel, 0)
            base = _dt.date(dateline.year or 2000, dateline.month, dateline.day) + _dt.timedelta(days=shift)
            out.append(_Date(offset + m.start(), offset + m.end(), base.month, base.day,
                             dateline.year and base.year, relative=rel))
    return sorted(out, key=lambda d: d.start)


def _times(text: str, offset: int) -> List[Tuple[int, int, Tuple[int, int]]]:
    out = []
    for m in _TIME_RE.finditer(text):
        if m.group("h24") is not None:
            h, mi = int(m.group("h24")), int(m.group("m24"))
        else:
            h, mi = int(m.group("h")), int(m.group("m") or 0)
            pm = m.group("ampm").lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        if h < 24 and mi < 60:
            out.append((offset + m.start(), offset + m.end(), (h, mi)))
    return out


def _numbers(text: str, offset: int, skip: List[Tuple[int, int]]) -> List[Tuple[int, int, float, str]]:
    """(start, end, value, noun) for each number followed by a noun: "more than 70 platforms"
    gives (70, "platform"); "200 million teachers" gives (2e8, "teacher")."""
    out = []
    for m in _NUMBER_RE.finditer(text):
        s, e = offset + m.start(), offset + m.end()
        if any(xs < e and s < xe for xs, xe in skip):
            continue
        raw = m.group("num").lower()
        value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw.replace(",", ""))
        for scale in m.group("scale").lower().split():
            value *= _SCALES[scale]
        if m.group("pct"):
            noun = "percent"
        else:
            follow = _TOKEN_RE.search(text, m.end())
            if follow is None or text[m.end():follow.start()].strip():
                continue
            noun = stem(follow.group())
            if noun in _STOPWORDS:
                continue
        out.append((s, e, value, noun))
    return out


def _show_number(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _pair_divergences(index: int, pair: Pair, doc_a: Document, doc_b: Document,
                      datelines: Tuple[Optional[_Date], Optional[_Date]]) -> List[Divergence]:
    out: List[Divergence] = []
    a, b = pair.a, pair.b

    def span(doc, s, e) -> Span:
        return Span.of(doc, s, e)

    # 1. a name written differently (case, a plural s) -----------------------------------------
    seen = set()
    for mine, other, doc_m, doc_o, side in ((a, b, doc_a, doc_b, "a"), (b, a, doc_b, doc_a, "b")):
        for s, e, tokens in extract_names(mine.text):
            found, exact = _find_variant(tokens, other.text)
            if found is None or exact:
                continue
            ms, me = mine.start + s, mine.start + e
            os_, oe = other.start + found[0], other.start + found[1]
            key = (ms, me, os_, oe) if side == "a" else (os_, oe, ms, me)
            if key in seen:
                continue
            seen.add(key)
            written = doc_o.text[os_:oe]
            diffs = [f"'{x}' / '{y}'" for x, y in zip(tokens, _TOKEN_RE.findall(written)) if x != y]
            sa, sb = (span(doc_m, ms, me), span(doc_o, os_, oe)) if side == "a" else \
                (span(doc_o, os_, oe), span(doc_m, ms, me))
            out.append(Divergence("name", index, f"name written differently: '{sa.text}' (A) / '{sb.text}' (B): "
                                  + ", ".join(diffs), sa, sb))

    # 2. one body rendered two ways (same words, another order) --------------------------------
    names_a = extract_names(a.text)
    names_b = extract_names(b.text)
    for sa_, ea_, ta in names_a:
        key_a = sorted(stem(t) for t in ta if t.lower() not in _CONNECTORS)
        for sb_, eb_, tb in names_b:
            key_b = sorted(stem(t) for t in tb if t.lower() not in _CONNECTORS)
            if len(key_a) >= 2 and key_a == key_b and \
                    [stem(t) for t in ta if t.lower() not in _CONNECTORS] != \
                    [stem(t) for t in tb if t.lower() not in _CONNECTORS]:
                sa, sb = span(doc_a, a.start + sa_, a.start + ea_), span(doc_b, b.start + sb_, b.start + eb_)
                out.append(Divergence("term", index, f"one body rendered two ways: '{sa.text}' (A) / "
                                      f"'{sb.text}' (B); pick one form", sa, sb))

    # 3. dates, times, numbers -------------------------------------------------------------------
    dates_a = _dates(a.text, a.start, datelines[0])
    dates_b = _dates(b.text, b.start, datelines[1])
    lone_a = [d for d in dates_a if not any(d.same(x) for x in dates_b)]
    lone_b = [d for d in dates_b if not any(d.same(x) for x in dates_a)]
    for da, db in zip(lone_a, lone_b):
        def show(d: _Date, side: str) -> str:
            text = (doc_a if side == "A" else doc_b).text[d.start:d.end]
            return f"'{text}' ({d.show()} by the dateline of {side})" if d.relative else f"'{text}'"
        out.append(Divergence("date", index, f"dates disagree: A says {show(da, 'A')}, B says {show(db, 'B')}",
                              span(doc_a, da.start, da.end), span(doc_b, db.start, db.end)))
    times_a, times_b = _times(a.text, a.start), _times(b.text, b.start)
    lone_ta = [t for t in times_a if t[2] not in {x[2] for x in times_b}]
    lone_tb = [t for t in times_b if t[2] not in {x[2] for x in times_a}]
    for ta_, tb_ in zip(lone_ta, lone_tb):
        sa, sb = span(doc_a, ta_[0], ta_[1]), span(doc_b, tb_[0], tb_[1])
        out.append(Divergence("number", index, f"times disagree: '{sa.text}' (A) against '{sb.text}' (B)", sa, sb))
    skip_a = [(d.start, d.end) for d in dates_a] + [(t[0], t[1]) for t in times_a]
    skip_b = [(d.start, d.end) for d in dates_b] + [(t[0], t[1]) for t in times_b]
    nums_a, nums_b = _numbers(a.text, a.start, skip_a), _numbers(b.text, b.start, skip_b)
    for noun in sorted({n[3] for n in nums_a} & {n[3] for n in nums_b}):
        va = [n for n in nums_a if n[3] == noun]
        vb = [n for n in nums_b if n[3] == noun]
        if {n[2] for n in va} & {n[2] for n in vb}:
            continue
        sa, sb = span(doc_a, va[0][0], va[0][1]), span(doc_b, vb[0][0], vb[0][1])
        out.append(Divergence("number", index, f"numbers disagree: {_show_number(va[0][2])} {noun} (A) against "
                              f"{_show_number(vb[0][2])} {noun} (B)", sa, sb))
    return out


def _finding_divergences(index: int, pair: Pair, doc_a: Document, doc_b: Document,
                         findings_a: Sequence[Finding], findings_b: Sequence[Finding]) -> List[Divergence]:
    """A rule finding inside one side's span where the other side's span has no finding of
    that rule: the other rendering is the editor's best hint to a correction."""
    out = []
    for mine, other, f_mine, f_other, side in ((pair.a, pair.b, findings_a, findings_b, "A"),
                                               (pair.b, pair.a, findings_b, findings_a, "B")):
        doc_m, doc_o = (doc_a, doc_b) if side == "A" else (doc_b, doc_a)
        inside_o = [f for f in f_other if other.overlaps(f.start, f.end) and f.severity > Severity.INFO]
        for f in f_mine:
            if f.severity <= Severity.INFO or not (mine.start <= f.start and f.end <= mine.end):
                continue
            if any(g.rule == f.rule for g in inside_o):
                continue
            counterpart = _counterpart(f, other)
            o_span = Span.of(doc_o, *counterpart)
            f_span = Span.of(doc_m, f.start, f.end)
            other_side = "B" if side == "A" else "A"
            state = "reads cleanly" if not inside_o else f"has no '{f.rule}' finding"
            message = (f"{f.rule} in {side}: {f.message}; {other_side} {state} here"
                       + (f": '{' '.join(o_span.text.split())}'" if counterpart != (other.start, other.end) else ""))
            sa, sb = (f_span, o_span) if side == "A" else (o_span, f_span)
            out.append(Divergence("finding", index, message, sa, sb, rule=f.rule))
    return out


def _counterpart(f: Finding, other: Span) -> Tuple[int, int]:
    """Where the other side probably renders the flagged text: its suggestion, or the same
    words in another case; else the whole span."""
    for needle in filter(None, (f.suggestion, f.text)):
        for flags in (0, re.I):
            m = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", other.text, flags)
            if m and not (needle == f.text and m.group() == f.text):
                return other.start + m.start(), other.start + m.end()
    return other.start, other.end


def _canonical_side(glossary, d: Divergence) -> Divergence:
    """Say which side of a name or term divergence the glossary backs, and its form."""
    side = glossary.prefer(d.a.text, d.b.text)
    if side is None:
        return d
    wrong = glossary.find(d.b.text if side == "a" else d.a.text)
    form = wrong[0].entry.canonical if wrong else None
    note = f"; {side.upper()} matches the glossary" + (f" ('{form}')" if form else "")
    return replace(d, message=d.message + note, canonical={"side": side, "form": form})


def find_divergences(alignment: Alignment, findings_a: Sequence[Finding] = (),
                     findings_b: Sequence[Finding] = (), glossary=None) -> List[Divergence]:
    """Divergences inside every pair of ``alignment``; a finding divergence on the same span
    as a name/term/number divergence is folded into it (its rule id is kept). With a
    ``glossary``, name, term and finding divergences say which side uses the canonical form."""
    datelines = (find_dateline(alignment.doc_a), find_dateline(alignment.doc_b))
    out: List[Divergence] = []
    for index, pair in enumerate(alignment.pairs):
        found = _pair_divergences(index, pair, alignment.doc_a, alignment.doc_b, datelines)
        for d in _finding_divergences(index, pair, alignment.doc_a, alignment.doc_b, findings_a, findings_b):
            twin = next((k for k, x in enumerate(found) if x.rule is None and x.kind != "finding"
                         and (x.a.overlaps(d.a.start, d.a.end) and x.b.overlaps(d.b.start, d.b.end))), None)
            if twin is not None:
                found[twin] = replace(found[twin], rule=d.rule)
            else:
                found.append(d)
        out.extend(found)
    if glossary is not None:
        out = [_canonical_side(glossary, d) if d.kind in ("name", "term", "finding") else d for d in out]
    return sorted(out, key=lambda d: d.sort_key)


# ----------------------------------------------------------------------------- entry points
def compare(doc_a: Document, doc_b: Document, model, catalog=None,
            settings: Optional[Settings] = None, findings=None) -> Alignment:
    """Align two reports of one event and list their divergences.

    ``model``: an :class:`audit.embeddings.Embedder` (or anything :func:`align_documents`
    accepts). ``catalog``: a Catalog or list of rules (default: the bundled catalog); its
    ``boilerplate`` rules decide what never aligns and all its rules give the findings of
    the "one side has a finding" divergences. ``findings``: both documents' findings with
    that catalog, when the caller has them.
    """
    from .engine import check_document
    from .rules import load_rules

    if catalog is None:
        catalog = load_rules()
    rules = list(getattr(catalog, "rules", catalog))
    boiler_ids = {r.id for r in rules if r.type == "boilerplate"}
    if findings is not None:  # the caller checked both documents with this catalog already
        found_a, found_b = findings
    else:
        found_a = check_document(doc_a, rules).findings
        found_b = check_document(doc_b, rules).findings
    exclude_a = [(f.start, f.end, f.rule) for f in found_a if f.rule in boiler_ids]
    exclude_b = [(f.start, f.end, f.rule) for f in found_b if f.rule in boiler_ids]
    alignment = align_documents(doc_a, doc_b, model, settings, exclude_a, exclude_b)
    glossary = next((r.state["glossary"] for r in rules if r.type == "glossary"), None)
    alignment.divergences = find_divergences(
        alignment, [f for f in found_a if f.rule not in boiler_ids], [f for f in found_b if f.rule not in boiler_ids],
        glossary=glossary)
    lines = (find_dateline(doc_a), find_dateline(doc_b))
    alignment.datelines = tuple(d.show() if d else None for d in lines)
    return alignment


def _span_entry(doc: Document, span: Span, **extra) -> dict:
    line, column = doc.line_col(span.start)
    entry = {"start": span.start, "end": span.end, "line": line, "column": column}
    entry.update({k: v for k, v in extra.items() if v is not None})
    entry["text"] = span.text
    return entry


def build_report(alignment: Alignment, tool_version: str = "") -> dict:
    """The ``mtaudit-compare/1`` report as plain data (YAML/JSON ready)."""
    from . import __version__

    doc_a, doc_b = alignment.doc_a, alignment.doc_b
    pairs = []
    for n, p in enumerate(alignment.pairs):
        pairs.append({
            "id": n,
            "label": p.label,
            "similarity": p.similarity,
            "score": p.score,
            "chrf": p.chrf,
            "a": _span_entry(doc_a, p.a, unit=p.a_kind),
            "b": _span_entry(doc_b, p.b, unit=p.b_kind),
        })
    unaligned = {
        "a": [_span_entry(doc_a, u.span, reason=u.reason, rule=u.rule) for u in alignment.unaligned_a],
        "b": [_span_entry(doc_b, u.span, reason=u.reason, rule=u.rule) for u in alignment.unaligned_b],
    }
    divergences = []
    for d in alignment.divergences:
        entry = {"pair": d.pair, "kind": d.kind, "message": d.message}
        if d.rule:
            entry["rule"] = d.rule
        if d.canonical:
            entry["canonical"] = dict(d.canonical)
        entry["a"] = _span_entry(doc_a, d.a)
        entry["b"] = _span_entry(doc_b, d.b)
        divergences.append(entry)

    def doc_entry(doc: Document, sentences: int, dateline: Optional[str]) -> dict:
        entry = {"path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding, "words": doc.words,
                 "sentences": sentences}
        if dateline:
            entry["dateline"] = dateline
        return entry

    def coverage(doc: Document, spans: List[Span], unaligned: List[Unaligned]) -> float:
        content = sum(_words(s.text) for s in spans) + sum(_words(u.span.text) for u in unaligned
                                                           if u.reason != "boilerplate")
        return round(sum(_words(s.text) for s in spans) / content, 4) if content else 0.0

    by_kind: Dict[str, int] = {}
    for d in alignment.divergences:
        by_kind[d.kind] = by_kind.get(d.kind, 0) + 1
    report = {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "mtaudit", "version": tool_version or __version__},
        "model": dict(alignment.model),
        "settings": alignment.settings.as_dict(),
        "chrf": {"signature": alignment.chrf_signature, "hypothesis": "b", "reference": "a"},
        "documents": {
            "a": doc_entry(doc_a, alignment.sentences[0], alignment.datelines[0]),
            "b": doc_entry(doc_b, alignment.sentences[1], alignment.datelines[1]),
        },
        "pairs": pairs,
        "unaligned": unaligned,
        "divergences": divergences,
        "summary": {
            "pairs": len(pairs),
            "equivalent": sum(1 for p in alignment.pairs if p.label == "equivalent"),
            "partial": sum(1 for p in alignment.pairs if p.label == "partial"),
            "unaligned": {"a": len(unaligned["a"]), "b": len(unaligned["b"])},
            "boilerplate": {"a": sum(1 for u in alignment.unaligned_a if u.reason == "boilerplate"),
                            "b": sum(1 for u in alignment.unaligned_b if u.reason == "boilerplate")},
            "coverage": {"a": coverage(doc_a, [p.a for p in alignment.pairs], alignment.unaligned_a),
                         "b": coverage(doc_b, [p.b for p in alignment.pairs], alignment.unaligned_b)},
            "divergences": len(divergences),
            "by_kind": dict(sorted(by_kind.items())),
        },
    }
    if alignment.warnings:
        report["warnings"] = list(alignment.warnings)
    return report
