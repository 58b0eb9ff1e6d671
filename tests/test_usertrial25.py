"""Defects met playing the editor with two outlets' translations of one briefing and, for some,
the Chinese source, from README.md and --help (usertrial25): each test is the command that
misbehaved, or the planted disagreement compare missed, and what it should do instead."""
import os

import yaml

from audit.cli import main

DATA = os.path.join(os.path.dirname(__file__), "data", "bilingual")
EN = os.path.join(DATA, "report.en.txt")
ZH = os.path.join(DATA, "report.zh.txt")


def no_traceback(result):
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


# -- audit ROOT laid out as the README says: ROOT/corpus, ROOT/sources, ROOT/references --------
def _project(tmp_path):
    """ROOT/corpus/brief/a.txt with its source in ROOT/sources/brief/ and its reference in
    ROOT/references/brief/, the layout the README gives for `mtaudit audit`."""
    root = tmp_path / "root"
    for folder in ("corpus", "sources", "references"):
        (root / folder / "brief").mkdir(parents=True)
    with open(EN, encoding="utf-8") as fh:
        english = fh.read()
    (root / "corpus" / "brief" / "a.txt").write_text(english, encoding="utf-8")
    with open(ZH, encoding="utf-8") as fh:
        (root / "sources" / "brief" / "a.txt").write_text(fh.read(), encoding="utf-8")
    (root / "references" / "brief" / "a.txt").write_text(english, encoding="utf-8")
    return root


def test_audit_root_does_not_audit_the_sources_and_references_beside_the_corpus(runner, tmp_path):
    root = _project(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(root), "-o", str(out), "--no-align", "-q", "--isolated",
                                  "--fail-on", "never"])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert [d["path"] for d in summary["documents"]] == ["corpus/brief/a.txt"]
    assert summary["overall"]["documents"] == 1
    assert not (out / "documents" / "sources").exists() and not (out / "documents" / "references").exists()
    doc = yaml.safe_load((out / "documents" / "corpus" / "brief" / "a.txt.yaml").read_text(encoding="utf-8"))
    assert doc["document"]["source"]["path"].endswith(os.path.join("sources", "brief", "a.txt"))
    assert doc["document"]["references"]


def test_audit_of_a_sources_folder_named_as_root_still_audits_it(runner, tmp_path):
    # the skip is for lookup folders below ROOT; a ROOT the user names is audited as asked
    root = _project(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(root / "references"), "-o", str(out), "--no-align", "-q",
                                  "--isolated", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert [d["path"] for d in summary["documents"]] == ["brief/a.txt"]

