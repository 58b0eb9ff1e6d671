"""Windows of pattern rules (``audit/detectors/windows.py``, the rule key ``window``): a rule
searched only in the runs of its ``through`` characters that hold a match of its ``anchor``
must find exactly what a search of the whole text finds, span for span and group for group.
The loader proves that the pattern reads nothing outside such a run (``windows.check``); that
the anchor matches in the run of every match is tested here, on the corpora, every rule's
examples and random text, so that an edit of a pattern or an anchor that breaks it fails."""
import functools
import glob
import os

import pytest
from hypothesis import given, settings

from audit import load_rules
from audit.detectors import pattern, screen, windows
from audit.document import Document
from audit.rules import RuleError
from rule_helpers import joined_texts, one_rule, same_matches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAS_RE2 = screen._re2 is not None


@functools.lru_cache(maxsize=None)
def _catalog():
    return load_rules(os.path.join(ROOT, "rules.yaml"))


@functools.lru_cache(maxsize=None)
def _windowed_rules():
    return {r.id: r for r in _catalog().rules if r.type == "pattern" and r.state["window"] is not None}


IDS = ["mt-noun-stack"]


def test_the_rules_with_windows():
    assert sorted(_windowed_rules()) == sorted(IDS)


@functools.lru_cache(maxsize=None)
def _texts():
    folders = [os.path.join(ROOT, "tests", "corpus", name)
               for name in ("clean", "heldout", "heldout5", "heldout6", "heldout7", "heldout8")]
    folders += [p for p in sorted(glob.glob(os.path.join(ROOT, "benchmarks", "data", "clean_*")))
                if os.path.isdir(p) and os.path.basename(p) != "clean_fresh29"]
    paths = [p for folder in folders for p in sorted(glob.glob(os.path.join(folder, "*.txt")))]
    paths += sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in paths]
    for rule in _catalog().rules:  # every rule's examples: the windowed rules meet their own shapes
        for kind in ("flag", "pass"):
            texts.extend(ex.text for ex in rule.examples[kind])
    return tuple(texts)


def _found(matches, groups):
    return [(m.span(), m.groups(), [m.span(k) for k in range(1, groups + 1)]) for m in matches]


def _whole(rule, text):
    compiled = rule.state["re"].compiled()
    return _found(compiled.finditer(text, timeout=60), compiled.groups)


def _in_windows(rule, text, window=None):
    compiled = rule.state["re"].compiled()
    window = window or rule.state["window"]
    spans = window.spans(Document.from_text(text))
    return _found(windows.finditer(compiled, text, spans, 60), compiled.groups)


@pytest.mark.parametrize("rule_id", IDS)
def test_same_matches_on_the_corpora_and_examples(rule_id):
    rule = _windowed_rules()[rule_id]
    # the examples at least have matches
    assert same_matches(_texts(), lambda text: _in_windows(rule, text), lambda text: _whole(rule, text))


@pytest.mark.parametrize("rule_id", IDS)
def test_the_detector_finds_the_same_with_windows_and_without(rule_id):
    rule = _windowed_rules()[rule_id]
    plain = dict(rule.state, window=None)
    for text in _texts():
        doc = Document.from_text(text)
        assert list(pattern.detect(doc, rule.state)) == list(pattern.detect(doc, plain)), text[:200]


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
@pytest.mark.parametrize("rule_id", IDS)
def test_the_same_windows_with_re2_and_without(rule_id, monkeypatch):
    declared = _windowed_rules()[rule_id].state["window"]
    with_re2 = [declared.spans(Document.from_text(text)) for text in _texts()]
    monkeypatch.setattr(screen, "_re2", None)
    fresh = windows.Windows(declared.anchor, declared.through)
    assert [fresh.spans(Document.from_text(text)) for text in _texts()] == with_re2
    assert fresh.finder()[1] is False


PIECES = [
    # words of a Chinese term stacked in English, and the words that end such a run
    "fuel", "cell", "vehicle", "pilot", "zone", "city", "plan", "demonstration", "application", "management",
    "insurance", "quality", "tourism", "partnership", "storage", "culture", "procedure", "tion", "ab-tion", "x-9tion",
    "anti-corruption", "covid-19", "well-known", "abc-", "abc1", "abcD", "abc_d", "abcé", "rising", "finely",
    "only", "used", "abc-fed", "the", "the-art", "of", "and", "a", "i", "including", "being", "since", "new",
    "firms", "enterprises", "companies", "businesses", "SMEs", "SME", "fine", "unique", "novel", "goods",
    "professional", "specialized", "small", "mess", "Steel", "Zone", "MENT",
    # separators and marks: inside the class, just outside it, beyond ASCII
    " ", " ", " ", ", ", ",", " and ", "-", "\n", ". ", ".", "'s", "’", "“", "\t", "\u00a0", "é", "9", "(", ")",
]
texts = joined_texts(PIECES)


@pytest.mark.parametrize("rule_id", IDS)
@settings(max_examples=500, deadline=None)
@given(text=texts)
def test_same_matches_on_random_text(rule_id, text):
    rule = _windowed_rules()[rule_id]
    assert _in_windows(rule, text) == _whole(rule, text)


