"""Bilingual mode inside a command: read the source, run the check, attach its findings and
adequacy to a :class:`audit.engine.CheckResult`. The encoder is loaded on first use only."""
from __future__ import annotations

from typing import Optional

from ..document import DEFAULT_MAX_BYTES, InputError, load_document
from ..fileio import display_path


def attach(result, source_path: Optional[str], max_bytes: int = DEFAULT_MAX_BYTES, use_cache: bool = True) -> None:
    """Add the source findings and the adequacy to ``result`` (nothing when ``source_path`` is
    None). A source that cannot be read becomes a warning on the document, never a crash."""
    if not source_path:
        return
    shown = display_path(source_path)
    try:
        source = load_document(source_path, max_bytes=max_bytes)
    except InputError as exc:
        result.warnings.append({"rule": "bilingual", "message": f"source {shown}: {exc}"})
        return
    from .check import check_bilingual
    from .encoder import EncoderUnavailable, load_embedder

    try:
        embedder = load_embedder(use_cache=use_cache)
    except EncoderUnavailable as exc:
        result.warnings.append({"rule": "bilingual", "message": str(exc)})
        return
    out = check_bilingual(result.document, source, embedder.embed)
    out.model = embedder.info
    boiler = [(f.start, f.end) for f in result.findings if f.category.startswith("other/")]
    found = [f for f in out.findings  # boilerplate is not an addition
             if f.rule != "bilingual-addition" or not any(s < f.end and f.start < e for s, e in boiler)]
    result.findings = sorted(list(result.findings) + found, key=lambda f: f.sort_key)
    result.bilingual = {"source": {"path": shown, "encoding": source.encoding, "sha256": source.sha256,
                                   },
                        "adequacy": out.summary(), "sentences": out.sentences}
