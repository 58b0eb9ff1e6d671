"""The capitalization modes' shared reading of a document (issue 13, speed36b): the document's
runs of letters, listed once in ``doc.cache`` (``capital_names.letter_runs``), let a mode rule a
document out before its scan (``lower_phrases``, ``titles_before_names``, ``_lower_name``).

- a mode alone on a fresh document and every mode in turn on one document (its cache shared,
  in the catalog's order and reversed) give the same hits;
- the tests that rule a document out never rule out one where the scan finds a match: each
  match of the phrase and title patterns, and each word ``_lower_name`` would read, is made
  of the document's runs of letters (random texts of the patterns' own pieces).
"""
import glob
import os
import random

import pytest

from audit.detectors import DETECTORS, capital_names, capitalization
from audit.cedict import chinese_places
from audit.detectors.official_names import PLACES
from audit.document import Document
from audit.rules import load_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = load_rules(os.path.join(ROOT, "rules.yaml"))
RULES = [r for r in CATALOG.rules if r.type == "capitalization"]
STATES = {r.state["mode"]: r.state for r in RULES}
DETECT = DETECTORS["capitalization"].detect

TEXTS = [
    "Officials said the great wall drew visitors, and premier Li Qiang met farmers in yizhou on tuesday.\n",
    "Yizhou District opened a park. Farmers in yizhou said the china-myanmar border was busy.",
    "The firm will install Air Source Heat Pumps in four villages; heat pumps cut bills, said president Xi Jinping.",
    "a speech by president Xi Jinping at the great hall of the people. The Belt and Road Initiative grew.",
    "Exports to china rose 5%. THE FACTORY said WeChat and Wechat users in shenzhen doubled.",
]


def _hits(doc, state):
    return [(h.start, h.end, h.suggestion, dict(h.fields)) for h in DETECT(doc, state)]


def _corpus_texts():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:8] \
        + sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "heldout5", "*.txt")))[:8]
    return [open(p, encoding="utf-8").read() for p in paths]


@pytest.mark.parametrize("text", TEXTS + _corpus_texts())
def test_one_mode_alone_and_all_modes_give_the_same_hits(text):
    alone = {r.id: _hits(Document(text=text, path="x.txt"), r.state) for r in RULES}
    for order in (RULES, RULES[::-1]):
        doc = Document(text=text, path="x.txt")
        together = {r.id: _hits(doc, r.state) for r in order}
        assert together == alone
        assert "capitalization-letter-runs" in doc.cache


def test_the_mt_texts_have_hits():
    found = sum(len(_hits(Document(text=t, path="x.txt"), r.state)) for t in TEXTS for r in RULES)
    assert found >= 5


def test_letter_runs_read_once_per_document():
    doc = Document(text="The great wall, ok-go 42x", path="x.txt")
    runs = capital_names.letter_runs(doc)
    assert runs == {"The", "great", "wall", "ok", "go", "x"}
    assert capital_names.letter_runs(doc) is runs


def test_may_hold():
    assert capital_names.may_hold(frozenset({"great", "wall", "x"}), ("great wall", "yellow river"))
    assert not capital_names.may_hold(frozenset({"great", "river"}), ("great wall", "yellow river"))


def _pieces(phrases):
    words = sorted({w for p in phrases for w in p.split()})
    return words + [w.capitalize() for w in words[:20]] + ["Li", "Qiang", "Xi", "the", "a", "said", "x1", "é"]


_SEPARATORS = [" ", " ", "  ", "\u00a0", "-", ".", ",", "'s ", "@", "/", "\n", "é", "1", ""]


@pytest.mark.parametrize("mode,key,pattern", [("lower_phrase", "phrases", capital_names._phrase_pattern),
                                              ("title_before_name", "titles", capital_names._title_pattern)])
