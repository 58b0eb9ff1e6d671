"""Catalog patterns rewritten for speed must find exactly what their plain forms found, span
for span and group for group. The plain forms are kept in ``tests/data/pattern_plain_forms.yaml``
(the rules' patterns before the rewrite); each rewrite is an equivalent form the ``regex``
module runs faster: a stop-word list grouped by first letter, words taken atomically where
only a whole word can be followed by what comes next, a run of words walked once
(possessively) instead of by lazy repeats that retry every split, and a test of the whole line
before the match moved to the match's end, where only candidates that match otherwise pay for
it (the text between holds no character that test reads)."""
import functools
import glob
import os
import re

import pytest
import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import load_rules
from audit.detectors import consistency, cut_names, literal, pronoun_gender
from rule_helpers import joined_texts, same_matches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAIN = yaml.safe_load(open(os.path.join(ROOT, "tests", "data", "pattern_plain_forms.yaml"), encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def _rules():
    # loaded when a test first needs it, not while tests are collected (every catalog loaded
    # registers its prefilters, a table other test modules read)
    return {rule.id: rule for rule in load_rules(os.path.join(ROOT, "rules.yaml")).rules}


IDS = sorted(PLAIN)


@functools.lru_cache(maxsize=None)
def _compiled(rule_id):
    """The rule's pattern as the catalog has it, and its plain form, with the rule's flags."""
    fast = _rules()[rule_id].state["re"]
    return regex.compile(fast.pattern_text, fast.flags), regex.compile(PLAIN[rule_id], fast.flags)


def _found(pattern, text):
    return [(m.span(), m.groups(), [m.span(k) for k in range(1, pattern.groups + 1)])
            for m in pattern.finditer(text, timeout=60)]


def test_every_plain_form_belongs_to_a_pattern_rule_that_changed():
    rules = _rules()
    for rule_id in IDS:
        assert rule_id in rules and rules[rule_id].type == "pattern", rule_id
        assert rules[rule_id].state["re"].pattern_text != PLAIN[rule_id], f"{rule_id}: no rewrite to check"


def _texts():
    folders = [os.path.join(ROOT, "tests", "corpus", name) for name in ("clean", "heldout", "heldout5", "heldout6", "heldout7")]
    folders += [os.path.join(ROOT, "benchmarks", "data", name) for name in ("clean_large", "clean_stress")]
    paths = [p for folder in folders for p in sorted(glob.glob(os.path.join(folder, "*.txt")))]
    paths += sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in paths]
    for rule in _rules().values():  # every rule's examples, so that the rewritten rules meet their shapes
        for kind in ("flag", "pass"):
            texts.extend(ex.text for ex in rule.examples[kind])
    return texts


@pytest.mark.parametrize("rule_id", IDS)
def test_same_matches_on_the_corpora_and_examples(rule_id):
    fast, plain = _compiled(rule_id)
    # the examples at least have matches
    assert same_matches(_texts(), lambda text: _found(fast, text), lambda text: _found(plain, text))


PIECES = [
    # words of a Chinese term stacked in English, and the words that end such a run
    "fuel", "cell", "vehicle", "pilot", "zone", "city", "plan", "demonstration", "application", "management",
    "insurance", "quality", "tourism", "partnership", "storage", "culture", "tion", "ab-tion", "x-9tion",
    "anti-corruption", "covid-19", "well-known", "abc-", "abc1", "abcD", "abc_d", "abcé", "rising", "finely",
    "only", "used", "abc-fed", "the", "the-art", "of", "and", "a", "i", "including", "being", "since", "new",
    "being-x", "firms", "enterprises", "companies", "businesses", "SMEs", "fine", "unique", "novel", "goods",
    # statements without a subject, and what may stand before them
    "Will", "Has", "Have", "Is", "Were", "May", "Should", "Can", "Expects to", "Refers to", "Consists of",
    "further", "strengthen", "supervision", "been", "completed", "expected", "being", "push", "it",
    "percent", "said", "food safety", "Mr Li", "1.", "a)", "Found that", "Spent", "20,000", "yuan", "Was very",
    "difficult to", "Has a total of", "Covers an area of", "Ranks first", "Accounts for", "Hopes the", "inconvenient",
    # parallel frames of slogans
    "one", "One", "household", "field", "year", "better", "than", "high", "quality", "low", "by", "with", "competition",
    "consumption", "promote", "promotes", "has", "returned", "to", "the", "river", "fish", "lake", "birds",
    "a breathing", "resting", "golden", "four", "minutes", "ticket", "is", "hard", "to", "find", "used", "as", "two",
    "days", "belt", "road", "when", "while", "becoming", "become", "people", "money", "flow",
    # slogan shapes: frames chained on a noun, a group's affairs, modal frames, a verb frame said twice
    "in", "amid", "within", "through", "steady", "progress", "stability", "residents", "residents'", "resident’s",
    "Residents’", "affairs", "matters", "own", "discussed", "handled", "dealt with", "are", "dare", "dares",
    "lend", "can", "cannot", "not", "will", "willing", "transform", "storing", "water", "soil", "forests", "grain",
    "also", "whoever", "protects", "pays", "benefits", "small", "matters", "do not", "leave", "village", "rather",
    "ten", "once", "second", "let", "be", "at ease", "happy", "into", "squares", "shed", "sweat", "tears", "three",
    "points", "seven", "network", "manages", "all", "place", "everywhere", "increase", "decrease", "among",
    # separators and marks
    " ", " ", " ", ", ", ",", " and ", "-", "\n", ". ", ".", "? ", "'s", "“", "”", '"', "‘", "’", "\t",
]
texts = joined_texts(PIECES)


@pytest.mark.parametrize("rule_id", IDS)
@settings(max_examples=400, deadline=None)
@given(text=texts)
def test_same_matches_on_random_text(rule_id, text):
    fast, plain = _compiled(rule_id)
    assert _found(fast, text) == _found(plain, text)


# Patterns of detector modules (stdlib ``re``), in their plain forms: (module, name) -> (pattern, flags).
PLAIN_IN_MODULES = {
    (cut_names, "_RUN"): (r"(?<![\w'’-])(?:the|The)[ \u00a0]+([A-Z][\w'’-]*(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w'’-]*)*)"
                          r"(?=([ \u00a0]+[a-z][\w'’-]*|[,.;:]))", 0),
    (consistency, "_NAME"): (r"\b[A-Z][\w'’-]*(?:(?:[ \u00a0]+(?:of|and|for|the|on|in|&)){0,2}[ \u00a0]+[A-Z][\w'’-]*)+", 0),
    (pronoun_gender, "_PRENOUN"): (rf"\b(?P<noun>(?i:{pronoun_gender._NOUN_ALT}))(?:-of-[a-z]+)?[ ](?P<name>{pronoun_gender._NAME})", 0),
    (literal, "_SERIES"): (r"(?<![\w'-])(?:[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){1,3}, ){1,3}"
                           r"(?:and )?[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){1,3}(?![\w'-])", 0),
}
MODULE_CASES = [(module, name, re.compile(text, flags)) for (module, name), (text, flags) in PLAIN_IN_MODULES.items()]
MODULE_IDS = [name for _, name, _ in MODULE_CASES]
MODULE_PIECES = ["the", "The", "THE", "xthe", "-the", "’the", "'the", ".the", "(the", " ", "\u00a0", "Hunan", "Public",
                 "Security", "and", "said", "warned", ",", ".", ";", "a", "Z", "é", "_", "-", "’", "\n", "bathe", "Others",
                 "mother", "MOTHER", "Mother", "grandmother", "grandma", "son", "ſon", "Son", "sister", "-of-two", "-of-", "Wang",
                 "Fang", "Li", "Hua", "businessman", "boy", "boyfriend", "girl", "man", "woman", "K", "king",
                 "'", ", ", "and ", "people supreme", "x-y", "9"]
module_texts = st.lists(st.sampled_from(MODULE_PIECES), max_size=40).map("".join)


def _module_found(pattern, text):
    return [(m.span(), m.groups(), [m.span(k) for k in range(1, pattern.groups + 1)]) for m in pattern.finditer(text)]


@pytest.mark.parametrize("module, name, plain", MODULE_CASES, ids=MODULE_IDS)
def test_module_patterns_keep_their_flags(module, name, plain):
    assert getattr(module, name).flags == plain.flags


@pytest.mark.parametrize("module, name, plain", MODULE_CASES, ids=MODULE_IDS)
@settings(max_examples=400, deadline=None)
@given(text=module_texts)
def test_module_patterns_on_random_text(module, name, plain, text):
    assert _module_found(getattr(module, name), text) == _module_found(plain, text)


@pytest.mark.parametrize("module, name, plain", MODULE_CASES, ids=MODULE_IDS)
def test_module_patterns_on_the_corpora(module, name, plain):
    fast = getattr(module, name)
    assert same_matches(_texts(), lambda text: _module_found(fast, text), lambda text: _module_found(plain, text))
