"""Defects met playing an editor with one machine-translated article, a CI job gating new
translations and an archive auditor, from README.md and --help (usertrial26): each test is
the command that misbehaved and what it should do instead."""
import json
import os

import pytest
import yaml

from audit.cli import main

DATA = os.path.join(os.path.dirname(__file__), "data", "bilingual")
EN = os.path.join(DATA, "report.en.txt")

ARTICLE = ("Beijing, September 20 (Reporter Zhang Wei) -- The Ministry of Industry and Information held a press "
           "conference on the 20th to introduce the development situation of the new infrastructure.\n"
           "According to the introduction, our country's 5G base stations have reached 410,000 , and the number "
           "of users have exceeded 100 million.\n")


def no_traceback(result):
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# -- -o NAME.EXT without --format writes the format the extension names --------------------------
@pytest.mark.parametrize("name, check", [
    ("out.html", lambda s: s.lstrip().lower().startswith("<!doctype html")),
    ("out.json", lambda s: json.loads(s)["schema"] == "mtaudit-report/1"),
    ("out.sarif", lambda s: json.loads(s)["version"] == "2.1.0"),
    ("out.yml", lambda s: yaml.safe_load(s)["schema"] == "mtaudit-report/1"),
    ("out.txt", lambda s: "article.txt" in s.splitlines()[0] and "findings" in s.splitlines()[0]),
])
def test_check_output_format_follows_the_extension(runner, tmp_path, article, name, check):
    out = tmp_path / name
    result = runner.invoke(main, ["check", str(article), "--isolated", "--no-references", "-o", str(out)])
    no_traceback(result)
    assert result.exit_code == 1, result.output
    assert check(out.read_text(encoding="utf-8")), name


def test_compare_output_html_without_format_is_html(runner, tmp_path):
    out = tmp_path / "x.html"
    result = runner.invoke(main, ["compare", EN, EN, "-o", str(out)])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_score_output_json_without_format_is_json(runner, tmp_path):
    out = tmp_path / "s.json"
    result = runner.invoke(main, ["score", EN, "--ref", EN, "--isolated", "-o", str(out)])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["schema"].startswith("mtaudit-score/")


def test_output_extension_a_command_cannot_write_is_a_usage_error(runner, tmp_path):
    out = tmp_path / "s.html"
    result = runner.invoke(main, ["score", EN, "--ref", EN, "--isolated", "-o", str(out)])
    no_traceback(result)
    assert result.exit_code == 2
    assert "its extension says html, which this command does not write" in result.output
    assert not out.exists()


