"""Bilingual mode for ``mtaudit compare``: when both reports translate one Chinese source, each
aligned pair gets the source text it renders, so an editor settles a divergence against the
source rather than by majority.

Side A is aligned with the source (``check_bilingual``'s sentence groups); a pair's source span
covers the source of every group whose English overlaps the pair's A span (side B's alignment
when A's says nothing there).
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence, Tuple

import numpy as np

from ..document import Document
from .check import check_bilingual


def _groups(doc: Document, source: Document, embed) -> list:
    from ..detectors.bilingual import SOURCE_KEY
    from .run import analysis

    own = doc.cache.get(SOURCE_KEY)
    # a document checked against this source already (mtaudit audit) keeps its alignment
    result = analysis(doc) if own is not None and own.sha256 == source.sha256 else None
    out = []
    for s in (result or check_bilingual(doc, source, embed)).sentences:
        if s["source"] and s["english"]:
            out.append((tuple(s["english"]), tuple(s["source"])))
    return out


def _covering(groups, start: int, end: int) -> Optional[Tuple[int, int]]:
    hits = [src for (e0, e1), src in groups if e0 < end and start < e1]
    if not hits:
        return None
    return min(s for s, _ in hits), max(e for _, e in hits)


def add_source(report: dict, docs: Sequence[Document], source: Document,
               embed: Callable[[Sequence[str]], np.ndarray], shown_path: str) -> dict:
    """``report`` (a compare report of ``docs`` = (A, B)) with ``source`` and each pair's
    ``source`` span ({start, end, text}: offsets into the decoded source)."""
    groups = {side: _groups(doc, source, embed) for side, doc in zip(("a", "b"), docs)}
    for pair in report.get("pairs", []):
        span = None
        for side in ("a", "b"):
            span = _covering(groups[side], pair[side]["start"], pair[side]["end"])
            if span:
                break
        if span:
            pair["source"] = {"start": span[0], "end": span[1], "text": source.text[span[0]:span[1]]}
    report["source"] = {"path": shown_path, "encoding": source.encoding, "sha256": source.sha256}
    _source_side(report)
    return report


def _source_side(report: dict) -> None:
    """A figure divergence inside a pair that has a source says which side writes the source's
    figure ("...; the source has '3.5万': A matches it"), as name and term divergences say
    which side the glossary backs; nothing when both or neither match."""
    from .numbers import en_numbers, same, zh_numbers

    sources = {p["id"]: p["source"]["text"] for p in report.get("pairs", []) if p.get("source")}
    for d in report.get("divergences", []):
        text = sources.get(d["pair"])
        if d["kind"] != "number" or not text:
            continue
        zh = zh_numbers(text)
        english = {side: en_numbers(d[side]["text"]) for side in ("a", "b")}  # once a side, not once a source figure
        hits = {side: [z for z in zh if any(same(n.values, z.values) for n in english[side])] for side in ("a", "b")}
        if bool(hits["a"]) != bool(hits["b"]):
            side = "a" if hits["a"] else "b"
            z = hits[side][0]
            d["message"] += f"; the source has '{text[z.start:z.end]}': {side.upper()} matches it"
