"""HTML: one self-contained page per report (inline CSS and JavaScript, nothing fetched), for
an editor to work from, also over file://.

Pages come from Jinja2 templates in ``templates/`` with autoescaping on, so document text,
messages and paths always render as text (a document holding ``<script>`` shows it). Jinja2
is imported on first use, not when the CLI starts.

A check report carries findings and offsets but not the text, so the commands pass the
decoded text of each document as ``texts={path: text}``; without it the page lists the
findings alone. A compare page needs both texts the same way; the audit index takes
``links`` (document path -> page, pair -> page) to point at the pages written beside it.
"""
from __future__ import annotations

import os
from collections import Counter
from typing import Dict, Optional

from ..wording import count
from .html_marks import tokens

KINDS = ("check", "compare", "summary")
SEVERITIES = ("critical", "major", "minor", "info")


def _env():
    # Imported here: only HTML output needs a template engine (see the module docstring).
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined,
        keep_trailing_newline=True)
    env.filters["counted"] = count  # {{ n|counted("finding") }}: "1 finding", "2 findings", as the text views
    return env


def _explanations(catalog, rule_ids) -> Dict[str, str]:
    out = {}
    if catalog is None:
        return out
    for rule in catalog.rules:
        if rule.id in rule_ids:
            out[rule.id] = rule.description
    return out


def check_documents(report: dict, texts: Optional[Dict[str, str]], prefix: str = "") -> list:
    """Documents of a check report ready for the template: findings numbered, tokens of the
    highlighted text (None when the text is unknown or does not match the offsets)."""
    out = []
    for d, doc in enumerate(report.get("documents", [])):
        findings = []
        for i, f in enumerate(doc["findings"]):
            item = dict(f)
            item["id"] = f"{prefix}d{d}-f{i}"
            item["suggestion_text"] = "" if f.get("suggestion") is None else (
                f["suggestion"] if f["suggestion"] else "(delete)")
            findings.append(item)
        text = (texts or {}).get(doc["path"])
        if text is not None and any(text[f["start"]:f["end"]] != f["text"] for f in findings):
            text = None  # the text changed since the report: never highlight the wrong span
        sev_counts = Counter(f["severity"] for f in findings)
        entry = dict(doc)
        entry.update(source_view(doc, findings, texts))
        entry.update(
            findings=findings,
            tokens=tokens(text, findings) if text is not None else None,
            severities=[s for s in SEVERITIES if sev_counts.get(s)],
            rules=sorted(Counter(f["rule"] for f in findings).items()),
        )
        out.append(entry)
    return out


def source_view(doc: dict, findings: list, texts: Optional[Dict[str, str]]) -> dict:
    """Bilingual mode: the source's text with every finding's source span marked, for a
    document checked against a source whose decoded text ``texts`` holds under the source's
    path (``source_tokens`` None otherwise) and the findings' source spans (``source_marks``,
    each pointing at its finding)."""
    src = doc.get("source")
    if not src:
        return {"source_tokens": None, "source_marks": []}
    marks = [{"start": f["source"]["start"], "end": f["source"]["end"], "finding": i}
             for i, f in enumerate(findings) if f.get("source")]
    text = (texts or {}).get(src.get("path"))
    if text is not None and any(text[m["start"]:m["end"]] != findings[m["finding"]]["source"]["text"] for m in marks):
        text = None  # the source changed since the report
    return {"source_tokens": tokens(text, marks) if text is not None else None, "source_marks": marks}


def _render_check(report: dict, catalog=None, texts=None, back=None, **options) -> str:
    documents = check_documents(report, texts)
    rule_ids = {f["rule"] for d in documents for f in d["findings"]}
    return _env().get_template("check.html.j2").render(
        tool_version=report.get("tool", {}).get("version", ""),
        documents=documents, errors=report.get("errors", []), summary=report.get("summary", {}),
        rules_path=os.path.basename(report.get("rules", {}).get("path", "") or ""), explanations=_explanations(catalog, rule_ids),
        back=back)


def render(report: dict, **options) -> str:
    from . import kind_of  # the registry module imports this one: resolved on use

    kind = kind_of(report)
    if kind == "check":
        return _render_check(report, **options)
    if kind == "compare":
        from .html_compare import render_compare

        return render_compare(report, _env(), **options)
    from .html_summary import render_summary

    return render_summary(report, _env(), **options)
