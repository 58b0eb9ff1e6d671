"""Helpers every command shares: loading the rule catalog, reading documents, writing the
rendered report, exit codes. Commands import from here, never from one another, so import
arrows point down (cli.py and cli_*.py -> cli_common.py -> the library)."""
from __future__ import annotations

import sys
from typing import Iterable, Optional

import click

from .document import DEFAULT_MAX_BYTES, Document, InputError, load_document
from .fileio import display_path, same_file, write_atomic
from .reporters import UnsupportedFormat, render
from .rules import Catalog, RuleError, load_rules


def load_catalog(path: Optional[str]) -> Catalog:
    """The rule catalog at ``path`` (default: the bundled one); a bad file is one line, exit 2."""
    try:
        return load_rules(path)
    except RuleError as exc:
        raise click.ClickException(str(exc)) from None


def load_input(path: str, max_bytes: Optional[int] = DEFAULT_MAX_BYTES) -> Document:
    """One document for commands that need it whole (compare, score); a failure is fatal."""
    try:
        doc = load_document(path, max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    except InputError as exc:
        raise click.ClickException(f"{display_path(path)}: {exc}") from None
    doc.path = display_path(path)
    return doc


def render_report(fmt: str, report: dict, **options) -> str:
    """Render through the one reporter registry (``audit.reporters``)."""
    try:
        return render(fmt, report, **options)
    except UnsupportedFormat as exc:
        raise click.UsageError(str(exc)) from None


def emit(text: str, output: Optional[str], inputs: Iterable[str] = ()) -> None:
    """Write ``text`` to ``output`` atomically (refusing to overwrite an input), or to stdout."""
    if output and output != "-":
        for path in inputs:
            if path != "-" and same_file(output, path):
                raise click.ClickException(f"--output {output} is one of the inputs; refusing to overwrite it")
        try:
            write_atomic(output, text)
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    else:
        click.echo(text, nl=False)


def warn(message: str) -> None:
    click.echo(f"mtaudit: {message}", err=True)


def finish(code: int) -> None:
    """End the command with ``code`` (the report's exit code)."""
    sys.exit(int(code))
