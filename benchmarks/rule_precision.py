"""Precision of each mtaudit rule against expert MQM annotations (WMT 2021 TED zh->en).

A finding is a *hit* when it shares at least one character with a span any rater marked in
the same segment (any category, any severity). Precision alone says little when raters
mark a large part of some translations, so each rule is compared with a random baseline:
for every finding, a span of the same length is placed uniformly at random in a segment
drawn uniformly from the evaluated segments, and hit-tested against that segment's spans
(``--draws`` draws per finding from a seeded RNG). A second baseline keeps the finding's own
segment and only moves the span; it controls for rules that fire on badly translated
segments, where anything is likely to hit.

Verdict: ``keep`` when a one-sided exact binomial test rejects "precision <= random
baseline" at ``--alpha`` (default 0.05), ``DROP?`` otherwise, ``n/a (too few)`` under
``--min-findings`` findings (default 5). Each rule runs on its own, so one rule's findings
never hide another's; the ``(all rules)`` row runs the whole catalog as ``mtaudit check``
does (one finding per span, the more severe rule winning).

Run from the repository root::

    .venv/bin/python benchmarks/rule_precision.py [--data PATH] [--rules FILE]
        [--systems ref,refB] [--unit segment|talk] [--half write|check] [--show-misses] [--json OUT]

``--half`` keeps one half of the source segments, split by a stable hash of the Chinese source
text (every translation of a source segment falls in the same half): rules are written from
misses of the ``write`` half and measured, counts only, on the ``check`` half.

``--unit talk`` checks each system's talk as one document (segments in order, one paragraph
each) so that document-level rules (term-variants, name-case-variant, truncated-official-name)
see their context; findings are mapped back to the segment they start in.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shlex
import sys
import time
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from audit import Document, RuleError, __version__, check_document, load_rules
# A sibling module: run this file as a script (python benchmarks/rule_precision.py), which puts
# benchmarks/ on sys.path.
from mqm_data import DEFAULT_DATA, MqmData, MqmFormatError, Segment, load_mqm

ALL_RULES = "(all rules)"
UNIT_SEPARATOR = "\n\n"  # one paragraph per segment when a talk is checked as one document


class Located(NamedTuple):
    """A finding mapped onto one segment: ``segments[seg].text[start:end] == text``."""

    rule: str
    seg: int
    start: int
    end: int
    text: str


@dataclass
class RuleFigures:
    """Everything the table, the JSON file and the miss listing show for one rule."""

    rule: str
    category: str
    severity: str
    findings: int = 0
    hits: int = 0
    recognized: int = 0  # hits, plus findings whose words raters marked in another translation of the segment
    baseline: Optional[float] = None
    baseline_same_segment: Optional[float] = None
    p_value: Optional[float] = None
    p_value_same_segment: Optional[float] = None
    verdict: str = "n/a (too few)"
    hit_categories: Dict[str, int] = field(default_factory=dict)
    misses: List[Located] = field(default_factory=list, repr=False)
    timeouts: int = 0

    @property
    def precision(self) -> Optional[float]:
        return self.hits / self.findings if self.findings else None

    @property
    def recognized_share(self) -> Optional[float]:
        return self.recognized / self.findings if self.findings else None

    def to_dict(self, segments: Sequence[Segment], max_examples: int) -> dict:
        return {
            "rule": self.rule, "category": self.category, "severity": self.severity,
            "findings": self.findings, "hits": self.hits, "precision": self.precision,
            "recognized": self.recognized, "recognized_share": self.recognized_share,
            "baseline": self.baseline, "baseline_same_segment": self.baseline_same_segment,
            "p_value": self.p_value, "p_value_same_segment": self.p_value_same_segment,
            "verdict": self.verdict, "timeouts": self.timeouts,
            "hit_categories": self.hit_categories,
            "false_positive_examples": [miss_record(m, segments) for m in pick_examples(self.misses, max_examples)],
        }


# ------------------------------------------------------------------------------ statistics

def binomial_sf(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p), summed exactly in log space (no scipy needed)."""
    if k <= 0:
        return 1.0
    if k > n or p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    base = math.lgamma(n + 1)
    terms = [base - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q
             for i in range(k, n + 1)]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in terms))


def random_hit_rate(findings: Sequence[Located], segments: Sequence[Segment], rng: random.Random,
                    draws: int, same_segment: bool) -> Optional[float]:
    """Share of random same-length spans that hit a rated span (see the module docstring).

    A span longer than the drawn segment is cut to the segment's length.
    """
    if not findings or not segments:
        return None
    hits = 0
    for f in findings:
        length = f.end - f.start
        for _ in range(draws):
            seg = segments[f.seg] if same_segment else segments[rng.randrange(len(segments))]
            n = len(seg.text)
            if n == 0:
                continue
            size = min(length, n)
            start = rng.randrange(n - size + 1)
            if seg.spans_overlapping(start, start + size):
                hits += 1
    return hits / (len(findings) * draws)


