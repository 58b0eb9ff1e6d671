"""The grammar families of issue 9 (fifth round): ``subjectless-sentence``, ``pronoun-gender``,
``set-name-number``, ``month-dot-day-date``. Prints figures, asserts nothing.

* recall on the invented passages of ``benchmarks/data/grammar_families_dev.yaml`` (a defect is
  found when a finding of its rule overlaps its span, as in ``detection.py``) and findings on its ``pass`` passages;
* findings on every clean set (the sets listed in ``clean_sets.py``; a blind set is not read), on the
  MQM human translations (``ref``, ``refB``) when the development data is beside the checkout,
  and on the documentation of the installed Python packages (``detector_bench.doc_texts``:
  READMEs, ``METADATA``, docstrings), where each finding is a false alarm.

Run from the repository root::

    .venv/bin/python benchmarks/grammar_families.py [--doc-words 1000000] [--apart]

``--apart`` also reads ``benchmarks/data/grammar_apart.yaml``, passages held apart from the
rule work (written before it, read once after it), and prints recall by kind of slip (a slip
is found when a finding of any of these rules, or of ``repeated-word``, overlaps its span) and
every finding on its pass passages.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from audit import check_text, load_rules  # noqa: E402
from detector_bench import clean_set_texts, doc_texts, human_documents  # noqa: E402
from mqm_data import DEFAULT_DATA, load_mqm  # noqa: E402

RULES = ("subjectless-sentence", "pronoun-gender", "set-name-number", "month-dot-day-date",
         "determiner-number", "year-first-date")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--doc-words", type=int, default=1_000_000)
    ap.add_argument("--apart", action="store_true",
                    help="also measure on the held-apart passages of grammar_apart.yaml")
    args = ap.parse_args(argv)
    catalog = load_rules(args.rules)
    rules = [catalog.get(r) for r in RULES]
    with open(os.path.join(HERE, "data", "grammar_families_dev.yaml"), encoding="utf-8") as fh:
        dev = yaml.safe_load(fh)
    found, total = collections.Counter(), collections.Counter()
    for item in dev["flag"]:
        # the span as a whole word: "he" is not the "he" of "the"
        start = re.search(r"(?<!\w)" + re.escape(item["span"]) + r"(?!\w)", item["text"]).start()
        hits = [f for f in check_text(item["text"], rules)
                if f.rule == item["rule"] and f.start < start + len(item["span"]) and f.end > start]
        total[item["rule"]] += 1
        found[item["rule"]] += bool(hits)
    print("recall on invented passages (benchmarks/data/grammar_families_dev.yaml):")
    for r in RULES:
        print(f"  {r:22s} {found[r]}/{total[r]}")
    stray = sum(len(check_text(t, rules)) for t in dev["pass"])
    print(f"  findings on its {len(dev['pass'])} pass passages: {stray}")
    if args.apart:
        apart_figures([catalog.get(r) for r in RULES + ("repeated-word",)])
    clean = clean_set_texts()
    human = human_documents(load_mqm().segments) if os.path.exists(DEFAULT_DATA) else []
    for label, texts in (("clean sets", clean), ("MQM human translations", human),
                         ("package documentation", doc_texts(args.doc_words))):
        words = sum(len(t.split()) for _, t in texts)
        per_rule = collections.Counter(f.rule for _, t in texts for f in check_text(t, rules))
        shown = ", ".join(f"{r} {n}" for r, n in sorted(per_rule.items())) or "none"
        print(f"{label}: {len(texts)} texts, {words} words: {sum(per_rule.values())} findings ({shown})")


def _span_start(item):
    # the span as a whole word: "he" is not the "he" of "the"
    return re.search(r"(?<!\w)" + re.escape(item["span"]) + r"(?!\w)", item["text"]).start()


def apart_figures(rules):
    """Recall by kind and findings on the pass passages of the held-apart set."""
    with open(os.path.join(HERE, "data", "grammar_apart.yaml"), encoding="utf-8") as fh:
        apart = yaml.safe_load(fh)
    found, total = collections.Counter(), collections.Counter()
    for item in apart["flag"]:
        start = _span_start(item)
        hits = [f for f in check_text(item["text"], rules)
                if f.start < start + len(item["span"]) and f.end > start]
        total[item["kind"]] += 1
        found[item["kind"]] += bool(hits)
    print("recall on held-apart passages (benchmarks/data/grammar_apart.yaml), by kind:")
    for kind in total:
        print(f"  {kind:12s} {found[kind]}/{total[kind]}")
    print(f"  all          {sum(found.values())}/{sum(total.values())}")
    stray = [(f.rule, f.text, t) for t in apart["pass"] for f in check_text(t, rules)]
    print(f"  findings on its {len(apart['pass'])} pass passages: {len(stray)}")
    for rule, text, passage in stray:
        print(f"    {rule}: {text!r} in {passage!r}")


if __name__ == "__main__":
    main()
