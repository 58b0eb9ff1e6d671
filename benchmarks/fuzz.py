"""Fuzz the rules loader, the document loader and the checker (not part of the test suite).

Hypothesis generates inputs for a fixed time budget per target; the only exceptions allowed
out are the documented ones (RuleError from the loader, InputError from the document
loader); the checker must never raise, and every finding must satisfy
``text[start:end] == finding.text``.

    python benchmarks/fuzz.py --seconds 180
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import load_rules
from audit.document import Document, InputError, decode_bytes
from audit.engine import check_document
from audit.rules import RuleError

CATALOG = load_rules()

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 100), st.floats(allow_nan=True),
                    st.text(max_size=12),
                    st.sampled_from(["pattern", "phrase", "repetition", "capitalization", "punctuation",
                                     "consistency", "boilerplate", "minor", "major", "style/awkward",
                                     "(a|aa)+$", "[", "{match}", "{nope}", "adjacent", "stray"]))
KEYS = st.sampled_from(["id", "type", "category", "severity", "message", "description", "examples",
                        "pattern", "terms", "mode", "groups", "patterns", "flag", "pass", "phrase",
                        "suggestion", "timeout", "flags", "allow", "weights", "threshold", "per_words"])
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(KEYS, inner, max_size=6)), max_leaves=25)
RULE = st.fixed_dictionaries({
    "id": st.text(min_size=1, max_size=8), "type": st.sampled_from(["pattern", "phrase", "punctuation", "boilerplate", "x"]),
    "category": st.sampled_from(["style/awkward", "bad cat"]), "severity": st.sampled_from(["minor", "huge"]),
    "message": st.sampled_from(["m {match}", "m {x}", "{"]), "description": st.text(max_size=5),
    "examples": st.fixed_dictionaries({"flag": st.lists(st.text(max_size=10), max_size=2),
                                       "pass": st.lists(st.text(max_size=10), max_size=2)}),
}, optional={"pattern": SCALARS, "terms": VALUES, "mode": SCALARS, "patterns": VALUES, "timeout": SCALARS})
RULES_DOC = st.one_of(VALUES, st.fixed_dictionaries({"rules": st.lists(RULE, max_size=3)}, optional={"scoring": VALUES}))


def fuzz_rules(tmpdir, budget):
    path = os.path.join(tmpdir, "rules.yaml")
    count = [0]

    @settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(RULES_DOC.map(lambda d: yaml.safe_dump(d).encode()), st.binary(max_size=200)))
    def target(data):
        if time.monotonic() > stop:
            return
        count[0] += 1
        with open(path, "wb") as fh:
            fh.write(data)
        try:
            load_rules(path)
        except RuleError as exc:
            assert "\n" not in str(exc)

    stop = time.monotonic() + budget
    while time.monotonic() < stop:
        target()
    return count[0]


def fuzz_documents(budget):
    count = [0]
    boms = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])

    @settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.tuples(boms, st.one_of(st.binary(max_size=300),
                                     st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
                                     st.text(max_size=200).map(lambda t: t.encode("gb18030", "replace")))))
    def target(parts):
        if time.monotonic() > stop:
            return
        count[0] += 1
        data = parts[0] + parts[1]
        try:
            text, _ = decode_bytes(data)
        except InputError as exc:
            assert "\n" not in str(exc)
            return
        doc = Document.from_bytes(data)
        assert doc.text == text
        for f in check_document(doc, CATALOG).findings:
            assert text[f.start:f.end] == f.text

    stop = time.monotonic() + budget
    while time.monotonic() < stop:
        target()
    return count[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description="Fuzz mtaudit's loaders and checker.")
    ap.add_argument("--seconds", type=float, default=180, help="budget per target")
    args = ap.parse_args(argv)
    print(f"command: {' '.join([os.path.basename(sys.executable)] + sys.argv)}")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.monotonic()
        n = fuzz_rules(tmp, args.seconds)
        print(f"rules loader: {n} inputs in {time.monotonic() - t0:.0f} s, no unexpected exception")
    t0 = time.monotonic()
    n = fuzz_documents(args.seconds)
    print(f"document loader + checker: {n} inputs in {time.monotonic() - t0:.0f} s, no unexpected exception")


if __name__ == "__main__":
    main()
