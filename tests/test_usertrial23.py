"""Defects a new user met working from README.md and --help (usertrial23): each test is the
command that misbehaved and what it should do instead."""
import pytest

from audit.cli import main
from audit.embeddings import DEFAULT_BACKEND

TEXT = "The ministry said the the growth was strong.?. It was good.\n"


def no_traceback(result):
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


# -- --help names the default encoder that runs ------------------------------------------------
@pytest.mark.parametrize("command", ["audit", "compare"])
def test_backend_help_names_the_real_default(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert f"{DEFAULT_BACKEND} (the default" in text
    assert "onnx (the default" not in text


# -- an option given where it does nothing is a usage error, not silence -------------------------
def test_scheduler_without_dask_executor_is_a_usage_error(runner, tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["audit", str(tmp_path), "--scheduler", "tcp://10.0.0.5:8786",
                                  "--no-align", "-q", "--isolated", "--fail-on", "never"])
    no_traceback(result)
    assert result.exit_code == 2
    assert "--scheduler" in result.output and "--executor dask" in result.output


@pytest.mark.parametrize("command", ["check", "fix"])
def test_stdin_filename_without_stdin_is_a_usage_error(runner, tmp_path, command):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, [command, str(doc), "--stdin-filename", "b.md", "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert "--stdin-filename" in result.output and "'-'" in result.output


def test_stdin_filename_with_stdin_still_names_it(runner):
    result = runner.invoke(main, ["check", "-", "--stdin-filename", "b.md", "--isolated", "--format", "github",
                                  "--fail-on", "never"], input=TEXT)
    assert result.exit_code == 0
    assert "file=b.md," in result.output


# -- fix takes --max-bytes as check does ---------------------------------------------------------
@pytest.mark.parametrize("value", ["-1", str(2 ** 53 + 1)])
def test_fix_max_bytes_out_of_range_is_a_usage_error(runner, tmp_path, value):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["fix", str(doc), "--max-bytes", value, "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert "--max-bytes" in result.output
    assert "over the --max-bytes limit" not in result.output


# -- GB18030 text with a few Chinese characters is not read as Big5 -----------------------------
from audit.document import decode_bytes  # noqa: E402

ENCODED = [
    # (text, encoding it was written in): short Chinese inside English, as MT copy carries it
    ("Beijing said 中文 here.\n", "gb18030"),
    ("The Ministry of Industry and Information Technology (工信部) said the growth was strong.\n", "gb18030"),
    ("He said：“好”。\n", "gb18030"),
    ("The term 新基建 means new infrastructure; 数字经济 is the digital economy.\n", "gb18030"),
    ("国务院新闻办公室今天举行新闻发布会。工业和信息化部发言人介绍了新型基础设施建设的情况。\n", "gb18030"),
    # what was read right before stays right
    ("The term 新基建 (傳統) means new infrastructure; 數字經濟 is the digital economy.\n", "big5"),
    ("國務院新聞辦公室今天舉行新聞發布會。工業和信息化部發言人介紹了新型基礎設施建設的情況。\n", "big5"),
    ("Officials said “new infrastructure” would grow — about 5% — in 2020’s plan.\n", "cp1252"),
    ("He said “yes”.\n", "cp1252"),
]


@pytest.mark.parametrize("text,encoding", ENCODED)
def test_chinese_encodings_decode_to_the_text_written(text, encoding):
    decoded, name = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert name == encoding


def test_gb18030_document_report_keeps_its_characters(runner, tmp_path):
    text = "The Ministry (工信部) said the the growth was strong.?.\n"
    doc = tmp_path / "gb.txt"
    doc.write_bytes(text.encode("gb18030"))
    result = runner.invoke(main, ["check", str(doc), "--isolated", "--format", "json", "--fail-on", "never",
                                  "--no-references"])
    assert result.exit_code == 0, result.output
    import json
    report = json.loads(result.output)
    (document,) = report["documents"]
    assert document["encoding"] == "gb18030"
    assert document["findings"]
    for f in document["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]


# -- a run that found nothing to check says so ---------------------------------------------------
@pytest.mark.parametrize("command", [["check"], ["audit", "-q", "--no-align"], ["fix"]])
def test_folder_without_documents_is_named(runner, tmp_path, command):
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "story.docx").write_bytes(b"PK\x03\x04")
    result = runner.invoke(main, [command[0], str(folder), *command[1:], "--isolated"])
    no_traceback(result)
    assert result.exit_code == 0
    assert "no *.txt or *.md file" in result.output and str(folder) in result.output


def test_everything_excluded_is_named(runner, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["check", str(tmp_path), "--exclude", "*.txt", "--isolated"])
    assert result.exit_code == 0
    assert "no *.txt or *.md file" in result.output


def test_folder_with_documents_says_nothing_of_the_kind(runner, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["check", str(tmp_path), "--isolated", "--fail-on", "never"])
    assert result.exit_code == 0
    assert "no *.txt or *.md file" not in result.output


# -- an output path under a file says what is wrong ----------------------------------------------
def test_output_under_a_file_says_not_a_directory(runner, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["check", str(doc), "-o", str(doc / "report.yaml"), "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert "Not a directory" in result.output and "File exists" not in result.output


# -- a file named twice (through its folder and by name, or spelt two ways) is checked once ------
@pytest.mark.parametrize("command", ["check", "fix"])
def test_file_named_twice_is_checked_once(runner, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("A clean sentence.\n", encoding="utf-8")
    args = [command, "copy", "copy/a.txt", "./copy/a.txt", str(folder / "a.txt"), "--isolated"]
    if command == "check":
        args += ["--format", "json", "--fail-on", "never"]
    result = runner.invoke(main, args)
    no_traceback(result)
    if command == "check":
        import json
        report = json.loads(result.output)
        assert [d["path"] for d in report["documents"]] == ["copy/a.txt", "copy/b.txt"]
        assert report["summary"]["documents"] == 2
    else:
        assert result.output.count("+++ b/") == 1
        assert "in 1 of 2 files" in result.output



# -- audit of a folder that does not exist says so -------------------------------------------------
def test_audit_of_a_missing_folder_says_no_such_folder(runner, tmp_path):
    result = runner.invoke(main, ["audit", str(tmp_path / "archive"), "-q", "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert "no such directory" in result.output and "not a directory" not in result.output


def test_standard_input_named_twice_is_read_once(runner):
    result = runner.invoke(main, ["check", "-", "-", "--isolated", "--format", "json", "--fail-on", "never"],
                           input=TEXT)
    assert result.exit_code == 0
    import json
    report = json.loads(result.output)
    assert report["summary"]["documents"] == 1


# -- the text view never sends a document's control characters to the terminal ------------------
def test_text_view_shows_control_characters_escaped(runner, tmp_path):
    doc = tmp_path / "esc.txt"
    doc.write_text("He said the the \x1b]0;pwned\x07growth.?. \x1b[31mRED\x1b[0m ok.\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(doc), "--isolated", "--no-references", "--fail-on", "never",
                                  "--format", "text"])
    assert result.exit_code == 0
    assert "»the the«" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\\x1b]0;pwned\\x07growth" in result.output


def test_compare_and_score_text_views_show_control_characters_escaped(runner, tmp_path):
    from audit.reporters import text_compare, text_score
    assert text_compare._one_line("a \x1b[2J b") == "a \\x1b[2J b"
    assert text_score._clip("a \x1b]0;x\x07 b", 100) == "a \\x1b]0;x\\x07 b"


def test_audit_summary_text_view_shows_control_characters_escaped(runner, tmp_path):
    group = tmp_path / "corpus" / "g\x1b[2J"
    group.mkdir(parents=True)
    (group / "a\x07.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "-q", "--no-align", "--isolated",
                                  "--format", "text", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "g\\x1b[2J/a\\x07.txt" in result.output
