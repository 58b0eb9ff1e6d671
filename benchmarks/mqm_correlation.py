"""How well does mtaudit's MQM-style penalty rank translations the way human raters do?

Data: the WMT 2021 TED zh->en MQM annotations in ../shared/data (loaded by ``mqm_data``): 15
translations (13 MT systems and two human ones, ``ref`` and ``refB``) of each of 530 source
segments, each translation with a human MQM score (minus the mean over raters of the summed
error weights: Major 5, Minor 1, Minor Fluency/Punctuation 0.1, Non-translation 25).

For every translation (one segment) this script computes

* **mtaudit penalty**: the findings of the rule catalog on the segment's text (one finding per
  span, the more severe rule winning, as ``mtaudit check`` does), each weighted by the
  catalog's ``scoring:`` section; the segment's score is minus the summed weights. The
  glossary rules are added when the catalog has none yet (``--no-glossary`` leaves them out).
* **chrF vs the others**: sacrebleu's sentence chrF of the translation against the 14 other
  translations of the same source segment as references (sacrebleu keeps the best-matching
  reference), a reference-free consensus baseline.

and prints Kendall's tau-b of each against the human score. Tau-b counts concordant minus
discordant pairs over the square root of the product of the pairs untied in each variable
(ties adjusted), computed here with Knight's O(n log n) algorithm; scipy, when installed, is
used only to cross-check it. Three figures each: pooled over all translations, pooled over
the 13 MT systems only, and the mean over source segments of the tau-b among its 15
translations ("item-grouped", the WMT segment-level convention; segments where a variable is
constant are skipped).

Run from the repository root::

    .venv/bin/python benchmarks/mqm_correlation.py [--data PATH] [--rules FILE] [--no-glossary]
        [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections import defaultdict
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from audit import check_text, load_rules  # noqa: E402
# A sibling module: running this file as a script puts benchmarks/ on sys.path.
from mqm_data import DEFAULT_DATA, load_mqm  # noqa: E402

HUMAN = ("ref", "refB")

# The glossary rules proposed for rules.yaml, used when the catalog has no glossary rule yet.
GLOSSARY_RULES = """\
rules:
  - id: glossary-mistranslation
    type: glossary
    path: {path}
    match: [variant]
    category: terminology
    severity: major
    message: "'{{match}}' -> '{{canonical}}'"
    description: glossary variants (wrong words)
    examples: {{flag: ["Vulcan and Raytheon hospitals"], pass: ["Huoshenshan Hospital"]}}
  - id: glossary-form
    type: glossary
    path: {path}
    match: [form, order]
    category: terminology
    severity: minor
    message: "'{{match}}' -> '{{canonical}}'"
    description: glossary forms (right words, wrong form)
    examples: {{flag: ["Information Office of the State Council"], pass: ["State Council Information Office"]}}
"""


# -- Kendall tau-b ---------------------------------------------------------------------------

def _tied_pairs(sorted_values: Sequence) -> int:
    pairs, run = 0, 1
    for a, b in zip(sorted_values, sorted_values[1:]):
        if a == b:
            run += 1
        else:
            pairs += run * (run - 1) // 2
            run = 1
    return pairs + run * (run - 1) // 2


def _count_swaps(values: List) -> int:
    """Sort ``values`` in place (merge sort) and return the number of inversions."""
    n = len(values)
    swaps, width, buf = 0, 1, values[:]
    while width < n:
        for lo in range(0, n, 2 * width):
            mid, hi = min(lo + width, n), min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if values[j] < values[i]:
                    buf[k] = values[j]
                    swaps += mid - i
                    j += 1
                else:
                    buf[k] = values[i]
                    i += 1
                k += 1
            buf[k:hi] = values[i:mid] + values[j:hi]
        values[:] = buf
        width *= 2
    return swaps


def kendall_tau_b(x: Sequence[float], y: Sequence[float]) -> float:
    """Kendall's tau-b (Knight 1966); NaN when either variable is constant."""
    n = len(x)
    if n != len(y):
        raise ValueError("x and y differ in length")
    pairs = sorted(zip(x, y))
    n0 = n * (n - 1) // 2
    tx = _tied_pairs([p[0] for p in pairs])
    txy = _tied_pairs(pairs)
    ys = [p[1] for p in pairs]
    discordant = _count_swaps(ys)          # sorts ys
    ty = _tied_pairs(ys)
    # Pairs tied in x (and sorted by y inside) are never counted as swaps.
    concordant_minus_discordant = n0 - tx - ty + txy - 2 * discordant
    denom = math.sqrt((n0 - tx) * (n0 - ty))
    return concordant_minus_discordant / denom if denom else float("nan")


def grouped_tau(items: Dict[Tuple, List[Tuple[float, float]]]) -> Tuple[float, int]:
    taus = [kendall_tau_b([a for a, _ in v], [b for _, b in v]) for v in items.values()]
    taus = [t for t in taus if not math.isnan(t)]
    return (sum(taus) / len(taus) if taus else float("nan")), len(taus)


