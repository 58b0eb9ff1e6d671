"""The ``number_units`` and ``capitalization`` patterns that check the character before a match
after its first character (``\\d(?<![\\w.,]\\d)`` for ``(?<![\\w.,])\\d``), so that the regular
expression engine can skip to candidate characters: they must find exactly what the plain
forms below find, span for span and group for group."""
import glob
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.detectors import capitalization, numbers
from rule_helpers import same_matches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PLAIN = {
    (numbers, "_FIGURE"): (
        r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
        r"((?:[ \u00a0-]+(?:(?:ten|hundred|thousand|million|billion)s?\b(?!-(?!(?:ten|hundred|thousand|million|billion)s?\b))"
        r"|(?-i:wan|yi)\b(?!-)))+"
        r"|[ \u00a0]+(?:10,000|10000|10 000|100[ \u00a0]+million|100,000,000)(?![\d,]|\.\d))", re.IGNORECASE),
    (numbers, "_DIGITS"): (r"(?<![\w.,/:#+\-])\d{4,}(?![\w,/:\-]|\.\d)", 0),
    (numbers, "_NAMED_MONTH_DAY"): (r"\b(" + "|".join(numbers._MONTHS) + r")[ \u00a0]+(3[01]|[12]\d|0?[1-9])[ \u00a0]+"
                                    r"(?:day|date)\b(?!-)", 0),
    (numbers, "_NUMERIC_DATE"): (r"(?<![\w.,/-])((?:19|20)\d\d)([./])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])"
                                 r"(?![\w/]|\.\d)", 0),
    (numbers, "_ORDINAL"): (r"(?<![\w.,/-])(\d+)(st|nd|rd|th)\b", 0),
    (capitalization, "_CAPS"): (r"(?<![\w&/.@-])([A-Z]{2,}(?:-[A-Z]{2,})*)(?![\w&/@-]|\.\w)", 0),
    (capitalization, "_TITLE_PAIR"): (r"\b(?=([A-Z][a-z]+)[ \u00a0]+([A-Za-z][a-z]+)\b)", 0),
    (capitalization, "_TITLE_INSIDE"): (r"(?<=[a-z,] )([A-Z][a-z]{3,})(?= ([a-z][a-z'’-]*))", 0),
    (capitalization, "_UNIT_AFTER_FIGURE"): (
        r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:[ \u00a0](?:million|billion|trillion|thousand|hundred))?[ \u00a0]"
        r"(Yuan|Dollars|Euros|Percent|Tons|Tonnes|Kilometers|Kilometres|Meters|Metres)(?=[ \u00a0][a-z]|[,.;:)!?]|$)",
        re.MULTILINE),
}
CASES = [(module, name, re.compile(text, flags)) for (module, name), (text, flags) in PLAIN.items()]
IDS = [name for _, name, _ in CASES]


def _found(pattern, text):
    # a match's span, groups and group spans; for ``_TITLE_PAIR`` its start, not its end: its
    # matches end at the first word instead of being empty, and its detector reads only the rest
    empty = pattern.pattern.startswith(r"\b(?=")
    return [(m.start() if empty or pattern is capitalization._TITLE_PAIR else m.span(), m.groups(),
             [m.span(k) for k in range(1, (pattern.groups or 0) + 1)]) for m in pattern.finditer(text)]


def test_the_fast_forms_keep_the_flags():
    for module, name, plain in CASES:
        assert getattr(module, name).flags == plain.flags, name


PIECES = ["Wen", "ku", "Later", " Ku", "Mr", "X",
          "1", "2", "0", "9", "19", "20", "2023", "12,345", "3.5", "10,000", "10 000", "st", "nd", "th", "rd",
          " ", "\u00a0", "\n", ".", ",", "/", "-", ":", "#", "+", "&", "(", ")", "a", "b", "Z", "AB", "NEW", "CGTN",
          "The", "Digital", "economy", "ten", "thousand", "hundred", "million", "billion", "thousands", " of", "wan", "yi", "Yi", "100 million", "100,000,000",
          "May", "May 10 day", "June", "Mayor", "day", "date", "year", "month", "Yuan", " Yuan ", "Percent",
          "yuan", "x", "_", "\u0663", "é", "'", "’", "\u00bd", "２"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@pytest.mark.parametrize("module, name, plain", CASES, ids=IDS)
@settings(max_examples=400, deadline=None)
@given(text=texts)
def test_same_matches_as_the_plain_form(module, name, plain, text):
    assert _found(getattr(module, name), text) == _found(plain, text)


def _corpus():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")) +
                   glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")) +
                   glob.glob(os.path.join(ROOT, "benchmarks", "data", "clean_*", "*.txt")))
    return [open(p, encoding="utf-8").read() for p in paths]


@pytest.mark.parametrize("module, name, plain", CASES, ids=IDS)
def test_same_matches_on_the_corpora(module, name, plain):
    fast = getattr(module, name)
    found = same_matches(_corpus(), lambda text: _found(fast, text), lambda text: _found(plain, text))
    if name not in ("_NAMED_MONTH_DAY", "_NUMERIC_DATE", "_UNIT_AFTER_FIGURE"):  # MT slips clean text lacks
        assert found
