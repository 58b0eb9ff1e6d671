"""Figures for the ``terms`` detector (modern Chinese compounds rendered one character at a time).

Prints:

(a) false alarms on clean English news: every ``.txt`` story of the clean sets listed in
    ``clean_sets.py`` (measured ones: a blind set is not read), ``benchmarks/data/literal_dev_clean.txt``
    and the two human translations of ``../shared/data/mqm_ted_zhen.tsv``. Every finding is a false alarm
    and is listed.
(b) false alarms on technical English: the documentation of the installed Python packages
    (``README``/``*.md``/``*.rst``/``*.txt`` files, ``METADATA``, and the docstrings of every
    module, class and function), where "network", "model", "smart", "power" and "energy" words
    live. Every finding is listed.
(c) recall on ``benchmarks/data/terms_dev.yaml``: the ``dev`` half, and with ``--held`` the half
    set apart and the held list ``benchmarks/data/terms_dev_apart5.yaml`` (each half: ``new``,
    terms added after the list was written, and ``listed``), and with ``--apart PATH`` another
    held list (``terms_dev_apart6.yaml``: terms no list names); an item is found when a finding
    overlaps its span. Their ``pass`` sentences must draw nothing.
(d) precision on the MT outputs of the MQM file: a hit shares a character with a rated span.

The rule comes from ``--rule-file`` (default the bundled ``rules.yaml``, its first ``terms``
rule); ``--set KEY=VALUE`` overrides one of its keys. Run from the repository root::

    .venv/bin/python benchmarks/terms_detector.py [--held] [--set min_words=3] [--docs-words N]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path[:0] = [ROOT, HERE]

from audit import check_text  # noqa: E402

from detector_bench import HUMAN, clean_set_texts, doc_texts, human_texts, load_rule, split_by_span, words  # noqa: E402
from mqm_data import DEFAULT_DATA, load_mqm  # noqa: E402

DEV_LIST = os.path.join(HERE, "data", "terms_dev.yaml")
# The fifth round's held list: written before that round changed anything, halves new / listed.
APART_LISTS = [os.path.join(HERE, "data", "terms_dev_apart5.yaml")]


def report(title, texts, rule):
    """Findings of ``rule`` on (name, text) pairs, all false alarms: listed and counted."""
    print(title)
    n_words = n_found = 0
    for name, text in texts:
        n_words += words(text)
        for f in check_text(text, [rule]):
            n_found += 1
            print(f"    FALSE ALARM [{name}] {f.text!r} -> {f.suggestion!r}   «{f.context}»")
    print(f"    {n_found} findings in {n_words} words = {1000 * n_found / max(n_words, 1):.3f} per 1,000 words")
    return n_found, n_words


def clean_texts(segments):
    out = clean_set_texts()
    with open(os.path.join(HERE, "data", "literal_dev_clean.txt"), encoding="utf-8") as fh:
        out.append(("literal_dev_clean.txt", fh.read()))
    return out + human_texts(segments)


def recall(rule, held, path=DEV_LIST, label=""):
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    figures = {}
    halves = list(dict.fromkeys(i["half"] for i in data["items"]))
    for half in halves if held else halves[:1]:
        items = [i for i in data["items"] if i["half"] == half]
        print(f"(c) recall on the {half} half of {os.path.relpath(path, ROOT)}")
        found = 0
        for item in items:
            hit, stray = split_by_span(item, check_text(item["text"], [rule]))
            found += bool(hit)
            got = "; ".join(f"{f.text!r} -> {f.suggestion!r}" for f in hit)
            print(f"    {'found' if hit else 'MISS '} {item['source']:8s} {item['span']!r}  {got}")
            for f in stray:
                print(f"      stray finding {f.text!r} -> {f.suggestion!r}")
        print(f"    recall {found}/{len(items)} = {found / len(items):.3f}")
        figures[label + half] = (found, len(items))
    bad = 0
    for text in data.get("pass", []):
        for f in check_text(text, [rule]):
            bad += 1
            print(f"    PASS SENTENCE FLAGGED {f.text!r} in {text!r}")
    print(f"    pass sentences flagged: {bad} of {len(data.get('pass', []))}")
    return figures, bad


def precision(rule, segments):
    print("(d) precision on MT system outputs (hit = overlaps a rated span)")
    hits = total = 0
    for s in segments:
        if s.system in HUMAN:
            continue
        for f in check_text(s.text, [rule]):
            total += 1
            ok = bool(s.spans_overlapping(f.start, f.end))
            hits += ok
            print(f"    {'hit ' if ok else 'miss'} [{s.system}] {f.text!r} -> {f.suggestion!r}")
    print(f"    {total} findings, {hits} on a rated span")
    return hits, total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rule-file", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--held", action="store_true", help="also the held-apart half of the development list")
    ap.add_argument("--docs-words", type=int, default=3_000_000, help="words of package documentation to check")
    ap.add_argument("--no-docs", action="store_true")
    ap.add_argument("--apart", action="append", default=[], metavar="PATH",
                    help="another held list to measure, as the terms_dev_apart*.yaml lists are "
                         "(benchmarks/data/terms_dev_apart6.yaml: measured once, after its round)")
    args = ap.parse_args(argv)
    rule = load_rule(args.rule_file, "terms", args.set,
                     {"path": os.path.join(ROOT, "references", "modern_terms.yaml"),
                      "glossary": os.path.join(ROOT, "references", "glossary.yaml")})
    t0 = time.perf_counter()
    check_text("warm up", [rule])
    print(f"rule {rule.id} ({args.rule_file}; overrides {args.set or 'none'}); terms loaded in "
          f"{time.perf_counter() - t0:.2f} s")
    segments = load_mqm(args.data).segments if os.path.exists(args.data) else []
    t0 = time.perf_counter()
    ca, cw = report("(a) false alarms on clean news English", clean_texts(segments), rule)
    da = dw = 0
    if not args.no_docs:
        da, dw = report("(b) false alarms on installed package documentation", doc_texts(args.docs_words), rule)
    figures, bad = recall(rule, args.held)
    if args.held or args.apart:
        for path in APART_LISTS + args.apart:
            more, more_bad = recall(rule, True, path, os.path.basename(path)[:-5] + " ")
            figures.update(more)
            bad += more_bad
    ph, pt = precision(rule, segments) if segments else (0, 0)
    print("summary")
    print(f"    clean news: {ca} false alarms in {cw} words")
    if not args.no_docs:
        print(f"    package documentation: {da} false alarms in {dw} words")
    for half, (f, n) in figures.items():
        print(f"    recall ({half}): {f}/{n} = {f / n:.3f}")
    print(f"    pass sentences flagged: {bad}")
    print(f"    MT output of the MQM set: {pt} findings, {ph} on a rated span")
    print(f"    checked in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
