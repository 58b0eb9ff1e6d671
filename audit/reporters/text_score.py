"""Text view of a score report: document metrics with signatures, the segments that need the
most editing, thresholds and the verdict."""
from __future__ import annotations

from ..wording import count
from .terminal import visible

TEXT_TOP = 10
_LABELS = {"bleu": "BLEU", "chrf": "chrF", "ter": "TER"}


def _clip(text: str, width: int) -> str:
    text = visible(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def render(report: dict, top=None, **options) -> str:
    top = TEXT_TOP if top is None else top
    refs = report["references"]
    out = [f"{report['hypothesis']['path']}  against {count(len(refs), 'reference')}:"]
    out += [f"  {r['path']}" for r in refs]
    out.append("")
    aligned = report["aligned"]
    for name in (n for n in _LABELS if n in report["metrics"]):
        m = report["metrics"][name]
        unit = m["unit"]
        if name == "ter":
            unit += f": {aligned['edits']:g} edits / {aligned['ref_words']:g} reference words"
        out.append(f"  {_LABELS[name]:<5} {m['score']:6.2f}  {m['signature']}  ({unit})")
    est = report.get("estimate")
    if est:
        out.append(f"  estimated MQM penalty {est['mqm']} ({est['normalized']} per {est['per_words']} words; "
                   f"reference-free, calibrated on rated MT)")
    out.append("")
    segments = report["segments"][:top]
    out.append(f"Sentences that need the most editing ({len(segments)} of {aligned['segments']} segments; "
               f"{aligned['hypothesis_sentences']} hypothesis and "
               f"{'/'.join(str(n) for n in aligned['reference_sentences'])} reference sentences):")
    out.append(f"  {'line':>4}  {'sents':<5} {'edits':>5} {'TER':>6} {'chrF':>6}  hypothesis / reference")
    for row in segments:
        head = f"  {row['line']:>4}  {row['sentences']:<5} {row['edits']:>5g} {row['ter']:>6.1f} {row['chrf']:>6.1f}  "
        pad = " " * len(head)
        out.append(head + _clip(row["hypothesis"], 100))
        for ref in row["references"]:
            out.append(pad + "= " + (_clip(ref, 98) if ref else "(nothing: delete)"))
    for check in report["thresholds"]:
        sign = "<=" if check["rule"] == "at most" else ">="
        status = "ok" if check["passed"] else "MISSED"
        out.append(f"threshold {_LABELS[check['metric']]} {sign} {check['limit']:g}: {check['value']:.2f} {status}")
    if report["thresholds"]:
        out.append(f"verdict: {report['verdict'].upper()}")
    return "\n".join(out) + "\n"
