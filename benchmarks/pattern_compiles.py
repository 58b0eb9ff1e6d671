"""How many regular expressions a whole ``mtaudit check`` compiles, and the CPU they take
(issue 13: the fixed costs of a run). ``re``'s and ``regex``'s own compilers are timed around
the whole process (imports, the catalog, the check); a pattern served from the stored programs
(``audit.re_programs``, ``audit.detectors.programs``) is not compiled and not counted.

    PYTHONPATH=. python benchmarks/pattern_compiles.py DIR [--top N]

Runs ``check DIR --format json -o FILE --fail-on never --no-references`` in this process
(use a warm cache directory, ``MTAUDIT_CACHE_DIR``, and run it twice: the first run of a new
tree stores what it compiles). Prints the counts and milliseconds per compiler, and the
callers that compiled the most. The figures print; nothing is asserted."""
import argparse
import os
import sys
import tempfile
import time
import traceback
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_HERE = os.path.abspath(__file__)


def _caller() -> str:
    """The first frame outside the compilers, the stored programs and this file."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        name = frame.filename
        if name == _HERE or "/re/" in name or "/regex/" in name or name.endswith(
                ("re_programs.py", "programs.py", "diskcache.py", "regex_cached.py")):
            continue
        return f"{os.path.relpath(name, ROOT) if name.startswith(ROOT) else os.path.basename(name)}:{frame.lineno}"
    return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    from re import _compiler

    import regex._main as regex_main

    totals = {"re": [0, 0.0], "regex": [0, 0.0]}
    callers = defaultdict(lambda: [0, 0.0])
    depth = [0]
    cores = [0]  # calls of regex's C core: a regex.compile that made none was served from its cache

    class _Core:
        def __getattr__(self, name):
            return getattr(core, name)

        @staticmethod
        def compile(*a):
            cores[0] += 1
            return core.compile(*a)

    def timed(kind, real, *a):
        if depth[0]:  # a compile inside another: counted once
            return real(*a)
        depth[0] += 1
        before = cores[0]
        start = time.process_time()
        try:
            return real(*a)
        finally:
            depth[0] -= 1
            spent = time.process_time() - start
            if kind == "re" or cores[0] != before:
                totals[kind][0] += 1
                totals[kind][1] += spent
                where = callers[f"{kind} {_caller()}"]
                where[0] += 1
                where[1] += spent

    real_re, real_regex, core = _compiler.compile, regex_main._compile, regex_main._regex
    _compiler.compile = lambda pattern, flags=0: timed("re", real_re, pattern, flags)
    regex_main._compile = lambda *a: timed("regex", real_regex, *a)
    regex_main._regex = _Core()
    start = time.process_time()
    import audit.cli

    with tempfile.TemporaryDirectory() as tmp:
        try:
            audit.cli.main.main(["check", args.directory, "--format", "json", "-o", os.path.join(tmp, "r.json"),
                                 "--fail-on", "never", "--no-references"])
        except SystemExit:
            pass
    whole = time.process_time() - start
    print(f"whole run (imports and check, in process): {whole:.2f} s CPU")
    for kind, (count, spent) in totals.items():
        print(f"{kind:6s} compiled {count:5d} patterns in {spent * 1000:7.1f} ms CPU")
    for name, (count, spent) in sorted(callers.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"  {spent * 1000:7.1f} ms {count:5d}  {name}")


if __name__ == "__main__":
    sys.exit(main())
