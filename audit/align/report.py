"""The ``mtaudit-compare/1`` report as plain data, ready for YAML or JSON."""
from __future__ import annotations

from typing import Dict, List, Optional

from ..document import Document
from .model import SCHEMA_VERSION, Alignment, Span, Unaligned
from .units import _words

def _span_entry(doc: Document, span: Span, **extra) -> dict:
    line, column = doc.line_col(span.start)
    entry = {"start": span.start, "end": span.end, "line": line, "column": column}
    entry.update({k: v for k, v in extra.items() if v is not None})
    entry["text"] = span.text
    return entry


def build_report(alignment: Alignment, tool_version: str = "") -> dict:
    """The ``mtaudit-compare/1`` report as plain data (YAML/JSON ready)."""
    from .. import __version__

    doc_a, doc_b = alignment.doc_a, alignment.doc_b
    pairs = []
    for n, p in enumerate(alignment.pairs):
        pairs.append({
            "id": n,
            "label": p.label,
            "similarity": p.similarity,
            "score": p.score,
            "chrf": p.chrf,
            "a": _span_entry(doc_a, p.a, unit=p.a_kind),
            "b": _span_entry(doc_b, p.b, unit=p.b_kind),
        })
    unaligned = {
        "a": [_span_entry(doc_a, u.span, reason=u.reason, rule=u.rule) for u in alignment.unaligned_a],
        "b": [_span_entry(doc_b, u.span, reason=u.reason, rule=u.rule) for u in alignment.unaligned_b],
    }
    divergences = []
    for d in alignment.divergences:
        entry = {"pair": d.pair, "kind": d.kind, "message": d.message}
        if d.rule:
            entry["rule"] = d.rule
        if d.canonical:
            entry["canonical"] = dict(d.canonical)
        entry["a"] = _span_entry(doc_a, d.a)
        entry["b"] = _span_entry(doc_b, d.b)
        divergences.append(entry)

    def doc_entry(doc: Document, sentences: int, dateline: Optional[str]) -> dict:
        entry = {"path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding, "words": doc.words,
                 "sentences": sentences}
        if dateline:
            entry["dateline"] = dateline
        return entry

    def coverage(doc: Document, spans: List[Span], unaligned: List[Unaligned]) -> float:
        content = sum(_words(s.text) for s in spans) + sum(_words(u.span.text) for u in unaligned
                                                           if u.reason != "boilerplate")
        return round(sum(_words(s.text) for s in spans) / content, 4) if content else 0.0

    by_kind: Dict[str, int] = {}
    for d in alignment.divergences:
        by_kind[d.kind] = by_kind.get(d.kind, 0) + 1
    report = {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "mtaudit", "version": tool_version or __version__},
        "model": dict(alignment.model),
        "settings": alignment.settings.as_dict(),
        "chrf": {"signature": alignment.chrf_signature, "hypothesis": "b", "reference": "a"},
        "documents": {
            "a": doc_entry(doc_a, alignment.sentences[0], alignment.datelines[0]),
            "b": doc_entry(doc_b, alignment.sentences[1], alignment.datelines[1]),
        },
        "pairs": pairs,
        "unaligned": unaligned,
        "divergences": divergences,
        "summary": {
            "pairs": len(pairs),
            "equivalent": sum(1 for p in alignment.pairs if p.label == "equivalent"),
            "partial": sum(1 for p in alignment.pairs if p.label == "partial"),
            "unaligned": {"a": len(unaligned["a"]), "b": len(unaligned["b"])},
            "boilerplate": {"a": sum(1 for u in alignment.unaligned_a if u.reason == "boilerplate"),
                            "b": sum(1 for u in alignment.unaligned_b if u.reason == "boilerplate")},
            "coverage": {"a": coverage(doc_a, [p.a for p in alignment.pairs], alignment.unaligned_a),
                         "b": coverage(doc_b, [p.b for p in alignment.pairs], alignment.unaligned_b)},
            "divergences": len(divergences),
            "by_kind": dict(sorted(by_kind.items())),
        },
    }
    if alignment.warnings:
        report["warnings"] = list(alignment.warnings)
    return report
