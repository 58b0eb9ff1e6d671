"""How alike two units are: embedding cosine, content-word overlap, character n-gram cosine,
the ratio margin that turns similarities into scores, and sacrebleu chrF for the report."""
from __future__ import annotations

import contextlib
from typing import Dict, FrozenSet, List, Sequence, Set

import numpy as np

from ..glossary import stem
from .model import EmbedFn
from .figures import figures
from .units import _STOPWORDS, _WORD_RE

# ----------------------------------------------------------------------------------- lexical


# content_words by text: a document's units come back in each pair of its group, and its
# figures are the dearest part (an audit reads the same sentences several times).
_CONTENT_WORDS: Dict[str, FrozenSet[str]] = {}
_CONTENT_WORDS_MAX = 10_000


def content_words(text: str) -> FrozenSet[str]:
    """Stems of the words that carry content; a figure counts as one word, its value, so
    "4.27 million" and "427 ten thousand" are the same word and "12.4" and "14.2" are not
    ("#4270000" against the pieces "4", "27", "million")."""
    words = _CONTENT_WORDS.get(text)
    if words is None:
        if len(_CONTENT_WORDS) >= _CONTENT_WORDS_MAX:
            _CONTENT_WORDS.clear()
        words = _CONTENT_WORDS[text] = frozenset(_content_words(text))
    return words


def _content_words(text: str) -> Set[str]:
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
    the same counts and the same cosines, several times faster on a group's units. The texts
    are counted together, in a few array operations per call, not a few per text."""
    n_a, n_b = len(texts_a), len(texts_b)
    out = np.zeros((n_a, n_b), dtype=np.float32)
    if not texts_a or not texts_b:
        return out
    clean = [" ".join(t.lower().split()) for t in list(texts_a) + list(texts_b)]
    joined = "".join(clean)
    if not joined:
        return out
    codepoints = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    alphabet, letters = np.unique(codepoints, return_inverse=True)
    bits = max(1, int(len(alphabet) + 1).bit_length())
    if bits * max(orders) > 63:  # more distinct characters than one integer holds: count by dict
        return _char_ngram_matrix_dict(texts_a, texts_b, orders)
    letters = letters.ravel().astype(np.int64) + 1   # 0 never stands for a character: orders stay apart
    # All texts at once: the n-grams of the joined text, less those that cross from one text
    # into the next, each with the row of its text.
    lengths = np.fromiter((len(t) for t in clean), dtype=np.int64, count=len(clean))
    owner = np.repeat(np.arange(len(clean), dtype=np.int64), lengths)
    codes, rows = [], []
    for n in orders:
        m = len(letters) - n + 1
        if m <= 0:
            continue
        packed = letters[:m].copy()
        for k in range(1, n):
            packed |= letters[k:k + m] << (bits * k)
        inside = owner[:m] == owner[n - 1:n - 1 + m]
        codes.append(packed[inside])
        rows.append(owner[:m][inside])
    if not codes:
        return out
    distinct, code_id = np.unique(np.concatenate(codes), return_inverse=True)
    width = len(distinct)
    # one key per (text, n-gram): its count is the n-gram's count in that text
    keys, counts = np.unique(np.concatenate(rows) * width + code_id.ravel(), return_counts=True)
    row, col = keys // width, keys % width
    norms = np.sqrt(np.bincount(row, weights=counts.astype(np.float64) ** 2, minlength=len(clean)))
    side_a = row < n_a
    in_a = np.zeros(width, dtype=bool)
    in_a[col[side_a]] = True
    in_b = np.zeros(width, dtype=bool)
    in_b[col[~side_a]] = True
    shared = in_a & in_b
    n_shared = int(shared.sum())
    if not n_shared:
        return out
    column = np.cumsum(shared) - 1   # columns in the order of the n-grams' codes
    keep = shared[col]
    keep_a, keep_b = keep & side_a, keep & ~side_a
    ma = np.zeros((n_a, n_shared), dtype=np.float32)
    mb = np.zeros((n_b, n_shared), dtype=np.float32)
    ma[row[keep_a], column[col[keep_a]]] = counts[keep_a]
    mb[row[keep_b] - n_a, column[col[keep_b]]] = counts[keep_b]
    dots = ma @ mb.T
    denom = np.outer(norms[:n_a], norms[n_a:])
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


_BLAS = None


def one_blas_thread():
    """A context in which numpy's BLAS runs on the calling thread only. The aligner's matrix
    products are small (a few hundred rows): OpenBLAS's helper threads gain them nothing and
    spin after each product, which on a loaded machine takes the core the encoder or the next
    Python step needs (CPU seconds of the n-gram and word matrices halved, same values).
    Without threadpoolctl (installed with sentence-transformers' scikit-learn) nothing changes."""
    global _BLAS
    if _BLAS is None:
        try:
            from threadpoolctl import ThreadpoolController

            _BLAS = ThreadpoolController()
        except Exception:  # not installed, or a platform it cannot inspect
            _BLAS = False
    if _BLAS is False:
        return contextlib.nullcontext()
    return _BLAS.limit(limits=1, user_api="blas")


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


