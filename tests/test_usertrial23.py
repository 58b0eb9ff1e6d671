"""Defects a new user met working from README.md and --help (usertrial23): each test is the
command that misbehaved and what it should do instead."""
import pytest

from audit.cli import main
from audit.embeddings import DEFAULT_BACKEND

TEXT = "The ministry said the the growth was strong.?. It was good.\n"


def no_traceback(result):
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


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
