"""Baselines of accepted findings and Markdown disable/enable comments."""
import pytest
import yaml

from audit.baseline import Baseline, BaselineError, build, fingerprint
from audit.cli import main
from audit.suppress import regions

DOC = """BEIJING, May 21 (Xinhua) -- The network was built. we will go on.?. Vulcan and Raytheon hospitals were built.

The ministry said the the plan would go on.

Officials said prices would rise , which worried traders.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "doc.txt").write_text(DOC, encoding="utf-8")
    return tmp_path


def check(runner, *args, fail_on="minor"):
    result = runner.invoke(main, ["check", *args, "--isolated", "--no-references", "--fail-on", fail_on])
    assert result.exit_code in (0, 1), result.output
    return result, yaml.safe_load(result.stdout)


def findings(report):
    return [f for d in report["documents"] for f in d["findings"]]


def test_baseline_hides_todays_findings_and_survives_edits(runner, project):
    result, report = check(runner, "news/doc.txt")
    today = findings(report)
    assert result.exit_code == 1 and len(today) >= 4
    result = runner.invoke(main, ["check", "news/doc.txt", "--isolated", "--no-references",
                                  "--write-baseline", "baseline.yaml"])
    assert result.exit_code == 0
    data = yaml.safe_load((project / "baseline.yaml").read_text(encoding="utf-8"))
    assert data["schema"] == "mtaudit-baseline/1"
    assert sum(e["count"] for e in data["findings"]) == len(today)
    assert {e["path"] for e in data["findings"]} == {"news/doc.txt"}

    result, report = check(runner, "news/doc.txt", "--baseline", "baseline.yaml")
    assert result.exit_code == 0 and findings(report) == []
    assert report["documents"][0]["hidden"] == {"baseline": len(today)}
    assert report["documents"][0]["score"]["penalty"] == 0  # accepted findings are not scored

    # a line inserted above and the paragraphs reordered: still all accepted
    paragraphs = DOC.split("\n\n")
    edited = "A new headline line.\n\n" + "\n\n".join([paragraphs[2], paragraphs[0], paragraphs[1]])
    (project / "news" / "doc.txt").write_text(edited, encoding="utf-8")
    result, report = check(runner, "./news/doc.txt", "--baseline", "baseline.yaml")
    assert result.exit_code == 0 and findings(report) == []

    # exactly one new error gets through
    (project / "news" / "doc.txt").write_text(edited + "\nThe bridge opened on Monday,. Traffic eased.\n",
                                              encoding="utf-8")
    result, report = check(runner, "news/doc.txt", "--baseline", "baseline.yaml")
    new = findings(report)
    assert len(new) == 1 and new[0]["text"] == ",." and result.exit_code == 1
    assert report["summary"]["gate"]["failing"] == 1


def test_repeats_are_counted(runner, project):
    line = "They said the the plan.\n"
    (project / "news" / "doc.txt").write_text(line * 2, encoding="utf-8")
    runner.invoke(main, ["check", "news/doc.txt", "--isolated", "--no-references", "--write-baseline", "b.yaml"])
    data = yaml.safe_load((project / "b.yaml").read_text(encoding="utf-8"))
    assert [e["count"] for e in data["findings"]] == [2]
    (project / "news" / "doc.txt").write_text(line * 3, encoding="utf-8")
    _, report = check(runner, "news/doc.txt", "--baseline", "b.yaml")
    assert len(findings(report)) == 1


def test_baseline_is_per_file(runner, project):
    runner.invoke(main, ["check", "news/doc.txt", "--isolated", "--no-references", "--write-baseline", "b.yaml"])
    (project / "news" / "copy.txt").write_text(DOC, encoding="utf-8")
    _, report = check(runner, "news", "--baseline", "b.yaml")
    by_path = {d["path"]: len(d["findings"]) for d in report["documents"]}
    assert by_path["news/doc.txt"] == 0 and by_path["news/copy.txt"] >= 4


def test_fingerprint_ignores_position_but_not_text_or_rule():
    f = {"rule": "r", "text": "the the", "context": "It said the the plan."}
    assert fingerprint(f) == fingerprint(dict(f, start=500, line=40))
    assert fingerprint(f) == fingerprint(dict(f, context="It  SAID the the plan."))  # case, spacing
    assert fingerprint(f) == fingerprint(dict(f, context="Far earlier words that change. It said the the plan."))
    assert fingerprint(f) != fingerprint(dict(f, rule="s"))
    assert fingerprint(f) != fingerprint(dict(f, context="It said the the scheme."))
    base = Baseline.from_data(build([("a.txt", [f, f])]))
    kept, hidden = base.split("a.txt", [f, f, f])
    assert (len(kept), hidden) == (1, 2)


@pytest.mark.parametrize("text", ["[1, 2]\n", "schema: other\nfindings: []\n",
                                  "schema: mtaudit-baseline/1\nfindings: [{path: a}]\n", "a: [\n"])
def test_bad_baseline_is_a_usage_error(runner, project, text):
    (project / "b.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError):
        Baseline.load(str(project / "b.yaml"))
    result = runner.invoke(main, ["check", "news/doc.txt", "--isolated", "--baseline", "b.yaml"])
    assert result.exit_code == 2 and "b.yaml" in result.output and "Traceback" not in result.output


def test_audit_honours_a_baseline(runner, project):
    runner.invoke(main, ["check", "news", "--isolated", "--no-references", "--write-baseline", "b.yaml"])
    result = runner.invoke(main, ["audit", "news", "--isolated", "--no-align", "-q", "--fail-on", "minor",
                                  "--baseline", "b.yaml", "-o", "out"])
    summary = yaml.safe_load((project / "out" / "summary.yaml").read_text(encoding="utf-8"))
    assert result.exit_code == 0 and summary["overall"]["findings"] == 0


MD = """# Briefing

