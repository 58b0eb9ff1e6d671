"""End to end on the bundled corpus: what an editor marks is found, the traps are not."""
import os
import subprocess
import sys

import pytest
import yaml

from audit.cli import main

BRIEFING = "2020-05-20-scio-new-infrastructure"
SMM = f"{BRIEFING}/smm-wen-ku-digital-infrastructure.txt"
COVER = f"{BRIEFING}/cover-news-wen-ku-new-consumption.txt"


@pytest.fixture(scope="module")
def report(corpus_dir):
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["check", corpus_dir, "--fail-on", "never", "--no-references"])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.stdout)
    return {os.path.relpath(d["path"], corpus_dir).replace(os.sep, "/"): d for d in data["documents"]}


def texts(doc, min_severity=("minor", "major", "critical")):
    return [(f["text"], f["rule"]) for f in doc["findings"] if f["severity"] in min_severity]


@pytest.mark.parametrize("doc,span", [
    (SMM, ".?."),
    (SMM, "mobile animal networking"),
    (SMM, "slapping the forehead"),
    (SMM, "we"),  # "... infrastructure. we will give"
    (SMM, "there"),
    (SMM, "healthy"),
    (SMM, "Information Office of the State Council"),
    (SMM, "The content below was translated by Tencent automatically for reference."),
    (SMM, 'Click to register: "2020 (Fifth) China International Nickel, Cobalt and Lithium Summit Forum"'),
    (SMM, "Related news"),
    (SMM, "May 21,2020"),
    (SMM, "R & D"),
    (SMM, "special summit of leaders of the 20 countries"),
    (COVER, "Vulcan and Raytheon hospitals"),
    (COVER, "reduced and reduced"),
    (COVER, "Wen ku"),
    (COVER, "Ministry of Industry and Information"),
    (COVER, "Department of Information and Communication Development"),
    (COVER, "integration of heaven and earth"),
])
def test_editor_marks_are_found(report, doc, span):
    assert span in [t for t, _ in texts(report[doc])], f"not flagged in {doc}: {span!r}"


def test_all_caps_information_three_times(report):
    caps = [t for t, r in texts(report[COVER]) if r == "all-caps-word"]
    assert caps == ["INFORMATION"] * 3


@pytest.mark.parametrize("doc,trap", [
    (SMM, "WHO"), (SMM, "5G"), (SMM, "Frank LIU"), (SMM, "LIU"), (SMM, "SMM"),
    (COVER, "MIIT"), (COVER, "ultra-HD"), (COVER, "HD"), (COVER, "repair roads"), (COVER, "build good cars"),
    (COVER, "transport good goods"), (COVER, "Ministry of Industry and Information Technology"),
])
def test_traps_are_not_minor_or_worse(report, corpus_dir, doc, trap):
    with open(os.path.join(corpus_dir, doc), encoding="utf-8") as fh:
        text = fh.read()
    positions = [i for i in range(len(text)) if text.startswith(trap, i)]
    assert positions, trap
    for f in report[doc]["findings"]:
        if f["severity"] == "info":
            continue
        for p in positions:
            assert not (f["start"] <= p and p + len(trap) <= f["end"] and f["end"] - f["start"] <= len(trap) + 40), \
                f"{trap!r} flagged by {f['rule']}: {f['text']!r}"


def test_roughly_forty_spans(report):
    n = sum(len(texts(d)) for d in report.values())
    assert 30 <= n <= 60, n


def test_python_dash_m_audit(corpus_dir):
    out = subprocess.run([sys.executable, "-m", "audit", "rules"], capture_output=True, text=True)
    assert out.returncode == 0 and "stray-punctuation" in out.stdout
