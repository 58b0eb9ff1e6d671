"""HTML view of a compare report: the two texts side by side.

Aligned pairs are marked on both sides with the pair's id (pointing at one lights up its
partner; clicking scrolls the partner into view), divergences are marked inside them with
their kind and the glossary's verdict (which side the glossary backs), and text that aligned
with nothing is greyed. Spans are the report's character offsets into each decoded text.
"""
from __future__ import annotations

from typing import Dict, Optional

from .html_marks import tokens

SIDES = ("a", "b")


def _verdict(d: dict, side: str) -> str:
    canonical = d.get("canonical")
    if not canonical:
        return ""
    if canonical.get("side") == side:
        return f"the glossary backs this side ({canonical.get('form', '')})"
    return f"the glossary backs the other side: {canonical.get('form', '')}"


def _side(report: dict, side: str, text: Optional[str]) -> dict:
    items = []
    for p in report.get("pairs", []):
        s = p.get(side)
        if s:
            source = f"; source: {p['source']['text']}" if p.get("source") else ""  # bilingual mode
            items.append({"kind": "pair", "start": s["start"], "end": s["end"], "pair": p["id"],
                          "label": p.get("label", ""), "similarity": p.get("similarity"),
                          "title": f"pair {p['id']}: {p.get('label', '')}, similarity {p.get('similarity')}{source}"})
    for i, d in enumerate(report.get("divergences", [])):
        s = d.get(side)
        if s:
            verdict = _verdict(d, side)
            backed = "backed" if (d.get("canonical") or {}).get("side") == side else (
                "against" if d.get("canonical") else "")
            items.append({"kind": "divergence", "start": s["start"], "end": s["end"], "div": i,
                          "dkind": d.get("kind", ""), "pair": d.get("pair"), "backed": backed,
                          "title": f"{d.get('kind', '')}: {d.get('message', '')}" + (f" [{verdict}]" if verdict else "")})
    for u in report.get("unaligned", {}).get(side, []):
        items.append({"kind": "unaligned", "start": u["start"], "end": u["end"],
                      "title": u.get("reason", "") + (f" ({u['rule']})" if u.get("rule") else "")})
    if text is not None and any(it["end"] > len(text) for it in items):
        text = None
    return {"doc": report.get("documents", {}).get(side, {}), "items": items,
            "tokens": tokens(text, items) if text is not None else None}


def render_compare(report: dict, env, texts: Optional[Dict[str, str]] = None, back: Optional[str] = None,
                   **options) -> str:
    texts = texts or {}
    sides = {}
    for side in SIDES:
        doc = report.get("documents", {}).get(side, {})
        sides[side] = _side(report, side, texts.get(doc.get("path")))
    divergences = []
    for i, d in enumerate(report.get("divergences", [])):
        entry = dict(d)
        entry["index"] = i
        pair = next((p for p in report.get("pairs", []) if p.get("id") == d.get("pair")), None)
        entry["source"] = (pair or {}).get("source")  # bilingual mode: what the source says there
        entry["verdict"] = ""
        if d.get("canonical"):
            entry["verdict"] = (f"glossary: {d['canonical'].get('side', '').upper()} "
                                f"('{d['canonical'].get('form', '')}')")
        divergences.append(entry)
    return env.get_template("compare.html.j2").render(
        tool_version=report.get("tool", {}).get("version", ""), report=report, sides=sides,
        divergences=divergences, summary=report.get("summary", {}),
        back=back, closers={"pair": "</span>", "divergence": "</mark>", "unaligned": "</span>"})
