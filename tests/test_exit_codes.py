"""One exit-code rule for `check` and `audit`: the gate in the summary decides, and display
filters (--min-severity) never change scores, verdicts or the exit code."""
import itertools

import pytest
import yaml

from audit.cli import main
from audit.policy import failing, gate
from audit.schema import validate

RULES = """
scoring: {threshold: 5.0}
rules:
""" + "".join(f"""
  - id: sev-{sev}
    type: pattern
    pattern: '\\bZZ{sev.upper()}\\b'
    category: style/awkward
    severity: {sev}
    message: marker {sev}
    description: A test marker of severity {sev}.
    examples: {{flag: ['ZZ{sev.upper()}'], pass: ['zz']}}
""" for sev in ("info", "minor", "major", "critical"))

FILLER = " ".join(["word"] * 60)
# Documents: (markers, long?) -> a verdict that differs from the highest severity in places:
# one minor in a short document fails the score; one minor in a long one passes it.
DOCS = {
    "clean": "",
    "info": "ZZINFO",
    "minor-short": "ZZMINOR",
    "minor-long": "ZZMINOR " + FILLER,
    "major-long": "ZZMAJOR " + FILLER + " " + FILLER,
    "critical-long": "ZZCRITICAL " + FILLER + " " + FILLER,
}
ORDER = ["info", "minor", "major", "critical"]
FAIL_ON = ["minor", "major", "critical", "verdict", "never"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    for name, text in DOCS.items():
        folder = tmp_path / "corpus" / name
        folder.mkdir(parents=True)
        (folder / f"{name}.txt").write_text(f"Some text. {text}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def expected(doc_names, fail_on, report_docs):
    if fail_on == "never":
        return 0
    if fail_on == "verdict":
        return int(any(d["score"]["verdict"] == "fail" for d in report_docs))
    worst = [n.split("-")[0] for n in doc_names]
    return int(any(w in ORDER and ORDER.index(w) >= ORDER.index(fail_on) for w in worst))


COMBOS = [c for n in (1, 2) for c in itertools.combinations(DOCS, n)]


@pytest.mark.parametrize("fail_on", FAIL_ON)
@pytest.mark.parametrize("names", COMBOS, ids=lambda c: "+".join(c))
def test_check_exit_code_agrees_with_the_summary(runner, project, fail_on, names):
    paths = [f"corpus/{n}/{n}.txt" for n in names]
    result = runner.invoke(main, ["check", *paths, "--rules", "rules.yaml", "--isolated", "--no-references",
                                  "--fail-on", fail_on])
    report = yaml.safe_load(result.stdout)
    g = report["summary"]["gate"]
    assert result.exit_code == g["exit_code"] == expected(names, fail_on, report["documents"])
    assert g["failing"] == sum(failing({f["severity"]: 1 for f in d["findings"]}, d["score"]["verdict"], fail_on)
                               for d in report["documents"])
    # --min-severity hides findings but changes neither scores, verdicts nor the exit code.
    hidden = runner.invoke(main, ["check", *paths, "--rules", "rules.yaml", "--isolated", "--no-references",
                                  "--fail-on", fail_on, "--min-severity", "critical"])
    hreport = yaml.safe_load(hidden.stdout)
    validate(report)
    validate(hreport)
    assert hidden.exit_code == result.exit_code
    assert [d["score"] for d in hreport["documents"]] == [d["score"] for d in report["documents"]]
    assert hreport["summary"]["gate"] == g
    assert all(f["severity"] == "critical" for d in hreport["documents"] for f in d["findings"])


@pytest.mark.parametrize("fail_on", FAIL_ON)
def test_audit_uses_the_same_rule(runner, project, fail_on):
    check = runner.invoke(main, ["check", "corpus", "--rules", "rules.yaml", "--isolated", "--no-references",
                                 "--fail-on", fail_on])
    out = project / "out"
    audit = runner.invoke(main, ["audit", "corpus", "--rules", "rules.yaml", "--isolated", "--no-align", "-q",
                                 "--output-dir", str(out), "--fail-on", fail_on])
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    validate(summary, "summary")
    assert audit.exit_code == check.exit_code == summary["overall"]["gate"]["exit_code"]
    assert summary["overall"]["gate"]["failing"] == yaml.safe_load(check.stdout)["summary"]["gate"]["failing"]


def test_fail_on_critical_with_a_failed_score_says_why_it_passes(runner, project):
    result = runner.invoke(main, ["check", "corpus/minor-short/minor-short.txt", "--rules", "rules.yaml",
                                  "--isolated", "--fail-on", "critical", "--format", "text"])
    assert result.exit_code == 0
    assert "1 failed" in result.stdout
    assert "gate --fail-on critical: 0 documents failing -> PASS (exit 0)" in result.stdout
    result = runner.invoke(main, ["check", "corpus/minor-short/minor-short.txt", "--rules", "rules.yaml",
                                  "--isolated", "--fail-on", "verdict", "--format", "text"])
    assert result.exit_code == 1
    # the line names the threshold the verdict was decided by (usertrial26)
    assert "gate --fail-on verdict (a score over 5 per 100 words fails): 1 document failing -> FAIL (exit 1)" \
        in result.stdout


def test_gate_table():
    assert gate([({"minor": 1}, "pass")], 0, "minor") == {"fail_on": "minor", "failing": 1, "status": "fail",
                                                         "exit_code": 1}
    assert gate([({"minor": 1}, "pass")], 0, "major")["exit_code"] == 0
    assert gate([({"info": 3}, "fail")], 0, "verdict")["exit_code"] == 1
    assert gate([({"critical": 1}, "fail")], 0, "never")["exit_code"] == 0
    assert gate([], 1, "never") == {"fail_on": "never", "failing": 0, "status": "error", "exit_code": 2}


def test_stdin_is_read_for_dash(runner, tmp_path):
    text = "The network was built. we will go on.?.\n"
    result = runner.invoke(main, ["check", "-", "--stdin-filename", "news/today.txt", "--isolated",
                                  "--fail-on", "never"], input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(result.stdout)["documents"][0]
    assert doc["path"] == "news/today.txt"
    assert any(f["rule"] == "stray-punctuation" for f in doc["findings"])
    for f in doc["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
    plain = runner.invoke(main, ["check", "-", "--isolated", "--fail-on", "never"], input=b"Fine text.\n")
    assert yaml.safe_load(plain.stdout)["documents"][0]["path"] == "<stdin>"


def test_audit_last_line_states_the_gate(runner, project):
    result = runner.invoke(main, ["audit", "corpus/minor-short", "--rules", "rules.yaml", "--isolated",
                                  "--no-align", "--fail-on", "critical", "-o", str(project / "out")])
    assert result.exit_code == 0
    assert "1 failed the score" in result.stderr
    assert "gate --fail-on critical: 0 failing -> pass (exit 0)" in result.stderr
