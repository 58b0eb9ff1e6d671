"""Command line: parses options, calls the library, renders, and exits with the report's code.

Heavy modules (the embedding model) are imported inside the commands that need them, so
``mtaudit check`` starts fast.
"""
from __future__ import annotations

import atexit
import errno
import gc
import importlib
import json
import os
import sys

import click

from . import __version__
from . import diskcache, yamlio
from .baseline import build as baseline_data
from .cli_common import (attach_source, build_policy, read_stdin, colour_wanted, default_format, emit, excluded, finish,
                         format_help, full_catalog, load_catalog, refuse_stdin_filename, refuse_unwritable_output,
                         render_report, resolve_settings, selected_catalog, settings_options, settle_checked_objects,
                         settle_loaded_tables, source_lookup, source_texts, use_source, warn, warn_empty_documents,
                         warn_misnamed_baseline, warn_no_source_found, warn_nothing_found)
from .cli_options import BYTES
from .document import DEFAULT_MAX_BYTES, InputError, load_document
from .engine import example_failures
from .fileio import display_path, iter_inputs, same_file
from .findings import Severity
from .policy import gate
from .references import reference_scores
from .report import ExitCode, build_report, internal_error_reason
from .reporters import formats_for
from .wording import count, first_sentence

SEVERITIES = [s.label for s in Severity]


class _Group(click.Group):
    # Commands that live in their own modules, each a thin layer like the ones here: a module
    # is imported when its command runs (or a help page lists it), so `check` does not read a
    # quarter of the package's source for nothing. They import their heavy dependencies (numpy,
    # torch, sentence-transformers, dask) only when they run.
    MODULES = {"audit": "cli_audit", "compare": "cli_compare", "fix": "cli_fix", "score": "cli_score"}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.MODULES))

    def get_command(self, ctx, name):
        if name not in self.commands and name in self.MODULES:
            self.add_command(importlib.import_module(f".{self.MODULES[name]}", __package__).command, name)
        return super().get_command(ctx, name)

    def main(self, *args, **kwargs):
        # Called from Python (Click's test runner, a test suite or a script, with arguments or
        # with ``sys.argv``), the command is not the whole process: objects a command moved out
        # of the garbage collector's reach (``settle_checked_objects``), the table hook and the
        # collector's thresholds are handed back when it ends. Called by ``program`` (the
        # console script, ``python -m audit``), they stay as they are and the process ends early
        # (``_end_process``).
        # Either way the command owns the heap while it runs, so the tables it reads or builds
        # are settled as they arrive (``settle_loaded_tables``); a library caller that never
        # goes through here keeps its heap as it is.
        # The collector's youngest generation is also collected less often while the command
        # runs (``COMMAND_GC_THRESHOLD``).
        if not _WHOLE_PROCESS:
            frozen, hook = gc.get_freeze_count(), diskcache.after_table
            diskcache.after_table = settle_loaded_tables
            threshold = _collect_young_less_often()
            try:
                return self._main(*args, **kwargs)
            finally:
                diskcache.after_table = hook
                gc.set_threshold(*threshold)
                if not frozen:
                    gc.unfreeze()
        diskcache.after_table = settle_loaded_tables
        _collect_young_less_often()
        return self._main(*args, **kwargs)

    def _main(self, *args, **kwargs):
        # Click reports usage errors with exit 2 and ClickException with exit 1; every error
        # of ours is an input/usage/rules error, which the docs promise exits 2.
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(130)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(ExitCode.ERROR)
        except OSError as exc:
            if exc.errno in FULL_ERRNOS and os.environ.get("MTAUDIT_DEBUG") != "1":
                # a full disk or quota under standard output, a report or a cache: the machine's
                # state, not a bug of ours (exit 2, as for any output that cannot be written)
                where = display_path(str(exc.filename)) if exc.filename else "standard output"
                click.echo(f"mtaudit: cannot write {where}: {exc.strerror or exc}", err=True)
                sys.exit(ExitCode.ERROR)
            self._internal_error(exc, args, kwargs)
        except Exception as exc:  # a bug of ours: one line and exit 3, never a traceback and never 1
            self._internal_error(exc, args, kwargs)

    @staticmethod
    def _internal_error(exc: BaseException, args, kwargs) -> None:
        """Called while ``exc`` is handled: one line and exit 3 (the traceback with MTAUDIT_DEBUG=1)."""
        if os.environ.get("MTAUDIT_DEBUG") == "1":
            raise
        args = kwargs.get("args", args[0] if args else sys.argv[1:])
        click.echo(internal_error_line(args, exc), err=True)
        sys.exit(ExitCode.INTERNAL)


