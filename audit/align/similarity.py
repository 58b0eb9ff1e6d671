"""How alike two units are: embedding cosine, content-word overlap, character n-gram cosine,
the ratio margin that turns similarities into scores, and sacrebleu chrF for the report."""
from __future__ import annotations

from typing import Dict, List, Sequence, Set

import numpy as np

from ..glossary import stem
from .model import EmbedFn
from .figures import figures
from .units import _STOPWORDS, _WORD_RE

# ----------------------------------------------------------------------------------- lexical


def content_words(text: str) -> Set[str]:
    """Stems of the words that carry content; a figure counts as one word, its value, so
    "4.27 million" and "427 ten thousand" are the same word and "12.4" and "14.2" are not
    ("#4270000" against the pieces "4", "27", "million")."""
    found = figures(text)
    if not found:
        return {stem(w) for w in _WORD_RE.findall(text) if w.lower() not in _STOPWORDS}
    words: Set[str] = set()
    cursor = 0
    for f in found:
        words.update(stem(w) for w in _WORD_RE.findall(text[cursor:f.start]) if w.lower() not in _STOPWORDS)
        words.add(f"#{f.low:g}" if f.low == f.high else f"#{f.low:g}-{f.high:g}")
        cursor = f.end
    words.update(stem(w) for w in _WORD_RE.findall(text[cursor:]) if w.lower() not in _STOPWORDS)
    return words


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
    sides get a column (the others add nothing to a dot product); norms use all of them.

    Each n-gram is packed exactly into one integer (characters numbered within the call,
    ``bits`` per character), so counting and matching run in numpy instead of a dict per text:
    the same counts and the same cosines, several times faster on a group's units."""
    out = np.zeros((len(texts_a), len(texts_b)), dtype=np.float32)
    if not texts_a or not texts_b:
        return out
    clean = [" ".join(t.lower().split()) for t in list(texts_a) + list(texts_b)]
    codepoints = np.frombuffer("".join(clean).encode("utf-32-le"), dtype=np.uint32) if any(clean) else \
        np.zeros(0, dtype=np.uint32)
    alphabet, letters = np.unique(codepoints, return_inverse=True)
    bits = max(1, int(len(alphabet) + 1).bit_length())
    if bits * max(orders) > 63:  # more distinct characters than one integer holds: count by dict
        return _char_ngram_matrix_dict(texts_a, texts_b, orders)
    letters = letters.astype(np.int64) + 1   # 0 never stands for a character: orders stay apart
    rows, codes, counts, norms = [], [], [], []
    cursor = 0
    for row, text in enumerate(clean):
        chars = letters[cursor:cursor + len(text)]
        cursor += len(text)
        grams = []
        for n in orders:
            if len(chars) >= n:
                packed = chars[:len(chars) - n + 1].copy()
                for k in range(1, n):
                    packed |= chars[k:len(chars) - n + 1 + k] << (bits * k)
                grams.append(packed)
        if grams:
            unique, count = np.unique(np.concatenate(grams), return_counts=True)
        else:
            unique, count = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        rows.append(np.full(len(unique), row, dtype=np.int64))
        codes.append(unique)
        counts.append(count)
        norms.append(np.sqrt(float((count.astype(np.float64) ** 2).sum())))
    n_a = len(texts_a)
    split = sum(len(c) for c in codes[:n_a])
    rows_all, codes_all, counts_all = np.concatenate(rows), np.concatenate(codes), np.concatenate(counts)
    shared = np.intersect1d(codes_all[:split], codes_all[split:])
    if not len(shared):
        return out
    column = np.searchsorted(shared, codes_all)
    column[column >= len(shared)] = 0
    keep = shared[column] == codes_all
    ma = np.zeros((n_a, len(shared)), dtype=np.float32)
    mb = np.zeros((len(texts_b), len(shared)), dtype=np.float32)
    keep_a, keep_b = keep.copy(), keep.copy()
    keep_a[split:] = False
    keep_b[:split] = False
    ma[rows_all[keep_a], column[keep_a]] = counts_all[keep_a]
    mb[rows_all[keep_b] - n_a, column[keep_b]] = counts_all[keep_b]
    dots = ma @ mb.T
    denom = np.outer(np.array(norms[:n_a], dtype=np.float64), np.array(norms[n_a:], dtype=np.float64))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(denom > 0, dots / denom, 0.0)
    return out.astype(np.float32)


def _char_ngram_matrix_dict(texts_a: Sequence[str], texts_b: Sequence[str], orders: Sequence[int]) -> np.ndarray:
    """:func:`char_ngram_matrix` with one dict of n-grams per text (any number of characters)."""
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


