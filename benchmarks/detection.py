"""Detection on text nobody wrote rules from: recall and precision on the held-out MT set, and
false alarms on clean professional English.

* **Held-out MT** (``tests/corpus/heldout``): stories in the style of machine-translated
  Chinese news, each defect an editor would mark annotated with its offsets and kind. A
  defect is *found* when a minor-or-worse finding overlaps it; a finding is *right* when it
  overlaps an annotated defect. Only counts are printed, never the texts of missed defects.
  The default set, ``tests/corpus/heldout``, is development data since issue 9's fifth round
  (its misses were read), ``heldout5`` and ``heldout6`` since the sixth, ``heldout7`` since the
  seventh, ``heldout8`` since the eighth, ``heldout9`` since the ninth, ``heldout10`` since the
  tenth, ``heldout11`` since the eleventh, ``heldout12`` since the twelfth, ``heldout13`` since
  the thirteenth, ``heldout14`` since the fifteenth, ``heldout15`` since the sixteenth,
  ``heldout16`` since the seventeenth, ``heldout17`` and ``heldout18`` since the eighteenth
  (``heldout21`` to ``heldout23``, ``heldout25`` and ``heldout27`` were development data from
  the start). Since the nineteenth round ``heldout2`` to ``heldout4`` are held back (counted
  before a piece is merged, never read); the blind sets are ``heldout19``, ``heldout20``,
  ``heldout24``, ``heldout26``, ``heldout28``, ``heldout29`` and ``heldout30`` to ``heldout35``
  (``--heldout DIR``), which rules must never be fitted to (``tests/corpus/README.md``).
* **Clean English**: ``tests/corpus/clean`` (the set the test suite gates on),
  ``benchmarks/data/clean_large`` (a larger set of the same kind),
  ``benchmarks/data/clean_stress`` (house styles, codes, tables),
  ``benchmarks/data/clean_fresh`` to ``clean_fresh46`` (written later by someone who had not
  read the rules; each has prompted fixes since, so all are development data now), any
  folder given with ``--clean DIR`` (repeatable) and, when the MQM
  development data is beside the checkout, the two professional human translations
  (``ref``, ``refB``) in it. Every minor-or-worse finding there is a false alarm; the
  figure is findings per 1,000 words, and majors are counted apart.

Every figure is printed for mtaudit and, in the same run on the same texts, for proselint
(``pip install -e ".[bench]"``; its checks count as "minor-or-worse": it has no info level).

Run from the repository root::

    .venv/bin/python benchmarks/detection.py [--rules FILE] [--heldout DIR ...] [--clean DIR ...] [--no-clean] [--no-mqm] [--no-proselint]
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
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


class Span:
    __slots__ = ("start", "end", "rule", "major")

    def __init__(self, start, end, rule, major=False):
        self.start, self.end, self.rule, self.major = start, end, rule, major


class Mtaudit:
    name = "mtaudit"

    def __init__(self, catalog):
        self.catalog = catalog

    def spans(self, texts):
        for text in texts:
            findings = check_document(Document.from_text(text), self.catalog).findings
            yield [Span(f.start, f.end, f.rule, f.severity >= Severity.MAJOR) for f in findings if f.severity >= COUNTED]


class Proselint:
    """proselint's command line on the same texts (JSON output; spans are 1-based)."""

    name = "proselint"

    def __init__(self, exe):
        self.exe = exe

    def spans(self, texts):
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for i, text in enumerate(texts):
                paths.append(os.path.join(tmp, f"{i:05d}.txt"))
                with open(paths[-1], "w", encoding="utf-8") as fh:
                    fh.write(text)
            out = subprocess.run([self.exe, "check", "-o", "json", *paths], capture_output=True, text=True).stdout
            result = json.loads(out or "{}").get("result", {})
            by_path = {os.path.basename(k): v.get("diagnostics", []) for k, v in result.items()}
            for path in paths:
                yield [Span(d["span"][0] - 1, d["span"][1] - 1, d["check_path"]) for d in by_path.get(os.path.basename(path), [])]


