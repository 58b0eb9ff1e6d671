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
  This is the document score ``mtaudit check`` reports.
* **calibrated estimate** (``audit.calibration``, the score ``mtaudit check`` reports as
  ``score.estimate``): an estimate of the segment's MQM penalty, a non-negative linear
  combination of counts (words, sentences, findings by severity, rare and unknown lower-case
  words, figures). Measured out of fold: the weights that score a talk are fitted on the other
  four talks (leave-one-talk-out). ``--write-model`` fits them on all five talks and writes
  the shipped model file. Beside it, Kendall's partial tau with the word count held fixed
  shows how much of each measure's agreement is not length.
* **LM signals** (``fluency_lm``; only when ``pocketsphinx`` is installed): reference-free,
  source-free fluency candidates from the English 3-gram model in the pocketsphinx wheel:
  mean log-probability per word, SLOR (the same minus the unigram log-probability) and the
  number of improbable tokens; unknown words (names, rare terms) are not scored, digits are
  not words.
  "rules + z(LM SLOR)" adds the standardised SLOR to the rule score (weight 1): the candidate
  combined score.
* **words**: minus the number of words (as ``mtaudit`` counts them), a length baseline: pooled
  figures reward any measure that follows length, since longer segments collect more errors.
* **chrF vs the others**: sacrebleu's sentence chrF of the translation against the 14 other
  translations of the same source segment as references (sacrebleu keeps the best-matching
  reference), a reference-free consensus baseline that needs other translations.

and prints Kendall's tau-b of each against the human score. Tau-b counts concordant minus
discordant pairs over the square root of the product of the pairs untied in each variable
(ties adjusted), computed here with Knight's O(n log n) algorithm; scipy, when installed, is
used only to cross-check it. Segment level: pooled over all translations, pooled over the 13
MT systems only, and the mean over source segments of the tau-b among its 15 translations
("item-grouped", the WMT segment-level convention; segments where a variable is constant are
skipped, and a second figure counts them as 0). System level: each system's mean value
against its mean human score (15 systems, and the 13 MT systems). False alarms on good
English: the mean rank of each human translation (``ref``, ``refB``) among the 15 of its
item, 0 best .. 1 worst, where a measure that does not punish professional English puts
``refB`` (the raters' best) low.

Run from the repository root::

    .venv/bin/python benchmarks/mqm_correlation.py [--data PATH] [--rules FILE] [--no-glossary]
        [--json OUT] [--write-model [FILE]]

(``pip install pocketsphinx`` or the ``bench`` extra for the LM rows.)
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

from audit import Document, check_document, load_rules  # noqa: E402
from audit.calibration import (MODEL_PATH, MONOLINGUAL, cross_fitted, fit_nonnegative,  # noqa: E402
                               monolingual_features, with_part)
# A sibling module: running this file as a script puts benchmarks/ on sys.path.
from mqm_data import DEFAULT_DATA, load_mqm, mqm_weight  # noqa: E402
from fluency_lm import IMPROBABLE, PocketsphinxLM  # noqa: E402
from fluency_lm import features as fluency_features  # noqa: E402

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


def penalties(segments, catalog, rules, feature_rows: Optional[list] = None) -> Tuple[List[float], Dict[str, int]]:
    """The rule penalty of every segment and how many segments each rule fired on; with
    ``feature_rows`` (a list), also the calibrated score's features of every segment, appended
    to it (one catalog run serves both)."""
    out, fired = [], defaultdict(int)
    for seg in segments:
        doc = Document.from_text(seg.text)
        findings = check_document(doc, rules).findings
        out.append(sum(catalog.scoring.weight(f.severity, f.category) for f in findings))
        for rule in {f.rule for f in findings if catalog.scoring.weight(f.severity, f.category) > 0}:
            fired[rule] += 1
        if feature_rows is not None:
            feature_rows.append(monolingual_features(doc, findings))
    return out, dict(fired)


def partial_tau(x: Sequence[float], y: Sequence[float], z: Sequence[float]) -> float:
    """Kendall's partial tau of x and y with z held fixed (Kendall 1942): how much of the
    agreement of x with y is not agreement of both with z (here z = length)."""
    txy, txz, tyz = kendall_tau_b(x, y), kendall_tau_b(x, z), kendall_tau_b(y, z)
    denom = math.sqrt(max(0.0, (1 - txz ** 2) * (1 - tyz ** 2)))
    return (txy - txz * tyz) / denom if denom else float("nan")


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


def lm_features(segments):
    """Features of every translation under the pocketsphinx 3-gram model (``fluency_lm``);
    None when pocketsphinx is not installed."""
    try:
        lm = PocketsphinxLM()
    except ImportError:
        return None
    return [fluency_features(seg.text, lm) for seg in segments]


def standardized(values: Sequence[float]) -> List[float]:
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values)) or 1.0
    return [(v - mean) / sd for v in values]


