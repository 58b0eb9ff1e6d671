"""Pinned examples: a flag example may state the exact span and the exact fixed text, and a
rule's fix is checked against the whole catalog."""
import textwrap

import pytest

from audit.engine import apply_suggestions, check_text, example_failures, fix_failures
from audit.rules import load_rules


def catalog(tmp_path, flag_examples, extra_rules=""):
    text = textwrap.dedent("""\
        rules:
          - id: swap
            type: phrase
            terms: [{phrase: foo, suggestion: bar}, {phrase: qux, suggestion: null}]
            category: style/awkward
            severity: minor
            message: "use {suggestion}"
            description: d
            examples:
              flag: %s
              pass: [nothing here]
        """) % flag_examples + extra_rules
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return load_rules(str(path))


BAR_RULE = """\
  - {id: no-bar, type: pattern, pattern: 'bar', category: style/awkward, severity: minor,
     message: m, description: d, examples: {flag: [bar], pass: [baz]}}
  - {id: no-baz, type: pattern, pattern: 'baz', category: style/awkward, severity: minor,
     message: m, description: d, examples: {flag: [baz], pass: [bar]}}
"""


@pytest.mark.parametrize("example,expected", [
    ('[{text: "a foo b", span: foo, fix: "a bar b"}]', []),
    ('["a foo b"]', []),
    ('[{text: "a qux b", span: qux, fix: null}]', []),
    ('[{text: "a foo b", span: "a foo", fix: "a bar b"}]',
     ["wrong span in swap: 'a foo b' flags 'foo', expected 'a foo'"]),
    ('[{text: "a foo b", fix: "a baz b"}]', ["wrong fix in swap: 'a foo b' -> 'a bar b', expected 'a baz b'"]),
    ('[{text: "a foo b", fix: null}]', ["unexpected suggestion in swap: 'a foo b' -> 'bar' (the example expects none)"]),
    ('[{text: "a b c", span: b}]', ["false negative in swap: 'a b c'"]),
])
def test_span_and_fix_are_checked_exactly(tmp_path, example, expected):
    cat = catalog(tmp_path, example)
    assert example_failures(cat.get("swap"), cat) == expected


def test_a_fix_that_triggers_another_rule_fails(tmp_path):
    cat = catalog(tmp_path, '[{text: "a foo b", span: foo, fix: "a bar b"}]', BAR_RULE)
    assert example_failures(cat.get("swap"), cat) == [
        "fix in swap triggers no-bar: 'a bar b' (flags 'bar')"]
    # Checked against the rule alone, the same example passes: the catalog is what catches it.
    assert example_failures(cat.get("swap")) == []


def test_findings_the_text_had_before_the_fix_do_not_count(tmp_path):
    cat = catalog(tmp_path, '["baz foo baz"]', BAR_RULE.replace("'bar'", "'nomatch'"))
    assert [f.rule for f in check_text("baz foo baz", cat)] == ["no-baz", "swap", "no-baz"]
    assert fix_failures(cat.get("swap"), "baz foo baz", cat) == []
    assert fix_failures(cat.get("swap"), "baz foo", cat) == []


def test_a_fix_that_the_rule_itself_flags_again_fails(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(textwrap.dedent("""\
        rules:
          - id: loop
            type: phrase
            terms: [{phrase: the, suggestion: the the}]
            category: style/awkward
            severity: minor
            message: m
            description: d
            examples: {flag: [the end], pass: [an end]}
        """), encoding="utf-8")
    cat = load_rules(str(path))
    assert example_failures(cat.get("loop"), cat) == [
        "fix in loop triggers loop: 'the the end' (flags 'the')",
        "fix in loop triggers loop: 'the the end' (flags 'the')"]


def test_apply_suggestions_replaces_spans_and_skips_findings_without_one(tmp_path):
    cat = catalog(tmp_path, '["foo"]')
    text = "foo and qux and FOO."
    found = check_text(text, cat)
    assert [(f.text, f.suggestion) for f in found] == [("foo", "bar"), ("qux", None), ("FOO", "Bar")]
    assert apply_suggestions(text, found) == "bar and qux and Bar."
    assert apply_suggestions(text, []) == text


def _alternatives_rule(tmp_path, term):
    path = tmp_path / "alt.yaml"
    path.write_text(textwrap.dedent("""\
        rules:
          - id: alt
            type: phrase
            terms: [%s]
            category: style/awkward
            severity: minor
            message: "'{match}': consider '{suggestion}'"
            description: d
            examples: {flag: [{text: do a good job in it, fix: null}], pass: [do it]}
        """) % term, encoding="utf-8")
    return load_rules(str(path))


def test_a_term_without_one_fix_names_its_alternatives_in_the_message(tmp_path):
    cat = _alternatives_rule(tmp_path, "{phrase: do a good job in, suggestion: null, alternatives: [ensure, carry out]}")
    (f,) = check_text("We will do a good job in it.", cat)
    assert (f.text, f.suggestion, f.message) == ("do a good job in", None, "'do a good job in': consider 'ensure or carry out'")
    assert example_failures(cat.get("alt"), cat) == []


@pytest.mark.parametrize("term,key", [
    ("{phrase: do a good job in, suggestion: ensure, alternatives: [carry out]}", "terms[0].alternatives"),
    ("{phrase: do a good job in, suggestion: null, alternatives: []}", "terms[0].alternatives"),
    ("{phrase: do a good job in, suggestion: null, alternatives: ensure}", "terms[0].alternatives"),
])
def test_alternatives_only_where_there_is_no_single_fix(tmp_path, term, key):
    from audit.rules import RuleError
    with pytest.raises(RuleError) as info:
        _alternatives_rule(tmp_path, term)
    assert info.value.key == key
