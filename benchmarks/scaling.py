"""Scaling in one run (not part of the test suite): prints figures, asserts nothing.

For the first N, 4N and 16N documents of a make_corpus.py tree (whole briefing groups), each
in a fresh process measured with ``getrusage`` (so each peak is that process's own):

- ``mtaudit check`` on one core (``taskset -c 0``): seconds, MB/s, peak RSS;
- ``mtaudit audit`` with alignment (fresh embedding cache): seconds, peak RSS;
- plain fp32 ``SentenceTransformer.encode`` (batch 32, model load included) of the sentences
  of the same documents: the yardstick ``audit`` is held to (ratio = audit / encode);

then seconds per document at each size against the first: about 1.0 when time grows linearly.
For ``check``, the CPU seconds are also split into a fixed cost and a cost per MB by a
least-squares line through the rows (CPU = fixed + slope x MB): ``1 / slope`` is the
asymptotic throughput on one core, what a very large run tends to, beside each run's own MB/s.
Each process's CPU seconds (user + system) are printed beside its wall seconds, and the load
average before each row, since the machine may be shared.

The onnx backends export the model once per cache directory; that one-time step is run and
timed first, and each audit's fresh cache directory gets the export (hard links) but no
vectors, so the audit rows measure steady-state runs.

    python benchmarks/scaling.py [--base 10] [--factors 1,4,16] [--backend onnx-int8] [--skip-audit] [--repeat 3]
    python benchmarks/scaling.py --base 1000 --factors 1 --skip-check --skip-encode --sample 60   # a big audit's memory
"""
from __future__ import annotations

import argparse
import glob
import os
import platform
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The child reports its own peak RSS and wall time at exit.
CHILD = ("import atexit, resource, runpy, sys, time; t0 = time.perf_counter(); "
         "atexit.register(lambda: (lambda r: sys.stderr.write('@@ %.3f %d %.2f\\n' % (time.perf_counter() - t0, "
         "r.ru_maxrss, r.ru_utime + r.ru_stime)))(resource.getrusage(resource.RUSAGE_SELF))); "
         "sys.argv = ['mtaudit'] + sys.argv[1:]; runpy.run_module('audit', run_name='__main__')")

ENCODE = r"""
import glob, os, sys, time
t0 = time.perf_counter()
from audit.document import load_document
from audit.embeddings import default_model_path
from sentence_transformers import SentenceTransformer
texts = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.txt"), recursive=True)):
    doc = load_document(path)
    texts.extend(doc.text[s:e] for s, e in doc.sentences)
model = SentenceTransformer(default_model_path(), device="cpu", local_files_only=True)
model.encode(texts, batch_size=32, show_progress_bar=False, normalize_embeddings=True)
import resource
r = resource.getrusage(resource.RUSAGE_SELF)
sys.stderr.write("@@ %.3f %d %.2f %d\n" % (time.perf_counter() - t0, r.ru_maxrss, r.ru_utime + r.ru_stime, len(texts)))
"""

EXPORT = r"""
import resource, sys, time
t0 = time.perf_counter()
from audit.embeddings import load_model
model = load_model(backend=sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None, cache_dir=sys.argv[1]).load()
r = resource.getrusage(resource.RUSAGE_SELF)
sys.stderr.write("@@ %.3f %d %.2f %s\n" % (time.perf_counter() - t0, r.ru_maxrss, r.ru_utime + r.ru_stime,
                                           model.describe()["backend"]))
"""


def run(cmd, env, sample=0.0, reports=None):
    """Run ``cmd``; its last ``@@`` line gives wall seconds, peak RSS (KB), CPU seconds and extras.
    With ``sample`` seconds, print the child's peak RSS so far (``VmHWM``) and the document
    reports written under ``reports`` at that interval, so a long run shows how memory grows."""
    import time

    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, text=True, env=env)
        started = time.perf_counter()
        while proc.poll() is None:
            try:
                proc.wait(timeout=sample or None)
            except subprocess.TimeoutExpired:
                print(f"  {time.perf_counter() - started:7.0f} s  documents {_count_reports(reports):>6}  "
                      f"peak so far {_vm_hwm(proc.pid):6.0f} MB  load {os.getloadavg()[0]:.1f}", flush=True)
        err.seek(0)
        stderr = err.read()
    line = [x for x in stderr.splitlines() if x.startswith("@@ ")]
    if not line:
        sys.exit(f"no figures from {' '.join(cmd[:4])}...: {stderr[-800:]}")
    parts = line[-1].split()
    return float(parts[1]), int(parts[2]) / 1024, float(parts[3]), parts[4:]


