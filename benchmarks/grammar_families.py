"""The grammar families of issue 9 (fifth round): ``subjectless-sentence``, ``pronoun-gender``,
``set-name-number``, ``month-dot-day-date``. Prints figures, asserts nothing.

* recall on the invented passages of ``benchmarks/data/grammar_families_dev.yaml`` (a defect is
  found when a finding of its rule overlaps its span, as in ``detection.py``) and findings on its ``pass`` passages;
* findings on every clean set (``tests/corpus/clean`` and ``benchmarks/data/clean_*``), on the
  MQM human translations (``ref``, ``refB``) when the development data is beside the checkout,
  and on the documentation of the installed Python packages (``terms_detector.doc_texts``:
  READMEs, ``METADATA``, docstrings), where each finding is a false alarm.

Run from the repository root::

    .venv/bin/python benchmarks/grammar_families.py [--doc-words 1000000]
"""
from __future__ import annotations

import argparse
import collections
import csv
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from audit import check_text, load_rules  # noqa: E402
from terms_detector import doc_texts  # noqa: E402

RULES = ("subjectless-sentence", "pronoun-gender", "set-name-number", "month-dot-day-date")
MQM = os.path.join(ROOT, "..", "shared", "data", "mqm_ted_zhen.tsv")


def human_translations(path):
    if not os.path.exists(path):
        return []
    docs = collections.defaultdict(dict)
    with open(path, encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row[0] in ("ref", "refB"):
                docs[(row[0], row[1])][int(row[3])] = row[6].replace("<v>", "").replace("</v>", "")
    return [(f"{s}/{d}", "\n".join(segs[k] for k in sorted(segs))) for (s, d), segs in sorted(docs.items())]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--doc-words", type=int, default=1_000_000)
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
    clean = [(p, open(p, encoding="utf-8").read()) for d in ["tests/corpus/clean"] + sorted(
        os.path.relpath(x, ROOT) for x in glob.glob(os.path.join(ROOT, "benchmarks", "data", "clean_*")))
        for p in sorted(glob.glob(os.path.join(ROOT, d, "*.txt")))]
    for label, texts in (("clean sets", clean), ("MQM human translations", human_translations(MQM)),
                         ("package documentation", doc_texts(args.doc_words))):
        words = sum(len(t.split()) for _, t in texts)
        per_rule = collections.Counter(f.rule for _, t in texts for f in check_text(t, rules))
        shown = ", ".join(f"{r} {n}" for r, n in sorted(per_rule.items())) or "none"
        print(f"{label}: {len(texts)} texts, {words} words: {sum(per_rule.values())} findings ({shown})")


if __name__ == "__main__":
    main()
