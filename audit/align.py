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
2. **Scores.** Cosine similarity of sentence embeddings, turned into the ratio margin of
   Artetxe & Schwenk (2019): ``cos(x, y)`` divided by the mean similarity of ``x`` and ``y``
   to their ``k`` nearest sentences on the other side. A pair scores high only when it stands
   out from each unit's neighbourhood, which removes the "everything about 5G looks alike"
   effect of one-topic documents. Missing neighbours of tiny documents are filled with a
   background similarity, so three-sentence texts behave. Content-word overlap (Dice) is
   added as a lexical signal: names and numbers that the embedding blurs still count.
3. **Selection.** Competitive linking: candidate pairs are taken best first, and a pair is
   kept only when none of its clauses is already used on either side and it passes the
   threshold. Clause and two-sentence candidates carry a small penalty so that a whole
   sentence wins unless the finer or wider unit is clearly better.
4. **Divergences** inside each kept pair: names and titles written differently, one body
   rendered two ways, numbers/dates/times that disagree (a dateline resolves "today"), and
   rule findings of the check engine on one side where the other side reads cleanly.

Everything here is pure: documents, vectors and findings in, an :class:`Alignment` out.
The embedding function is injected (``embed(texts) -> array``), so tests run with a tiny
deterministic vectorizer and never import torch.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np

from .document import Document
from .findings import Finding, Severity

SCHEMA_VERSION = "mtaudit-compare/1"

EmbedFn = Callable[[Sequence[str]], np.ndarray]


# ---------------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class Settings:
    """Knobs of the aligner. Defaults were calibrated on the corpus briefing and on the MQM
    TED cases of ``benchmarks/align_mqm.py`` (see that script for the figures)."""

    threshold: float = 1.4           # minimum pair score (margin + lexical bonus)
    mutual_bonus: float = 0.2        # two whole sentences that are each other's best match need less
    min_similarity: float = 0.45     # minimum cosine, whatever the margin says
    clause_margin: float = 0.4       # a pair involving a clause needs threshold + this,
    clause_min_similarity: float = 0.6   # this cosine,
    clause_min_lexical: float = 0.3  # and this content-word overlap (Dice)
    k: int = 4                       # neighbours in the margin's denominator
    background: float = 0.10         # similarity assumed for neighbours a tiny document lacks
    lexical_weight: float = 1.0      # weight of character n-gram cosine added to the embedding cosine
    long_sentence_words: int = 24    # sentences at least this long are also cut into clauses
    min_piece_words: int = 3         # clause pieces shorter than this join their neighbour
    min_clause_words: int = 5        # a clause candidate (a run of pieces) has this many words
    max_clause_pieces: int = 8       # and at most this many pieces
    min_unit_words: int = 4          # shorter units pair only when nearly identical:
    short_unit_similarity: float = 0.85  # "Wen Ku said." says too little to stand for anything
    grow_tolerance: float = 0.25     # a clause pair may widen if its cosine drops at most this
    grow_overlap: float = 0.3        # and each added clause shares this share of its content words
    clause_penalty: float = 0.06     # rank handicap of a clause candidate (per side)
    join_penalty: float = 0.04       # rank handicap of a two-sentence candidate
    join_gain: float = 0.03          # two sentences pair only if together they match this much better
    equivalent_similarity: float = 0.72  # cosine from which a whole-sentence pair is equivalent
    equivalent_length_ratio: float = 0.55  # and the shorter side has at least this share of words

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
            merged[-1][1] = len(chunk) if not pieces else pieces[-1][1]
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


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def content_words(text: str) -> Set[str]:
    return {_stem(w) for w in _WORD_RE.findall(text) if w.lower() not in _STOPWORDS}


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
      that does not lower its score by more than ``grow_tolerance``, so the list of examples
      after "new types of consumption" travels with it.
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
        if min(self.words_a[i], self.words_b[j]) < s.min_unit_words and self.cos[i, j] < s.short_unit_similarity:
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
    def _joined(index: dict, side: Side, x: Unit, y: Unit) -> Optional[int]:
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
                    i = self._joined(self.index_a, self.a, self.a.units[i1], self.a.units[i2])
                    j = self._joined(self.index_b, self.b, self.b.units[j1], self.b.units[j2])
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
            need = max(1, -(-len(mine) * self.s.grow_overlap // 1))
            if len(mine & other) < need:
                return False
        return True

    def grow(self, i: int, j: int, used_a: Set[int], used_b: Set[int]) -> Tuple[int, int]:
        """Widen a clause pair by neighbouring free clauses that the other side also speaks of:
        each added clause must share content words with the other side's span (embeddings
        of short list fragments are too noisy to judge), and the pair must still pass."""
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
    score: float           # ratio margin plus the lexical bonus (what --threshold applies to)
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
    units: Tuple[int, int] = (0, 0)
    datelines: Tuple[Optional[str], Optional[str]] = (None, None)
    warnings: List[str] = field(default_factory=list)


_CHRF = None


def _chrf():
    global _CHRF
    if _CHRF is None:
        from sacrebleu.metrics import CHRF  # sacrebleu is light, but only the aligner needs it

        _CHRF = CHRF()
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
                     units=(len(side_a.units), len(side_b.units)))
