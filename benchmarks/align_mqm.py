"""How well does the aligner pair content it was not tuned on? Cases from real MT data.

Data: ``../shared/data/mqm_ted_zhen.tsv`` (WMT 2021 TED zh->en, see the README beside it): the
same five talks translated by 13 MT systems and two human translators, segment by segment.
Each case takes one talk and two different translations of it, removes about a third of the
segments from each side independently (seeded), and pads side B with blocks of segments from
another talk. A document is the remaining segments, one per line. Gold pairs are the segments
kept on both sides (same ``seg_id``); a predicted pair links every segment its A span touches to
every segment its B span touches, so one-to-many pairs are scored segment by segment.

Printed per case and in total: precision, recall and F1 over segment pairs, and how many pairs
touch the padding, for the aligner (``audit.align``, the settings ``mtaudit compare`` uses) next
to a plain mutual-best-match baseline (cosine of whole sentences, each the other's nearest, no
threshold). No figure is asserted: this is a measurement.

    .venv/bin/python benchmarks/align_mqm.py [--seed 13] [--pairs-per-talk 3] [--model PATH]
"""
from __future__ import annotations

import argparse
import bisect
import os
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Set, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


from audit.align import Settings, align_documents  # noqa: E402
from audit.document import Document  # noqa: E402
from audit.embeddings import Embedder, load_model  # noqa: E402
from audit.engine import check_document  # noqa: E402
from audit.rules import load_rules  # noqa: E402

DEFAULT_DATA = os.path.join(os.path.dirname(HERE), "..", "shared", "data", "mqm_ted_zhen.tsv")
SYSTEMS_HUMAN = ("ref", "refB")


# -- data: a small loader of our own (plain text per system, talk and segment) ---------------
def load_translations(path: str) -> Dict[Tuple[str, str], Dict[int, str]]:
    """``{(system, talk): {seg_id: plain translation}}``. The file has one row per rater
    and error, so a segment repeats; the ``<v>..</v>`` error markers are stripped."""
    out: Dict[Tuple[str, str], Dict[int, str]] = defaultdict(dict)
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in fh.read().split("\n"):
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != len(header):
                continue
            key = (parts[col["system"]], parts[col["doc"]])
            seg = int(parts[col["seg_id"]])
            if seg not in out[key]:
                text = re.sub(r"</?v>", "", parts[col["target"]])
                out[key][seg] = " ".join(text.split())
    return dict(out)


@dataclass
class Case:
    name: str
    doc_a: Document
    doc_b: Document
    seg_a: List[int]               # segment id of each line of A
    seg_b: List[int]               # segment id of each line of B (-1: padding)
    gold: Set[Tuple[int, int]]


def _document(lines: List[str], name: str) -> Document:
    return Document.from_text("\n".join(lines) + "\n", path=name)


