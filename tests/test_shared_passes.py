"""Work shared between rules or done in pieces gives what the plain way gives: the term-list
rules' matches from the one shared automaton pass (``phrase._SHARED``) against each rule's own
automaton, and the JSON report made in pieces against ``json.dumps`` of the whole."""
import glob
import json
import os
import random

import pytest

from audit import load_rules
from audit.detectors import phrase
from audit.document import Document
from audit.engine import check_document
from audit.report import build_report
from audit.reporters import json_reporter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = load_rules()
PHRASE_RULES = [r for r in CATALOG.rules if r.type == "phrase"]


def _texts():
    paths = sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:20]
    texts = [open(p, encoding="utf-8").read() for p in paths]
    for rule in PHRASE_RULES:  # every example, joined: many terms in one text
        texts.append(" ".join(ex.text for kind in ("flag", "pass") for ex in rule.examples[kind]))
    return texts


def _own(doc, state):
    """``phrase.detect`` with the rule's own automaton only."""
    shared = phrase._SHARED
    saved = shared.states, shared.built
    shared.states, shared.built = {}, {}
    try:
        return list(phrase.detect(doc, state))
    finally:
        shared.states, shared.built = saved


def test_phrase_rules_find_the_same_with_the_shared_pass(monkeypatch):
    assert PHRASE_RULES
    # A registry of the catalog's rules alone: tests before this one prepare rules by the
    # hundred, and the oldest leave the shared automaton.
    monkeypatch.setattr(phrase, "_SHARED", phrase._Shared())
    for rule in PHRASE_RULES:
        phrase._SHARED.add(rule.state)
    found = 0
    for text in _texts():
        for rule in PHRASE_RULES:
            doc = Document.from_text(text)
            shared = list(phrase.detect(doc, rule.state))
            assert phrase._SHARED.built.get(id(rule.state)) is rule.state  # the shared pass ran
            assert shared == _own(Document.from_text(text), rule.state), rule.id
            found += len(shared)
    assert found > 20


def test_a_rule_prepared_later_is_searched_by_its_own_automaton_then_joins(monkeypatch):
    monkeypatch.setattr(phrase, "_SHARED", phrase._Shared())
    for rule in PHRASE_RULES:
        phrase._SHARED.add(rule.state)
    assert list(phrase.detect(Document.from_text("text"), PHRASE_RULES[0].state)) == []  # builds it
    doc_text = "The Belt and Road Initiative and the foo bar baz were discussed."
    state = phrase.prepare({"terms": [{"phrase": "foo bar baz", "suggestion": "x"}], "skip_quoted": False})
    hits = list(phrase.detect(Document.from_text(doc_text), state))
    assert [doc_text[h.start:h.end] for h in hits] == ["foo bar baz"]
    for _ in range(len(phrase._SHARED.built) + 1):  # enough waiting rules: the automaton is made again
        phrase.prepare({"terms": [{"phrase": "qux quux", "suggestion": None}], "skip_quoted": False})
    hits = list(phrase.detect(Document.from_text(doc_text), state))
    assert phrase._SHARED.built.get(id(state)) is state
    assert [doc_text[h.start:h.end] for h in hits] == ["foo bar baz"]


def _random_value(rnd, depth=0):
    k = rnd.random()
    if depth > 3 or k < 0.3:
        return rnd.choice([1, -2.5, "a\u2028b\n", None, True, "", "中文 “quoted”", 1e100, float("nan")])
    if k < 0.6:
        return [_random_value(rnd, depth + 1) for _ in range(rnd.randint(0, 3))]
    return {rnd.choice(["a", "b", "ü", "\n", "documents"]) + str(i): _random_value(rnd, depth + 1)
            for i in range(rnd.randint(0, 3))}


@pytest.mark.parametrize("seed", range(5))
def test_json_in_pieces_is_json_dumps(seed):
    rnd = random.Random(seed)
    for _ in range(400):
        value = _random_value(rnd)
        assert json_reporter.render(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    for value in ({}, [], {"a": []}, {"a": [[]], "b": {}}, {1: [2]}, "s", 3, None):
        assert json_reporter.render(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_json_report_in_pieces_is_json_dumps():
    docs = [Document.from_text(text, f"d{i}.txt") for i, text in enumerate(_texts()[:8])]
    report = build_report([check_document(doc, CATALOG) for doc in docs], CATALOG)
    assert any(d["findings"] for d in report["documents"])
    assert json_reporter.render(report) == json.dumps(report, ensure_ascii=False, indent=2) + "\n"
