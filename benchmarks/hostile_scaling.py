"""Time and peak memory on hostile shapes of input (not part of the test suite): prints figures,
asserts nothing. Each run is a fresh ``python -m audit`` process measured with ``getrusage``.

1. ``check`` of one-line documents of 250 KB and 1 MB full of findings: time should grow
   with the size (about 4x), not with findings x length (16x).
   Five more one-line documents of 1 MB repeat a sentence that one rule of the twentieth
   round scanned the whole text for, per candidate (title-case runs, a capital beside the
   lower-case word, a place in lower case, a word in capitals, a quoted count slogan, a listed
   word and the pronoun He capitalised), and two more a name met again and again and a run-on
   "sentence" of figures (their tests pin the structure; the time is printed here), and two
   clauses joined by commas with no sentence mark (the forty-sixth round). Three more
   repeat the flag examples of one detector type's rules (grammar, literal, cut_name_loose),
   which the thirty-seventh round made linear. One more line of 1.2 MB is a single chain of
   words joined by hyphens ("long-long-...", the forty-seventh round).
2. ``check`` of 200,000 tiny lines.
3. ``compare`` of two 2 MB files: refused (``--max-sentences``) in about a second.

    python benchmarks/hostile_scaling.py [--skip-tiny]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINE = "the growth , said the LISA team and the ALBERT plan grows ; results are good . "
# One-line documents of 1 MB, each a sentence a rule of the twentieth round met with a scan of the
# whole text per candidate (minutes at 1 MB before the review mend; seconds after).
REVIEW_LINES = [
    ("title-case run", "Firms in China sell the Air Source Heat Pumps abroad. "),
    ("capital and lower case", "Dogs must be kept on a Leash no longer than a leash law says. "),
    ("place in lower case", "Farmers said cocoon prices in yizhou rose again. "),
    ("word in capitals", "Workers said the staff CANTEEN serves lunch; the canteen was open. "),
    ("quoted count slogan", "Officials praised the \u201ctwo new\u201d policy. "),
    ("listed word, surname He", "Retired athletes taught us, and Sun leads one of the Square dance teams; He Said little. "),
    # the tests pin the structure that keeps these linear (a name judged once, a run-on "sentence"
    # of figures left to no pairing); the time is printed here
    ("cut names met again", "The General Administration said Beijing. The Department of Natural said China. "),
    ("one title-case run of names", "Bank of China and Ministry of Commerce of the State Council and "),
    ("run-on line of figures", "rose 12 percent to 5,600 from 4,000, up 9 percent, doubled to 1,800 from 900, "
                               "an increase of 200 percent, "),
    # clauses joined by commas with no sentence mark: the comma rules read each candidate's
    # sentence to its end (issue 13, forty-sixth round: 150 KB took 9-12 s before the mend)
    ("comma splices, no sentence mark", "The plant opened in 2020, the company employs 500 people "),
    ("comma, no subject, no sentence mark", "The hall was built in 1990, is large "),
]

# A line of 1.2 MB that is one chain of words joined by hyphens: the terms detector tried a
# rendering at each of its 240,000 words, about 90 searches a word (issue 13, forty-seventh round:
# about 46 s before the mend).
CHAIN_LINE = "long-" * 240_000 + "long"

# One-line documents of 1 MB, each the flag examples of one detector type's rules joined by spaces
# and repeated (round 37: a line per type, the whole catalog on each; these three read a whole
# line, or every full name, once per candidate before the mend).
EXAMPLE_TYPES = ("grammar", "literal", "cut_name_loose", "capital_more", "figure_shares")


def examples_line(kind: str) -> str:
    sys.path.insert(0, ROOT)
    from audit.rules import load_rules

    return " ".join(e.text.replace("\n", " ") for r in load_rules().rules if r.type == kind
                    for e in r.examples["flag"] if e.source is None) + " "


# The child reports its own peak RSS at exit (RUSAGE_CHILDREN would give the largest child so far).
CHILD = ("import atexit, resource, runpy, sys; "
         "atexit.register(lambda: (lambda u: sys.stderr.write('PEAK_KB %d CPU %.3f\\n' % (u.ru_maxrss, u.ru_utime + u.ru_stime)))"
         "(resource.getrusage(resource.RUSAGE_SELF))); "
         "sys.argv = ['mtaudit'] + sys.argv[1:]; runpy.run_module('audit', run_name='__main__')")


def run(args):
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    lines = proc.stderr.strip().splitlines()
    usage = next((x.split() for x in lines if x.startswith("PEAK_KB ")), ["", "0", "", "nan"])
    other = [x for x in lines if not x.startswith("PEAK_KB ")]
    return proc.returncode, elapsed, float(usage[3]), int(usage[1]) / 1024, other[-1:]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-tiny", action="store_true", help="leave out the 200,000-line document")
    args = ap.parse_args(argv)
    print(f"command: {' '.join([os.path.basename(sys.executable)] + sys.argv)}")
    print(f"load average at start: {os.getloadavg()[0]:.1f} (the machine may be shared; CPU is user+sys of the run)")
    with tempfile.TemporaryDirectory() as tmp:
        cases = []
        for size in (250_000, 1_000_000):
            path = os.path.join(tmp, f"line{size}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write((LINE * (size // len(LINE) + 1))[:size])
            cases.append((f"check one line of {size // 1000} KB",
                          ["check", path, "--no-references", "--fail-on", "never"]))
        for label, line in REVIEW_LINES:
            path = os.path.join(tmp, f"review-{len(cases)}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("The farm in Yizhou District is green. " + line * (1_000_000 // len(line)))
            cases.append((f"check 1 MB line: {label}", ["check", path, "--no-references", "--fail-on", "never"]))
        path = os.path.join(tmp, "chain.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(CHAIN_LINE + "\n")
        cases.append(("check 1.2 MB hyphenated chain", ["check", path, "--no-references", "--fail-on", "never"]))
        for kind in EXAMPLE_TYPES:
            path = os.path.join(tmp, f"examples-{kind}.txt")
            unit = examples_line(kind)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write((unit * (1_000_000 // len(unit) + 1))[:1_000_000])
            cases.append((f"check 1 MB line: {kind} examples", ["check", path, "--no-references", "--fail-on", "never"]))
        if not args.skip_tiny:
            path = os.path.join(tmp, "tiny.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("A b.\n" * 200_000)
            cases.append(("check 200,000 tiny lines", ["check", path, "--no-references", "--fail-on", "never"]))
        big = []
        for name in ("a", "b"):
            path = os.path.join(tmp, f"big-{name}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(("Sentence of the report, number %d, about 5G. " % 7) * 45_000)
            big.append(path)
        cases.append(("compare two 2 MB files", ["compare", *big, "--no-cache"]))
        for label, cmd in cases:
            code, elapsed, cpu, peak_mb, last = run(cmd)
            print(f"{label:<32} exit {code}  {elapsed:7.2f} s wall  {cpu:7.2f} s CPU  peak {peak_mb:7.0f} MB  "
                  f"{' '.join(last)[:100]}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
