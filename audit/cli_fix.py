"""``mtaudit fix PATH...``: apply the suggestions of rules marked ``fix: safe``.

A thin layer over ``audit.fixes`` (the pure core): it reads each document, lets
``fix_text`` apply fixes pass by pass with the same rule selection, config file and baseline
as ``check``, and prints a unified diff (``--diff``, the default) or replaces the file
(``--write``: a temporary file beside it, then a rename; the file keeps its mode and its
encoding). Exit codes as ``check``, decided on the text after the fixes.
"""
from __future__ import annotations

import difflib
import os
import sys

import click

from .cli_common import (build_policy, read_stdin, excluded, finish, refuse_stdin_filename, resolve_settings,
                         settings_options, warn, warn_nothing_found)
from .cli_options import BYTES
from .document import DEFAULT_MAX_BYTES, Document, InputError, load_document
from .fileio import display_path, iter_inputs, replace_bytes_atomic
from .fixes import fix_text, safe_rules
from .report import build_report
from .wording import count


@click.command("fix")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@settings_options
@click.option("--diff", "mode", flag_value="diff", default=True, help="Print a unified diff of the fixes (default).")
@click.option("--write", "mode", flag_value="write", help="Apply the fixes to the files (atomically).")
@click.option("--unsafe-fixes", is_flag=True,
              help="Also apply suggestions of rules not marked 'fix: safe' in the rules file.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching GLOB (repeatable).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Leave findings of this baseline file alone.")
@click.option("--max-bytes", type=BYTES, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this (0: no limit).")
@click.option("--stdin-filename", metavar="NAME",
              help="With PATH '-': the name to report standard input under (and to pick per-path settings by).")
def command(paths, mode, unsafe_fixes, exclude, baseline_path, max_bytes, stdin_filename, **options):
    """Fix what is safe to fix in files or directories (*.txt, *.md).

    Applies the suggestions of rules marked `fix: safe` (punctuation, spacing, dates, glossary
    forms, computed number conversions; every rule with a suggestion with --unsafe-fixes).
    Fixes never overlap; the fixed text is checked again and a fix that would draw a new
    finding is left out; a second run changes nothing.

    PATH '-' reads standard input: --diff prints the diff, --write prints the fixed text.

    Exit codes as for `mtaudit check`, on the fixed text: 3 when a document met a bug in
    mtaudit (an internal error); else 2 an input, rules, config or usage error; else 1 when a
    document still fails --fail-on; else 0.
    """
    refuse_stdin_filename(paths, stdin_filename)
    settings = resolve_settings(**options, exclude=list(exclude), baseline=baseline_path)
    policy = build_policy(settings, settings["baseline"])
    allowed = None if unsafe_fixes else safe_rules(policy.catalog)
    results, errors, changed, n_applied = [], [], 0, 0
    for path, shown, doc, problem in _inputs(paths, settings, stdin_filename, max_bytes):
        if problem:
            errors.append({"path": shown, "reason": problem})
            continue
        real_path = (stdin_filename or "<stdin>") if path == "-" else path  # per-path settings and baseline

        def check(text):
            return policy.check(Document.from_text(text, shown), real_path)[0].findings

        fixed = fix_text(doc.text, check, allowed)
        if mode == "write" and path == "-":  # standard input: the fixed text goes to standard output
            click.echo(fixed.text, nl=False)
        elif mode == "write" and fixed.changed:
            try:
                # through a symlink, the file it points at is replaced, not the link
                replace_bytes_atomic(os.path.realpath(path), fixed.text.encode(doc.encoding))
            except UnicodeEncodeError as exc:
                errors.append({"path": shown, "reason": f"a fix cannot be written in {doc.encoding}: {exc.reason}"})
                continue
            except OSError as exc:
                errors.append({"path": shown, "reason": f"cannot write: {exc.strerror or exc}"})
                continue
        elif fixed.changed:
            _print_diff(doc.text, fixed.text, shown)
        changed += fixed.changed
        n_applied += len(fixed.applied)
        result, _ = policy.check(Document.from_text(fixed.text, shown), real_path)
        results.append(result)
    report = build_report(results, policy.catalog, errors, fail_on=settings["fail-on"])
    if not results and not errors:
        warn_nothing_found(paths, "fixed")
    for e in errors:
        warn(f"{e['path']}: {e['reason']}")
    verb = "fixed" if mode == "write" else "would fix"
    left = report["summary"]["findings"]
    warn(f"{verb} {count(n_applied, 'finding')} in {changed} of {count(len(results), 'file')}; "
         f"{count(left, 'finding')} left")
    finish(report["summary"]["gate"]["exit_code"])


def _inputs(paths, settings, stdin_filename, max_bytes):
    """``(path, shown name, document or None, problem)`` for every input; '-' is standard input."""
    seen = set()  # a file named twice is fixed once
    for given in paths:
        if given == "-":
            if "-" in seen:  # standard input is read once; a second read would be empty
                continue
            seen.add("-")
            shown = display_path(stdin_filename or "<stdin>")
            yield ("-", shown, *read_stdin(max_bytes, shown))
            continue
        for path, problem in iter_inputs([given], seen):
            if excluded(settings, path):
                continue
            shown = display_path(path)
            if problem:
                yield path, shown, None, problem
                continue
            try:
                yield path, shown, load_document(path, max_bytes=max_bytes), ""
            except InputError as exc:
                yield path, shown, None, str(exc)


def _print_diff(before: str, after: str, shown: str) -> None:
    diff = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                fromfile=_label("a", shown), tofile=_label("b", shown))
    for line in diff:
        click.echo(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n", nl=False)


def _label(side: str, path: str) -> str:
    """Diff header path: ``a/rel/path`` as git writes it; an absolute path as it is."""
    return path if path.startswith("/") else f"{side}/{path}"
