"""`mtaudit audit`: the batch job over a corpus tree (see audit/batch.py)."""
from __future__ import annotations

import os
import sys
import time

import click

from . import yamlio
from .baseline import BaselineError
from .baseline import build as baseline_data
from .batch import (TASK_DOCUMENTS, Group, Settings, dask_mapper, file_sha256, local_mapper, policy_for, read_report,
                    report_path, run_audit)
from .cli_common import (excluded, finish, load_catalog, refuse_unwritable_output, render_report, resolve_settings,
                         settings_options, suffix_format, warn_empty_documents, warn_misnamed_baseline,
                         warn_nothing_found)
from .cli_options import BACKEND_CHOICES, BACKEND_HELP, BYTES, FiniteFloat, capped_jobs
from .config import relative_posix
from .document import DEFAULT_MAX_BYTES, InputError
from .fileio import display_path, write_atomic
from .policy import gate, selection_digest
from .reporters import formats_for
from .rules import RuleError, default_rules_path
from .selection import SelectionError
from .wording import count

# How the usage error for `-o NAME.EXT` names the file it took the folder for.
_FILE_KINDS = {"html": "an HTML file", "json": "a JSON file", "yaml": "a YAML file", "sarif": "a SARIF file",
               "text": "a text file"}
AUDIT_FORMATS = sorted(set(formats_for("summary")) | set(formats_for("check")), key=formats_for("check").index)


def findings_report(summary: dict, groups, root: str, output_dir, collected: dict) -> dict:
    """A check-style report of every audited document's findings (for the sarif and github
    views), paths relative to the working directory so code scanning can place them."""
    documents = []
    for group in groups:
        for rel in group.paths:
            data = read_report(report_path(output_dir, rel)) if output_dir else collected.get(display_path(rel))
            if not data or "document" not in data:
                continue  # unreadable: listed under errors
            entry = dict(data["document"])
            # display_path: a name that is not UTF-8 is shown with U+FFFD, as in the summary
            entry["path"] = display_path(relative_posix(os.path.join(root, rel), os.getcwd()))
            documents.append(entry)
    errors = [dict(e, path=display_path(relative_posix(os.path.join(root, e["path"]), os.getcwd())))
              for e in summary["errors"]]
    overall = summary["overall"]
    return {"schema": "mtaudit-report/1", "tool": summary["tool"], "rules": summary["rules"],
            "documents": documents, "errors": errors,
            "summary": {"documents": overall["documents"], "errors": overall["errors"],
                        "findings": overall["findings"], "gate": overall["gate"]}}


def _write_pages(summary: dict, output_dir: str, root: str, catalog, quiet: bool) -> None:
    """index.html and the per-document and per-pair pages (audit.html_site), each written atomically."""
    from .html_site import site_pages

    pages = site_pages(summary, output_dir, root, catalog)
    for rel, html in sorted(pages.items()):
        target = os.path.join(output_dir, rel)
        try:
            write_atomic(target, html)
        except OSError as exc:
            raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from None
    from .batch import prune_reports

    prune_reports(output_dir, [os.path.join(output_dir, rel) for rel in pages], tops=("html",), suffix=".html")
    if not quiet:
        click.echo(f"mtaudit: wrote {os.path.join(output_dir, 'index.html')} and {count(len(pages) - 1, 'page')}", err=True)


def default_corpus() -> str:
    """The bundled corpus beside the package (a checkout), else ./corpus."""
    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus")
    return here if os.path.isdir(here) and not os.path.isdir("corpus") else "corpus"


# Seconds between two progress lines when standard error is not a terminal (a CI log, nohup,
# a redirect), where a bar would write a line per update; a run shorter than this prints none.
LOG_EVERY = 30.0


class _Progress:
    """A tqdm bar on a terminal; a line every LOG_EVERY seconds into a log; silent with --quiet."""

    def __init__(self, total: int, enabled: bool, terminal: bool = True):
        self.bar = None
        self.reused = None  # run_audit's first call: the documents whose reports are reused
        self.total, self.done = total, 0
        self.log = enabled and not terminal
        self.started = self.last = time.monotonic()
        if enabled and terminal:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def __call__(self, n: int):
        first = self.reused is None
        if first:
            self.reused = n
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        now = time.monotonic()
        if self.log and not first and self.done < self.total and now - self.last >= LOG_EVERY:
            self.last = now
            share = 100 * self.done // max(self.total, 1)
            click.echo(f"mtaudit: {self.done} of {count(self.total, 'document')} done ({share}%) after "
                       f"{now - self.started:.0f} s", err=True)

    def close(self):
        if self.bar is not None:
            self.bar.close()


@click.command("audit")
@click.argument("root", required=False, type=click.Path(file_okay=False))
@click.option("--output-dir", "-o", type=click.Path(file_okay=False),
              help="Write one report per document, per pair and summary.yaml here; re-runs resume.")
