"""``grammar._no_verb_matches`` (missing-verb tried only at the sentence starts before an
anchor) gives exactly the matches of the whole-text scan it replaced, on the project's texts
and on random texts built of the pattern's own pieces."""
import glob
import os
import random

from audit.detectors import grammar
from audit.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _plain(pattern):
    return getattr(pattern, "compiled", pattern)  # the module pattern, unscreened


def _whole_scan(text):
    return [m.span() for m in _plain(grammar._NO_VERB).finditer(text)]


def _anchored(text):
    return [m.span() for m in grammar._no_verb_matches(text)]


def _texts():
    for sub in ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/clean", "benchmarks/data/clean_large"):
        for path in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt"))):
            yield Document.from_text(open(path, encoding="utf-8").read()).text


PIECES = ("The the Its Two Local Last year, In 2019, So far, able unable likely due ready willing investment "
          "length area population 2.4 km long wide 3 billion yuan 12,000 . ! ? \n \" ” ’ said was county plan "
          "road total bridge").split(" ")


def test_the_same_matches_as_the_whole_text_scan_on_the_corpora():
    found = 0
    for text in _texts():
        assert _anchored(text) == _whole_scan(text)
        found += len(_whole_scan(text))
    assert found >= 1  # the corpora hold the shape (WRITE's "The total investment ... yuan" kind)


def test_the_same_matches_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(23)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(3, 40)))
        assert _anchored(text) == _whole_scan(text)
        found += len(_whole_scan(text))
    assert found > 50


def test_the_shapes_it_reads():
    for text, span in (("The total investment 2 billion yuan.", "The total investment"),
                       ("Last year, the county able to sell 3 tonnes.", "Last year, the county able"),
                       ("It rained. The bridge 2.4 kilometres long opens.", "The bridge "),
                       ('"Yes." The firm ready to go.', "The firm ready")):
        got = _anchored(text)
        assert got == _whole_scan(text) and got
        assert text[got[0][0]:].startswith(span)
    assert _anchored("No anchor in this sentence at all.") == []
