"""Reference-based scores: BLEU, chrF and TER from sacrebleu, and per-sentence post-edit effort.

``score_texts(hyp, refs)`` is the pure core behind ``mtaudit score`` and the reference scores
in ``mtaudit check``:

* BLEU and chrF, each with its sacrebleu signature, on the whole document as one segment
  (its words joined by single spaces): they do not depend on how mtaudit aligned sentences,
  and anyone can recompute them with sacrebleu from the two files.
* Per-sentence TER (HTER-style post-edit effort): the hypothesis sentences are aligned
  monotonically with the reference sentences, allowing merges (1-2, 2-1, ... up to five
  sentences in one bead) where the two texts split sentences differently, and hypothesis
  sentences with no counterpart (a navigation line an editor deleted). Each aligned segment
  is scored with sacrebleu's TER against its reference text; the segments that need the most
  edits come first.
* TER for the document is sacrebleu's corpus TER over those aligned segments (total edits
  over total reference words). TER on a whole document as one segment searches shifts across
  hundreds of words (about 30 s for one 700-word news report, against 1 s this way), and
  post-edit effort is measured sentence by sentence anyway.

Alignment is dynamic programming over the Dice coefficient of character 4-gram counts (a
light chrF computed here, because the alignment evaluates thousands of candidate beads).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

METRICS = ("bleu", "chrf", "ter")
LOWER_IS_BETTER = {"ter"}

# Bead shapes (hypothesis sentences, reference sentences): every a-b with a + b <= 5, so
# 1-2/2-1 splits and the 4-1 of a quoted run of questions the segmenter keeps whole. Each
# sentence beyond 1-1 costs a little, so merges win only when they match better.
_MOVES = {(a, b): 0.02 * (a + b - 2) for a in range(1, 5) for b in range(1, 5) if a + b <= 5}
_SKIP = 0.8          # cost per character of a sentence left unaligned (1-0 or 0-1)
_ORDERS = (4,)


# -- sentences -----------------------------------------------------------------------------

def split_sentences(text: str) -> List[Tuple[int, int]]:
    """Sentence spans of ``text`` (paragraph- and line-aware), as ``mtaudit check`` sees them."""
    from .document import Document

    return Document.from_text(text).sentences


# -- alignment -----------------------------------------------------------------------------

def _grams(sentence: str) -> Counter:
    """Character n-gram counts of a sentence, case and whitespace ignored."""
    s = "".join(sentence.lower().split())
    return Counter(s[i:i + n] for n in _ORDERS for i in range(len(s) - n + 1))


def _similarity(a: Counter, b: Counter) -> float:
    """Dice coefficient of two n-gram multisets (0..1), a light chrF. Counts matter: a line that
    repeats its neighbour (a photo caption, a headline printed twice) does not merge for free."""
    if not a or not b:
        return 0.0
    hits = 0
    for gram in a.keys() & b.keys():  # set intersection in C; the loop sees shared grams only
        x, y = a[gram], b[gram]
        hits += x if x < y else y
    return 2.0 * hits / (a.total() + b.total())


@dataclass(frozen=True)
class Bead:
    """Hypothesis sentences ``hyp[0]:hyp[1]`` correspond to reference sentences ``ref[0]:ref[1]``
    (either range may be empty)."""

    hyp: Tuple[int, int]
    ref: Tuple[int, int]
    similarity: float


def align(hyp: Sequence[str], ref: Sequence[str]) -> List[Bead]:
    """Monotone alignment of two lists of sentences covering both completely.

    Dynamic programming: a bead costs its length in characters times (1 - similarity), plus a
    small charge per merged sentence; a sentence left unaligned costs ``_SKIP`` per character.
    Only cells near the diagonal are explored (a band a sixth of the longer text wide each
    side, at least 12 sentences), which keeps long documents fast.
    """
    n, m = len(hyp), len(ref)
    hg, rg = [_grams(s) for s in hyp], [_grams(s) for s in ref]
    hl = [len("".join(s.split())) + 1 for s in hyp]
    rl = [len("".join(s.split())) + 1 for s in ref]

    @lru_cache(maxsize=None)
    def group(side, i0, i1):
        grams = hg if side == 0 else rg
        if i1 - i0 == 1:
            return grams[i0]
        total = Counter()
        for g in grams[i0:i1]:
            total.update(g)
        return total

    @lru_cache(maxsize=None)
    def sim(i0, i1, j0, j1):
        return _similarity(group(0, i0, i1), group(1, j0, j1))

    # The band must hold a monotone path from (0, 0) to (n, m): when one side has many more
    # sentences per sentence of the other (1 against 35), a step of i moves the diagonal by
    # m / n, so the band is at least that wide.
    width = max(12, max(n, m) // 6, math.ceil(max(n, m) / max(1, min(n, m))) + 1)

    def in_band(i, j):
        return not n or not m or abs(i * m / n - j) <= width

    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: List[List[Optional[Tuple[int, int]]]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            if i < n and in_band(i + 1, j) and here + _SKIP * hl[i] < cost[i + 1][j]:
                cost[i + 1][j], back[i + 1][j] = here + _SKIP * hl[i], (1, 0)
            if j < m and in_band(i, j + 1) and here + _SKIP * rl[j] < cost[i][j + 1]:
                cost[i][j + 1], back[i][j + 1] = here + _SKIP * rl[j], (0, 1)
            for (di, dj), penalty in _MOVES.items():
                if i + di > n or j + dj > m or not in_band(i + di, j + dj):
                    continue
                size = sum(hl[i:i + di]) + sum(rl[j:j + dj])
                c = here + size * (1.0 - sim(i, i + di, j, j + dj) + penalty)
                if c < cost[i + di][j + dj]:
                    cost[i + di][j + dj], back[i + di][j + dj] = c, (di, dj)
    beads, i, j = [], n, m
    while i or j:
        di, dj = back[i][j]
        i0, j0 = i - di, j - dj
        beads.append(Bead((i0, i), (j0, j), sim(i0, i, j0, j) if di and dj else 0.0))
        i, j = i0, j0
    beads.reverse()
    return beads


@dataclass(frozen=True)
class Segment:
    """A run of hypothesis sentences and, for each reference, the sentences that match it."""

    hyp: Tuple[int, int]                 # hypothesis sentence indices [start, end)
    refs: Tuple[Tuple[int, int], ...]    # per reference: sentence indices [start, end)


def common_segments(n_hyp: int, alignments: Sequence[List[Bead]]) -> List[Segment]:
    """Segments every reference agrees on: the hypothesis is cut only where each alignment has
    a bead boundary. Reference sentences with no hypothesis counterpart join the segment
    before them (the first segment, at the start), so every segment holds at least one
    hypothesis sentence; with no hypothesis sentences there is one segment."""
    if n_hyp == 0:
        return [Segment((0, 0), tuple((0, beads[-1].ref[1] if beads else 0) for beads in alignments))]
    cuts = set(range(n_hyp + 1))
    for beads in alignments:
        cuts &= {b.hyp[0] for b in beads if b.hyp[1] > b.hyp[0]} | {n_hyp}
    cuts = sorted(cuts | {0})
    segments = []
    for a, b in zip(cuts, cuts[1:]):
        spans = []
        for beads in alignments:
            m = beads[-1].ref[1] if beads else 0
            # Reference sentence index where hypothesis position ``a`` (and ``b``) begins.
            start = 0 if a == 0 else _ref_at(beads, a)
            end = m if b == n_hyp else _ref_at(beads, b)
            spans.append((start, end))
        segments.append(Segment((a, b), tuple(spans)))
    return segments


def _ref_at(beads: List[Bead], hyp_pos: int) -> int:
    """The reference index at which the bead starting hypothesis position ``hyp_pos`` starts."""
    for bead in beads:
        if bead.hyp[0] == hyp_pos and bead.hyp[1] > bead.hyp[0]:
            return bead.ref[0]
    raise ValueError(f"no bead starts at hypothesis sentence {hyp_pos}")


# -- scoring -------------------------------------------------------------------------------

def _metric(name: str):
    # sacrebleu is imported here: `mtaudit check` on a document without a reference never needs it.
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"bleu": BLEU, "chrf": CHRF, "ter": TER}[name]()


def _flat(text: str) -> str:
    return " ".join(text.split())


def document_scores(hyp_text: str, ref_texts: Sequence[str]) -> Dict[str, dict]:
    """BLEU and chrF of the whole document as one segment, with signatures."""
    hyp = [_flat(hyp_text)]
    refs = [[_flat(r)] for r in ref_texts]
    out = {}
    for name in ("bleu", "chrf"):
        metric = _metric(name)
        result = metric.corpus_score(hyp, refs)
        out[name] = {"score": round(float(result.score), 2), "signature": str(metric.get_signature()),
                     "unit": "document"}
    return out


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def score_texts(hyp_text: str, ref_texts: Sequence[str], top: Optional[int] = None) -> dict:
    """Scores of a hypothesis against one or more references (plain data, no I/O).

    Returns ``{"metrics": {bleu|chrf|ter: {score, signature}}, "segments": [...],
    "aligned": {...}}``; ``segments`` are sorted most edits first (``top`` keeps the first N).
    """
    if not ref_texts:
        raise ValueError("at least one reference is needed")
    hyp_spans = split_sentences(hyp_text)
    hyp_sents = [hyp_text[s:e] for s, e in hyp_spans]
    ref_spans = []
    alignments = []
    for ref in ref_texts:
        spans = split_sentences(ref)
        ref_spans.append(spans)
        alignments.append(align(hyp_sents, [ref[s:e] for s, e in spans]))
    segments = common_segments(len(hyp_sents), alignments)
    ter, chrf = _metric("ter"), _metric("chrf")
    rows, edits_total, ref_words_total = [], 0.0, 0.0
    for index, seg in enumerate(segments):
        a, b = seg.hyp
        if b > a:
            start, end = hyp_spans[a][0], hyp_spans[b - 1][1]
        else:
            start = end = 0
        hyp = _flat(hyp_text[start:end])
        # Both sides as the text reads from the first sentence to the last: joining sentences
        # with spaces would split '???' (segmented '??' + '?') into two tokens on one side only.
        refs = [_flat(ref_texts[k][ref_spans[k][s][0]:ref_spans[k][e - 1][1]]) if e > s else ""
                for k, (s, e) in enumerate(seg.refs)]
        t = ter.sentence_score(hyp, refs)
        c = chrf.sentence_score(hyp, refs)
        edits_total += t.num_edits
        ref_words_total += t.ref_length
        shape = f"{b - a}-" + "/".join(str(e - s) for s, e in seg.refs)
        rows.append({
            "segment": index + 1,
            "line": _line_of(hyp_text, start),
            "start": start,
            "end": end,
            "sentences": shape,
            "edits": round(float(t.num_edits), 2),
            "ref_words": round(float(t.ref_length), 2),
            "ter": round(float(t.score), 2),
            "chrf": round(float(c.score), 2),
            "hypothesis": hyp,
            "references": refs,
        })
    rows.sort(key=lambda r: (-r["edits"], -r["ter"], r["segment"]))
    # sacrebleu's corpus TER is the summed edits over the summed reference lengths.
    corpus_ter = 100.0 * edits_total / ref_words_total if ref_words_total else (100.0 if edits_total else 0.0)
    metrics = document_scores(hyp_text, ref_texts)
    metrics["ter"] = {"score": round(corpus_ter, 2),
                      "signature": str(ter.get_signature()),  # known once TER has seen references
                      "unit": "aligned segments"}
    return {
        "metrics": metrics,
        "aligned": {
            "segments": len(rows),
            "hypothesis_sentences": len(hyp_sents),
            "reference_sentences": [len(s) for s in ref_spans],
            "edits": round(edits_total, 2),
            "ref_words": round(ref_words_total, 2),
        },
        "segments": rows if top is None else rows[:top],
    }


# -- thresholds ----------------------------------------------------------------------------

def parse_threshold(spec: str) -> Tuple[str, float]:
    """``"chrf=55"`` -> ``("chrf", 55.0)``; raises ValueError with a one-line reason."""
    name, sep, value = spec.partition("=")
    name = name.strip().lower()
    if not sep or name not in METRICS:
        raise ValueError(f"{spec!r}: expected METRIC=NUMBER with METRIC one of {', '.join(METRICS)}")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{spec!r}: {value.strip()!r} is not a number") from None
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"{spec!r}: the threshold must be a non-negative number")
    if name in ("bleu", "chrf") and number > 100:  # a limit no document can reach would fail every run
        raise ValueError(f"{spec!r}: {name} runs from 0 to 100")
    return name, number


def check_thresholds(metrics: Dict[str, dict], thresholds: Sequence[Tuple[str, float]]) -> List[dict]:
    """One row per threshold: BLEU and chrF fail below theirs, TER (an edit rate, lower is
    better) fails above its own."""
    rows = []
    for name, limit in thresholds:
        value = metrics[name]["score"]
        lower = name in LOWER_IS_BETTER
        passed = value <= limit if lower else value >= limit
        rows.append({"metric": name, "limit": limit, "rule": "at most" if lower else "at least",
                     "value": value, "passed": passed})
    return rows


# -- the score report ----------------------------------------------------------------------

SCORE_SCHEMA = "mtaudit-score/1"


def _doc_info(doc) -> dict:
    return {"path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding, "words": doc.words}


def score_report(hyp_doc, ref_docs: Sequence, thresholds: Sequence[Tuple[str, float]] = (),
                 top: Optional[int] = None) -> dict:
    """The report of ``mtaudit score``: plain data for every output format.

    ``verdict`` is ``fail`` when a threshold is missed, else ``pass``."""
    from . import __version__

    result = score_texts(hyp_doc.text, [d.text for d in ref_docs], top=top)
    checks = check_thresholds(result["metrics"], thresholds)
    return {
        "schema": SCORE_SCHEMA,
        "tool": {"name": "mtaudit", "version": __version__},
        "hypothesis": _doc_info(hyp_doc),
        "references": [_doc_info(d) for d in ref_docs],
        "metrics": result["metrics"],
        "aligned": result["aligned"],
        "thresholds": checks,
        "verdict": "fail" if any(not c["passed"] for c in checks) else "pass",
        "segments": result["segments"],
    }
