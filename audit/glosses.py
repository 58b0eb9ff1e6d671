"""Quoted glosses: English in quotation marks that a writer gives as the rendering of Chinese
shown beside it, or introduces as a literal or word-for-word rendering ('新质生产力 | xin zhi
shengchanli | "new quality productive forces"', 'literally "residence foundation land"', 'the
famous word-for-word rendering "horse horse tiger tiger"'). The words are cited on purpose, as a
dictionary or a translator's note cites them; an engine's output shows no Chinese beside its
English and does not call its own words literal."""
from __future__ import annotations

import re

from .cedict import HAN_CHAR

# Double quotation marks and the single curly ones; a straight single quote is too often an
# apostrophe to open a quotation.
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}
# A cue before the opening mark, in the same sentence: the writer says the words are a rendering.
_CUE = re.compile(r"\b(?:literal|literally|lit\.|word[- ]for[- ]word|word by word|rendering|rendered|renders|"
                  r"translat(?:es|ed|ing|ion|ions)|calque|gloss(?:ed|es)?|means|meaning)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _quotation(text: str, start: int, end: int, line_start: int, line_end: int):
    """(opening, closing) of the nearest well-formed quotation around ``text[start:end]`` inside
    its line (``line_start``, ``line_end``), or None. Unlike ``pattern.in_partial_quote``, which
    judges only the nearest opening mark, a gloss may sit in any quotation that closes on its
    line."""
    best = None
    for opener, closer in _QUOTES.items():
        k = text.rfind(opener, line_start, start)
        if k < 0:
            continue
        if opener == '"' and text.count('"', line_start, k) % 2:
            continue  # an odd straight quote before it: this one closes a quotation
        closing = text.find(closer, end, line_end)
        if closing < 0 or text.find(closer, k + 1, start) >= 0:
            continue
        if best is None or k > best[0]:
            best = (k, closing)
    return best


def cited_gloss(doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` lies inside a quoted gloss: a quotation on a line that
    shows Chinese characters, or one whose sentence calls it a rendering, literal or translated."""
    text = doc.text
    line_start, line_end = doc.line_at(start)[0], doc.line_at(end)[1]
    span = _quotation(text, start, end, line_start, line_end)
    if span is None:
        return False
    if HAN_CHAR.search(text, line_start, line_end):
        return True
    sentence = line_start
    for m in _SENTENCE_END.finditer(text, line_start, span[0]):
        sentence = m.end()
    return _CUE.search(text, sentence, span[0]) is not None
