"""Helpers every command shares: loading the rule catalog, reading documents, writing the
rendered report, exit codes. Commands import from here, never from one another, so import
arrows point down (cli.py and cli_*.py -> cli_common.py -> the library)."""
from __future__ import annotations

import gc
import os
import sys
from typing import Iterable, List, Optional

import click

from .baseline import Baseline, BaselineError
from .cli_options import FiniteFloat
from .config import FAIL_ON, ConfigError, Resolved, glob_match, resolve
from .document import DEFAULT_MAX_BYTES, Document, InputError, load_document, read_limited
from .fileio import display_path, same_file, write_atomic
from .policy import Policy, apply_selection, check_path_ignores, with_glossary
from .reporters import UnsupportedFormat, render
from .rules import Catalog, RuleError, load_rules
from .selection import SelectionError
from .wording import count


def load_catalog(path: Optional[str]) -> Catalog:
    """The rule catalog at ``path`` (default: the bundled one); a bad file is one line, exit 2."""
    try:
        return load_rules(path)
    except RuleError as exc:
        raise click.ClickException(str(exc)) from None


def load_inputs(paths, max_bytes: Optional[int] = DEFAULT_MAX_BYTES) -> List[Document]:
    """The documents of commands that need each whole (compare, score), in order; a failure is
    fatal. '-' reads standard input, shown as <stdin>; it can be named once (a second read
    would be empty)."""
    if list(paths).count("-") > 1:
        raise click.ClickException("-: standard input is read once; name a file for the other")
    return [_load_input(path, DEFAULT_MAX_BYTES if max_bytes is None else max_bytes) for path in paths]


def load_input(path: str, max_bytes: Optional[int] = DEFAULT_MAX_BYTES) -> Document:
    """One document for commands that need it whole; see ``load_inputs``."""
    return load_inputs([path], max_bytes)[0]


def read_stdin(max_bytes: Optional[int], shown: str):
    """``(document, "")`` from standard input, or ``(None, problem)``: over ``max_bytes`` (0 or
    None: no limit), or bytes that are no text. ``shown``: the document's path in reports."""
    data = read_limited(sys.stdin.buffer, max_bytes or 0)
    if max_bytes and len(data) > max_bytes:
        return None, f"standard input is over the --max-bytes limit of {max_bytes}"
    try:
        return Document.from_bytes(data, path=shown), ""
    except InputError as exc:
        return None, str(exc)


def _load_input(path: str, limit: int) -> Document:
    if path == "-":
        doc, problem = read_stdin(limit, "<stdin>")
        if problem:
            raise click.ClickException(f"-: {problem}")
        return doc
    try:
        doc = load_document(path, max_bytes=limit)
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


def refuse_empty_output(output: Optional[str], option: str = "--output") -> None:
    """``-o ''`` is a usage error, not standard output; commands call this before any work.
    ``option``: the option that named it (``--write-baseline`` too)."""
    if output == "":
        raise click.UsageError(f"{option}: empty file name (write '-' for standard output)")


