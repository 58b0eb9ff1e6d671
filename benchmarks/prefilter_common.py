"""The prefilter strings that nearly every news story holds: ``prefilter.COMMON`` (issue 13).

    PYTHONPATH=. python benchmarks/prefilter_common.py [DIR] [--share 0.8]

Reads every ``.txt`` story of DIR (default ``benchmarks/data/clean_large``, the clean news set),
finds which strings of the catalog's prefilters (longer than two characters) each story's
case-folded text holds, and prints, as a Python tuple, those held by at least ``--share`` of the
stories, with the automaton's hits on the set before and after the requirements drop them
(``prefilter.screened``). A pattern rule's requirement part that names one of them passes on
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
    load_rules()
    filters = prefilter.PREFILTERS
    filters._build()
    texts = []
    for path in sorted(glob.glob(os.path.join(args.directory, "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            texts.append(fh.read().casefold())
    held, hits, common_hits = Counter(), 0, 0
    for text in texts:
        found = [s for _, s in filters.large.iter(text)]
        hits += len(found)
        held.update(set(found))
    common = sorted(s for s, n in held.items() if n >= args.share * len(texts) and len(s) > 2)
    chosen = set(common)
    for text in texts:
        common_hits += sum(1 for _, s in filters.large.iter(text) if s in chosen)
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
