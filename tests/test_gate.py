"""The evidence gate (issue 9, twenty-fifth round): a rule marked ``gated: true`` reports only
in a document whose ungated rules already found enough (rules.Gate, engine.gate_evidence)."""
from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner

from audit import load_rules
from audit.cli import main
from audit.document import Document
from audit.engine import check_document, check_documents, check_text, example_failures
from audit.policy import Policy, make_catalog
from audit.rules import DEFAULT_GATE, Gate, RuleError


def _rule(rid, pattern, category="style/awkward", gated=False, severity="minor"):
    return textwrap.dedent(f"""\
      - id: {rid}
        type: pattern
        pattern: '\\b{pattern}\\b'
        category: {category}
        severity: {severity}
        message: "'{{match}}' is odd"
        description: A test rule.{'''
        gated: true''' if gated else ''}
        examples:
          flag: ["a {pattern} here"]
          pass: ["nothing here"]
    """)


def _catalog(tmp_path, gate="", gated_first=False, extra="", gated_severity="minor"):
    rules = [_rule("foo-rule", "foo"), _rule("bar-rule", "bar"), _rule("qux-rule", "qux"),
             _rule("bang-rule", "bang", category="fluency/punctuation")]
    gated = _rule("baz-gated", "baz", gated=True, severity=gated_severity)
    rules = [gated] + rules if gated_first else rules + [gated]
    body = "version: 1\n" + gate + "rules:\n" + "".join(textwrap.indent(r, "  ") for r in rules) + extra
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    return load_rules(str(path))


def _gated(text, catalog):
    return [f for f in check_text(text, catalog) if f.rule == "baz-gated"]


# (text, whether baz-gated reports) at the default gate: 3 findings of 2 rules, 2 per rule,
# punctuation not counted
DEFAULT_CASES = [
    ("baz.", False),                                   # no evidence at all
    ("foo bar baz.", False),                           # two findings: one short
    ("foo foo bar baz.", True),                        # three findings of two rules
    ("foo bar qux baz.", True),                        # three findings of three rules
    ("foo foo foo foo baz.", False),                   # one rule, however often
    ("foo foo foo bar baz.", True),                    # foo counts twice (per_rule), bar once
    ("foo bar bang bang baz.", False),                 # punctuation findings are no evidence
]


@pytest.mark.parametrize("text,reports", DEFAULT_CASES)
def test_default_gate(tmp_path, text, reports):
    catalog = _catalog(tmp_path)
    assert catalog.gate == Gate(**{k: tuple(v) if isinstance(v, list) else v for k, v in DEFAULT_GATE.items()})
    assert bool(_gated(text, catalog)) is reports


def test_gated_rule_listed_first_still_waits_for_evidence(tmp_path):
    catalog = _catalog(tmp_path, gated_first=True)
    assert [f.text for f in _gated("foo foo bar baz.", catalog)] == ["baz"]
    assert _gated("baz foo.", catalog) == []


def test_gated_finding_names_its_evidence(tmp_path):
    catalog = _catalog(tmp_path)
    (f,) = _gated("foo foo bar baz.", catalog)
    assert f.message == ("'baz' is odd (reported because the document shows other signs of machine "
                         "translation: 3 findings of 2 rules (foo-rule, bar-rule))")
    assert f.text == "baz" and (f.start, f.end) == (12, 15)
    # the ungated findings keep their own messages
    assert all(g.message.endswith("is odd") for g in check_text("foo foo bar baz.", catalog) if g.rule != "baz-gated")


def test_catalog_settings(tmp_path):
    catalog = _catalog(tmp_path, gate="gate:\n  min_findings: 2\n  min_rules: 2\n  per_rule: 1\n  ignore_categories: []\n")
    assert catalog.gate == Gate(2, 2, 1, ())
    assert _gated("foo bar baz.", catalog)
    assert _gated("foo bang baz.", catalog)            # punctuation counts when no category is ignored
    assert not _gated("foo foo baz.", catalog)


