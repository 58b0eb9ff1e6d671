"""Would an off-the-shelf grammar checker add precise findings? Harper's rules measured the way
mtaudit's rules are: precision against expert MQM spans on the dev set, false alarms on clean English.

Each Harper rule (``harper.Linter.organized_lints``, every rule switched on) runs on every
segment of the MQM development data; a lint is a *hit* when it shares a character with a span
a rater marked in that segment (the hit of ``benchmarks/rule_precision.py``). The same rules
run on the clean sets (``tests/corpus/clean``, ``benchmarks/data/clean_large``,
``benchmarks/data/clean_stress``), where every lint is a false alarm. A rule could join the
catalog only with dev precision of at least ``--min-precision`` on at least ``--min-findings``
lints and no more than ``--max-clean`` false alarms per 1,000 clean words.

Needs ``harper-py`` (``pip install -e ".[bench]"``); mtaudit itself does not use it. Run from
the repository root::

    .venv/bin/python benchmarks/grammar_checker.py [--data PATH] [--dialect american|british]
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(os.path.dirname(__file__)))
CLEAN_SETS = ("tests/corpus/clean", "benchmarks/data/clean_large", "benchmarks/data/clean_stress")

# A sibling module: run this file as a script, which puts benchmarks/ on sys.path.
from mqm_data import DEFAULT_DATA, MqmFormatError, load_segments  # noqa: E402


def lints_by_rule(linter, text):
    """(rule, start, end) for every lint Harper's rules find in ``text``, overlaps kept."""
    for rule, lints in linter.organized_lints(text, language="plaintext", dedup=False).items():
        for lint in lints:
            yield rule, lint.span.start, lint.span.end


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA, metavar="PATH", help="MQM TSV file")
    parser.add_argument("--dialect", choices=("american", "british"), default="american")
    parser.add_argument("--min-precision", type=float, default=0.8)
    parser.add_argument("--min-findings", type=int, default=5)
    parser.add_argument("--max-clean", type=float, default=0.05, help="false alarms per 1,000 clean words")
    args = parser.parse_args(argv)
    try:
        import harper  # only this benchmark needs it: imported here so --help works without it
    except ImportError:
        print("error: harper-py is not installed (pip install -e \".[bench]\")", file=sys.stderr)
        return 2
    try:
        segments = load_segments(args.data)
    except (OSError, UnicodeDecodeError, MqmFormatError) as exc:
        print(f"error: cannot load {args.data}: {exc}", file=sys.stderr)
        return 2

    linter = harper.Linter(harper.Dialect.AMERICAN if args.dialect == "american" else harper.Dialect.BRITISH)
    linter.set_lint_config({rule: True for rule in linter.get_default_lint_config()})
    started = time.perf_counter()
    found, hits = Counter(), Counter()
    for seg in segments:
        for rule, start, end in lints_by_rule(linter, seg.text):
            found[rule] += 1
            hits[rule] += bool(seg.spans_overlapping(start, end))
    dev_s = time.perf_counter() - started

    alarms, words = Counter(), 0
    for folder in CLEAN_SETS:
        for path in sorted(glob.glob(os.path.join(ROOT, folder, "*.txt"))):
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            words += len(text.split())
            for rule, _, _ in lints_by_rule(linter, text):
                alarms[rule] += 1

    print(f"data: {os.path.abspath(args.data)} ({len(segments)} segments, {dev_s:.0f} s); "
          f"clean: {', '.join(CLEAN_SETS)} ({words} words); harper-py dialect {args.dialect}")
    print(f"{'harper rule':34s} {'dev lints':>9s} {'hits':>5s} {'precision':>9s} {'clean':>6s} {'per 1k':>7s}  verdict")
    passing = []
    for rule in sorted(set(found) | set(alarms), key=lambda r: (-hits[r] / max(found[r], 1), -found[r], r)):
        precision = hits[rule] / found[rule] if found[rule] else 0.0
        per_k = 1000 * alarms[rule] / max(words, 1)
        ok = found[rule] >= args.min_findings and precision >= args.min_precision and per_k <= args.max_clean
        passing += [rule] if ok else []
        print(f"{rule:34s} {found[rule]:9d} {hits[rule]:5d} {precision:9.2f} {alarms[rule]:6d} {per_k:7.2f}  "
              f"{'precise' if ok else '-'}")
    total, total_hits = sum(found.values()), sum(hits.values())
    print(f"all rules: {total} dev lints, {total_hits} hits ({total_hits / max(total, 1):.2f}); "
          f"{sum(alarms.values())} clean false alarms")
    print(f"rules meeting precision >= {args.min_precision} on >= {args.min_findings} lints and <= "
          f"{args.max_clean} clean false alarms per 1,000 words: {', '.join(passing) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