def verdict(findings: int, hits: int, baseline: Optional[float], alpha: float,
            min_findings: int) -> Tuple[str, Optional[float]]:
    """(verdict, one-sided p-value of "precision is no better than the baseline")."""
    if findings < min_findings or baseline is None:
        return "n/a (too few)", None
    p = binomial_sf(hits, findings, baseline)
    return ("keep" if p < alpha else "DROP?"), p


# ------------------------------------------------------------------------------ running rules

HALVES = ("write", "check")


def half_of(source: str) -> str:
    """``write`` or ``check``: the parity of the SHA-256 of the source text, stable across runs,
    machines and Python versions (``hash()`` is salted per process)."""
    digest = hashlib.sha256(source.strip().encode("utf-8")).digest()
    return HALVES[digest[-1] & 1]


def select_half(segments: Sequence[Segment], half: Optional[str]) -> List[Segment]:
    """The segments whose source falls in ``half`` (all of them when ``half`` is None)."""
    if half is None:
        return list(segments)
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    return [s for s in segments if half_of(s.source) == half]


def check_units(segments: Sequence[Segment], unit: str) -> List[List[int]]:
    """Indexes of the segments checked together: one each, or one talk of one system each."""
    if unit == "segment":
        return [[i] for i in range(len(segments))]
    talks: Dict[Tuple[str, str], List[int]] = {}
    for i, seg in enumerate(segments):
        talks.setdefault((seg.system, seg.doc), []).append(i)
    return [sorted(idx, key=lambda i: segments[i].seg_id) for idx in talks.values()]


def run_rules(segments: Sequence[Segment], rules: Sequence, unit: str,
              together: bool = False) -> Tuple[List[Located], Counter]:
    """Findings of ``rules`` over ``segments``, mapped to segments; and timeouts per rule.

    Each rule runs alone unless ``together`` (then the engine's one-finding-per-span applies);
    a gated rule (rules.Gate) runs with the ungated rules as its evidence, and only its own
    findings are kept: alone it would never report.

    A gated rule's findings in that group are a subset of what its detector finds with the
    gate taken off (the detector sees the same document either way), so the group, which runs
    every ungated rule again, is checked only for the units where the rule finds something
    ungated: the same findings as checking every group on every unit, for a small share of
    the work (the gated rules are silent on most segments).
    """
    found: List[Located] = []
    timeouts: Counter = Counter()
    ungated = [r for r in rules if r.gate is None]
    if together:
        plan = [(list(rules), None, None)]
    else:
        plan = [([r], None, None) if r.gate is None else ([r.ungated()], ungated + [r], r.id) for r in rules]
    for members in check_units(segments, unit):
        starts, pieces, offset = [], [], 0
        for i in members:
            starts.append(offset)
            pieces.append(segments[i].text)
            offset += len(segments[i].text) + len(UNIT_SEPARATOR)
        doc = Document.from_text(UNIT_SEPARATOR.join(pieces))
        for group, gated_group, own in plan:
            result = check_document(doc, group)
            if own is not None:
                # a gate-off run that timed out may have stopped before a finding: check the group
                if not result.findings and not result.warnings:
                    continue
                result = check_document(doc, gated_group)
            for warning in result.warnings:
                # in a group, only the gated rule's own timeouts (the ungated ones count alone)
                if own is None or warning["rule"] == own:
                    timeouts[warning["rule"]] += 1
            for f in result.findings:
                if own is not None and f.rule != own:
                    continue
                k = bisect_right(starts, f.start) - 1
                seg = members[k]
                start = f.start - starts[k]
                end = min(f.end - starts[k], len(segments[seg].text))
                if start >= len(segments[seg].text):  # inside a separator: nothing to rate
                    continue
                found.append(Located(f.rule, seg, start, end, segments[seg].text[start:end]))
    return found, timeouts