# Set by ``program``: the command running is the whole process.
_WHOLE_PROCESS = False


def program() -> None:
    """The console script's and ``python -m audit``'s entry point: the command is the whole
    process, so what it settles stays settled and the process ends with ``_end_process``. A
    caller in Python that runs ``main()`` (a test suite, a script, a notebook) gets the ordinary
    ``SystemExit``, its heap handed back, and goes on: ending its process from inside ``main``
    ended a pytest run with status 0 and no summary."""
    global _WHOLE_PROCESS
    _WHOLE_PROCESS = True
    try:
        main()
    except SystemExit as exc:
        _end_process(exc)
        raise


def _end_process(exc: SystemExit) -> None:
    """End the process now with ``exc``'s status, as the interpreter would but without tearing
    down the heap: the exit functions run (``atexit``: the tables saved at exit), standard
    output and error are flushed, and ``os._exit`` skips freeing every object one by one (the
    dictionary tables, the catalog and the results are millions of them: 0.10-0.15 s of every
    check, ``benchmarks/check_phases.py``). Called only where the command is the whole process
    (``program``). Returns, and leaves the ordinary exit to the interpreter,
    where that might differ: a status that is not a number (printed by the interpreter), a
    thread still running (the interpreter waits for it), a stream that will not flush."""
    code = 0 if exc.code is None else exc.code
    if not isinstance(code, int) or isinstance(code, bool):
        return
    if _watched():
        return  # a profiler, a coverage tool or a debugger reports after the command returns
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed or broken pipe: the interpreter reports it as ever
        return
    os._exit(code & 0xFF)


def _watched() -> bool:
    """Whether a tool watches the process (``python -m cProfile``, ``coverage run``, ``pdb``): a
    profile or trace function, or a ``sys.monitoring`` tool (Python 3.12 and later). Such a tool
    writes its report when the interpreter ends as usual, which ``os._exit`` would skip."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return True
    monitoring = getattr(sys, "monitoring", None)
    return monitoring is not None and any(monitoring.get_tool(i) is not None for i in range(6))


# Write errors that say the disk (or the quota, or the file size limit) is full.
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


# Allocations between two collections of the youngest generation while a command runs (Python's
# default: 700). A check makes millions of short-lived objects and few cycles: over the 400
# documents of ``make_corpus.py`` the default ran 244 young and 10 middle collections
# (0.05-0.10 s of CPU, ``benchmarks/gc_cost.py``), this 50 and 4 (0.02 s). What a cycle holds
# waits a little longer to be freed; peak memory is the same within a megabyte.
COMMAND_GC_THRESHOLD = 10_000


def _collect_young_less_often() -> tuple:
    """Raise the youngest generation's threshold to ``COMMAND_GC_THRESHOLD`` (never lower it);
    the thresholds before, to restore."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], COMMAND_GC_THRESHOLD), *threshold[1:])
    return threshold


def internal_error_line(args, exc: BaseException) -> str:
    """The one line an unexpected exception gets: the command line, the error, what to do."""
    where = " ".join(display_path(str(a)) for a in (args or ()))
    where = where if len(where) <= 200 else where[:199] + "…"
    detail = " ".join(display_path(str(exc)).split())[:300]
    return (f"mtaudit {where}: internal error: {type(exc).__name__}: {detail} (a bug in mtaudit: rerun with "
            f"MTAUDIT_DEBUG=1 for the traceback and report it with that output)")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mtaudit")
