"""Report data: plain dicts and lists, the same for every output format."""
from __future__ import annotations

import enum
from collections import Counter
from typing import Iterable, List, Optional

from . import __version__
from .engine import CheckResult
from .findings import Severity
from .rules import Catalog
from .scoring import score

SCHEMA_VERSION = "mtaudit-report/1"


class ExitCode(enum.IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERNAL = 3  # an unexpected error inside mtaudit (a bug): one line, never a traceback


def document_entry(result: CheckResult, catalog: Catalog) -> dict:
    doc = result.document
    entry = {
        "path": doc.path,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "words": doc.words,
        "findings": [f.to_dict() for f in result.findings],
        "score": score(result.findings, doc.words, catalog.scoring),
    }
    if result.warnings:
        entry["warnings"] = list(result.warnings)
    if result.references is not None:
        entry["references"] = result.references
    return entry


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


def build_report(results: Iterable[CheckResult], catalog: Catalog, errors: Optional[List[dict]] = None) -> dict:
    documents = [document_entry(r, catalog) for r in results]
    errors = list(errors or [])
    return {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "mtaudit", "version": __version__},
        "rules": {"path": catalog.path, "sha256": catalog.sha256, "count": len(catalog.rules)},
        "documents": documents,
        "errors": errors,
        "summary": summarize(documents, errors),
    }


INTERNAL_ERROR = "internal error: "  # how an errors entry caused by a bug of ours begins


def internal_error_reason(exc: BaseException) -> str:
    """The ``errors`` entry for a document that hit a bug: the other documents go on."""
    detail = " ".join(str(exc).split())[:300]
    return f"{INTERNAL_ERROR}{type(exc).__name__}: {detail} (a bug in mtaudit; MTAUDIT_DEBUG=1 shows the traceback)"


def exit_code(errors, by_severity: dict, fail_on: Optional[Severity]) -> ExitCode:
    """3 when a document hit a bug, 2 when an input failed, 1 when a finding reaches
    ``fail_on``, else 0. ``by_severity`` counts findings per severity label (a check report's
    or an audit summary's)."""
    if any(str(e.get("reason", "")).startswith(INTERNAL_ERROR) for e in errors or ()):
        return ExitCode.INTERNAL
    if errors:
        return ExitCode.ERROR
    if fail_on is not None and any(n and Severity.parse(sev) >= fail_on for sev, n in by_severity.items()):
        return ExitCode.FINDINGS
    return ExitCode.OK
