"""``mtaudit compare A B``: align two reports of one event and show where they disagree.

Registered by ``audit.cli._add_commands``. This module is imported every time the CLI
starts, so it imports nothing heavy at module level: the aligner (numpy, sacrebleu) and the
embedding model (torch, sentence-transformers) are imported inside the command.
"""
from __future__ import annotations

import textwrap
from typing import List, Optional

import click

from .cli_options import BYTES, FiniteFloat

FORMATS = ("yaml", "json", "text")
WIDTH = 100


def _one_line(text: str, limit: Optional[int] = None) -> str:
    text = " ".join(text.split())
    if limit and len(text) > limit:
        return text[:limit - 1] + "…"
    return text


def _wrapped(text: str, indent: str) -> List[str]:
    return textwrap.wrap(_one_line(text), width=WIDTH, initial_indent=indent,
                         subsequent_indent=" " * len(indent)) or [indent]


def _where(entry: dict) -> str:
    return f"{entry['line']}:{entry['column']}"


def render_text(report: dict) -> str:
    """A terminal view of a compare report: pairs side by side with their divergences, then
    what each side says alone."""
    docs, summary = report["documents"], report["summary"]
    out = []
    for side in ("a", "b"):
        d = docs[side]
        extra = f", dateline {d['dateline']}" if d.get("dateline") else ""
        out.append(f"{side.upper()}: {d['path']}  ({d['words']} words, {d['sentences']} sentences{extra})")
    out.append(f"model {report['model'].get('id', '?')}; chrF of B against A, {report['chrf']['signature']}")
    out.append("")
    by_pair = {}
    for d in report["divergences"]:
        by_pair.setdefault(d["pair"], []).append(d)
    out.append(f"{summary['pairs']} pairs ({summary['equivalent']} equivalent, {summary['partial']} partial); "
               f"aligned words: A {summary['coverage']['a']:.0%}, B {summary['coverage']['b']:.0%}")
    for p in report["pairs"]:
        out.append("")
        out.append(f"[{p['id']}] {p['label']}  similarity {p['similarity']:.2f}  score {p['score']:.2f}  "
                   f"chrF {p['chrf']:.1f}")
        for side in ("a", "b"):
            e = p[side]
            out.extend(_wrapped(e["text"], f"  {side.upper()} {_where(e):<8} "))
        for d in by_pair.get(p["id"], []):
            rule = f" [{d['rule']}]" if d.get("rule") else ""
            out.extend(_wrapped(d["message"], f"  ! {d['kind']}{rule}: "))
            out.append(f"      A {_where(d['a']):<8} »{_one_line(d['a']['text'], 80)}«")
            out.append(f"      B {_where(d['b']):<8} »{_one_line(d['b']['text'], 80)}«")
    for side in ("a", "b"):
        items = report["unaligned"][side]
        out.append("")
        out.append(f"Only in {side.upper()} ({len(items)}):")
        for u in items:
            tag = f"boilerplate ({u['rule']})" if u["reason"] == "boilerplate" else ""
            prefix = f"  {_where(u):<8} " + (tag + "  " if tag else "")
            out.append(prefix + _one_line(u["text"], max(30, WIDTH - len(prefix))))
    out.append("")
    kinds = ", ".join(f"{k} {v}" for k, v in summary["by_kind"].items())
    out.append(f"{summary['divergences']} divergences" + (f" ({kinds})" if kinds else "")
               + f"; unaligned A {summary['unaligned']['a']}, B {summary['unaligned']['b']}")
    return "\n".join(out) + "\n"


@click.command("compare")
@click.argument("a", type=click.Path())
@click.argument("b", type=click.Path())
@click.option("--model", "model_path", type=click.Path(), default=None,
              help="Local sentence-transformers model folder (default: the packaged all-MiniLM-L6-v2).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="yaml", show_default=True)
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
def command(a, b, model_path, fmt, output, threshold, cache_dir, no_cache, rules_path, max_bytes, max_sentences):
    """Align two reports of the same event and list where they disagree.

    Pairs the sentences (or clauses) both reports carry, whatever their order, lists what
    each says alone, and reports divergences inside pairs: names written differently, one
    body rendered two ways, dates and numbers that disagree, and rule findings on one side
    where the other reads cleanly. Boilerplate (navigation, promotions, contact lines, MT
    notices) never aligns.

    Exit codes: 0 report written; 2 usage, input, rules or model error.
    """
    # Imported here, not at module level: see the module docstring.
    from .align import Settings, build_report, compare
    from .cli import _catalog, _emit
    from .document import DEFAULT_MAX_BYTES, InputError, load_document
    from .embeddings import Embedder, ModelError, load_model
    from .fileio import display_path
    from .reporters import json_reporter, yaml_reporter

    docs = []
    for path in (a, b):
        try:
            doc = load_document(path, max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
        except InputError as exc:
            raise click.ClickException(f"{display_path(path)}: {exc}") from None
        doc.path = display_path(path)
        docs.append(doc)
    from .limits import compare_size_problem

    for doc in docs:
        problem = compare_size_problem(doc, max_sentences)
        if problem:
            raise click.ClickException(f"{doc.path}: {problem}")
    catalog = _catalog(rules_path)
    try:
        model = load_model(model_path)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    embedder = Embedder.for_model(model, cache_dir=cache_dir, use_cache=not no_cache)
    settings = Settings() if threshold is None else Settings(threshold=threshold)
    try:
        alignment = compare(docs[0], docs[1], embedder, catalog, settings)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    report = build_report(alignment)
    render = {"yaml": yaml_reporter.render, "json": json_reporter.render, "text": render_text}[fmt]
    _emit(render(report), output, [a, b])
    for warning in embedder.warnings:
        click.echo(f"mtaudit: warning: {warning}", err=True)
