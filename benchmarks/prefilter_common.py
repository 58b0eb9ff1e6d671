"""The prefilter strings that nearly every news story holds: ``prefilter.COMMON`` (issue 13).

    PYTHONPATH=. python benchmarks/prefilter_common.py [DIR] [--share 0.8]

Reads every ``.txt`` story of DIR (default ``benchmarks/data/clean_large``, the clean news set),
finds which strings of the catalog's prefilters (longer than two characters) each story's
case-folded text holds, and prints, as a Python tuple, those held by at least ``--share`` of the
stories, with the automaton's hits on the set and how many of them are of those strings (the hits
that dropping them saves). The prefilters are read whole: ``COMMON`` is emptied for the run, so
``prefilter.screened`` drops nothing from them and the table can be made again from scratch. A pattern rule's requirement part that names one of them passes on
almost every story, and its strings were most of the automaton's hits (" the", "he ", "ing"):
dropping the part leaves a weaker requirement, still met by every match, so the findings stay
the same. Nothing is asserted."""
import argparse
import glob
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def main():
    from audit.detectors import prefilter
    from audit.rules import load_rules

    ap = argparse.ArgumentParser()
    ap.add_argument("directory", nargs="?", default=os.path.join(ROOT, "benchmarks/data/clean_large"))
    ap.add_argument("--share", type=float, default=0.8)
    args = ap.parse_args()
    prefilter.COMMON = frozenset()  # the requirements whole, as before ``screened`` dropped the common strings
    load_rules()
    filters = prefilter.PREFILTERS
    filters._build()
    texts = []
    for path in sorted(glob.glob(os.path.join(args.directory, "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            texts.append(fh.read().casefold())
    held, counts = Counter(), Counter()  # stories that hold each string; its hits in all
    for text in texts:
        found = Counter(s for _, s in filters.large.iter(text))
        counts.update(found)
        held.update(found.keys())
    hits = sum(counts.values())
    common = sorted(s for s, n in held.items() if n >= args.share * len(texts) and len(s) > 2)
    common_hits = sum(counts[s] for s in common)
    print(f"# {len(texts)} stories, {hits} hits, {common_hits} of them of the {len(common)} strings below")
    print("COMMON = frozenset((")
    line = "   "
    for s in common:
        item = " " + repr(s) + ","
        if len(line) + len(item) > 100:
            print(line)
            line = "   "
        line += item
    print(line)
    print("))")


if __name__ == "__main__":
    main()
