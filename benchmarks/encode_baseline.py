"""The model's own ``encode`` throughput on the units ``mtaudit audit`` embeds for a corpus
tree: the floor for audit-with-alignment throughput (used by batch_throughput.py).

    python benchmarks/encode_baseline.py CORPUS_DIR [--model PATH]
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from audit.align import Settings, build_side  # noqa: E402
from audit.document import load_document  # noqa: E402
from audit.embeddings import load_model  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--model")
    args = ap.parse_args(argv)
    files = sorted(glob.glob(os.path.join(args.corpus, "**", "*.txt"), recursive=True))
    settings = Settings()
    texts = []
    for path in files:
        side = build_side(load_document(path), (), settings)
        texts.extend(side.text(u) for u in side.units)
    unique = list(dict.fromkeys(texts))
    model = load_model(args.model, eager=True)
    model.encode(unique[:32])  # warm-up
    t0 = time.perf_counter()
    model.encode(unique)
    dt = time.perf_counter() - t0
    print(f"model.encode       : {dt:7.1f} s  {len(unique) / dt:7.1f} units/s  {len(files) / dt:7.2f} docs/s "
          f"({len(unique)} distinct units of {len(files)} documents; model load excluded)")


if __name__ == "__main__":
    main()