def refuse_unwritable_output(output: Optional[str], option: str = "--output") -> None:
    """Before any work: an output file that cannot be written (a folder by that name, a file
    in the way of its folder, a folder without write permission or on a read-only file system)
    is one line and exit 2 now, not after the whole run has been done for nothing. Folders
    that do not exist yet are made when the report is written."""
    refuse_empty_output(output, option)
    if not output or output == "-":
        return
    shown = display_path(output)
    path = os.path.abspath(output)
    if os.path.isdir(path) or output.endswith(("/", os.sep)):  # `-o reports/`: a folder, made or not
        raise click.ClickException(f"cannot write {shown}: {option} names a folder; name a file in it")
    if os.path.exists(path) and not os.path.isfile(path):
        return  # /dev/null, a FIFO: written in place
    folder = os.path.dirname(path)
    while not os.path.exists(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    if not os.path.isdir(folder):
        raise click.ClickException(f"cannot write {shown}: Not a directory: {display_path(folder)}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise click.ClickException(f"cannot write {shown}: {display_path(folder)} is not writable")


def refuse_stdin_filename(paths, stdin_filename: Optional[str]) -> None:
    """``--stdin-filename`` names standard input only: without a PATH of ``-`` it would be
    ignored in silence (and the per-path settings it was meant to pick would not apply)."""
    if stdin_filename is not None and "-" not in paths:
        raise click.UsageError("--stdin-filename names standard input: give '-' as the PATH to read it")


def to_terminal(output: Optional[str]) -> bool:
    """Whether the report goes to standard output and that is a terminal."""
    if output and output != "-":
        return False
    stream = sys.stdout
    return bool(getattr(stream, "isatty", None)) and stream.isatty()


def colour_wanted(output: Optional[str]) -> bool:
    """ANSI colour for a terminal only: not into a file or a pipe, and never with NO_COLOR set
    to anything non-empty (https://no-color.org)."""
    return to_terminal(output) and not os.environ.get("NO_COLOR")


# The format an --output file's name implies when --format is not given (``report.html`` is
# HTML, ``report.sarif`` SARIF). Other names (``report``, ``/dev/null``, ``-``) imply none.
FORMAT_BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".yaml": "yaml", ".yml": "yaml",
                    ".sarif": "sarif", ".sarif.json": "sarif", ".txt": "text"}
# Formats a suffix also holds when --format names them: SARIF is JSON, annotations are text.
SUFFIX_ALSO_HOLDS = {"json": ("sarif",), "text": ("github",)}


def format_help(formats: Iterable[str], fallback: Optional[str] = None) -> str:
    """The --help of --format for a command that writes ``formats`` and has -o: what wins, and
    the default (``default_format``)."""
    formats = list(formats)
    suffixes = ", ".join(s for s, f in FORMAT_BY_SUFFIX.items() if f in formats and s not in (".htm", ".sarif.json"))
    otherwise = fallback or "text on a terminal, yaml into a file or a pipe"
    return (f"Report format; wins over -o's extension.  [default: the one -o's extension names ({suffixes}); "
            f"else {otherwise}]")


def suffix_format(output: Optional[str]) -> Optional[str]:
    """The format the name of ``output`` implies (``FORMAT_BY_SUFFIX``), or None."""
    if not output or output == "-":
        return None
    name = os.path.basename(output).lower()
    for suffix in sorted(FORMAT_BY_SUFFIX, key=len, reverse=True):  # .sarif.json before .json
        if name.endswith(suffix) and len(name) > len(suffix):
            return FORMAT_BY_SUFFIX[suffix]
    return None


def default_format(fmt: Optional[str], output: Optional[str], formats: Optional[Iterable[str]] = None,
                   fallback: Optional[str] = None) -> str:
    """``--format`` when given (it wins over the name of --output; a warning when that name
    says another format); else the format --output's extension names (a usage error when the
    command has no such view: ``formats``); else ``fallback`` when given, else text for a
    person at a terminal and YAML (data that scripts and CI read) into files and pipes."""
    implied = suffix_format(output)
    if fmt:
        if implied and implied != fmt and fmt not in SUFFIX_ALSO_HOLDS.get(implied, ()):
            warn(f"warning: --format {fmt} writes {fmt} into {display_path(output)}, whose extension "
                 f"says {implied} (--format wins over the extension)")
        return fmt
    if implied:
        if formats is not None and implied not in formats:
            raise click.UsageError(f"--output {display_path(output)}: its extension says {implied}, which this "
                                   f"command does not write; name the format with --format "
                                   f"(one of: {', '.join(formats)})")
        return implied
    if fallback:
        return fallback
    return "text" if to_terminal(output) else "yaml"


def emit(text: str, output: Optional[str], inputs: Iterable[str] = ()) -> None:
    """Write ``text`` to ``output`` atomically (refusing to overwrite an input), or to stdout.
    An empty name is a usage error, not standard output."""
    refuse_empty_output(output)
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


def settle_checked_objects() -> None:
    """Called by a command that checks documents batch after batch, after each batch: what is
    alive then (the catalog, the dictionary tables, the caches, the results so far) is moved
    out of the cyclic garbage collector's reach (``gc.freeze``), so that its collections, which
    run every few hundred allocations, go over the new objects only instead of over the
    hundreds of thousands of table entries and findings again and again. It stays so when the
    command ends: the process ends with it, and the collection Python runs at exit skips them
    too (with the collections during the run, about a seventh of a check's time). Garbage
    cycles made in a batch are still collected while it runs. When the command runs inside a
    process that goes on (Click's test runner), ``cli.main`` hands the objects back at its end."""
    gc.freeze()


def settle_loaded_tables() -> None:
    """``diskcache.after_table`` while a command runs: each large table (the dictionary tables,
    the catalog, the lemma table), once read or built, is moved out of the cyclic garbage
    collector's reach with everything else alive then, as after each batch
    (``settle_checked_objects``). Otherwise the collections of the first batch walk its
    hundreds of thousands of entries again and again (a tenth of a warm check of one document,
    more of a cold one). ``cli.main`` sets it for a command and, when called by a caller that
    goes on, unsets it and hands the objects back at the end."""
    gc.freeze()


def warn(message: str) -> None:
    click.echo(f"mtaudit: {message}", err=True)


def warn_empty_documents(paths, shown: int = 3) -> None:
    """One line naming the documents (``paths``) that hold no words: each passes (nothing to
    flag), which a CI job gating new translations or an archive audit would otherwise take for
    a clean translation. At most ``shown`` are named."""
    paths = list(paths)
    if not paths:
        return
    names = ", ".join(paths[:shown]) + (f" and {len(paths) - shown} more" if len(paths) > shown else "")
    warn(f"warning: {count(len(paths), 'empty document')} (no words; nothing was checked): {names}")


def warn_nothing_found(paths, what: str = "checked") -> None:
    """Say that PATHS held no document: a CI job pointed at the wrong folder (or one whose
    --exclude takes everything) would otherwise pass in silence with 0 documents."""
    shown = ", ".join(display_path(p) for p in paths)
    warn(f"no *.txt or *.md file under {shown} (after --exclude and the config's exclude); nothing {what}")


def finish(code: int) -> None:
    """End the command with ``code`` (the report's exit code)."""
    sys.exit(int(code))


# ----------------------------------------------------------------------------- settings
FAIL_ON_HELP = ("Exit 1 when a document has a finding at or above this severity, or (verdict) "
                "when its score verdict is fail; never: only errors exit non-zero.  [default: major]")


def _tokens(ctx, param, values):
    """Repeatable, comma-separated lists: --select a,b --select c."""
    out = [t.strip() for v in values for t in v.split(",") if t.strip()]
    return out or None


def settings_options(func):
    """The options every checking command shares: config file, rules, selection, fail-on."""
    options = [
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Config file (default: mtaudit.yaml, .mtaudit.yaml or [tool.mtaudit] in "
                          "pyproject.toml, searched from the working directory upward)."),
        click.option("--isolated", is_flag=True, help="Ignore every config file."),
        click.option("--rules", "rules_path", type=click.Path(dir_okay=False),
                     help="Rules file (default: the bundled catalog)."),
        click.option("--glossary", "glossary_path", type=click.Path(dir_okay=False),
                     help="Glossary file for the glossary rules (default: each rule's own)."),
        click.option("--select", multiple=True, callback=_tokens, metavar="IDS",
                     help="Run only these rules: ids, categories (fluency/punctuation) or id prefixes, "
                          "comma-separated. Replaces the config's select."),
        click.option("--extend-select", multiple=True, callback=_tokens, metavar="IDS",
                     help="Add rules to the selection (ids, categories or prefixes)."),
        click.option("--ignore", multiple=True, callback=_tokens, metavar="IDS",
                     help="Turn rules off (ids, categories or prefixes); adds to the config's ignore."),
        click.option("--fail-on", type=click.Choice(FAIL_ON), default=None, help=FAIL_ON_HELP),
        click.option("--score-threshold", type=FiniteFloat(min=0), default=None, metavar="N",
                     help="Score verdict fail above this penalty per 100 words (per 1000 where the rules "
                          "file's scoring counts so); what --fail-on verdict gates on.  "
                          "[default: the rules file's scoring.threshold]"),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def resolve_settings(config_path=None, isolated=False, rules_path=None, glossary_path=None, select=None,
                     extend_select=None, ignore=None, fail_on=None, score_threshold=None, **cli) -> Resolved:
    """Defaults < config file < command line (see ``audit.config``); errors are usage errors."""
    flags = {"rules": rules_path, "glossary": glossary_path, "select": select,
             "extend-select": extend_select, "ignore": ignore, "fail-on": fail_on,
             "score-threshold": score_threshold}
    flags.update({k.replace("_", "-"): v for k, v in cli.items()})
    try:
        return resolve(flags, config_path=config_path, use_config=not isolated)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None


def full_catalog(settings: Resolved) -> Catalog:
    """The catalog of ``settings`` before selection: loaded, its glossary swapped."""
    catalog = load_catalog(settings["rules"])
    try:
        return with_glossary(catalog, settings["glossary"])
    except SelectionError as exc:
        raise click.UsageError(str(exc)) from None


def selected_catalog(settings: Resolved, full: Optional[Catalog] = None) -> Catalog:
    """The catalog of ``settings`` with its rules selected, severities and score threshold
    overridden."""
    full = full or full_catalog(settings)
    try:
        check_path_ignores(settings["per-path-ignores"], full)
        return apply_selection(full, settings.values)
    except SelectionError as exc:
        raise click.UsageError(str(exc)) from None


def build_policy(settings: Resolved, baseline_path: Optional[str] = None) -> Policy:
    baseline = None
    if baseline_path:
        try:
            baseline = Baseline.load(baseline_path)
        except BaselineError as exc:
            raise click.UsageError(str(exc)) from None
    full = full_catalog(settings)
    return Policy(selected_catalog(settings, full), settings["per-path-ignores"], settings.base_dir, baseline,
                  full.rules)


def excluded(settings: Resolved, path: str) -> bool:
    return bool(settings["exclude"]) and glob_match(settings["exclude"], path, settings.base_dir)


# ----------------------------------------------------------------------------- bilingual mode
def source_lookup(paths, source_path: Optional[str], sources_dir: Optional[str]):
    """``path -> source file or None`` for ``--source``/``--sources``; None when neither is given
    (then nothing of bilingual mode runs). Bad combinations are usage errors."""
    import os

    if source_path and sources_dir:
        raise click.UsageError("--source and --sources exclude each other")
    if source_path:
        if len(paths) != 1 or os.path.isdir(paths[0]):
            raise click.UsageError("--source names the source of one document; use --sources DIR for several")
        if not os.path.isfile(source_path):
            raise click.UsageError(f"--source {source_path}: no such file")
        return lambda path: source_path
    if sources_dir:
        if not os.path.isdir(sources_dir):
            reason = "not a directory" if os.path.exists(sources_dir) else "no such directory"
            raise click.UsageError(f"--sources {sources_dir}: {reason}")
        from .bilingual.source import source_for

        roots = [p if os.path.isdir(p) else os.path.dirname(p) or "." for p in paths if p != "-"]

        def lookup(path):
            for root in roots:
                found = source_for(path, root, sources_dir)
                if found:
                    lookup.found += 1
                    return found
            if lookup.missed is None and roots:  # where the first document without one would have it
                rel = os.path.relpath(os.path.abspath(path), os.path.abspath(roots[0]))
                lookup.missed = (path, os.path.join(sources_dir, os.path.basename(path) if rel.startswith("..")
                                                    else rel))
            return None
        lookup.found, lookup.missed = 0, None
        return lookup
    return None


def warn_no_source_found(sources, sources_dir: Optional[str]) -> None:
    """``--sources DIR`` under which no checked document found its source: say where the first
    one was looked for (the path below the folder named on the command line), since a file
    named alone has its own folder as root and DIR/<briefing>/ is then not looked at."""
    if not sources_dir or sources is None or sources.found or sources.missed is None:
        return
    path, expected = sources.missed
    warn(f"warning: --sources {sources_dir}: no document has a source there ({path} would have {expected}); "
         f"checked without sources")


def use_source(doc, source_path: Optional[str], max_bytes: int = DEFAULT_MAX_BYTES) -> list:
    """Give ``doc`` its source before the catalog runs, so its bilingual rules find what needs it;
    the warnings for the report (bilingual mode is imported only here)."""
    if not source_path:
        return []
    from .bilingual.run import use_source as read

    return read(doc, source_path, max_bytes=max_bytes)


def report_warning(report: dict, message: str) -> None:
    """A warning both in ``report`` (its ``warnings``, which every view shows) and on standard error."""
    report.setdefault("warnings", []).append(message)
    warn(f"warning: {message}")


def source_into(report: dict, docs, source_path: str, max_bytes, use_cache: bool = True) -> None:
    """``compare --source``: each pair of ``report`` gets the source text it renders."""
    from .bilingual.compare import add_source
    from .bilingual.encoder import EncoderUnavailable, load_embedder
    from .bilingual.source import no_chinese_warning

    source = load_input(source_path, max_bytes)
    message = no_chinese_warning(source.text, f"--source {source_path}", "compared")
    if message:  # an English file would give every pair English "source"
        report_warning(report, message)
        return
    try:
        embedder = load_embedder(use_cache=use_cache)
    except EncoderUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    add_source(report, docs, source, embedder.embed, source.path)


def source_texts(results) -> dict:
    """``{source path as reported: decoded source}`` of the checked documents that have one."""
    from .bilingual.run import source_text

    return {r.bilingual["source"]["path"]: source_text(r) for r in results if r.bilingual}


def attach_source(result, warnings: list) -> None:
    """The source, adequacy and aligned sentences of a checked document that has a source."""
    from .bilingual.run import SOURCE_KEY, attach

    if warnings or SOURCE_KEY in result.document.cache:
        attach(result, warnings)


def warn_misnamed_baseline(policy, keys) -> None:
    """A warning when the baseline names the checked documents by other paths (written from
    another folder): its accepted findings would all count as new, with nothing said why."""
    baseline = getattr(policy, "baseline", None)
    found = baseline.misnamed(keys) if baseline is not None else None
    if found:
        warn(f"baseline {baseline.path} hides nothing here: it names documents by other paths ('{found[0]}' "
             f"where this run has '{found[1]}'). Baseline paths are relative to the config file's folder "
             f"(the working directory without one or with --isolated): write and use a baseline from the same folder.")
