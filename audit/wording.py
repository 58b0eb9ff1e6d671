"""Counts in words for the text views and messages: "1 document", "2 documents", "0 errors"."""
from __future__ import annotations

import re
from typing import Optional


def count(n, noun: str, plural: Optional[str] = None) -> str:
    """``n`` and ``noun``, plural unless ``n`` is one (``plural`` where adding "s" is wrong)."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


# a sentence ends at . ! or ? (and a closing quote or bracket) before white space and a capital,
# but not after a common abbreviation ("e.g. Xinhua", "Mr. Li")
_END = re.compile(r'(?<=[.!?])["\u201d\u2019)]?(?=\s+["\u201c(]?[A-Z])')
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|cf|vs|Mr|Mrs|Ms|Dr|St|No|Co|Ltd|Inc|U\.S|a\.m|p\.m)\.$")


def first_sentence(text: str, limit: int = 160) -> str:
    """The first sentence of ``text`` on one line; past ``limit`` characters it is cut at a word
    boundary and ends in "…", so a cut never passes for the whole sentence."""
    flat = " ".join(text.split())
    first = flat
    for m in _END.finditer(flat):
        if not _ABBREVIATION.search(flat[:m.start()].rstrip('"\u201d\u2019)')):
            first = flat[:m.end()]
            break
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:(")
    return cut + "…"
