"""How well do the bilingual estimate and adequacy rank translations the way MQM raters do?

Every translation of ``../shared/data/mqm_ted_zhen.tsv`` (13 MT systems and two human
translations of five TED talks) is scored against its Chinese source segment:

* **cross-lingual similarity**: cosine of the multilingual USE vectors of source and translation
  (a segment's vector is the mean of its sentences' unit vectors, as the aligner combines them);
* **adequacy** (``audit.bilingual.check.sentence_adequacy``): that cosine calibrated to 0..1;
* **bilingual estimate** (``audit.calibration``, ``score.estimate`` of ``mtaudit check --source``):
  an estimate of the segment's MQM penalty, a non-negative linear combination of counts
  (words, findings, rare words, figures, and from the source: English words weighted by
  1 - adequacy, omitted source, added English, length out of proportion, bilingual findings,
  Chinese left in the English, source words no English word renders by a CC-CEDICT gloss),
  each segment checked as a document pair by
  ``check_bilingual``; the weights that score a talk are fitted on the other four
  (leave-one-talk-out), so no segment is scored with weights fitted on it. ``--write-model``
  fits them on all five talks and writes the shipped model file;
* **monolingual estimate** and **words**: the same without the source, and length alone;
* **lexical coverage** (``audit.bilingual.lexicon``), on their own: source content words that no
  English word of their aligned group renders by a CC-CEDICT gloss, and English content words
  that no source word glosses (``--variants`` prints the estimate fitted with each);
* **chrF consensus** (``mqm_correlation.consensus_chrf``): chrF against the other 14
  translations of the segment, which a desk never has; the bar to beat.

Prints Kendall tau-b (pooled, MT only, per item, system level) as ``mqm_correlation.py`` does.
Run: ``MTAUDIT_CACHE_DIR=/tmp/cache python benchmarks/bilingual_mqm.py [--variants] [--json out.json]
[--write-model [FILE]]``.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from mqm_correlation import (HUMAN, catalog_rules, consensus_chrf, correlations, partial_tau,  # noqa: E402
                             ship_fit)
from mqm_data import DEFAULT_DATA, load_mqm  # noqa: E402

from audit import Document, check_document  # noqa: E402
from audit.bilingual.check import check_bilingual, sentence_adequacy  # noqa: E402
from audit.calibration import (BILINGUAL, MODEL_PATH, MONOLINGUAL, bilingual_features,  # noqa: E402
                               cross_fitted)
from audit.bilingual.encoder import load_embedder  # noqa: E402
from audit.bilingual.lexicon import english_coverage  # noqa: E402
from audit.bilingual.numbers import en_numbers, same, zh_numbers  # noqa: E402
from audit.bilingual.segment import han_count, zh_sentences  # noqa: E402
from audit.document import segment_sentences  # noqa: E402

LENGTH_RATIO = 3.1
BEFORE = tuple(k for k in BILINGUAL if k != "uncovered")
# Feature sets tried for the lexical coverage of CC-CEDICT (``audit.bilingual.lexicon``), all
# fitted leave-one-talk-out like the shipped one: printed with --variants.
VARIANTS = {
    "before lexical coverage": BEFORE,
    "+ uncovered source words (shipped)": BILINGUAL,
    "+ unexplained English words": BEFORE + ("unexplained",),
    "+ both": BILINGUAL + ("unexplained",),
}


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


def calibration_rows(segments, catalog, rules, embed):
    """The calibrated score's bilingual features of every segment, computed as ``mtaudit check
    --source`` computes them for a document: the segment's translation checked by the catalog
    and against its source by ``check_bilingual`` (one segment = one document pair)."""
    rows, penalty = [], []
    for n, seg in enumerate(segments, 1):
        text, src = " ".join(seg.text.split()), " ".join(seg.source.split())
        doc, source = Document.from_text(text), Document.from_text(src)
        findings = list(check_document(doc, rules).findings)
        penalty.append(sum(catalog.scoring.weight(f.severity, f.category) for f in findings))
        result = check_bilingual(doc, source, embed)
        row = bilingual_features(doc, findings + list(result.findings), result.sentences)
        # not a feature of the shipped estimate (see VARIANTS): English words no source word glosses
        row["unexplained"] = float(sum(english_coverage(src[g["source"][0]:g["source"][1]],
                                                        text[g["english"][0]:g["english"][1]]).unexplained
                                       for g in result.sentences if g["source"] and g["english"]))
        rows.append(row)
        if n % 1000 == 0:
            print(f"  ... {n} of {len(segments)} segments checked against their sources", file=sys.stderr)
    return rows, penalty


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--json")
    ap.add_argument("--write-model", nargs="?", const=MODEL_PATH, metavar="FILE",
                    help="fit the bilingual estimate on all five talks and write its weights "
                         "(default: the shipped audit/score_model.json)")
    ap.add_argument("--variants", action="store_true",
                    help="also print the out-of-fold figures of the feature sets tried (VARIANTS)")
    args = ap.parse_args(argv)
    data = load_mqm(args.data)
    segments = data.segments
    human = [s.score for s in segments]
    embed = load_embedder().embed
    rows = features(segments, embed)
    catalog, rules = catalog_rules(None, glossary=True)
    cal_rows, penalty = calibration_rows(segments, catalog, rules, embed)
    # leave one talk out: the weights that score a talk are fitted on the other four
    talks = [s.doc for s in segments]
    target = [-h for h in human]
    oof, per_talk = cross_fitted(cal_rows, target, talks, BILINGUAL)
    oof_mono, _ = cross_fitted(cal_rows, target, talks, MONOLINGUAL)
    systems = sorted({s.system for s in segments})
    mt = [i for i, s in enumerate(segments) if s.system not in HUMAN]
    words = [-r["words"] for r in cal_rows]
    measures = {
        "bilingual estimate (out of fold)": [-v for v in oof],
        "monolingual estimate (out of fold)": [-v for v in oof_mono],
        "adequacy (calibrated similarity)": [r["adequacy"] for r in rows],
        "cross-lingual similarity (USE)": [r["similarity"] for r in rows],
        "length out of proportion (negated)": [-r["length"] for r in rows],
        "uncovered source words (negated)": [-r["uncovered"] for r in cal_rows],
        "unexplained English words (negated)": [-r["unexplained"] for r in cal_rows],
        "mtaudit penalty (negated)": [-p for p in penalty],
        "words (fewer = better)": words,
        "chrF consensus (needs 14 other translations)": consensus_chrf(segments),
    }
    table = {name: correlations(segments, values, human, mt, systems) for name, values in measures.items()}
    partial = {name: partial_tau(values, human, words) for name, values in measures.items()
               if not name.startswith("words")}
    print(f"{len(segments)} translations, {len(systems)} systems, {len(set(talks))} talks "
          f"({os.path.relpath(args.data)}, sha256 {data.sha256[:12]})")
    print("Kendall tau-b with the human MQM score: pooled over all 15 systems, over the 13 MT systems,")
    print("the mean over source segments (item), per system (15; 13 MT), and the partial tau with the")
    print("number of words held fixed (pooled; how much is not length).")
    print(f"{'measure':<46} {'pooled':>7} {'MT':>7} {'item':>7} {'system':>7} {'sysMT':>7} {'partial':>7}")
    for name, t in table.items():
        part = partial.get(name, float("nan"))
        print(f"{name:<46} {t['all']:>7.3f} {t['mt_only']:>7.3f} {t['item_grouped']:>7.3f} "
              f"{t['system']:>7.3f} {t['system_mt']:>7.3f} {part:>7.3f}")
    if args.variants:
        print()
        print("feature sets tried (leave-one-talk-out):")
        for name, feats in VARIANTS.items():
            values = [-v for v in cross_fitted(cal_rows, target, talks, feats)[0]]
            t = correlations(segments, values, human, mt, systems)
            print(f"{name:<46} {t['all']:>7.3f} {t['mt_only']:>7.3f} {t['item_grouped']:>7.3f} "
                  f"{t['system']:>7.3f} {t['system_mt']:>7.3f} {partial_tau(values, human, words):>7.3f}")
    print()
    shipped = ship_fit("bilingual", "bilingual estimate", BILINGUAL, per_talk, cal_rows, target,
                       table["bilingual estimate (out of fold)"], partial["bilingual estimate (out of fold)"],
                       data, args.write_model,
                       {"catalog_sha256": catalog.sha256, "encoder": load_embedder().info.get("id")},
                       skip_zero=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"tau_b": table, "partial_tau_length": partial, "weights_out_of_fold": per_talk,
                       "weights_shipped": shipped}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
