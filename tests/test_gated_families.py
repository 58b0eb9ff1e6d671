"""The gated families of each round (issue 9), one set of tests over every round's data.

Each round's data is a module of tests/data/gated_families/ (``terms33c.py`` holds what
test_terms33c.py held), with these names:

- ``FAMILIES``: the round's gated rules.
- ``FOUND``: (rule, text, expected) with the gate off: the span the rule must report, a list of
  the spans, or None for silence.
- ``PASSED``: ordinary English that no family of the round may report with the gate off, each
  sentence asked of every family; ``PASSED_BY_RULE``: (rule, text) the one rule must pass;
  ``PASSED_AT_LEAST``: the fewest sentences ``PASSED`` may hold.
- ``CATEGORY``: the category every family has, where the round fixed one.
- The gate: ``ALONE``, renderings each kept quiet by the full catalog, and ``OPENS``, the
  {rule: span} the families report in them after ``EVIDENCE`` (a story with other signs of
  machine translation); or ``STORY``: (rule, evidence, term, [(span, suggestion)]), the rule
  quiet on the term alone and reporting those pairs after the evidence.

Every rule runs once over all the texts it is asked about (``engine.check_documents``, the same
findings as ``check_text`` one text at a time), and the full catalog once over all the rounds'
gate sentences; each test then reads its answer, so a failure still names one round, rule and
text.
"""
from __future__ import annotations

import glob
import importlib.util
import os

import pytest

from audit.document import Document
from audit.engine import check_documents

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = 64


