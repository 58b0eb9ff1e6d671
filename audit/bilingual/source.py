"""Where a document's Chinese source is, and reading it (encodings detected as for documents).

``--source FILE`` names it for one document; ``--sources DIR`` maps ``ROOT/a/b.txt`` to
``DIR/a/b.txt``; ``mtaudit audit`` looks for ``sources/<briefing>/<same name>`` beside the
corpus, the way ``references/`` works.
"""
from __future__ import annotations

import os
import re
from typing import Optional

from .segment import HAN_RE, han_count

SOURCES_DIR = "sources"


def source_for(path: str, root: str, sources_dir: str) -> Optional[str]:
    """The source of ``path`` (a file under ``root``) inside ``sources_dir``, or None."""
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:
        return None
    if rel == "." or rel.startswith(".."):
        rel = os.path.basename(path)
    candidate = os.path.join(sources_dir, rel)
    return candidate if os.path.isfile(candidate) else None


def find_source(path: str) -> Optional[str]:
    """``<root>/sources/<folder>/<name>`` for ``<root>/<corpus>/<folder>/<name>``: the nearest
    folder above the document with a ``sources/<folder>/`` directory; None when there is none."""
    if not path or path.startswith("<"):
        return None
    full = os.path.abspath(path)
    parts = full.split(os.sep)
    if SOURCES_DIR in parts[:-1]:
        return None  # a source has no source
    folder = os.path.basename(os.path.dirname(full))
    name = os.path.basename(full)
    here = os.path.dirname(os.path.dirname(full))
    while folder:
        candidate = os.path.join(here, SOURCES_DIR, folder, name)
        if os.path.isdir(os.path.join(here, SOURCES_DIR, folder)):
            return candidate if os.path.isfile(candidate) else None
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent
    return None


_LATIN = re.compile(r"[A-Za-z]")


def holds_chinese(text: str) -> bool:
    """Whether ``text`` reads as Chinese: Han characters at least half as many as Latin letters
    (a Chinese source may quote English names and acronyms; an English translation holds a Han
    character at most in a name's gloss). Blank text passes: there is nothing to misread."""
    han, latin = han_count(text), len(_LATIN.findall(text))
    return han * 2 >= latin


def no_chinese_warning(text: str, name: str, went_on: str) -> Optional[str]:
    """The warning for a source ``name`` (as the message shows it: "source a.txt", "--source
    a.txt") whose ``text`` holds no Chinese (``holds_chinese``), ``went_on`` saying what was done
    without it ("checked", "compared"); None when it holds Chinese. One message for check and
    compare: an English file aligned as a source would give English "source" sentences."""
    if holds_chinese(text):
        return None
    return (f"{name}: holds no Chinese text (an English translation, or the document and its source "
            f"swapped?); {went_on} without it")
