"""What a rule catalog costs to check, beside another one (not part of the test suite): prints
figures, asserts nothing.

Checks the three clean news sets (``tests/corpus/clean``, ``benchmarks/data/clean_large``,
``benchmarks/data/clean_stress``) document by document, as ``mtaudit check`` does, and then the
same texts joined into one large document (where no prefilter can skip a rule), with each
catalog in turn; each measurement is repeated and the least CPU time is printed (the least is
the figure other processes on the machine disturb least).

Run from the repository root, e.g. to see what the rules added on a branch cost::

    git show main:rules.yaml > /tmp/base.yaml
    .venv/bin/python benchmarks/catalog_cost.py --base /tmp/base.yaml [--rules rules.yaml] [--repeat 3]

``--per-rule N`` also prints the N rules that cost most in each catalog, each rule alone over
every document (least of ``--repeat`` passes, the rule's prefilter and screen included);
``--corpus DIR`` checks the ``.txt`` files under DIR instead of the clean sets (the 400
documents of ``make_corpus.py``, say).
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from audit import load_rules  # noqa: E402
from audit.document import Document  # noqa: E402
from audit.detectors import DetectorTimeout  # noqa: E402
from audit.engine import check_document  # noqa: E402

CLEAN_SETS = ("tests/corpus/clean", "benchmarks/data/clean_large", "benchmarks/data/clean_stress")


def clean_texts():
    return [open(p, encoding="utf-8").read()
            for folder in CLEAN_SETS for p in sorted(glob.glob(os.path.join(ROOT, folder, "*.txt")))]


def corpus_texts(folder):
    return [open(p, encoding="utf-8").read()
            for p in sorted(glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True))]


def per_rule_seconds(catalog, texts, repeat):
    """Each rule alone over every text: (least CPU seconds of ``repeat`` passes, rule id)."""
    docs = [Document.from_text(text) for text in texts]
    for doc in docs:  # first-use work (tables, compiled patterns, screens) out of the figures
        check_document(doc, catalog)
    rows = []
    for rule in catalog.rules:
        best = None
        for _ in range(repeat):
            t0 = time.process_time()
            for doc in docs:
                try:
                    for _hit in rule.detect(doc):
                        pass
                except DetectorTimeout:
                    pass
            spent = time.process_time() - t0
            best = spent if best is None else min(best, spent)
            for doc in docs:
                doc.drop_analysis()  # as the engine does after a batch: the next pass works it out again
        rows.append((best, rule.id))
    return sorted(rows, reverse=True)


def cpu_seconds(catalog, texts, repeat):
    """The least CPU time of ``repeat`` passes checking every text as its own document."""
    check_document(Document.from_text(texts[0][:2000]), catalog)  # first-use work out of the figure
    best = None
    for _ in range(repeat):
        t0 = time.process_time()
        for text in texts:
            check_document(Document.from_text(text), catalog)
        spent = time.process_time() - t0
        best = spent if best is None else min(best, spent)
    return best


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--base", required=True, help="the catalog to compare with")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--per-rule", type=int, default=0, metavar="N", help="also print the N costliest rules")
    ap.add_argument("--corpus", help="check the .txt files under this folder instead of the clean sets")
    args = ap.parse_args(argv)
    texts = corpus_texts(args.corpus) if args.corpus else clean_texts()
    joined = ["\n\n".join(texts)]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {size:.2f} MB; least CPU seconds of {args.repeat} passes")
    for name, path in (("base", args.base), ("rules", args.rules)):
        catalog = load_rules(path)
        per_doc = cpu_seconds(catalog, texts, args.repeat)
        one_doc = cpu_seconds(catalog, joined, args.repeat)
        print(f"  {name:5s} {path} ({len(catalog.rules)} rules): {per_doc:.2f} s document by document,"
              f" {one_doc:.2f} s as one document")
        if args.per_rule:
            for seconds, rule_id in per_rule_seconds(catalog, texts, args.repeat)[:args.per_rule]:
                print(f"        {seconds * 1000:8.1f} ms  {rule_id}")


if __name__ == "__main__":
    main()
