"""Dev-set documents for the bilingual benchmarks: one English and one Chinese document per
(system, doc) of ``../shared/data/mqm_ted_zhen.tsv``, segments in seg_id order, one segment a
paragraph (separated by a blank line) on both sides, with every segment's span on each side."""
from __future__ import annotations

import os
import sys
from collections import defaultdict
from dataclasses import dataclass
from typing import List, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mqm_data import DEFAULT_DATA, load_segments  # noqa: E402


@dataclass
class DocPair:
    system: str
    doc: str
    english: str
    chinese: str
    en_spans: List[Tuple[int, int]]
    zh_spans: List[Tuple[int, int]]
    segments: list


def _join(texts):
    spans, pos, parts = [], 0, []
    for t in texts:
        spans.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t) + 2
    return "\n\n".join(parts), spans


def build_documents(path: str = DEFAULT_DATA) -> List[DocPair]:
    by_doc = defaultdict(list)
    for seg in load_segments(path):
        by_doc[(seg.system, seg.doc)].append(seg)
    out = []
    for (system, doc), segs in sorted(by_doc.items()):
        segs.sort(key=lambda s: s.seg_id)
        segs = [s for s in segs if s.text.strip() and s.source.strip()]
        en, en_spans = _join([" ".join(s.text.split()) for s in segs])
        zh, zh_spans = _join([" ".join(s.source.split()) for s in segs])
        out.append(DocPair(system, doc, en, zh, en_spans, zh_spans, segs))
    return out
