"""Hostile input, round two (issue 14): no traceback, no hang, bounded work, reports always
readable. Each case states what a user gets; README.md's "What bad input gets" table lists them.

Exit codes: 0 clean, 1 findings, 2 input/usage/rules error, 3 internal error (a bug).
"""
import os
import stat

import pytest
import yaml

import audit.engine
from audit.batch import pair_path, report_path, safe_name
from audit.cli import main
from audit.metrics import align

SHORT = "The ministry said the plan is ready.\n"
LONG = "".join(f"Sentence number {i} tells another part of the story.\n" for i in range(35))


def no_traceback(result):
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


# -- the top-level guard -----------------------------------------------------------------------
def test_internal_error_is_one_line_and_exit_3(runner, tmp_path, monkeypatch):
    doc = tmp_path / "doc.txt"
    doc.write_text(SHORT, encoding="utf-8")

    def boom(*args, **kwargs):
        raise TypeError("something inside broke")

    monkeypatch.setattr("audit.cli.check_document", boom)
    result = runner.invoke(main, ["check", str(doc)])
    assert result.exit_code == 3
    no_traceback(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "internal error: TypeError: something inside broke" in lines[0]
    assert str(doc) in lines[0] and "MTAUDIT_DEBUG=1" in lines[0]


def test_internal_error_traceback_with_debug(runner, tmp_path, monkeypatch):
    doc = tmp_path / "doc.txt"
    doc.write_text(SHORT, encoding="utf-8")
    monkeypatch.setattr("audit.cli.check_document", lambda *a, **k: 1 / 0)
    monkeypatch.setenv("MTAUDIT_DEBUG", "1")
    result = runner.invoke(main, ["check", str(doc)])
    assert isinstance(result.exception, ZeroDivisionError)  # raised: Python prints the traceback


# -- 1. a short document against a long reference ------------------------------------------------
@pytest.mark.parametrize("n,m", [(1, 35), (35, 1), (1, 200), (2, 90), (3, 500), (0, 7), (7, 0), (1, 1)])
def test_sentence_alignment_covers_any_ratio(n, m):
    hyp = [f"Hypothesis sentence {i} here." for i in range(n)]
    ref = [f"Reference line {j} there." for j in range(m)]
    beads = align(hyp, ref)
    assert [i for b in beads for i in range(*b.hyp)] == list(range(n))
    assert [j for b in beads for j in range(*b.ref)] == list(range(m))


def test_score_one_sentence_against_35(runner, tmp_path):
    (tmp_path / "one.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "long.txt").write_text(LONG, encoding="utf-8")
    result = runner.invoke(main, ["score", str(tmp_path / "one.txt"), "--ref", str(tmp_path / "long.txt"),
                                  "--format", "yaml"])
    assert result.exit_code == 0, result.output
    report = yaml.safe_load(result.stdout)
    assert report["aligned"]["hypothesis_sentences"] == 1
    assert report["aligned"]["reference_sentences"] == [35]


def test_check_and_audit_with_a_long_reference(runner, tmp_path):
    (tmp_path / "corpus" / "brief").mkdir(parents=True)
    (tmp_path / "references" / "brief").mkdir(parents=True)
    (tmp_path / "corpus" / "brief" / "doc.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "references" / "brief" / "doc.txt").write_text(LONG, encoding="utf-8")
    result = runner.invoke(main, ["check", str(tmp_path / "corpus" / "brief" / "doc.txt"), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    refs = yaml.safe_load(result.stdout)["documents"][0]["references"]
    assert "chrf" in refs["metrics"]
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "-o", str(out), "--no-align", "-q",
                                  "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    report = yaml.safe_load((out / "documents" / "brief" / "doc.txt.yaml").read_text(encoding="utf-8"))
    assert report["document"]["references"]["metrics"]


# -- 2. names that are not UTF-8 in audit --------------------------------------------------------
def test_audit_with_non_utf8_file_and_folder_names(runner, tmp_path):
    root = os.fsencode(str(tmp_path / "corpus"))
    os.makedirs(root + b"/g")
    os.makedirs(root + b"/f\xe9")
    for name, text in ((b"/g/caf\xe9.txt", b"The the plan.\n"), (b"/g/b.txt", b"Fine text.\n"),
                       (b"/f\xe9/d.txt", b"Other text.\n")):
        with open(root + name, "wb") as fh:
            fh.write(text)
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "-o", str(out), "--no-align", "-q",
                                  "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in summary["documents"]) == ["f\ufffd/d.txt", "g/b.txt", "g/caf\ufffd.txt"]
    assert "f\ufffd" in {g["name"] for g in summary["groups"]}
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "--no-align", "-q", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert len(list(yaml.safe_load_all(result.stdout))) == 4  # three documents and the summary


# -- 3. bad briefing metadata --------------------------------------------------------------------
@pytest.mark.parametrize("content", [b"briefing: [unclosed\n", bytes(range(256)) * 2, b"\xff\xfe\x00garbage"])
def test_unreadable_briefing_yaml_is_an_error_entry(runner, tmp_path, content):
    root = tmp_path / "corpus"
    (root / "g").mkdir(parents=True)
    (root / "h").mkdir()
    (root / "g" / "a.txt").write_text("Text one.\n", encoding="utf-8")
    (root / "g" / "briefing.yaml").write_bytes(content)
    (root / "h" / "b.txt").write_text("Text two.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(root), "-o", str(out), "--no-align", "-q"])
    assert result.exit_code == 2
    no_traceback(result)
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert summary["overall"]["documents"] == 2  # the folder is still audited, grouped by its name
    assert [e["path"] for e in summary["errors"]] == [str(root / "g" / "briefing.yaml")]
    assert summary["errors"][0]["reason"].startswith("unreadable briefing metadata")


def test_control_characters_in_briefing_key(runner, tmp_path):
    root = tmp_path / "corpus"
    (root / "k").mkdir(parents=True)
    (root / "k" / "a.txt").write_text("Text x here.\n", encoding="utf-8")
    (root / "k" / "b.txt").write_text("Text y here.\n", encoding="utf-8")
    (root / "k" / "briefing.yaml").write_text('briefing: "a\\0b\\x01/c"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(root), "-o", str(out), "-q", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert summary["groups"][0]["name"] == "a\0b\x01/c"
    assert len(summary["groups"][0]["pairs"]) == 1
    written = [p for p in (out / "comparisons").rglob("*.yaml")]
    assert len(written) == 1 and "\0" not in str(written[0]) and "\x01" not in str(written[0])


# -- 4. a damaged report in --output-dir ----------------------------------------------------------
@pytest.mark.parametrize("cut", [100, 5, 1])
def test_truncated_report_is_redone(runner, tmp_path, corpus_dir, cut):
    root = tmp_path / "corpus"
    (root / "g").mkdir(parents=True)
    source = os.path.join(corpus_dir, "2020-05-20-scio-new-infrastructure", "smm-wen-ku-digital-infrastructure.txt")
    with open(source, "rb") as fh:
        (root / "g" / "a.txt").write_bytes(fh.read())
    out = tmp_path / "out"
    args = ["audit", str(root), "-o", str(out), "--no-align", "-q", "--fail-on", "never"]
    assert runner.invoke(main, args).exit_code == 0
    report = out / "documents" / "g" / "a.txt.yaml"
    whole = report.read_text(encoding="utf-8")
    report.write_text("".join(whole.splitlines(keepends=True)[:cut]), encoding="utf-8")
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert report.read_text(encoding="utf-8") == whole
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert summary["documents"][0]["findings"] == 27


# -- 11. names over the file-system limit -----------------------------------------------------------
def test_long_names_are_shortened_with_a_hash(runner, tmp_path):
    root = tmp_path / "corpus"
    (root / "g").mkdir(parents=True)
    names = [f"{i:0145d}" + "é" * 30 + ".txt" for i in (1, 2)]  # 209 bytes each
    for name in names:
        (root / "g" / name).write_text("Text here. The the end.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(root), "-o", str(out), "-q", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    written = sorted(out.rglob("*.yaml"))
    assert len(written) == 4  # two documents, one pair, the summary
    assert all(len(os.fsencode(p.name)) <= 255 for p in written)
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in summary["documents"]) == [f"g/{n}" for n in names]
    result = runner.invoke(main, ["audit", str(root), "-o", str(out), "--fail-on", "never"])
    assert "0 errors" in result.stderr


def test_safe_name_properties():
    assert safe_name("plain-name.txt") == "plain-name.txt"
    long_a, long_b = "a" * 300 + "1", "a" * 300 + "2"
    assert safe_name(long_a) != safe_name(long_b)
    assert len(safe_name("é" * 300).encode("utf-8")) <= 200
    assert "\0" not in safe_name("x\0y") and "/" not in safe_name("x/y")
    assert len(os.fsencode(os.path.basename(report_path("o", "d/" + "x" * 400)))) <= 255
    assert len(os.fsencode(os.path.basename(pair_path("o", "g" * 300, "a" * 300, "b" * 300)))) <= 255
    assert len(os.fsencode(os.path.basename(os.path.dirname(pair_path("o", "g" * 300, "a", "b"))))) <= 255
