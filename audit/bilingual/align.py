"""Chinese <-> English sentence alignment: dynamic programming over groups of up to four
sentences on one side (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1; 3-2 and 2-3 swallowed omitted
sentences on the dev set) plus skips (1-0: a source sentence
with no English, 0-1: English with no source).

A group's cost is one minus the cosine (times half its number of sentences, so a merge
costs what the pairs it replaces would) of its mean source and mean English vectors (Vecalign's
approximation: one encoder pass per sentence, concatenations by averaging unit vectors), plus
a length penalty (English characters against about 3.1 per source character, measured on the
dev set) and a bonus when both sides carry the same number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Sequence, Tuple

import numpy as np

from .numbers import Number, same

GROUPS = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (4, 1), (1, 4))
CHARS_PER_SOURCE_CHAR = 3.1   # median English/Chinese length ratio on the dev set
LENGTH_WEIGHT = 0.12
MERGE_COST = 0.04
NUMBER_BONUS = 0.08
SKIP_COST = 0.33              # one unmatched sentence; a pair scoring below ~0.35 cosine skips both


@dataclass(frozen=True)
class Pair:
    """One aligned group: source sentence indexes and English sentence indexes (either may be
    empty) and the cosine similarity of the group (None for a skip)."""

    src: Tuple[int, ...]
    eng: Tuple[int, ...]
    similarity: float = float("nan")


def _means(vectors: np.ndarray, k: int) -> np.ndarray:
    n = vectors.shape[0]
    if n < k:
        return np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 0), dtype=np.float32)
    cs = np.cumsum(np.vstack([np.zeros((1, vectors.shape[1]), dtype=np.float64), vectors]), axis=0)
    m = cs[k:] - cs[:-k]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32)


def align(src_vecs: np.ndarray, eng_vecs: np.ndarray, src_lens: Sequence[int], eng_lens: Sequence[int],
          src_nums: Sequence[List[Number]] = (), eng_nums: Sequence[List[Number]] = ()) -> List[Pair]:
    """The lowest-cost monotone alignment of ``n`` source and ``m`` English sentences."""
    n, m = len(src_lens), len(eng_lens)
    if n == 0 or m == 0:
        return [Pair((i,), ()) for i in range(n)] + [Pair((), (j,)) for j in range(m)]
    smeans = {k: _means(src_vecs, k) for k in (1, 2, 3, 4)}
    emeans = {k: _means(eng_vecs, k) for k in (1, 2, 3, 4)}
    sims = {(a, b): smeans[a] @ emeans[b].T for a, b in GROUPS if len(smeans[a]) and len(emeans[b])}
    scum = np.concatenate([[0], np.cumsum(src_lens)])
    ecum = np.concatenate([[0], np.cumsum(eng_lens)])
    svals = [frozenset(v for x in nums for v in x.values) for nums in src_nums] if src_nums else [frozenset()] * n
    evals = [frozenset(v for x in nums for v in x.values) for nums in eng_nums] if eng_nums else [frozenset()] * m
    band = max(12, int(0.15 * max(n, m)))
    inf = math.inf
    cost = np.full((n + 1, m + 1), inf)
    back = np.zeros((n + 1, m + 1, 2), dtype=np.int16)
    cost[0, 0] = 0.0
    for i in range(n + 1):
        centre = i * m / n
        lo, hi = max(0, int(centre) - band), min(m, int(math.ceil(centre)) + band)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, (0, 0)
            if i and cost[i - 1, j] + SKIP_COST < best:
                best, arg = cost[i - 1, j] + SKIP_COST, (1, 0)
            if j and cost[i, j - 1] + SKIP_COST < best:
                best, arg = cost[i, j - 1] + SKIP_COST, (0, 1)
            for a, b in GROUPS:
                if a > i or b > j or (a, b) not in sims:
                    continue
                prev = cost[i - a, j - b]
                if prev == inf:
                    continue
                sim = float(sims[(a, b)][i - a, j - b])
                zh = scum[i] - scum[i - a]
                en = ecum[j] - ecum[j - b]
                c = (1.0 - sim) * (a + b) / 2 + LENGTH_WEIGHT * abs(math.log((en + 5) / (CHARS_PER_SOURCE_CHAR * zh + 5)))
                c += MERGE_COST * (a + b - 2)
                if any(svals[k] for k in range(i - a, i)):
                    sv = frozenset().union(*svals[i - a:i])
                    ev = frozenset().union(*evals[j - b:j])
                    if sv and ev and same(sv, ev):
                        c -= NUMBER_BONUS
                if prev + c < best:
                    best, arg = prev + c, (a, b)
            cost[i, j] = best
            back[i, j] = arg
    pairs: List[Pair] = []
    i, j = n, m
    if cost[n, m] == inf:  # outside the band: fall back to skips (never happens with a sane band)
        return [Pair((k,), ()) for k in range(n)] + [Pair((), (k,)) for k in range(m)]
    while i or j:
        a, b = (int(x) for x in back[i, j])
        if a == 0 and b == 0:
            break
        sim = float(sims[(a, b)][i - a, j - b]) if a and b else float("nan")
        pairs.append(Pair(tuple(range(i - a, i)), tuple(range(j - b, j)), sim))
        i, j = i - a, j - b
    pairs.reverse()
    return pairs
