"""What the text views share: a document's control characters made visible.

A control character of a document (ESC, BEL, ...) printed as it is reaches the terminal as a
command: an escape sequence can retitle the window, move the cursor or hide text. The text
views show each one as ``\\xNN`` instead; tabs and line breaks never get here (the views
collapse white space before they print).
"""
from __future__ import annotations

_VISIBLE = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}


def visible(text: str) -> str:
    return text.translate(_VISIBLE)
