"""Alignment throughput: units per second of ``audit.align`` against plain ``model.encode``.

"Units" are the candidate spans the aligner embeds (sentences, clause runs of long sentences,
pairs of consecutive sentences). The same texts are timed three ways:

1. ``model.encode`` alone (batch 64, no cache): the floor the aligner's embedding step pays;
2. the aligner with an empty on-disk cache: units, embeddings, scores, selection, chrF;
3. the aligner again with a fresh process's view of the same cache (new Embedder, empty
   memory): nothing is encoded, which is what a second ``mtaudit compare`` run costs.

Documents: the two corpus reports, plus (when ../shared/data is there) the ``ref`` and
``refB`` translations of each MQM TED talk, one segment per line, for volume.

    .venv/bin/python benchmarks/align_throughput.py [--model PATH] [--no-mqm] [--repeat 3]

Figures are printed, not asserted; timings depend on the machine (CPU count, GPU).
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from audit.align import Settings, align_documents, build_side  # noqa: E402
from audit.document import Document, load_document  # noqa: E402
from audit.embeddings import Embedder, EmbeddingCache, load_model  # noqa: E402

CORPUS = os.path.join(os.path.dirname(HERE), "corpus", "2020-05-20-scio-new-infrastructure")
MQM = os.path.join(os.path.dirname(HERE), "..", "shared", "data", "mqm_ted_zhen.tsv")


def corpus_pairs():
    a = load_document(os.path.join(CORPUS, "smm-wen-ku-digital-infrastructure.txt"))
    b = load_document(os.path.join(CORPUS, "cover-news-wen-ku-new-consumption.txt"))
    return [("corpus", a.text, b.text)]


def mqm_pairs(path):
    """(name, text a, text b) for the ref/refB translations of each talk."""
    talks = {}
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in fh.read().split("\n"):
            parts = line.split("\t")
            if len(parts) != len(header) or parts[col["system"]] not in ("ref", "refB"):
                continue
            segs = talks.setdefault(parts[col["doc"]], {}).setdefault(parts[col["system"]], {})
            segs.setdefault(int(parts[col["seg_id"]]), " ".join(parts[col["target"]].replace("<v>", "")
                                                                 .replace("</v>", "").split()))
    out = []
    for talk in sorted(talks):
        if {"ref", "refB"} <= set(talks[talk]):
            a, b = (talks[talk][s] for s in ("ref", "refB"))
            out.append((f"mqm {talk}", "\n".join(a[k] for k in sorted(a)) + "\n",
                        "\n".join(b[k] for k in sorted(b)) + "\n"))
    return out


def unit_texts(text_a, text_b, settings):
    texts = []
    for text in (text_a, text_b):
        side = build_side(Document.from_text(text), (), settings)
        texts.extend(side.text(u) for u in side.units)
    return texts


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="sentence-transformers model folder (default: packaged MiniLM)")
    ap.add_argument("--no-mqm", action="store_true", help="time the corpus pair only")
    ap.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is reported")
    ap.add_argument("--device", default=None, help="torch device for the model (default: auto)")
    args = ap.parse_args(argv)

    settings = Settings()
    docs = corpus_pairs()
    if not args.no_mqm and os.path.isfile(MQM):
        docs += mqm_pairs(MQM)
    texts = [t for _, a, b in docs for t in unit_texts(a, b, settings)]
    unique = len(set(texts))

    load_s, model = timed(lambda: load_model(args.model, device=args.device, eager=True))
    model.encode(texts[:64])  # warm-up: first batches pay for lazy initialisation

    def plain():
        return model.encode(texts)

    def aligner(cache_dir):
        embedder = Embedder(model.encode, model.id, EmbeddingCache(cache_dir))
        for _, a, b in docs:
            align_documents(Document.from_text(a), Document.from_text(b), embedder, settings)
        return embedder

    plain_s = min(timed(plain)[0] for _ in range(args.repeat))
    cold = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            cold.append(timed(lambda: aligner(tmp)))
    cold_s, cold_embedder = min(cold, key=lambda x: x[0])
    with tempfile.TemporaryDirectory() as tmp:
        aligner(tmp)  # fill the cache
        warm = [timed(lambda: aligner(tmp)) for _ in range(args.repeat)]
    warm_s, warm_embedder = min(warm, key=lambda x: x[0])

    n = len(texts)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, python {platform.python_version()}; "
          f"model {model.id}, backend {model.describe()['backend']} (loaded in {load_s:.1f} s)")
    print(f"documents: {len(docs)} pairs ({', '.join(name for name, _, _ in docs)}); "
          f"{n} units, {unique} distinct texts")
    print(f"{'run':<44} {'seconds':>8} {'units/s':>9}  encoded  cache hits")
    print(f"{'model.encode (all units, batch 64)':<44} {plain_s:8.2f} {n / plain_s:9.0f}  {n:>7}  {'-':>10}")
    print(f"{'aligner, empty cache':<44} {cold_s:8.2f} {n / cold_s:9.0f}  {cold_embedder.encoded:>7}  "
          f"{cold_embedder.cache_hits:>10}")
    print(f"{'aligner, second run (cache on disk)':<44} {warm_s:8.2f} {n / warm_s:9.0f}  {warm_embedder.encoded:>7}  "
          f"{warm_embedder.cache_hits:>10}")
    print(f"best of {args.repeat} runs each; the aligner encodes each distinct text once per run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