def test_a_document_ruled_out_has_no_match(mode, key, pattern):
    phrases = tuple(sorted(STATES[mode][key]))
    compiled = pattern(phrases)
    rng = random.Random(36)
    pieces = _pieces(phrases)
    matched = ruled_out = 0
    for _ in range(3000):
        n = rng.randint(1, 8)
        text = "".join(rng.choice(pieces) + rng.choice(_SEPARATORS) for _ in range(n))
        may = capital_names.may_hold(frozenset(capital_names._LETTER_RUN.findall(text)), phrases)
        if compiled.search(text):
            matched += 1
            assert may, text
        elif not may:
            ruled_out += 1
    assert matched > 20 and ruled_out > 20


def test_lower_name_ruled_out_only_without_candidates():
    state = STATES["lower_name"]
    names = state["names"] | (PLACES - capitalization._NOT_ONLY_A_PLACE) if state["places"] else state["names"]
    pieces = sorted(state["names"])[:30] + ["yizhou", "Yizhou", "hukou", "the", "farmers", "China", "myanmar", "Laos",
                                            "x", "said", "tuesday"]
    rng = random.Random(36)
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 6)))
        runs = [r for r in capital_names._LETTER_RUN.findall(text) if r[0].islower()]
        words = {w for w in capitalization._LOWER_CANDIDATE.findall(text) if w in names
                 or state["places"] and capitalization.zipf_cached(w) < 3.0 and w.capitalize() in chinese_places()}
        pairs = [m for m in capitalization._NAME_PAIR.finditer(text)
                 if any(w[0].islower() for w in m.groups()) and all(w.lower() in names for w in m.groups())]
        if words or pairs:
            seen += 1
            assert capitalization._may_be_lower_name(runs, names, state["places"]), text
    assert seen > 100


def _open_guards(monkeypatch):
    """Every test that rules a document out answers "may hold": the modes scan every document."""
    monkeypatch.setattr(capital_names, "may_hold", lambda runs, phrases: True)
    monkeypatch.setattr(capital_names, "_INNER_SHAPE", __import__("re").compile(""))
    monkeypatch.setattr(capitalization, "_may_be_lower_name", lambda runs, names, places: True)


_MODE_PIECES = ["by president Xi Jinping", "met premier Li Qiang", "WeChat", "Wechat", "wechat", "WECHAT", "Huawei", "huawei", "PetroChina", "Petrochina", "IPhone",
                "great wall", "Great Wall", "great  wall", "yellow river", "premier", "president", "Li Qiang", "Xi",
                "china", "China", "myanmar", "shenzhen", "tuesday", "yizhou", "Yizhou", "said", "by", "met", "the",
                "farmers", "in", "a", "on", "exports", "to", "rose", "-", "'s"]


@pytest.mark.parametrize("mode", ["name_letters", "lower_phrase", "title_before_name", "lower_name"])
def test_ruling_out_changes_no_hit(mode, monkeypatch):
    state = STATES[mode]
    rng = random.Random(mode)
    texts = ["".join(rng.choice(_MODE_PIECES) + rng.choice(_SEPARATORS[:6]) for _ in range(rng.randint(2, 14)))
             for _ in range(400)]
    guarded = [_hits(Document(text=t, path="x.txt"), state) for t in texts]
    _open_guards(monkeypatch)
    scanned = [_hits(Document(text=t, path="x.txt"), state) for t in texts]
    assert guarded == scanned
    assert sum(map(len, scanned)) > 20


def test_places_in_lower_case_answer_as_the_capitalised_lookup():
    places = chinese_places()
    words = {p.lower() for p in places} | {"yizhou", "hukou", "beijing", "x", "a", "the", "lu", "an", "xian"}
    words = {w for w in words if w.isascii() and w.isalpha() and w.islower()}
    lowered = capitalization._places_in_lower_case()
    assert len(words) > 1000
    for w in words:
        assert (w in lowered) == (w[0].upper() + w[1:] in places), w


