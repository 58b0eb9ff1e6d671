"""Bad input, bad rules, interrupted runs: clear errors, nothing lost, nothing hangs.

Each case states what a user gets; README.md's "What bad input gets" table lists them.
"""
import codecs
import os

import pytest
import yaml

import audit.document
from audit.cli import main
from audit.schema import validate

TEXT = "Wen Ku said\u00a0the “5G” plan.\r\nThe next line.\nzero\u200bwidth INFORMATION and more.?.\r\n"


def check(runner, *args):
    result = runner.invoke(main, ["check", *map(str, args), "--fail-on", "never"])
    return result, (yaml.safe_load(result.stdout) if result.stdout.strip() else None)


@pytest.mark.parametrize("name,data,encoding", [
    ("utf8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    ("utf16-le", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    ("utf16-be", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ("utf8", TEXT.encode("utf-8"), "utf-8"),
])
def test_encodings_offsets_exact(runner, tmp_path, name, data, encoding):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    result, report = check(runner, path)
    assert result.exit_code == 0
    doc = report["documents"][0]
    assert doc["encoding"] == encoding
    assert {"stray-punctuation", "all-caps-word"} <= {f["rule"] for f in doc["findings"]}
    for f in doc["findings"]:
        assert TEXT[f["start"]:f["end"]] == f["text"]


def test_gb18030_and_cp1252_files(runner, tmp_path):
    zh = tmp_path / "zh.txt"
    zh_text = "国务院新闻办公室举行发布会。The ministry spoke,. 工业和信息化部新闻发言人出席。\n" * 2
    zh.write_bytes(zh_text.encode("gb18030"))
    latin = tmp_path / "latin.txt"
    latin_text = "The café’s “naïve” plan — costs €5 — was INFORMATION and ready. It grew.\n" * 2
    latin.write_bytes(latin_text.encode("cp1252"))
    result, report = check(runner, zh, latin)
    assert result.exit_code == 0
    by_name = {os.path.basename(d["path"]): d for d in report["documents"]}
    assert by_name["zh.txt"]["encoding"] == "gb18030"
    assert by_name["latin.txt"]["encoding"] == "cp1252"
    for name, text in (("zh.txt", zh_text), ("latin.txt", latin_text)):
        assert by_name[name]["findings"]
        for f in by_name[name]["findings"]:
            assert text[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("data,reason", [
    (b"\x00\x01binary\x00data", "binary file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    (b"\x81\x8d\x8f\x90\x9d", "undecodable bytes"),
])
def test_binary_and_undecodable_files_are_errors(runner, tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Fine text.\n", encoding="utf-8")
    result, report = check(runner, path, good)
    assert result.exit_code == 2
    assert len(report["documents"]) == 1
    assert report["errors"][0]["reason"].startswith(reason)
    assert "Traceback" not in result.output
    validate(report)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_and_whitespace_files_have_no_findings(runner, tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    result, report = check(runner, path)
    assert result.exit_code == 0
    doc = report["documents"][0]
    assert doc["findings"] == [] and doc["words"] == 0
    assert doc["score"]["normalized"] == 0 and doc["score"]["verdict"] == "pass"


def test_huge_file_refused_over_max_bytes(runner, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # a sparse 200 MB file: no disk is used
        fh.truncate(200 * 1024 * 1024)
    result, report = check(runner, path)
    assert result.exit_code == 2
    assert "over the --max-bytes limit" in report["errors"][0]["reason"]
    result, report = check(runner, path, "--max-bytes", "1000")
    assert "1000" in report["errors"][0]["reason"]


def test_unreadable_file(runner, tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(audit.document, "open", deny, raising=False)
    result, report = check(runner, path)
    assert result.exit_code == 2
    assert report["errors"] == [{"path": str(path), "reason": "permission denied"}]


def test_symlinks_broken_and_looping(runner, tmp_path):
    (tmp_path / "good.txt").write_text("Fine.\n", encoding="utf-8")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    os.symlink(tmp_path, tmp_path / "dirloop")  # a directory cycle is not followed
    result, report = check(runner, tmp_path)
    assert result.exit_code == 2
    reasons = {os.path.basename(e["path"]): e["reason"] for e in report["errors"]}
    assert "broken symlink" in reasons["broken.txt"] or "no such file" in reasons["broken.txt"]
    assert "symbolic links" in reasons["loop.txt"]
    assert [os.path.basename(d["path"]) for d in report["documents"]] == ["good.txt"]
    result, _ = check(runner, tmp_path / "broken.txt")
    assert result.exit_code == 2 and "broken symlink" in result.output


def test_non_utf8_file_name(runner, tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(b"The the plan.\n")
    result, report = check(runner, tmp_path)
    assert result.exit_code == 0
    assert report["documents"][0]["path"].endswith("caf\ufffd.txt")
    assert report["documents"][0]["findings"][0]["rule"] == "repeated-word"


def test_path_that_does_not_exist(runner, tmp_path):
    result, report = check(runner, tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert report["errors"][0]["reason"] == "no such file or directory"
    assert "nope.txt: no such file or directory" in result.stderr


def test_catastrophic_regex_times_out_and_run_goes_on(runner, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n"
        "  - {id: slow, type: pattern, pattern: '(a|aa)+$', timeout: 0.2, category: style/awkward,\n"
        "     severity: minor, message: m, description: d, examples: {flag: [a], pass: [b]}}\n"
        "  - {id: fast, type: pattern, pattern: 'b', category: style/awkward,\n"
        "     severity: minor, message: m, description: d, examples: {flag: [b], pass: [a]}}\n",
        encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("a" * 80 + "b\n", encoding="utf-8")
    result, report = check(runner, doc, "--rules", rules)
    assert result.exit_code == 0
    d = report["documents"][0]
    assert d["warnings"][0]["rule"] == "slow" and "timeout" in d["warnings"][0]["message"]
    assert [f["rule"] for f in d["findings"]] == ["fast"]


def test_python_object_tags_refused(runner, tmp_path):
    rules = tmp_path / "evil.yaml"
    marker = tmp_path / "pwned"
    rules.write_text(f"!!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("text\n", encoding="utf-8")
    result, _ = check(runner, doc, "--rules", rules)
    assert result.exit_code == 2
    assert "invalid YAML" in result.output and "Traceback" not in result.output
    assert not marker.exists()


def test_atomic_write_keeps_old_report_on_failure(runner, tmp_path, monkeypatch):
    doc = tmp_path / "doc.txt"
    doc.write_text("The the plan.\n", encoding="utf-8")
    out = tmp_path / "report.yaml"
    out.write_text("old report\n", encoding="utf-8")

    def crash(src, dst):
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-write

    monkeypatch.setattr(os, "replace", crash)
    result = runner.invoke(main, ["check", str(doc), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "old report\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".mtaudit-")] == []


def test_ctrl_c_during_audit_keeps_reports_and_resumes(runner, tmp_path, monkeypatch):
    import audit.batch as batch

    root = tmp_path / "corpus"
    for i in range(3):
        (root / f"g{i}").mkdir(parents=True)
        (root / f"g{i}" / "doc.txt").write_text(f"Document {i}. the end.\n", encoding="utf-8")
    out = tmp_path / "out"
    real = batch.run_group
    calls = []

    def interrupted(group, *a, **k):
        calls.append(group.name)
        if group.name == "g1":
            raise KeyboardInterrupt
        return real(group, *a, **k)

    monkeypatch.setattr(batch, "run_group", interrupted)
    result = runner.invoke(main, ["audit", str(root), "-o", str(out), "--no-align", "--quiet"])
    assert result.exit_code == 130
    assert "next run resumes" in result.output
    assert (out / "documents" / "g0" / "doc.txt.yaml").exists()
    assert not (out / "summary.yaml").exists()
    monkeypatch.setattr(batch, "run_group", lambda g, *a, **k: calls.append(g.name) or real(g, *a, **k))
    calls.clear()
    result = runner.invoke(main, ["audit", str(root), "-o", str(out), "--no-align", "--quiet", "--fail-on", "never"])
    assert result.exit_code == 0
    assert calls == ["g1", "g2"]
    assert yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))["overall"]["documents"] == 3


def test_output_to_a_device_or_fifo_is_written_in_place(runner, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("The the plan.\n", encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got = []
    def read():
        with open(fifo, encoding="utf-8") as fh:
            got.append(fh.read())

    reader = threading.Thread(target=read)
    reader.start()
    result = runner.invoke(main, ["check", str(doc), "-o", str(fifo), "--fail-on", "never"])
    reader.join(timeout=10)
    assert result.exit_code == 0
    assert yaml.safe_load(got[0])["documents"][0]["findings"][0]["rule"] == "repeated-word"
    assert os.path.exists(fifo) and not os.path.isfile(fifo)  # still a FIFO, not replaced
    assert runner.invoke(main, ["check", str(doc), "-o", os.devnull, "--fail-on", "never"]).exit_code == 0
    assert not os.path.isfile(os.devnull)
