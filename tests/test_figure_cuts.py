"""The number family's cuts of issue 13 (speed36a) give what the plain readings gave:

- ``figures_common.states_tenfold`` answers ``pattern.search(text)`` for both ``tenfold``
  patterns without a search where the case-folded text holds neither "fold" nor " times";
- ``numbers._MYRIAD``, ``numbers._RANGE_LOST_SCALE`` and ``arithmetic._SCALE_FIGURE`` open on
  their first digit (a character set ``re`` skips to) instead of a look-ahead tried at every
  position (``numbers._MYRIAD`` was in tests/test_first_characters.py as such): the same
  matches and groups as the patterns they replace; ``arithmetic._PART_WORD`` opens on the
  letters of its three words, the word boundary tested after them;
- ``figure_agreement._age_hits`` asks whether a story speaks of a family only where a surname
  stands alone with an age (a pure search, now lazy: no test of its own beyond the rules').

Compared on the project's texts and on random texts built of the pieces the patterns turn on.
"""
import glob
import os
import random
import re

import pytest

from audit.detectors import arithmetic, figure_links, figures_common, numbers
from audit.detectors.figures_common import states_tenfold, tenfold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout9", "tests/corpus/clean",
           "benchmarks/data/clean_large", "benchmarks/data/clean_stress")


def _texts():
    return [open(p, encoding="utf-8").read() for sub in FOLDERS for p in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt")))]


TENFOLD_PIECES = ("ten", "Ten", "TEN", "10", "hundred", "100", "thousand", "Thousand", "fold", "-fold", "Fold", "FOLD",
                  " times", " Times", " TIMES", "tenfold", "Hundredfold", "thousandfold", "\u0130", "\u0131",
                  "t\u0131mes", "T\u0130MES", "\u017fold", "x", " ", "-", ".", "\n", "a", "8")


def _pieced(rng, pieces, n):
    return "".join(rng.choice(pieces) for _ in range(n))


@pytest.mark.parametrize("pattern", [tenfold(thousand=False), tenfold(thousand=True)])
def test_states_tenfold_is_the_search(pattern):
    texts = _texts()
    rng = random.Random(36)
    texts += [_pieced(rng, TENFOLD_PIECES, rng.randint(1, 12)) for _ in range(20000)]
    texts += ["ten times", "TEN TIMES", "a T\u0130MES", "ten t\u0131mes", "ten \u017fold", "hundredfold", "10-fold",
              "100fold", "thousand times", "no such words"]
    found = 0
    for text in texts:
        plain = pattern.search(text) is not None
        assert states_tenfold(pattern, text) is plain, text
        found += plain
    assert found > 50  # both answers are met


def test_case_folding_agrees_with_ignorecase_on_the_looked_up_letters():
    # what ``states_tenfold`` rests on: a character ``re.IGNORECASE`` matches to a letter of
    # "fold" or " times" case-folds to that letter, or is one of prefilter's fold traps
    letters = set("fold times")
    anyof = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    matched = [chr(cp) for cp in range(0x110000) if anyof.fullmatch(chr(cp))]
    assert len(matched) > 2 * len(letters)  # the capitals too
    for c in matched:
        assert c.casefold() in letters or c in figures_common._FOLD_TRAPS_TEXT, hex(ord(c))


def test_tenfold_patterns_are_the_modules():
    # the helper is asked with the modules' own patterns
    assert arithmetic._TENFOLD.pattern == tenfold(thousand=False).pattern
    assert figure_links._TENFOLD.pattern == tenfold(thousand=True).pattern


# The patterns as they were: a look-ahead for the first digit, then the look-behind.
_MYRIAD_PLAIN = re.compile(r"(?=\d)(?<![\w.,])\d{1,4}(?:,\d{4})+(?<=00)(?=[ \u00a0]+[A-Za-z%$])"
                           r"(?![ \u00a0]+(?:in|on|at|to|per|by|for|from|with|of|as|and|or|is|was|are|were|the|a|an)\b)")
_RANGE_PLAIN = re.compile(
    r"(?=\d)(?<![\w.,:/$¥€£#-])(?P<a>\d{1,2}(?:\.\d{1,2})?)[ \u00a0]?(?P<mark>to|-|–|and)[ \u00a0]?"
    r"(?P<b>\d{1,3}(?:,\d{3})+)(?![\d,]|\.\d)(?![ \u00a0]?(?:percent|per[ \u00a0]cent|%|million|billion|thousand))")

_SCALE_PLAIN = re.compile(arithmetic._SCALE_FIGURE.pattern.replace(
    r"(?P<n>\d(?<![\d,.$¥€£/:-]\d)(?:\d{0,2}(?:,\d{3})+|\d*))",
    r"(?=\d)(?<![\d,.$¥€£/:-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)"), arithmetic._SCALE_FIGURE.flags)

_PART_WORD_PLAIN = re.compile(r"(?=[iIaAfF])\b(?:in|at|from)[ \u00a0]")

DIGIT_PIECES = ("1", "2", "0", "00", "0000", "5", "12", "1.5", ",", ",0000", ",000", ",2000", ",500", " ", "\u00a0", "-", "–",
                " to ", " and ", "to", "and", "yuan", " yuan", " in", " people", "$", "%", ".", ":", "/", "#", "a", "x",
                "\u0663", "\uff11", "_", "percent", " million", " thousand", " ten thousand", " kilometers", " pupils", " million tonnes", "\n")
WORD_PIECES = ("in", "at", "from", "In", "At", "From", "fin", "\u00e9", "_", "9", "x", " ", "\u00a0", ",", "\n", "-", "infrom")


def _spans(pattern, text):
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("new, plain, pieces", [(numbers._MYRIAD, _MYRIAD_PLAIN, DIGIT_PIECES),
                                                (numbers._RANGE_LOST_SCALE, _RANGE_PLAIN, DIGIT_PIECES),
                                                (arithmetic._SCALE_FIGURE, _SCALE_PLAIN, DIGIT_PIECES),
                                                (arithmetic._PART_WORD, _PART_WORD_PLAIN, WORD_PIECES)])
def test_first_character_patterns_match_as_before(new, plain, pieces):
    texts = _texts()
    rng = random.Random(13)
    texts += [_pieced(rng, pieces, rng.randint(1, 14)) for _ in range(30000)]
    assert new.pattern != plain.pattern
    found = 0
    for text in texts:
        expected = _spans(plain, text)
        assert _spans(new, text) == expected, text
        found += len(expected)
        for start in range(0, len(text), 97):  # from inside the text: the look-behind reads before it
            assert [m.span() for m in new.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
    assert found > 10  # matches are met (the random texts make most of them)