def _word_window(text: str, start: int, end: int) -> str:
    """The finding widened to whole words on both sides ("-" in "holes-each" -> "holes-each")."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip().lower()


_RATED_BY_ITEM: Dict[int, Dict[Tuple[str, int], List[str]]] = {}


def rated_texts_by_item(segments: Sequence[Segment]) -> Dict[Tuple[str, int], List[str]]:
    """Every rated span's text, per source segment (doc, seg_id), across all translations."""
    key = id(segments)
    if key not in _RATED_BY_ITEM:
        items: Dict[Tuple[str, int], List[str]] = {}
        for seg in segments:
            items.setdefault((seg.doc, seg.seg_id), []).extend(
                seg.text[s.start:s.end].strip().lower() for s in seg.spans if s.end > s.start)
        _RATED_BY_ITEM.clear()
        _RATED_BY_ITEM[key] = items
    return _RATED_BY_ITEM[key]


def recognized_elsewhere(f: Located, segments: Sequence[Segment]) -> bool:
    """Did a rater mark the same words in another translation of this source segment? Raters
    rate each system's output on its own and often mark an error in one output and let the
    identical error pass in another; this counts the error as one raters recognise."""
    seg = segments[f.seg]
    window = _word_window(seg.text, f.start, f.end)
    own = f.text.strip().lower()
    for rated in rated_texts_by_item(segments).get((seg.doc, seg.seg_id), ()):
        # The same error, not a long mistranslation span that happens to contain the words.
        if rated == own or (window and window in rated and len(rated) <= len(window) + 12) \
                or (len(rated) >= 2 and rated in window):
            return True
    return False


def score_rule(figures: RuleFigures, findings: List[Located], segments: Sequence[Segment],
               seed: int, draws: int, alpha: float, min_findings: int) -> RuleFigures:
    """Fill ``figures`` from the rule's findings: hits, baselines, p-value, verdict, misses."""
    categories: Counter = Counter()
    for f in findings:
        overlapped = segments[f.seg].spans_overlapping(f.start, f.end)
        if overlapped:
            figures.hits += 1
            figures.recognized += 1
            categories.update({s.category for s in overlapped})
        else:
            figures.misses.append(f)
            figures.recognized += recognized_elsewhere(f, segments)
    figures.findings = len(findings)
    figures.hit_categories = dict(categories.most_common())
    # One RNG per rule, seeded by its id: adding or editing a rule never moves another's baseline.
    figures.baseline = random_hit_rate(
        findings, segments, random.Random(f"{seed}:{figures.rule}"), draws, same_segment=False)
    figures.baseline_same_segment = random_hit_rate(
        findings, segments, random.Random(f"{seed}:{figures.rule}:same"), draws, same_segment=True)
    n, k = figures.findings, figures.hits
    figures.verdict, figures.p_value = verdict(n, k, figures.baseline, alpha, min_findings)
    _, figures.p_value_same_segment = verdict(n, k, figures.baseline_same_segment, alpha, min_findings)
    return figures


def evaluate(segments: Sequence[Segment], catalog, unit: str, seed: int, draws: int,
             alpha: float, min_findings: int) -> Tuple[List[RuleFigures], RuleFigures]:
    """Per-rule figures (sorted for the table) and the whole-catalog figures."""
    per_rule, timeouts = run_rules(segments, catalog.rules, unit)
    by_rule: Dict[str, List[Located]] = {r.id: [] for r in catalog.rules}
    for f in per_rule:
        by_rule[f.rule].append(f)
    rows = []
    for rule in catalog.rules:
        figures = RuleFigures(rule.id, rule.category, rule.severity.label, timeouts=timeouts[rule.id])
        rows.append(score_rule(figures, by_rule[rule.id], segments, seed, draws, alpha, min_findings))
    # Rules with a verdict first, then those with too few findings, then silent ones.
    rows.sort(key=lambda r: (r.p_value is None, r.findings == 0, -(r.precision or 0.0), -r.findings, r.rule))

    together, all_timeouts = run_rules(segments, catalog.rules, unit, together=True)
    overall = RuleFigures(ALL_RULES, "-", "-", timeouts=sum(all_timeouts.values()))
    overall = score_rule(overall, together, segments, seed, draws, alpha, min_findings)
    return rows, overall


# ------------------------------------------------------------------------------ rendering

def pick_examples(misses: Sequence[Located], limit: int) -> List[Located]:
    """Up to ``limit`` misses in data order: distinct matched texts first, then other segments."""
    out: List[Located] = []
    texts, segs = set(), set()
    for distinct_text in (True, False):
        for m in misses:
            if len(out) == limit:
                return out
            if m.seg in segs or (distinct_text and m.text in texts):
                continue
            texts.add(m.text)
            segs.add(m.seg)
            out.append(m)
    return out


