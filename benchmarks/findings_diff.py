"""Same findings before and after a speed change (not part of the test suite): prints differences.

``dump`` runs ``mtaudit check`` of one source tree (``--tree``, default this checkout) over the
given paths, once as JSON and once as YAML, checks that the YAML report loads back
(``yaml.safe_load``) equal to the JSON one, and saves the report. ``compare`` prints every
finding one dump has and the other lacks, per document, and every warning or error that
differs; it exits 1 when there is any difference.

    python benchmarks/findings_diff.py dump --tree /tmp/base --out before.json corpus tests/corpus/clean ...
    python benchmarks/findings_diff.py dump --out after.json corpus tests/corpus/clean ...
    python benchmarks/findings_diff.py compare before.json after.json

``--one-line N`` adds a document made of the inputs' text joined into one line of N characters
(the shape where sentence boundaries are hardest); ``--hostile`` adds the 250 KB line of
``hostile_scaling.py``.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile_scaling import LINE  # noqa: E402


def _run(tree, paths, fmt):
    env = dict(os.environ, PYTHONPATH=tree)
    cmd = [sys.executable, "-m", "audit", "check", *paths, "--format", fmt, "--no-references",
           "--fail-on", "never", "--isolated", "--rules", os.path.join(tree, "rules.yaml")]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tree)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return proc.stdout, time.perf_counter() - t0


def _texts(paths):
    for p in paths:
        files = [p] if os.path.isfile(p) else sorted(glob.glob(os.path.join(p, "**", "*.*"), recursive=True))
        for f in files:
            if f.endswith((".txt", ".md")):
                yield open(f, encoding="utf-8", errors="replace").read()


def dump(args):
    tree = os.path.abspath(args.tree)
    paths = [os.path.abspath(p) for p in args.paths]
    with tempfile.TemporaryDirectory() as tmp:
        if args.one_line:
            joined = " ".join(" ".join(t.split()) for t in _texts(paths))[:args.one_line]
            path = os.path.join(tmp, "one-line.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(joined)
            paths.append(path)
        if args.hostile:
            path = os.path.join(tmp, "hostile-250k.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write((LINE * (250_000 // len(LINE) + 1))[:250_000])
            paths.append(path)
        out_json, t_json = _run(tree, paths, "json")
        out_yaml, t_yaml = _run(tree, paths, "yaml")
    report = json.loads(out_json)
    same = yaml.safe_load(out_yaml) == report
    print(f"{tree}: json {t_json:.1f} s, yaml {t_yaml:.1f} s; YAML report loads back equal to the JSON one: {same}")
    report["rules"].pop("path", None)
    report = json.loads(json.dumps(report).replace(json.dumps(tmp + os.sep)[1:-1], "TMP/"))
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False)
    n = sum(len(d["findings"]) for d in report["documents"])
    print(f"{len(report['documents'])} documents, {n} findings -> {args.out}")
    return 0 if same else 1


def _key(f):
    return (f["start"], f["end"], f["rule"])


def compare(args):
    # Documents written into a temporary folder are named by their file name alone.
    a, b = (json.loads(re.sub(r"(?:/tmp/tmp[^/\"]+/|TMP/)", "", open(p, encoding="utf-8").read()))
            for p in (args.before, args.after))
    docs_a = {d["path"]: d for d in a["documents"]}
    docs_b = {d["path"]: d for d in b["documents"]}
    differences = 0
    for path in sorted(set(docs_a) | set(docs_b)):
        da, db = docs_a.get(path), docs_b.get(path)
        if da is None or db is None:
            print(f"{path}: only in {'after' if da is None else 'before'}")
            differences += 1
            continue
        fa = {_key(f): f for f in da["findings"]}
        fb = {_key(f): f for f in db["findings"]}
        for k in sorted(set(fa) | set(fb)):
            if fa.get(k) != fb.get(k):
                differences += 1
                print(f"{path}: {k}\n  before: {fa.get(k)}\n  after:  {fb.get(k)}")
        for key in sorted(set(da) | set(db)):
            if key != "findings" and da.get(key) != db.get(key):
                differences += 1
                print(f"{path}: {key}: before {da.get(key)!r}, after {db.get(key)!r}")
    for key in ("errors", "summary"):
        if a.get(key) != b.get(key):
            differences += 1
            print(f"{key} differs:\n  before: {a.get(key)}\n  after:  {b.get(key)}")
    n = sum(len(d["findings"]) for d in a["documents"])
    print(f"{len(docs_a)} documents, {n} findings before; {differences} difference(s)")
    return 1 if differences else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("paths", nargs="+")
    d.add_argument("--tree", default=ROOT, help="source tree whose audit package and rules.yaml run")
    d.add_argument("--out", required=True)
    d.add_argument("--one-line", type=int, default=0, metavar="N")
    d.add_argument("--hostile", action="store_true")
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args(argv)
    return dump(args) if args.cmd == "dump" else compare(args)


if __name__ == "__main__":
    sys.exit(main())
