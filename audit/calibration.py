"""The calibrated score: an estimate of the MQM penalty professional raters would give a text.

A human MQM score is a sum of error weights (major 5, minor 1, minor punctuation 0.1,
non-translation 25), so it grows with the amount of text and with what is wrong in it. The
estimate is a non-negative linear combination of counts that mtaudit sees at run time, with
no reference and no other translation:

* monolingual: words, sentences, the catalog's findings by severity (minor punctuation on
  its own; critical counted as major, since the dev set has no critical finding to weigh them
  by), lower-case words that are rare or unknown in English (wordfreq) and figures;
* bilingual (a source was given), in addition: English words weighted by how little of
  their aligned source they say (1 - adequacy), source characters left untranslated (no
  counterpart), English words with no source, English words in groups whose length is out of
  proportion to their source, the bilingual findings by severity, Chinese characters left in
  the English, and source content words that no English word of their group renders by any
  CC-CEDICT gloss (``audit.bilingual.lexicon``).

Every feature is a count over the document, so the estimate of a document is the sum of the
estimates of its parts, like the human score it imitates. The weights are fitted on the MQM
development set (``benchmarks/mqm_correlation.py --write-model`` and
``benchmarks/bilingual_mqm.py --write-model``; the figures they print are measured out of
fold, leaving each talk out of its own fit) and ship as data in ``score_model.json`` beside
this module, with the fit's signature (data hash, features, date).

Pure functions: nothing here prints, reads a command line or imports torch.
"""
from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from functools import lru_cache
from typing import Dict, Iterable, List, Mapping, Optional, Sequence

from .bilingual.segment import han_count
from .document import _WORD_RE  # the words ``Document.words`` counts: per-group counts add up to the document's
from .document import Document
from .findings import Finding, Severity

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "score_model.json")
MODEL_SCHEMA = "mtaudit-score-model/1"

MONOLINGUAL = ("words", "sentences", "minor", "punctuation", "major", "rare", "unknown", "numbers")
BILINGUAL = MONOLINGUAL + ("inadequate", "omitted", "added", "length_off", "source_minor", "source_major",
                           "han_in_english", "uncovered")

RARE_ZIPF = 3.0          # wordfreq Zipf below this: rarer than once per million words
CHARS_PER_SOURCE_CHAR = 3.1  # English characters per Chinese character (the aligner's anchor)
# English words per source character, measured on the dev set's two human translations
# (0.564): what an omitted source passage would have become in English.
WORDS_PER_SOURCE_CHAR = 0.56



def _words(text: str) -> List[str]:
    return _WORD_RE.findall(text)


_PART_BREAK = re.compile(r"[-'’]")


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """Zipf frequency of a lower-case word; a compound ("long-term", "don't") is as common as
    its rarest part. Through :mod:`audit.zipf`, so a check does not pay for wordfreq's import."""
    from .zipf import zipf_cached

    lower = word.lower()
    if "-" not in lower and "'" not in lower and "’" not in lower:
        # one part (most words): the split would give ``lower`` alone (no character's
        # lower case holds a hyphen or an apostrophe)
        return zipf_cached(lower) if lower else 0.0
    parts = [p for p in _PART_BREAK.split(lower) if p]
    return min((zipf_cached(p) for p in parts), default=0.0)


# A sentence ends at a full stop, question or exclamation mark (closing quotes and brackets
# may follow) before white space or the end of the line. A count, not a segmentation: the
# estimate needs how many sentences there are, not where they are, and segmenting every
# document costs more than all the rules together. "Mr." and "U.S." count as ends here; the
# weights are fitted on the same count.
_SENTENCE_END = re.compile(r"[.!?。！？]+[\"'”’)\]]*(?=\s|$)")


def sentence_count(text: str) -> int:
    """Sentences in ``text``: the sentence ends of each line with words, at least one per such
    line (a headline or a line cut short is one sentence). Adds up over paragraphs."""
    total = 0
    for line in text.splitlines():
        if _WORD_RE.search(line):
            total += max(1, len(_SENTENCE_END.findall(line)))
    return total


class _TokenKinds(dict):
    """What a word counts toward in ``monolingual_features``: "numbers" (it has a digit),
    "unknown" or "rare" (a lower-case ASCII word wordfreq does not know, or knows as rare),
    else None. Filled on demand: news repeats its words, and a look-up per word costs less
    than a look at every character."""

    def __missing__(self, token: str):
        kind = None
        # a word of letters alone holds no digit (no character is both): no look at each one
        if not token.isalpha() and any(c.isdigit() for c in token):
            kind = "numbers"
        elif token[0].islower() and token.isascii():
            z = _zipf(token)
            if z == 0.0:
                kind = "unknown"
            elif z < RARE_ZIPF:
                kind = "rare"
        self[token] = kind
        return kind

    def cleared(self) -> "_TokenKinds":
        self.clear()
        return self


