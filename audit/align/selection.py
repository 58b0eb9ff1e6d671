"""Choosing pairs among the scored candidates: competitive linking, then merging neighbouring
clause pairs and widening clause pairs where both sides go on about the same thing."""
from __future__ import annotations

import math
from typing import List, Optional, Set, Tuple

import numpy as np

from .model import Settings
from .similarity import content_words
from .units import Side, Unit, _words

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
        # Each sentence must relate to the other side on its own too: the mean of two unrelated
        # vectors is closer to almost anything than either of them (derived vectors).
        return self.cos[i, j] >= max(parts) + self.s.join_gain and min(parts) >= self.s.min_similarity

    @staticmethod
    def _heading(side: Side, unit: Unit) -> bool:
        return any(side.atom_sentence[x] in side.headings for x in unit.atoms)

    def link(self) -> List[Tuple[int, int]]:
        s = self.s
        penalty = {"sentence": 0.0, "clause": s.clause_penalty, "sentences": s.join_penalty}
        pen_a = np.array([penalty[u.kind] + s.heading_penalty * self._heading(self.a, u) for u in self.a.units],
                         dtype=np.float32)
        pen_b = np.array([penalty[u.kind] + s.heading_penalty * self._heading(self.b, u) for u in self.b.units],
                         dtype=np.float32)
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


    def widen(self, pairs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
        """One report splits in two what the other says in one sentence: a kept pair of two
        whole sentences takes in the free neighbouring sentence of one side when the two
        sentences together match clearly better (``join_gain``) than the one alone, and the
        added sentence shares content words with the other side. Competitive linking alone
        misses this, because the single sentence's margin beats the longer unit's."""
        used_a = {x for i, _ in pairs for x in self.a.units[i].atoms}
        used_b = {x for _, j in pairs for x in self.b.units[j].atoms}
        joins_a = {u.sentence: k for k, u in enumerate(self.a.units) if u.kind == "sentences"}
        joins_b = {u.sentence: k for k, u in enumerate(self.b.units) if u.kind == "sentences"}
        out = []
        for i, j in pairs:
            ua, ub = self.a.units[i], self.b.units[j]
            if (ua.kind, ub.kind) != ("sentence", "sentence"):
                out.append((i, j))
                continue
            options = []
            for side, unit, joins, used, words, other_words, row in (
                    (self.a, ua, joins_a, used_a, self.atom_words_a, self.unit_words_b[j], True),
                    (self.b, ub, joins_b, used_b, self.atom_words_b, self.unit_words_a[i], False)):
                for first in (unit.sentence, unit.sentence - 1):
                    joined = joins.get(first)
                    if joined is None:
                        continue
                    added_atoms = set(side.units[joined].atoms) - set(unit.atoms)
                    if not added_atoms or used.intersection(added_atoms):
                        continue
                    gi, gj = (joined, j) if row else (i, joined)
                    if self.cos[gi, gj] < self.cos[i, j] + self.s.join_gain:
                        continue
                    extra = set().union(*(words[x] for x in added_atoms))
                    need = max(1, math.ceil(len(extra) * self.s.grow_overlap))
                    if len(extra & other_words) < need:
                        continue
                    options.append((float(self.cos[gi, gj]), gi, gj))
            if not options:
                out.append((i, j))
                continue
            _, gi, gj = max(options)
            used_a.update(self.a.units[gi].atoms)
            used_b.update(self.b.units[gj].atoms)
            out.append((gi, gj))
        return out


def select_pairs(side_a: Side, side_b: Side, cos: np.ndarray, score: np.ndarray, lex: np.ndarray,
                 settings: Settings) -> List[Tuple[int, int]]:
    """Kept pairs as (unit of a, unit of b) indices, in the order of side a."""
    if not side_a.units or not side_b.units:
        return []
    sel = _Selector(side_a, side_b, cos, score, lex, settings)
    pairs = sel.widen(sel.merge(sel.link()))
    return sorted(pairs, key=lambda ij: (side_a.units[ij[0]].start, side_b.units[ij[1]].start))


