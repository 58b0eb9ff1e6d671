"""``mtaudit score``: output formats, thresholds and exit codes (CliRunner, isolated filesystem)."""
import json
import os

import pytest
import yaml
from click.testing import CliRunner

from audit.cli import main

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRIEFING = "2020-05-20-scio-new-infrastructure"
HYP = ("Wen ku said that at present, the focus of development is on digital infrastructure.\n"
       "The content below was translated by Tencent automatically for reference.\n"
       "Recently the ministry issued documents on 5G and mobile animal networking.\n")
REF = ("Wen Ku said that the current focus of development is digital infrastructure.\n"
       "Recently, the ministry issued documents on 5G and the mobile Internet of Things.\n")


@pytest.fixture
def fs(tmp_path, monkeypatch):
    """A CliRunner working in a fresh folder holding hyp.txt and ref.txt (Click 8.2+ deprecates
    ``isolated_filesystem``; pytest's tmp_path does the same job)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hyp.txt").write_text(HYP, encoding="utf-8")
    (tmp_path / "ref.txt").write_text(REF, encoding="utf-8")
    return CliRunner()


def run(runner, *args):
    return runner.invoke(main, ["score", *args], catch_exceptions=False)


def test_text_output_has_three_metrics_with_signatures_and_the_sentence_table(fs):
    result = run(fs, "hyp.txt", "--ref", "ref.txt")
    assert result.exit_code == 0, result.output
    out = result.output
    for label in ("BLEU", "chrF", "TER"):
        assert any(line.lstrip().startswith(label) and "nrefs:1|" in line and "version:" in line
                   for line in out.splitlines()), label
    assert "Sentences that need the most editing" in out
    assert "= (nothing: delete)" in out      # the Tencent notice has no counterpart
    assert "verdict" not in out              # no thresholds, no verdict line


def test_yaml_and_json_carry_the_same_data(fs):
    y = yaml.safe_load(run(fs, "hyp.txt", "--ref", "ref.txt", "--format", "yaml").output)
    j = json.loads(run(fs, "hyp.txt", "--ref", "ref.txt", "--format", "json").output)
    assert y == j
    assert y["schema"] == "mtaudit-score/1"
    assert set(y["metrics"]) == {"bleu", "chrf", "ter"}
    assert y["verdict"] == "pass" and y["thresholds"] == []
    assert len(y["segments"]) == 3 and y["hypothesis"]["path"] == "hyp.txt"
    edits = [s["edits"] for s in y["segments"]]
    assert edits == sorted(edits, reverse=True)


@pytest.mark.parametrize("gates,code", [
    (["chrf=1"], 0),
    (["chrf=99"], 1),
    (["bleu=99"], 1),
    (["ter=100"], 0),          # TER is an edit rate: the gate fails only above the limit
    (["ter=1"], 1),
    (["chrf=1", "ter=1"], 1),
    (["chrf=1", "bleu=1", "ter=100"], 0),
])
def test_fail_under_exits_1_when_a_threshold_is_missed(fs, gates, code):
    args = ["hyp.txt", "--ref", "ref.txt", "--format", "json"]
    for g in gates:
        args += ["--fail-under", g]
    result = run(fs, *args)
    assert result.exit_code == code, result.output
    report = json.loads(result.output)
    assert report["verdict"] == ("fail" if code else "pass")
    assert len(report["thresholds"]) == len(gates)


def test_text_output_reports_each_threshold(fs):
    result = run(fs, "hyp.txt", "--ref", "ref.txt", "--fail-under", "chrf=1", "--fail-under", "ter=1")
    assert result.exit_code == 1
    assert "threshold chrF >= 1:" in result.output and " ok" in result.output
    assert "threshold TER <= 1:" in result.output and "MISSED" in result.output
    assert "verdict: FAIL" in result.output


@pytest.mark.parametrize("args,needle", [
    (["hyp.txt", "--ref", "ref.txt", "--fail-under", "meteor=3"], "METRIC=NUMBER"),
    (["hyp.txt", "--ref", "ref.txt", "--fail-under", "chrf=high"], "not a number"),
    (["hyp.txt", "--ref", "ref.txt", "--format", "xml"], "xml"),
    (["hyp.txt"], "--ref"),
    (["missing.txt", "--ref", "ref.txt"], "missing.txt"),
    (["hyp.txt", "--ref", "missing.txt"], "missing.txt"),
    (["hyp.txt", "--ref", "."], "directory"),
    (["hyp.txt", "--ref", "ref.txt", "--output", "ref.txt"], "refusing to overwrite"),
])
def test_bad_input_exits_2_with_a_message(fs, args, needle):
    result = fs.invoke(main, ["score", *args])
    assert result.exit_code == 2, result.output
    assert needle in result.output


def test_binary_hypothesis_exits_2(fs):
    with open("bin.txt", "wb") as fh:
        fh.write(b"\x00\x01\x02")
    result = fs.invoke(main, ["score", "bin.txt", "--ref", "ref.txt"])
    assert result.exit_code == 2 and "binary" in result.output


def test_output_file_is_written_and_stdout_stays_empty(fs):
    result = run(fs, "hyp.txt", "--ref", "ref.txt", "--format", "yaml", "--output", "out/score.yaml")
    assert result.exit_code == 0 and result.output == ""
    with open("out/score.yaml", encoding="utf-8") as fh:
        assert yaml.safe_load(fh)["metrics"]["chrf"]["signature"].startswith("nrefs:1|")


def test_two_references(fs):
    with open("ref2.txt", "w", encoding="utf-8") as fh:
        fh.write(REF.replace("current focus", "focus right now"))
    report = json.loads(run(fs, "hyp.txt", "--ref", "ref.txt", "--ref", "ref2.txt", "--format", "json").output)
    assert all(m["signature"].startswith("nrefs:2|") for m in report["metrics"].values())
    assert [r["path"] for r in report["references"]] == ["ref.txt", "ref2.txt"]


def test_top_limits_the_listed_segments(fs):
    report = json.loads(run(fs, "hyp.txt", "--ref", "ref.txt", "--format", "json", "--top", "1").output)
    assert len(report["segments"]) == 1 and report["aligned"]["segments"] == 3


def test_score_a_corpus_report_against_its_reference():
    hyp = os.path.join(ROOT, "corpus", BRIEFING, "cover-news-wen-ku-new-consumption.txt")
    ref = os.path.join(ROOT, "references", BRIEFING, "cover-news-wen-ku-new-consumption.txt")
    runner = CliRunner()
    ok = runner.invoke(main, ["score", hyp, "--ref", ref, "--fail-under", "chrf=60", "--fail-under", "ter=80"])
    assert ok.exit_code == 0, ok.output
    assert "Vulcan and Raytheon hospitals" in ok.output            # among the sentences to edit
    missed = runner.invoke(main, ["score", hyp, "--ref", ref, "--fail-under", "ter=20"])
    assert missed.exit_code == 1 and "MISSED" in missed.output


def test_the_estimate_uses_the_config_files_selection(fs):
    """The reference-free estimate checks HYP with the catalog a check would use there."""
    def estimate(*args):
        result = run(fs, "hyp.txt", "--ref", "ref.txt", "--format", "yaml", *args)
        assert result.exit_code == 0, result.output
        return yaml.safe_load(result.output)["estimate"]["mqm"]

    plain = estimate()
    with open("mtaudit.yaml", "w", encoding="utf-8") as fh:
        fh.write("ignore: [mt-engine-notice, mt-economy-technology-terms]\n")
    ignored = estimate()
    assert ignored < plain                      # two findings fewer are counted
    assert estimate("--isolated") == plain      # no config file: the whole bundled catalog
    assert estimate("--config", "mtaudit.yaml") == ignored


def test_a_bad_config_is_a_usage_error(fs):
    with open("mtaudit.yaml", "w", encoding="utf-8") as fh:
        fh.write("select: [no-such-rule-or-category]\n")
    result = run(fs, "hyp.txt", "--ref", "ref.txt")
    assert result.exit_code == 2 and "Traceback" not in result.output