<!-- mtaudit-disable stray-punctuation -->
We will go on.?. The plan stands.
<!-- mtaudit-enable stray-punctuation -->

Then we go on.?. And the the plan.

<!-- mtaudit-disable fluency -->
It said the the thing.?.
<!-- mtaudit-enable -->

<!-- mtaudit-disable -->
Last the the line.?.
"""


def test_markdown_disable_enable_comments(runner, project):
    (project / "news" / "brief.md").write_text(MD, encoding="utf-8")
    (project / "news" / "brief.txt").write_text(MD, encoding="utf-8")
    _, report = check(runner, "news/brief.md", "news/brief.txt", fail_on="never")
    md, txt = report["documents"]
    lines = sorted((f["line"], f["rule"]) for f in md["findings"])
    assert lines == [(7, "repeated-word"), (7, "stray-punctuation")]
    assert md["hidden"]["inline"] == len(txt["findings"]) - len(md["findings"])
    assert {f["line"] for f in txt["findings"]} == {4, 7, 10, 14}  # comments do nothing outside Markdown


def test_regions_table():
    text = "a <!-- mtaudit-disable x, y --> b <!-- mtaudit-enable y --> c"
    spans, comments = regions(text)
    assert len(comments) == 2
    assert [(t, text[s:e].strip()) for s, e, t in spans] == [("y", "b"), ("x", "b <!-- mtaudit-enable y --> c")]


def test_unknown_rule_in_a_markdown_comment_is_a_warning(runner, project):
    (project / "news" / "w.md").write_text("<!-- mtaudit-disable no-such-rule -->\nIt said the the plan.\n",
                                           encoding="utf-8")
    _, report = check(runner, "news/w.md", fail_on="never")
    doc = report["documents"][0]
    assert [f["rule"] for f in doc["findings"]] == ["repeated-word"]
    assert doc["warnings"] == [{"rule": "mtaudit-disable", "message": "'no-such-rule' in an mtaudit-disable/enable "
                                "comment names no rule, category or id prefix"}]


@pytest.mark.parametrize("out_dir", [False, True])
def test_audit_writes_a_baseline_check_can_use(runner, project, out_dir):
    (project / "news" / "copy.md").write_text(DOC, encoding="utf-8")
    args = ["audit", "news", "--isolated", "--no-align", "-q", "--write-baseline", "b.yaml"]
    result = runner.invoke(main, args + (["-o", "out"] if out_dir else []))
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((project / "b.yaml").read_text(encoding="utf-8"))
    assert {e["path"] for e in data["findings"]} == {"news/doc.txt", "news/copy.md"}
    result, report = check(runner, "news", "--baseline", "b.yaml")
    assert result.exit_code == 0 and findings(report) == []