_TOKEN_KINDS = _TokenKinds()
_TOKEN_KINDS_SIZE = 200_000


def monolingual_features(doc: Document, findings: Iterable[Finding],
                         tokens: Optional[List[str]] = None) -> Dict[str, float]:
    """The counts the monolingual estimate uses. ``findings`` are the document's counted
    findings; those with a source span (bilingual mode) are left to :func:`bilingual_features`.
    ``tokens``: ``doc.word_list()`` when the caller has it already."""
    tokens = doc.word_list() if tokens is None else tokens
    counts = dict.fromkeys(MONOLINGUAL, 0.0)
    counts["words"] = float(len(tokens))
    counts["sentences"] = float(sentence_count(doc.text))
    for f in findings:
        if f.source is not None or f.severity is Severity.INFO:
            continue
        if f.severity is Severity.MINOR:
            key = "punctuation" if f.category.startswith("fluency/punctuation") else "minor"
        else:  # critical findings count as major: the dev set has none to weigh them by
            key = "major"
        counts[key] += 1
    kinds = _TOKEN_KINDS if len(_TOKEN_KINDS) < _TOKEN_KINDS_SIZE else _TOKEN_KINDS.cleared()
    for kind, n in Counter(map(kinds.__getitem__, tokens)).items():
        if kind is not None:
            counts[kind] += n
    return counts


def bilingual_features(doc: Document, findings: Iterable[Finding], aligned: Sequence[Mapping],
                       tokens: Optional[List[str]] = None) -> Dict[str, float]:
    """The monolingual counts plus those that need the source. ``aligned``: the aligned groups
    of bilingual mode (``source``/``english`` spans or None, ``adequacy`` 0..1 or None, and
    ``uncovered``, the source words no English of the group renders, when the dictionary was
    at hand), as ``BilingualResult.sentences`` lists them."""
    findings = list(findings)
    counts = dict(monolingual_features(doc, findings, tokens), **dict.fromkeys(BILINGUAL[len(MONOLINGUAL):], 0.0))
    text = doc.text
    for group in aligned:
        src, eng = group.get("source"), group.get("english")
        words = len(_words(text[eng[0]:eng[1]])) if eng else 0
        if src and eng:
            adequacy = group.get("adequacy")
            counts["inadequate"] += (1.0 - (adequacy if adequacy is not None else 0.0)) * words
            zh = max(1, src[1] - src[0])
            en = len("".join(text[eng[0]:eng[1]].split()))
            counts["length_off"] += abs(math.log((en + 5) / (CHARS_PER_SOURCE_CHAR * zh + 5))) * words
        elif src:
            # An omission must never make a translation look better: the English the passage
            # would have had still counts as words, all of them saying nothing of their source.
            # (The dev set has no omissions to fit an omission weight from.)
            counts["omitted"] += src[1] - src[0]
            missing = WORDS_PER_SOURCE_CHAR * (src[1] - src[0])
            counts["words"] += missing
            counts["inadequate"] += missing
        elif eng:
            counts["added"] += words
        counts["uncovered"] += group.get("uncovered") or 0  # an omitted group's words all count
    for f in findings:
        if f.source is None or f.severity is Severity.INFO:
            continue
        counts["source_minor" if f.severity is Severity.MINOR else "source_major"] += 1
    counts["han_in_english"] = float(han_count(text))
    return counts


# -- the model -------------------------------------------------------------------------------

class ModelError(ValueError):
    """The model file is missing, unreadable or not what this version expects."""


def load_model(path: str = MODEL_PATH) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            model = json.load(fh)
    except (OSError, ValueError) as exc:
        raise ModelError(f"score model {path}: {exc}") from None
    if model.get("schema") != MODEL_SCHEMA:
        raise ModelError(f"score model {path}: schema {model.get('schema')!r}, expected {MODEL_SCHEMA!r}")
    for name, expected in (("monolingual", MONOLINGUAL), ("bilingual", BILINGUAL)):
        part = model.get("models", {}).get(name)
        if part is not None and set(part.get("weights", {})) - set(expected):
            raise ModelError(f"score model {path}: {name} has unknown features "
                             f"{sorted(set(part['weights']) - set(expected))}")
    return model


@lru_cache(maxsize=4)
def _bundled(path: str) -> dict:
    return load_model(path)


def signature(model: dict, kind: str) -> str:
    """One line naming the fit, in the spirit of sacrebleu's signatures."""
    part = model["models"][kind]
    return (f"{MODEL_SCHEMA}|{kind}|data:{model['data']['name']}@{model['data']['sha256'][:12]}"
            f"|features:{len(part['weights'])}|fitted:{part['fitted']}")


