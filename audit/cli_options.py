"""Option types the commands share: bounded numbers, so a value that would overflow, wait
forever or start without limit is refused with one line (exit 2) before any work starts."""
from __future__ import annotations

import math
import os

import click

# --max-bytes: 0 means no limit; above 2**53 no file is that large, and reading "limit + 1"
# bytes would overflow.
MAX_BYTES_LIMIT = 2 ** 53
BYTES = click.IntRange(min=0, max=MAX_BYTES_LIMIT)

# --backend of `audit` and `compare`: one text, so the default it names is the one that runs
# (audit.embeddings.DEFAULT_BACKEND; the help once called plain onnx the default).
BACKEND_CHOICES = ["onnx", "onnx-int8", "int8", "fp32"]
BACKEND_HELP = ("Encoder path: onnx-int8 (the default: the model exported to ONNX at first use, "
                "quantized to int8 and run by onnxruntime; fp32 where onnxruntime cannot run it), onnx "
                "(that export unquantized: the vectors of fp32), int8 (torch, quantized) or fp32 "
                "(torch, as shipped).")


class FiniteFloat(click.FloatRange):
    """A FloatRange that also refuses nan (which every range comparison lets through) and inf."""

    name = "finite number"

    def convert(self, value, param, ctx):
        rv = super().convert(value, param, ctx)
        if not math.isfinite(rv):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return rv


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def capped_jobs(jobs: int) -> int:
    """--jobs N runs at most one worker process per available core: more only adds processes
    (and memory) that wait their turn. The output is the same for any N."""
    return max(1, min(jobs, available_cores()))
