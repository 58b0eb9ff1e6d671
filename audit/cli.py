"""Command line: parses options, calls the library, renders, and exits with the report's code.

Heavy modules (the embedding model) are imported inside the commands that need them, so
``mtaudit check`` starts fast.
"""
from __future__ import annotations

import os
import sys
from typing import List, Optional

import click

from . import __version__
from .document import DEFAULT_MAX_BYTES, InputError, load_document
from .engine import check_document, example_failures
from .references import reference_scores
from .cli_options import BYTES
from .fileio import display_path, iter_inputs, same_file, write_atomic
from .findings import Severity
from .reporters import REPORTERS
from .report import ExitCode, build_report, exit_code, internal_error_reason
from .rules import RuleError, load_rules

SEVERITIES = [s.label for s in Severity]
FAIL_ON = ["minor", "major", "critical", "never"]


def _catalog(path: Optional[str]):
    try:
        return load_rules(path)
    except RuleError as exc:
        raise click.ClickException(str(exc)) from None


def _emit(text: str, output: Optional[str], inputs: List[str] = ()) -> None:
    if output == "":
        raise click.UsageError("--output: empty file name (write '-' for standard output)")
    if output and output != "-":
        for path in inputs:
            if same_file(output, path):
                raise click.ClickException(f"--output {output} is one of the inputs; refusing to overwrite it")
        try:
            write_atomic(output, text)
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    else:
        click.echo(text, nl=False)


class _Group(click.Group):
    def main(self, *args, **kwargs):
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
        except Exception as exc:  # a bug of ours: one line and exit 3, never a traceback and never 1
            if os.environ.get("MTAUDIT_DEBUG") == "1":
                raise
            args = kwargs.get("args", args[0] if args else sys.argv[1:])
            click.echo(internal_error_line(args, exc), err=True)
            sys.exit(ExitCode.INTERNAL)


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
@click.option("--rules", "rules_path", type=click.Path(), help="Rules file (default: the bundled catalog).")
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="yaml", show_default=True)
@click.option("--output", "-o", type=click.Path(), help="Write the report here (atomically) instead of stdout.")
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="info", show_default=True,
              help="Leave out findings below this severity.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="major", show_default=True,
              help="Exit 1 when a finding at or above this severity remains.")
@click.option("--max-bytes", type=BYTES, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this (0: no limit).")
@click.option("--references/--no-references", "with_references", default=True, show_default=True,
              help="Score documents that have a reference translation in references/ (BLEU, chrF, TER).")
def check(paths, rules_path, fmt, output, min_severity, fail_on, max_bytes, with_references):
    """Check files or directories (*.txt, *.md) and print a report.

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, input
    or rules error (an unreadable file is listed under `errors` and the others are checked).
    """
    catalog = _catalog(rules_path)
    results, errors, inputs = [], [], []
    for path, problem in iter_inputs(paths):
        inputs.append(path)
        if problem:
            errors.append({"path": display_path(path), "reason": problem})
            continue
        try:
            doc = load_document(path, max_bytes=max_bytes)
        except InputError as exc:
            errors.append({"path": display_path(path), "reason": str(exc)})
            continue
        doc.path = display_path(path)
        try:
            result = check_document(doc, catalog, Severity.parse(min_severity))
            if with_references:
                result.references = reference_scores(doc)
        except Exception as exc:  # a bug: listed for this file (exit 3), the other files go on
            if os.environ.get("MTAUDIT_DEBUG") == "1":
                raise
            errors.append({"path": display_path(path), "reason": internal_error_reason(exc)})
            continue
        results.append(result)
    report = build_report(results, catalog, errors)
    _emit(REPORTERS[fmt](report), output, inputs)
    for e in errors:
        click.echo(f"mtaudit: {e['path']}: {e['reason']}", err=True)
    sys.exit(exit_code(report["errors"], report["summary"]["by_severity"],
                       None if fail_on == "never" else Severity.parse(fail_on)))


@main.command("rules")
@click.option("--rules", "rules_path", type=click.Path(), help="Rules file (default: the bundled catalog).")
@click.option("--explain", metavar="ID", help="Print one rule's description and examples.")
@click.option("--check", "check_path", type=click.Path(), metavar="FILE",
              help="Validate a rules file and run every rule's examples.")
def rules_cmd(rules_path, explain, check_path):
    """List the rules of a catalog, explain one, or validate a rules file."""
    if check_path:
        catalog = _catalog(check_path)
        problems = [p for rule in catalog.rules for p in example_failures(rule)]
        for p in problems:
            click.echo(f"{check_path}: {p}", err=True)
        if problems:
            raise click.ClickException(f"{check_path}: {len(problems)} example(s) contradict their rule")
        n = sum(len(r.examples["flag"]) + len(r.examples["pass"]) for r in catalog.rules)
        click.echo(f"{check_path}: {len(catalog.rules)} rules valid, {n} examples pass")
        return
    catalog = _catalog(rules_path)
    if explain:
        try:
            rule = catalog.get(explain)
        except KeyError:
            raise click.ClickException(f"no rule with id {explain!r} in {catalog.path}") from None
        click.echo(f"{rule.id}  ({rule.type}, {rule.category}, {rule.severity.label})\n")
        click.echo(rule.description + "\n")
        click.echo("Flagged:")
        for ex in rule.examples["flag"]:
            click.echo(f"  - {ex}")
        click.echo("Not flagged:")
        for ex in rule.examples["pass"]:
            click.echo(f"  - {ex}")
        return
    width = max(len(r.id) for r in catalog.rules) if catalog.rules else 10
    for rule in catalog.rules:
        summary = rule.description.split("\n")[0]
        click.echo(f"{rule.id:<{width}}  {rule.type:<14} {rule.severity.label:<8} {rule.category:<28} {summary}")


# Commands that live in their own modules, each a thin layer like the ones above. They import
# their heavy dependencies (numpy, torch, sentence-transformers, dask) only when they run.
from .cli_audit import command as _audit_command  # noqa: E402
from .cli_compare import command as _compare_command  # noqa: E402
from .cli_score import command as _score_command  # noqa: E402

for _command in (_compare_command, _score_command, _audit_command):
    main.add_command(_command)
