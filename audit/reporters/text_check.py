"""Text view of a check report: one block per finding with the excerpt marked."""
from __future__ import annotations


_HIDDEN = {"below_min_severity": "below --min-severity", "baseline": "in the baseline",
           "inline": "disabled by mtaudit-disable comments"}


def _count(doc: dict) -> str:
    listed = len(doc["findings"])
    below = doc.get("hidden", {}).get("below_min_severity", 0)
    return f"{listed + below} ({listed} listed)" if below else str(listed)


def _excerpt(finding: dict) -> str:
    context, text = finding.get("context") or "", " ".join(finding["text"].split())
    pos = context.find(text) if text else -1
    if pos < 0:
        return f"»{text}«"
    return f"{context[:pos]}»{text}«{context[pos + len(text):]}"


def render(report: dict, **options) -> str:
    out = []
    for doc in report.get("documents", []):
        s = doc["score"]
        out.append(f"{doc['path']}  ({doc['words']} words, {doc['encoding']}): "
                   f"{_count(doc)} findings, penalty {s['penalty']}, "
                   f"{s['normalized']} per {s['per_words']} words -> {s['verdict'].upper()}")
        ref = doc.get("references")
        if ref and "metrics" in ref:
            m = ref["metrics"]
            out.append(f"  against reference: BLEU {m['bleu']['score']}, chrF {m['chrf']['score']}, "
                       f"TER {m['ter']['score']}")
        if doc.get("source"):
            a = doc.get("adequacy", {})
            out.append(f"  against source {doc['source']['path']}: adequacy {a.get('document')} "
                       f"({a.get('sentences')} aligned groups, {a.get('omitted')} omitted, {a.get('added')} added)")
        for f in doc["findings"]:
            fix = f"  ->  {f['suggestion']!r}" if f.get("suggestion") else ""
            out.append(f"  {f['line']}:{f['column']}  {f['severity']:<8} {f['rule']}  {f['message']}{fix}")
            out.append(f"      {_excerpt(f)}")
            if f.get("source"):  # bilingual mode: the source beside the translation
                out.append(f"      source: »{' '.join(f['source']['text'].split())}«")
        if doc.get("hidden"):
            out.append("  not listed: " + ", ".join(f"{n} {_HIDDEN.get(k, k)}" for k, n in doc["hidden"].items()))
        for w in doc.get("warnings", []):
            out.append(f"  warning: rule {w['rule']}: {w['message']}")
        out.append("")
    for e in report.get("errors", []):
        out.append(f"error: {e['path']}: {e['reason']}")
    summary = report.get("summary", {})
    if "by_severity" in summary:
        sev = ", ".join(f"{k} {v}" for k, v in summary["by_severity"].items())
        out.append(f"{summary['documents']} documents, {summary['findings']} findings ({sev}), "
                   f"{summary['failed']} failed, {summary['errors']} errors")
    gate = summary.get("gate")
    if gate:
        out.append(f"gate --fail-on {gate['fail_on']}: {gate['failing']} document(s) failing -> "
                   f"{gate['status'].upper()} (exit {gate['exit_code']})")
    return "\n".join(out) + "\n"
