"""Text view of a compare report: pairs side by side with their divergences, then what each
side says alone."""
from __future__ import annotations

import textwrap
from typing import List, Optional

from .terminal import visible
from ..wording import count

WIDTH = 100


def _one_line(text: str, limit: Optional[int] = None) -> str:
    text = visible(" ".join(text.split()))
    if limit and len(text) > limit:
        return text[:limit - 1] + "…"
    return text


def _wrapped(text: str, indent: str) -> List[str]:
    # a path or an address longer than a line stays whole: an editor copies it
    return textwrap.wrap(_one_line(text), width=WIDTH, initial_indent=indent, subsequent_indent=" " * len(indent),
                         break_long_words=False, break_on_hyphens=False) or [indent]


def _where(entry: dict) -> str:
    return f"{entry['line']}:{entry['column']}"


def render(report: dict, **options) -> str:
    """A terminal view of a compare report: pairs side by side with their divergences, then
    what each side says alone."""
    docs, summary = report["documents"], report["summary"]
    out = []
    for side in ("a", "b"):
        d = docs[side]
        extra = f", dateline {d['dateline']}" if d.get("dateline") else ""
        out.append(f"{side.upper()}: {d['path']}  ({d['words']} words, {d['sentences']} sentences{extra})")
    if report.get("source"):
        out.append(f"source: {report['source']['path']}  ({report['source']['encoding']})")
    out.append(f"model {report['model'].get('id', '?')}; chrF of B against A, {report['chrf']['signature']}")
    for warning in report.get("warnings") or []:  # "share no content", an unusable --source
        out.extend(_wrapped(warning, "warning: "))
    out.append("")
    by_pair = {}
    for d in report["divergences"]:
        by_pair.setdefault(d["pair"], []).append(d)
    out.append(f"{count(summary['pairs'], 'pair')} ({summary['equivalent']} equivalent, {summary['partial']} partial); "
               f"aligned words: A {summary['coverage']['a']:.0%}, B {summary['coverage']['b']:.0%}")
    for p in report["pairs"]:
        out.append("")
        out.append(f"[{p['id']}] {p['label']}  similarity {p['similarity']:.2f}  score {p['score']:.2f}  "
                   f"chrF {p['chrf']:.1f}")
        if p.get("source"):  # bilingual mode: what the pair renders
            out.extend(_wrapped(p["source"]["text"], f"  {'ZH':<10} "))
        for side in ("a", "b"):
            e = p[side]
            out.extend(_wrapped(e["text"], f"  {side.upper()} {_where(e):<8} "))
        for d in by_pair.get(p["id"], []):
            # a finding divergence's message opens on its rule; another kind a rule also flagged
            # names it beside the kind
            rule = f" [{d['rule']}]" if d.get("rule") and not d["message"].startswith(d["rule"] + " ") else ""
            out.extend(_wrapped(d["message"], f"  ! {d['kind']}{rule}: "))
            out.append(f"      A {_where(d['a']):<8} »{_one_line(d['a']['text'], 80)}«")
            out.append(f"      B {_where(d['b']):<8} »{_one_line(d['b']['text'], 80)}«")
    for side in ("a", "b"):
        items = report["unaligned"][side]
        out.append("")
        out.append(f"Only in {side.upper()} ({len(items)}):")
        for u in items:
            tag = f"boilerplate ({u['rule']})" if u["reason"] == "boilerplate" else ""
            prefix = f"  {_where(u):<8} " + (tag + "  " if tag else "")
            out.append(prefix + _one_line(u["text"], max(30, WIDTH - len(prefix))))
    out.append("")
    kinds = ", ".join(f"{k} {v}" for k, v in summary["by_kind"].items())
    out.append(f"{summary['divergences']} divergences" + (f" ({kinds})" if kinds else "")
               + f"; unaligned A {summary['unaligned']['a']}, B {summary['unaligned']['b']}")
    return "\n".join(out) + "\n"