def system_tau(segments, values, human, systems) -> float:
    """Kendall tau-b between each system's mean value and its mean human score."""
    by_system = defaultdict(list)
    for s, v, h in zip(segments, values, human):
        by_system[s.system].append((v, h))
    rows = [by_system[k] for k in systems]
    return kendall_tau_b([sum(v for v, _ in r) / len(r) for r in rows],
                         [sum(h for _, h in r) / len(r) for r in rows])


def item_ranks(segments, values, system: str) -> float:
    """Mean rank of ``system``'s translation among the translations of the same source segment,
    scaled to 0 (best of its item) .. 1 (worst), ties sharing their mean rank; 0.5 is neutral."""
    items = defaultdict(list)
    for s, v in zip(segments, values):
        items[(s.doc, s.seg_id)].append((s.system, v))
    ranks = []
    for members in items.values():
        own = [v for k, v in members if k == system]
        if not own or len(members) < 2:
            continue
        better = sum(1 for _, v in members if v > own[0])
        tied = sum(1 for _, v in members if v == own[0]) - 1
        ranks.append((better + tied / 2) / (len(members) - 1))
    return sum(ranks) / len(ranks) if ranks else float("nan")


def correlations(segments, values, human, mt, systems) -> dict:
    items = defaultdict(list)
    for s, v, h in zip(segments, values, human):
        items[(s.doc, s.seg_id)].append((v, h))
    grouped, n_items = grouped_tau(items)
    return {
        "all": kendall_tau_b(values, human),
        "mt_only": kendall_tau_b([values[i] for i in mt], [human[i] for i in mt]),
        "item_grouped": grouped,
        "items": n_items,
        # the same mean over all items, an item where the measure is constant counting as 0
        "item_grouped_all": grouped * n_items / len(items) if n_items else 0.0,
        "system": system_tau(segments, values, human, systems),
        "system_mt": system_tau(segments, values, human, [k for k in systems if k not in HUMAN]),
        "rank_ref": item_ranks(segments, values, "ref"),
        "rank_refB": item_ranks(segments, values, "refB"),
    }


def write_model(path: str, kind: str, weights, data, notes) -> None:
    """Merge one part of the calibrated score's weights into the model file at ``path``."""
    existing = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            existing = json.load(fh)
    model = with_part(existing, kind, weights,
                      {"name": os.path.basename(data.path), "sha256": data.sha256,
                       "translations": len(data.segments), "talks": len({s.doc for s in data.segments})},
                      time.strftime("%Y-%m-%d"), notes)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(model, fh, indent=2)
        fh.write("\n")


