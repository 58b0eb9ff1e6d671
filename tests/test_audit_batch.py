"""`mtaudit audit`: groups, reports, resumption, identical output whatever the executor."""
import os

import pytest
import yaml

from audit.batch import Settings, plan_groups, run_audit
from audit.cli import main
from audit.rules import default_rules_path, load_rules

DOCS = {
    "brief-a/one.txt": "The network was built. we will go on.?. Vulcan and Raytheon hospitals opened.\n",
    "brief-a/two.txt": "The network was built quickly. We will go on. Huoshenshan Hospital opened.\n",
    "brief-b/three.md": "INFORMATION and communication technologies grew. the end.\n",
    "loose/x.txt": "Plain English text with nothing to mark.\n",
    "loose/y.txt": "Another plain line about the economy.\n",
}


def make_corpus(root):
    for rel, text in DOCS.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # Documents in two folders joined into one briefing by metadata.
    (root / "loose" / "briefing.yaml").write_text(
        "briefing: shared\ndocuments:\n  y.txt: {briefing: brief-b}\n", encoding="utf-8")
    return root


def snapshot(out):
    files = {}
    for folder, _, names in os.walk(out):
        for name in names:
            if name.endswith(".yaml"):
                path = os.path.join(folder, name)
                with open(path, "rb") as fh:
                    files[os.path.relpath(path, out)] = fh.read()
    return files


def run_cli(runner, *args):
    return runner.invoke(main, ["audit", *args, "--no-align", "--quiet", "--fail-on", "never"])


