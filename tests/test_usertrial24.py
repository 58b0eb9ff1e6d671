"""Defects met playing the CI job and the archive auditor from README.md and --help
(usertrial24): each test is the command that misbehaved and what it should do instead."""
import json
import os

import pytest

from audit.cli import main

TEXT = "The ministry said the the growth was strong.?. It was good.\n"


def no_traceback(result):
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def words(text: str) -> str:
    return " ".join(text.split())


# -- --sources naming a missing folder says so ---------------------------------------------------
def test_sources_that_does_not_exist_says_no_such_folder(runner, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "zh"
    result = runner.invoke(main, ["check", str(doc), "--sources", str(missing), "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert f"--sources {missing}: no such directory" in result.output
    assert "not a directory" not in result.output


def test_sources_naming_a_file_says_not_a_directory(runner, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["check", str(doc), "--sources", str(doc), "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert f"--sources {doc}: not a directory" in result.output