def ship_fit(kind: str, label: str, features, per_talk, rows, target, cal, partial_tau_length: float,
             data, write_to: Optional[str], extra_notes: Optional[dict] = None, skip_zero: bool = False) -> dict:
    """Print the per-fold weights and the weights fitted on all talks (the shipped ones), and
    write them as the ``kind`` part of the model file ``write_to`` with the fit's out-of-fold
    figures (``cal``: the estimate's row of correlations). Returns the shipped weights."""
    def shown(w):
        return " ".join(f"{k}={v:.3g}" for k, v in w.items() if v or not skip_zero)

    print(f"{label} = non-negative weights x ({', '.join(features)}); fitted per held-out talk:")
    for talk, w in per_talk.items():
        print(f"  without {talk:<24} " + shown(w))
    shipped = fit_nonnegative(rows, target, features)
    print(f"  {'all five talks (shipped)':<32} " + shown(shipped))
    if write_to:
        notes = {
            "target": "MQM penalty of a segment (minus its human score)",
            "method": "non-negative least squares on counts, no intercept (audit.calibration.fit_nonnegative)",
            **(extra_notes or {}),
            "out_of_fold": {"tau_all": round(cal["all"], 4), "tau_mt_only": round(cal["mt_only"], 4),
                            "tau_item": round(cal["item_grouped"], 4), "tau_system": round(cal["system"], 4),
                            "partial_tau_length": round(partial_tau_length, 4),
                            "folds": "leave one talk out"},
        }
        write_model(write_to, kind, shipped, data, notes)
        print(f"wrote the {kind} weights to {os.path.relpath(write_to)}")
    return shipped


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="MQM TSV file (default: ../shared/data/mqm_ted_zhen.tsv)")
    ap.add_argument("--rules", help="rules file (default: the bundled catalog)")
    ap.add_argument("--no-glossary", action="store_true", help="do not add the glossary rules")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    ap.add_argument("--write-model", nargs="?", const=MODEL_PATH, metavar="FILE",
                    help="fit the calibrated score on all five talks and write its monolingual weights "
                         "(default: the shipped audit/score_model.json)")
    args = ap.parse_args(argv)

    t0 = time.time()
    try:
        data = load_mqm(args.data)
    except (OSError, ValueError) as exc:
        print(f"error: cannot load {args.data}: {exc}", file=sys.stderr)
        return 2
    segments = data.segments
    catalog, rules = catalog_rules(args.rules, not args.no_glossary)
    human = [s.score for s in segments]
    rows: list = []
    pen, fired = penalties(segments, catalog, rules, rows)
    audit_score = [-p for p in pen]
    # The calibrated score, out of fold: weights fitted on four talks score the fifth.
    talks = [s.doc for s in segments]
    target = [-h for h in human]
    oof, per_talk = cross_fitted(rows, target, talks, MONOLINGUAL)
    calibrated = [-v for v in oof]
    chrf = consensus_chrf(segments)
    t1 = time.time()
    feats = lm_features(segments)
    t2 = time.time()

    words = [-r["words"] for r in rows]
    measures = [("mtaudit penalty (rules)", audit_score),
                ("calibrated estimate (out of fold)", calibrated)]
    if feats is not None:
        slor = [f.slor for f in feats]
        measures += [
            ("LM mean log-prob / word", [f.mean_logprob for f in feats]),
            ("LM SLOR", slor),
            (f"LM improbable (< {IMPROBABLE:g} nats)", [-f.improbable for f in feats]),
            ("rules + z(LM SLOR)", [a + z for a, z in zip(audit_score, standardized(slor))]),
        ]
    measures += [
        ("words (fewer = better)", words),
        ("chrF vs other translations", chrf),
        ("human MQM (itself)", human),
    ]
    mt = [i for i, s in enumerate(segments) if s.system not in HUMAN]
    systems = sorted({s.system for s in segments})
    table = {name: correlations(segments, values, human, mt, systems) for name, values in measures}

    items = {(s.doc, s.seg_id) for s in segments}
    print(f"MQM correlation: {os.path.relpath(args.data)} (sha256 {data.sha256[:12]}), "
          f"{len(segments)} translations, {len(systems)} systems, {len(items)} source segments")
    print(f"catalog: {os.path.relpath(catalog.path)}, {len(rules)} rules"
          f"{' (glossary rules added)' if len(rules) > len(catalog.rules) else ''}; "
          f"scoring weights {catalog.scoring.weights}, category weights {catalog.scoring.category_weights}")
    if feats is None:
        print("LM signals: pocketsphinx is not installed (pip install pocketsphinx): rows left out")
    else:
        print(f"LM signals: pocketsphinx 3-gram model {os.path.basename(PocketsphinxLM().path)}; "
              f"{sum(f.oov for f in feats)} of {sum(f.tokens for f in feats)} tokens out of vocabulary "
              f"(not scored); {t2 - t1:.1f} s")
    print()
    print("Kendall tau-b (ties adjusted) with the human MQM score; higher = ranks like the raters.")
    print("Segment: pooled over all 15 systems, over the 13 MT systems, and the mean over source segments")
    print("(per item; 'items' have a defined tau, 'item0' counts the others as 0). System: each system's")
    print("mean against its mean MQM (15 systems; 13 MT). ref/refB rank: where the human translations")
    print("stand among the 15 of each item, 0 best .. 1 worst (0.5 = neutral; raters put refB best, ref worst).")
    print(f"  {'measure':<34} {'all 15':>7} {'MT only':>7} {'item':>7} {'items':>5} {'item0':>7}"
          f" {'sys 15':>7} {'sys 13':>7} {'ref':>5} {'refB':>5}")
    for name, row in table.items():
        print(f"  {name:<34} {row['all']:7.3f} {row['mt_only']:7.3f} {row['item_grouped']:7.3f} {row['items']:5d}"
              f" {row['item_grouped_all']:7.3f} {row['system']:7.3f} {row['system_mt']:7.3f}"
              f" {row['rank_ref']:5.2f} {row['rank_refB']:5.2f}")
    print()
    print("How much comes from length: Kendall's partial tau with the human score, the number of words")
    print("held fixed (pooled over all 15 systems):")
    partial = {}
    for name, values in measures:
        if name.startswith(("words", "human")):
            continue
        partial[name] = partial_tau(values, human, words)
        print(f"  {name:<34} {partial[name]:7.3f}")
    print()
    shipped = ship_fit("monolingual", "calibrated estimate", MONOLINGUAL, per_talk, rows, target,
                       table["calibrated estimate (out of fold)"], partial["calibrated estimate (out of fold)"], data,
                       args.write_model, {"catalog_sha256": catalog.sha256})
    flagged = sum(1 for p in pen if p > 0)
    print()
    print(f"translations with a counted finding: {flagged} of {len(pen)} ({100 * flagged / len(pen):.1f}%); "
          f"human MQM < 0: {sum(1 for h in human if h < 0)}")
    if flagged:
        hit = [h for h, p in zip(human, pen) if p > 0]
        rest = [h for h, p in zip(human, pen) if p == 0]
        print(f"mean human MQM score: {sum(hit) / len(hit):.2f} with a finding, "
              f"{sum(rest) / len(rest):.2f} without")
    by_kind = defaultdict(float)
    for seg in segments:
        for err in (*seg.spans, *seg.unlocated):
            by_kind[err.category.split("/")[0]] += mqm_weight(err.category, err.severity) / max(len(seg.raters), 1)
    total = sum(by_kind.values()) or 1.0
    print("human MQM penalty by kind (a source-free measure sees fluency and style, not accuracy): "
          + ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])
                      if v / total >= 0.005))
    top = sorted(fired.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("rules that fired (translations): " + ", ".join(f"{k} {v}" for k, v in top))
    try:
        from scipy.stats import kendalltau
    except ImportError:
        print("(scipy not installed: tau-b not cross-checked)")
    else:
        ref = kendalltau(audit_score, human, variant="b").statistic
        print(f"cross-check: scipy.stats.kendalltau(variant='b') = {ref:.6f} "
              f"(this script: {table['mtaudit penalty (rules)']['all']:.6f})")
    print(f"({time.time() - t0:.1f} s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"data": args.data, "sha256": data.sha256, "translations": len(segments),
                       "tau_b": table, "partial_tau_length": partial, "flagged": flagged, "fired": fired,
                       "weights_out_of_fold": per_talk, "weights_shipped": shipped}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
