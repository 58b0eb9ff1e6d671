"""How well does the bilingual adequacy score rank translations the way human MQM raters do?

Every translation of ``../shared/data/mqm_ted_zhen.tsv`` (13 MT systems and two human
translations of five TED talks) is scored against its Chinese source segment:

* **cross-lingual similarity**: cosine of the multilingual USE vectors of source and translation
  (a segment's vector is the mean of its sentences' unit vectors, as the aligner combines them);
* **adequacy** (``audit.bilingual.check.sentence_adequacy``): that cosine calibrated to 0..1;
* **bilingual score**: adequacy minus penalties for a length out of proportion to the source
  (omissions, additions), figures that disagree with the source, Chinese left in the English,
  and the rule catalog's MQM-style penalty; the weights are fitted on four talks and applied
  to the fifth (leave-one-talk-out), so no segment is scored with weights fitted on it;
* **chrF consensus** (``mqm_correlation.consensus_chrf``): chrF against the other 14
  translations of the segment, which a desk never has; the bar to beat.

Prints Kendall tau-b (pooled, MT only, per item, system level) as ``mqm_correlation.py`` does.
Run: ``python benchmarks/bilingual_mqm.py [--json out.json]``.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sys
from collections import defaultdict

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from mqm_correlation import (HUMAN, catalog_rules, consensus_chrf, correlations, kendall_tau_b,  # noqa: E402
                             penalties)
from mqm_data import DEFAULT_DATA, load_segments  # noqa: E402

from audit.bilingual.check import sentence_adequacy  # noqa: E402
from audit.bilingual.encoder import load_embedder  # noqa: E402
from audit.bilingual.numbers import en_numbers, same, zh_numbers  # noqa: E402
from audit.bilingual.segment import han_count, zh_sentences  # noqa: E402
from audit.document import segment_sentences  # noqa: E402

LENGTH_RATIO = 3.1


def _mean_vector(embed, texts):
    v = embed(texts).mean(axis=0)
    return v / (np.linalg.norm(v) or 1.0)


def features(segments, embed):
    rows = []
    zh_cache = {}
    for seg in segments:
        text, src = " ".join(seg.text.split()), " ".join(seg.source.split())
        if src not in zh_cache:
            zh_cache[src] = _mean_vector(embed, [src[s:e] for s, e in zh_sentences(src)] or [src])
        en = [text[s:e] for s, e in segment_sentences(text)] or [text or " "]
        cos = float(_mean_vector(embed, en) @ zh_cache[src])
        zl = max(1, len("".join(src.split())))
        el = max(1, len("".join(text.split())))
        zn, enn = zh_numbers(src), en_numbers(text)
        bad_numbers = sum(1 for n in enn if not any(same(n.values, z.values) for z in zn)) if zn else 0
        rows.append({"similarity": cos, "adequacy": sentence_adequacy(cos),
                     "length": abs(math.log((el + 5) / (LENGTH_RATIO * zl + 5))),
                     "numbers": bad_numbers, "han": 1.0 if han_count(text) else 0.0})
    return rows


def combine(rows, penalty, w):
    return [r["adequacy"] - w[0] * r["length"] - w[1] * r["numbers"] - w[2] * r["han"] - w[3] * p
            for r, p in zip(rows, penalty)]


GRID = list(itertools.product([0, 0.25, 0.5, 1.0], [0, 0.1, 0.3], [0, 0.5, 1.0], [0, 0.05, 0.1, 0.3, 1.0, 3.0]))


def fit(rows, penalty, human):
    best, arg = -2.0, GRID[0]
    for w in GRID:
        t = kendall_tau_b(combine(rows, penalty, w), human)
        if t > best:
            best, arg = t, w
    return arg


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    segments = load_segments(args.data)
    human = [s.score for s in segments]
    embed = load_embedder().embed
    rows = features(segments, embed)
    catalog, rules = catalog_rules(None, glossary=True)
    penalty, _ = penalties(segments, catalog, rules)
    # leave one talk out: weights fitted on the other talks
    talks = sorted({s.doc for s in segments})
    bilingual = [0.0] * len(segments)
    fitted = {}
    for talk in talks:
        train = [i for i, s in enumerate(segments) if s.doc != talk]
        w = fit([rows[i] for i in train], [penalty[i] for i in train], [human[i] for i in train])
        fitted[talk] = w
        test = [i for i, s in enumerate(segments) if s.doc == talk]
        for i, v in zip(test, combine([rows[i] for i in test], [penalty[i] for i in test], w)):
            bilingual[i] = v
    systems = sorted({s.system for s in segments})
    mt = [i for i, s in enumerate(segments) if s.system not in HUMAN]
    measures = {
        "bilingual score (leave-one-talk-out)": bilingual,
        "adequacy (calibrated similarity)": [r["adequacy"] for r in rows],
        "cross-lingual similarity (USE)": [r["similarity"] for r in rows],
        "length out of proportion (negated)": [-r["length"] for r in rows],
        "mtaudit penalty (negated)": [-p for p in penalty],
        "chrF consensus (needs 14 other translations)": consensus_chrf(segments),
    }
    table = {name: correlations(segments, values, human, mt, systems) for name, values in measures.items()}
    print(f"{len(segments)} translations, {len(systems)} systems, {len(talks)} talks")
    print(f"{'measure':<46} {'pooled':>7} {'MT':>7} {'item':>7} {'system':>7} {'sysMT':>7}")
    for name, t in table.items():
        print(f"{name:<46} {t['all']:>7.3f} {t['mt_only']:>7.3f} {t['item_grouped']:>7.3f} "
              f"{t['system']:>7.3f} {t['system_mt']:>7.3f}")
    print("weights (length, numbers, han, penalty) per held-out talk:", fitted)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"tau_b": table, "weights": {k: list(v) for k, v in fitted.items()}}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
