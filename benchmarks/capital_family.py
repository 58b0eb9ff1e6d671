"""What the capitalisation family costs per megabyte (issue 13; not part of the test suite):
prints figures, asserts nothing.

    PYTHONPATH=. python benchmarks/capital_family.py DIR [--repeat N] [--gated]

Reads the ``.txt`` files under DIR and runs every rule of the family's detector types
(``capitalization``, ``capital_loose``, ``capital_frame``, ``capital_run``,
``capital_in_story``; the gated ones only with ``--gated``, as a check runs them on a document
with other signs of machine translation only) over fresh documents in catalog order, as a check
does, timing each rule in CPU seconds; the least of ``--repeat`` passes (each on texts
with a different number of line breaks added, so that no table kept per text is reused) is printed per rule and
for the family, with seconds per MB of text."""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from audit import load_rules  # noqa: E402
from audit.detectors import DETECTORS  # noqa: E402
from audit.document import Document  # noqa: E402

FAMILY = ("capitalization", "capital_loose", "capital_frame", "capital_run", "capital_in_story")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gated", action="store_true")
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--profile", help="write a cProfile of the last pass to this file")
    args = ap.parse_args()
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.folder, "**", "*.txt"), recursive=True))]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    catalog = load_rules(args.rules)
    rules = [r for r in catalog.rules if r.type in FAMILY and (args.gated or r.gate is None)]
    best = {}
    total = None
    for rep in range(args.repeat):
        # Each pass reads the texts with its own number of line breaks added: a table a module
        # keeps per text (``lru_cache`` on the text) is not reused from the pass before, as a
        # check reads each document once.
        docs = [Document.from_text(t + "\n" * (rep + 1), f"doc{i}") for i, t in enumerate(texts)]
        spent = {}
        profiler = None
        if args.profile and rep == args.repeat - 1:
            import cProfile
            profiler = cProfile.Profile()
            profiler.enable()
        for rule in rules:
            detect, state = DETECTORS[rule.type].detect, rule.state
            t = time.process_time()
            for doc in docs:
                for _hit in detect(doc, state):
                    pass
            spent[rule.id] = time.process_time() - t
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        for k, v in spent.items():
            best[k] = min(best.get(k, v), v)
        s = sum(spent.values())
        total = s if total is None else min(total, s)
    label = {r.id: f"{r.type}:{r.state.get('mode', '')}" for r in rules}
    for k, v in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{v:7.3f} s  {v / mb:6.3f} s/MB  {k}  ({label[k]})")
    print(f"family: {total:.3f} s for {mb:.3f} MB = {total / mb:.3f} s/MB ({len(rules)} rules, {len(texts)} documents)")


if __name__ == "__main__":
    main()
