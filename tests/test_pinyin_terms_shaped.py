"""``pinyin_term`` works out whether a word is shaped like pinyin once per distinct word of a run
(``pinyin_terms._shaped``), no longer once per document: the same words as the per-document
form on random texts of pinyin, English and names, alone and after one another, and on the
WRITE sets and clean news."""
import glob
import os
import random

from audit.detectors import pinyin_terms
from audit.detectors.pinyin_terms import _CANDIDATE, _readings, candidate
from audit.document import Document
from audit.engine import check_document
from rule_helpers import bundled_rule, one_rule, pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PIECES = ("nongjiale minsu shequ wanghong neijuan dibao hukou gaokao shaman village farmers the "
          "Nongjiale MINSU quanzhou zhongguo xiaokang fenqing tang ping shi jiating liudong renkou "
          "tangping baozi jiaozi mahjong kowtow").split()
SEPARATORS = [" ", " ", ", ", ". ", "-", "'s ", " (", ") ", "\n", ": "]


def _plain_words(text, state):
    """The form the shortcut is held to: the shaped words of one document, worked out afresh."""
    shaped = {}
    for m in _CANDIDATE.finditer(text):
        word = m.group(1)
        if word not in shaped:
            shaped[word] = (word not in state["known"] and candidate(word, state["max_zipf"])
                            and _readings().get(word) is not None)
    return {w for w, ok in shaped.items() if ok}


def test_the_words_shaped_like_pinyin_are_those_of_the_per_document_form(tmp_path):
    rule = one_rule(tmp_path, bundled_rule("mt-pinyin-term")).rules[0]
    state = rule.state
    rng = random.Random(33)
    texts = [pieced_text(rng, PIECES, SEPARATORS, 0, 30) for _ in range(800)]
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:40]
    for folder in ["heldout"] + [f"heldout{n}" for n in range(5, 16)]:
        paths += sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", folder, "*.txt")))
    texts += [open(p, encoding="utf-8").read() for p in paths]
    shaped = pinyin_terms._shaped(state["max_zipf"], state["known"])
    seen = 0
    for text in texts:
        expected = _plain_words(text, state)
        assert set(filter(shaped.__getitem__, set(_CANDIDATE.findall(text)))) == expected, text
        seen += len(expected)
    assert seen > 300, seen
    # and the findings: a second pass over the same texts (every answer remembered) finds the same
    first = [[(f.start, f.end) for f in check_document(Document.from_text(t), [rule]).findings] for t in texts]
    again = [[(f.start, f.end) for f in check_document(Document.from_text(t), [rule]).findings] for t in texts]
    assert first == again and sum(map(len, first)) > 20, sum(map(len, first))
