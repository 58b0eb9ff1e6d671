"""Text view of an audit summary: overall counts, documents worst first, briefing groups."""
from __future__ import annotations

from .terminal import visible
from ..wording import count

TOP = 20


def render(report: dict, top=None, **options) -> str:
    top = TOP if top is None else top
    o = report["overall"]
    sev = ", ".join(f"{k} {v}" for k, v in o["by_severity"].items())
    out = [f"{count(o['documents'], 'document')} in {count(o['groups'], 'group')}: {count(o['findings'], 'finding')} ({sev}), "
           f"{o['passed']} passed, {o['failed']} failed the score, {count(o['errors'], 'error')}"]
    gate = o.get("gate")
    if gate:
        out.append(_gate_line(gate))
    docs = report["documents"][:top]
    if docs:
        out.append("")
        out.append(f"Documents, worst first ({len(docs)} of {len(report['documents'])}):")
        for d in docs:
            rules = ", ".join(f"{r['rule']} {r['count']}" for r in d.get("top_rules", []))
            out.append(f"  {d['normalized']:>8.2f}  {d['verdict'].upper():<4}  {visible(d['path'])}"
                       + (f"  ({rules})" if rules else ""))
    groups = [g for g in report.get("groups", []) if g.get("pairs")]
    if groups:
        out.append("")
        out.append("Briefing groups with compared pairs:")
        for g in groups:
            share = g.get("aligned_share")
            share = f"{share:.0%}" if isinstance(share, (int, float)) else "-"
            out.append(f"  {visible(g['name'])}: {count(len(g['documents']), 'document')}, {count(len(g['pairs']), 'pair')}, "
                       f"aligned {share}, {count(g.get('divergences') or 0, 'divergence')}")
    for e in report.get("errors", []):
        out.append(f"error: {visible(e['path'])}: {visible(e['reason'])}")
    return "\n".join(out) + "\n"


def _gate_line(gate: dict) -> str:
    return (f"gate --fail-on {gate['fail_on']}: {count(gate['failing'], 'document')} failing -> "
            f"{gate['status'].upper()} (exit {gate['exit_code']})")
