"""``literal._spans`` grows each span's words one word at a time and counts their distinct words
(``_roots``) again only when a new stem comes (issue 13, speed35b); before, both were worked out
anew for every window end. Compared with that plain reading, kept here, span for span (score,
first, last and the words), on every candidate window of the project's texts, of the rule's own
examples and of random texts made of the words of the entries' literal glosses, for the idioms'
state and the set phrases' (``strict``) state.
"""
import glob
import os
import random

import pytest

from audit import load_rules
from audit.detectors import literal
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout9", "tests/corpus/clean")


def _spans_plain(content, lo, hi, entry, state):
    """``_spans`` as it was: the span's words listed and ``_roots`` counted for every window end."""
    strict = state.get("strict", False)
    belongs = [not t.name and not (strict and t.adverb) and (t.stem in entry.units or t.stem in entry.literal_stems)
               for t in content[lo:hi]]
    if len({t.stem for t, b in zip(content[lo:hi], belongs) if b}) < 3:
        return []
    need_chars = literal._needed(len(entry.strong), state["missing"])
    need_lit = literal._needed(len(entry.literal_stems), state["missing"])
    found = []
    for i in range(len(belongs)):
        if not belongs[i]:
            continue
        extra = 0
        for j in range(i, len(belongs)):
            if not belongs[j]:
                if content[lo + j].stem in literal._PLACE_STEMS:
                    continue
                extra += 1
                if extra > state["max_extra"]:
                    break
                continue
            toks = [t for t, b in zip(content[lo + i:lo + j + 1], belongs[i:j + 1]) if b]
            if literal._roots(toks) < 3:
                continue
            taken, in_order, assigned = literal._cover(toks, entry)
            if not all(x in assigned or toks[x].stem in entry.literal_stems for x in (0, len(toks) - 1)):
                continue
            chars = len(taken & entry.strong)
            lit = len({t.stem for t in toks if t.stem in entry.literal_stems})
            direct = chars
            if chars < len(entry.strong) and in_order and not state.get("strict"):
                borrowed = min(len(entry.strong) - chars, literal._borrowable(toks, entry, state))
                chars += borrowed
                n_taken = len(taken) + borrowed
            else:
                n_taken = len(taken)
            by_chars = chars >= need_chars and n_taken >= 3 and direct > 0 and (
                chars >= state.get("min_strong", 0) or in_order
                or len(toks) == 3 and toks[1].stem in literal._PLACE_STEMS
                or any(t.zipf < state.get("free_image_zipf", 0.0) and literal._renders_strong(t, entry) for t in toks)) and (
                in_order or chars >= len(entry.strong) and 2 * len(entry.strong) >= len(entry.simplified)
                and not state.get("strict") or not state["ordered"])
            if (not by_chars and state.get("rare_zipf", 0.0) > 0 and len(entry.strong) >= 4 and not state.get("strict")
                    and chars == len(entry.strong) - 1 and (in_order or not state.get("rare_ordered", True))
                    and len({t.stem for t in toks}) >= 3 and all(t.zipf < state.get("rare_zipf", 0.0) for t in toks)):
                by_chars = True
            if (not by_chars and state.get("long_saying", 0) and len(entry.simplified) >= state["long_saying"]
                    and not state.get("strict") and in_order and chars == len(entry.strong) - 1
                    and len(assigned) >= state.get("long_words", 4) + 1):
                by_chars = True
            if state.get("strict") and (n_taken < len(entry.simplified) if len(entry.simplified) <= 4
                                        else len(taken & entry.strong) < len(entry.strong)):
                continue
            if by_chars and len(assigned) < 3 and n_taken == len(taken) <= 3 and literal._claimed_twice(toks, entry, state):
                by_chars = False
            by_literal = len(entry.literal_stems) >= 3 and lit >= need_lit
            if not (by_chars or by_literal):
                continue
            in_meaning = sum(t.stem in entry.meaning_stems for t in toks)
            score = (max(chars / max(len(entry.strong), 1), lit / max(len(entry.literal_stems), 1)),
                     len(assigned), lit, -in_meaning, -(j - i))
            found.append((score, lo + i, lo + j, toks))
    return found


@pytest.fixture(scope="module")
def rule():
    return next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering")


def _random_texts(index, n):
    """Texts of the words of entries' literal glosses and meanings, with the function words and
    prepositions of place a window skips or keeps, in random order and case: windows where
    three stems or more of one entry meet, repeated, with extra words between."""
    rng = random.Random(35)
    words = []
    for k in range(0, len(index.entries), 7):
        entry = index.entries[k]
        words += (entry.literal or "").split()[:6]
    words += "the of a and in behind under on before after working worker work establish establishment".split()
    words += "Beijing Zhang quickly brightly thinly".split()
    words = [w.strip(".,;:()\"'") for w in words if w.strip(".,;:()\"'")]
    seps = [" ", " ", " ", " ", ", ", ". "]
    return [pieced_text(rng, words, seps, 4, 40) for _ in range(n)]


def _windows(texts, state, index):
    """Every candidate window of every clause (``_candidates``, all entries, no screen)."""
    for text in texts:
        for m in literal._CLAUSE.finditer(text):
            content = literal._content_tokens(text, m.start(), m.end(), index, state)
            for k, a in sorted(literal._candidates(content, index)):
                entry = index.entries[k]
                n = len(entry.simplified)
                yield content, max(0, a - n), min(len(content), a + n + max(len(entry.literal_stems), n) + 1), entry


@pytest.mark.parametrize("strict", [False, True])
def test_spans_are_the_plain_reading(rule, strict):
    state = rule.state["phrase_state"] if strict else rule.state
    index = literal.load_index(set_phrases=strict)
    examples = [e.text for kind in ("flag", "pass") for e in rule.examples[kind]]
    assert examples
    texts = [open(p, encoding="utf-8").read() for sub in FOLDERS for p in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt")))]
    texts = texts[::3] + examples + _random_texts(index, 400)
    windows = spanned = 0
    for content, lo, hi, entry in _windows(texts, state, index):
        want = _spans_plain(content, lo, hi, entry, state)
        assert literal._spans(content, lo, hi, entry, state) == want
        windows += 1
        spanned += bool(want)
    assert windows > 1000 and spanned > 20, (windows, spanned)


def test_scan_finds_the_same_matches(rule, monkeypatch):
    """The whole rule over texts with the plain reading in place of the new one."""
    index = literal.load_index()
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "tests/corpus/heldout", "*.txt")))]
    texts += _random_texts(index, 100)
    found = [list(literal.scan(t, rule.state, index)) for t in texts]
    monkeypatch.setattr(literal, "_VERDICTS", {})
    monkeypatch.setattr(literal, "_PLANS", {})
    monkeypatch.setattr(literal, "_spans", _spans_plain)
    assert [list(literal.scan(t, rule.state, index)) for t in texts] == found
    assert any(found)
