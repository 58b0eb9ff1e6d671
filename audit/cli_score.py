"""``mtaudit score HYP --ref REF``: BLEU, chrF and TER against references, per-sentence TER,
and thresholds for CI. Parses options, calls ``audit.metrics.score_report``, renders, exits."""
from __future__ import annotations

import json
import sys

import click

from .document import DEFAULT_MAX_BYTES, InputError, load_document
from .cli_options import BYTES
from .fileio import display_path
from .metrics import METRICS, parse_threshold, score_report
from . import yamlio

TEXT_TOP = 10
_LABELS = {"bleu": "BLEU", "chrf": "chrF", "ter": "TER"}


def _thresholds(ctx, param, values):
    out = []
    for spec in values:
        try:
            out.append(parse_threshold(spec))
        except ValueError as exc:
            raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    return out


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(report: dict, top: int = TEXT_TOP) -> str:
    refs = report["references"]
    out = [f"{report['hypothesis']['path']}  against {len(refs)} reference{'s' if len(refs) != 1 else ''}:"]
    out += [f"  {r['path']}" for r in refs]
    out.append("")
    aligned = report["aligned"]
    for name in METRICS:
        m = report["metrics"][name]
        unit = m["unit"]
        if name == "ter":
            unit += f": {aligned['edits']:g} edits / {aligned['ref_words']:g} reference words"
        out.append(f"  {_LABELS[name]:<5} {m['score']:6.2f}  {m['signature']}  ({unit})")
    out.append("")
    segments = report["segments"][:top]
    out.append(f"Sentences that need the most editing ({len(segments)} of {aligned['segments']} segments; "
               f"{aligned['hypothesis_sentences']} hypothesis and "
               f"{'/'.join(str(n) for n in aligned['reference_sentences'])} reference sentences):")
    out.append(f"  {'line':>4}  {'sents':<5} {'edits':>5} {'TER':>6} {'chrF':>6}  hypothesis / reference")
    for row in segments:
        head = f"  {row['line']:>4}  {row['sentences']:<5} {row['edits']:>5g} {row['ter']:>6.1f} {row['chrf']:>6.1f}  "
        pad = " " * len(head)
        out.append(head + _clip(row["hypothesis"], 100))
        for ref in row["references"]:
            out.append(pad + "= " + (_clip(ref, 98) if ref else "(nothing: delete)"))
    for check in report["thresholds"]:
        sign = "<=" if check["rule"] == "at most" else ">="
        status = "ok" if check["passed"] else "MISSED"
        out.append(f"threshold {_LABELS[check['metric']]} {sign} {check['limit']:g}: {check['value']:.2f} {status}")
    if report["thresholds"]:
        out.append(f"verdict: {report['verdict'].upper()}")
    return "\n".join(out) + "\n"


def _render(report: dict, fmt: str, top) -> str:
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    if fmt == "yaml":
        return yamlio.dump(report)
    return render_text(report, TEXT_TOP if top is None else top)


def _load(path: str, max_bytes: int):
    try:
        doc = load_document(path, max_bytes=max_bytes)
    except InputError as exc:
        raise click.ClickException(f"{display_path(path)}: {exc}") from None
    doc.path = display_path(path)
    return doc


@click.command("score")
@click.argument("hyp", type=click.Path())
@click.option("--ref", "refs", multiple=True, required=True, type=click.Path(),
              help="A reference translation of HYP (repeat for several).")
@click.option("--format", "fmt", type=click.Choice(["text", "yaml", "json"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(), help="Write the report here (atomically) instead of stdout.")
@click.option("--fail-under", "fail_under", multiple=True, metavar="METRIC=N", callback=_thresholds,
              help="Exit 1 when chrf or bleu is below N, or ter is above N (TER counts edits: "
                   "lower is better). Repeat for several.")
@click.option("--top", type=click.IntRange(min=0), default=None,
              help=f"Segments to list, most edits first [default: {TEXT_TOP} in text, all in yaml/json].")
@click.option("--max-bytes", type=BYTES, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this (0: no limit).")
def command(hyp, refs, fmt, output, fail_under, top, max_bytes):
    """Score HYP against reference translations: document BLEU and chrF, TER over aligned
    sentences (each with its sacrebleu signature), and the sentences that need the most edits.

    Exit codes: 0 every --fail-under threshold met; 1 a threshold missed; 2 usage or input error.
    """
    from .cli import _emit  # the shared output path: refuses an input, writes atomically

    hyp_doc = _load(hyp, max_bytes)
    ref_docs = [_load(r, max_bytes) for r in refs]
    report = score_report(hyp_doc, ref_docs, fail_under, top=None if fmt == "text" else top)
    _emit(_render(report, fmt, top), output, (hyp, *refs))
    sys.exit(1 if report["verdict"] == "fail" else 0)
