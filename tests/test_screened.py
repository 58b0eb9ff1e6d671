"""screen.Screened: a pattern's whole-text scans answered as the pattern answers them, with no
scan where its re2 screen says it cannot match; the modules that screen their patterns."""
import glob
import os
import re

import pytest
import regex

from audit.detectors import grammar, screen

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEXTS = [
    "",
    "The museum will opening next month, officials said.",
    "Each of the villagers have a plot. Farmers which joined the co-op earn more.",
    "Café owners in Zhōngshān said the 5G base stations was built last year.",
    "no capitals here at all\nand a second line",
    "He has went to Beijing yesterday. There is many reasons.",
]


def _corpus():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests/corpus/clean/*.txt")))[:20]
    return TEXTS + [open(p, encoding="utf-8").read() for p in paths]


@pytest.mark.parametrize("source,flags", [
    (r"\b(?:will|can)[ ][a-z]+ing\b", 0),
    (r"(?<![\w'’-])([A-Z][a-z]+)[ ]which\b", 0),
    (r"(?i:there)[ ](is|was)[ ]many\b", 0),
    (r"^no capitals", regex.MULTILINE),
    (r"zh\w+n", regex.IGNORECASE),
])
def test_screened_scans_equal_the_pattern(source, flags):
    compiled = regex.compile(source, flags)
    wrapped = screen.Screened(compiled)
    for text in _corpus():
        assert [m.span() for m in wrapped.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert wrapped.findall(text) == compiled.findall(text)
        assert [m.span() for m in wrapped.finditer(text, 3)] == [m.span() for m in compiled.finditer(text, 3)]
        found = wrapped.search(text)
        assert (found and found.span()) == ((compiled.search(text) or None) and compiled.search(text).span())


def test_screened_returns_nothing_without_scanning_where_the_screen_says_no():
    class Counting:
        pattern, flags, groups, groupindex = r"\bzebra\b", 0, 0, {}
        search = fullmatch = sub = subn = split = None
        calls = 0

        def finditer(self, text, *args, **kwargs):
            Counting.calls += 1
            return iter(())

        def match(self, text, *args, **kwargs):  # a short text is scanned where matches may start
            Counting.calls += 1
            return None

        def findall(self, text, *args, **kwargs):
            Counting.calls += 1
            return []

    wrapped = screen.Screened(Counting())
    if screen.compiled(r"\bzebra\b") is None:
        pytest.skip("no re2 here: every scan runs")
    assert list(wrapped.finditer("a horse and a donkey")) == [] and wrapped.findall("a horse") == []
    assert Counting.calls == 0
    list(wrapped.finditer("a zebra"))
    assert Counting.calls >= 1  # where the screen says yes, the pattern is asked


def test_a_pattern_without_screen_scans_every_text():
    compiled = regex.compile(r"(?<=\d{1,3})x")  # a variable-width look-behind: no wider form here
    wrapped = screen.Screened(compiled)
    assert [m.span() for m in wrapped.finditer("12x 3x")] == [m.span() for m in compiled.finditer("12x 3x")]


def test_grammar_patterns_are_screened_and_keep_their_source():
    screened = [v for v in vars(grammar).values() if isinstance(v, screen.Screened)]
    assert len(screened) > 20
    assert not any(isinstance(v, regex.Pattern) for k, v in vars(grammar).items() if k.isupper() or k.startswith("_") and k[1:2].isupper())
    for v in screened:
        # a ``regex`` pattern, or an ``re`` one of literal alternatives (the anchors of grammar._anchored_matches)
        assert isinstance(v.compiled, (regex.Pattern, re.Pattern)) and v.pattern == v.compiled.pattern


def test_screen_text_is_kept_per_text_object():
    text = "Zhōngshān " * 3
    first = screen._screen_text_of(text)
    assert first == screen.screen_text(text) and screen._screen_text_of(text) is first
    other = "".join(["Zhōngshān "] * 3)  # equal, another object: worked out for it
    assert screen._screen_text_of(other) == first