# -- the two measures ------------------------------------------------------------------------

def catalog_rules(rules_path: Optional[str], glossary: bool):
    catalog = load_rules(rules_path)
    rules = list(catalog.rules)
    if glossary and not any(r.type == "glossary" for r in rules):
        import audit.detectors.glossary  # noqa: F401  registers the type if the registry does not yet

        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "glossary-rules.yaml")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(GLOSSARY_RULES.format(path=json.dumps(os.path.join(ROOT, "references", "glossary.yaml"))))
            rules += load_rules(path).rules
    return catalog, rules


def penalties(segments, catalog, rules) -> Tuple[List[float], Dict[str, int]]:
    out, fired = [], defaultdict(int)
    for seg in segments:
        findings = check_text(seg.text, rules)
        out.append(sum(catalog.scoring.weight(f.severity, f.category) for f in findings))
        for rule in {f.rule for f in findings if catalog.scoring.weight(f.severity, f.category) > 0}:
            fired[rule] += 1
    return out, dict(fired)


def consensus_chrf(segments) -> List[float]:
    # sacrebleu is imported here, as in audit.metrics: only this measure needs it.
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    by_item = defaultdict(list)
    for i, seg in enumerate(segments):
        by_item[(seg.doc, seg.seg_id)].append(i)
    scores = [0.0] * len(segments)
    for members in by_item.values():
        for i in members:
            others = [segments[j].text for j in members if j != i]
            scores[i] = chrf.sentence_score(segments[i].text, others).score if others else float("nan")
    return scores


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="MQM TSV file (default: ../shared/data/mqm_ted_zhen.tsv)")
    ap.add_argument("--rules", help="rules file (default: the bundled catalog)")
    ap.add_argument("--no-glossary", action="store_true", help="do not add the glossary rules")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = ap.parse_args(argv)

    t0 = time.time()
    data = load_mqm(args.data)
    segments = data.segments
    catalog, rules = catalog_rules(args.rules, not args.no_glossary)
    human = [s.score for s in segments]
    pen, fired = penalties(segments, catalog, rules)
    audit_score = [-p for p in pen]
    chrf = consensus_chrf(segments)
    t1 = time.time()

    mt = [i for i, s in enumerate(segments) if s.system not in HUMAN]
    table = {}
    for name, values in (("mtaudit penalty", audit_score), ("chrF vs other translations", chrf)):
        items = defaultdict(list)
        for s, v, h in zip(segments, values, human):
            items[(s.doc, s.seg_id)].append((v, h))
        grouped, n_items = grouped_tau(items)
        table[name] = {
            "all": kendall_tau_b(values, human),
            "mt_only": kendall_tau_b([values[i] for i in mt], [human[i] for i in mt]),
            "item_grouped": grouped,
            "items": n_items,
        }

    systems = sorted({s.system for s in segments})
    items = {(s.doc, s.seg_id) for s in segments}
    print(f"MQM correlation: {os.path.relpath(args.data)} (sha256 {data.sha256[:12]}), "
          f"{len(segments)} translations, {len(systems)} systems, {len(items)} source segments")
    print(f"catalog: {os.path.relpath(catalog.path)}, {len(rules)} rules"
          f"{' (glossary rules added)' if len(rules) > len(catalog.rules) else ''}; "
          f"scoring weights {catalog.scoring.weights}, category weights {catalog.scoring.category_weights}")
    print()
    print("Kendall tau-b (ties adjusted) with the human MQM score; higher = ranks like the raters")
    print(f"  {'measure':<28} {'all 15':>8} {'MT only':>8} {'per item':>9}")
    for name, row in table.items():
        print(f"  {name:<28} {row['all']:8.3f} {row['mt_only']:8.3f} {row['item_grouped']:9.3f}"
              f"   ({row['items']} items with a defined tau)")
    flagged = sum(1 for p in pen if p > 0)
    print()
    print(f"translations with a counted finding: {flagged} of {len(pen)} ({100 * flagged / len(pen):.1f}%); "
          f"human MQM < 0: {sum(1 for h in human if h < 0)}")
    if flagged:
        hit = [h for h, p in zip(human, pen) if p > 0]
        rest = [h for h, p in zip(human, pen) if p == 0]
        print(f"mean human MQM score: {sum(hit) / len(hit):.2f} with a finding, "
              f"{sum(rest) / len(rest):.2f} without")
    top = sorted(fired.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("rules that fired (translations): " + ", ".join(f"{k} {v}" for k, v in top))
    try:
        from scipy.stats import kendalltau
    except ImportError:
        print("(scipy not installed: tau-b not cross-checked)")
    else:
        ref = kendalltau(audit_score, human, variant="b").statistic
        print(f"cross-check: scipy.stats.kendalltau(variant='b') = {ref:.6f} "
              f"(this script: {table['mtaudit penalty']['all']:.6f})")
    print(f"({t1 - t0:.1f} s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"data": args.data, "sha256": data.sha256, "translations": len(segments),
                       "tau_b": table, "flagged": flagged, "fired": fired}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
