"""Highlighted text as a flat list of tokens for the HTML templates.

Findings may overlap or nest. The text is cut at every finding boundary; a finding opens one
element where it starts and closes where it ends. When a finding ends while a later-opened one
is still open (a crossing overlap), the later ones are closed and reopened as *continuation*
elements after it, so the markup stays well formed. The first element of a finding carries
``data-rule``, ``data-start`` and ``data-end``; continuations carry only ``data-id``, so
``[data-start]`` selects exactly one element per finding. Offsets are Python ``str`` indices
of the decoded document, the same as the report's.
"""
from __future__ import annotations

from typing import List, Sequence


def tokens(text: str, findings: Sequence[dict]) -> List[tuple]:
    """``("text", s)``, ``("open", index, first)`` and ``("close", index)`` tokens for ``text`` with
    ``findings`` (dicts with start and end) marked; ``index`` is the finding's position in
    ``findings``, ``first`` whether this element is the finding's first piece."""
    order = sorted(range(len(findings)), key=lambda i: (findings[i]["start"], -findings[i]["end"], i))
    out: List[tuple] = []
    stack: List[int] = []
    pos = 0
    k = 0
    boundaries = sorted({0, len(text)} | {f["start"] for f in findings} | {f["end"] for f in findings})
    for b in boundaries:
        if b > pos:
            out.append(("text", text[pos:b]))
            pos = b
        # close findings ending here (not zero-length ones just opened: they close below)
        ending = [i for i in stack if findings[i]["end"] <= b]
        if ending:
            lowest = min(stack.index(i) for i in ending)
            reopen = [i for i in stack[lowest:] if findings[i]["end"] > b]
            for i in reversed(stack[lowest:]):
                out.append(("close", i))
            del stack[lowest:]
            for i in reopen:
                out.append(("open", i, False))
                stack.append(i)
        while k < len(order) and findings[order[k]]["start"] <= b:
            i = order[k]
            k += 1
            out.append(("open", i, True))
            if findings[i]["end"] <= b:  # zero-length: an empty element
                out.append(("close", i))
            else:
                stack.append(i)
    for i in reversed(stack):
        out.append(("close", i))
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out
