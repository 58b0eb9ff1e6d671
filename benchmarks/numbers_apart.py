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
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import apart  # noqa: E402  (the measurement itself: any held-apart set)

DATA = os.path.join(HERE, "data", "numbers_apart2.yaml")


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
    data = apart.load(args.data)
    if args.base:
        apart.report("base", args.base, args.data, data, args.verbose)
    apart.report("catalog", args.rules, args.data, data, args.verbose)


if __name__ == "__main__":
    main()