def main():
    """Audit machine-translated news: find suspect spans, compare reports, score documents."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@settings_options
@click.option("--format", "fmt", type=click.Choice(formats_for("check")), default=None,
              help=format_help(formats_for("check")))
@click.option("--output", "-o", type=click.Path(), help="Write the report here (atomically) instead of stdout.")
@click.option("--min-severity", type=click.Choice(SEVERITIES), default=None,
              help="List only findings at or above this severity. A display filter: scores, "
                   "verdicts and the exit code still count every finding.  [default: info]")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Skip files matching GLOB (repeatable; adds to the config's exclude).")
@click.option("--stdin-filename", metavar="NAME",
              help="With PATH '-': the name to report standard input under (and to pick Markdown "
                   "handling, per-path ignores and baseline entries by).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Report only findings that are not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record every finding of this run in FILE as accepted; exits 0 unless an input failed.")
@click.option("--max-bytes", type=BYTES, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this (0: no limit).")
@click.option("--references/--no-references", "with_references", default=True, show_default=True,
              help="Score documents that have a reference translation in references/ (BLEU, chrF, TER).")
@click.option("--source", "source_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Bilingual mode: the Chinese source of the one document checked (omissions, numbers, "
                   "mistranslations, adequacy).")
@click.option("--sources", "sources_dir", type=click.Path(), metavar="DIR",
              help="Bilingual mode for many documents: the source of PATH/a/b.txt is DIR/a/b.txt.")
def check(paths, fmt, output, min_severity, exclude, stdin_filename, baseline_path, write_baseline, max_bytes,
          with_references, source_path, sources_dir, **options):
    """Check files or directories (*.txt, *.md; '-' reads standard input) and print a report.

    Exit codes (the same for `mtaudit audit`): 3 when a document met a bug in mtaudit (listed
    under `errors` as an internal error; the others are checked); else 2 when an input, rules,
    config or usage error occurred (an unreadable file is listed under `errors` and the others
    are checked); else 1
    when a document fails the gate: it has a finding at or above --fail-on (default major), or,
    with --fail-on verdict, its score verdict is fail; else 0. Ignored, inline-disabled and
    baselined findings never count; --min-severity only hides findings.
    """
    refuse_unwritable_output(output)
    refuse_unwritable_output(write_baseline, "--write-baseline")
    if output and write_baseline and output != "-" and same_file(output, write_baseline):
        raise click.UsageError("--output and --write-baseline name one file: the baseline would overwrite the report")
    fmt = default_format(fmt, output, formats_for("check"))
    refuse_stdin_filename(paths, stdin_filename)
    sources = source_lookup(paths, source_path, sources_dir)
    settings = resolve_settings(**options, min_severity=min_severity, exclude=list(exclude),
                                baseline=baseline_path)
    policy = build_policy(settings, None if write_baseline else settings["baseline"])
    results, hidden, keys, errors, inputs = [], [], [], [], []

    def check_batch(batch):
        """Check the documents of ``batch`` (``(path, doc, problem)`` in input order) together
        (``Policy.check_many``) and file each result or error in input order, as one by one."""
        todo, sourced = [], {}
        for k, (path, doc, problem) in enumerate(batch):
            if problem:
                continue
            try:
                sourced[k] = use_source(doc, sources(path), max_bytes) if sources is not None else []
            except Exception as exc:  # a bug: listed for this file (exit 3), the other files go on
                sourced[k] = exc
                continue
            todo.append(k)
        checked = dict(zip(todo, policy.check_many(
            [(batch[k][1], (stdin_filename or "<stdin>") if batch[k][0] == "-" else batch[k][0]) for k in todo])))
        for k, (path, doc, problem) in enumerate(batch):
            if problem:
                errors.append({"path": display_path(path if path != "-" else stdin_filename or "<stdin>"),
                               "reason": problem})
                continue
            real_path = (stdin_filename or "<stdin>") if path == "-" else path
            outcome = checked.get(k, sourced[k])
            try:
                if isinstance(outcome, Exception):
                    raise outcome
                result, dropped = outcome
                if with_references and path != "-":
                    result.references = reference_scores(doc)
                if sources is not None:
                    attach_source(result, sourced[k])
            except Exception as exc:  # a bug: listed for this file (exit 3), the other files go on
                if os.environ.get("MTAUDIT_DEBUG") == "1":
                    raise
                errors.append({"path": doc.path, "reason": internal_error_reason(exc)})
                continue
            results.append(result)
            hidden.append(dropped)
            keys.append(policy.key(real_path))

    batch, size = [], 0
    for path, doc, problem in _documents(paths, settings, stdin_filename, max_bytes):
        inputs.append(path)
        batch.append((path, doc, problem))
        size += len(doc.text) if doc is not None else 0
        if len(batch) >= BATCH_DOCS or size >= BATCH_CHARS:
            check_batch(batch)
            settle_checked_objects()
            batch, size = [], 0
    check_batch(batch)
    settle_checked_objects()
    if not inputs:
        warn_nothing_found(paths)
    report = build_report(results, policy.catalog, errors, min_severity=Severity.parse(settings["min-severity"]),
                          fail_on=settings["fail-on"], hidden=hidden)
    texts = {r.document.path: r.document.text for r in results} if fmt in ("html", "text") else None
    if texts is not None and sources is not None:
        texts.update(source_texts(results))  # the HTML view shows the source beside the translation
    emit(render_report(fmt, report, catalog=policy.catalog, texts=texts,
                       colour=fmt == "text" and colour_wanted(output)), output, inputs)
    for e in errors:
        warn(f"{e['path']}: {e['reason']}")
    warn_empty_documents([r.document.path for r in results if r.document.words == 0])
    warn_misnamed_baseline(policy, keys)
    warn_no_source_found(sources, sources_dir)
    if write_baseline:
        data = baseline_data(zip(keys, ([f.to_dict() for f in r.findings] for r in results)))
        emit(yamlio.dump(data), write_baseline, inputs)
        warn(f"wrote {count(len(data['findings']), 'baseline entry', 'baseline entries')} "
             f"({count(sum(e['count'] for e in data['findings']), 'finding')}) to {write_baseline}")
        finish(gate([], errors, "never")["exit_code"])  # 3 for a bug, 2 for an input error, else 0
    finish(report["summary"]["gate"]["exit_code"])


# ``check`` reads this many documents (or characters) ahead and checks them together, one
# rule over all of them before the next (``engine.check_documents``): the same findings, a
# quarter less time than document by document, and no more memory than a batch needs.
BATCH_DOCS = 32
BATCH_CHARS = 250_000


def _documents(paths, settings, stdin_filename, max_bytes):
    """``(path, document or None, problem)`` for every input; '-' is standard input."""
    seen = set()  # a file named twice is checked once
    for given in paths:
        if given == "-":
            if "-" in seen:  # standard input is read once; a second read would be empty
                continue
            seen.add("-")
            doc, problem = read_stdin(max_bytes, display_path(stdin_filename or "<stdin>"))
            yield "-", doc, problem
            continue
        for path, problem in iter_inputs([given], seen):
            if excluded(settings, path):
                continue
            if problem:
                yield path, None, problem
                continue
            try:
                doc = load_document(path, max_bytes=max_bytes)
            except InputError as exc:
                yield path, None, str(exc)
                continue
            doc.path = display_path(path)
            yield path, doc, ""


@main.command("config")
@settings_options
@click.option("--min-severity", type=click.Choice(SEVERITIES), default=None)
@click.option("--exclude", multiple=True, metavar="GLOB")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "yaml", "json"]), default="text", show_default=True)
def config_cmd(min_severity, exclude, baseline_path, fmt, **options):
    """Print the resolved settings and where each came from (default, the config file, the
    command line). Takes the same settings flags as `check`, so it shows what a run would use."""
    settings = resolve_settings(**options, min_severity=min_severity, exclude=list(exclude),
                                baseline=baseline_path)
    full = full_catalog(settings)
    catalog = selected_catalog(settings, full)
    total = len(full.rules)
    data = settings.as_dict()
    data["rules_file"] = catalog.path
    data["selected_rules"] = [r.id for r in catalog.rules]
    if fmt == "yaml":
        click.echo(yamlio.dump(data), nl=False)
        return
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"config file: {settings.config_path or 'none found (searched from the working directory upward)'}")
    click.echo(f"globs relative to: {settings.base_dir}")
    width = max(len(k) for k in data["settings"])
    for key, item in data["settings"].items():
        value = item["value"]
        if key == "rules" and value is None:
            value = f"{catalog.path} (bundled)"
        if key == "score-threshold" and value is None:
            value = f"{catalog.scoring.threshold:g} (the rules file's scoring.threshold)"
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else (
            "-" if value is None else str(value))
        click.echo(f"{key:<{width}}  {shown}  [{item['source']}]")
    click.echo(f"selected rules: {len(catalog.rules)} of {total}")


@main.command("rules")
@click.option("--rules", "rules_path", type=click.Path(), help="Rules file (default: the bundled catalog).")
@click.option("--explain", metavar="ID", help="Print one rule's description and examples.")
@click.option("--check", "check_path", type=click.Path(), metavar="FILE",
              help="Validate a rules file and run every rule's examples.")
def rules_cmd(rules_path, explain, check_path):
    """List the rules of a catalog (id, type, severity, category and the first sentence of the
    description, cut with "…" past 160 characters), explain one, or validate a rules file."""
    if check_path:
        catalog = load_catalog(check_path)
        problems = [p for rule in catalog.rules for p in example_failures(rule, catalog)]
        for p in problems:
            click.echo(f"{check_path}: {p}", err=True)
        if problems:
            raise click.ClickException(f"{check_path}: " + ("1 example contradicts its rule" if len(problems) == 1
                                                             else f"{len(problems)} examples contradict their rules"))
        n = sum(len(r.examples["flag"]) + len(r.examples["pass"]) for r in catalog.rules)
        click.echo(f"{check_path}: {count(len(catalog.rules), 'rule')} valid, {count(n, 'example')} pass"
                   if n != 1 else f"{check_path}: {count(len(catalog.rules), 'rule')} valid, 1 example passes")
        return
    catalog = load_catalog(rules_path)
    if explain:
        try:
            rule = catalog.get(explain)
        except KeyError:
            raise click.ClickException(f"no rule with id {explain!r} in {catalog.path}"
                                       + _did_you_mean(explain, [r.id for r in catalog.rules])) from None
        safe = ", fix: safe" if rule.safe_fix else ""
        click.echo(f"{rule.id}  ({rule.type}, {rule.category}, {rule.severity.label}{safe})\n")
        if rule.gate is not None:
            click.echo(f"Gated: reports only in a document that already shows other signs of machine "
                       f"translation ({rule.gate.describe()}).\n")
        click.echo(rule.description + "\n")
        click.echo("Flagged:")
        for ex in rule.examples["flag"]:
            click.echo(f"  - {ex.text}")
            if ex.source is not None:
                click.echo(f"    source: {ex.source}")
            if ex.span is not None:
                click.echo(f"    span: \"{ex.span}\"")
            if ex.has_fix:
                click.echo(f"    fix:  \"{ex.fix}\"" if ex.fix is not None else "    fix:  (no suggestion)")
        click.echo("Not flagged:")
        for ex in rule.examples["pass"]:
            click.echo(f"  - {ex.text}")
            if ex.source is not None:
                click.echo(f"    source: {ex.source}")
        if any(ex.span is not None or ex.has_fix for ex in rule.examples["flag"]):
            click.echo("\n(span: the exact text the rule flags, in quotes; fix: the whole text after its suggestions)")
        return
    width = max(len(r.id) for r in catalog.rules) if catalog.rules else 10
    for rule in catalog.rules:
        click.echo(f"{rule.id:<{width}}  {rule.type:<14} {rule.severity.label:<8} {rule.category:<28} "
                   f"{first_sentence(rule.description)}")
    click.echo(f"{count(len(catalog.rules), 'rule')}; `mtaudit rules --explain ID` prints a rule's whole description "
               f"and its examples.", err=True)


def _did_you_mean(given: str, ids) -> str:
    """"; did you mean ..." with the ids that start with ``given`` or are spelt close to it."""
    import difflib

    found = [i for i in ids if i.startswith(given)] or difflib.get_close_matches(given, ids, n=3, cutoff=0.6)
    if len(found) > 4:
        return f"; {len(found)} rules start with {given!r} (`mtaudit rules` lists them)"
    if not found:
        return "; `mtaudit rules` lists them"
    return "; did you mean " + ", ".join(found[:-1]) + (" or " if len(found) > 1 else "") + found[-1] + "?"
