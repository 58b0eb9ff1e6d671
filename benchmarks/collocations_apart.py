"""Recall and false alarms of the whole catalog on the held-apart collocation sentences
(``benchmarks/data/collocations_apart.yaml``): invented MT sentences, each with one
Chinese-style collocation, and correct English news sentences that use the same words.
Prints figures, asserts nothing.

A ``flag`` item is found when a minor-or-worse finding overlaps its span (as in
``detection.py``); every minor-or-worse finding on a ``pass`` sentence is a false alarm. With
``--base FILE`` the same figures are printed for a second catalog (the one before a change)
in the same run. The file was written before the rules it measures and is kept apart from
rule writing: measure on it once per round and report the figure, never fit a rule to it.

With ``--false-alarms RULE,...`` it prints instead what those rules find (minor or worse) on
every clean set listed in ``clean_sets.py``, on the MQM human translations (when the development data is beside the
checkout) and on the documentation of the installed Python packages (``--doc-words``), where
every finding is a false alarm: the check a new family passes before it lands.

Run from the repository root::

    .venv/bin/python benchmarks/collocations_apart.py [--rules FILE] [--base FILE]
    .venv/bin/python benchmarks/collocations_apart.py --false-alarms RULE,... [--doc-words 3000000]
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

DATA = os.path.join(HERE, "data", "collocations_apart.yaml")


def measure(catalog, data):
    """(found, rules that found them, false alarms, rules that raised them)."""
    found, by_rule, stray, stray_rules = 0, collections.Counter(), 0, collections.Counter()
    for item in data["flag"]:
        start = item["text"].index(item["span"])
        end = start + len(item["span"])
        hits = [f for f in check_text(item["text"], catalog, Severity.MINOR) if f.start < end and f.end > start]
        found += bool(hits)
        by_rule.update({f.rule for f in hits})
    for text in data["pass"]:
        findings = check_text(text, catalog, Severity.MINOR)
        stray += len(findings)
        stray_rules.update(f.rule for f in findings)
    return found, by_rule, stray, stray_rules


def report(label, path, data):
    found, by_rule, stray, stray_rules = measure(load_rules(path), data)
    n_flag, n_pass = len(data["flag"]), len(data["pass"])
    print(f"{label} ({path}):")
    print(f"  recall       {found}/{n_flag} = {found / n_flag:.3f}")
    print(f"  false alarms {stray} findings on {n_pass} correct sentences")
    print("  found by: " + (", ".join(f"{r} {n}" for r, n in sorted(by_rule.items())) or "none"))
    if stray_rules:
        print("  false alarms by: " + ", ".join(f"{r} {n}" for r, n in sorted(stray_rules.items())))


def false_alarms(path, ids, doc_words):
    """Findings of the rules ``ids`` on clean English of three kinds, by rule, with the text of each."""
    sys.path.insert(0, HERE)
    from detector_bench import clean_set_texts, doc_texts, human_documents
    from mqm_data import DEFAULT_DATA, load_mqm

    catalog = load_rules(path)
    rules = [catalog.get(i) for i in ids]
    human = human_documents(load_mqm().segments) if os.path.exists(DEFAULT_DATA) else []
    for label, texts in (("clean sets", clean_set_texts()), ("MQM human translations", human),
                         ("package documentation", doc_texts(doc_words))):
        words = sum(len(t.split()) for _, t in texts)
        found = [(name, f) for name, t in texts for f in check_text(t, rules, Severity.MINOR)]
        per_rule = collections.Counter(f.rule for _, f in found)
        shown = ", ".join(f"{r} {n}" for r, n in sorted(per_rule.items())) or "none"
        print(f"{label}: {len(texts)} texts, {words} words: {len(found)} findings ({shown})")
        for name, f in found:
            print(f"  {name}: {f.rule} {f.text!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--base", metavar="FILE", help="also measure this catalog (before a change)")
    ap.add_argument("--false-alarms", metavar="RULE,...", help="findings of these rules on clean English instead")
    ap.add_argument("--doc-words", type=int, default=1_000_000, help="words of package documentation (default 1,000,000)")
    args = ap.parse_args(argv)
    if args.false_alarms:
        false_alarms(args.rules, [r for r in args.false_alarms.split(",") if r], args.doc_words)
        return
    with open(DATA, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if args.base:
        report("base", args.base, data)
    report("catalog", args.rules, data)


if __name__ == "__main__":
    main()
