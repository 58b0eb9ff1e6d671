"""The ``regex`` patterns the pattern detector and the prefilter compile for themselves (the
speech and quotation checks, a rule's ``unless_document``/``when_document``, the prefilter's
digit test) come from the stored programs (``detectors.programs``): each must match exactly as
``regex.compile``'s own, and a bad document pattern must still be refused by name."""
import glob
import os

import pytest
import regex

from audit import load_rules
from audit.detectors import ParamError, pattern, prefilter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = load_rules()
MODULE_PATTERNS = [pattern._WORD_BEFORE_QUOTE, pattern._SPEAKER_LABEL, pattern._SPEAKER_LINE,
                   pattern._SPEECH_DOCUMENT, pattern._LABEL_ALONE]


def _document_patterns():
    """Every ``unless_document``/``when_document`` of the catalog's pattern rules, compiled."""
    found = []
    for rule in CATALOG.rules:
        if rule.type == "pattern":
            for key in ("unless", "when"):
                if rule.state[key] is not None:
                    found.append(rule.state[key])
    return found


TEXTS = [open(p, encoding="utf-8").read()
         for p in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:60]]
TEXTS += ["MA SHUHE: We agree.\nQ (Bloomberg): And then?\nA: Yes.\n", "Remarks by the Minister\n\nLadies and Gentlemen,\n",
          "Han Yuelin:\nThe answer.\n", 'planning documents: "innovation first."', "digits \u0663\u0664 and \uff11"]


def _same(got, made):
    assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == \
        (made.pattern, made.flags, made.groups, dict(made.groupindex))
    for text in TEXTS:
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in made.finditer(text)]


@pytest.mark.parametrize("index", range(len(MODULE_PATTERNS)))
def test_module_patterns_match_as_regex_compiles_them(index):
    got = MODULE_PATTERNS[index]
    _same(got, regex.compile(got.pattern))  # compiled with no flags


def test_document_patterns_match_as_regex_compiles_them():
    found = _document_patterns()
    assert found  # the catalog has such rules
    for got in found:
        _same(got, regex.compile(got.pattern))


def test_the_prefilters_digit_test():
    assert prefilter._other_digit("a \u0663 b") and prefilter._other_digit("\uff11")
    assert not prefilter._other_digit("ascii 123") and not prefilter._other_digit("caf\u00e9 12")
    _same(prefilter._OTHER_DIGITS, regex.compile(r"[^\D0-9]"))


def test_a_bad_document_pattern_is_refused_by_name():
    with pytest.raises(ParamError) as info:
        pattern._document_regex({"unless_document": "(unclosed"}, "unless_document")
    assert info.value.key == "unless_document" and "invalid regular expression" in str(info.value)
