"""Recall and false alarms of the whole catalog on a held-apart set of figure slips
(``benchmarks/data/numbers_apart2.yaml`` by default, another with ``--data``): invented MT passages, each with one figure that
contradicts another figure of its passage or is written in Chinese units, and correct news
passages with the same figures. Prints figures by shape, asserts nothing.

A ``flag`` item is found when a minor-or-worse finding overlaps its span (as in
``detection.py``); every minor-or-worse finding on a ``pass`` passage is a false alarm. The file
was written from general knowledge before the rules it measures: measure on it, never fit a
rule to its passages.

``-v`` lists misses and false alarms, and only for a development set: the default file, whose
rules were written beside it. A set written blind (``numbers_apart3.yaml``, by a writer who had
read nothing of the project) is measured by counts alone; reading its misses would make it one
more development set.

Run from the repository root::

    .venv/bin/python benchmarks/numbers_apart.py [--data FILE] [--rules FILE] [--base FILE] [-v]
"""
from __future__ import annotations

import argparse
import collections
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from audit import check_text, load_rules  # noqa: E402
from audit.findings import Severity  # noqa: E402

DATA = os.path.join(HERE, "data", "numbers_apart2.yaml")


def report(label, path, data, verbose=False):
    catalog = load_rules(path)
    found, total = collections.Counter(), collections.Counter()
    by_rule, missed = collections.Counter(), []
    for item in data["flag"]:
        start = item["text"].index(item["span"])
        end = start + len(item["span"])
        hits = [f for f in check_text(item["text"], catalog, Severity.MINOR) if f.start < end and f.end > start]
        total[item["shape"]] += 1
        found[item["shape"]] += bool(hits)
        by_rule.update({f.rule for f in hits})
        if not hits:
            missed.append(item)
    stray = []
    for item in data["pass"]:
        text = item["text"] if isinstance(item, dict) else item  # a passage, or one with its shape
        stray += [(text, f) for f in check_text(text, catalog, Severity.MINOR)]
    n = sum(total.values())
    print(f"{label} ({path}):")
    print(f"  recall       {sum(found.values())}/{n} = {sum(found.values()) / n:.3f}")
    print("  by shape: " + ", ".join(f"{s} {found[s]}/{total[s]}" for s in total))
    print(f"  false alarms {len(stray)} findings on {len({t for t, _ in stray})} of {len(data['pass'])} correct passages")
    print("  found by: " + (", ".join(f"{r} {k}" for r, k in sorted(by_rule.items())) or "none"))
    if verbose:
        for item in missed:
            print(f"  MISS [{item['shape']}] {item['span']!r}: {item['text']}")
        for text, f in stray:
            print(f"  FALSE {f.rule} {f.text!r}: {text}")


def _development(path: str) -> bool:
    """Whether ``path`` is the development set (the default file), whose passages may be read."""
    return os.path.realpath(path) == os.path.realpath(DATA)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--base", metavar="FILE", help="also measure this catalog (before a change)")
    ap.add_argument("--data", metavar="FILE", default=DATA, help="the set to measure (default: numbers_apart2.yaml)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list misses and false alarms (the default, development set only)")
    args = ap.parse_args(argv)
    if args.verbose and not _development(args.data):
        ap.error(f"-v lists passages of the development set only; {args.data} is measured by counts")
    with open(args.data, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if args.base:
        report("base", args.base, data, args.verbose)
    report("catalog", args.rules, data, args.verbose)


if __name__ == "__main__":
    main()
