"""Batch speed and memory (not part of the test suite): prints figures, asserts nothing.

Builds (or reuses) a corpus of at least 10,000 documents with make_corpus.py, then measures,
each in a fresh process so peak memory is the process's own:

1. ``mtaudit check`` throughput (MB/s, documents/s) and peak RSS, on one core, beside
   proselint run on the same files (a sample when proselint is too slow for all of them).
2. Cold start of ``mtaudit check`` on one small file (median of repeated runs).
3. ``mtaudit audit --no-align`` (rules only) throughput and peak RSS over the whole corpus.
4. ``mtaudit audit`` with alignment on a subset, beside the model's own ``encode`` of the same
   sentences, then a second run served from the report/embedding caches.

    python benchmarks/batch_throughput.py [--docs 10000] [--align-docs 400] [--skip-align] [--only-check [--components]]
"""
from __future__ import annotations

import argparse
import glob
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.dirname(sys.executable)
MTAUDIT = os.path.join(BIN, "mtaudit")


def measured(cmd, env=None):
    """Run ``cmd`` under /usr/bin/time-like accounting in a wrapper so its own peak is known.
    ``(wall s, peak MB, exit code, process)``; ``LAST_CPU[0]`` holds its CPU seconds
    (user + sys of the command and its children): on a shared machine wall time is mostly
    waiting, CPU time is the work."""
    wrapper = [sys.executable, "-c",
               "import resource,subprocess,sys,time;t=time.perf_counter();"
               "p=subprocess.run(sys.argv[1:]);d=time.perf_counter()-t;u=resource.getrusage(resource.RUSAGE_CHILDREN);"
               "print(f'@@ {d:.3f} {u.ru_maxrss/1024:.1f} {p.returncode} {u.ru_utime+u.ru_stime:.3f}',file=sys.stderr)"]
    proc = subprocess.run(wrapper + cmd, capture_output=True, text=True, env=env)
    line = [l for l in proc.stderr.splitlines() if l.startswith("@@ ")][-1].split()
    LAST_CPU[0] = float(line[4])
    return float(line[1]), float(line[2]), int(line[3]), proc


LAST_CPU = [0.0]


def corpus_size(files):
    return sum(os.path.getsize(f) for f in files)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "mtaudit-bench"))
    ap.add_argument("--proselint-sample", type=int, default=0, help="0: all files")
    ap.add_argument("--align-docs", type=int, default=400)
    ap.add_argument("--skip-align", action="store_true")
    ap.add_argument("--only-align", action="store_true", help="run step 4 only")
    ap.add_argument("--only-check", action="store_true", help="run step 1 only (check beside proselint)")
    ap.add_argument("--check-format", choices=["json", "yaml"], default="json",
                    help="report format of the timed check (yaml: the default format into a file)")
    ap.add_argument("--components", action="store_true",
                    help="with --only-check: also where check's CPU time goes, stage by stage, in one process")
    ap.add_argument("--components-child", metavar="CORPUS", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.components_child:
        components(args.components_child)
        return
    corpus = os.path.join(args.work, "corpus")
    print(f"command: {' '.join([os.path.basename(sys.executable)] + sys.argv)}")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--docs", str(args.docs), "--out", corpus], check=True)
    files = sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True))
    mb = corpus_size(files) / 1e6
    print(f"corpus: {len(files)} documents, {mb:.1f} MB under {corpus}\n")
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", TOKENIZERS_PARALLELISM="false")
    # The package of this checkout, whichever one the environment's mtaudit was installed from.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH", "")) if p)

    print(f"load average at start: {os.getloadavg()[0]:.1f} (the machine may be shared)")
    if not args.only_align:
        check_and_rules_only(args, corpus, files, mb, env)
        if args.components:
            proc = subprocess.run(["taskset", "-c", "0", sys.executable, os.path.abspath(__file__),
                                   "--components-child", corpus], capture_output=True, text=True, env=env)
            print(proc.stdout.rstrip() or proc.stderr.strip()[-2000:])
        if args.only_check:
            return
    if not args.skip_align:
        with_alignment(args, corpus, files, env)


