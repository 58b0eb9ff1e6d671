"""Counts in words for the text views and messages: "1 document", "2 documents", "0 errors"."""
from __future__ import annotations

from typing import Optional


def count(n, noun: str, plural: Optional[str] = None) -> str:
    """``n`` and ``noun``, plural unless ``n`` is one (``plural`` where adding "s" is wrong)."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
