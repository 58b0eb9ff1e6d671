"""SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format) for check reports: what
GitHub code scanning and other CI dashboards read.

Columns and ``charOffset``/``charLength`` count Unicode code points of the decoded document
(``run.columnKind`` says so), the same offsets as every mtaudit report. Each result carries a
``partialFingerprints`` entry built from the rule, the matched text and a little context
(``audit.baseline.fingerprint``), so a finding keeps its identity when lines are added above it.
"""
from __future__ import annotations

import json
import os
import posixpath
import re
from typing import Dict, List, Optional
from urllib.parse import quote

from ..baseline import occurrences
from .. import re_programs

# What a CI view says of a document without words (it passes: nothing to flag).
EMPTY_DOCUMENT = "empty document (no words); nothing was checked"
KINDS = ("check",)
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"critical": "error", "major": "error", "minor": "warning", "info": "note"}
FINGERPRINT_KEY = "mtaudit/v1"
INFORMATION_URI = "https://pypi.org/project/mtaudit/"
_BREAK = re_programs.compile(r"\r\n|\r|\n")


def ci_path(path: str) -> str:
    """The path a CI annotation names a report path by, the same in SARIF and GitHub views: a
    file under the working directory (the checkout, in CI) relative to it, a path outside it as
    given; with forward slashes and without "./", "." or doubled separators."""
    posix = posixpath.normpath(path.replace(os.sep, "/")) if path else path
    if os.path.isabs(path):
        here = os.getcwd().replace(os.sep, "/").rstrip("/") + "/"
        if posix.startswith(here):
            return posix[len(here):]
    return posix


def artifact_uri(path: str) -> str:
    """A URI reference for a report path: relative paths stay relative (code scanning resolves
    them against the checkout), absolute ones become file: URIs."""
    posix = ci_path(path)
    if os.path.isabs(posix):
        return "file://" + quote(posix if posix.startswith("/") else "/" + posix)
    return quote(posix)


def region(f: dict) -> dict:
    """The SARIF region of a finding dict; end column is exclusive, as SARIF wants."""
    parts = _BREAK.split(f["text"])
    end_line = f["line"] + len(parts) - 1
    end_column = f["column"] + len(f["text"]) if len(parts) == 1 else len(parts[-1]) + 1
    return {
        "startLine": f["line"],
        "startColumn": f["column"],
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": f["start"],
        "charLength": f["end"] - f["start"],
        "snippet": {"text": f["text"]},
    }


def _rule_descriptor(rule_id: str, rule=None, category: str = "", severity: str = "minor") -> dict:
    if rule is not None:
        description = rule.description.strip()
        category, severity = rule.category, rule.severity.label
        examples = rule.examples
        help_text = description
        if examples.get("flag"):
            help_text += "\n\nFlagged: " + " | ".join(e.text for e in examples["flag"][:3])
        if examples.get("pass"):
            help_text += "\nNot flagged: " + " | ".join(e.text for e in examples["pass"][:3])
    else:
        description = help_text = f"mtaudit rule {rule_id}"
    short = description.split("\n")[0].strip() or rule_id
    return {
        "id": rule_id,
        "name": "".join(w.capitalize() for w in re.split(r"[^A-Za-z0-9]+", rule_id) if w) or rule_id,
        "shortDescription": {"text": short},
        "fullDescription": {"text": description},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
        "properties": {"category": category, "severity": severity, "tags": sorted({category.split("/")[0], category})},
    }


def _fix(f: dict, location: dict) -> Optional[dict]:
    if f.get("suggestion") is None:
        return None
    replacement = {"deletedRegion": {"charOffset": f["start"], "charLength": f["end"] - f["start"]}}
    if f["suggestion"]:
        replacement["insertedContent"] = {"text": f["suggestion"]}
        description = f"Replace with '{f['suggestion']}'"
    else:
        description = "Delete"
    return {"description": {"text": description},
            "artifactChanges": [{"artifactLocation": location, "replacements": [replacement]}]}


def to_sarif(report: dict, catalog=None) -> dict:
    """The SARIF log of a check report (``catalog``: rule descriptions and help, when known)."""
    known = {r.id: r for r in catalog.rules} if catalog is not None else {}
    used: Dict[str, dict] = {}
    for d in report.get("documents", []):
        for f in d["findings"]:
            used.setdefault(f["rule"], f)
    ids = list(known) + sorted(r for r in used if r not in known)
    rules = [_rule_descriptor(rid, known.get(rid), used.get(rid, {}).get("category", "other"),
                              used.get(rid, {}).get("severity", "minor")) for rid in ids]
    index = {rid: i for i, rid in enumerate(ids)}
    results: List[dict] = []
    notifications: List[dict] = []
    for d in report.get("documents", []):
        location = {"uri": artifact_uri(d["path"])}
        for f, (fp, n) in zip(d["findings"], occurrences(d["findings"])):
            result = {
                "ruleId": f["rule"],
                "ruleIndex": index[f["rule"]],
                "level": LEVELS.get(f["severity"], "warning"),
                "message": {"text": f["message"]},
                "locations": [{"physicalLocation": {"artifactLocation": location, "region": region(f)}}],
                "partialFingerprints": {FINGERPRINT_KEY: f"{fp}:{n}"},
                "properties": {"category": f["category"], "severity": f["severity"], "context": f.get("context", "")},
            }
            fix = _fix(f, location)
            if fix:
                result["fixes"] = [fix]
            results.append(result)
        for w in d.get("warnings", []):
            notifications.append({"level": "warning", "message": {"text": f"rule {w['rule']}: {w['message']}"},
                                  "locations": [{"physicalLocation": {"artifactLocation": location}}]})
        if d.get("words") == 0:  # it passes with nothing to flag: a CI gate should see why
            notifications.append({"level": "warning", "message": {"text": EMPTY_DOCUMENT},
                                  "locations": [{"physicalLocation": {"artifactLocation": location}}]})
    for e in report.get("errors", []):
        notifications.append({"level": "error", "message": {"text": e["reason"]},
                              "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e["path"])}}}]})
    tool = report.get("tool", {})
    run = {
        "tool": {"driver": {"name": "mtaudit", "version": str(tool.get("version", "")),
                            "informationUri": INFORMATION_URI, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not report.get("errors"),
                         "toolExecutionNotifications": notifications}],
        "results": results,
        "properties": {"summary": report.get("summary", {})},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: dict, catalog=None, **options) -> str:
    return json.dumps(to_sarif(report, catalog), ensure_ascii=False, indent=2) + "\n"
