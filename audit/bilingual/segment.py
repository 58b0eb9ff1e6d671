"""Chinese sentence spans: cut after 。！？!? (and closing quotes), and at line breaks. Not at
；: English keeps a clause list joined by semicolons in one sentence, and the aligner would
have to merge four or five clauses."""
from __future__ import annotations

import re
from typing import List, Tuple

Span = Tuple[int, int]

_SENT_RE = re.compile(r"[^\r\n。！？!?]*(?:[。！？!?]+[”’」』）)\"']*|(?=[\r\n])|$)")


def zh_sentences(text: str) -> List[Span]:
    """Sentence spans of Chinese ``text``, whitespace trimmed, as offsets into ``text``."""
    spans: List[Span] = []
    for m in _SENT_RE.finditer(text):
        s, e = m.span()
        chunk = text[s:e]
        if not chunk.strip():
            continue
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        spans.append((s + lead, e - trail))
    return spans


HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_count(text: str) -> int:
    return len(HAN_RE.findall(text))
