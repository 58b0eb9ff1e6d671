"""Defects met playing the CI job and the archive auditor from README.md and --help
(usertrial24): each test is the command that misbehaved and what it should do instead."""
import json
import os
import re

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


# -- a rerun of audit drops the reports of documents that are gone -------------------------------
def _corpus(tmp_path, names=("a.txt", "b.txt", "c.txt")):
    root = tmp_path / "corpus"
    (root / "g").mkdir(parents=True)
    for n in names:
        (root / "g" / n).write_text(TEXT, encoding="utf-8")
    return root


def test_audit_rerun_removes_reports_of_deleted_documents(runner, tmp_path):
    root = _corpus(tmp_path)
    out = tmp_path / "out"
    args = ["audit", str(root), "-o", str(out), "--no-align", "-q", "--isolated", "--fail-on", "never"]
    assert runner.invoke(main, args).exit_code == 0
    assert (out / "documents" / "g" / "b.txt.yaml").exists()
    (root / "g" / "b.txt").unlink()
    result = runner.invoke(main, args)
    assert result.exit_code == 0
    assert not (out / "documents" / "g" / "b.txt.yaml").exists()
    assert (out / "documents" / "g" / "a.txt.yaml").exists() and (out / "documents" / "g" / "c.txt.yaml").exists()