def predict(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    """The estimated MQM penalty: the weighted sum of the features (0 or more)."""
    return max(0.0, sum(w * features.get(k, 0.0) for k, w in weights.items()))


def estimate(doc: Document, findings: Iterable[Finding], aligned: Optional[Sequence[Mapping]] = None,
             per_words: int = 100, model: Optional[dict] = None) -> Optional[dict]:
    """The document's estimated MQM penalty, total and per ``per_words`` words, with the
    model's signature; the bilingual model when ``aligned`` (bilingual mode) is given and the
    model has one. None when the document has no words (nothing to estimate)."""
    tokens = doc.word_list()  # fills ``doc.words`` too: a report tokenises each document once
    if not tokens:
        return None
    model = model if model is not None else _bundled(MODEL_PATH)
    kind = "bilingual" if aligned is not None and "bilingual" in model["models"] else "monolingual"
    feats = (bilingual_features(doc, findings, aligned, tokens) if kind == "bilingual"
             else monolingual_features(doc, findings, tokens))
    value = predict(model["models"][kind]["weights"], feats)
    return {"mqm": round(value, 4), "per_words": per_words,
            "normalized": round(value * per_words / doc.words, 4),
            "model": signature(model, kind)}


# -- fitting (benchmarks only; numpy is imported here) ----------------------------------------

def fit_nonnegative(rows: Sequence[Mapping[str, float]], target: Sequence[float], features: Sequence[str],
                    ridge: float = 1e-3, iterations: int = 2000) -> Dict[str, float]:
    """Weights w >= 0 minimising sum((X w - y)^2) + ridge * n * |w_std|^2, by cyclic coordinate
    descent on standardised columns (no intercept: every feature is a count, so an empty text
    estimates 0). Deterministic; a feature that only hurts the fit gets weight 0."""
    import numpy as np

    X = np.array([[float(r.get(k, 0.0)) for k in features] for r in rows], dtype=float)
    y = np.asarray(target, dtype=float)
    n, m = X.shape
    if n == 0:
        raise ValueError("nothing to fit")
    scale = np.sqrt((X ** 2).mean(axis=0))
    scale[scale == 0] = 1.0
    Z = X / scale
    gram = Z.T @ Z / n
    corr = Z.T @ y / n
    w = np.zeros(m)
    for _ in range(iterations):
        biggest = 0.0
        for j in range(m):
            rest = corr[j] - gram[j] @ w + gram[j, j] * w[j]
            new = max(0.0, rest / (gram[j, j] + ridge))
            biggest = max(biggest, abs(new - w[j]))
            w[j] = new
        if biggest < 1e-10:
            break
    return {k: float(v) for k, v in zip(features, w / scale)}


def cross_fitted(rows: Sequence[Mapping[str, float]], target: Sequence[float], groups: Sequence[str],
                 features: Sequence[str], **fit_options):
    """Out-of-fold estimates: for each group (a talk of the dev set), weights fitted on the
    other groups and applied to it. Returns (estimates, {group: weights})."""
    out = [0.0] * len(rows)
    fitted = {}
    for group in sorted(set(groups)):
        train = [i for i, g in enumerate(groups) if g != group]
        weights = fit_nonnegative([rows[i] for i in train], [target[i] for i in train], features, **fit_options)
        fitted[group] = weights
        for i, g in enumerate(groups):
            if g == group:
                out[i] = predict(weights, rows[i])
    return out, fitted


def with_part(model: Optional[dict], kind: str, weights: Mapping[str, float], data: Mapping, fitted: str,
              notes: Mapping) -> dict:
    """``model`` (or a new one) with its ``kind`` part replaced by these weights; the data
    signature must match the other part's, since both parts are fitted on one dev set."""
    if kind not in ("monolingual", "bilingual"):
        raise ValueError(f"unknown model kind {kind!r}")
    expected = MONOLINGUAL if kind == "monolingual" else BILINGUAL
    if set(weights) - set(expected):
        raise ValueError(f"unknown features {sorted(set(weights) - set(expected))}")
    model = json.loads(json.dumps(model)) if model else {"schema": MODEL_SCHEMA, "models": {}}
    if model.get("data") and model["data"].get("sha256") != data.get("sha256"):
        model["models"] = {}  # fitted on another file: the other part is stale
    model["data"] = dict(data)
    model["models"][kind] = {"fitted": fitted, "features": list(expected),
                             "weights": {k: round(float(weights.get(k, 0.0)), 6) for k in expected},
                             **dict(notes)}
    return model