def heldout(checker, folder):
    found, total = Counter(), Counter()
    right = wrong = 0
    by_rule = defaultdict(lambda: [0, 0])
    paths = sorted(glob.glob(os.path.join(folder, "*.txt")))
    texts = [Document.from_text(open(p, encoding="utf-8").read()).text for p in paths]
    for path, text, findings in zip(paths, texts, checker.spans(texts)):
        notes = yaml.safe_load(open(path[:-4] + ".yaml", encoding="utf-8"))
        defects = notes["defects"]
        for d in defects:
            assert text[d["start"]:d["end"]] == d["text"], (path, d)
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
    print(f"[{checker.name}] held-out MT ({os.path.relpath(folder, ROOT)}): {len(paths)} documents, {n} annotated defects")
    print(f"  recall    {k}/{n} = {k / max(n, 1):.3f}")
    print(f"  precision {right}/{right + wrong} = {right / max(right + wrong, 1):.3f}  (findings overlapping an annotated defect)")
    print("  recall by kind: " + ", ".join(f"{kind} {found[kind]}/{total[kind]}" for kind in sorted(total)))
    print("  findings by rule (right/wrong): " + ", ".join(f"{r} {a}/{b}" for r, (a, b) in sorted(by_rule.items())))
    return k, n, right, right + wrong


def clean(checker, name, texts):
    words = alarms = majors = 0
    rules = Counter()
    for text, findings in zip(texts, checker.spans(texts)):
        words += len(text.split())
        for f in findings:
            alarms += 1
            majors += f.major
            rules[f.rule] += 1
    rate = 1000 * alarms / max(words, 1)
    print(f"[{checker.name}] {name}: {len(texts)} texts, {words} words: {alarms} minor-or-worse findings = {rate:.2f} per 1,000 words, {majors} major or worse"
          + (f"  [{', '.join(f'{r} {c}' for r, c in rules.most_common(8))}]" if rules else ""))
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



sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clean_sets import CLEAN_SETS  # noqa: E402  (the listed clean sets: folder, what it holds)

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--heldout", action="append", default=None, metavar="DIR",
                    help="an annotated MT set (repeatable; default tests/corpus/heldout); with several, "
                         "a pooled line follows")
    ap.add_argument("--no-clean", action="store_true",
                    help="measure the annotated MT sets only, not the clean sets (and not the MQM human translations)")
    ap.add_argument("--mqm", default=os.path.join(ROOT, "..", "shared", "data", "mqm_ted_zhen.tsv"))
    ap.add_argument("--clean", action="append", default=[], metavar="DIR",
                    help="a further folder of clean .txt stories to report beside the default sets (repeatable)")
    ap.add_argument("--no-mqm", action="store_true")
    ap.add_argument("--no-proselint", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    catalog = load_rules(args.rules)
    print(f"rules: {args.rules} ({len(catalog.rules)} rules); counted: minor or worse")
    checkers = [Mtaudit(catalog)]
    exe = shutil.which("proselint", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    if not args.no_proselint:
        if exe:
            checkers.append(Proselint(exe))
        else:
            print("proselint not installed (pip install -e '.[bench]'): its column is left out")
    heldouts = args.heldout or [os.path.join(ROOT, "tests", "corpus", "heldout")]
    for folder in heldouts:
        if not glob.glob(os.path.join(folder, "*.txt")):
            ap.error(f"--heldout {folder}: no annotated .txt files in it")
    clean_sets = [] if args.no_clean else [(f"clean {folder} ({what})", _files(os.path.join(ROOT, *folder.split("/"))))
                                           for folder, what in CLEAN_SETS]
    for folder in args.clean:
        if not os.path.isdir(folder):
            ap.error(f"--clean {folder}: not a folder")
        texts = _files(folder)
        if not texts:
            ap.error(f"--clean {folder}: no .txt files in it")
        clean_sets.append((f"clean {os.path.relpath(os.path.abspath(folder), ROOT)}", texts))
    if not args.no_mqm and not args.no_clean and os.path.exists(args.mqm):
        clean_sets.append(("MQM human translations ref/refB (raters marked errors in these too)", _mqm_human(args.mqm)))
    for checker in checkers:
        pooled = [heldout(checker, folder) for folder in heldouts]
        if len(pooled) > 1:
            k, n, right, total = (sum(p[i] for p in pooled) for i in range(4))
            print(f"[{checker.name}] pooled over {len(pooled)} sets: recall {k}/{n} = {k / max(n, 1):.3f}, "
                  f"precision {right}/{total} = {right / max(total, 1):.3f}")
        for name, texts in clean_sets:
            clean(checker, name, texts)
    print(f"({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()
