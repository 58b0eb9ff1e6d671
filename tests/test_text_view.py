"""The terminal view of check reports: clickable locations, excerpts cut at word boundaries,
overlapping findings together, colour only when asked for."""
from __future__ import annotations

import re

from audit.cli import main
from audit.document import Document
from audit.engine import check_document
from audit.reporters import render
from audit.reporters.text_check import clusters, excerpt
from audit.report import build_report

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _report(catalog, text, path="doc.txt"):
    return build_report([check_document(Document.from_text(text, path), catalog)], catalog)


def test_each_finding_is_a_path_line_col_line(catalog):
    text = "Title\nThe plan was approved on May 21,2020 in Beijing.\n"
    out = render("text", _report(catalog, text), texts={"doc.txt": text})
    assert "doc.txt:2:26: minor date-comma-space Missing space after the comma" in out
    assert "  -> 'May 21, 2020'" in out
    assert "The plan was approved on »May 21,2020« in Beijing." in out


def test_excerpts_are_cut_at_word_boundaries():
    words = " ".join(f"word{i:02d}" for i in range(40))
    text = words + " TARGET " + words
    start = text.index("TARGET")
    shown = excerpt(text, start, start + 6)
    assert shown.startswith("…word") and shown.endswith("…")
    left, right = shown[1:].split("»TARGET«")
    # every piece is a whole word of the text: no word cut in two at either end
    assert all(re.fullmatch(r"word\d\d", w) for w in left.split())
    assert all(re.fullmatch(r"word\d\d", w) for w in right.rstrip("…").split())
    assert len(left) <= 61 and len(right) <= 62


def test_overlapping_findings_are_shown_together():
    findings = [{"start": 0, "end": 10, "rule": "a"}, {"start": 5, "end": 20, "rule": "b"},
                {"start": 30, "end": 35, "rule": "c"}, {"start": 31, "end": 33, "rule": "d"}]
    assert [[f["rule"] for f in g] for g in clusters(findings)] == [["a", "b"], ["c", "d"]]


def test_overlap_on_the_corpus_prints_one_excerpt(runner, corpus_dir):
    path = f"{corpus_dir}/2020-05-20-scio-new-infrastructure/cover-news-wen-ku-new-consumption.txt"
    out = runner.invoke(main, ["check", path, "--format", "text", "--fail-on", "never", "--no-references"]).output
    lines = out.splitlines()
    i = next(n for n, l in enumerate(lines) if ":7:1: info photo-credit" in l)
    assert ":7:97: minor glossary-form" in lines[i + 1]
    assert lines[i + 2].startswith("    »Wen Ku,") and "(2 overlapping findings)" in lines[i + 2]


def test_colour_only_when_asked(catalog):
    text = "The plan was approved on May 21,2020 in Beijing.\n"
    report = _report(catalog, text)
    plain = render("text", report, texts={"doc.txt": text})
    coloured = render("text", report, texts={"doc.txt": text}, colour=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == plain
    assert "doc.txt:1:26: " in coloured  # the location itself is never wrapped in escapes


def test_no_colour_into_pipes_and_default_yaml(runner, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("The plan was approved on May 21,2020 in Beijing.\n", encoding="utf-8")
    out = runner.invoke(main, ["check", str(path), "--format", "text", "--fail-on", "never"]).output
    assert "\x1b[" not in out
    default = runner.invoke(main, ["check", str(path), "--fail-on", "never"]).output
    assert default.startswith("schema: mtaudit-report/1")


def test_colour_wanted_respects_no_color(monkeypatch):
    from audit import cli_common

    monkeypatch.setattr(cli_common, "to_terminal", lambda output: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli_common.colour_wanted(None)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not cli_common.colour_wanted(None)
    monkeypatch.setattr(cli_common, "to_terminal", lambda output: False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert not cli_common.colour_wanted(None)
    assert cli_common.default_format(None, None) == "yaml"
    assert cli_common.default_format("json", None) == "json"
