"""Recall and false alarms of the whole catalog on a held-apart passage set: a YAML file with
``flag`` items (one defect each: ``text``, the ``span`` an editor would mark, a ``shape``
label) and ``pass`` items (correct English news: a string or ``{text: ...}``). Prints figures by
shape, asserts nothing.

A ``flag`` item is found when a minor-or-worse finding overlaps its span (as in
``detection.py``); every minor-or-worse finding on a ``pass`` passage is a false alarm. A file
whose header holds the line ``# blind: counts only`` was written by someone who read nothing of
the project and is kept to measure generalization: ``-v`` refuses to list its misses and false
alarms (read them and the file stops measuring anything).

Run from the repository root::

    .venv/bin/python benchmarks/apart.py FILE [FILE ...] [--rules FILE] [--base FILE] [-v]
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

BLIND_MARK = "# blind: counts only"


def is_blind(path: str) -> bool:
    """Whether the set's header marks it blind (counts only)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                return False
            if line.strip() == BLIND_MARK:
                return True
    return False


def load(path: str) -> dict:
    """The set: its flag items (text, span, shape) and its pass texts."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    flag = []
    for item in data.get("flag") or ():
        if item["text"].count(item["span"]) != 1:
            raise SystemExit(f"error: {path}: span {item['span']!r} does not occur exactly once in its text")
        flag.append(item)
    passes = [p["text"] if isinstance(p, dict) else p for p in data.get("pass") or ()]
    return {"flag": flag, "pass": passes}


def measure(catalog, data) -> dict:
    """Found and total by shape, findings by rule, the missed items and the false alarms."""
    found, total = collections.Counter(), collections.Counter()
    by_rule, missed, stray = collections.Counter(), [], []
    for item in data["flag"]:
        start = item["text"].index(item["span"])
        end = start + len(item["span"])
        hits = [f for f in check_text(item["text"], catalog, Severity.MINOR) if f.start < end and f.end > start]
        shape = item.get("shape", "-")
        total[shape] += 1
        found[shape] += bool(hits)
        by_rule.update({f.rule for f in hits})
        if not hits:
            missed.append(item)
    for text in data["pass"]:
        stray += [(text, f) for f in check_text(text, catalog, Severity.MINOR)]
    return {"found": found, "total": total, "by_rule": by_rule, "missed": missed, "stray": stray}


def report(label, rules, path, data, verbose=False):
    m = measure(load_rules(rules), data)
    n = sum(m["total"].values())
    k = sum(m["found"].values())
    print(f"{label} ({os.path.relpath(path, ROOT)}, catalog {rules}):")
    print(f"  recall       {k}/{n} = {k / max(n, 1):.3f}")
    print("  by shape: " + ", ".join(f"{s} {m['found'][s]}/{m['total'][s]}" for s in sorted(m["total"])))
    print(f"  false alarms {len(m['stray'])} findings on {len({t for t, _ in m['stray']})} of {len(data['pass'])} correct passages")
    print("  found by: " + (", ".join(f"{r} {c}" for r, c in sorted(m["by_rule"].items())) or "none"))
    if verbose:
        for item in m["missed"]:
            print(f"  MISS [{item.get('shape', '-')}] {item['span']!r}: {item['text']}")
        for text, f in m["stray"]:
            print(f"  FALSE {f.rule} {f.text!r}: {text}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", metavar="FILE")
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--base", metavar="RULES", help="also measure this catalog (before a change)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms (not on blind sets)")
    args = ap.parse_args(argv)
    for path in args.files:
        if not os.path.exists(path):
            raise SystemExit(f"error: {path}: no such file")
        if args.verbose and is_blind(path):
            raise SystemExit(f"error: {path} is a blind set ({BLIND_MARK!r}): counts only, -v refused")
        data = load(path)
        if args.base:
            report("base", args.base, path, data, args.verbose)
        report("catalog", args.rules, path, data, args.verbose)


if __name__ == "__main__":
    main()