def excerpt(text: str, start: int, end: int, width: int = 90) -> str:
    """``text`` with ``[[...]]`` around the finding, cut to about ``width`` chars each side."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    return ("..." if left else "") + text[left:start] + "[[" + text[start:end] + "]]" + \
        text[end:right] + ("..." if right < len(text) else "")


def miss_record(m: Located, segments: Sequence[Segment]) -> dict:
    seg = segments[m.seg]
    return {
        "system": seg.system, "doc": seg.doc, "seg_id": seg.seg_id, "start": m.start, "end": m.end,
        "text": m.text, "segment": seg.text,
        "rated_spans": [{"text": seg.text[s.start:s.end], "category": s.category, "severity": s.severity}
                        for s in seg.spans],
        "unlocated_errors": [u.category for u in seg.unlocated],
    }


def _pct(value: Optional[float]) -> str:
    return "-" if value is None else f"{100 * value:5.1f}%"


def _p(value: Optional[float]) -> str:
    if value is None:
        return "-"
    return f"{value:.2g}" if value >= 0.001 else "<0.001"


def _top_category(figures: RuleFigures) -> str:
    if not figures.hits:
        return "-"
    name, count = next(iter(figures.hit_categories.items()))
    return f"{name} ({count}/{figures.hits})"


def render_table(rows: Sequence[RuleFigures], overall: RuleFigures) -> str:
    header = ("rule", "findings", "hits", "precision", "baseline", "p", "verdict", "same-seg", "p(same)",
              "recognized", "top rated category of hits")
    body = [(r.rule, str(r.findings), str(r.hits), _pct(r.precision), _pct(r.baseline), _p(r.p_value), r.verdict,
             _pct(r.baseline_same_segment), _p(r.p_value_same_segment), _pct(r.recognized_share), _top_category(r))
            for r in list(rows) + [overall]]
    widths = [max(len(header[i]), *(len(b[i]) for b in body)) for i in range(len(header))]
    right = {1, 2, 3, 4, 5, 7, 8, 9}

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    rule_line = "  ".join("-" * w for w in widths)
    out = [line(header), rule_line]
    out += [line(b) for b in body[:-1]]
    out += [rule_line, line(body[-1])]
    return "\n".join(out)


def render_misses(rows: Iterable[RuleFigures], segments: Sequence[Segment], limit: int) -> str:
    out = []
    for r in rows:
        if not r.misses:
            continue
        out.append(f"{r.rule}: {len(r.misses)} of {r.findings} findings overlap no rated span")
        for m in pick_examples(r.misses, limit):
            seg = segments[m.seg]
            out.append(f"  - {m.text!r}  [{seg.system} {seg.doc} seg {seg.seg_id}]")
            out.append(f"      {excerpt(seg.text, m.start, m.end)}")
            rated = "; ".join(f"{seg.text[s.start:s.end]!r} ({s.category}, {s.severity})" for s in seg.spans)
            unlocated = ", ".join(u.category for u in seg.unlocated)
            out.append(f"      rated: {rated or 'no span'}" + (f"; unlocated: {unlocated}" if unlocated else ""))
    return "\n".join(out) if out else "(no false positives)"


def render_header(args: argparse.Namespace, data: MqmData, catalog, segments: Sequence[Segment],
                  command: str) -> str:
    """What was run on what: command, inputs, signature, data counts and how to read the table."""
    st = data.stats
    n_spans = sum(len(s.spans) for s in segments)
    n_unlocated = sum(len(s.unlocated) for s in segments)
    n_systems = len({s.system for s in segments})
    return "\n".join([
        f"command:   {command}",
        f"data:      {os.path.abspath(data.path)}",
        f"rules:     {os.path.abspath(catalog.path)} ({len(catalog.rules)} enabled rules)",
        f"signature: {signature(args, data, catalog)}",
        f"segments:  {len(segments)} of {st.segments} ({n_systems} systems) from {st.rows} rows; "
        f"rated spans {n_spans}, unlocated errors {n_unlocated}",
        f"loader:    rows skipped for a differing text {st.text_mismatch_skipped}, unclosed <v> "
        f"{st.unclosed_markers}, stray markers {st.stray_markers}, empty spans {st.empty_spans}",
        "hit = overlaps a rated span of its segment by >= 1 character; recognized = a hit, or the same words rated in",
        "another translation of the same source segment, as a span at most 12 characters longer (raters pass an",
        "error in one output that they mark in another); baseline = hit rate of a same-length",
        "random span in a random segment; p = one-sided exact binomial test of precision > baseline;",
        f"verdict: keep if p < {args.alpha}; same-seg, p(same) = the same with the span moved inside the "
        "finding's own segment",
    ])


def signature(args: argparse.Namespace, data: MqmData, catalog) -> str:
    """One line, sacrebleu-style, that pins every input of the figures."""
    systems = ",".join(args.systems) if args.systems else "all"
    return (f"data={os.path.basename(data.path)}@sha256:{data.sha256[:12]}"
            f"|rules={os.path.basename(catalog.path)}@sha256:{catalog.sha256[:12]}"
            f"|unit={args.unit}|systems={systems}|half={args.half or 'all'}|seed={args.seed}|draws={args.draws}"
            f"|alpha={args.alpha}|min={args.min_findings}|mtaudit={__version__}")


def build_report(args: argparse.Namespace, data: MqmData, catalog, segments: Sequence[Segment],
                 rows: Sequence[RuleFigures], overall: RuleFigures, command: str, elapsed: float) -> dict:
    """The figures as one JSON-ready mapping, with every input needed to recompute them."""
    return {
        "command": command, "signature": signature(args, data, catalog),
        "data": os.path.abspath(data.path), "data_sha256": data.sha256,
        "rules": os.path.abspath(catalog.path), "rules_sha256": catalog.sha256,
        "unit": args.unit, "half": args.half or "all", "systems": args.systems or data.systems, "seed": args.seed, "draws": args.draws,
        "alpha": args.alpha, "min_findings": args.min_findings, "segments": len(segments),
        "load_stats": data.stats.as_dict(), "runtime_s": round(elapsed, 2),
        "rules_figures": [r.to_dict(segments, args.max_examples) for r in rows],
        "overall": overall.to_dict(segments, args.max_examples),
    }


# ------------------------------------------------------------------------------ command line

def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA, metavar="PATH",
                        help="MQM TSV file (default: ../shared/data/mqm_ted_zhen.tsv beside the checkout)")
    parser.add_argument("--rules", metavar="FILE", help="rule catalog (default: the bundled rules.yaml)")
    parser.add_argument("--systems", type=lambda s: [x for x in s.split(",") if x], metavar="A,B",
                        help="only these systems, comma-separated (default: all, ref and refB included)")
    parser.add_argument("--unit", choices=("segment", "talk"), default="segment",
                        help="check each segment alone (default) or each system's talk as one document")
    parser.add_argument("--half", choices=HALVES,
                        help="only the source segments of this half (stable hash of the source text; "
                             "default: both)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random baseline (default 0)")
    parser.add_argument("--draws", type=int, default=20, help="random spans per finding (default 20)")
    parser.add_argument("--alpha", type=float, default=0.05, help="significance level of the verdict (default 0.05)")
    parser.add_argument("--min-findings", type=int, default=5, help="fewer findings give 'n/a (too few)' (default 5)")
    parser.add_argument("--show-misses", action="store_true", help="print example false positives per rule")
    parser.add_argument("--max-examples", type=int, default=3, help="false positives shown per rule (default 3)")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    if args.draws < 1:
        parser.error("--draws must be at least 1")
    if not 0 < args.alpha < 1:
        parser.error("--alpha must be between 0 and 1")
    return args


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        data = load_mqm(args.data)
    except MqmFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot load {args.data}: {exc}", file=sys.stderr)
        return 2
    try:
        catalog = load_rules(args.rules)
    except RuleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    segments = data.segments
    if args.systems:
        unknown = sorted(set(args.systems) - set(data.systems))
        if unknown:
            print(f"error: unknown system(s) {', '.join(unknown)} (available: {', '.join(data.systems)})",
                  file=sys.stderr)
            return 2
        segments = [s for s in segments if s.system in args.systems]
    segments = select_half(segments, args.half)

    rows, overall = evaluate(segments, catalog, args.unit, args.seed, args.draws, args.alpha,
                             args.min_findings)
    elapsed = time.perf_counter() - started

    command = shlex.join([sys.executable] + (sys.argv if argv is None else [sys.argv[0], *argv]))
    print(render_header(args, data, catalog, segments, command))
    print()
    print(render_table(rows, overall))
    timeouts = {r.rule: r.timeouts for r in rows if r.timeouts}
    if timeouts:
        print(f"\ndetector timeouts (units skipped): {timeouts}")
    if args.show_misses:
        print("\nfalse positives (finding in [[...]]; 'rated' lists what raters marked in that segment):")
        print(render_misses(rows, segments, args.max_examples))
    print(f"\nruntime: {elapsed:.1f}s")

    if args.json:
        report = build_report(args, data, catalog, segments, rows, overall, command, elapsed)
        try:
            with open(args.json, "w", encoding="utf-8") as fh:
                json.dump(report, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        except OSError as exc:
            print(f"error: cannot write {args.json}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