def test_explicit_format_wins_over_the_extension_with_a_warning(runner, tmp_path, article):
    out = tmp_path / "x.html"
    result = runner.invoke(main, ["check", str(article), "--isolated", "--no-references", "--format", "yaml",
                                  "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["schema"] == "mtaudit-report/1"
    assert "--format yaml writes yaml into" in result.output and "--format wins over the extension" in result.output
    # SARIF is JSON: no warning for the usual name of a code-scanning upload
    sarif = tmp_path / "results.json"
    result = runner.invoke(main, ["check", str(article), "--isolated", "--no-references", "--format", "sarif",
                                  "-o", str(sarif)])
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "warning" not in result.output


# -- the score verdict threshold from the command line and the config ----------------------------
def _verdict(result):
    data = json.loads(result.output)
    return data["documents"][0]["score"]["threshold"], data["documents"][0]["score"]["verdict"], result.exit_code


def test_score_threshold_option_sets_the_verdict_threshold(runner, article):
    args = ["check", str(article), "--isolated", "--no-references", "--fail-on", "verdict", "--format", "json"]
    assert _verdict(runner.invoke(main, args))[1:] == ("fail", 1)
    assert _verdict(runner.invoke(main, args + ["--score-threshold", "60"])) == (60.0, "pass", 0)


def test_score_threshold_in_the_config_file(runner, tmp_path, article):
    config = tmp_path / "mtaudit.yaml"
    config.write_text("fail-on: verdict\nscore-threshold: 60\n", encoding="utf-8")
    args = ["check", str(article), "--config", str(config), "--no-references", "--format", "json"]
    assert _verdict(runner.invoke(main, args)) == (60.0, "pass", 0)
    assert _verdict(runner.invoke(main, args + ["--score-threshold", "1"])) == (1.0, "fail", 1)  # flag wins
    config.write_text("score-threshold: high\n", encoding="utf-8")
    result = runner.invoke(main, args)
    no_traceback(result)
    assert result.exit_code == 2 and "key 'score-threshold': must be a number" in result.output


def test_text_view_of_a_verdict_gate_names_the_threshold(runner, article):
    args = ["check", str(article), "--isolated", "--no-references", "--format", "text", "--fail-on", "verdict",
            "--score-threshold", "60"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == ("gate --fail-on verdict (a score over 60 per 100 words fails): "
                                              "0 documents failing -> PASS (exit 0)")
    result = runner.invoke(main, args[:-4])  # a severity gate has no threshold to name
    assert result.output.splitlines()[-1].startswith("gate --fail-on major: ")


def test_config_shows_the_score_threshold_in_force(runner):
    result = runner.invoke(main, ["config", "--isolated"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if line.startswith("score-threshold")]
    from audit.rules import load_rules

    bundled = f"{load_rules(None).scoring.threshold:g}"
    assert line.split() == ["score-threshold", bundled, "(the", "rules", "file's", "scoring.threshold)", "[default]"]
    result = runner.invoke(main, ["config", "--isolated", "--score-threshold", "7"])
    (line,) = [line for line in result.output.splitlines() if line.startswith("score-threshold")]
    assert line.split() == ["score-threshold", "7.0", "[command", "line]"]


@pytest.mark.parametrize("value", ["-1", "nan", "inf"])
def test_score_threshold_out_of_range_is_a_usage_error(runner, article, value):
    result = runner.invoke(main, ["check", str(article), "--isolated", "--score-threshold", value])
    no_traceback(result)
    assert result.exit_code == 2 and "--score-threshold" in result.output and "No such option" not in result.output


def test_audit_score_threshold_sets_the_verdict_and_redoes_reused_reports(runner, tmp_path):
    root = tmp_path / "corpus" / "brief"
    root.mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    base = ["audit", str(tmp_path / "corpus"), "--no-align", "-o", str(out), "--isolated", "--fail-on", "verdict",
            "--quiet"]
    assert runner.invoke(main, base).exit_code == 1
    result = runner.invoke(main, base + ["--score-threshold", "60"])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    (report_file,) = (out / "documents").rglob("a.txt.yaml")
    report = yaml.safe_load(report_file.read_text(encoding="utf-8"))
    assert report["document"]["score"]["threshold"] == 60.0 and report["document"]["score"]["verdict"] == "pass"


# -- compare compares the dates of the two reports' datelines ------------------------------------
def test_compare_names_datelines_that_disagree():
    from audit.align import Alignment, Pair, Span, find_divergences
    from audit.document import Document

    text_a = ("Hangzhou, September 20 (Reporter Sun Li) The third World Digital Economy Forum opened in Hangzhou "
              "today, attracting more than 2,000 participants.")
    text_b = text_a.replace("September 20", "September 21")
    a, b = Document.from_text(text_a, path="<a>"), Document.from_text(text_b, path="<b>")
    pair = Pair(Span.of(a, 0, len(text_a)), Span.of(b, 0, len(text_b)), "sentence", "sentence", 0.9, 2.0, 50.0,
                "partial")
    found = [d for d in find_divergences(Alignment(a, b, [pair], [], [])) if d.kind == "date"]
    lines = [d for d in found if d.message.startswith("datelines disagree")]
    assert [(d.a.text, d.b.text, d.pair) for d in lines] == [("September 20", "September 21", 0)]
    assert text_a[lines[0].a.start:lines[0].a.end] == "September 20"
    assert lines[0].message == ("datelines disagree: A is dated 'September 20', B 'September 21'; one is misdated, "
                                "or each side's relative dates ('yesterday', 'on Thursday') count from its own")
    # a clause pair far from both datelines (a folder's unrelated stories pair one by chance) says nothing of them
    text_a2, text_b2 = text_a + "\nExports rose 18 percent.", text_b + "\nImports rose 6 percent."
    a2, b2 = Document.from_text(text_a2, path="<a>"), Document.from_text(text_b2, path="<b>")
    tail = Pair(Span.of(a2, len(text_a) + 1, len(text_a2)), Span.of(b2, len(text_b) + 1, len(text_b2)), "sentence",
                "sentence", 0.7, 1.5, 40.0, "partial")
    assert not [d for d in find_divergences(Alignment(a2, b2, [tail], [], [])) if d.message.startswith("datelines")]
    # nor one whose B side is a clause of B's opening sentence but whose A side lies further on
    opening_b = Span.of(b2, text_b.index("attracting"), len(text_b))
    mixed = Pair(Span.of(a2, len(text_a) + 1, len(text_a2)), opening_b, "clause", "clause", 0.7, 1.5, 40.0, "partial")
    assert not [d for d in find_divergences(Alignment(a2, b2, [mixed], [], [])) if d.message.startswith("datelines")]
    same = Document.from_text(text_a, path="<b>")
    pair = Pair(Span.of(a, 0, len(text_a)), Span.of(same, 0, len(text_a)), "sentence", "sentence", 0.9, 2.0, 50.0,
                "partial")
    assert not [d for d in find_divergences(Alignment(a, same, [pair], [], [])) if d.kind == "date"]


# -- the text view shows the space a whitespace finding flags --------------------------------------
def test_text_view_keeps_the_space_a_finding_flags(runner, article):
    result = runner.invoke(main, ["check", str(article), "--isolated", "--no-references", "--format", "text",
                                  "--select", "space-before-punctuation"])
    assert result.exit_code == 0, result.output
    assert "410,000» ,« and" in result.output


# -- the HTML views count in English: "1 document", not "1 document(s)" -----------------------------
def test_html_views_say_one_document_and_one_finding(runner, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The economy , which grew last year, slowed.\n", encoding="utf-8")
    out = tmp_path / "a.html"
    result = runner.invoke(main, ["check", str(doc), "--isolated", "--no-references", "--format", "html",
                                  "-o", str(out), "--select", "space-before-punctuation"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "(s)" not in page
    assert "1 document, 1 finding;" in page and "1 finding listed" in page


# -- an output that cannot be written stops the run before any work --------------------------------
def test_output_that_cannot_be_written_is_refused_before_the_check(runner, tmp_path, article):
    report = tmp_path / "r.json"
    baseline = article / "baseline.yaml"  # under a file: never writable
    result = runner.invoke(main, ["check", str(article), "--isolated", "-o", str(report),
                                  "--write-baseline", str(baseline)])
    no_traceback(result)
    assert result.exit_code == 2
    assert f"cannot write {baseline}: Not a directory" in result.output
    assert not report.exists()  # refused before the check ran, not after the report was written
    folder = tmp_path / "reports"
    folder.mkdir()
    result = runner.invoke(main, ["check", str(article), "--isolated", "-o", str(folder)])
    assert result.exit_code == 2 and f"cannot write {folder}: --output names a folder" in result.output
    new = str(tmp_path / "new") + os.sep  # a folder by its trailing slash, though it does not exist yet
    result = runner.invoke(main, ["check", str(article), "--isolated", "-o", new])
    assert result.exit_code == 2 and f"cannot write {new}: --output names a folder" in result.output
    assert not os.path.exists(new)


def test_output_into_a_read_only_folder_is_refused_before_the_check(runner, tmp_path, article, monkeypatch):
    # as root every folder is writable, so the folder is made read-only where the check asks
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if os.path.abspath(path) == str(locked)
                        else real_access(path, mode, **kw))
    for args in (["check", str(article), "--isolated"], ["score", EN, "--ref", EN, "--isolated"]):
        result = runner.invoke(main, args + ["-o", str(locked / "sub" / "r.json")])
        no_traceback(result)
        assert result.exit_code == 2
        target = locked / "sub" / "r.json"
        assert result.output.strip().splitlines()[-1] == f"Error: cannot write {target}: {locked} is not writable"
    assert list(locked.iterdir()) == []


def test_output_in_a_folder_that_does_not_exist_yet_is_written(runner, tmp_path, article):
    out = tmp_path / "new" / "deeper" / "r.sarif"
    result = runner.invoke(main, ["check", str(article), "--isolated", "-o", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"


# -- an empty translation passes, and says so ----------------------------------------------------
def test_check_names_an_empty_document(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(empty), "--isolated", "-o", str(tmp_path / "r.yaml")])
    no_traceback(result)
    assert result.exit_code == 0
    assert f"warning: 1 empty document (no words; nothing was checked): {empty}" in result.output


def test_audit_names_the_empty_documents_of_an_archive(runner, tmp_path):
    root = tmp_path / "corpus" / "g"
    root.mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for k in range(5):
        (root / f"empty{k}.txt").write_text("\n", encoding="utf-8")
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "--no-align", "--isolated", "--fail-on", "never",
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert ("warning: 5 empty documents (no words; nothing was checked): g/empty0.txt, g/empty1.txt, "
            "g/empty2.txt and 2 more") in result.output


def test_check_of_a_document_with_words_says_nothing_of_the_kind(runner, article, tmp_path):
    result = runner.invoke(main, ["check", str(article), "--isolated", "-o", str(tmp_path / "r.yaml")])
    assert "empty document" not in result.output


# -- audit into a log (not a terminal) shows progress lines -----------------------------------------
def test_audit_into_a_log_prints_progress_lines(runner, tmp_path, monkeypatch):
    from audit import cli_audit

    root = tmp_path / "corpus"
    for k in range(3):
        (root / f"g{k}").mkdir(parents=True)
        (root / f"g{k}" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(cli_audit, "LOG_EVERY", 0.0)
    args = ["audit", str(root), "--no-align", "--isolated", "--fail-on", "never", "--format", "json"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if " done (" in line]
    assert lines and lines[0].startswith("mtaudit: 1 of 3 documents done (33%) after ")
    assert not [line for line in runner.invoke(main, args + ["--quiet"]).output.splitlines() if " done (" in line]


# -- rules --explain of an id that is not there names the ids meant ----------------------------------
@pytest.mark.parametrize("given, hint", [
    ("space-before", "did you mean space-before-punctuation?"),
    ("glosary-form", "did you mean glossary-form?"),
    ("calque", "rules start with 'calque' (`mtaudit rules` lists them)"),
])
def test_rules_explain_of_an_unknown_id_suggests_the_ids_meant(runner, given, hint):
    result = runner.invoke(main, ["rules", "--explain", given])
    no_traceback(result)
    assert result.exit_code == 2
    assert f"no rule with id '{given}'" in result.output and hint in result.output


# -- audit -o NAME.json would make a folder named like a report ------------------------------------
@pytest.mark.parametrize("name, hint", [
    ("summary.json", "not a JSON file; name a folder without a file extension, or write one file with "
                     "--format json > "),
    ("site.html", "not an HTML file; name a folder without a file extension"),
])
def test_audit_output_dir_named_like_a_file_is_a_usage_error(runner, tmp_path, name, hint):
    root = tmp_path / "corpus" / "g"
    root.mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / name
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "--no-align", "--isolated", "-q", "-o", str(out)])
    no_traceback(result)
    assert result.exit_code == 2 and hint in result.output
    assert not out.exists()


def test_audit_output_dir_with_a_dot_that_exists_is_used(runner, tmp_path):
    root = tmp_path / "corpus" / "g"
    root.mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "audit.yaml"
    out.mkdir()  # a folder made so on purpose (or by an earlier run) is a folder
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "--no-align", "--isolated", "-q",
                                  "--fail-on", "never", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "summary.yaml").is_file()


# -- score against an empty reference --------------------------------------------------------------
def test_score_against_an_empty_reference_is_refused(runner, tmp_path):
    empty = tmp_path / "ref.txt"
    empty.write_text("\n", encoding="utf-8")
    result = runner.invoke(main, ["score", EN, "--ref", str(empty), "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert f"--ref {empty}: empty (no words); nothing to score against" in result.output


def test_score_of_an_empty_hypothesis_warns(runner, tmp_path):
    empty = tmp_path / "hyp.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(main, ["score", str(empty), "--ref", EN, "--isolated", "-o", str(tmp_path / "s.yaml")])
    no_traceback(result)
    assert result.exit_code == 0
    assert f"warning: {empty}: empty document (no words); it scores 0 against every reference" in result.output


# -- the CI views say which documents passed only because they were empty ---------------------------
def test_ci_views_annotate_an_empty_document(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    result = runner.invoke(main, ["check", "empty.txt", "--isolated", "--format", "github"])
    assert result.exit_code == 0
    assert "::warning file=empty.txt,title=mtaudit::empty document (no words); nothing was checked" in result.output
    result = runner.invoke(main, ["check", "empty.txt", "--isolated", "-o", "r.sarif"])
    (run,) = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))["runs"]
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "warning" and note["message"]["text"] == "empty document (no words); nothing was checked"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "empty.txt"


# -- compare with an empty side says so, in the report and on standard error ------------------------
def test_compare_with_an_empty_document_warns(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "c.json"
    result = runner.invoke(main, ["compare", str(empty), EN, "-o", str(out)])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    message = f"A ({empty}) is empty (no words); nothing to compare"
    assert json.loads(out.read_text(encoding="utf-8"))["warnings"] == [message]
    assert f"mtaudit: warning: {message}" in result.output
    result = runner.invoke(main, ["compare", EN, EN, "-o", str(out)])
    assert "warnings" not in json.loads(out.read_text(encoding="utf-8"))


# -- an interrupted audit says how far it got, and promises a resume only where one is possible -------
@pytest.mark.parametrize("with_output", [True, False])
def test_interrupted_audit_says_how_far_it_got_and_whether_it_resumes(runner, tmp_path, monkeypatch, with_output):
    from audit import batch

    root = tmp_path / "corpus"
    for k in range(3):
        (root / f"g{k}").mkdir(parents=True)
        (root / f"g{k}" / "doc.txt").write_text(ARTICLE, encoding="utf-8")
    real = batch.run_group

    def interrupted(group, *a, **k):
        if group.name == "g1":
            raise KeyboardInterrupt
        return real(group, *a, **k)

    monkeypatch.setattr(batch, "run_group", interrupted)
    args = ["audit", str(root), "--no-align", "--isolated"] + (["-o", str(tmp_path / "out")] if with_output else [])
    result = runner.invoke(main, args)
    assert result.exit_code == 130
    if with_output:
        assert "mtaudit: interrupted after 1 of 3 documents; finished reports are kept and the next run resumes" \
            in result.output
    else:
        assert "interrupted after 1 of 3 documents; without --output-dir no report is kept" in result.output
        assert "next run resumes" not in result.output


# -- the report and the baseline in one file ----------------------------------------------------------
def test_output_and_write_baseline_naming_one_file_is_a_usage_error(runner, tmp_path, article):
    both = tmp_path / "r.yaml"
    result = runner.invoke(main, ["check", str(article), "--isolated", "-o", str(both), "--write-baseline",
                                  str(tmp_path / "." / "r.yaml")])
    no_traceback(result)
    assert result.exit_code == 2
    assert "--output and --write-baseline name one file" in result.output and not both.exists()


# -- standard output on a full disk is an output error, not a bug ------------------------------------
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_standard_output_on_a_full_disk_is_one_line_and_exit_2(article):
    import subprocess
    import sys

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, PYTHONPATH=root)
    env.pop("MTAUDIT_DEBUG", None)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "audit", "check", str(article), "--isolated", "--format",
                               "github"], stdout=full, stderr=subprocess.PIPE, env=env, cwd=root, timeout=300)
    assert done.returncode == 2
    assert done.stderr.decode("utf-8").strip() == "mtaudit: cannot write standard output: No space left on device"


def test_an_empty_write_baseline_name_is_blamed_on_its_own_option(runner, article):
    # review of the twenty-sixth round: the refusal named --output for `--write-baseline ""`
    result = runner.invoke(main, ["check", str(article), "--isolated", "--no-references", "--write-baseline", ""])
    assert result.exit_code == 2
    assert "--write-baseline: empty file name" in result.output and "--output" not in result.output
