"""What reading the large cached tables costs on their first use in a process (not part of the
test suite): prints figures, asserts nothing.

Each table is read in a fresh process from a warm cache directory (``MTAUDIT_CACHE_DIR``, or
the default one; run a check first so that the tables are there): the literal rule's two
indexes (``literal-index``, ``literal-phrases``), the terms table of ``mt-garbled-compound``
(``terms-index``), and the pinyin readings of ``mt-pinyin-term`` with one word asked about
(``pinyin-readings``: stored in parts, so the read opens one). CPU seconds, least of
``--repeat`` processes.

Run from the repository root, e.g.::

    PYTHONPATH=. .venv/bin/python benchmarks/table_reads.py --repeat 5
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

TABLES = ("literal-index", "literal-phrases", "terms-index", "pinyin-readings")


def read_one(name: str, rules: str) -> float:
    """In this process: CPU seconds to read ``name`` (the modules imported first; the terms
    table named by ``rules``' ``mt-garbled-compound``)."""
    from audit.detectors import literal_index, pinyin_terms, terms

    key = None
    if name == "terms-index":
        from audit import load_rules
        key = load_rules(rules).get("mt-garbled-compound").state["key"]
    t0 = time.process_time()
    if name == "literal-index":
        literal_index.load_index()
    elif name == "literal-phrases":
        literal_index.load_index(set_phrases=True)
    elif name == "terms-index":
        terms.load_terms(key)
    else:
        pinyin_terms._readings().get("shequ")
    return time.process_time() - t0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per table")
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--one", choices=TABLES, help=argparse.SUPPRESS)  # a child process's run
    args = ap.parse_args(argv)
    if args.one:
        print(read_one(args.one, args.rules))
        return
    total = 0.0
    for name in TABLES:
        runs = [float(subprocess.run([sys.executable, os.path.abspath(__file__), "--one", name, "--rules", args.rules], check=True,
                                     capture_output=True, text=True).stdout.split()[-1])
                for _ in range(args.repeat)]
        total += min(runs)
        print(f"  {name}: {min(runs) * 1000:.0f} ms (least of {len(runs)})")
    print(f"  all four: {total * 1000:.0f} ms")


if __name__ == "__main__":
    main()