def _load_rounds():
    rounds = {}
    for path in sorted(glob.glob(os.path.join(HERE, "data", "gated_families", "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(f"gated_families_{name}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rounds[name] = module
    return rounds


ROUNDS = _load_rounds()


def _expected(expected):
    """A FOUND entry's expectation as the list of spans: a span, a list of spans, or None."""
    if expected is None:
        return []
    return [expected] if isinstance(expected, str) else list(expected)


def _found_cases():
    for name, data in ROUNDS.items():
        for n, (rid, text, expected) in enumerate(data.FOUND):
            yield pytest.param(name, rid, text, _expected(expected), id=f"{name}-{rid}-{n}")


def _passed_by_rule_cases():
    for name, data in ROUNDS.items():
        for n, (rid, text) in enumerate(getattr(data, "PASSED_BY_RULE", ())):
            yield pytest.param(name, rid, text, id=f"{name}-{rid}-{n}")


def _passed_cases():
    for name, data in ROUNDS.items():
        for n, text in enumerate(getattr(data, "PASSED", ())):
            yield pytest.param(name, text, id=f"{name}-{n}")


def _alone_cases():
    for name, data in ROUNDS.items():
        for n, text in enumerate(getattr(data, "ALONE", ())):
            yield pytest.param(name, text, id=f"{name}-{n}")


def _texts_of(data, rid):
    """Every text the tests ask ``rid`` about with its gate off."""
    yield from (text for r, text, _ in data.FOUND if r == rid)
    yield from (text for r, text in getattr(data, "PASSED_BY_RULE", ()) if r == rid)
    yield from getattr(data, "PASSED", ())


def _gate_texts():
    """Every text the tests run the full catalog on."""
    for data in ROUNDS.values():
        if hasattr(data, "ALONE"):
            yield from data.ALONE
            yield data.EVIDENCE + " ".join(data.ALONE)
        if hasattr(data, "STORY"):
            _, evidence, term, _ = data.STORY
            yield term
            yield evidence + term


def _checked(texts, catalog):
    """{text: findings of ``catalog``} for ``texts``, in batches of one pass per rule, every
    span checked against its text; a rule that failed or ran out of time is a fault."""
    out = {}
    texts = list(dict.fromkeys(texts))
    for at in range(0, len(texts), BATCH):
        batch = texts[at:at + BATCH]
        for text, result in zip(batch, check_documents([Document.from_text(t) for t in batch], catalog)):
            assert not result.warnings, (text, result.warnings)
            for f in result.findings:
                assert text[f.start:f.end] == f.text, (f.rule, text)
            out[text] = result.findings
    return out


class UngatedSpans:
    """``self(round, rule, text)``: the spans ``rule`` reports in ``text`` with its gate off
    (``rule_helpers.ungated_hits``). A rule runs over all its round's texts when first asked."""

    def __init__(self, catalog):
        self.rules = {r.id: r for r in catalog.rules}
        self._spans = {}

    def __call__(self, name, rid, text):
        if (name, rid) not in self._spans:
            rule = self.rules[rid]
            found = _checked(_texts_of(ROUNDS[name], rid), [rule.ungated()])
            self._spans[(name, rid)] = {t: [f.text for f in fs if f.rule == rid] for t, fs in found.items()}
        return self._spans[(name, rid)][text]


@pytest.fixture(scope="module")
def ungated_spans(catalog):
    return UngatedSpans(catalog)


@pytest.fixture(scope="module")
def gate_findings(catalog):
    """{text: findings of the full catalog} for every round's gate sentences and stories."""
    return _checked(_gate_texts(), catalog)


def test_every_round_has_its_data():
    assert len(ROUNDS) >= 24
    for name, data in ROUNDS.items():
        assert data.FAMILIES and data.FOUND, name
        assert hasattr(data, "ALONE") == hasattr(data, "OPENS") != hasattr(data, "STORY"), name
        assert {rid for rid, *_ in data.FOUND} <= set(data.FAMILIES), name
        # every family is shown finding something, not only staying quiet
        assert {rid for rid, _, expected in data.FOUND if _expected(expected)} == set(data.FAMILIES), name
        assert {rid for rid, _ in getattr(data, "PASSED_BY_RULE", ())} <= set(data.FAMILIES), name


@pytest.mark.parametrize("name", list(ROUNDS))
def test_every_family_is_gated(catalog, name):
    data = ROUNDS[name]
    rules = {r.id: r for r in catalog.rules}
    assert set(data.FAMILIES) <= set(rules), name
    for rid in data.FAMILIES:
        rule = rules[rid]
        assert rule.gate is not None, rid
        assert rule.examples["flag"] and rule.examples["pass"], rid
        if hasattr(data, "CATEGORY"):
            assert rule.category == data.CATEGORY, rid


@pytest.mark.parametrize("name, rid, text, spans", list(_found_cases()))
def test_family_finds_the_rendering(ungated_spans, name, rid, text, spans):
    assert ungated_spans(name, rid, text) == spans


@pytest.mark.parametrize("name, rid, text", list(_passed_by_rule_cases()))
def test_family_passes_what_it_must_not_report(ungated_spans, name, rid, text):
    assert ungated_spans(name, rid, text) == []


@pytest.mark.parametrize("name, text", list(_passed_cases()))
def test_families_pass_ordinary_english(ungated_spans, name, text):
    found = [(rid, spans) for rid in ROUNDS[name].FAMILIES if (spans := ungated_spans(name, rid, text))]
    assert found == []


@pytest.mark.parametrize("name", [name for name, data in ROUNDS.items() if hasattr(data, "PASSED_AT_LEAST")])
def test_ordinary_english_list_is_long_enough(name):
    assert len(ROUNDS[name].PASSED) >= ROUNDS[name].PASSED_AT_LEAST


@pytest.mark.parametrize("name, sentence", list(_alone_cases()))
def test_gate_keeps_a_lone_rendering_quiet(gate_findings, name, sentence):
    assert not [f for f in gate_findings[sentence] if f.rule in ROUNDS[name].FAMILIES]


@pytest.mark.parametrize("name", [name for name, data in ROUNDS.items() if hasattr(data, "OPENS")])
def test_gate_opens_in_a_story_with_other_signs_of_machine_translation(gate_findings, name):
    data = ROUNDS[name]
    findings = gate_findings[data.EVIDENCE + " ".join(data.ALONE)]
    # every span each family reports, not one per rule: a family that reports a second span in
    # the story fails here
    assert sorted((f.rule, f.text) for f in findings if f.rule in data.FAMILIES) == sorted(data.OPENS.items())


@pytest.mark.parametrize("name", [name for name, data in ROUNDS.items() if hasattr(data, "STORY")])
def test_gate_keeps_the_family_quiet_without_other_evidence(gate_findings, name):
    rid, evidence, term, inside = ROUNDS[name].STORY
    assert [(f.text, f.suggestion) for f in gate_findings[term] if f.rule == rid] == []
    assert [(f.text, f.suggestion) for f in gate_findings[evidence + term] if f.rule == rid] == inside
