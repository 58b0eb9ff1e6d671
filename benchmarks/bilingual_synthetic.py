"""Synthetic omissions and number changes on the dev set (issue 15's acceptance figures).

For every (system, doc) of ``../shared/data/mqm_ted_zhen.tsv`` rebuilt as an English and a
Chinese document (``bilingual_data``):

* **omissions**: one translated paragraph (segment) is removed, chosen with a fixed seed among
  those whose source has at least 8 Chinese characters. A hit: the union of the source spans of
  the ``accuracy/omission`` findings covers every Chinese character of the removed paragraph's
  source. False alarms: omission findings on the unperturbed documents (per 20 documents); the
  ones in a segment where a rater marked an omission are counted apart (they are real).
* **numbers**: one figure written with digits whose value the same segment's source has is
  changed (its last digit +3 mod 10). A hit: an ``accuracy/number`` finding overlapping the
  changed figure. False alarms: number findings on the unperturbed documents.

Run: ``python benchmarks/bilingual_synthetic.py [--json out.json]`` (vectors are cached in the
mtaudit embedding cache, so a second run only aligns).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bilingual_data import DEFAULT_DATA, build_documents  # noqa: E402

from audit.bilingual.check import check_bilingual  # noqa: E402
from audit.bilingual.encoder import load_embedder  # noqa: E402
from audit.bilingual.numbers import en_numbers, same, zh_numbers  # noqa: E402
from audit.bilingual.segment import HAN_RE, han_count  # noqa: E402
from audit.document import Document  # noqa: E402


def _rated_omission(d, start, end) -> bool:
    """Whether a rater marked an omission in a segment whose source overlaps ``[start, end)``
    (an omission finding there on the unperturbed translation is then no false alarm)."""
    for (s, e), seg in zip(d.zh_spans, d.segments):
        if s < end and start < e:
            cats = [x.category for x in seg.spans] + [x.category for x in seg.unlocated]
            if any("omission" in c.lower() for c in cats):
                return True
    return False


def run(docs, embed, seed=15):
    rng = random.Random(seed)
    res = {"documents": len(docs), "omission_trials": 0, "omission_hits": 0, "clean_omissions": 0,
           "clean_omissions_rated": 0, "number_trials": 0, "number_hits": 0, "clean_number_findings": 0, "clean_findings_by_rule": {},
           "misses": []}
    for d in docs:
        src = Document.from_text(d.chinese, path=f"{d.system}/{d.doc}.zh")
        clean = check_bilingual(Document.from_text(d.english), src, embed)
        for f in clean.findings:
            res["clean_findings_by_rule"][f.rule] = res["clean_findings_by_rule"].get(f.rule, 0) + 1
        res["clean_omissions"] += sum(1 for f in clean.findings if f.category == "accuracy/omission")
        res["clean_omissions_rated"] += sum(1 for f in clean.findings if f.category == "accuracy/omission"
                                            and _rated_omission(d, f.source[0], f.source[1]))
        res["clean_number_findings"] += sum(1 for f in clean.findings if f.category == "accuracy/number")
        # one paragraph removed
        cands = [k for k, (s, e) in enumerate(d.zh_spans) if han_count(d.chinese[s:e]) >= 8]
        if cands:
            k = rng.choice(cands)
            parts = [d.english[s:e] for q, (s, e) in enumerate(d.en_spans) if q != k]
            out = check_bilingual(Document.from_text("\n\n".join(parts)), src, embed)
            covered = set()
            for f in out.findings:
                if f.category == "accuracy/omission":
                    covered.update(range(f.source[0], f.source[1]))
            s, e = d.zh_spans[k]
            need = {s + m.start() for m in HAN_RE.finditer(d.chinese[s:e])}
            res["omission_trials"] += 1
            if need <= covered:
                res["omission_hits"] += 1
            else:
                res["misses"].append({"kind": "omission", "system": d.system, "doc": d.doc, "segment": k,
                                      "source": d.chinese[s:e][:80]})
        # one figure changed
        figures = []
        for k, ((s, e), (zs, ze)) in enumerate(zip(d.en_spans, d.zh_spans)):
            zn = zh_numbers(d.chinese[zs:ze])
            for n in en_numbers(d.english[s:e]):
                if any(same(n.values, z.values) for z in zn):
                    figures.append((s + n.start, s + n.end))
        if figures:
            a, b = rng.choice(figures)
            fig = d.english[a:b]
            digit_pos = max(i for i, c in enumerate(fig) if c.isdigit())
            new = fig[:digit_pos] + str((int(fig[digit_pos]) + 3) % 10) + fig[digit_pos + 1:]
            text = d.english[:a] + new + d.english[b:]
            out = check_bilingual(Document.from_text(text), src, embed)
            b2 = a + len(new)
            res["number_trials"] += 1
            if any(f.category == "accuracy/number" and f.start < b2 and f.end > a for f in out.findings):
                res["number_hits"] += 1
            else:
                res["misses"].append({"kind": "number", "system": d.system, "doc": d.doc, "figure": fig, "new": new,
                                      "context": text[max(0, a - 60):b2 + 40]})
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args(argv)
    docs = build_documents(args.data)
    embed = load_embedder().embed
    res = run(docs, embed)
    n = res["documents"]
    print(f"documents: {n}")
    print(f"omissions: {res['omission_hits']}/{res['omission_trials']} reported with the removed paragraph's source "
          f"covered ({res['omission_hits'] / max(1, res['omission_trials']):.3f}); on unperturbed documents "
          f"{res['clean_omissions']} omission findings ({20 * res['clean_omissions'] / max(1, n):.2f} per 20 documents; "
          f"{res['clean_omissions_rated']} where a rater marked an omission)")
    print(f"numbers: {res['number_hits']}/{res['number_trials']} changed figures reported "
          f"({res['number_hits'] / max(1, res['number_trials']):.3f}); on unperturbed documents "
          f"{res['clean_number_findings']} number findings")
    print(f"all findings on unperturbed documents: {res['clean_findings_by_rule']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