def components(corpus):
    """Where ``check``'s CPU time goes (``time.process_time`` around each stage of one process,
    as ``mtaudit check`` runs them): imports, the catalog, the CC-CEDICT and Zipf tables, the
    documents read, every rule over every document (batches of ``cli.BATCH_DOCS`` as check
    runs them, first use included), the report with its scores, the batched pass again with
    the memos warm, the same again by detector type (each rule over all the documents, skipped
    where its prefilter turns a document away, as the engine does), and from those the
    engine's own bookkeeping (batched again less the rules alone) and first use (the first
    batched pass less the second)."""
    import json
    import time
    from collections import Counter

    t0 = time.process_time()
    import audit.cli  # noqa: F401 (what the command imports)
    from audit import load_rules
    from audit.cli import BATCH_DOCS
    from audit.detectors import prefilter
    from audit.document import load_document
    from audit.detectors import DETECTORS
    from audit.engine import _finding, check_documents
    from audit.report import build_report
    t1 = time.process_time()
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    t2 = time.process_time()
    from audit.detectors.literal_index import load_index
    from audit.zipf import zipf
    load_index()
    load_index(set_phrases=True)
    zipf("word")
    t3 = time.process_time()
    files = sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True))
    docs = [load_document(f) for f in files]
    t4 = time.process_time()
    results = []
    for i in range(0, len(docs), BATCH_DOCS):
        results.extend(check_documents(docs[i:i + BATCH_DOCS], catalog))
    t5 = time.process_time()
    json.dumps(build_report(results, catalog), ensure_ascii=False, indent=2)
    t6 = time.process_time()
    # The batched pass again over the documents read afresh: the process's memos (words,
    # pairs of words, clause verdicts, sentence splits, compiled patterns) now hold these
    # documents, as they do for the rules-alone pass below. Batched-again against rules-alone
    # is the engine's own cost; first pass against batched-again is first use.
    docs = [load_document(f) for f in files]
    t = time.process_time()
    for i in range(0, len(docs), BATCH_DOCS):
        check_documents(docs[i:i + BATCH_DOCS], catalog)
    again = time.process_time() - t
    docs = [load_document(f) for f in files]
    by_type = Counter()
    t = time.process_time()
    passing = [prefilter.passing(doc) for doc in docs]
    by_type["prefilter (one pass per document)"] = time.process_time() - t
    for rule in catalog.rules:
        t = time.process_time()
        gate = prefilter.gate(rule.state)
        detect = DETECTORS[rule.type].detect
        for doc, met in zip(docs, passing):
            if gate is None or met is None or gate in met:
                for hit in detect(doc, rule.state):  # as the engine calls it: a finding per hit
                    _finding(doc, rule, hit)
        by_type[rule.type] += time.process_time() - t
    rules_alone = sum(by_type.values())
    print(f"CPU by stage       : imports {t1 - t0:.2f} s, catalog {t2 - t1:.2f} s, CC-CEDICT and Zipf tables {t3 - t2:.2f} s, "
          f"reading {len(docs)} documents {t4 - t3:.2f} s, every rule over the documents in batches as check runs them "
          f"{t5 - t4:.2f} s (first use included), report and scores (JSON) {t6 - t5:.2f} s")
    print(f"  rules by type    : (each rule over all the documents, warm caches: {rules_alone:.2f} s in all) "
          + ", ".join(f"{name} {sec:.2f} s" for name, sec in by_type.most_common()))
    print(f"  batched again    : {again:.2f} s with the memos the first pass filled (against {rules_alone:.2f} s "
          f"rules alone: the engine's own cost {again - rules_alone:+.2f} s; first use {t5 - t4 - again:.2f} s)")


