"""Is "VERB the NOUN" with a verb of Chinese policy prose a pair English uses? A measured negative.

Issue 9, colloc11 round. Collocation misses include verb-object pairs English does not use
("strengthen the publicity of", "grasp the initiative of", "realize the handling"). This script
asks the English 3-gram model in the ``pocketsphinx`` wheel (the ``bench`` extra; nothing
downloaded) whether it stores the trigram "VERB the NOUN" at all, for a closed set of policy
verbs and a noun of wordfreq Zipf 3 or more the model knows, and counts the unstored trigrams on
clean English (the sets of ``clean_sets.py``) and on the WRITE development MT sets, where a span
is labelled by the annotated defect it overlaps.

A trigram the model does not hold gets exactly bo(VERB the) + P(NOUN | the); bo(VERB the) is
P(<s> | VERB the) - P(<s> | the), since no n-gram ends in <s> (the same reading as
``compound_membership.BackoffBigrams.stored`` one order up).

Result (the round that wrote this): clean English 61 candidates, 40 unstored (3.3 per 100,000
words: "strengthened the case", "strengthen the banking", "enhancing the transparency",
"consolidate the gains"); WRITE 17 unstored, 16 on an annotated collocation defect (whether
the catalog finds them already was not measured). The test separates MT from English in
direction but its clean rate (3.3 per 100,000 words, about 40 new findings over the clean sets
that hold 37 today) rules it out as a rule; the model predates much of the vocabulary of
modern news, as ``compound_membership.py`` found for noun pairs.

Run from the repository root (counts; ``--show`` lists spans, development sets only)::

    .venv/bin/python benchmarks/verb_object_lm.py [--show]
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from clean_sets import CLEAN_SETS  # noqa: E402
from compound_membership import BackoffBigrams  # noqa: E402

WRITE = ["heldout"] + [f"heldout{n}" for n in range(5, 16)]
VERBS = ("strengthen strengthens strengthened strengthening promote promotes promoted promoting deepen "
         "deepened deepening optimize optimized optimise optimised enhance enhanced enhancing accelerate "
         "accelerated accelerating realize realized realise realised grasp consolidate consolidated "
         "cultivate foster stimulate advance push").split()
PAIR = re.compile(r"\b(%s) the ([a-z]{3,})\b" % "|".join(VERBS))


class TrigramTest:
    """Whether the model stores "verb the noun" (see the module docstring)."""

    def __init__(self, lm: BackoffBigrams):
        self.lm = lm
        self.model = lm._model

    def stored(self, verb: str, noun: str) -> bool:
        m = self.model
        backoff = m.prob(["<s>", "the", verb]) - m.prob(["<s>", "the"])
        return m.prob([noun, "the", verb]) != backoff + m.prob([noun, "the"])


def spans(text: str, test: TrigramTest, zipf):
    """(start, end, verb, noun, stored) for each candidate pair."""
    out = []
    for m in PAIR.finditer(text):
        verb, noun = m.group(1), m.group(2)
        if zipf(noun, "en") < 3 or not test.lm.known(noun) or not test.lm.known(verb):
            continue
        out.append((m.start(), m.end(), verb, noun, test.stored(verb, noun)))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="list the unstored pairs (clean sets and WRITE only)")
    args = ap.parse_args(argv)
    # Imported here: wordfreq is a dependency, pocketsphinx only of this benchmark.
    from wordfreq import zipf_frequency

    test = TrigramTest(BackoffBigrams.pocketsphinx())
    words = candidates = unstored = 0
    pairs = Counter()
    for folder, _ in CLEAN_SETS:
        for path in sorted(glob.glob(os.path.join(ROOT, folder, "*.txt"))):
            text = open(path, encoding="utf-8").read()
            words += len(text.split())
            for s in spans(text, test, zipf_frequency):
                candidates += 1
                if not s[4]:
                    unstored += 1
                    pairs[(s[2], s[3])] += 1
    print(f"clean: {words} words, {candidates} candidates, {unstored} unstored "
          f"({100000 * unstored / max(words, 1):.1f} per 100,000 words)")
    if args.show:
        print("  " + ", ".join(f"{v} the {n} ({c})" for (v, n), c in pairs.most_common(30)))
    kinds = Counter()
    for name in WRITE:
        for path in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", name, "*.txt"))):
            text = open(path, encoding="utf-8").read()
            with open(path[:-4] + ".yaml", encoding="utf-8") as fh:
                defects = (yaml.safe_load(fh) or {}).get("defects") or []
            for start, end, verb, noun, stored in spans(text, test, zipf_frequency):
                if stored:
                    continue
                hit = [d for d in defects if d["start"] < end and start < d["end"]]
                kinds[hit[0]["kind"] if hit else "none"] += 1
                if args.show:
                    print(f"  {name}: {text[start:end]!r} -> {hit[0]['kind'] if hit else 'none'}")
    print("WRITE unstored by the defect they overlap: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


if __name__ == "__main__":
    main()
