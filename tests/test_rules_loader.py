"""Loader errors name the file, the rule and the key, as one exception type."""
import pytest

from audit.rules import RuleError, load_rules

GOOD = """  - id: {id}
    type: pattern
    pattern: 'foo'
    category: style/awkward
    severity: minor
    message: "found {{match}}"
    description: d
    examples: {{flag: [foo], pass: [bar]}}
"""


def write(tmp_path, text):
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


CASES = [
    ("rules: [\n  - id: x\n", None, None, "invalid YAML"),
    ("rules:\n" + GOOD.format(id="a") + GOOD.format(id="a"), "a", "id", "duplicate rule id"),
    ("rules:\n" + GOOD.format(id="a").replace("type: pattern", "type: nosuch"), "a", "type", "unknown detector type"),
    ("rules:\n" + GOOD.format(id="a").replace("    pattern: 'foo'\n", ""), "a", "pattern", "missing required key"),
    ("rules:\n" + GOOD.format(id="a").replace("'foo'", "'(unclosed'"), "a", "pattern", "invalid regular expression"),
    ("rules:\n" + GOOD.format(id="a").replace("severity: minor", "severity: huge"), "a", "severity", "unknown severity"),
    ("rules:\n" + GOOD.format(id="a").replace("style/awkward", "Bad Category"), "a", "category", "MQM category"),
    ("rules:\n" + GOOD.format(id="a").replace("{match}", "{nothing}"), "a", "message", "unknown placeholder"),
    ("rules:\n" + GOOD.format(id="a").replace("pass: [bar]", "pass: []"), "a", "examples.pass", "non-empty list"),
    ("rules:\n" + GOOD.format(id="a").replace("    examples: {flag: [foo], pass: [bar]}\n", ""), "a", "examples", "every rule needs examples"),
    ("rules:\n" + GOOD.format(id="a") + "    colour: red\n", "a", "colour", "unknown key"),
    ("rules:\n" + GOOD.format(id="a").replace("    description: d\n", ""), "a", "description", "non-empty string"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: []"), "a", "examples.flag", "non-empty list"),
    ("rules:\n" + GOOD.format(id="a").replace("'foo'", "42"), "a", "pattern", "expected str"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [{text: foo, colour: red}]"), "a", "examples.flag[0].colour", "unknown key"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [{span: foo}]"), "a", "examples.flag[0].text", "non-empty string"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [{text: a foo, span: bar}]"), "a", "examples.flag[0].span", "does not occur"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [{text: a foo, span: 3}]"), "a", "examples.flag[0].span", "non-empty string"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [{text: a foo, fix: [x]}]"), "a", "examples.flag[0].fix", "must be a string"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [{text: a foo, fix: a foo}]"), "a", "examples.flag[0].fix", "unchanged"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [{text: a foo}]"), "a", "examples.flag[0]", "needs 'span', 'fix'"),
    ("rules:\n" + GOOD.format(id="a").replace("pass: [bar]", "pass: [{text: bar, span: bar}]"), "a", "examples.pass[0]", "non-empty string"),
    ("rules:\n" + GOOD.format(id="a").replace("flag: [foo]", "flag: [foo, 7]"), "a", "examples.flag[1]", "non-empty string"),
    ("rules: []\nscoring: {per_words: 7}\n", None, "scoring.per_words", "100 or 1000"),
    ("!!python/object/apply:os.system ['echo hi']\n", None, None, "invalid YAML"),
]


@pytest.mark.parametrize("text,rule,key,reason", CASES)
def test_loader_errors(tmp_path, text, rule, key, reason):
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_rules(path)
    err = info.value
    message = str(err)
    assert "\n" not in message
    assert message.startswith(path)
    assert reason in message
    if rule:
        assert f"rule '{rule}'" in message
    if key:
        assert f"key '{key}'" in message


def test_missing_file(tmp_path):
    with pytest.raises(RuleError, match="cannot read"):
        load_rules(str(tmp_path / "none.yaml"))


def test_disabled_rule_is_skipped(tmp_path):
    path = write(tmp_path, "rules:\n" + GOOD.format(id="a") + "    enabled: false\n" + GOOD.format(id="b"))
    assert [r.id for r in load_rules(path).rules] == ["b"]


def test_pinned_examples_load_as_text_span_and_fix(tmp_path):
    text = "rules:\n" + GOOD.format(id="a").replace(
        "flag: [foo]", "flag: [foo, {text: a foo, span: foo, fix: a bar}, {text: foo!, fix: null}]")
    (rule,) = load_rules(write(tmp_path, text)).rules
    assert [(e.text, e.span, e.fix, e.has_fix) for e in rule.examples["flag"]] == [
        ("foo", None, None, False), ("a foo", "foo", "a bar", True), ("foo!", None, None, True)]
    assert [e.text for e in rule.examples["pass"]] == ["bar"]



@pytest.mark.parametrize("code", [0x0a, 0x0d, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029])
def test_an_error_naming_a_value_with_any_line_break_stays_one_line(tmp_path, code):
    # A path given with a record separator in it must not split the one-line error:
    # str.splitlines breaks at every one of these characters.
    rule = (GOOD.format(id="cut").replace("type: pattern", "type: cut_names").replace("pattern: 'foo'", f'path: "names\\u{code:04x}file.yaml"'))
    text = "rules:\n" + rule
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_rules(path)
    assert chr(code) not in str(info.value)
    assert len(str(info.value).splitlines()) == 1
    assert "not found" in str(info.value)
