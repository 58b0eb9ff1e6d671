"""Where a whole ``mtaudit check`` spends its time, phase by phase (issue 13: the fixed costs
around the rules).

    PYTHONPATH=. python benchmarks/check_phases.py DIR [--runs N] [--in-process-only] [--cpu] [--by-type]

Runs ``check DIR --format json -o FILE --fail-on never --no-references`` three ways:

- as a process (``python -m audit check ...``), wall and user+sys CPU seconds, best of N;
- ``python -c pass`` and ``python -c 'import audit.cli'``: interpreter start-up and imports;
- in this process with timers around each phase, seconds of *exclusive* time (a phase inside
  another is subtracted from it): catalog loading, document reading, the prefilter, each rule's
  detector, the shared per-document analysis (paragraphs, sentences, words), the engine's own
  work (building findings, the containment sweep), the policy, scoring, report building,
  rendering and writing, garbage collections (``gc.callbacks``) and whatever is left
  (``--cpu``: CPU seconds of the process, for a machine that other work shares; ``--by-type``:
  the detectors' time split by detector type, ``detector: TYPE``, with its calls).

Process exit: from the last exit function (one registered first) to the process's end, as
its parent sees it.
The figures print; nothing is asserted."""
import argparse
import gc
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

PY = sys.executable
# The in-process clock: wall time by default, this process's CPU time with --cpu (on a machine
# that other work shares, wall time counts the waits for a core).
CLOCK = time.perf_counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# The console entry point with one exit function registered before anything else: it runs
# last and prints the clock, so the parent sees how long the process took to end after it.
_STAMPED = ("import atexit, os, sys, time; "
            "atexit.register(lambda: os.write(2, ('LAST %.6f' % time.time()).encode())); "
            "sys.argv = ['mtaudit'] + sys.argv[1:]; from audit.cli import program; program()")