@pytest.mark.parametrize("gate,key", [
    ("gate: 3\n", "gate"),
    ("gate:\n  min_rule: 2\n", "gate.min_rule"),
    ("gate:\n  min_rules: 0\n", "gate.min_rules"),
    ("gate:\n  per_rule: true\n", "gate.per_rule"),
    ("gate:\n  ignore_categories: [Punctuation!]\n", "gate.ignore_categories"),
])
def test_bad_gate_settings(tmp_path, gate, key):
    with pytest.raises(RuleError) as exc:
        _catalog(tmp_path, gate=gate)
    assert exc.value.key == key


def test_gated_must_be_a_boolean(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n" + textwrap.indent(_rule("x", "x").replace("severity:", "gated: yes please\n  severity:"),
                                                   "  "), encoding="utf-8")
    with pytest.raises(RuleError) as exc:
        load_rules(str(path))
    assert (exc.value.rule, exc.value.key) == ("x", "gated")


def test_ignored_and_overridden_rules_give_no_evidence(tmp_path):
    catalog = _catalog(tmp_path)
    text = "foo foo bar baz."
    assert _gated(text, catalog)
    assert not _gated(text, make_catalog(catalog, ignore=["bar-rule"]))
    assert not _gated(text, make_catalog(catalog, severity={"bar-rule": "info"}))
    assert _gated(text, make_catalog(catalog, severity={"bar-rule": "major"}))
    assert not _gated(text, make_catalog(catalog, ignore=["baz-gated"]))
    # selecting the gated rule alone selects no evidence: it stays silent
    assert not _gated(text, make_catalog(catalog, select=["baz-gated"]))


def test_suppressions_and_baselines_do_not_close_the_gate(tmp_path):
    """An inline suppression or a baseline hides findings from the report after the check; the
    document showed them all the same, so they still count as evidence."""
    catalog = _catalog(tmp_path)
    text = "<!-- mtaudit-disable foo-rule -->\nfoo foo bar baz.\n"
    result, hidden = Policy(catalog, base_dir=str(tmp_path)).check(Document.from_text(text, path="a.md"))
    assert [f.rule for f in result.findings] == ["bar-rule", "baz-gated"]
    assert hidden == {"inline": 3}  # the two in the text and the "foo" of the comment's own "foo-rule"
    from collections import Counter

    from audit.baseline import Baseline, fingerprint

    plain = "foo foo bar baz.\n"
    accepted = Counter(("a.md", fingerprint(f.to_dict())) for f in check_text(plain, catalog) if f.rule == "foo-rule")
    result, hidden = Policy(catalog, base_dir=str(tmp_path), baseline=Baseline(dict(accepted))).check(
        Document.from_text(plain, path=str(tmp_path / "a.md")))
    assert sorted(f.rule for f in result.findings) == ["bar-rule", "baz-gated"]
    assert hidden == {"baseline": 2}


def test_batches_gate_each_document_on_its_own(tmp_path):
    catalog = _catalog(tmp_path)
    docs = [Document.from_text(t) for t in ("foo foo bar baz.", "baz.", "qux foo bar baz.")]
    results = check_documents(docs, catalog)
    assert [[f.text for f in r.findings if f.rule == "baz-gated"] for r in results] == [["baz"], [], ["baz"]]
    for doc_text, r in zip(("foo foo bar baz.", "baz.", "qux foo bar baz."), results):
        assert r.findings == check_document(Document.from_text(doc_text), catalog).findings


def test_examples_of_a_gated_rule_run_ungated(tmp_path):
    catalog = _catalog(tmp_path)
    rule = catalog.get("baz-gated")
    assert rule.gate is not None
    assert check_text("a baz here", [rule]) == []      # alone it has no evidence
    assert example_failures(rule, catalog) == []       # its examples test the detector ungated


def test_explain_says_a_rule_is_gated(tmp_path):
    _catalog(tmp_path)
    out = CliRunner().invoke(main, ["rules", "--rules", str(tmp_path / "rules.yaml"), "--explain", "baz-gated"])
    assert out.exit_code == 0
    assert "Gated: reports only in a document that already shows other signs of machine translation " \
           "(at least 3 findings (minor or worse) of at least 2 other rules, at most 2 per rule, " \
           "fluency/punctuation not counted)." in out.output
    out = CliRunner().invoke(main, ["rules", "--rules", str(tmp_path / "rules.yaml"), "--explain", "foo-rule"])
    assert "Gated" not in out.output


