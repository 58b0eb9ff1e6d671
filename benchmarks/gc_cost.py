"""What the cyclic garbage collector costs one ``mtaudit`` command (not part of the test suite):
prints figures, asserts nothing.

Runs ``mtaudit ARGS`` in this process as the console script does (``cli.program()``), timing
every collection with ``gc.callbacks``, and prints on standard error, when the process ends,
the CPU seconds spent in collections by generation, the number of full collections and the
process's CPU time::

    PYTHONPATH=TREE MTAUDIT_CACHE_DIR=CACHE taskset -c 0 python benchmarks/gc_cost.py check corpus/DOC \\
        --format json -o OUT --fail-on never --no-references
"""
from __future__ import annotations

import atexit
import gc
import sys
import time

_SPENT = {}  # generation -> [CPU seconds, collections]
_START = [0.0]


def _timed(phase, info):
    if phase == "start":
        _START[0] = time.process_time()
        return
    spent = _SPENT.setdefault(info["generation"], [0.0, 0])
    spent[0] += time.process_time() - _START[0]
    spent[1] += 1


def _report():
    total = sum(s for s, _ in _SPENT.values())
    parts = ", ".join(f"generation {g}: {s:.3f} s in {n}" for g, (s, n) in sorted(_SPENT.items()))
    print(f"garbage collection {total:.3f} s ({parts}); process CPU {time.process_time():.2f} s",
          file=sys.stderr)


if __name__ == "__main__":
    gc.callbacks.append(_timed)
    atexit.register(_report)
    sys.argv = ["mtaudit", *sys.argv[1:]]
    from audit.cli import program  # noqa: E402  imported after the timer is in place

    program()