def test_a_broken_anchor_is_caught():
    """The comparison above has teeth: without "ure" the anchor misses a stack whose only
    nouns of process are in -ure."""
    rule = _windowed_rules()["mt-noun-stack"]
    text = "They run the rural pension culture procedure pilot review plan."
    declared = rule.state["window"]
    broken = windows.Windows(declared.anchor.replace("|ure)", ")"), declared.through)
    assert _whole(rule, text) and _in_windows(rule, text) == _whole(rule, text)
    assert _in_windows(rule, text, broken) != _whole(rule, text)


# -- what the loader refuses --------------------------------------------------------------

@pytest.mark.parametrize("pattern_text, flags, anchor, through, why", [
    (r"[a-z]+ [a-z]+", 0, "[a-z]", "[a-z]", "reads on after"),         # a space is read, then more
    (r"[a-z]+\.[a-z]", 0, "[a-z]", "[a-z]", "reads on after"),
    (r"[a-z]+", 2, "[a-z]", "[a-z]", "ignorecase"),
    (r"(?i)[a-z]+", 0, "[a-z]", "[a-z]", "ignorecase"),
    (r"[a-z]+(?i:x)", 0, "[a-z]", "[a-z]", "ignorecase"),
    (r"[a-z]+$", 0, "[a-z]", "[a-z]", "end test"),
    (r"[a-z]+\Z", 0, "[a-z]", "[a-z]", "end test"),
    (r"(?<=(?=[a-z ]*x)a)[a-z]", 0, "[a-z]", "[a-z ]", "lookahead inside a lookbehind"),
    (r"[a-z]*", 0, "[a-z]", "[a-z]", "empty"),
    (r"(?=[a-z])", 0, "[a-z]", "[a-z]", "empty"),
    (r"([a-z.])x\1", 0, "x", "[a-z x]", "reads on after"),
    (r"(?<=(.))x\1", 0, "x", "[a-z x]", "back reference"),
    (r"\w+", 0, "[a-z]", "[a-z]", "reads on after"),
    (r"[a-z]+", 0, r"[a-z]\b", "[a-z]", "anchor"),
    (r"[a-z]+", 0, r"(?=a)[a-z]", "[a-z]", "anchor"),
    (r"[a-z]+", 0, r"[a-z]+\.", "[a-z]", "anchor"),
    (r"[a-z]+", 0, r"[a-z]*", "[a-z]", "anchor"),
    (r"[a-z]+", 0, "[a-z]", r"[\w]", "through"),
    (r"[a-z]+", 0, "[a-z]", "[^.]", "through"),
    (r"[a-z]+", 0, "[a-z]", "[a-zé]", "through"),
    (r"[a-z]+", 0, "[a-z]", "a-z", "through"),
    (r"(?:colour){e<=1}", 0, "[a-z]", "[a-z]", "regex module"),
])
def test_the_loader_refuses(pattern_text, flags, anchor, through, why):
    refused = windows.check(pattern_text, flags, anchor, through)
    assert refused is not None and why in refused


@pytest.mark.parametrize("pattern_text, anchor, through", [
    (r"(?<![\w-])[a-z]+(?:-[a-z0-9]+)*(?![\w-])", "[a-z]", "[a-z0-9-]"),
    (r"\b[a-z]+ [a-z]+\b", "[a-z] [a-z]", "[a-z ]"),
    (r"[a-z]+\.", "[a-z]", "[a-z]"),                  # one last character outside the class
    (r"([a-z]+) \1\b", "[a-z]", "[a-z ]"),
    (r"(?m)^[a-z]+(?<!\.x)", "[a-z]", "[a-z]"),
])
def test_the_loader_accepts(pattern_text, anchor, through):
    assert windows.check(pattern_text, 0, anchor, through) is None


@pytest.mark.parametrize("text", ["abc.", "abc. de.", "x abc.\nq", "abc", ".abc.", "ab é cd. ef."])
def test_a_last_character_outside_the_class(text):
    """``[a-z]+\\.`` consumes the first character after its run: the window shows it."""
    import regex

    compiled, window = regex.compile(r"[a-z]+\."), windows.Windows("[a-z]", "[a-z]")
    spans = window.spans(Document.from_text(text))
    assert _found(windows.finditer(compiled, text, spans, 5), 0) == _found(compiled.finditer(text), 0)


def test_a_bad_window_names_the_rule_and_key(tmp_path):
    rule = {"id": "stack", "type": "pattern", "pattern": "[a-z]+ [a-z]+",
            "window": {"anchor": "[a-z]", "through": "[a-z]"}, "message": "m", "category": "terminology",
            "severity": "minor", "description": "d",
            "examples": {"flag": [{"text": "ab cd", "span": "ab cd", "fix": None}], "pass": ["AB"]}}
    with pytest.raises(RuleError, match=r"stack.*window.*reads on after"):
        one_rule(tmp_path, rule)
    rule["window"] = {"anchor": "[a-z]"}
    with pytest.raises(RuleError, match=r"window.*through"):
        one_rule(tmp_path, rule)
    rule["window"] = {"anchor": "[a-z]", "through": "[a-z ]"}
    assert [h.start for h in pattern.detect(Document.from_text("ab cd"), one_rule(tmp_path, rule).rules[0].state)] == [0]


def test_timeout_covers_all_windows():
    import regex

    compiled = regex.compile(r"[a-z]+")
    with pytest.raises(TimeoutError):
        list(windows.finditer(compiled, "ab cd", [(0, 2), (3, 5)], 0.0))
