"""What named rules cost on their first pass over a corpus, as one ``mtaudit check`` process
meets each document once (not part of the test suite): prints figures, asserts nothing.

``catalog_cost.py --per-rule`` times each rule after a warm-up pass over the same documents,
which fills the per-clause memos of ``literal`` and ``terms`` (clauses met before are answered
from them): it undercounts those rules three to five times. Here each rule is timed in a fresh
process, the catalog loaded and its tables read first (one short text checked with the whole
catalog), the documents' shared analysis (clauses and words) made before the clock starts, as
the engine's first rule that reads it would make it; then the rule over every document once
(the first pass: what a check pays) and a second time (what the memos leave).

Run from the repository root, e.g.::

    PYTHONPATH=. .venv/bin/python benchmarks/first_pass.py --corpus DIR mt-literal-rendering mt-garbled-compound
"""
from __future__ import annotations

import argparse
import gc
import glob
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

WARM_UP = "The minister said on Monday that the plan works well. " * 3


def one_rule(rules_path: str, corpus: str, rule_id: str) -> None:
    """In this process: print the rule's first and second pass, CPU seconds."""
    from audit import load_rules
    from audit.document import Document
    from audit.engine import check_document

    catalog = load_rules(rules_path)
    check_document(Document.from_text(WARM_UP), catalog)
    paths = sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True))
    docs = [Document.from_text(open(p, encoding="utf-8").read()) for p in paths]
    for doc in docs:
        doc.analysis.clauses  # noqa: B018 - made before the clock, as another rule would make it
    rule = catalog.get(rule_id)
    gc.freeze()  # as ``check`` does with its tables: no collection walks them inside the figures
    passes = []
    for _ in range(2):
        t0 = time.process_time()
        for doc in docs:
            for _hit in rule.detect(doc):
                pass
        passes.append(time.process_time() - t0)
    print(f"  {rule_id}: first pass {passes[0] * 1000:.0f} ms, second {passes[1] * 1000:.0f} ms")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rule_ids", nargs="+")
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--corpus", required=True, help="a folder of .txt files")
    ap.add_argument("--repeat", type=int, default=1, help="fresh processes per rule")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child process's run
    args = ap.parse_args(argv)
    if args.one:
        one_rule(args.rules, args.corpus, args.rule_ids[0])
        return
    for rule_id in args.rule_ids:
        for _ in range(args.repeat):
            subprocess.run([sys.executable, os.path.abspath(__file__), "--one", "--rules", args.rules,
                            "--corpus", args.corpus, rule_id], check=True)


if __name__ == "__main__":
    main()
