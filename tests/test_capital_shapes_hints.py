"""``capital_shapes.lower_bodies`` scans every "the" and the lower-case words after it only in a
text that holds "the" and a level word as a whole word (``_LEVEL_AFTER_THE``), and looks for
"people's republic of china" and a law "of the People's Republic of China" only in a text that
holds "epublic" (``_REPUBLIC``; issue 13, speed37b): its findings are those of the scans of
every text, on the project's texts (WRITE, CHECK and clean sets) and on random texts built of
the words and marks the scans read. So too ``capitals_after_the`` ("the Economy grew"): its scan
runs only in a text that holds "the", a capitalised word and a verb (``_THE_CAPITAL_VERB_HINT``)."""
import glob
import os
import random

from audit import load_rules
from audit.detectors import capital_shapes
from audit.document import Document
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout6", "tests/corpus/heldout16",
        "tests/corpus/heldout17", "tests/corpus/clean", "benchmarks/data/clean_large")

PIECES = ("the", "The", "THE", "national", "state", "central", "supreme", "china", "chinese", "all-china", "nationals",
          "statesman", "state-owned", "people's", "people’s", "committee", "commission", "council", "bureau",
          "administration", "court", "ministry", "congress", "of", "for", "and", "on", "said", "film", "weather",
          "security", "health", "law", "republic", "China", "People's", "National", "@the", "/the", "x", "-the",
          "the national development and reform", "the state administration for market regulation",
          "the supreme people's court", "the national bureau of statistics", "the china securities regulatory",
          "the all-china women's federation", "the central military", "the state council", "regulation", "statistics",
          "people's republic of china", "people’s republic of china", "the labor contract law of the",
          "People's Republic of China", "the anti-monopoly law of the", "republic", "Republic")
SEPARATORS = (" ", " ", " ", "\u00a0", ", ", ". ", "\n", "’", "'", "-", "")


class _Always:
    """The check before the scan, answered yes for every text: the scan as it was."""

    @staticmethod
    def search(text):
        return True


def _both(text):
    doc = Document.from_text(text)
    new = list(capital_shapes.lower_bodies(doc, {}))
    kept = capital_shapes._LEVEL_AFTER_THE, capital_shapes._REPUBLIC
    capital_shapes._LEVEL_AFTER_THE, capital_shapes._REPUBLIC = _Always(), ""  # "" is in every text
    try:
        old = list(capital_shapes.lower_bodies(Document.from_text(text), {}))
    finally:
        capital_shapes._LEVEL_AFTER_THE, capital_shapes._REPUBLIC = kept
    return new, old


def test_project_texts_same_findings():
    texts = [open(p, encoding="utf-8").read() for s in SETS for p in sorted(glob.glob(os.path.join(ROOT, s, "*.txt")))]
    assert len(texts) > 150
    found = skipped = 0
    for text in texts:
        new, old = _both(text)
        assert new == old
        found += len(new)
        skipped += capital_shapes._LEVEL_AFTER_THE.search(text) is None
    assert skipped > 50  # texts the check skips compared too


def test_random_texts_same_findings():
    rng = random.Random(3707)
    found = skipped = 0
    for _ in range(6000):
        text = pieced_text(rng, PIECES, SEPARATORS, 0, 40)
        new, old = _both(text)
        assert new == old, text
        found += len(new)
        skipped += capital_shapes._LEVEL_AFTER_THE.search(text) is None
    assert found > 300 and skipped > 500


def test_a_level_word_inside_a_longer_word_is_no_run():
    assert capital_shapes._LEVEL_AFTER_THE.search("the statesman and the nationals") is None
    assert capital_shapes._LEVEL_AFTER_THE.search("the state-owned firm") is None
    assert capital_shapes._LEVEL_AFTER_THE.search("by the\u00a0national film administration") is not None
    text = "The court cited the labor contract law of the people's republic of china."
    assert [text[h.start:h.end] for h in capital_shapes.lower_bodies(Document.from_text(text), {})] == \
        ["people's republic of china", "labor contract law"]
    text = "The national development and reform commission said pork prices would stay stable."
    assert [text[h.start:h.end] for h in capital_shapes.lower_bodies(Document.from_text(text), {})] == \
        ["national development and reform commission"]


AFTER_THE_PIECES = ("the", "The", "Economy", "Harvest", "Budget", "Championship", "economy", "grew", "was", "is",
                    "were", "fell", "rose", "said", "and", "of", "in", "Consumer", "spending", "picked", "up", "(the",
                    "Farmers", "county", "the Economy", "the Harvest", "the Market", "the Weather", "the Atlantic",
                    "x", "Eco", "Economyx", "wasn't", "isolated", "Willow")
AFTER_THE_SEPARATORS = (" ", " ", " ", "\u00a0", ", ", ",", ". ", "\n", "(", "")


def _state():
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    return next(r.state for r in catalog.rules if r.id == "capitalised-noun-after-the")


def _after_the_both(text, state):
    new = list(capital_shapes.capitals_after_the(Document.from_text(text), state))
    kept = capital_shapes._THE_CAPITAL_VERB_HINT
    capital_shapes._THE_CAPITAL_VERB_HINT = _Always()
    try:
        old = list(capital_shapes.capitals_after_the(Document.from_text(text), state))
    finally:
        capital_shapes._THE_CAPITAL_VERB_HINT = kept
    return new, old


def test_capitals_after_the_same_findings():
    state = _state()
    texts = [open(p, encoding="utf-8").read() for s in SETS for p in sorted(glob.glob(os.path.join(ROOT, s, "*.txt")))]
    rng = random.Random(3708)
    texts += [pieced_text(rng, AFTER_THE_PIECES, AFTER_THE_SEPARATORS, 0, 40) for _ in range(6000)]
    found = skipped = 0
    for text in texts:
        new, old = _after_the_both(text, state)
        assert new == old, text
        found += len(new)
        skipped += capital_shapes._THE_CAPITAL_VERB_HINT.search(text) is None
    assert found > 50 and skipped > 1000
    text = "Consumer spending picked up, and the Economy grew 5.2 percent in the first half."
    assert [text[h.start:h.end] for h in capital_shapes.capitals_after_the(Document.from_text(text), state)] == \
        ["Economy"]
