"""The ONNX Runtime encoder path: the sentence-transformers model exported once to ONNX (at
first use, into the cache directory; nothing is downloaded), then run by onnxruntime with the
model's own ``tokenizer.json`` and the pooling its ``modules.json`` names.

Why: in steady state neither torch nor transformers is imported (seconds and hundreds of MB
per process), and onnxruntime's fused attention encodes the same sentences about twice as
fast as torch on two CPU cores, with the same vectors (cosine > 0.9999 to the torch ones).
The export itself needs torch, transformers and the ``onnx`` package; it runs once per model
and cache directory, under a file lock, and is written atomically.

Only models this module can reproduce exactly are accepted: a Transformer module, then mean
or CLS pooling, then optionally Normalize. Anything else raises :class:`Unsupported`, and the
caller falls back to the torch path.
"""
from __future__ import annotations

import json
import os
import tempfile
from typing import List, Optional, Sequence

import numpy as np

# Bump when the export changes (inputs, opset, quantization): old files are never reused.
EXPORT_VERSION = 1
OPSET = 17
_POOLING = {"pooling_mode_mean_tokens": "mean", "pooling_mode_cls_token": "cls"}
_KNOWN_MODULES = ("Transformer", "Pooling", "Normalize")


class Unsupported(Exception):
    """This model or this installation cannot use the ONNX path; ``str()`` says why in one line."""


# -- what the model folder asks for ----------------------------------------------------------
def read_pipeline(model_path: str) -> dict:
    """Pooling mode, maximum sequence length and tokenizer file of a sentence-transformers
    folder, or Unsupported when the folder holds something this path would compute differently."""
    tokenizer = os.path.join(model_path, "tokenizer.json")
    if not os.path.isfile(tokenizer):
        raise Unsupported("the model has no tokenizer.json")
    modules = _read_json(os.path.join(model_path, "modules.json"))
    if not isinstance(modules, list) or not modules:
        raise Unsupported("the model has no modules.json")
    kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules if isinstance(m, dict)]
    if len(kinds) != len(modules) or any(k not in _KNOWN_MODULES for k in kinds) or kinds[:2] != ["Transformer", "Pooling"]:
        raise Unsupported(f"modules {', '.join(kinds) or '?'} (expected Transformer, Pooling[, Normalize])")
    pooling_dir = next(m.get("path", "") for m in modules if str(m.get("type", "")).endswith("Pooling"))
    pooling_cfg = _read_json(os.path.join(model_path, pooling_dir, "config.json"))
    if not isinstance(pooling_cfg, dict):
        raise Unsupported("the model's pooling config is missing")
    modes = [name for key, name in _POOLING.items() if pooling_cfg.get(key)]
    others = [k for k, v in pooling_cfg.items() if k.startswith("pooling_mode") and v and k not in _POOLING]
    if len(modes) != 1 or others:
        raise Unsupported(f"pooling {', '.join(modes + others) or 'none'} (expected mean or cls)")
    st_config = _read_json(os.path.join(model_path, "sentence_bert_config.json"))
    max_len = st_config.get("max_seq_length") if isinstance(st_config, dict) else None
    if not isinstance(max_len, int) or max_len <= 0:
        config = _read_json(os.path.join(model_path, "config.json"))
        max_len = int(config.get("max_position_embeddings", 512)) if isinstance(config, dict) else 512
    return {"pooling": modes[0], "max_seq_length": max_len, "tokenizer": tokenizer}


def _read_json(path: str):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


# -- export ----------------------------------------------------------------------------------
def export_path(cache_dir: str, fingerprint: str, int8: bool) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_.@" else "_" for ch in fingerprint)
    name = "model-int8.onnx" if int8 else "model.onnx"
    return os.path.join(cache_dir, "models", f"{safe}-onnx{EXPORT_VERSION}", name)


def ensure_export(model_path: str, fingerprint: str, cache_dir: str, int8: bool = False) -> str:
    """The ONNX file of the model in ``model_path`` (fp32, or with int8 dynamic quantization),
    exported into ``cache_dir`` when it is not there yet. Raises Unsupported when the export
    cannot be made (a package missing, a cache directory that cannot be written)."""
    target = export_path(cache_dir, fingerprint, int8)
    if os.path.isfile(target):
        return target
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
    except OSError as exc:
        raise Unsupported(f"cannot write the ONNX export under {cache_dir}: {exc.strerror or exc}") from None
    from filelock import FileLock

    with FileLock(target + ".lock"):   # parallel workers export once; the others wait, then reuse it
        if os.path.isfile(target):
            return target
        if int8:
            source = ensure_export(model_path, fingerprint, cache_dir, int8=False)
            _write_atomic(target, lambda tmp: _quantize(source, tmp))
        else:
            _write_atomic(target, lambda tmp: _export(model_path, tmp))
    return target


