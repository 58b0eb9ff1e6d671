"""Inline suppressions in Markdown: ``<!-- mtaudit-disable RULE -->`` ... ``<!-- mtaudit-enable
RULE -->``. RULE is one or more rule ids, categories or id prefixes (comma or space separated);
none means every rule. A disable without its enable lasts to the end of the document. The
comments themselves are markup, not prose: findings inside them are dropped too."""
from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from .findings import Finding
from .selection import ALL, matches_any
from . import re_programs

DIRECTIVE_RE = re_programs.compile(r"<!--\s*mtaudit-(disable|enable)\b([^>]*?)-->", re.IGNORECASE)
MARKDOWN_SUFFIXES = (".md", ".markdown")

Region = Tuple[int, int, str]  # start, end, token


def is_markdown(path: str) -> bool:
    return str(path).lower().endswith(MARKDOWN_SUFFIXES)


def tokens(text: str) -> List[str]:
    """Every rule token the directives of ``text`` name (``ALL`` for a bare directive)."""
    out = []
    for m in DIRECTIVE_RE.finditer(text):
        for t in [t for t in re.split(r"[\s,]+", m.group(2).strip()) if t] or [ALL]:
            if t not in out:
                out.append(t)
    return out


def regions(text: str) -> Tuple[List[Region], List[Tuple[int, int]]]:
    """Suppressed regions ``(start, end, token)`` and the spans of the directive comments."""
    open_at = {}
    out: List[Region] = []
    comments = []
    for m in DIRECTIVE_RE.finditer(text):
        comments.append(m.span())
        tokens = [t for t in re.split(r"[\s,]+", m.group(2).strip()) if t] or [ALL]
        if m.group(1).lower() == "disable":
            for t in tokens:
                open_at.setdefault(t, m.end())
        else:
            closing = list(open_at) if tokens == [ALL] else tokens
            for t in closing:
                if t in open_at:
                    out.append((open_at.pop(t), m.start(), t))
    out.extend((start, len(text), t) for t, start in open_at.items())
    return sorted(out), comments


def apply(findings: Sequence[Finding], text: str) -> Tuple[List[Finding], int]:
    """``(kept, number suppressed)`` for the findings of one Markdown document."""
    if "mtaudit-" not in text:
        return list(findings), 0
    spans, comments = regions(text)
    kept = []
    for f in findings:
        inside_comment = any(s <= f.start < e for s, e in comments)
        silenced = any(s <= f.start < e and matches_any([t], f.rule, f.category) for s, e, t in spans)
        if not (inside_comment or silenced):
            kept.append(f)
    return kept, len(findings) - len(kept)
