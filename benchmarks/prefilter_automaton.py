"""The prefilter's automaton read back from the cache directory against one built word by word
(not part of the test suite): the strings each finds in every text of the named folders, and
the CPU time of each way of making it. Prints each text where the two differ; exits 1 if any.

    PYTHONPATH=. python benchmarks/prefilter_automaton.py /tmp/cf6079 tests/corpus/clean ...
"""
from __future__ import annotations

import os
import sys
import time

import ahocorasick

from audit.detectors import prefilter
from audit.rules import load_rules


def _built(strings):
    """The automaton as the prefilter built it in every run before it was kept (each string its
    own value)."""
    automaton = ahocorasick.Automaton()
    for s in strings:
        if len(s) > 2:
            automaton.add_word(s, s)
    automaton.make_automaton()
    return automaton


def _texts(folders):
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as fh:
                    yield path, fh.read()


def main(folders) -> int:
    load_rules()  # the catalog's prefilter strings join ``PREFILTERS``
    strings = set(prefilter.PREFILTERS.strings)
    prefilter._Strings(strings)  # stored, if it was not
    t = time.process_time()
    read = prefilter._Strings(strings)
    read_s = time.process_time() - t
    t = time.process_time()
    built = _built(strings)
    built_s = time.process_time() - t
    print(f"{len(read)} strings: read back {read_s:.3f} s CPU, built {built_s:.3f} s CPU")
    n = differ = 0
    for path, text in _texts(folders):
        folded = text.casefold()
        old = {s for _, s in built.iter(folded)}
        new = set(read.found(folded))
        n += 1
        if old != new:
            differ += 1
            print(f"DIFFERS {path}: {sorted(old ^ new)[:10]}")
    print(f"{n} texts, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