class _EveryRun(frozenset):
    """A document's runs of letters that hold every phrase: no phrase is ruled out."""

    def issuperset(self, other):
        return True


_RUN_PIECES = ["Green Development", "green development", "Smart Farming Zones", "smart farming zones", "Long March",
               "long march", "a", "the", "firm", "said", "promotes", "in", "Village", "of", "big", "Big Bang",
               "big bang", "Heat Pumps", "heat pumps", "WeChat", "Wechat", "farmers", ".", ",", "2"]


def test_case_variant_ruling_out_changes_no_hit(monkeypatch):
    state = STATES["case_variant"]
    rng = random.Random(36)
    texts = ["".join(rng.choice(_RUN_PIECES) + rng.choice([" ", " ", " ", ", ", ". "]) for _ in range(rng.randint(3, 16)))
             for _ in range(500)]
    guarded = [_hits(Document(text=t, path="x.txt"), state) for t in texts]
    monkeypatch.setattr(capital_names, "letter_runs", lambda doc: _EveryRun())
    scanned = [_hits(Document(text=t, path="x.txt"), state) for t in texts]
    assert guarded == scanned
    assert sum(map(len, scanned)) > 20


# The patterns as they were written with the lookbehind first, which Python's re tries at every
# position of the text; each is now written with its capital (or "a") first, the lookbehind
# after it, which re finds by the first character: the same matches.
_LOOKBEHIND_FIRST = [
    ("capitalization", "_SHORT_TITLE_INSIDE", r"(?<=[A-Za-z,] )([A-Z][a-z]{1,8})(?= [a-z])"),
    ("capitalization", "_DOUBLED",
     r"(?<=[a-z,] )(([A-Z][a-z]+)[ \u00a0](?:By|To|In|On|After|For|And|Upon)[ \u00a0]\2)(?![\w'’-])"),
    ("capital_shapes", "_SURNAME_THEN_WORD", r"(?<![\w'’.-])([A-Z][a-z]{0,5})[ \u00a0]([a-z]{4,})(?![\w'’@/-]|\.\w)"),
    ("capital_shapes", "_NAME_PAIR", r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \u00a0]([A-Z][a-z]{2,})(?![\w'’-])"),
    ("capital_shapes", "_NAME_THEN_LOWER", r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \u00a0]([a-z]{3,})(?![\w'’@/-]|\.\w)"),
    ("capital_shapes", "_A_TITLE_RUN",
     r"(?<=[a-z,] )(?:a|an)[ \u00a0]((?:[A-Z][a-z]+[ \u00a0]){1,3}[A-Z][a-z]+)(?=[ \u00a0]+(?:to|in|at|for|that|which|last|this|"
     r"on|and|with|from|by|was|is|will|has|had|were|are)\b|[.,;:])"),
]
_PATTERN_PIECES = ["a", "an", "A", "An", "Zhang", "Li", "wei", "Wang", "Xiaoming", "Green", "Tech", "Park", "By", "To",
                   "After", "Day", "Step", "Step By Step", "Day After Day", "ly", "said", "met a", "in an", "farmers", "to", "is", ",", ".", "-", "'", "’", "x", "é", "1"]


def _matches(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("module,name,old", _LOOKBEHIND_FIRST)
def test_capital_first_patterns_match_as_the_lookbehind_first_ones(module, name, old):
    import re
    from audit.detectors import capital_shapes
    new = getattr({"capitalization": capitalization, "capital_shapes": capital_shapes}[module], name)
    old = re.compile(old)
    rng = random.Random(name)
    texts = _corpus_texts() + TEXTS + [
        "".join(rng.choice(_PATTERN_PIECES) + rng.choice([" ", " ", "\u00a0", ", ", "", ".", "  "]) for _ in range(rng.randint(1, 20)))
        for _ in range(4000)]
    found = 0
    for text in texts:
        expected = _matches(old, text)
        assert _matches(new, text) == expected, text
        found += len(expected)
    assert found > 20