def _proc(argv, runs):
    """(least wall seconds, least user+sys seconds, least seconds from the last exit function
    to the process's end, None when ``argv`` is not a check) of ``runs`` runs."""
    env = dict(os.environ, PYTHONPATH=ROOT)
    best_wall = best_cpu = best_exit = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        done = subprocess.run(argv, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        end = time.time()
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        if b"LAST " in done.stderr:
            exit_s = end - float(done.stderr.rsplit(b"LAST ", 1)[1].split()[0])
            best_exit = exit_s if best_exit is None else min(best_exit, exit_s)
    return best_wall, best_cpu, best_exit


class Timers:
    """Exclusive time per phase name: a wrapped call's time less that of wrapped calls inside it."""

    def __init__(self):
        self.total = defaultdict(float)
        self.calls = defaultdict(int)
        self.stack = []  # [name, start, time of children]

    def wrap(self, name, fn):
        timers = self

        def wrapped(*args, **kwargs):
            frame = [name, CLOCK(), 0.0]
            timers.stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                timers.stack.pop()
                spent = CLOCK() - frame[1]
                timers.total[name] += spent - frame[2]
                timers.calls[name] += 1
                if timers.stack:
                    timers.stack[-1][2] += spent
        wrapped.__wrapped__ = fn
        return wrapped

    def wrap_generator_detect(self, name, fn):
        """A detector may return a generator: its time is spent while the engine iterates it."""
        timers = self

        def wrapped(*args, **kwargs):
            out = timers.wrap(name, fn)(*args, **kwargs)
            if out is None or isinstance(out, (list, tuple)):
                return out
            return timers._drain(name, out)
        return wrapped

    def _drain(self, name, gen):
        items = []
        it = iter(gen)
        while True:
            try:
                items.append(self.wrap(name, next)(it))
            except StopIteration:
                return items


def instrument(t: Timers, by_type: bool = False):
    from audit import cli, cli_common, document, engine, policy, report, scoring, calibration
    import dataclasses
    from audit.detectors import DETECTORS, prefilter
    from audit.reporters import json_reporter

    cli.build_policy = t.wrap("catalog: load and prepare", cli.build_policy)
    cli.load_document = t.wrap("documents: read and decode", cli.load_document)
    prefilter.passing = t.wrap("prefilter", prefilter.passing)
    for name, kind in list(DETECTORS.items()):
        phase = f"detector: {name}" if by_type else "rules (detectors)"
        DETECTORS[name] = dataclasses.replace(kind, detect=t.wrap_generator_detect(phase, kind.detect))
    for attr in ("paragraphs", "_line_starts", "analysis", "words"):
        prop = document.Document.__dict__.get(attr)
        if prop is not None and hasattr(prop, "func"):
            prop.func = t.wrap(f"document: {attr}", prop.func)
    document.Document.word_list = t.wrap("document: words", document.Document.word_list)
    document.segment_sentences = t.wrap("document: sentences", document.segment_sentences)
    from audit import analysis, diskcache
    analysis.Analysis.__dict__["clauses"].func = t.wrap("document: clauses (analysis)", analysis.Analysis.__dict__["clauses"].func)
    diskcache.load = t.wrap("tables: read from the disk cache", diskcache.load)
    diskcache._built = t.wrap("tables: build (cache miss)", diskcache._built)
    diskcache.ExitSavedTable._load = t.wrap("tables: read from the disk cache", diskcache.ExitSavedTable._load)
    diskcache.ExitSavedTable.save = t.wrap("tables: save at exit", diskcache.ExitSavedTable.save)
    engine._finding = t.wrap("engine: findings", engine._finding)
    engine._result = t.wrap("engine: containment sweep (_result)", engine._result)
    engine.gate_evidence = t.wrap("engine: gate evidence", engine.gate_evidence)
    policy.Policy._counted = t.wrap("policy: suppress/baseline", policy.Policy._counted)
    policy.check_documents = t.wrap("engine: loop and rest", policy.check_documents)
    cli.settle_checked_objects = t.wrap("gc.freeze after batches", cli.settle_checked_objects)
    report.document_score = t.wrap("scoring", report.document_score)
    cli.build_report = t.wrap("report: build", cli.build_report)
    cli.render_report = t.wrap("report: render json", cli.render_report)
    cli.emit = t.wrap("report: write", cli.emit)

    gc_start = [0.0]

    def on_gc(phase, info):
        if phase == "start":
            gc_start[0] = CLOCK()
        else:
            spent = CLOCK() - gc_start[0]
            t.total["garbage collections"] += spent
            t.calls["garbage collections"] += 1
            if t.stack:  # out of the phase it interrupted
                t.stack[-1][2] += spent
    gc.callbacks.append(on_gc)


def in_process(directory, out, by_type=False):
    t = Timers()
    start = CLOCK()
    import audit.cli  # noqa: F401  (timed here only when not imported yet)
    t.total["imports (in process)"] = CLOCK() - start
    instrument(t, by_type)
    start = CLOCK()
    try:
        audit.cli.main.main(["check", directory, "--format", "json", "-o", out, "--fail-on", "never",
                             "--no-references"])
    except SystemExit:
        pass
    whole = CLOCK() - start
    t.total["command: other (click, cli glue)"] = whole - sum(v for k, v in t.total.items() if k != "imports (in process)")
    return t, whole


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--in-process-only", action="store_true")
    ap.add_argument("--cpu", action="store_true", help="time the phases in CPU seconds of this process, not wall seconds")
    ap.add_argument("--by-type", action="store_true", help="split the detectors' time by detector type")
    args = ap.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "r.json")
        if not args.in_process_only:
            cmd = [PY, "-c", _STAMPED, "check", args.directory, "--format", "json", "-o", out,
                   "--fail-on", "never", "--no-references"]
            whole = _proc(cmd, args.runs)
            bare = _proc([PY, "-c", "pass"], args.runs)
            imp = _proc([PY, "-c", "import audit.cli"], args.runs)
            print(f"{'process: whole check':40s} wall {whole[0]:6.3f}  cpu {whole[1]:6.3f}")
            print(f"{'process: python -c pass':40s} wall {bare[0]:6.3f}  cpu {bare[1]:6.3f}")
            print(f"{'process: import audit.cli':40s} wall {imp[0]:6.3f}  cpu {imp[1]:6.3f}")
        t, inner = in_process(args.directory, out, args.by_type)
        size = sum(os.path.getsize(os.path.join(args.directory, f)) for f in os.listdir(args.directory))
    print(f"in process: {inner:.3f} s for {size / 1e6:.3f} MB")
    for name, secs in sorted(t.total.items(), key=lambda kv: -kv[1]):
        print(f"  {name:40s} {secs:7.3f}  ({t.calls.get(name, 0)} calls)")
    if not args.in_process_only:
        print(f"  {'process exit (after the exit functions)':40s} {whole[2]:7.3f}")


if __name__ == "__main__":
    main()
