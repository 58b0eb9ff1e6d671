"""``literal._halves_entries`` (a pair of clauses is read for an idiom's two halves only when some
four-character entry uses three of its stems and a stem on each side of the comma) turns away
only pairs in which ``_halves_matches`` finds nothing: the rule's findings are those of reading
every pair that passes the screens, on the project's texts."""
import glob
import os

import pytest

from audit import load_rules
from audit.detectors import literal
from audit.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout9", "tests/corpus/heldout12",
           "tests/corpus/clean", "benchmarks/data/clean_large")


@pytest.fixture(scope="module")
def rule():
    return next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering")


def _findings(rule, text):
    return [(h.start, h.end, h.suggestion) for h in rule.detect(Document.from_text(text))]


def test_the_same_findings_as_reading_every_pair(rule, monkeypatch):
    # ``_halves_entries`` (no entry: 0) turns pairs away, and limits the
    # first reading of a pair it keeps to its entries; -1 (every entry) reads every pair whole
    screened = {"kept": 0, "turned": 0}
    real = literal._halves_entries

    def counting(*args):
        answer = real(*args)
        screened["kept" if answer else "turned"] += 1
        return answer

    texts = [open(p, encoding="utf-8").read() for sub in FOLDERS for p in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt")))]
    assert len(texts) > 100
    for text in texts:
        monkeypatch.setattr(literal, "_halves_entries", counting)
        screened_findings = _findings(rule, text)
        monkeypatch.setattr(literal, "_halves_entries", lambda *args: -1)
        assert screened_findings == _findings(rule, text)
    assert screened["turned"] > 100 and screened["kept"] > 0


def test_a_pair_of_halves_passes_and_a_pair_of_common_words_does_not():
    index = literal.load_index()
    state = next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.type == "literal").state
    text = "When the rabbits die, the hounds are cooked."
    clauses = Document(text).analysis.clauses
    toks = literal._TOKEN.findall(text, clauses[0][0], clauses[1][1])
    left = len(literal._TOKEN.findall(text, clauses[0][0], clauses[0][1]))
    assert literal._halves_entries(toks, left, index)
    (s, e, entry), = literal._halves_matches(text, state, index, clauses, [])
    assert (text[s:e], entry.simplified) == ("rabbits die, the hounds are cooked", "兔死狗烹")
    # the same words all on one side of the comma: no four-character entry spans it
    assert not literal._halves_entries(toks, len(toks), index)
    text = "The committee met on Monday, the report said on Tuesday."
    clauses = Document(text).analysis.clauses
    toks = literal._TOKEN.findall(text, clauses[0][0], clauses[1][1])
    assert not literal._halves_entries(toks, len(literal._TOKEN.findall(text, clauses[0][0], clauses[0][1])), index)
