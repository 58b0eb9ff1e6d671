"""A screen's search (``screen.leftmost``) calls re2's own ``Match`` instead of the wrapper's
``search`` (issue 13, speed37b): the span it gives is the wrapper's, for the screens of every
pattern rule of the catalog (the re2 screen and its form from the start), from several
positions, on the project's texts and on random texts built of the words the catalog's rules
look for; ``first_start``, ``Screened.may_match`` and ``local_finditer`` give what they gave
with the wrapper's ``search``; a screen without re2's own object (another layout of the
package) still answers, through ``search``."""
import glob
import os
import random

import pytest

from audit import load_rules
from audit.detectors import screen
from audit.detectors.pattern import _may_start_late
from audit.document import Document
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

pytestmark = pytest.mark.skipif(screen._re2 is None, reason="google-re2 is not installed")


def _texts():
    for sub in ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/clean", "benchmarks/data/clean_large"):
        for path in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt"))):
            yield Document.from_text(open(path, encoding="utf-8").read()).text


PIECES = ("the", "The", "of", "State", "Council", "said", "percent", "per cent", "billion", "yuan", "10", "3.5",
          "Ministry", "Commission", "development", "high-quality", "réform", "Beijing", "“quoted”", "it’s", "a", "an",
          "cadres", "masses", "let", "them", "more", "than", "doubled", "times", "rose", "fell", "Xi", "Jinping")
SEPARATORS = (" ", " ", " ", ", ", ". ", ".\n", "\n\n", "\u00a0", "-", "")


def _random_texts(n):
    rng = random.Random(37)
    return [pieced_text(rng, PIECES, SEPARATORS, 0, 60) for _ in range(n)]


def _screens():
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    seen = set()
    for rule in catalog.rules:
        pattern = rule.state.get("re") if isinstance(rule.state, dict) else None
        text = getattr(pattern, "pattern_text", None)
        if text is None or (text, pattern.flags) in seen:
            continue
        seen.add((text, pattern.flags))
        for compiled in (screen.compiled(text, pattern.flags), screen.compiled_from_start(text, pattern.flags)):
            if compiled is not None:
                yield compiled


def _wrapper_span(compiled, data, pos):
    m = compiled.search(data, pos)
    return None if m is None else m.span()


def test_leftmost_is_the_wrappers_search():
    screens = list(_screens())
    assert len(screens) > 300  # the catalog's pattern rules, nearly all with both forms
    datas = [screen.screen_text(t) for t in [*_texts(), *_random_texts(300)]]
    assert len(datas) > 400
    checked = found = 0
    for data in datas:
        n = len(data)
        for pos in sorted({0, n // 3, n // 2, max(0, n - 5), n}):
            for compiled in screens:
                got = screen.leftmost(compiled, data, pos)
                assert got == _wrapper_span(compiled, data, pos), (compiled.pattern, pos)
                checked += 1
                found += got is not None
    assert found > 1000 and checked - found > 1000  # matches and misses both compared


class _WrapperOnly:
    """A compiled screen as another layout of the package might give it: ``search`` only."""

    def __init__(self, compiled):
        self.compiled = compiled

    def search(self, data, pos=0):
        return self.compiled.search(data, pos)


def test_leftmost_without_res_own_object():
    compiled = screen.re2_compiled(r"said(?: [a-z]+)?")
    data = screen.screen_text("He said nothing; she said so.")
    for pos in range(len(data) + 1):
        assert screen.leftmost(_WrapperOnly(compiled), data, pos) == screen.leftmost(compiled, data, pos) \
            == _wrapper_span(compiled, data, pos)
    assert screen.leftmost(compiled, data, 0) == (3, 15)
    assert screen.leftmost(compiled, data, 25) is None


def _first_start_with_wrapper(doc, pattern, flags):
    compiled = screen.compiled(pattern, flags)
    if compiled is None:
        return 0
    m = compiled.search(screen.screen_text(doc.text))
    return None if m is None else m.start()


def test_first_start_and_local_finditer_as_before():
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    rules = [r.state["re"] for r in catalog.rules
             if isinstance(r.state, dict) and getattr(r.state.get("re"), "pattern_text", None) is not None]
    texts = [*list(_texts())[:60], *_random_texts(60)]
    compared = 0
    for text in texts:
        doc = Document.from_text(text)
        data = screen.screen_text(doc.text)
        for pattern in rules:
            start = screen.first_start(doc, pattern.pattern_text, pattern.flags)
            assert start == _first_start_with_wrapper(doc, pattern.pattern_text, pattern.flags)
            starts = screen.compiled_from_start(pattern.pattern_text, pattern.flags)
            if start is None or starts is None or not _may_start_late(pattern):
                continue
            got = [m.span() for m in screen.local_finditer(pattern.compiled(), starts, doc.text, data, start, 60)]
            assert got == [m.span() for m in pattern.compiled().finditer(doc.text, start, timeout=60)]
            compared += 1
    assert compared > 500
