"""`mtaudit check` and `mtaudit rules` through Click's CliRunner."""
import json
import os

import pytest
import yaml

from audit.cli import main
from audit.schema import validate

SAMPLE = "The network was built. we will go on.?. Vulcan and Raytheon hospitals were built.\n"


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_check_yaml_report_validates_and_offsets_hold(runner, sample):
    result = runner.invoke(main, ["check", str(sample), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    report = yaml.safe_load(result.output)
    validate(report)
    doc = report["documents"][0]
    assert doc["encoding"] == "utf-8" and doc["words"] == 14
    rules = {f["rule"] for f in doc["findings"]}
    assert {"lowercase-sentence-start", "stray-punctuation", "wuhan-hospital-names"} <= rules
    for f in doc["findings"]:
        assert SAMPLE[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_formats_carry_the_same_data(runner, sample, fmt):
    out = runner.invoke(main, ["check", str(sample), "--format", fmt, "--fail-on", "never"]).output
    data = json.loads(out) if fmt == "json" else yaml.safe_load(out)
    validate(data)
    assert data["summary"]["findings"] == len(data["documents"][0]["findings"])


def test_text_format_marks_the_excerpt(runner, sample):
    out = runner.invoke(main, ["check", str(sample), "--format", "text", "--fail-on", "never"]).output
    assert "».?.«" in out
    assert "stray-punctuation" in out


@pytest.mark.parametrize("fail_on,code", [("never", 0), ("critical", 0), ("major", 1), ("minor", 1)])
def test_fail_on_exit_codes(runner, sample, fail_on, code):
    assert runner.invoke(main, ["check", str(sample), "--fail-on", fail_on]).exit_code == code


def test_clean_file_exits_zero(runner, tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("The ministry said the network would be ready next year.\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(path), "--fail-on", "minor"])
    assert result.exit_code == 0
    assert yaml.safe_load(result.output)["documents"][0]["findings"] == []


def test_min_severity_filters(runner, sample):
    out = runner.invoke(main, ["check", str(sample), "--min-severity", "major", "--fail-on", "never"]).output
    sev = {f["severity"] for f in yaml.safe_load(out)["documents"][0]["findings"]}
    assert sev == {"major"}


def test_output_file_written_and_input_never_overwritten(runner, sample, tmp_path):
    out = tmp_path / "report.yaml"
    result = runner.invoke(main, ["check", str(sample), "-o", str(out), "--fail-on", "never"])
    assert result.exit_code == 0 and result.output == ""
    validate(yaml.safe_load(out.read_text(encoding="utf-8")))
    result = runner.invoke(main, ["check", str(sample), "-o", str(sample)])
    assert result.exit_code == 2
    assert "refusing to overwrite" in result.output
    assert sample.read_text(encoding="utf-8") == SAMPLE


def test_directory_recursion_and_bad_file(runner, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Fine text here.\n", encoding="utf-8")
    (tmp_path / "a" / "two.md").write_text("More fine text.\n", encoding="utf-8")
    (tmp_path / "a" / "skip.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a" / "bin.txt").write_bytes(b"\x00\x01\x02")
    result = runner.invoke(main, ["check", str(tmp_path), "--fail-on", "never"])
    assert result.exit_code == 2  # an input failed
    report = yaml.safe_load(result.stdout)
    assert [os.path.basename(d["path"]) for d in report["documents"]] == ["one.txt", "two.md"]
    assert report["errors"][0]["path"].endswith("bin.txt")
    assert "binary" in report["errors"][0]["reason"]


def test_missing_path_and_bad_rules_exit_2_without_traceback(runner, tmp_path, sample):
    result = runner.invoke(main, ["check", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: x\n    type: nosuch\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(sample), "--rules", str(bad)])
    assert result.exit_code == 2
    assert "rule 'x'" in result.output and "key 'type'" in result.output
    assert "Traceback" not in result.output


def test_usage_error_exits_2(runner):
    assert runner.invoke(main, ["check"]).exit_code == 2
    assert runner.invoke(main, ["check", "x", "--format", "xml"]).exit_code == 2


def test_rules_list_and_explain(runner):
    out = runner.invoke(main, ["rules"]).output
    assert "stray-punctuation" in out and "boilerplate" in out
    result = runner.invoke(main, ["rules", "--explain", "stray-punctuation"])
    assert result.exit_code == 0
    assert "Flagged:" in result.output and ".?." in result.output
    assert '    span: "?."\n    fix:  "Firms on the white list. They will get loans first."\n' in result.output
    result = runner.invoke(main, ["rules", "--explain", "untranslated-chinese"])
    assert '    span: "新基建"\n    fix:  (no suggestion)\n' in result.output
    result = runner.invoke(main, ["rules", "--explain", "no-such-rule"])
    assert result.exit_code == 2 and "no rule with id" in result.output


def test_rules_check(runner, tmp_path):
    from audit.rules import default_rules_path

    result = runner.invoke(main, ["rules", "--check", default_rules_path()])
    assert result.exit_code == 0, result.output
    assert "rules valid" in result.output
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(
        "rules:\n  - {id: w, type: pattern, pattern: 'foo', category: style/awkward, severity: minor,\n"
        "     message: m, description: d, examples: {flag: [bar], pass: [foo]}}\n", encoding="utf-8")
    result = runner.invoke(main, ["rules", "--check", str(wrong)])
    assert result.exit_code == 2
    assert "false negative in w: 'bar'" in result.output
    assert "false positive in w: 'foo'" in result.output
    wrong.write_text(
        "rules:\n  - {id: w, type: pattern, pattern: 'foo', suggestion: bar, category: style/awkward, severity: minor,\n"
        "     message: m, description: d, examples: {flag: [{text: a foo, span: a foo, fix: a baz}], pass: [bar]}}\n"
        "  - {id: v, type: pattern, pattern: 'bar', category: style/awkward, severity: minor,\n"
        "     message: m, description: d, examples: {flag: [bar], pass: [foo]}}\n", encoding="utf-8")
    result = runner.invoke(main, ["rules", "--check", str(wrong)])
    assert result.exit_code == 2
    assert "wrong span in w: 'a foo' flags 'foo', expected 'a foo'" in result.output
    assert "wrong fix in w: 'a foo' -> 'a bar', expected 'a baz'" in result.output
    assert "fix in w triggers v: 'a bar' (flags 'bar')" in result.output
    assert "Traceback" not in result.output


def test_check_does_not_import_the_embedding_stack():
    import subprocess
    import sys

    code = "import sys, audit.cli; print(any(m in sys.modules for m in ('torch', 'sentence_transformers', 'transformers')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_text_view_marks_the_finding_not_an_earlier_occurrence(runner, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("It said the the network; later the the plan.\n", encoding="utf-8")
    out = runner.invoke(main, ["check", str(path), "--format", "text", "--fail-on", "never"]).output
    lines = [l for l in out.splitlines() if "»" in l]
    assert len(lines) == 2
    assert lines[0].strip() == "It said »the the« network; later the the plan."
    assert lines[1].strip() == "It said the the network; later »the the« plan."