def test_groups_follow_folders_and_metadata(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    groups = {g.name: g.paths for g in plan_groups(str(root))}
    assert groups == {
        "brief-a": ["brief-a/one.txt", "brief-a/two.txt"],
        "brief-b": ["brief-b/three.md", "loose/y.txt"],
        "shared": ["loose/x.txt"],
    }


def test_reports_and_summary(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    result = run_cli(runner, str(root), "-o", str(out))
    assert result.exit_code == 0, result.output
    files = snapshot(out)
    assert "summary.yaml" in files
    assert "documents/brief-a/one.txt.yaml" in files
    summary = yaml.safe_load(files["summary.yaml"])
    from audit.schema import validate

    validate(summary, "summary")
    for name, body in files.items():
        if name.startswith("documents/"):
            validate(yaml.safe_load(body), "document")
    assert summary["overall"]["documents"] == 5
    assert summary["overall"]["groups"] == 3
    worst = summary["documents"][0]
    assert worst["path"] == "brief-a/one.txt"  # worst first
    assert {t["rule"] for t in worst["top_rules"]} >= {"wuhan-hospital-names", "stray-punctuation"}
    assert summary["overall"]["by_rule"]["wuhan-hospital-names"] == 1
    doc = yaml.safe_load(files["documents/brief-a/one.txt.yaml"])
    assert doc["inputs"]["sha256"] == doc["document"]["sha256"]
    text = DOCS["brief-a/one.txt"]
    for f in doc["document"]["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]


def test_second_run_skips_everything_and_changes_are_rechecked(runner, tmp_path, monkeypatch):
    root = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert run_cli(runner, str(root), "-o", str(out)).exit_code == 0
    first = snapshot(out)

    import audit.batch as batch
    calls = []
    real = batch.run_group
    monkeypatch.setattr(batch, "run_group", lambda g, *a, **k: calls.append(g.name) or real(g, *a, **k))
    assert run_cli(runner, str(root), "-o", str(out)).exit_code == 0
    assert calls == []  # nothing re-run
    assert snapshot(out) == first

    (root / "brief-b" / "three.md").write_text("Fixed text now.\n", encoding="utf-8")
    assert run_cli(runner, str(root), "-o", str(out)).exit_code == 0
    assert calls == ["brief-b"]
    doc = yaml.safe_load((out / "documents" / "brief-b" / "three.md.yaml").read_text(encoding="utf-8"))
    assert doc["document"]["findings"] == []


def test_interrupted_run_resumes(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    catalog = load_rules()
    settings = Settings(root=str(root), rules_path=default_rules_path(), rules_sha256=catalog.sha256,
                        max_bytes=10**6, align=False)

    def dying_mapper(fn, tasks):
        for i, task in enumerate(tasks):
            if i == 1:
                raise KeyboardInterrupt
            yield fn(task)

    with pytest.raises(KeyboardInterrupt):
        run_audit(settings, str(out), dying_mapper)
    partial = snapshot(out)
    assert "summary.yaml" not in partial and len(partial) == 2  # the first group's reports, whole
    for body in partial.values():
        assert yaml.safe_load(body)["document"]["path"].startswith("brief-a/")
    done = []
    summary = run_audit(settings, str(out), lambda fn, tasks: (done.append(t.group.name) or fn(t) for t in tasks))
    assert done == ["brief-b", "shared"]
    assert summary["overall"]["documents"] == 5


def test_output_is_identical_for_any_number_of_jobs(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    assert run_cli(runner, str(root), "-o", str(tmp_path / "j1"), "--jobs", "1").exit_code == 0
    assert run_cli(runner, str(root), "-o", str(tmp_path / "j2"), "--jobs", "2").exit_code == 0
    assert snapshot(tmp_path / "j1") == snapshot(tmp_path / "j2")


def test_stdout_stream_without_output_dir(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    result = run_cli(runner, str(root))
    docs = list(yaml.safe_load_all(result.stdout))
    assert [d["schema"] for d in docs].count("mtaudit-document/1") == 5
    assert docs[-1]["schema"] == "mtaudit-summary/1"


def test_bad_file_is_listed_and_exit_2(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    (root / "brief-a" / "bad.txt").write_bytes(b"\x00\xff binary")
    result = run_cli(runner, str(root), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    summary = yaml.safe_load((tmp_path / "out" / "summary.yaml").read_text(encoding="utf-8"))
    assert summary["errors"] == [{"path": "brief-a/bad.txt", "reason": "binary file (NUL bytes and no UTF-16 byte-order mark)"}]
    assert summary["overall"]["documents"] == 5


def test_fail_on_exit_code(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    result = runner.invoke(main, ["audit", str(root), "--no-align", "--quiet", "--fail-on", "major"])
    assert result.exit_code == 1


def test_lock_refuses_a_concurrent_run(runner, tmp_path):
    from filelock import FileLock

    root = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / ".mtaudit.lock")):
        result = run_cli(runner, str(root), "-o", str(out))
    assert result.exit_code == 2
    assert "another mtaudit audit is writing" in result.output
    assert not (out / "summary.yaml").exists()


def test_dask_executor_matches_local(runner, tmp_path):
    distributed = pytest.importorskip("distributed")
    root = make_corpus(tmp_path / "corpus")
    assert run_cli(runner, str(root), "-o", str(tmp_path / "local")).exit_code == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = run_cli(runner, str(root), "-o", str(tmp_path / "dask"), "--executor", "dask",
                         "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")


def test_dask_needs_a_scheduler(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    result = run_cli(runner, str(root), "--executor", "dask")
    assert result.exit_code == 2 and "--scheduler" in result.output


def test_main_job_on_the_bundled_corpus_with_alignment(runner, tmp_path, corpus_dir):
    """The README's main job: `mtaudit audit` with no argument, real packaged model."""
    out = tmp_path / "out"
    cache = tmp_path / "cache"
    args = ["audit", "-o", str(out), "--cache-dir", str(cache), "--quiet", "--fail-on", "never"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    assert summary["overall"]["documents"] == 2 and summary["model"]
    group = summary["groups"][0]
    assert group["name"] == "2020-05-20-scio-new-infrastructure"
    assert group["pairs"][0]["pairs"] >= 3 and group["divergences"] >= 2
    assert 0 < group["aligned_share"] < 1
    comparisons = list((out / "comparisons").rglob("*.yaml"))
    assert len(comparisons) == 1
    report = yaml.safe_load(comparisons[0].read_text(encoding="utf-8"))
    from audit.schema import validate

    validate(report, "compare")
    names = [d for d in report["divergences"] if d["kind"] == "name"]
    assert any("Communications Development" in d["a"]["text"] + d["b"]["text"] for d in names)
    validate(summary, "summary")
    docs = list((out / "documents").rglob("*.yaml"))
    assert len(docs) == 2
    for path in docs:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        validate(data, "document")
        entry = data["document"]
        assert entry["references"]["metrics"]["chrf"]["score"] > 50  # the corpus has references
    first = snapshot(out)
    assert runner.invoke(main, args).exit_code == 0
    assert snapshot(out) == first  # second run: everything reused, same bytes


def test_unwritable_output_dir_is_a_clear_error(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli(runner, str(root), "-o", str(blocker / "out"))
    assert result.exit_code == 2
    assert "cannot write" in result.output and "Traceback" not in result.output
    out = tmp_path / "o"
    out.mkdir()
    (out / "documents").write_text("in the way", encoding="utf-8")
    result = run_cli(runner, str(root), "-o", str(out))
    assert result.exit_code == 2 and "cannot write" in result.output


def test_stdout_stream_is_identical_for_any_number_of_jobs(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    one = run_cli(runner, str(root), "--jobs", "1").stdout
    two = run_cli(runner, str(root), "--jobs", "2").stdout
    assert one == two and one.count("mtaudit-document/1") == 5


def test_moving_a_document_to_another_group_rewrites_its_report(runner, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert run_cli(runner, str(root), "-o", str(out)).exit_code == 0
    (root / "brief-a" / "briefing.yaml").write_text("briefing: renamed\n", encoding="utf-8")
    assert run_cli(runner, str(root), "-o", str(out)).exit_code == 0
    doc = yaml.safe_load((out / "documents" / "brief-a" / "one.txt.yaml").read_text(encoding="utf-8"))
    assert doc["group"] == "renamed"


def test_pair_report_names_never_collide():
    from audit.batch import pair_path

    names = {pair_path("o", "g", a, b) for a, b in [("g/x.txt", "g/y.txt"), ("g/x.md", "g/y.txt"),
                                                     ("h/x.txt", "g/y.txt")]}
    names |= {pair_path("o", grp, "x.txt", "y.txt") for grp in ("a/b", "a__b")}
    assert len(names) == 5


def test_a_bug_in_one_comparison_is_listed_and_the_other_pairs_go_on(runner, tmp_path, corpus_dir, monkeypatch):
    """A bug met while comparing one pair is an error of that pair (exit 3): the audit still
    writes the other pairs' reports and every document's report."""
    import shutil

    import audit.batch

    group = tmp_path / "corpus" / "briefing"
    group.mkdir(parents=True)
    bundled = os.path.join(str(corpus_dir), "2020-05-20-scio-new-infrastructure")
    for name in sorted(os.listdir(bundled)):
        if name.endswith((".txt", ".md")):
            shutil.copy(os.path.join(bundled, name), group / name)
    originals = sorted(os.listdir(group))
    (group / "zz-third.txt").write_text((group / originals[0]).read_text(encoding="utf-8"), encoding="utf-8")
    real = audit.batch._compare

    def flaky(doc_a, doc_b, *args, **kwargs):
        if "zz-third" in doc_a.path + doc_b.path:
            raise KeyError("lost")
        return real(doc_a, doc_b, *args, **kwargs)

    monkeypatch.setattr(audit.batch, "_compare", flaky)
    out = tmp_path / "out"
    result = runner.invoke(main, ["audit", str(tmp_path / "corpus"), "-o", str(out), "--cache-dir",
                                  str(tmp_path / "cache"), "--quiet", "--fail-on", "never"])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    from audit.schema import validate

    validate(summary, "summary")
    assert sorted(e["path"] for e in summary["errors"]) == sorted(
        f"briefing/{name} <-> briefing/zz-third.txt" for name in originals)
    assert all(e["reason"].startswith("internal error: KeyError") for e in summary["errors"])
    assert len(list((out / "comparisons").rglob("*.yaml"))) == 1       # the pair without the bug
    assert len(list((out / "documents").rglob("*.yaml"))) == 3


def test_refitted_score_weights_redo_the_reports(runner, tmp_path, monkeypatch):
    """The score model is an input of every document report: its calibrated estimate changes
    when the weights are refitted, so a run after a refit must not reuse the old reports."""
    import audit.batch

    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert run_cli(runner, str(corpus), "-o", str(out)).exit_code == 0
    first = snapshot(out)
    assert run_cli(runner, str(corpus), "-o", str(out)).exit_code == 0
    assert snapshot(out) == first                                   # same weights: all reused
    monkeypatch.setattr(audit.batch, "_score_model_sha256", lambda: "f" * 64)
    assert run_cli(runner, str(corpus), "-o", str(out)).exit_code == 0
    report = yaml.safe_load((out / "documents" / "brief-a" / "one.txt.yaml").read_text(encoding="utf-8"))
    assert report["inputs"]["score_model_sha256"] == "f" * 64       # redone with the new model's hash


def test_pair_reports_do_not_depend_on_reused_documents_with_sources(tmp_path):
    """A pair report compares the English of both documents: findings tied to a source span
    (bilingual mode) stay out, so a pair redone beside a reused document report is the same
    as one computed from scratch."""
    import audit.batch
    from audit.findings import Finding, Severity

    seen = []

    def fake_compare(doc_a, doc_b, embedder, catalog, findings):
        seen.append([f.rule for side in findings for f in side])
        return {}

    class Embedder:
        cache = None

    source_finding = Finding(rule="bilingual-omission", category="accuracy/omission", severity=Severity.MAJOR,
                             message="m", start=0, end=1, line=1, column=1, text="T", source=(0, 1, "五"))
    real_check = audit.policy.Policy.check

    def check(self, doc, path):
        result, hidden = real_check(self, doc, path)
        result.findings = list(result.findings) + [source_finding]
        return result, hidden

    corpus = make_corpus(tmp_path / "corpus")
    settings = Settings(root=str(corpus), rules_path=default_rules_path(), rules_sha256="0" * 64, max_bytes=10**6,
                        align=True)
    group = [g for g in plan_groups(str(corpus)) if g.name == "brief-a"][0]
    import unittest.mock as mock

    with mock.patch.object(audit.batch, "_compare", fake_compare), \
            mock.patch.object(audit.batch, "_embedder", lambda s: Embedder()), \
            mock.patch.object(audit.policy.Policy, "check", check), \
            mock.patch.object(audit.batch, "pair_inputs", lambda *a, **k: {}):
        audit.batch.run_group(group, settings)                                  # both checked now
        audit.batch.run_group(group, settings, skip_docs=tuple(group.paths))    # both reused
    assert len(seen) == 2 and seen[0] == seen[1]
    assert "bilingual-omission" not in seen[0]
