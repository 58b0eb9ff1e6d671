"""MQM-style scores: weighted penalties per 100 (or 1000) words and a pass/fail verdict, and
beside them the calibrated estimate of the penalty human raters would give (``audit.calibration``)."""
from __future__ import annotations

from typing import Iterable, Mapping, Optional, Sequence

from .document import Document
from .findings import Finding, Severity
from .rules import Scoring


def score(findings: Iterable[Finding], words: int, scoring: Scoring) -> dict:
    findings = list(findings)
    # Each (severity, category) weighed once: a long document repeats a few of them thousands
    # of times. The same weights summed in the same order: the same penalty to the last bit.
    kinds = [(f.severity, f.category) for f in findings]
    weights = {kind: scoring.weight(*kind) for kind in set(kinds)}
    penalty = round(sum(map(weights.__getitem__, kinds)), 4)
    normalised = round(penalty * scoring.per_words / max(words, 1), 4)
    critical = any(f.severity is Severity.CRITICAL for f in findings)
    verdict = "fail" if critical or normalised > scoring.threshold else "pass"
    return {
        "penalty": penalty,
        "per_words": scoring.per_words,
        "normalized": normalised,
        "threshold": scoring.threshold,
        "verdict": verdict,
    }


def document_score(doc: Document, findings: Iterable[Finding], scoring: Scoring,
                   aligned: Optional[Sequence[Mapping]] = None, model: Optional[dict] = None) -> dict:
    """The report's ``score``: the rule penalty and its verdict (as :func:`score`), plus
    ``estimate``, the calibrated estimate of the document's MQM penalty (bilingual when the
    aligned groups of a source are given), where the document has words to estimate from.
    The verdict stays the penalty's: the estimate grows with length, so it ranks, it does not gate."""
    from .calibration import estimate

    findings = list(findings)
    # The estimate first: it lists the document's words once and ``doc.words`` keeps their count.
    est = estimate(doc, findings, aligned, per_words=scoring.per_words, model=model)
    out = score(findings, doc.words, scoring)
    if est is not None:
        out["estimate"] = est
    return out



def text_estimate(doc: Document, catalog) -> Optional[dict]:
    """The calibrated estimate of a document checked by ``catalog`` alone (no source): what
    ``mtaudit score`` reports for its hypothesis beside the reference metrics."""
    from .calibration import estimate
    from .engine import check_document

    return estimate(doc, check_document(doc, catalog).findings, per_words=catalog.scoring.per_words)