def test_bundled_gated_rule_needs_evidence():
    catalog = load_rules()
    rule = catalog.get("mt-official-formula")
    assert rule.gate == catalog.gate
    alone = "The bureau said it would make every effort to ensure supply."
    assert not [f for f in check_text(alone, catalog) if f.rule == rule.id]
    assert [f.text for f in check_text(alone, [rule.ungated()])] == ["make every effort to"]


def test_a_baselined_gated_finding_stays_hidden_when_its_evidence_changes(tmp_path):
    """The evidence line is part of the message, which fingerprints leave out: a gated finding
    accepted once stays accepted while the findings that opened the gate change."""
    from collections import Counter

    from audit.baseline import Baseline, fingerprint

    catalog = _catalog(tmp_path)
    before, after = "foo foo bar.\nIt is baz here.\n", "foo bar qux.\nIt is baz here.\n"
    (old,) = _gated(before, catalog)
    (new,) = _gated(after, catalog)
    assert old.message != new.message and "3 findings of 3 rules (bar-rule, foo-rule, qux-rule)" in new.message
    accepted = Counter(("a.md", fingerprint(old.to_dict())) for _ in (0,))
    result, hidden = Policy(catalog, base_dir=str(tmp_path), baseline=Baseline(dict(accepted))).check(
        Document.from_text(after, path=str(tmp_path / "a.md")))
    assert "baz-gated" not in [f.rule for f in result.findings] and hidden == {"baseline": 1}


def test_the_evidence_line_names_four_rules_at_most(tmp_path):
    extra = "".join(textwrap.indent(_rule(f"{w}-rule", w), "  ") for w in ("alpha", "beta", "gamma"))
    catalog = _catalog(tmp_path, extra=extra)
    (f,) = _gated("gamma gamma foo foo foo bar qux alpha beta baz.", catalog)
    assert f.message.endswith("(reported because the document shows other signs of machine translation: "
                              "9 findings of 6 rules (foo-rule, gamma-rule, alpha-rule, bar-rule and 2 more))")


def test_a_higher_min_severity_keeps_the_minor_findings_as_evidence(tmp_path):
    # check_text(..., Severity.MAJOR) used to skip the minor rules, so they gave no evidence and
    # a major gated rule never reported; they run now, and their findings are not returned
    from audit.findings import Severity
    catalog = _catalog(tmp_path, gated_severity="major")
    text = "foo foo bar baz."
    assert [(f.rule, f.text) for f in check_text(text, catalog, Severity.MAJOR)] == [("baz-gated", "baz")]
    assert [f.rule for f in check_text(text, catalog)] == ["foo-rule", "foo-rule", "bar-rule", "baz-gated"]
    assert check_text("foo baz.", catalog, Severity.MAJOR) == []  # too little evidence: closed as before
    # a minor gated rule is below the floor: nothing runs for it, nothing is returned
    minor = _catalog(tmp_path, gated_severity="minor")
    assert check_text(text, minor, Severity.MAJOR) == []


# The bundled catalog's gate (issue 9, forty-seventh round): two findings of two ungated rules
# open it; one finding does not. Counted on TRANSFER and CHECK (never read) and on every clean
# set before the change: TRANSFER 321 -> 327 of 777 defects found, none wrong; clean unchanged.
GATED_SENTENCE = "The township will hold a Job Fair for returning migrant workers next week. "
ONE_SIGN = "According to the introduction, the county built new roads. "
TWO_SIGNS = ONE_SIGN + "The investment reached 3.6 ten thousand hundred million yuan. "


def _bundled_rules_reporting(text):
    from audit import load_rules
    from audit.document import Document
    from audit.engine import check_document
    result = check_document(Document.from_text(text, path="a.txt"), load_rules())
    return {f.rule for f in result.findings}


def test_bundled_gate_opens_at_two_findings_of_two_rules():
    found = _bundled_rules_reporting(TWO_SIGNS + GATED_SENTENCE)
    assert {"calque-according-to-introduction", "hundred-million-calque"} <= found
    assert "mt-title-run-after-a" in found
    assert "mt-title-run-after-a" not in _bundled_rules_reporting(ONE_SIGN + GATED_SENTENCE)
