"""Build a large, realistic corpus tree for batch benchmarks (not part of the test suite).

Documents come from two real sources: the bundled corpus reports (paragraphs reshuffled and
recombined, so each variant reads like another report of the same briefing) and the MQM
development set's machine translations (``../shared/data``): for a random stretch of one TED
talk, the translations by two or three different systems form one briefing group, as several
outlets' reports of one event would. Seeded, so every run builds the same bytes.

    python benchmarks/make_corpus.py --docs 10000 --out /tmp/mtaudit-bench/corpus
"""
from __future__ import annotations

import argparse
import glob
import os
import random
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mqm_data import DEFAULT_DATA, load_segments  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def talks_by_system(data_path):
    talks = defaultdict(dict)  # doc -> system -> {seg_id: text}
    for seg in load_segments(data_path):
        talks[seg.doc].setdefault(seg.system, {})[seg.seg_id] = seg.text
    return talks


def build(out: str, n_docs: int, data_path: str, seed: int = 0) -> dict:
    rng = random.Random(seed)
    talks = talks_by_system(data_path)
    seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))]
    seed_paras = [[p for p in s.split("\n\n") if p.strip()] for s in seeds]
    written, size, group = 0, 0, 0
    while written < n_docs:
        group += 1
        folder = os.path.join(out, f"g{group // 1000:03d}", f"briefing-{group:05d}")
        os.makedirs(folder, exist_ok=True)
        members = rng.choice((2, 2, 3))
        if rng.random() < 0.15:
            for k in range(members):
                paras = list(rng.choice(seed_paras))
                head, body = paras[:2], paras[2:]
                rng.shuffle(body)
                text = "\n\n".join(head + body[: max(3, int(len(body) * rng.uniform(0.5, 1.0)))]) + "\n"
                path = os.path.join(folder, f"seed-variant-{k}.txt")
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text)
                written += 1
                size += len(text.encode("utf-8"))
            continue
        doc = rng.choice(sorted(talks))
        systems = rng.sample(sorted(talks[doc]), k=min(members, len(talks[doc])))
        ids = sorted(set.intersection(*(set(talks[doc][s]) for s in systems)))
        if len(ids) < 8:
            continue
        length = rng.randint(8, min(40, len(ids)))
        first = rng.randint(0, len(ids) - length)
        stretch = ids[first:first + length]
        for system in systems:
            lines, para = [], []
            for sid in stretch:
                para.append(talks[doc][system][sid])
                if len(para) >= rng.randint(2, 5):
                    lines.append(" ".join(para))
                    para = []
            if para:
                lines.append(" ".join(para))
            text = "\n\n".join(lines) + "\n"
            path = os.path.join(folder, f"{system}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            written += 1
            size += len(text.encode("utf-8"))
    return {"documents": written, "bytes": size, "groups": group}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--out", default="/tmp/mtaudit-bench/corpus")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit(f"{args.out} is not empty; remove it first")
    stats = build(args.out, args.docs, args.data, args.seed)
    print(f"{stats['documents']} documents, {stats['bytes'] / 1e6:.1f} MB in {stats['groups']} groups under {args.out}")


if __name__ == "__main__":
    main()
