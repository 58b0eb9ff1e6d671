"""Finding a document's reference translations, and scoring the document against them.

Naming convention (see ``references/README.md``): the references of
``<root>/corpus/<folder>/<name>.<ext>`` are ``<root>/references/<folder>/<name>.<ext>`` and any
``<root>/references/<folder>/<name>.<tag>.<ext>`` beside it (a second editor's version, say
``<name>.b.txt``). ``<root>`` is the nearest folder above the document that has a
``references/<folder>/`` directory, so a checkout works from any working directory.
"""
from __future__ import annotations

import os
from typing import List, Optional

from .document import Document, InputError, load_document

REFERENCES_DIR = "references"


def _inside_references(path: str) -> bool:
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    return REFERENCES_DIR in parts[:-1]


def find_references(path: str) -> List[str]:
    """Reference files for the document at ``path`` (sorted; empty when it has none).

    A file that itself lies under a ``references/`` folder has no references (a reference is
    not scored against itself)."""
    if not path or path.startswith("<") or _inside_references(path):
        return []
    full = os.path.abspath(path)
    folder = os.path.basename(os.path.dirname(full))
    name = os.path.basename(full)
    stem, ext = os.path.splitext(name)
    here = os.path.dirname(os.path.dirname(full))
    while True:
        candidate = os.path.join(here, REFERENCES_DIR, folder)
        if folder and os.path.isdir(candidate):
            found = []
            for entry in sorted(os.listdir(candidate)):
                if entry == name or (entry.startswith(stem + ".") and entry.endswith(ext)
                                     and len(entry) > len(stem) + len(ext) + 1):
                    p = os.path.join(candidate, entry)
                    if os.path.isfile(p) and not os.path.samefile(p, full):
                        found.append(p)
            return found
        parent = os.path.dirname(here)
        if parent == here:
            return []
        here = parent


def reference_scores(doc: Document, top: int = 5) -> Optional[dict]:
    """Reference scores for ``mtaudit check``: None when ``doc`` has no reference, else
    ``{"paths", "metrics", "aligned", "segments"}`` with the ``top`` segments that need the
    most edits (see ``audit.metrics.score_texts``), or ``{"paths", "error"}`` when a reference
    cannot be read."""
    paths = find_references(doc.path)
    if not paths:
        return None
    shown = [os.path.relpath(p) if not os.path.isabs(doc.path) else p for p in paths]
    try:
        texts = [load_document(p).text for p in paths]
    except InputError as exc:
        return {"paths": shown, "error": str(exc)}
    from .metrics import score_texts

    return {"paths": shown, **score_texts(doc.text, texts, top=top)}
