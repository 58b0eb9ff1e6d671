"""Detection on text nobody wrote rules from: recall and precision on the held-out MT set, and
false alarms on clean professional English.

* **Held-out MT** (``tests/corpus/heldout``): stories in the style of machine-translated
  Chinese news, each defect an editor would mark annotated with its offsets and kind. A
  defect is *found* when a minor-or-worse finding overlaps it; a finding is *right* when it
  overlaps an annotated defect. Only counts are printed, never the texts of missed defects:
  the set is for measuring, and rules must not be fitted to it (``tests/corpus/README.md``).
* **Clean English**: ``tests/corpus/clean`` (the set the test suite gates on),
  ``benchmarks/data/clean_large`` (a larger set of the same kind) and, when the MQM
  development data is beside the checkout, the two professional human translations
  (``ref``, ``refB``) in it. Every minor-or-worse finding there is a false alarm; the
  figure is findings per 1,000 words, and majors are counted apart.

Run from the repository root::

    .venv/bin/python benchmarks/detection.py [--rules FILE] [--heldout DIR] [--no-mqm]
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections import Counter, defaultdict

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from audit import load_rules  # noqa: E402
from audit.document import Document  # noqa: E402
from audit.engine import check_document  # noqa: E402
from audit.findings import Severity  # noqa: E402

COUNTED = Severity.MINOR


def _counted(doc, catalog):
    return [f for f in check_document(doc, catalog).findings if f.severity >= COUNTED]


def heldout(catalog, folder):
    found, total = Counter(), Counter()
    right = wrong = 0
    by_rule = defaultdict(lambda: [0, 0])
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        notes = yaml.safe_load(open(path[:-4] + ".yaml", encoding="utf-8"))
        doc = Document.from_text(open(path, encoding="utf-8").read())
        defects = notes["defects"]
        for d in defects:
            assert doc.text[d["start"]:d["end"]] == d["text"], (path, d)
        findings = _counted(doc, catalog)
        for d in defects:
            total[d["kind"]] += 1
            if any(f.start < d["end"] and d["start"] < f.end for f in findings):
                found[d["kind"]] += 1
        for f in findings:
            hit = any(f.start < d["end"] and d["start"] < f.end for d in defects)
            right += hit
            wrong += not hit
            by_rule[f.rule][0 if hit else 1] += 1
    n, k = sum(total.values()), sum(found.values())
    print(f"held-out MT ({folder}): {len(glob.glob(os.path.join(folder, '*.txt')))} documents, {n} annotated defects")
    print(f"  recall    {k}/{n} = {k / max(n, 1):.3f}")
    print(f"  precision {right}/{right + wrong} = {right / max(right + wrong, 1):.3f}  (findings overlapping an annotated defect)")
    print("  recall by kind: " + ", ".join(f"{kind} {found[kind]}/{total[kind]}" for kind in sorted(total)))
    print("  findings by rule (right/wrong): " + ", ".join(f"{r} {a}/{b}" for r, (a, b) in sorted(by_rule.items())))
    return k / max(n, 1), right / max(right + wrong, 1)


def clean(catalog, name, texts):
    words = alarms = majors = 0
    rules = Counter()
    for text in texts:
        doc = Document.from_text(text)
        words += len(text.split())
        for f in _counted(doc, catalog):
            alarms += 1
            majors += f.severity >= Severity.MAJOR
            rules[f.rule] += 1
    rate = 1000 * alarms / max(words, 1)
    print(f"clean {name}: {len(texts)} texts, {words} words: {alarms} minor-or-worse findings = {rate:.2f} per 1,000 words, {majors} major or worse"
          + (f"  [{', '.join(f'{r} {c}' for r, c in rules.most_common())}]" if rules else ""))
    return rate, majors


def _files(folder):
    return [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(folder, "*.txt")))]


def _mqm_human(path):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from mqm_data import load_segments

    docs = defaultdict(list)
    for seg in load_segments(path):
        if seg.system in ("ref", "refB"):
            docs[(seg.system, seg.doc)].append((seg.seg_id, seg.text))
    # One text per talk and translator, segments in order: cross-segment rules see a document.
    return ["\n".join(t for _, t in sorted(segs)) for segs in docs.values()]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--heldout", default=os.path.join(ROOT, "tests", "corpus", "heldout"))
    ap.add_argument("--mqm", default=os.path.join(ROOT, "..", "shared", "data", "mqm_ted_zhen.tsv"))
    ap.add_argument("--no-mqm", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    catalog = load_rules(args.rules)
    print(f"rules: {args.rules} ({len(catalog.rules)} rules); counted: minor or worse")
    heldout(catalog, args.heldout)
    clean(catalog, "tests/corpus/clean", _files(os.path.join(ROOT, "tests", "corpus", "clean")))
    clean(catalog, "benchmarks/data/clean_large", _files(os.path.join(ROOT, "benchmarks", "data", "clean_large")))
    if not args.no_mqm and os.path.exists(args.mqm):
        clean(catalog, "MQM human translations (ref, refB)", _mqm_human(args.mqm))
    print(f"({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()