def _write_atomic(target: str, make) -> None:
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".export-", suffix=".onnx")
    os.close(fd)
    try:
        make(tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _export(model_path: str, out: str) -> None:
    import inspect
    import warnings

    try:
        import onnx  # noqa: F401  (torch's exporter needs it to write the file)
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise Unsupported(f"exporting to ONNX needs torch, transformers and onnx ({exc})") from None
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" would land on the user's stderr
        hf_logging.set_verbosity_error()
    except Exception:  # cosmetic only
        pass
    model = AutoModel.from_pretrained(model_path, local_files_only=True).eval()
    accepts = inspect.signature(model.forward).parameters
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in accepts]

    class Encoder(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, *tensors):
            return self.inner(**dict(zip(names, tensors))).last_hidden_state

    dummy = tuple(torch.ones((2, 8), dtype=torch.long) if n != "token_type_ids" else torch.zeros((2, 8), dtype=torch.long)
                  for n in names)
    axes = {n: {0: "batch", 1: "tokens"} for n in names + ["last_hidden_state"]}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the TorchScript exporter announces its deprecation
        torch.onnx.export(Encoder(model), dummy, out, input_names=names, output_names=["last_hidden_state"],
                          dynamic_axes=axes, opset_version=OPSET, dynamo=False)


def _quantize(source: str, out: str) -> None:
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.getLogger().setLevel(max(logging.getLogger().level, logging.ERROR))  # a pre-processing hint
    quantize_dynamic(source, out, weight_type=QuantType.QInt8, per_channel=True)


# -- running ---------------------------------------------------------------------------------
def available_cores() -> int:
    """The cores this process may run on (``taskset``, a cgroup's affinity, ``OMP_NUM_THREADS``)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    if os.environ.get("OMP_NUM_THREADS", "").isdigit():
        cores = min(cores, max(1, int(os.environ["OMP_NUM_THREADS"])))
    return max(1, cores)


class OnnxEncoder:
    """Texts in, unit-length float32 rows out, through onnxruntime."""

    def __init__(self, onnx_file: str, pipeline: dict):
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise Unsupported(f"onnxruntime is not installed ({exc})") from None
        options = ort.SessionOptions()
        options.intra_op_num_threads = available_cores()
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # Worker threads sleep between runs instead of spinning: the aligner's Python between
        # two batches, and any other process, then get the cores. On the shared 2-core machine
        # (load 4) 1,285 sentences took 7.4-8.4 s instead of 15.6-16.3 s, and a third less CPU.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(onnx_file, options, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]
        self.tokenizer = Tokenizer.from_file(pipeline["tokenizer"])
        self.tokenizer.no_padding()  # tokenizer.json may pad to a fixed 128: batches pad to their longest
        self.tokenizer.enable_truncation(pipeline["max_seq_length"])
        self.pooling = pipeline["pooling"]
        self.dimensions: Optional[int] = None

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(list(texts))
        # Batches of similar length: padding costs as much as real tokens.
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        rows: List[Optional[np.ndarray]] = [None] * len(encodings)
        for k in range(0, len(order), batch_size):
            batch = order[k:k + batch_size]
            width = max(1, max(len(encodings[i].ids) for i in batch))
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            types = np.zeros((len(batch), width), dtype=np.int64)
            for r, i in enumerate(batch):
                e = encodings[i]
                ids[r, :len(e.ids)] = e.ids
                mask[r, :len(e.ids)] = e.attention_mask
                types[r, :len(e.ids)] = e.type_ids
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            hidden = self.session.run(None, {n: feeds[n] for n in self.inputs})[0]
            if self.pooling == "cls":
                pooled = hidden[:, 0]
            else:
                weights = mask[:, :, None].astype(hidden.dtype)
                pooled = (hidden * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
            for r, i in enumerate(batch):
                rows[i] = pooled[r]
        if not rows:
            return np.zeros((0, self.dimensions or 0), dtype=np.float32)
        out = np.stack(rows).astype(np.float32)
        self.dimensions = int(out.shape[1])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms
