"""Does ``mtaudit compare`` show an editor what two outlets' reports disagree on?

Runs the library path of ``mtaudit compare`` (``audit.align.compare`` with the bundled rules and
the packaged all-MiniLM-L6-v2) on the cases of ``tests/data/compare_cases/`` (see the README
there) and prints, per set (``dev``: tuned on; ``heldout``: not):

* planted divergences reported: a divergence of the report overlaps the planted text on both
  sides (the kind is shown, not required);
* agreeing figures falsely reported: a ``number`` divergence touches one of the case's agreeing
  figures;
* for unrelated stories, the pairs and divergences produced (both should be 0).

No figure is asserted: this is a measurement.

    .venv/bin/python benchmarks/compare_cases.py [--set dev|heldout|all] [--model PATH] [-v]
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import sys
from typing import List, Tuple

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from audit.align import compare  # noqa: E402
from audit.document import Document  # noqa: E402
from audit.embeddings import Embedder, load_model  # noqa: E402
from audit.rules import load_rules  # noqa: E402

CASES = os.path.join(ROOT, "tests", "data", "compare_cases")


def locate(text: str, needle: str, what: str) -> List[Tuple[int, int]]:
    """Offsets of every occurrence of ``needle`` in ``text`` as a whole word or figure
    ("84 hundred million" is not inside "4.84 hundred million")."""
    found = [m.span() for m in re.finditer(r"(?<![\w.,])" + re.escape(needle) + r"(?![\w]|[.,]\d)", text)]
    if not found:
        raise ValueError(f"{what}: {needle!r} does not occur")
    return found


def load_case(path: str):
    with open(path, encoding="utf-8") as fh:
        case = yaml.safe_load(fh)
    doc_a = Document.from_text(case["a"]["text"], path=case["a"]["path"])
    doc_b = Document.from_text(case["b"]["text"], path=case["b"]["path"])
    name = os.path.basename(path)
    planted = [(p["kind"], locate(doc_a.text, str(p["a"]), f"{name} planted a"),
                locate(doc_b.text, str(p["b"]), f"{name} planted b"), p) for p in case.get("planted") or []]
    agreeing = [(locate(doc_a.text, str(p["a"]), f"{name} agreeing a"),
                 locate(doc_b.text, str(p["b"]), f"{name} agreeing b"), p) for p in case.get("agreeing") or []]
    return case, doc_a, doc_b, planted, agreeing


def overlaps(span, where: List[Tuple[int, int]]) -> bool:
    return any(span.start < e and s < span.end for s, e in where)


def run_set(paths: List[str], embedder, rules, verbose: bool) -> dict:
    totals = {"planted": 0, "reported": 0, "agreeing": 0, "false": 0, "unrelated_pairs": 0,
              "unrelated_divergences": 0, "unrelated_cases": 0, "pairs": 0, "divergences": 0}
    for path in paths:
        case, doc_a, doc_b, planted, agreeing = load_case(path)
        result = compare(doc_a, doc_b, embedder, rules)
        found = result.divergences
        totals["pairs"] += len(result.pairs)
        totals["divergences"] += len(found)
        lines = []
        hit = 0
        for kind, wa, wb, raw in planted:
            match = [d for d in found if overlaps(d.a, wa) and overlaps(d.b, wb)]
            hit += bool(match)
            shown = f"reported as {match[0].kind}" if match else "MISSED"
            lines.append(f"    planted {kind:<6} {raw['a']!r} / {raw['b']!r}: {shown}")
        false = 0
        for wa, wb, raw in agreeing:
            bad = [d for d in found if d.kind == "number" and (overlaps(d.a, wa) or overlaps(d.b, wb))]
            false += bool(bad)
            if bad:
                lines.append(f"    agreeing {raw['a']!r} / {raw['b']!r} FALSELY REPORTED: {bad[0].message}")
        if case.get("unrelated"):
            totals["unrelated_cases"] += 1
            totals["unrelated_pairs"] += len(result.pairs)
            totals["unrelated_divergences"] += len(found)
        totals["planted"] += len(planted)
        totals["reported"] += hit
        totals["agreeing"] += len(agreeing)
        totals["false"] += false
        extra = " (unrelated stories)" if case.get("unrelated") else ""
        print(f"  {os.path.basename(path):<34} pairs {len(result.pairs):>2}  divergences {len(found):>2}  "
              f"planted {hit}/{len(planted)}  agreeing falsely reported {false}/{len(agreeing)}{extra}")
        if verbose:
            print("\n".join(lines))
            for d in found:
                print(f"    - {d.kind}: {d.message}")
    return totals


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--model", default=None, help="sentence-transformers model folder (default: packaged MiniLM)")
    ap.add_argument("--cache-dir", default=None, help="embedding cache (default: the user cache)")
    ap.add_argument("-v", "--verbose", action="store_true", help="every planted and reported divergence")
    args = ap.parse_args(argv)

    model = load_model(args.model)
    embedder = Embedder.for_model(model, cache_dir=args.cache_dir)
    rules = load_rules()
    sets = ("dev", "heldout") if args.set == "all" else (args.set,)
    for name in sets:
        paths = sorted(glob.glob(os.path.join(CASES, name, "*.yaml")))
        print(f"{name}: {len(paths)} cases")
        t = run_set(paths, embedder, rules, args.verbose)
        share = t["reported"] / t["planted"] if t["planted"] else 0.0
        print(f"{name}: planted divergences reported {t['reported']}/{t['planted']} ({share:.0%}); "
              f"agreeing figures falsely reported as number divergences {t['false']}/{t['agreeing']}; "
              f"unrelated stories: {t['unrelated_pairs']} pairs, {t['unrelated_divergences']} divergences "
              f"in {t['unrelated_cases']} cases; all cases: {t['pairs']} pairs, {t['divergences']} divergences")
        print()
    print(f"model {model.id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
