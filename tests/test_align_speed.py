"""What the aligner's faster paths must keep: the glossary verdicts (``Glossary.judge`` and
``prefer``, patterns compiled once) equal to a plain search with a pattern per form, the n-gram
cosines of the plain count, content words read back from the memo, and the same values with
numpy's BLAS held to one thread."""
import glob
import os
import re

import numpy as np
import pytest

from audit.align.similarity import (
    _char_ngram_matrix_dict, _content_words, char_ngram_matrix, content_words, lexical_matrix, one_blas_thread,
)
from audit.detectors.phrase import squeezed
from audit.document import load_document
from audit.glossary import normalize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def glossary(catalog):
    return next(r.state["glossary"] for r in catalog.rules if r.type == "glossary")


def _corpus_sentences(limit=400):
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "**", "*.txt"), recursive=True)):
        doc = load_document(path)
        out.extend(doc.text[s:e] for s, e in doc.sentences)
    return out[:limit]


def _glossary_texts(glossary):
    """For every entry, each of its correct and wrong forms in one of six settings in turn: alone,
    inside a sentence, cut by a letter, with an s, in capitals, in brackets (the reference,
    ``Glossary.judge``, compiles a pattern per form per call: every form in all six settings
    would take minutes with the glossary's hundreds of entries)."""
    shapes = ("{}", "The {} said on Monday.", "x{}", "{}s", None, "({})")
    out = []
    for i, entry in enumerate(glossary.entries):
        for j, form in enumerate(entry.correct + entry.variants + entry.forms):
            shape = shapes[(i + j) % len(shapes)]
            out.append(form.upper() if shape is None else shape.format(form))
    return out


_FORM_PATTERNS: dict = {}


def _form_pattern(form):
    """The reference's pattern of one correct form, compiled once per run: the glossary's
    1,400-odd forms are more than ``re``'s own cache keeps, so ``re.search`` compiled each of
    them again for every text."""
    pattern = _FORM_PATTERNS.get(form)
    if pattern is None:
        pattern = _FORM_PATTERNS[form] = re.compile(r"(?<!\w)" + re.escape(normalize(form)) + r"(?!\w)")
    return pattern


def _plain_canonical(glossary, text):
    """The reference: a pattern per correct form, searched in every text."""
    low, _ = squeezed(text)
    return [entry.canonical for entry in glossary.entries
            if any(_form_pattern(f).search(low) for f in entry.correct)]


def _plain_prefer(glossary, a, b):
    canon_a, canon_b = set(_plain_canonical(glossary, a)), set(_plain_canonical(glossary, b))
    wrong_a = [m.entry.canonical for m in glossary.find(a)]
    wrong_b = [m.entry.canonical for m in glossary.find(b)]
    a_good = len(set(wrong_b) & canon_a) - len(wrong_a)
    b_good = len(set(wrong_a) & canon_b) - len(wrong_b)
    return "a" if a_good > b_good else "b" if b_good > a_good else None


def test_canonical_forms_are_those_the_glossary_judges(glossary):
    texts = _corpus_sentences(200) + _glossary_texts(glossary)[::25]
    for text in texts:
        assert glossary.judge(text)["canonical"] == _plain_canonical(glossary, text), text


def test_preferred_side_is_the_glossarys(glossary):
    texts = _corpus_sentences(60) + _glossary_texts(glossary)[::80]
    for a, b in zip(texts, texts[1:] + texts[:1]):
        assert glossary.prefer(a, b) == _plain_prefer(glossary, a, b), (a, b)
    for i, entry in enumerate(glossary.entries):
        wrongs = entry.variants + entry.forms
        if i % 8:
            continue  # every eighth entry: the reference reads the whole glossary per call
        for wrong in wrongs[i % len(wrongs):][:1] if wrongs else ():  # one wrong form per entry, in turn
            a, b = f"The {entry.canonical} met.", f"The {wrong} met."
            assert glossary.prefer(a, b) == _plain_prefer(glossary, a, b)
            assert glossary.prefer(b, a) == _plain_prefer(glossary, b, a)


@pytest.mark.parametrize("texts_a,texts_b", [
    (["ab", "cde"], ["abc", "bcd", "cde"]),     # "ab"+"cde" joined holds "abc": no n-gram crosses texts
    (["", "", "abcdef"], ["", "abcdef"]),
    (["xy"], ["z", "xyz", "xy z"]),
    (["aaaa aaaa", "a"], ["aaaaa", "aaa"]),
])
def test_ngram_matrix_counts_each_text_alone(texts_a, texts_b):
    assert np.array_equal(char_ngram_matrix(texts_a, texts_b), _char_ngram_matrix_dict(texts_a, texts_b, (3, 4, 5)))


def test_ngram_matrix_on_corpus_sentences():
    texts = _corpus_sentences(240)
    a, b = texts[::2], texts[1::2]
    assert np.array_equal(char_ngram_matrix(a, b), _char_ngram_matrix_dict(a, b, (3, 4, 5)))


def test_content_words_memo_gives_the_computed_words():
    text = "It received 4.27 million consumer complaints, up 12.4 percent from the Ministry's 2023 count"
    first = content_words(text)
    assert first == _content_words(text) and content_words(text) is first
    with pytest.raises(AttributeError):
        first.add("x")  # shared between callers: read-only


def test_one_blas_thread_keeps_the_values():
    texts = _corpus_sentences(120)
    a, b = texts[::2], texts[1::2]
    plain = (char_ngram_matrix(a, b), lexical_matrix(a, b))
    with one_blas_thread():
        held = (char_ngram_matrix(a, b), lexical_matrix(a, b))
    assert all(np.array_equal(x, y) for x, y in zip(plain, held))
