"""benchmarks/rule_precision.py: run_rules checks a gated rule's group (every ungated rule and
the rule) only where the rule finds something with its gate taken off; its findings must be
those of checking every group on every segment."""
import glob
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

import rule_precision as rp  # noqa: E402
from audit import Document, check_document, load_rules  # noqa: E402
from mqm_data import Segment  # noqa: E402

GATED_LINE = "The rate reached 97.6%, higher than the national 80% by 7.6 percent."


def _segment(i, text, doc="talk.1"):
    return Segment(system="sys", doc=doc, doc_id=1, seg_id=i, source="", text=text,
                   spans=(), unlocated=(), raters=frozenset(), score=0.0)


@pytest.fixture(scope="module")
def setting():
    seeds = sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in seeds]
    # the seeds as whole documents (their gates open), then the gated line alone (gate shut),
    # the gated line inside a seed (gate open), and a plain sentence
    texts += [GATED_LINE, texts[0] + "\n\n" + GATED_LINE, "The council met on Tuesday and approved the budget."]
    segments = [_segment(i, t) for i, t in enumerate(texts)]
    catalog = load_rules()
    fired = {f.rule for s in segments for f in check_document(Document.from_text(s.text), catalog).findings}
    rules = [r for r in catalog.rules if r.id in fired or r.id == "mt-rate-gap-33e"]
    # and one gated rule that finds nothing anywhere
    rules.append(next(r for r in catalog.rules if r.gate is not None and r.id not in fired and r.id != "mt-rate-gap-33e"))
    return segments, rules


def _every_group(segments, rules):
    """The definition: each ungated rule alone, each gated rule with all the ungated rules,
    keeping only its own findings, on every segment."""
    ungated = [r for r in rules if r.gate is None]
    out = []
    for i, seg in enumerate(segments):
        doc = Document.from_text(seg.text)
        for r in rules:
            group = [r] if r.gate is None else ungated + [r]
            for f in check_document(doc, group).findings:
                if f.rule == r.id:
                    out.append(rp.Located(f.rule, i, f.start, f.end, seg.text[f.start:f.end]))
    return sorted(out)


def test_gated_rules_are_in_the_setting(setting):
    segments, rules = setting
    gated = [r for r in rules if r.gate is not None]
    assert len(gated) >= 3 and any(r.gate is None for r in rules)


def test_run_rules_equals_every_group_on_every_segment(setting):
    segments, rules = setting
    found, timeouts = rp.run_rules(segments, rules, "segment")
    expected = _every_group(segments, rules)
    assert sorted(found) == expected
    gated_ids = {r.id for r in rules if r.gate is not None}
    gated_found = [f for f in found if f.rule in gated_ids]
    assert gated_found  # the seeds' gates are open
    # the rate gap: found where the seed gives the evidence, not on its own line
    gap = [f for f in found if f.rule == "mt-rate-gap-33e"]
    assert {f.seg for f in gap} == {len(segments) - 2}
    assert all(f.text == segments[f.seg].text[f.start:f.end] for f in found)
    assert not timeouts


def test_run_rules_together_is_one_check(setting):
    segments, rules = setting
    found, _ = rp.run_rules(segments, rules, "segment", together=True)
    expected = sorted(rp.Located(f.rule, i, f.start, f.end, s.text[f.start:f.end])
                      for i, s in enumerate(segments)
                      for f in check_document(Document.from_text(s.text), rules).findings)
    assert sorted(found) == expected


def test_a_gated_rules_timeouts_count_only_where_its_group_runs_it(setting, monkeypatch):
    """A gated rule that times out is counted where the engine runs it (its gate open), once;
    where its gate is shut a real check never runs it, and nothing is counted."""
    from audit.detectors import DETECTORS, DetectorTimeout

    segments, rules = setting
    real = DETECTORS["rate_gap"]

    class Slow:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def detect(doc, state):
            raise DetectorTimeout("slow")
            yield  # a generator, as detectors are

    monkeypatch.setitem(DETECTORS, "rate_gap", Slow())
    found, timeouts = rp.run_rules(segments, rules, "segment")
    assert not [f for f in found if f.rule == "mt-rate-gap-33e"]
    # open gates: the two seeds and the seed with the gap line; shut: the lone line, the plain sentence
    opened = sum(1 for i in range(len(segments)) if i not in (len(segments) - 3, len(segments) - 1))
    assert timeouts["mt-rate-gap-33e"] == opened
    assert set(timeouts) == {"mt-rate-gap-33e"}


def test_run_rules_by_talk_equals_every_group_on_the_joined_talk(setting):
    segments, rules = setting
    talk = segments[-3:]  # one talk: the gated line alone, the seed with the line, a plain sentence
    found, _ = rp.run_rules(talk, rules, "talk")
    joined = rp.UNIT_SEPARATOR.join(s.text for s in talk)
    gated = {r.id for r in rules if r.gate is not None}
    whole = {f.rule for f in _every_group([_segment(0, joined)], rules)}
    assert {f.rule for f in found} == whole
    assert "mt-rate-gap-33e" in whole and gated & whole
    assert all(f.text == talk[f.seg].text[f.start:f.end] for f in found)
