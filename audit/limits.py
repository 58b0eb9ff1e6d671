"""Size limits for work that grows faster than its input.

``mtaudit compare`` (and the pair comparisons of ``mtaudit audit``) score every unit of one
document against every unit of the other: memory and time grow with the product of their
sentence counts. A news report has tens of sentences; a document far beyond that is refused
with a clear reason instead of exhausting memory (two 2 MB files once took 24 GB).
"""
from __future__ import annotations

from typing import Optional

from .document import Document

# About 1 GB at the limit on both sides (measured: 776 against 776 sentences, 0.8 GB).
MAX_COMPARE_SENTENCES = 1000
# Refused before segmenting, which is itself slow on megabytes: no real sentence is this long
# on average.
CHARS_PER_SENTENCE = 400


def compare_size_problem(doc: Document, max_sentences: Optional[int] = None) -> Optional[str]:
    """None when ``doc`` is small enough to compare, else a one-line reason. ``max_sentences``:
    None for MAX_COMPARE_SENTENCES, 0 for no limit. Segmentation stops as soon as the count
    passes the limit, and a text longer than CHARS_PER_SENTENCE per sentence allowed is
    refused without segmenting."""
    max_sentences = MAX_COMPARE_SENTENCES if max_sentences is None else max_sentences
    if not max_sentences:
        return None
    reason = (f"too long to compare: more than {max_sentences} sentences (--max-sentences; compare "
              f"memory grows with the product of both documents' sentences)")
    if len(doc.text) > max_sentences * CHARS_PER_SENTENCE:
        return reason
    count = 0
    for para in doc.paragraphs:
        count += len(doc.sentences_in(para))
        if count > max_sentences:
            return reason
    return None
