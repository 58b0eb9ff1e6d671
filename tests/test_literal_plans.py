"""``literal._clause_plan`` (issue 13, thirty-ninth round): the part of ``_clause_results`` that
reads a clause's own text only (its words, candidates, spans and ``_accept_words``) is kept by
the clause's text (``_PLANS``); only ``_accept_in_context``, which may read the text around a
span, is asked at each occurrence. Held to working every clause out afresh: the same matches on
the project's texts, on the rule's examples put together in many orders, and on one clause met
in surroundings that ``_accept_in_context`` turns away."""
import glob
import os
import random

import pytest

from audit import load_rules
from audit.detectors import literal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def rule():
    return next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering")


def _fresh(text, start, end, state, index, only):
    return literal._clause_plan(text, start, end, state, index, only)


def _texts(rule):
    flags = [ex.text for ex in rule.examples["flag"] if ex.source is None]
    rng = random.Random(39)
    texts = []
    for _ in range(60):  # the same clauses at other offsets, beside other clauses
        picked = rng.sample(flags, min(len(flags), 6))
        texts.append(rng.choice((" ", "\n", " (", ", said ")).join(picked * 2))
    texts += [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "tests/corpus/heldout", "*.txt")))]
    return texts


def test_kept_plans_give_the_matches_of_fresh_ones(rule, monkeypatch):
    pairs = ((rule.state, literal.load_index()), (rule.state["phrase_state"], literal.load_index(set_phrases=True)))
    texts = _texts(rule)
    monkeypatch.setattr(literal, "_PLANS", {})
    monkeypatch.setattr(literal, "_VERDICTS", {})
    kept = [list(literal.scan(t, state, index)) for state, index in pairs for t in texts]
    plans = sum(len(k[2]) for k in literal._PLANS.values())
    monkeypatch.setattr(literal, "_VERDICTS", {})
    monkeypatch.setattr(literal, "_kept_plan", _fresh)
    assert [list(literal.scan(t, state, index)) for state, index in pairs for t in texts] == kept
    assert sum(map(len, kept)) > 100 and plans > 50


def test_a_plan_reads_the_clause_alone(rule):
    index = literal.load_index()
    for ex in rule.examples["flag"][:80]:
        for m in literal._CLAUSE.finditer(ex.text):
            inside = literal._clause_plan(ex.text, m.start(), m.end(), rule.state, index)
            alone = literal._clause_plan(m.group(), 0, len(m.group()), rule.state, index)
            assert inside == alone
            moved = literal._rebased(inside.content, m.start())
            assert [ex.text[t.start:t.end] for t in moved] == [m.group()[t.start:t.end] for t in inside.content]


def test_one_plan_two_surroundings(rule, monkeypatch):
    # "X (抛砖引玉)": the writer glosses the saying (``_ORIGINAL_AFTER``), read around the span
    # at each occurrence although the clause's plan is kept from the first
    index = literal.load_index()
    monkeypatch.setattr(literal, "_PLANS", {})
    monkeypatch.setattr(literal, "_VERDICTS", {})
    found = None
    for ex in rule.examples["flag"]:
        hits = list(literal.scan(ex.text, rule.state, index))
        if len(hits) == 1 and hits[0][1] == len(ex.text.rstrip(".")) and hits[0][2].simplified:
            found = ex.text.rstrip("."), hits[0][2].simplified
            break
    assert found is not None
    clause, chinese = found
    text = clause + '. ' + clause + ' ("' + chinese + '"). ' + clause + "."
    hits = [text[s:e] for s, e, _ in literal.scan(text, rule.state, index)]
    monkeypatch.setattr(literal, "_VERDICTS", {})
    monkeypatch.setattr(literal, "_kept_plan", _fresh)
    assert hits == [text[s:e] for s, e, _ in literal.scan(text, rule.state, index)]
    assert len(hits) == 2
