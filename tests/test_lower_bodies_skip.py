"""``capital_shapes.lower_bodies`` scans every "the" and the lower-case words after it only in a
text that holds "the" and a level word as a whole word (``_LEVEL_AFTER_THE``), and looks for
"people's republic of china" and a law "of the People's Republic of China" only in a text that
holds "epublic" (``_REPUBLIC``; issue 13, speed37b): its findings are those of the scans of
every text, on the project's texts (WRITE, CHECK and clean sets) and on random texts built of
the words and marks the scans read."""
import glob
import os
import random

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
