"""``mtaudit score HYP --ref REF``: BLEU, chrF and TER against references, per-sentence TER,
and thresholds for CI. Parses options, calls ``audit.metrics.score_report``, renders, exits."""
from __future__ import annotations

import click

from .bilingual.source import holds_chinese
from .cli_common import (default_format, emit, finish, format_help, load_inputs, refuse_unwritable_output,
                         render_report, resolve_settings, selected_catalog, warn)
from .cli_options import BYTES
from .document import DEFAULT_MAX_BYTES
from .fileio import display_path
from .metrics import parse_threshold, score_report
from .reporters import formats_for
from .reporters.text_score import TEXT_TOP
from .scoring import text_estimate


def _thresholds(ctx, param, values):
    out = []
    for spec in values:
        try:
            out.append(parse_threshold(spec))
        except ValueError as exc:
            raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    return out


@click.command("score")
@click.argument("hyp", type=click.Path())
@click.option("--ref", "refs", multiple=True, required=True, type=click.Path(),
              help="A reference translation of HYP (repeat for several).")
@click.option("--format", "fmt", type=click.Choice(formats_for("score")), default=None,
              help=format_help(formats_for("score"), fallback="text"))
@click.option("--output", "-o", type=click.Path(), help="Write the report here (atomically) instead of stdout.")
@click.option("--fail-under", "fail_under", multiple=True, metavar="METRIC=N", callback=_thresholds,
              help="Exit 1 when chrf or bleu is below N, or ter is above N (TER counts edits: "
                   "lower is better). Repeat for several.")
@click.option("--top", type=click.IntRange(min=0), default=None,
              help=f"Segments to list, most edits first [default: {TEXT_TOP} in text, all in yaml/json].")
@click.option("--max-bytes", type=BYTES, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this (0: no limit).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file whose rules, glossary, selection and severities the reference-free "
                   "estimate uses (default: found as for check).")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False),
              help="Rules file for the estimate (default: the config's, else the bundled catalog).")
def command(hyp, refs, fmt, output, fail_under, top, max_bytes, config_path, isolated, rules_path):
    """Score HYP against reference translations: document BLEU and chrF, TER over aligned
    sentences (each with its sacrebleu signature), and the sentences that need the most edits.
    HYP or one --ref may be '-' (standard input, shown as <stdin>).

    Exit codes: 3 an internal error (a bug in mtaudit: one line, no traceback); else 2 a usage,
    config, rules or input error; else 1 a --fail-under threshold missed; else 0.
    """
    refuse_unwritable_output(output)
    fmt = default_format(fmt, output, formats_for("score"), fallback="text")
    # the estimate checks HYP with the catalog a check would use here: config file, then flags
    catalog = selected_catalog(resolve_settings(config_path=config_path, isolated=isolated, rules_path=rules_path))
    hyp_doc, *ref_docs = load_inputs((hyp, *refs), max_bytes)
    for path, ref in zip(refs, ref_docs):
        if not ref.text.strip():  # every hypothesis would be all edits: a missing reference, not a score
            raise click.ClickException(f"--ref {display_path(path)}: empty (no words); nothing to score against")
    if not hyp_doc.text.strip():
        warn(f"warning: {hyp_doc.path}: empty document (no words); it scores 0 against every reference")
    if not holds_chinese(hyp_doc.text):  # Chinese against Chinese is scored as asked
        for path, ref in zip(refs, ref_docs):
            if holds_chinese(ref.text):  # the source, not a reference (an empty one was refused above)
                raise click.ClickException(
                    f"--ref {path}: holds Chinese text, not an English translation of {hyp}; to check {hyp} "
                    f"against its Chinese source use 'mtaudit check {hyp} --source {path}'")
    report = score_report(hyp_doc, ref_docs, fail_under, top=None if fmt == "text" else top)
    # beside the reference metrics, the reference-free estimate of the MQM penalty (audit.calibration)
    estimate = text_estimate(hyp_doc, catalog)
    if estimate is not None:
        report["estimate"] = estimate
    emit(render_report(fmt, report, top=top), output, (hyp, *refs))
    finish(1 if report["verdict"] == "fail" else 0)
