"""``mtaudit compare A B``: align two reports of one event and show where they disagree.

Registered in ``audit.cli``; the text view is ``audit.reporters.text_compare``. This module
is imported every time the CLI starts, so it imports nothing heavy at module level: the
aligner (numpy, sacrebleu) and the embedding model (torch, sentence-transformers) are
imported inside the command.
"""
from __future__ import annotations

import click

from .cli_common import (default_format, format_help, emit, load_catalog, load_inputs, refuse_unwritable_output,
                         render_report, report_warning, source_into, warn)
from .cli_options import BACKEND_CHOICES, BACKEND_HELP, BYTES, FiniteFloat
from .limits import compare_size_problem
from .reporters import formats_for


@click.command("compare")
@click.argument("a", type=click.Path())
@click.argument("b", type=click.Path())
@click.option("--model", "model_path", type=click.Path(), default=None,
              help="Local sentence-transformers model folder (default: the packaged all-MiniLM-L6-v2).")
@click.option("--backend", type=click.Choice(BACKEND_CHOICES), default=None,
              help=BACKEND_HELP)
@click.option("--format", "fmt", type=click.Choice(formats_for("compare")), default=None,
              help=format_help(formats_for("compare")))
@click.option("--output", "-o", type=click.Path(), help="Write the report here (atomically) instead of stdout.")
@click.option("--threshold", type=FiniteFloat(min=0, min_open=True), default=None,
              help="Minimum pair score (ratio margin); higher pairs less.  [default: 1.3]")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Embedding cache folder (default: $MTAUDIT_CACHE_DIR or the user cache directory).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the embedding cache.")
@click.option("--rules", "rules_path", type=click.Path(), help="Rules file (default: the bundled catalog).")
@click.option("--max-bytes", type=BYTES, default=None, help="Refuse files larger than this (0: no limit).")
@click.option("--max-sentences", type=click.IntRange(min=0), default=None,
              help="Refuse a document with more sentences than this (0: no limit); memory grows with "
                   "the product of both documents' sentences.  [default: 1000]")
@click.option("--source", "source_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="The Chinese source both documents translate: each pair shows the source it renders.")
def command(a, b, model_path, backend, fmt, output, threshold, cache_dir, no_cache, rules_path, max_bytes, max_sentences,
            source_path):
    """Align two reports of the same event and list where they disagree.

    Pairs the sentences (or clauses) both reports carry, whatever their order, lists what
    each says alone, and reports divergences inside pairs: names written differently, one
    body rendered two ways, dates and numbers that disagree, and rule findings on one side
    where the other reads cleanly. Boilerplate (navigation, promotions, contact lines, MT
    notices) never aligns. A or B may be '-' (standard input, shown as <stdin>).

    Exit codes: 3 an internal error (a bug in mtaudit: one line, no traceback); else 2 a usage,
    input, rules or model error, or a document over --max-sentences; else 0 (report written).
    """
    # Imported here, not at module level: see the module docstring.
    from .align import Settings, build_report, compare
    from .embeddings import Embedder, ModelError, load_model

    refuse_unwritable_output(output)
    fmt = default_format(fmt, output, formats_for("compare"))
    if source_path == "-" and "-" in (a, b):
        raise click.ClickException("-: standard input is read once; name a file for the other")
    docs = load_inputs((a, b), max_bytes)
    for doc in docs:  # compare's memory grows with the product of both sentence counts
        problem = compare_size_problem(doc, max_sentences)
        if problem:
            raise click.ClickException(f"{doc.path}: {problem}")
    catalog = load_catalog(rules_path)
    try:
        model = load_model(model_path, backend=backend, cache_dir=cache_dir)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    embedder = Embedder.for_model(model, cache_dir=cache_dir, use_cache=not no_cache)
    settings = Settings() if threshold is None else Settings(threshold=threshold)
    try:
        alignment = compare(docs[0], docs[1], embedder, catalog, settings)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    report = build_report(alignment)
    for side, doc in zip("AB", docs):  # else the report reads as two documents that share nothing
        if not doc.text.strip():
            report_warning(report, f"{side} ({doc.path}) is empty (no words); nothing to compare")
    if source_path:
        source_into(report, docs, source_path, max_bytes, use_cache=not no_cache)
    texts = {doc.path: doc.text for doc in docs} if fmt == "html" else None
    emit(render_report(fmt, report, texts=texts), output, [a, b])
    for warning in embedder.warnings:
        warn(f"warning: {warning}")
