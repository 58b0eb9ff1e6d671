"""MQM-style scores: weighted penalties per 100 (or 1000) words and a pass/fail verdict."""
from __future__ import annotations

from typing import Iterable

from .findings import Finding, Severity
from .rules import Scoring


def score(findings: Iterable[Finding], words: int, scoring: Scoring) -> dict:
    findings = list(findings)
    penalty = round(sum(scoring.weight(f.severity, f.category) for f in findings), 4)
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