@click.option("--model", type=click.Path(), help="Local sentence-transformers model (default: packaged all-MiniLM-L6-v2).")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Embedding cache directory.")
@click.option("--backend", type=click.Choice(BACKEND_CHOICES), default=None,
              help=BACKEND_HELP)
@click.option("--align/--no-align", default=True, show_default=True, help="Compare every pair of documents in a group.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local worker processes (at most one per available core).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: --jobs processes on this machine; dask: the workers of the Dask cluster at "
                   f"--scheduler (one task per briefing group, or per {TASK_DOCUMENTS} documents with --no-align).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
@settings_options
@click.option("--format", "fmt", type=click.Choice(AUDIT_FORMATS), default="yaml", show_default=True,
              help="yaml: the reports (a stream on stdout without --output-dir); json, text: the summary; "
                   "sarif, github: every document's findings.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip documents matching GLOB (repeatable).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Count only findings that are not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record every finding of the audit in FILE as accepted; exits 0 unless an input failed.")
@click.option("--max-bytes", type=BYTES, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this (listed under errors; 0: no limit).")
@click.option("--quiet", "-q", is_flag=True,
              help=f"No progress (a bar on a terminal, else a line every {LOG_EVERY:.0f} s) and no final line.")
@click.option("--lock-timeout", type=FiniteFloat(min=0), default=0, show_default=True,
              help="Seconds to wait for another audit writing to the same --output-dir.")
def command(root, output_dir, model, cache_dir, backend, align, jobs, executor, scheduler, fmt, exclude, baseline_path,
            write_baseline, max_bytes, quiet, lock_timeout, **options):
    """Audit a corpus tree (default: the bundled corpus/): check every document, compare every
    pair of documents of a briefing group, score documents that have references.

    A document is checked against its Chinese source in sources/<briefing>/ (same file name)
    and scored against references/<briefing>/, each in the nearest folder above it that has
    one; sources/ and references/ folders below ROOT are looked up, not audited.

    Exit codes as for `mtaudit check`: 3 when a document met a bug in mtaudit (listed under
    errors; the others are still audited); else 2 an input, rules, config or usage error (the
    other documents are still audited); else 1 when a document fails --fail-on (a finding at or
    above the severity, or with `verdict` a failed score); else 0."""
    if output_dir == "":
        raise click.UsageError("--output-dir: empty folder name")
    implied = suffix_format(output_dir)
    if implied and not os.path.exists(output_dir):  # `-o summary.json` would make a folder of that name
        shown = display_path(output_dir)
        instead = "" if implied == "html" else f", or write one file with --format {implied} > {shown}"
        raise click.UsageError(f"--output-dir {shown}: audit's -o names a folder (a report per document and "
                               f"summary.yaml), not {_FILE_KINDS[implied]}; name a folder without a file "
                               f"extension{instead}")
    if fmt == "html" and not output_dir:
        raise click.UsageError("--format html writes index.html and a page per document and pair: give --output-dir")
    root = root or default_corpus()
    if not os.path.exists(root):
        raise click.ClickException(f"{root}: no such directory")
    if not os.path.isdir(root):
        raise click.ClickException(f"{root}: not a directory")
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    if scheduler and executor != "dask":  # else the audit would run locally and say nothing
        raise click.UsageError("--scheduler is for --executor dask (add --executor dask to run on the cluster)")
    if not align:  # else the option would be taken and do nothing
        for name, value in (("--model", model), ("--backend", backend), ("--cache-dir", cache_dir)):
            if value is not None:
                raise click.UsageError(f"{name} is for the alignment: it does nothing with --no-align")
    refuse_unwritable_output(write_baseline, "--write-baseline")
    config = resolve_settings(**options, exclude=list(exclude), baseline=baseline_path)
    if write_baseline:  # today's findings are recorded whole, whatever an older baseline accepted
        config.values["baseline"], config.sources["baseline"] = None, "--write-baseline"
    rules_path = os.path.abspath(config["rules"] or default_rules_path())
    catalog = load_catalog(rules_path)
    selection = {k: config[k] for k in ("select", "ignore", "extend-select", "severity", "glossary")}
    if config["score-threshold"] is not None:  # in the digest: a new threshold redoes the reports' verdicts
        selection["score-threshold"] = config["score-threshold"]
    digest = ""
    if any(config[k] for k in ("select", "ignore", "extend-select", "severity", "glossary", "per-path-ignores",
                               "baseline")) or "score-threshold" in selection:
        try:
            baseline_sha = file_sha256(config["baseline"]) if config["baseline"] else None
        except OSError as exc:
            raise click.UsageError(f"{config['baseline']}: cannot read: {exc.strerror or exc}") from None
        digest = selection_digest(selection, config["per-path-ignores"], baseline_sha, config.base_dir)
    model_id = None
    if align:
        from .embeddings import ModelError, load_model  # cheap: checks the folder, loads no weights

        try:
            model_id = load_model(model, backend=backend, cache_dir=cache_dir).id
        except ModelError as exc:
            raise click.ClickException(f"--model: {exc}") from None
    settings = Settings(root=os.path.abspath(root), rules_path=rules_path, rules_sha256=catalog.sha256,
                        max_bytes=max_bytes, align=align, model=model, model_id=model_id, backend=backend,
                        cache_dir=cache_dir,
                        selection=selection, per_path=config["per-path-ignores"], base_dir=config.base_dir,
                        baseline=config["baseline"], policy_sha256=digest, fail_on=config["fail-on"])
    try:
        policy = policy_for(settings)  # here first (and cached), so a bad selection stops before any work
    except (RuleError, SelectionError, BaselineError) as exc:
        raise click.UsageError(str(exc)) from None
    # with --output-dir each report is written as soon as its task is done (the bytes do not
    # depend on the order); the stdout stream keeps the order of the plan
    ordered = not output_dir
    mapper = dask_mapper(scheduler, ordered) if executor == "dask" else local_mapper(capped_jobs(jobs), ordered)

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
    if config["exclude"]:
        groups = [Group(g.name, [p for p in g.paths if not excluded(config, os.path.join(settings.root, p))])
                  for g in groups]
        groups = [g for g in groups if g.paths]
    total = sum(len(g.paths) for g in groups)
    progress = _Progress(total, enabled=not quiet, terminal=sys.stderr.isatty())

    collected = {}  # relative path -> document report, for the sarif and github views

    def emit(kind, data):
        if fmt == "yaml":
            click.echo("---\n" + yamlio.dump(data), nl=False)
        if kind == "document" and (fmt in ("sarif", "github") or write_baseline):
            collected[data["document"]["path"]] = data

    started = time.perf_counter()
    try:
        summary = run_audit(settings, output_dir, mapper, emit=None if output_dir else emit, progress=progress,
                            groups=groups, plan_errors=plan_errors)
    except KeyboardInterrupt:
        progress.close()
        done = f"after {progress.done} of {count(total, 'document')}"
        if output_dir:
            click.echo(f"mtaudit: interrupted {done}; finished reports are kept and the next run resumes", err=True)
        else:  # the reports went to standard output: there is nothing to resume from
            click.echo(f"mtaudit: interrupted {done}; without --output-dir no report is kept, so the next run "
                       f"starts over (give --output-dir DIR to resume)", err=True)
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
    warn_empty_documents([d["path"] for d in summary["documents"] if d.get("words") == 0])
    warn_misnamed_baseline(policy, [policy.key(os.path.join(settings.root, d["path"])) for d in summary["documents"]])
    if not total and not summary["errors"]:
        warn_nothing_found([root], "audited")
    if not quiet:
        reused = min(progress.reused or 0, overall["documents"])
        checked = overall["documents"] - reused  # the rate counts the work done, not reports reused
        rate = checked / elapsed if elapsed > 0 else 0.0
        done = f"{checked} checked, {reused} reused, " if reused else ""
        result = overall["gate"]
        click.echo(f"mtaudit: {count(overall['documents'], 'document')} in {count(overall['groups'], 'group')}, "
                   f"{count(overall['findings'], 'finding')}, {overall['failed']} failed the score, "
                   f"{count(overall['errors'], 'error')}; "
                   f"gate --fail-on {result['fail_on']}: {result['failing']} failing -> {result['status']} "
                   f"(exit {result['exit_code']}); {elapsed:.2f} s ({done}{rate:.1f} documents/s)", err=True)
    if fmt in ("sarif", "github") or write_baseline:
        report = findings_report(summary, groups, settings.root, output_dir, collected)
    if fmt in ("sarif", "github"):
        click.echo(render_report(fmt, report, catalog=policy.catalog), nl=False)
    elif fmt == "html":
        _write_pages(summary, output_dir, settings.root, policy.catalog, quiet)
    elif fmt != "yaml":
        click.echo(render_report(fmt, summary), nl=False)
    if write_baseline:
        data = baseline_data((policy.key(d["path"]), d["findings"]) for d in report["documents"])
        try:
            write_atomic(write_baseline, yamlio.dump(data))
        except OSError as exc:
            raise click.ClickException(f"cannot write {write_baseline}: {exc.strerror or exc}") from None
        click.echo(f"mtaudit: wrote {count(len(data['findings']), 'baseline entry', 'baseline entries')} to {write_baseline}", err=True)
        finish(gate([], summary["errors"], "never")["exit_code"])  # 3 for a bug, 2 for an input error, else 0
    finish(overall["gate"]["exit_code"])
