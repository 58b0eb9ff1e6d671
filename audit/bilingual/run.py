"""Bilingual mode inside a command, in two steps around the catalog run:

1. ``use_source(doc, path)`` reads the source and puts it in ``doc.cache``; the catalog's
   ``bilingual`` rules then find what needs it (``audit.detectors.bilingual``), so selection,
   severities, per-path ignores, suppressions and baselines apply to them like to any rule;
2. ``attach(result, warnings)`` adds the adequacy and the aligned sentences to the
   :class:`audit.engine.CheckResult`.

The alignment runs once per document (``analysis``), on first use; the encoder is loaded only
then. A source that cannot be read, or a missing encoder, becomes a warning, never a crash.
"""
from __future__ import annotations

from typing import List, Optional

from ..detectors.bilingual import SOURCE_KEY
from ..document import DEFAULT_MAX_BYTES, Document, InputError, load_document
from ..fileio import display_path
from .source import no_chinese_warning

_RESULT = "bilingual-result"        # doc.cache: the BilingualResult (or None when the encoder is missing)
_PROBLEM = "bilingual-problem"      # doc.cache: why there is no result
_USE_CACHE = "bilingual-use-cache"  # doc.cache: whether vectors go through the on-disk cache
_SHOWN = "bilingual-source-path"    # doc.cache: the source's path as reports show it


def use_source(doc: Document, source_path: Optional[str], max_bytes: int = DEFAULT_MAX_BYTES,
               use_cache: bool = True) -> List[dict]:
    """Read ``source_path`` as the source of ``doc`` (nothing when it is None); the warnings
    for the document's report (a source that cannot be read)."""
    if not source_path:
        return []
    shown = display_path(source_path)
    try:
        source = load_document(source_path, max_bytes=max_bytes)
    except InputError as exc:
        return [{"rule": "bilingual", "message": f"source {shown}: {exc}"}]
    message = no_chinese_warning(source.text, f"source {shown}", "checked")
    if message:  # an English file aligned as a source gives adequacy 1.0 and no finding: say so instead
        return [{"rule": "bilingual", "message": message}]
    set_source(doc, source, use_cache)
    doc.cache[_SHOWN] = shown
    return []


def set_source(doc: Document, source: Document, use_cache: bool = False) -> None:
    """Make ``source`` the source of ``doc`` (a decoded document: tests, rule examples)."""
    doc.cache[SOURCE_KEY] = source
    doc.cache[_USE_CACHE] = use_cache
    doc.cache.pop(_RESULT, None)


def analysis(doc: Document):
    """The :class:`audit.bilingual.check.BilingualResult` of ``doc`` against its source, computed
    once; None without a source or without the encoder (the reason is kept for ``attach``)."""
    if SOURCE_KEY not in doc.cache:
        return None
    if _RESULT not in doc.cache:
        from .check import check_bilingual
        from .encoder import EncoderUnavailable, load_embedder

        try:
            embedder = load_embedder(use_cache=doc.cache.get(_USE_CACHE, False))
        except EncoderUnavailable as exc:
            doc.cache[_PROBLEM] = str(exc)
            doc.cache[_RESULT] = None
            return None
        out = check_bilingual(doc, doc.cache[SOURCE_KEY], embedder.embed)
        out.model = embedder.info
        doc.cache[_RESULT] = out
    return doc.cache[_RESULT]


def attach(result, warnings: List[dict] = ()) -> None:
    """Add the source, the adequacy and the aligned sentences to ``result`` (a checked document
    whose source ``use_source`` set), and ``warnings``. Boilerplate (a finding of an ``other/``
    category) is never an addition."""
    result.warnings.extend(warnings)
    doc = result.document
    if SOURCE_KEY not in doc.cache:
        return
    out = analysis(doc)
    if out is None:
        result.warnings.append({"rule": "bilingual", "message": doc.cache.get(_PROBLEM, "no bilingual result")})
        return
    boiler = [(f.start, f.end) for f in result.findings if f.category.startswith("other/")]
    result.findings = [f for f in result.findings
                       if f.source is None or f.category != "accuracy/addition"
                       or not any(s < f.end and f.start < e for s, e in boiler)]
    source = doc.cache[SOURCE_KEY]
    result.bilingual = {"source": {"path": doc.cache.get(_SHOWN, source.path), "encoding": source.encoding,
                                   "sha256": source.sha256},
                        "adequacy": out.summary(), "sentences": out.sentences}


def source_text(result) -> Optional[str]:
    """The decoded source of a checked document (None without one)."""
    source = result.document.cache.get(SOURCE_KEY)
    return source.text if source is not None else None