def test_audit_rerun_removes_the_folder_of_a_deleted_group(runner, tmp_path):
    root = _corpus(tmp_path)
    (root / "h").mkdir()
    (root / "h" / "d.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    args = ["audit", str(root), "-o", str(out), "--no-align", "-q", "--isolated", "--fail-on", "never"]
    assert runner.invoke(main, args).exit_code == 0
    (root / "h" / "d.txt").unlink()
    (root / "h").rmdir()
    assert runner.invoke(main, args).exit_code == 0
    assert not (out / "documents" / "h").exists()
    assert (out / "documents" / "g" / "a.txt.yaml").exists()


def test_audit_rerun_keeps_files_it_did_not_write(runner, tmp_path):
    root = _corpus(tmp_path)
    out = tmp_path / "out"
    args = ["audit", str(root), "-o", str(out), "--no-align", "-q", "--isolated", "--fail-on", "never"]
    assert runner.invoke(main, args).exit_code == 0
    (out / "documents" / "g" / "notes.txt").write_text("mine\n", encoding="utf-8")
    (root / "g" / "b.txt").unlink()
    assert runner.invoke(main, args).exit_code == 0
    assert (out / "documents" / "g" / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_audit_rerun_removes_html_pages_of_deleted_documents(runner, tmp_path):
    root = _corpus(tmp_path)
    out = tmp_path / "out"
    args = ["audit", str(root), "-o", str(out), "--no-align", "-q", "--isolated", "--fail-on", "never",
            "--format", "html"]
    assert runner.invoke(main, args).exit_code == 0
    pages = sorted(p.relative_to(out).as_posix() for p in (out / "html").rglob("*.html"))
    assert any(p.endswith("b.txt.html") for p in pages)
    (root / "g" / "b.txt").unlink()
    assert runner.invoke(main, args).exit_code == 0
    after = sorted(p.relative_to(out).as_posix() for p in (out / "html").rglob("*.html"))
    assert after == [p for p in pages if not p.endswith("b.txt.html")]


# -- SARIF and GitHub annotations name files as the checkout does, the same in both --------------
@pytest.mark.parametrize("given", ["./g/a.txt", "g/./a.txt", "g//a.txt", "ABS"])
def test_ci_formats_give_clean_relative_paths(runner, tmp_path, monkeypatch, given):
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    arg = str(tmp_path / "g" / "a.txt") if given == "ABS" else given
    common = ["check", arg, "--isolated", "--fail-on", "never", "--no-references"]
    gh = runner.invoke(main, common + ["--format", "github"])
    sarif = runner.invoke(main, common + ["--format", "sarif"])
    assert gh.exit_code == 0 and sarif.exit_code == 0
    assert "file=g/a.txt," in gh.output
    assert "file=./" not in gh.output
    log = json.loads(sarif.stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"g/a.txt"}


def test_ci_formats_name_an_input_error_the_same_way(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    common = ["check", "./missing.txt", "--isolated", "--fail-on", "never"]
    gh = runner.invoke(main, common + ["--format", "github"])
    sarif = runner.invoke(main, common + ["--format", "sarif"])
    assert "file=missing.txt," in gh.output
    notes = json.loads(sarif.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.txt"


def test_ci_formats_keep_paths_outside_the_working_directory(runner, tmp_path, monkeypatch):
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "w").mkdir()
    monkeypatch.chdir(tmp_path / "w")
    result = runner.invoke(main, ["check", "../g/./a.txt", "--isolated", "--fail-on", "never", "--format", "github"])
    assert "file=../g/a.txt," in result.output


# -- counts read as English: "1 document", not "1 documents" -------------------------------------
def test_check_text_summary_says_one_document(runner, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("A clean sentence.\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(doc), "--isolated", "--format", "text", "--no-references"])
    assert result.exit_code == 0
    assert "1 document, 0 findings" in result.output
    assert "0 errors" in result.output
    assert "0 documents failing" in result.output
    assert "document(s)" not in result.output and "1 documents" not in result.output


def test_check_text_summary_counts_one_finding_and_one_failing(runner, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The MT content below was translated by Tencent automatically for reference.\n",
                   encoding="utf-8")
    result = runner.invoke(main, ["check", str(doc), "--isolated", "--format", "text", "--no-references",
                                  "--select", "mt-engine-notice"])
    assert result.exit_code == 1
    assert "1 finding," in result.output
    assert "1 document failing" in result.output
    assert "1 findings" not in result.output


def test_audit_text_summary_says_one_document_one_group(runner, tmp_path):
    root = _corpus(tmp_path, names=("a.txt",))
    result = runner.invoke(main, ["audit", str(root), "--no-align", "--isolated", "--fail-on", "never",
                                  "--format", "text"])
    assert result.exit_code == 0
    assert "1 document in 1 group:" in result.stdout
    # (?<![\d.]): the final line's rate, "2.1 documents/s", is not a count of one
    assert not re.search(r"(?<![\d.])1 (documents|groups)\b", result.output)
    assert "mtaudit: 1 document in 1 group," in result.stderr


# -- `mtaudit rules` never cuts a description mid-sentence unmarked, and says where the whole is --
def test_rules_listing_marks_every_cut_and_names_explain(runner):
    from audit import load_rules

    catalog = load_rules()
    result = runner.invoke(main, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(catalog.rules)
    for rule, line in zip(catalog.rules, lines):
        shown = line.split(None, 4)[4]
        flat = words(rule.description)
        if shown.endswith("…"):
            assert flat.startswith(shown[:-1]), rule.id
        else:  # a whole sentence: it ends where a sentence ends
            assert flat.startswith(shown) and shown[-1] in '.!?")\u201d', rule.id
    assert "--explain ID" in result.stderr and "whole description" in result.stderr


def test_rules_listing_of_stray_punctuation_is_not_cut(runner):
    result = runner.invoke(main, ["rules"])
    assert 'that no English writer produces.' in words(result.stdout)


@pytest.mark.parametrize("rule_id", ["calque-nominal-phrasing", "stray-punctuation"])
def test_rules_explain_prints_the_whole_description(runner, rule_id):
    from audit import load_rules

    result = runner.invoke(main, ["rules", "--explain", rule_id])
    assert result.exit_code == 0
    assert words(load_rules().get(rule_id).description) in words(result.output)


# -- every command's --help names exit code 3 (a bug in mtaudit) ---------------------------------
@pytest.mark.parametrize("command", ["check", "audit", "score", "compare", "fix"])
def test_help_names_exit_code_3(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    text = words(result.output)
    assert "3 " in text and "bug in mtaudit" in text


# -- a score threshold no document can reach is a usage error ------------------------------------
@pytest.mark.parametrize("spec", ["chrf=101", "bleu=150"])
def test_score_threshold_over_100_is_a_usage_error(runner, tmp_path, spec):
    hyp, ref = tmp_path / "h.txt", tmp_path / "r.txt"
    hyp.write_text("The plan was approved.\n", encoding="utf-8")
    ref.write_text("The plan was approved.\n", encoding="utf-8")
    result = runner.invoke(main, ["score", str(hyp), "--ref", str(ref), "--fail-under", spec, "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert "runs from 0 to 100" in result.output


def test_score_ter_threshold_over_100_stays_allowed(runner, tmp_path):
    hyp, ref = tmp_path / "h.txt", tmp_path / "r.txt"
    hyp.write_text("The plan was approved.\n", encoding="utf-8")
    ref.write_text("The plan was approved.\n", encoding="utf-8")
    result = runner.invoke(main, ["score", str(hyp), "--ref", str(ref), "--fail-under", "ter=150", "--isolated"])
    assert result.exit_code == 0


# -- an interrupted --no-align audit of one large folder keeps what it finished --------------------
def _big_folder(tmp_path, n):
    root = tmp_path / "archive"
    (root / "all").mkdir(parents=True)
    for i in range(n):
        (root / "all" / f"d{i:03d}.txt").write_text(f"Story {i}: the ministry said the the growth was strong.\n",
                                                    encoding="utf-8")
    return root


def test_interrupted_audit_of_one_folder_keeps_finished_reports(runner, tmp_path, monkeypatch):
    from audit import batch
    from audit.policy import Policy

    root = _big_folder(tmp_path, 40)
    out = tmp_path / "out"
    args = ["audit", str(root), "-o", str(out), "--no-align", "-q", "--isolated", "--fail-on", "never"]
    monkeypatch.setattr(batch, "TASK_DOCUMENTS", 8)
    checked = []
    real = Policy.check

    def interrupting(self, doc, path, *a, **k):
        checked.append(path)
        if len(checked) == 21:
            raise KeyboardInterrupt
        return real(self, doc, path, *a, **k)

    monkeypatch.setattr(Policy, "check", interrupting)
    result = runner.invoke(main, args)
    assert result.exit_code == 130
    kept = sorted(p.name for p in (out / "documents" / "all").iterdir())
    assert len(kept) == 16  # the two tasks of 8 that finished
    checked.clear()
    monkeypatch.setattr(Policy, "check", real)
    counting = []

    def counted(self, doc, path, *a, **k):
        counting.append(path)
        return real(self, doc, path, *a, **k)

    monkeypatch.setattr(Policy, "check", counted)
    result = runner.invoke(main, args)
    assert result.exit_code == 0
    assert len(counting) == 24  # only what the interrupted run left
    assert len(list((out / "documents" / "all").iterdir())) == 40


def test_no_align_tasks_split_a_large_folder(tmp_path, monkeypatch):
    from audit import batch

    root = _big_folder(tmp_path, 20)
    monkeypatch.setattr(batch, "TASK_DOCUMENTS", 8)
    settings = batch.Settings(root=str(root), rules_path="rules.yaml", rules_sha256="x", max_bytes=0, align=False)
    tasks = list(batch.plan_tasks(batch.plan_groups(str(root)), settings, None, {}))
    assert [len(t.group.paths) for t in tasks] == [8, 8, 4]
    assert [p for t in tasks for p in t.group.paths] == batch.plan_groups(str(root))[0].paths


def test_no_align_audit_output_is_the_same_in_tasks_or_one(runner, tmp_path, monkeypatch):
    from audit import batch

    root = _big_folder(tmp_path, 12)
    outputs = []
    for size in (5, 1000):
        monkeypatch.setattr(batch, "TASK_DOCUMENTS", size)
        result = runner.invoke(main, ["audit", str(root), "--no-align", "-q", "--isolated", "--fail-on", "never",
                                      "--format", "yaml"])
        assert result.exit_code == 0
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


# -- every audit option says what it does in --help ----------------------------------------------
def test_every_audit_option_has_help():
    import click

    from audit.cli_audit import command

    ctx = click.Context(command)
    missing = [p.name for p in command.get_params(ctx) if isinstance(p, click.Option) and not p.help]
    assert missing == []


# -- the final line's rate counts the documents checked, not the reports reused --------------------
def test_audit_rerun_rate_counts_checked_documents_only(runner, tmp_path):
    root = _corpus(tmp_path)
    out = tmp_path / "out"
    args = ["audit", str(root), "-o", str(out), "--no-align", "--isolated", "--fail-on", "never"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0 and "reused" not in first.stderr
    (root / "g" / "a.txt").write_text(TEXT + "More.\n", encoding="utf-8")
    second = runner.invoke(main, args)
    assert second.exit_code == 0
    assert "(1 checked, 2 reused, " in second.stderr


# -- a baseline written from another folder says why it hides nothing ---------------------------
@pytest.mark.parametrize("command", ["check", "audit"])
def test_baseline_from_another_folder_is_named(runner, tmp_path, monkeypatch, command):
    (tmp_path / "copy" / "g").mkdir(parents=True)
    (tmp_path / "copy" / "g" / "a.txt").write_text(TEXT, encoding="utf-8")
    base = tmp_path / "base.yaml"
    extra = ["--no-align", "-q"] if command == "audit" else ["--no-references"]
    monkeypatch.chdir(tmp_path)
    written = runner.invoke(main, [command, "copy", "--isolated", "--write-baseline", str(base)] + extra)
    assert written.exit_code == 0
    here = runner.invoke(main, [command, "copy", "--isolated", "--baseline", str(base), "--fail-on", "minor"] + extra)
    assert here.exit_code == 0 and "hides nothing" not in here.stderr
    monkeypatch.chdir(tmp_path / "copy")
    elsewhere = runner.invoke(main, [command, ".", "--isolated", "--baseline", str(base), "--fail-on", "minor"] + extra)
    assert elsewhere.exit_code == 1  # the gate is the same: a warning only
    assert "hides nothing here" in elsewhere.stderr
    assert "'copy/g/a.txt' where this run has 'g/a.txt'" in elsewhere.stderr


def test_baseline_of_other_documents_says_nothing(runner, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("A clean sentence.\n", encoding="utf-8")
    base = tmp_path / "base.yaml"
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["check", "a.txt", "--isolated", "--write-baseline", str(base)]).exit_code == 0
    result = runner.invoke(main, ["check", "b.txt", "--isolated", "--baseline", str(base), "--no-references"])
    assert result.exit_code == 0 and "hides nothing" not in result.stderr


# -- with --output-dir a slow task does not hold back the reports of tasks finished after it ---------
def _sleep_then_return(seconds):
    import time

    time.sleep(seconds)
    return seconds


def test_unordered_local_mapper_yields_each_result_when_done():
    from audit.batch import local_mapper

    assert list(local_mapper(2, ordered=False)(_sleep_then_return, [1.5, 0.1])) == [0.1, 1.5]
    assert list(local_mapper(2)(_sleep_then_return, [1.5, 0.1])) == [1.5, 0.1]


def test_audit_with_output_dir_is_the_same_for_any_jobs_and_order(runner, tmp_path):
    root = _corpus(tmp_path)
    (root / "h").mkdir()
    for n in ("d.txt", "e.txt"):
        (root / "h" / n).write_text("A clean sentence.\n", encoding="utf-8")
    snapshots = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = runner.invoke(main, ["audit", str(root), "-o", str(out), "--no-align", "-q", "--isolated",
                                      "--fail-on", "never", "--jobs", jobs])
        assert result.exit_code == 0
        snapshots.append({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.yaml")})
    assert snapshots[0] == snapshots[1]


@pytest.mark.parametrize("option", [["--model", "some/model"], ["--backend", "onnx"], ["--cache-dir", "c"]])
def test_audit_alignment_options_with_no_align_are_a_usage_error(runner, tmp_path, option):
    # the options only drive the alignment: with --no-align they were taken and did nothing
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.txt").write_text("Fine text.\n", encoding="utf-8")
    result = runner.invoke(main, ["audit", str(tmp_path), "--no-align", "-q", *option])
    assert result.exit_code == 2
    assert f"{option[0]} is for the alignment: it does nothing with --no-align" in result.output
    assert "Traceback" not in result.output


def test_audit_no_align_without_alignment_options_runs(runner, tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.txt").write_text("Fine text.\n", encoding="utf-8")
    result = runner.invoke(main, ["audit", str(tmp_path), "--no-align", "-q"])
    assert result.exit_code == 0, result.output
