"""`mtaudit audit`: the batch job over a corpus tree (see audit/batch.py)."""
from __future__ import annotations

import os
import sys
import time

import click

from .cli_options import BYTES, FiniteFloat, capped_jobs
from .batch import Settings, dask_mapper, local_mapper, run_audit
from .document import DEFAULT_MAX_BYTES, InputError
from .findings import Severity
from .report import exit_code
from .rules import RuleError, default_rules_path, load_rules
from . import yamlio


def default_corpus() -> str:
    """The bundled corpus beside the package (a checkout), else ./corpus."""
    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus")
    return here if os.path.isdir(here) and not os.path.isdir("corpus") else "corpus"


class _Progress:
    """A tqdm bar on a terminal; silent otherwise or with --quiet."""

    def __init__(self, total: int, enabled: bool):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def __call__(self, n: int):
        if self.bar is not None:
            self.bar.update(n)

    def close(self):
        if self.bar is not None:
            self.bar.close()


@click.command("audit")
@click.argument("root", required=False, type=click.Path(file_okay=False))
@click.option("--output-dir", "-o", type=click.Path(file_okay=False),
              help="Write one report per document, per pair and summary.yaml here; re-runs resume.")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), help="Rules file (default: bundled catalog).")
@click.option("--model", type=click.Path(), help="Local sentence-transformers model (default: packaged all-MiniLM-L6-v2).")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Embedding cache directory.")
@click.option("--align/--no-align", default=True, show_default=True, help="Compare every pair of documents in a group.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local worker processes (at most one per available core).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
@click.option("--fail-on", type=click.Choice(["minor", "major", "critical", "never"]), default="major", show_default=True)
@click.option("--max-bytes", type=BYTES, default=DEFAULT_MAX_BYTES, show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no final line.")
@click.option("--lock-timeout", type=FiniteFloat(min=0), default=0, show_default=True,
              help="Seconds to wait for another audit writing to the same --output-dir.")
def command(root, output_dir, rules_path, model, cache_dir, align, jobs, executor, scheduler, fail_on,
            max_bytes, quiet, lock_timeout):
    """Audit a corpus tree (default: the bundled corpus/): check every document, compare every
    pair of documents of a briefing group, score documents that have references.

    Exit codes as for `mtaudit check`: 0, 1 (findings at or above --fail-on), 2 (an input,
    rules or usage error; the other documents are still audited)."""
    if output_dir == "":
        raise click.UsageError("--output-dir: empty folder name")
    root = root or default_corpus()
    if not os.path.isdir(root):
        raise click.ClickException(f"{root}: not a directory")
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    rules_path = os.path.abspath(rules_path or default_rules_path())
    try:
        catalog = load_rules(rules_path)
    except RuleError as exc:
        raise click.ClickException(str(exc)) from None
    model_id = None
    if align:
        from .embeddings import ModelError, load_model  # cheap: checks the folder, loads no weights

        try:
            model_id = load_model(model).id
        except ModelError as exc:
            raise click.ClickException(f"--model: {exc}") from None
    settings = Settings(root=os.path.abspath(root), rules_path=rules_path, rules_sha256=catalog.sha256,
                        max_bytes=max_bytes, align=align, model=model, model_id=model_id, cache_dir=cache_dir)
    mapper = dask_mapper(scheduler) if executor == "dask" else local_mapper(capped_jobs(jobs))

    lock = None
    if output_dir:
        if os.path.abspath(output_dir) == settings.root or settings.root.startswith(os.path.abspath(output_dir) + os.sep):
            raise click.ClickException("--output-dir must not contain the corpus")
        from filelock import FileLock, Timeout

        try:
            os.makedirs(output_dir, exist_ok=True)
            lock = FileLock(os.path.join(output_dir, ".mtaudit.lock"))
            lock.acquire(timeout=lock_timeout)
        except Timeout:  # a subclass of OSError: caught first
            raise click.ClickException(
                f"another mtaudit audit is writing to {output_dir}; wait for it to finish "
                f"(or pass --lock-timeout SECONDS to wait)") from None
        except OSError as exc:
            raise click.ClickException(f"cannot write to {output_dir}: {exc.strerror or exc}") from None
        from .fileio import remove_stale_temporaries

        remove_stale_temporaries(output_dir)  # left by a killed run; the lock says none is ours now

    from .batch import plan_groups

    plan_errors = []  # unreadable briefing metadata: listed, and the folder grouped by its name
    groups = plan_groups(settings.root, plan_errors)
    total = sum(len(g.paths) for g in groups)
    progress = _Progress(total, enabled=not quiet and sys.stderr.isatty())

    def emit(kind, data):
        text = yamlio.dump(data)
        click.echo("---\n" + text, nl=False)

    started = time.perf_counter()
    try:
        summary = run_audit(settings, output_dir, mapper, emit=None if output_dir else emit, progress=progress,
                            groups=groups, plan_errors=plan_errors)
    except KeyboardInterrupt:
        progress.close()
        click.echo("mtaudit: interrupted; finished reports are kept and the next run resumes", err=True)
        sys.exit(130)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        where = exc.filename or output_dir or "output"
        raise click.ClickException(f"cannot write {where}: {exc.strerror or exc}") from None
    finally:
        progress.close()
        if lock is not None:
            lock.release()
    elapsed = time.perf_counter() - started
    overall = summary["overall"]
    for e in summary["errors"]:
        click.echo(f"mtaudit: {e['path']}: {e['reason']}", err=True)
    if not quiet:
        rate = overall["documents"] / elapsed if elapsed > 0 else 0.0
        click.echo(f"mtaudit: {overall['documents']} documents in {overall['groups']} groups, "
                   f"{overall['findings']} findings, {overall['failed']} failed, {overall['errors']} errors; "
                   f"{elapsed:.2f} s ({rate:.1f} documents/s)", err=True)
    sys.exit(exit_code(summary["errors"], overall["by_severity"],
                       None if fail_on == "never" else Severity.parse(fail_on)))
