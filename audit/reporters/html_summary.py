"""HTML index of an audit summary: documents worst first, counts by severity and by rule as
inline SVG bar charts, links to the per-document and per-pair pages written beside it.

``links``: ``{"documents": {path: href}, "pairs": {(a, b): href}}``; a document or pair
without a page is listed without a link.
"""
from __future__ import annotations

from typing import Optional

SEVERITY_COLOURS = {"critical": "#c62828", "major": "#ef6c00", "minor": "#f9a825", "info": "#1e88e5"}


def bars(counts, colours=None, width: int = 360, bar: int = 18, gap: int = 6, label_width: int = 230) -> dict:
    """Geometry of a horizontal bar chart for ``counts`` (label -> number), for the template."""
    items = list(counts.items())
    top = max([n for _, n in items] + [1])
    rows = []
    for i, (label, n) in enumerate(items):
        rows.append({"label": label, "count": n, "y": i * (bar + gap),
                     "w": round(width * n / top, 1) if n else 0,
                     "colour": (colours or {}).get(label, "#546e7a")})
    return {"rows": rows, "height": max(len(items) * (bar + gap), bar), "bar": bar, "label_width": label_width,
            "width": label_width + width + 60}


def render_summary(report: dict, env, links: Optional[dict] = None, **options) -> str:
    links = links or {}
    overall = report.get("overall", {})
    severity = {s: overall.get("by_severity", {}).get(s, 0) for s in ("critical", "major", "minor", "info")}
    by_rule = dict(list((overall.get("by_rule") or {}).items())[:25])
    groups = []
    for g in report.get("groups", []):
        pairs = [dict(p, href=links.get("pairs", {}).get((p.get("a"), p.get("b")))) for p in g.get("pairs", [])]
        groups.append(dict(g, pairs=pairs))
    documents = [dict(d, href=links.get("documents", {}).get(d["path"])) for d in report.get("documents", [])]
    return env.get_template("summary.html.j2").render(
        tool_version=report.get("tool", {}).get("version", ""), report=report, overall=overall,
        documents=documents, groups=groups, severity_chart=bars(severity, SEVERITY_COLOURS),
        rule_chart=bars(by_rule), more_rules=max(0, len(overall.get("by_rule") or {}) - len(by_rule)))
