"""The ``boilerplate`` type searches only the patterns whose re2 screens may match a
document's short lines (``boilerplate._live_alternation``): the same lines must be flagged as
when every pattern is searched, on the corpora, every rule's examples and random lines made of
the patterns' own words."""
import functools
import glob
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import load_rules
from audit.document import Document
from audit.detectors import boilerplate
from rule_helpers import same_matches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@functools.lru_cache(maxsize=None)
def _rules():
    return [r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.type == "boilerplate"]


@functools.lru_cache(maxsize=None)
def _texts():
    folders = [os.path.join(ROOT, "tests", "corpus", name) for name in ("clean", "heldout", "heldout5", "heldout6",
                                                                       "heldout7", "heldout8", "heldout9")]
    folders += [os.path.join(ROOT, "benchmarks", "data", name) for name in ("clean_large", "clean_stress",
                                                                           "clean_fresh60", "clean_fresh61")]
    paths = [p for folder in folders for p in sorted(glob.glob(os.path.join(folder, "*.txt")))]
    paths += sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in paths]
    for rule in load_rules(os.path.join(ROOT, "rules.yaml")).rules:  # every rule's examples
        for kind in ("flag", "pass"):
            texts.extend(ex.text for ex in rule.examples[kind])
    return texts


def _found(rule, text, whole):
    if whole:
        live = boilerplate._live_alternation
        boilerplate._live_alternation = lambda state, joined: state["re"]
    try:
        return [(h.start, h.end) for h in rule.detect(Document.from_text(text))]
    finally:
        if whole:
            boilerplate._live_alternation = live


@pytest.mark.parametrize("rule_id", [r.id for r in _rules()])
def test_the_live_patterns_flag_the_lines_every_pattern_flags(rule_id):
    rule = next(r for r in _rules() if r.id == rule_id)
    assert same_matches(_texts(), lambda t: _found(rule, t, False), lambda t: _found(rule, t, True)) > 0


def _pieces():
    import re
    words = set()
    for rule in _rules():
        for pattern in rule.params["patterns"]:
            words.update(re.findall(r"[A-Za-z]{2,}", pattern))
    return sorted(words) + [":", "：", "[", "]", "(", ")", "【", "】", "|", "/", "2023-10-08", "10:25", "@", "a@b.cn"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_pieces()), max_size=12).map(" ".join), max_size=6).map("\n".join))
def test_the_same_lines_on_random_lines_of_the_patterns_words(text):
    for rule in _rules():
        assert _found(rule, text, False) == _found(rule, text, True)


def test_patterns_with_back_references_or_inline_flags_are_searched_whole():
    assert boilerplate._WHOLE_ONLY.search(r"(a)\1") and boilerplate._WHOLE_ONLY.search("(?i)x")
    assert not boilerplate._WHOLE_ONLY.search(r"^\s*(?:home)\s*[:：]\d")