def check_and_rules_only(args, corpus, files, mb, env):
    # 1. check vs proselint ----------------------------------------------------------------
    fmt = "json" if args.check_format == "json" else "yaml"
    out = os.path.join(args.work, f"check.{fmt}")
    dt, peak, rc, _ = measured(["taskset", "-c", "0", MTAUDIT, "check", corpus, "--format", fmt, "-o", out,
                                "--fail-on", "never", "--no-references"], env)
    cpu = LAST_CPU[0]
    print(f"mtaudit check      : {dt:7.1f} s  {mb / dt:6.2f} MB/s  {len(files) / dt:7.1f} docs/s  peak {peak:6.0f} MB (one core, "
          f"{fmt} report)")
    print(f"  CPU time         : {cpu:7.1f} s  {mb / cpu:6.2f} MB/s by CPU time")
    sample = files if not args.proselint_sample else files[:: max(1, len(files) // args.proselint_sample)]
    smb = corpus_size(sample) / 1e6
    listing = os.path.join(args.work, "proselint-files")
    os.makedirs(listing, exist_ok=True)
    chunks = [sample[i:i + 500] for i in range(0, len(sample), 500)]
    total = 0.0
    pcpu = 0.0
    ppeak = 0.0
    for chunk in chunks:
        d, p, _, _ = measured(["taskset", "-c", "0", os.path.join(BIN, "proselint"), "check", "-o", "compact", *chunk], env)
        total += d
        pcpu += LAST_CPU[0]
        ppeak = max(ppeak, p)
    print(f"proselint          : {total:7.1f} s  {smb / total:6.2f} MB/s  {len(sample) / total:7.1f} docs/s  peak {ppeak:6.0f} MB "
          f"({len(sample)} files in {len(chunks)} runs)")
    print(f"  CPU time         : {pcpu:7.1f} s  {smb / pcpu:6.2f} MB/s by CPU time")
    print(f"ratio              : mtaudit is {(mb / dt) / (smb / total):.1f}x proselint's throughput by wall time, "
          f"{(mb / cpu) / (smb / pcpu):.1f}x by CPU time")
    print(f"load average       : {os.getloadavg()[0]:.1f} at the end\n")
    if args.only_check:
        return

    # 2. cold start ------------------------------------------------------------------------
    small = files[0]
    times = []
    for _ in range(7):
        d, _, _, _ = measured([MTAUDIT, "check", small, "--fail-on", "never", "--no-references", "-o", os.devnull], env)
        times.append(d)
    print(f"cold start (check one {os.path.getsize(small)} B file): median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s over {len(times)} runs\n")

    # 3. audit, rules only -----------------------------------------------------------------
    out_dir = os.path.join(args.work, "audit-rules")
    shutil.rmtree(out_dir, ignore_errors=True)
    dt, peak, rc, _ = measured(["taskset", "-c", "0", MTAUDIT, "audit", corpus, "-o", out_dir, "--no-align", "--quiet",
                                "--fail-on", "never"], env)
    print(f"audit --no-align   : {dt:7.1f} s  {mb / dt:6.2f} MB/s  {len(files) / dt:7.1f} docs/s  peak {peak:6.0f} MB")
    dt2, peak2, rc, _ = measured([MTAUDIT, "audit", corpus, "-o", out_dir, "--no-align", "--quiet", "--fail-on", "never"], env)
    print(f"  second run       : {dt2:7.1f} s  ({dt / dt2:.1f}x faster, everything reused)  peak {peak2:6.0f} MB")
    dt3, peak3, rc, _ = measured([MTAUDIT, "audit", corpus, "-o", out_dir + "-j2", "--no-align", "--quiet", "--fail-on", "never",
                                  "--jobs", "2"], env)
    print(f"  --jobs 2         : {dt3:7.1f} s  {len(files) / dt3:7.1f} docs/s  peak {peak3:6.0f} MB (parent)\n")



def with_alignment(args, corpus, files, env):
    # 4. audit with alignment on a subset, against plain encode ----------------------------
    sub = os.path.join(args.work, f"align-subset-{args.align_docs}")
    if not os.path.isdir(sub):
        groups = sorted({os.path.dirname(f) for f in files})
        n = 0
        for g in groups:
            members = sorted(glob.glob(os.path.join(g, "*.txt")))
            dest = os.path.join(sub, os.path.relpath(g, corpus))
            os.makedirs(dest, exist_ok=True)
            for m in members:
                shutil.copy(m, dest)
            n += len(members)
            if n >= args.align_docs:
                break
    sub_files = sorted(glob.glob(os.path.join(sub, "**", "*.txt"), recursive=True))
    cache = os.path.join(args.work, "embed-cache")
    shutil.rmtree(cache, ignore_errors=True)
    out_dir = os.path.join(args.work, "audit-align")
    shutil.rmtree(out_dir, ignore_errors=True)
    dt, peak, rc, _ = measured([MTAUDIT, "audit", sub, "-o", out_dir, "--cache-dir", cache, "--quiet", "--fail-on", "never"], env)
    enc = subprocess.run([sys.executable, os.path.join(HERE, "encode_baseline.py"), sub], capture_output=True, text=True, env=env)
    print(enc.stdout.strip())
    print(f"audit (align)      : {dt:7.1f} s  {len(sub_files) / dt:7.2f} docs/s  peak {peak:6.0f} MB  ({len(sub_files)} documents)")
    shutil.rmtree(out_dir, ignore_errors=True)
    dt2, peak2, rc, _ = measured([MTAUDIT, "audit", sub, "-o", out_dir, "--cache-dir", cache, "--quiet", "--fail-on", "never"], env)
    print(f"  embeddings cached: {dt2:7.1f} s  ({dt / dt2:.1f}x faster; reports rebuilt, embeddings from cache)")
    dt3, peak3, rc, _ = measured([MTAUDIT, "audit", sub, "-o", out_dir, "--cache-dir", cache, "--quiet", "--fail-on", "never"], env)
    print(f"  reports reused   : {dt3:7.1f} s  ({dt / dt3:.1f}x faster than the first run)")


if __name__ == "__main__":
    main()