def build_cases(data, seed: int, pairs_per_talk: int) -> List[Case]:
    talks = sorted({talk for _, talk in data})
    systems = sorted({system for system, _ in data})
    cases = []
    for t_index, talk in enumerate(talks):
        rng = random.Random(f"{seed}/{talk}")
        combos = [SYSTEMS_HUMAN] if all((s, talk) in data for s in SYSTEMS_HUMAN) else []
        mt = [s for s in systems if s not in SYSTEMS_HUMAN]
        while len(combos) < pairs_per_talk:
            a, b = rng.sample(mt, 2)
            if (a, b) not in combos:
                combos.append((a, b))
        pad_talk = talks[(t_index + 1) % len(talks)]
        for sys_a, sys_b in combos[:pairs_per_talk]:
            segs_a, segs_b = data[(sys_a, talk)], data[(sys_b, talk)]
            ids = sorted(set(segs_a) & set(segs_b))
            keep_a = sorted(rng.sample(ids, round(len(ids) * 2 / 3)))
            keep_b = sorted(rng.sample(ids, round(len(ids) * 2 / 3)))
            pad_source = data[(sys_b, pad_talk)]
            pad_ids = sorted(pad_source)
            n_pad = max(2, len(keep_b) // 3)
            # Two blocks of consecutive segments of the other talk, at random places in B.
            first = n_pad // 2
            blocks = []
            for size in (first, n_pad - first):
                start = rng.randrange(0, max(1, len(pad_ids) - size))
                blocks.append(pad_ids[start:start + size])
            b_lines: List[Tuple[int, str]] = [(s, segs_b[s]) for s in keep_b]
            for block in blocks:
                at = rng.randrange(0, len(b_lines) + 1)
                b_lines[at:at] = [(-1, pad_source[s]) for s in block]
            name = f"{talk} {sys_a}|{sys_b}"
            cases.append(Case(
                name=name,
                doc_a=_document([segs_a[s] for s in keep_a], f"{talk}/{sys_a}"),
                doc_b=_document([t for _, t in b_lines], f"{talk}/{sys_b}+{pad_talk}"),
                seg_a=keep_a, seg_b=[s for s, _ in b_lines],
                gold={(s, s) for s in set(keep_a) & set(keep_b)},
            ))
    return cases


# -- scoring ---------------------------------------------------------------------------------
def _segments(doc: Document, seg_ids: List[int], start: int, end: int) -> List[int]:
    """Segment ids of the lines ``[start, end)`` touches (one segment per line)."""
    lines = [s for s, _ in doc.lines]
    first = bisect.bisect_right(lines, start) - 1
    last = bisect.bisect_left(lines, end) - 1
    return [seg_ids[i] for i in range(max(0, first), max(first, last) + 1)]


def evaluate(case: Case, span_pairs) -> dict:
    predicted, padding = set(), 0
    for (sa, ea), (sb, eb) in span_pairs:
        segs_a = _segments(case.doc_a, case.seg_a, sa, ea)
        segs_b = _segments(case.doc_b, case.seg_b, sb, eb)
        if -1 in segs_b:
            padding += 1
        predicted.update((x, y) for x in segs_a for y in segs_b)
    hits = len(predicted & case.gold)
    return {"predicted": len(predicted), "gold": len(case.gold), "hits": hits, "padding": padding,
            "pairs": len(span_pairs)}


def prf(stats: dict) -> Tuple[float, float, float]:
    p = stats["hits"] / stats["predicted"] if stats["predicted"] else 0.0
    r = stats["hits"] / stats["gold"] if stats["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def mutual_best_match(case: Case, embed) -> list:
    """The baseline: whole sentences, cosine, each the other's nearest neighbour, no threshold."""
    sa, sb = case.doc_a.sentences, case.doc_b.sentences
    ta = [" ".join(case.doc_a.text[s:e].split()) for s, e in sa]
    tb = [" ".join(case.doc_b.text[s:e].split()) for s, e in sb]
    ea, eb = embed(ta), embed(tb)
    cos = ea @ eb.T
    best_b, best_a = cos.argmax(1), cos.argmax(0)
    return [(sa[i], sb[j]) for i, j in enumerate(best_b) if best_a[j] == i]


def settings_from(items: List[str]) -> Settings:
    """``["threshold=1.5", "k=3"]`` -> Settings with those fields, each cast to its default's type."""
    defaults = Settings().as_dict()
    values = {}
    for item in items:
        name, _, value = item.partition("=")
        if name not in defaults:
            raise ValueError(f"unknown setting {name!r} (known: {', '.join(defaults)})")
        values[name] = int(float(value)) if isinstance(defaults[name], int) else float(value)
    return Settings(**values)


def boilerplate(doc: Document, rules) -> list:
    return [(f.start, f.end, f.rule) for f in check_document(doc, rules).findings]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--pairs-per-talk", type=int, default=3, help="system pairs per talk (ref|refB first)")
    ap.add_argument("--model", default=None, help="sentence-transformers model folder (default: packaged MiniLM)")
    ap.add_argument("--backend", default=None, help="encoder path (audit.embeddings.BACKENDS; default: audit.embeddings.DEFAULT_BACKEND)")
    ap.add_argument("--cache-dir", default=None, help="embedding cache (default: the user cache)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override one field of audit.align.Settings (repeatable), e.g. --set threshold=1.5")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    args = ap.parse_args(argv)

    data = load_translations(args.data)
    cases = build_cases(data, args.seed, args.pairs_per_talk)
    model = load_model(args.model, backend=args.backend)
    embedder = Embedder.for_model(model, cache_dir=args.cache_dir)
    try:
        settings = settings_from(args.set)
    except (TypeError, ValueError) as exc:
        ap.error(f"--set: {exc}")
    rules = [r for r in load_rules().rules if r.type == "boilerplate"]

    totals = {"ours": defaultdict(int), "mbm": defaultdict(int)}
    started = time.perf_counter()
    if not args.quiet:
        print(f"{'case':<34} {'gold':>5}  {'P':>6} {'R':>6} {'F1':>6} {'pad':>4}   |  baseline {'P':>6} {'R':>6} {'F1':>6} {'pad':>4}")
    for case in cases:
        result = align_documents(case.doc_a, case.doc_b, embedder, settings,
                                 boilerplate(case.doc_a, rules), boilerplate(case.doc_b, rules))
        ours = evaluate(case, [((p.a.start, p.a.end), (p.b.start, p.b.end)) for p in result.pairs])
        mbm = evaluate(case, mutual_best_match(case, embedder.embed))
        for key, stats in (("ours", ours), ("mbm", mbm)):
            for k, v in stats.items():
                totals[key][k] += v
        if not args.quiet:
            p, r, f = prf(ours)
            bp, br, bf = prf(mbm)
            print(f"{case.name:<34} {ours['gold']:>5}  {p:6.3f} {r:6.3f} {f:6.3f} {ours['padding']:>4}   |"
                  f"           {bp:6.3f} {br:6.3f} {bf:6.3f} {mbm['padding']:>4}")
    elapsed = time.perf_counter() - started
    print()
    print(f"data: {os.path.normpath(args.data)}  seed {args.seed}, {len(cases)} cases, model {model.id}, backend {model.describe()['backend']}")
    changed = {k: v for k, v in settings.as_dict().items() if v != getattr(Settings(), k)}
    print(f"settings: defaults{' with ' + str(changed) if changed else ''}")
    for key, label in (("ours", "aligner (audit.align)"), ("mbm", "mutual best match (baseline)")):
        p, r, f = prf(totals[key])
        t = totals[key]
        print(f"{label:<30} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  "
              f"pairs {t['pairs']}, segment pairs {t['predicted']} ({t['hits']} correct of {t['gold']} gold), "
              f"pairs in padding {t['padding']}")
    print(f"time: {elapsed:.1f} s (texts encoded {embedder.encoded}, cache hits {embedder.cache_hits})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