def _vm_hwm(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _count_reports(folder):
    if not folder:
        return 0
    return sum(len([f for f in files if f.endswith(".yaml")]) for _, _, files in os.walk(os.path.join(folder, "documents")))


def subset(corpus, n, dest):
    """The first whole groups of ``corpus`` holding at least ``n`` documents, copied to ``dest``."""
    if os.path.isdir(dest):
        return sorted(glob.glob(os.path.join(dest, "**", "*.txt"), recursive=True))
    groups = sorted({os.path.dirname(f) for f in glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True)})
    count = 0
    for g in groups:
        if count >= n:
            break
        members = sorted(glob.glob(os.path.join(g, "*.txt")))
        target = os.path.join(dest, os.path.relpath(g, corpus))
        os.makedirs(target, exist_ok=True)
        for m in members:
            shutil.copy(m, target)
        count += len(members)
    return sorted(glob.glob(os.path.join(dest, "**", "*.txt"), recursive=True))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "mtaudit-scaling"))
    ap.add_argument("--corpus", help="a make_corpus.py tree (default: built under --work)")
    ap.add_argument("--base", type=int, default=10, help="documents at x1")
    ap.add_argument("--factors", default="1,4,16")
    ap.add_argument("--backend", default=None, help="audit --backend (default: the default backend)")
    ap.add_argument("--skip-audit", action="store_true", help="check only")
    ap.add_argument("--skip-check", action="store_true", help="no check row")
    ap.add_argument("--skip-encode", action="store_true", help="no plain-encode yardstick")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run audit and encode N times each, taking turns, and keep each one's least wall time")
    ap.add_argument("--sample", type=float, default=0, metavar="S",
                    help="print the audit's peak memory so far and documents done every S seconds")
    args = ap.parse_args(argv)
    factors = [int(x) for x in args.factors.split(",")]
    print(f"command: {' '.join([os.path.basename(sys.executable)] + sys.argv)}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    corpus = args.corpus or os.path.join(args.work, "corpus")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--docs", str(args.base * max(factors)),
                        "--out", corpus], check=True)
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false", PYTHONPATH=ROOT)
    one_core = dict(env, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    models = os.path.join(args.work, "model-cache")
    if not args.skip_audit:
        shutil.rmtree(models, ignore_errors=True)
        seconds, _, cpu, extra = run([sys.executable, "-c", EXPORT, models, args.backend or ""], env)
        print(f"model ready for backend {extra[0]} in {seconds:.1f} s ({cpu:.1f} CPU s; the onnx backends "
              f"export once per cache directory, included here, not in the audit rows)", flush=True)
    rows = []
    for f in factors:
        files = subset(corpus, args.base * f, os.path.join(args.work, f"x{f}"))
        mb = sum(os.path.getsize(p) for p in files) / 1e6
        root = os.path.join(args.work, f"x{f}")
        row = {"factor": f, "docs": len(files), "mb": mb, "load": os.getloadavg()[0]}
        if not args.skip_check:
            row["check_s"], row["check_peak"], row["check_cpu"], _ = run(_check_command(root), one_core)
        if not args.skip_audit:
            cache = os.path.join(args.work, f"cache-x{f}")
            out = os.path.join(args.work, f"audit-x{f}")
            backend = ["--backend", args.backend] if args.backend else []
            # With --repeat N, audit and encode take turns N times and each keeps its least wall
            # time (with that run's CPU and peak): on a shared machine the least is the run the
            # other jobs disturbed least, for both sides alike.
            for _ in range(max(1, args.repeat)):
                shutil.rmtree(cache, ignore_errors=True)
                shutil.rmtree(out, ignore_errors=True)
                if os.path.isdir(os.path.join(models, "models")):  # the export, not the vectors
                    shutil.copytree(os.path.join(models, "models"), os.path.join(cache, "models"),
                                    copy_function=os.link)
                seconds, peak, cpu, _ = run(
                    [sys.executable, "-c", CHILD, "audit", root, "-o", out, "--cache-dir", cache, "--quiet",
                     "--fail-on", "never", *backend], env, args.sample, out)
                if seconds < row.get("audit_s", float("inf")):
                    row["audit_s"], row["audit_peak"], row["audit_cpu"] = seconds, peak, cpu
                if not args.skip_encode:
                    seconds, peak, cpu, extra = run([sys.executable, "-c", ENCODE, root], env)
                    if seconds < row.get("encode_s", float("inf")):
                        row["encode_s"], row["encode_peak"], row["encode_cpu"] = seconds, peak, cpu
                        row["sentences"] = int(extra[0])
            row["load_end"] = os.getloadavg()[0]
        rows.append(row)
        print(_line(row, rows[0]), flush=True)
    if not args.skip_check and len(rows) > 1:
        print(_fixed_and_slope([r["mb"] for r in rows], [r["check_cpu"] for r in rows]))
        # The fixed cost measured directly: check of one small document (start-up, the catalog,
        # the tables, first use of each rule), the median of three runs.
        small = min(subset(corpus, args.base, os.path.join(args.work, f"x{factors[0]}")), key=os.path.getsize)
        cpus = sorted(run(_check_command(small), one_core)[2] for _ in range(3))
        last = rows[-1]
        slope = (last["check_cpu"] - cpus[1]) / last["mb"]
        print(f"check of one {os.path.getsize(small)}-byte document: {cpus[1]:.2f} CPU s (median of 3: the fixed cost); "
              f"x{last['factor']} less that: {slope:.2f} s per MB, asymptotic {1 / slope if slope > 0 else float('inf'):.2f} MB/s")
    print(f"load average {os.getloadavg()[0]:.1f} at end")


def _check_command(path):
    """``mtaudit check`` of ``path`` on one core (CPU 0), its JSON report thrown away."""
    return ["taskset", "-c", "0", sys.executable, "-c", CHILD, "check", path, "--format", "json", "-o", os.devnull,
            "--fail-on", "never", "--no-references"]


def fit_line(xs, ys):
    """Least-squares ``(intercept, slope)`` of ``ys`` against ``xs`` (two or more points)."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
    return my - slope * mx, slope


def _fixed_and_slope(mbs, cpus):
    fixed, slope = fit_line(mbs, cpus)
    asymptote = f"{1 / slope:.2f} MB/s" if slope > 0 else "unbounded"
    first = cpus[0]
    return (f"check CPU = {fixed:.2f} s fixed + {slope:.2f} s per MB (least squares over {len(mbs)} sizes): "
            f"asymptotic {asymptote} on one core; at x1 ({mbs[0]:.2f} MB) the fixed cost is "
            f"{100 * max(fixed, 0) / first:.0f}% of {first:.2f} s")


def _line(row, first):
    text = f"x{row['factor']:<3} {row['docs']:>5} docs {row['mb']:6.3f} MB load {row['load']:4.1f}"
    if "check_s" in row:
        per_doc = row["check_s"] / row["docs"] / (first["check_s"] / first["docs"])
        text += (f" | check {row['check_s']:7.2f} s ({row['check_cpu']:.2f} CPU s, {row['mb'] / row['check_cpu']:5.2f} MB/s by CPU) "
                 f"{row['mb'] / row['check_s']:5.2f} MB/s "
                 f"peak {row['check_peak']:5.0f} MB, s/doc vs x1 {per_doc:4.2f}")
    if "audit_s" in row:
        per_doc = row["audit_s"] / row["docs"] / (first["audit_s"] / first["docs"])
        text += (f" | audit {row['audit_s']:7.2f} s ({row['audit_cpu']:.1f} CPU s) peak {row['audit_peak']:5.0f} MB, "
                 f"s/doc vs x1 {per_doc:4.2f}")
    if "encode_s" in row:
        text += (f" | fp32 encode of {row['sentences']} sentences {row['encode_s']:6.2f} s ({row['encode_cpu']:.1f} CPU s)"
                 f" | audit/encode {row['audit_s'] / row['encode_s']:4.2f} (CPU {row['audit_cpu'] / row['encode_cpu']:4.2f})")
    if "load_end" in row:
        text += f" | load {row['load_end']:4.1f} after"
    return text


if __name__ == "__main__":
    main()
