"""The evidence gate (issue 9, twenty-fifth round): how many documents open it at each setting,
and what the gated rules find with the gate on and off.

    python benchmarks/gate_evidence.py clean            # the clean sets of clean_sets.py
    python benchmarks/gate_evidence.py WRITE [--wrong]  # annotated WRITE sets (--wrong lists the new gated findings, right and wrong)
    python benchmarks/gate_evidence.py CHECK            # annotated CHECK sets: counts only
    python benchmarks/gate_evidence.py FOLDER ...       # any folder of .txt files (no annotations)

Per document: the findings (minor or worse) of the catalog's ungated rules (cached in
/tmp/gate_evidence_CACHE.pkl by the catalog's digest), then each gated rule run alone and
ungated. For each gate setting (min_findings, min_rules, per_rule): the documents the gate
opens, and each gated rule's findings in those documents: all of them, those that do not
overlap an ungated finding (new), and on annotated sets those of the new ones that overlap a
defect (right) and the defects found that no ungated rule found (gain). "off": every document.
``--rules FILE``: another catalog; ``--candidates FILE``: more rules to try as gated. Counts only for CHECK (the project's data rules); blind and
held-back sets are refused.
"""
from __future__ import annotations

import argparse
import dataclasses
import glob
import hashlib
import os
import pickle
import sys
from collections import Counter, defaultdict

ROOT = os.getcwd()
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

from audit import load_rules  # noqa: E402
from audit.document import Document  # noqa: E402
from audit.engine import check_document, gate_evidence  # noqa: E402
from audit.findings import Severity  # noqa: E402
from audit.rules import Gate  # noqa: E402

WRITE = ["heldout"] + [f"heldout{n}" for n in range(5, 16)]
CHECK = [f"heldout{n}" for n in (16, 17, 18, 21, 22, 23, 25, 27)]
SETTINGS = [(2, 2, 1), (3, 2, 2), (3, 3, 1), (4, 2, 2), (4, 3, 2), (5, 3, 2)]


def documents(name):
    """(set, path, text, defects or None) of a set name, split name or folder."""
    if name == "clean":
        from clean_sets import CLEAN_SETS
        for folder, _ in CLEAN_SETS:
            yield from documents(folder)
        return
    if name in ("WRITE", "CHECK"):
        for s in (WRITE if name == "WRITE" else CHECK):
            yield from documents(s)
        return
    import yaml
    annotated = name.startswith("heldout")
    if annotated and name not in WRITE + CHECK:
        sys.exit(f"{name}: blind or held back, never run here")
    folder = os.path.join(ROOT, "tests", "corpus", name) if annotated else os.path.join(ROOT, name)
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        text = Document.from_text(open(p, encoding="utf-8").read()).text
        defects = yaml.safe_load(open(p[:-4] + ".yaml", encoding="utf-8"))["defects"] if annotated else None
        yield name, p, text, defects


def overlaps(a, b):
    return a.start < b["end"] and b["start"] < a.end if isinstance(b, dict) else a.start < b.end and b.start < a.end


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--wrong", action="store_true")
    ap.add_argument("--candidates", action="append", default=[], help="a rules file of more rules to try as gated")
    a = ap.parse_args()
    if a.wrong and any(s == "CHECK" or s in CHECK for s in a.sets):
        sys.exit("CHECK sets: counts only (drop --wrong)")
    catalog = load_rules(a.rules)
    base = [r for r in catalog.rules if r.gate is None]
    gated = [dataclasses.replace(r, gate=None) for r in catalog.rules if r.gate is not None]
    for extra in a.candidates:  # rules tried as gated ones, not in the catalog
        gated += [dataclasses.replace(r, gate=None) for r in load_rules(extra).rules]
    # the cache holds the ungated rules' findings: keyed by those rules alone, so that
    # changing a gated rule reruns only the gated rules
    digest = hashlib.sha256(repr([(r.id, r.severity, sorted((k, repr(v)) for k, v in r.params.items()))
                                  for r in base]).encode()).hexdigest()[:16]
    cache_path = f"/tmp/gate_evidence_{digest}.pkl"
    cache = pickle.load(open(cache_path, "rb")) if os.path.exists(cache_path) else {}
    settings = [Gate(n, k, p, catalog.gate.ignore_categories) for n, k, p in SETTINGS]
    labels = ["off"] + [f"{g.min_findings}/{g.min_rules}/{g.per_rule}" for g in settings]
    words = docs = 0
    opened = Counter()
    stats = defaultdict(Counter)  # (rule, label) -> all, new, right
    gain = Counter()
    defects_total = 0
    for s in a.sets:
        for name, path, text, defects in documents(s):
            docs += 1
            words += len(text.split())
            key = (path, hashlib.sha256(text.encode()).hexdigest())
            if key not in cache:
                cache[key] = [f for f in check_document(Document.from_text(text), base).findings
                              if f.severity >= Severity.MINOR]
            found = cache[key]
            doc = Document.from_text(text)
            is_open = {"off": True}
            for g, label in zip(settings, labels[1:]):
                is_open[label] = gate_evidence(doc, found, g) is not None
                opened[label] += is_open[label]
            if defects is not None:
                defects_total += len(defects)
            for rule in gated:
                hits = [f for f in check_document(Document.from_text(text), [rule]).findings
                        if f.severity >= Severity.MINOR]
                for f in hits:
                    new = not any(overlaps(f, b) for b in found)
                    right = defects is not None and any(overlaps(f, d) for d in defects)
                    for label in labels:
                        if is_open[label]:
                            st = stats[(rule.id, label)]
                            st["all"] += 1
                            st["new"] += new
                            st["right"] += new and right
                    if a.wrong and new and defects is not None and is_open[labels[2]]:
                        ctx = text[max(0, f.start - 60):f.end + 40].replace("\n", " ")
                        print(f"  {'RIGHT' if right else 'WRONG'} {name}/{os.path.basename(path)} {f.rule} "
                              f"{f.text!r}\n       ...{ctx}...")
                if defects is not None:
                    for d in defects:
                        if any(overlaps(f, d) for f in hits) and not any(overlaps(b, d) for b in found):
                            for label in labels:
                                gain[(rule.id, label)] += is_open[label]
    if os.path.exists(cache_path):  # another run may have added documents meanwhile
        cache = {**pickle.load(open(cache_path, "rb")), **cache}
    pickle.dump(cache, open(cache_path, "wb"))
    print(f"{' '.join(a.sets)}: {docs} documents, {words:,} words" + (f", {defects_total} defects" if defects_total else ""))
    print("documents the gate opens (min_findings/min_rules/per_rule): "
          + ", ".join(f"{label} {opened[label]}" for label in labels[1:]))
    for rule in gated:
        for label in labels:
            st = stats[(rule.id, label)]
            line = f"  {rule.id} [{label}]: {st['all']} findings, {st['new']} new"
            if label == "off":
                line += f" ({1000 * st['new'] / max(words, 1):.3f} per 1,000 words)"
            if defects_total:
                line += f", {st['right']}/{st['new']} new on a defect, gain {gain[(rule.id, label)]}"
            print(line)


if __name__ == "__main__":
    main()
