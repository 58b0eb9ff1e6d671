"""Report data: plain dicts and lists, the same for every output format."""
from __future__ import annotations

import enum
from collections import Counter
from typing import Dict, Iterable, List, Optional, Sequence

from . import __version__
from .engine import CheckResult
from .findings import Severity
from .policy import gate
from .rules import Catalog
from .scoring import document_score

SCHEMA_VERSION = "mtaudit-report/1"


class ExitCode(enum.IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERNAL = 3  # an unexpected error inside mtaudit (a bug): one line, never a traceback


def document_entry(result: CheckResult, catalog: Catalog, min_severity: Severity = Severity.INFO,
                   hidden: Optional[Dict[str, int]] = None) -> dict:
    """One document of a report. The score is computed from every finding of ``result``;
    ``min_severity`` only leaves findings out of the listing (counted under ``hidden``)."""
    doc = result.document
    shown = [f for f in result.findings if f.severity >= min_severity]
    # the calibrated estimate uses the aligned groups when a source was given (issue 15); the
    # score comes first, since it counts the words the entry lists (one pass over the text)
    score = document_score(doc, result.findings, catalog.scoring,
                           result.bilingual["sentences"] if result.bilingual is not None else None)
    entry = {
        "path": doc.path,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "words": doc.words,
        "findings": [f.to_dict() for f in shown],
        "score": score,
    }
    hidden = dict(hidden or {})
    if len(shown) < len(result.findings):
        hidden["below_min_severity"] = len(result.findings) - len(shown)
    if hidden:
        entry["hidden"] = hidden
    if result.warnings:
        entry["warnings"] = list(result.warnings)
    if result.references is not None:
        entry["references"] = result.references
    if result.bilingual is not None:  # bilingual mode (issue 15): the source and the adequacy score
        entry["source"] = result.bilingual["source"]
        entry["adequacy"] = dict(result.bilingual["adequacy"], aligned=result.bilingual["sentences"])
        if entry["adequacy"]["document"] < entry["adequacy"]["fail_below"]:
            entry["score"]["verdict"] = "fail"
    return entry


def counts_by_severity(findings) -> Dict[str, int]:
    counts = Counter(f.severity.label for f in findings)
    return {s.label: counts.get(s.label, 0) for s in Severity}


def summarize(documents: List[dict], errors: List[dict]) -> dict:
    by_severity = Counter()
    by_rule = Counter()
    for d in documents:
        for f in d["findings"]:
            by_severity[f["severity"]] += 1
            by_rule[f["rule"]] += 1
    worst = sorted(documents, key=lambda d: (-d["score"]["normalized"], d["path"]))
    return {
        "documents": len(documents),
        "errors": len(errors),
        "findings": sum(by_severity.values()),
        "by_severity": {s.label: by_severity.get(s.label, 0) for s in Severity},
        "by_rule": dict(sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))),
        "passed": sum(1 for d in documents if d["score"]["verdict"] == "pass"),
        "failed": sum(1 for d in documents if d["score"]["verdict"] == "fail"),
        "worst": [{"path": d["path"], "normalized": d["score"]["normalized"]} for d in worst[:10]],
    }


def build_report(results: Iterable[CheckResult], catalog: Catalog, errors: Optional[List[dict]] = None, *,
                 min_severity: Severity = Severity.INFO, fail_on: str = "major",
                 hidden: Optional[Sequence[Optional[Dict[str, int]]]] = None) -> dict:
    """A check report. ``summary.gate`` settles the exit code from every counted finding and
    score verdict, whatever ``min_severity`` leaves out of the listing."""
    results = list(results)
    hidden = list(hidden) if hidden is not None else [None] * len(results)
    documents = [document_entry(r, catalog, min_severity, h) for r, h in zip(results, hidden)]
    errors = list(errors or [])
    summary = summarize(documents, errors)
    totals = Counter()
    for d in documents:
        totals.update(d.get("hidden", {}))
    if totals:
        summary["hidden"] = dict(sorted(totals.items()))
    summary["gate"] = gate([(counts_by_severity(r.findings), d["score"]["verdict"]) for r, d in zip(results, documents)],
                           errors, fail_on)
    return {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "mtaudit", "version": __version__},
        "rules": {"path": catalog.path, "sha256": catalog.sha256, "count": len(catalog.rules)},
        "documents": documents,
        "errors": errors,
        "summary": summary,
    }


INTERNAL_ERROR = "internal error: "  # how an errors entry caused by a bug of ours begins


def internal_error_reason(exc: BaseException) -> str:
    """The ``errors`` entry for a document that hit a bug: the other documents go on."""
    detail = " ".join(str(exc).split())[:300]
    return f"{INTERNAL_ERROR}{type(exc).__name__}: {detail} (a bug in mtaudit; MTAUDIT_DEBUG=1 shows the traceback)"
