"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding,
which the Actions runner shows as an annotation on the file and line.

Severity maps to the annotation level: critical and major -> error, minor -> warning, info ->
notice. Values are escaped as the runner expects (``%``, CR and LF everywhere; ``:`` and ``,``
in properties too).
"""
from __future__ import annotations

from .sarif_reporter import EMPTY_DOCUMENT, ci_path, region
from ..wording import count

KINDS = ("check",)
LEVELS = {"critical": "error", "major": "error", "minor": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def line(f: dict, path: str) -> str:
    r = region(f)
    props = [("file", path), ("line", r["startLine"]), ("col", r["startColumn"]), ("endLine", r["endLine"]),
             ("endColumn", r["endColumn"]), ("title", f["rule"])]
    message = f["message"]
    if f.get("suggestion") is not None:
        message += f" -> '{f['suggestion']}'" if f["suggestion"] else " -> delete"
    joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props)
    return f"::{LEVELS.get(f['severity'], 'warning')} {joined}::{escape_data(message)}"


def render(report: dict, **options) -> str:
    out = []
    for d in report.get("documents", []):
        for f in d["findings"]:
            out.append(line(f, ci_path(d["path"])))
        if d.get("words") == 0:
            out.append(f"::warning file={escape_property(ci_path(d['path']))},title=mtaudit::{EMPTY_DOCUMENT}")
    for e in report.get("errors", []):
        out.append(f"::error file={escape_property(ci_path(e['path']))},title=mtaudit::{escape_data(e['reason'])}")
    summary = report.get("summary", {})
    gate = summary.get("gate")
    if gate:
        out.append(f"mtaudit: {count(summary.get('findings', 0), 'finding')} in {count(summary.get('documents', 0), 'document')}; "
                   f"gate --fail-on {gate['fail_on']}: {gate['failing']} failing -> {gate['status']} "
                   f"(exit {gate['exit_code']})")
    return "\n".join(out) + ("\n" if out else "")
