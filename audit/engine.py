"""The checking core: ``check_text`` / ``check_document`` run a catalog over a document."""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Sequence, Union

from . import glosses
from .detectors import DETECTORS, DetectorTimeout, prefilter
from .document import Document
from .findings import Finding, Severity
from .rules import Catalog, Gate, Rule
from . import re_programs

CONTEXT_CHARS = 160


@dataclass
class CheckResult:
    document: Document
    findings: List[Finding]
    warnings: List[dict] = field(default_factory=list)
    references: Optional[dict] = None  # scores against reference translations, when there are any
    bilingual: Optional[dict] = None   # source, adequacy and aligned sentences, when a source was given (issue 15)


class _Fields(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _format(template: str, values: dict) -> str:
    if "{" not in template and "}" not in template:
        return template
    try:
        # str.format_map: string.Formatter's parsing in C; an unknown name stays as written
        # (_Fields), a positional field or a bad template leaves the template as it is.
        return template.format_map(_Fields(values))
    except (ValueError, IndexError, KeyError, AttributeError):
        return template


@lru_cache(maxsize=None)
def _without_suggestion(template: str) -> str:
    """``template`` for a hit with no fix to name: the clause (between '; ') or the
    parenthesis that names '{suggestion}' is left out, so a message never ends "the usual
    English is ''". A template that is nothing but that clause is kept as it is."""
    clauses = template.split("; ")
    kept = [c for c in clauses if "{suggestion}" not in c]
    if kept and len(kept) < len(clauses):
        return "; ".join(kept)
    return re.sub(r" ?\('\{suggestion\}'\)", "", template)


_BOUNDARY_BEFORE = re_programs.compile(r".*[.!?。！？][\"”’')\]]?\s+(?=[A-Z\"“‘(\d])", re.DOTALL)
_BOUNDARY_AFTER = re_programs.compile(r"[.!?。！？][\"”’')\]]?(?=\s+[A-Z\"“‘(\d]|\s*$)")


def _context(doc: Document, start: int, end: int) -> str:
    """The sentence-like stretch of the line around a span, at most CONTEXT_CHARS long.

    A cheap boundary scan, not the sentence segmenter: context is a reading aid and must
    not cost a segmentation pass per finding."""
    text = doc.text
    # Line bounds from the document's line offsets (a bisect): scanning the text for the
    # nearest line break costs the whole line per finding on a one-line document.
    line_start, line_end = doc.line_at(start)
    if end > line_end:  # a span that runs past its first line (else that line's end is the bound)
        line_end = max(end, doc.line_at(end)[1])
    s_start, s_end = line_start, line_end
    window_start = max(line_start, start - CONTEXT_CHARS)
    m = _BOUNDARY_BEFORE.match(text, window_start, start)
    if m:
        s_start = m.end()
    m = _BOUNDARY_AFTER.search(text, end, min(line_end, end + CONTEXT_CHARS))
    if m:
        s_end = m.end()
    if s_end - s_start > CONTEXT_CHARS:
        half = max(0, (CONTEXT_CHARS - (end - start)) // 2)
        s_start, s_end = max(s_start, start - half), min(s_end, end + half)
    # Readers find the span as the first occurrence of its text in the context: start the
    # context after any earlier occurrence.
    earlier = text.rfind(text[start:end], s_start, start)  # occurrences wholly before the span
    if earlier >= 0:
        s_start = earlier + (end - start)
    return " ".join(text[s_start:s_end].split())


def _whole_characters(text: str, start: int, end: int):
    """Widen a span so it never separates a letter from its combining marks ('e' + U+0301):
    a span that starts on a mark takes its base letter, one that ends before marks takes them."""
    if not (0 <= start < end <= len(text)):
        return start, end
    # No combining mark lies below U+0300: most spans start and end beside plain letters.
    if text[start] < "\u0300" and (end == len(text) or text[end] < "\u0300"):
        return start, end
    while start > 0 and unicodedata.combining(text[start]):
        start -= 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end


def _finding(doc: Document, rule: Rule, hit) -> Optional[Finding]:
    """The finding ``rule``'s detector reports as ``hit`` in ``doc``; None for a span that is
    not one of the text (empty or outside it)."""
    text = doc.text
    start, end = _whole_characters(text, hit.start, hit.end)
    if not (0 <= start < end <= len(text)):
        return None
    matched = text[start:end]
    values = dict(hit.fields)
    # No single fix: a message's {suggestion} shows the alternatives the detector names, if any.
    suggestion = hit.suggestion if hit.suggestion is not None else str(values.get("alternatives") or "")
    values.update(match=matched, suggestion=suggestion, rule=rule.id)
    line, column = doc.line_col(start)
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=_format(rule.message if suggestion else _without_suggestion(rule.message), values),
        start=start,
        end=end,
        line=line,
        column=column,
        text=matched,
        suggestion=hit.suggestion,
        context=_context(doc, start, end),
        source=hit.source,
    )


def check_document(doc: Document, catalog: Union[Catalog, List[Rule]],
                   min_severity: Severity = Severity.INFO) -> CheckResult:
    """Run every rule over ``doc``. A rule that times out is skipped with a warning."""
    return check_documents([doc], catalog, min_severity)[0]


def check_documents(docs: Sequence[Document], catalog: Union[Catalog, List[Rule]],
                    min_severity: Severity = Severity.INFO,
                    failures: Optional[Dict[int, BaseException]] = None) -> List[Optional[CheckResult]]:
    """``check_document`` of each of ``docs``, the same results, in one pass per rule over all
    of them: running one rule over a handful of documents before the next keeps that rule's
    compiled patterns and tables warm in the processor's caches, where document by document
    all the catalog's rules take turns (a quarter less time on news-sized documents; callers
    pass a few dozen documents at a time, not a corpus, so memory stays per batch).

    A rule whose detector registered a prefilter (``prefilter.register``) is not called for a
    document its prefilter turns away: the detector would find nothing there.

    ``failures``: when given, an exception a rule raises on one document is stored there
    under the document's index, that document gets None and the others are checked on;
    without it the exception propagates, as from ``check_document``."""
    rules = catalog.rules if isinstance(catalog, Catalog) else catalog
    # A gated rule's evidence is the minor-or-worse findings of the others, whatever the caller
    # keeps: with a higher ``min_severity`` the minor rules still run (when a gated rule does) and
    # their findings are dropped from the results, so the gate opens where it would at INFO.
    run_floor = min_severity
    if min_severity > Severity.MINOR and any(r.gate is not None and r.severity >= min_severity for r in rules):
        run_floor = Severity.MINOR
    if any(rule.gate is not None for rule in rules):
        # Gated rules (rules.Gate) last: the findings of the others are their evidence, and a
        # document that shows none never runs them (cheaper than running all and dropping).
        # At one span an ungated finding so wins a tie of severity with a gated one.
        rules = [r for r in rules if r.gate is None] + [r for r in rules if r.gate is not None]
    evidence: Dict[tuple, Optional[str]] = {}  # (document index, gate) -> why the gate is open, or None
    found: List[dict] = [{} for _ in docs]
    warnings: List[list] = [[] for _ in docs]
    live = list(range(len(docs)))
    gates = [prefilter.gate(rule.state) for rule in rules]  # all of them before any ``passing`` set
    passing = None
    for rule, gate in zip(rules, gates):
        if rule.severity < run_floor or rule.gate is not None and rule.severity < min_severity:
            continue
        todo = live
        if gate is not None:  # the documents the rule's prefilter turns away: the detector would return at once
            if passing is None:
                passing = [prefilter.passing(doc) for doc in docs]
            todo = [i for i in live if passing[i] is None or gate in passing[i]]
        if rule.gate is not None:
            for i in todo:
                if (i, rule.gate) not in evidence:
                    evidence[(i, rule.gate)] = gate_evidence(docs[i], found[i].values(), rule.gate)
            todo = [i for i in todo if evidence[(i, rule.gate)] is not None]
        # The detector is looked up once per rule and called directly: most calls find
        # nothing, and a generator and a method call per rule and document cost more than
        # the detector's own return there.
        detect, state = DETECTORS[rule.type].detect, rule.state
        for i in todo:
            doc = docs[i]
            kept = found[i]
            try:
                for hit in detect(doc, state):
                    f = _finding(doc, rule, hit)
                    if f is None:
                        continue
                    if rule.gate is not None:
                        f = dataclasses.replace(f, message=f"{f.message} ({evidence[(i, rule.gate)]})")
                    key = _span_key(f)
                    old = kept.get(key)
                    # One span, one finding: the more severe rule wins, then the first in the catalog.
                    if old is None or f.severity > old.severity:
                        kept[key] = f
            except DetectorTimeout as exc:
                warnings[i].append({"rule": rule.id, "message": str(exc)})
            except Exception as exc:
                if failures is None:
                    raise
                failures[i] = exc
        if failures:
            live = [i for i in live if i not in failures]
    if run_floor < min_severity:  # the evidence the caller did not ask for
        found = [{k: f for k, f in kept.items() if f.severity >= min_severity} for kept in found]
    for doc in docs:  # the shared word analysis is for the rules; reports need none of it
        doc.drop_analysis()
    return [_result(docs[i], found[i], warnings[i]) if failures is None or i not in failures else None
            for i in range(len(docs))]


def _span_key(f: Finding) -> tuple:
    """The span a finding holds in a result, one finding a span (``check_documents``); against
    the source, one span may carry findings about different source spans."""
    return (f.start, f.end) if f.source is None else (f.start, f.end) + f.source[:2]


def gate_evidence(doc: Document, findings: Iterable[Finding], gate: Gate) -> Optional[str]:
    """Why ``gate`` is open for ``doc`` given the findings of its ungated rules, as the line a
    gated finding carries; None when the evidence falls short (rules.Gate). Only the findings
    the report would keep count: a quoted gloss or a finding inside a more severe one is none."""
    counted = {}
    for f in findings:
        if f.severity >= Severity.MINOR and gate.counts(f.category):
            counted[_span_key(f)] = f

    def tally(fs):
        per_rule = Counter(f.rule for f in fs)
        return per_rule, sum(min(n, gate.per_rule) for n in per_rule.values())

    per_rule, total = tally(counted.values())
    if len(per_rule) < gate.min_rules or total < gate.min_findings:
        return None  # the cheap count first: most documents stop here
    per_rule, total = tally(_result(doc, counted, []).findings)
    if len(per_rule) < gate.min_rules or total < gate.min_findings:
        return None
    # the rules with most findings first, four at most: the line stays readable in a report
    ranked = sorted(per_rule, key=lambda r: (-per_rule[r], r))
    names = ", ".join(ranked[:4]) + (f" and {len(ranked) - 4} more" if len(ranked) > 4 else "")
    return (f"reported because the document shows other signs of machine translation: "
            f"{sum(per_rule.values())} findings of {len(per_rule)} rules ({names})")


# Categories of findings about the words themselves (a term, an idiom, a calque, a doubled
# word), which a quoted gloss cites on purpose; marks, boilerplate and untranslated Chinese are
# judged as they stand.
_WORD_CATEGORIES = ("terminology", "accuracy/mistranslation", "style/", "fluency/grammar")


def _result(doc: Document, found: dict, warnings: list) -> CheckResult:
    # Findings against the source (bilingual rules) keep one finding per span but stay out of the
    # containment sweep: a sentence-wide omission or mistranslation does not stand for the surface
    # errors inside it, nor they for it.
    plain = {(f.start, f.end): f for f in found.values() if f.source is None}
    if plain and ('"' in doc.text or "\u201c" in doc.text or "\u2018" in doc.text):
        # English a writer quotes as the rendering of Chinese shown beside it, or calls literal:
        # cited on purpose (audit/glosses.py)
        plain = {k: f for k, f in plain.items()
                 if not (f.category.startswith(_WORD_CATEGORIES) and glosses.cited_gloss(doc, f.start, f.end))}
        # the same words used again in the document that glossed them: the writer discusses them
        if any(f.category.startswith(_WORD_CATEGORIES) for f in plain.values()):
            phrases = glosses.glossed_phrases(doc)
            if phrases:
                plain = {k: f for k, f in plain.items()
                         if not (f.category.startswith(_WORD_CATEGORIES) and glosses.repeats_gloss(phrases, f.text))}
    against_source = [f for f in found.values() if f.source is not None]
    stronger = {(f.start, f.end): f.severity for f in against_source}
    for key, f in list(plain.items()):  # one span, one finding, across both kinds too
        if key in stronger and stronger[key] > f.severity:
            del plain[key]
    against_source = [f for f in against_source if not ((f.start, f.end) in plain)]
    findings = sorted(_drop_contained(sorted(plain.values(), key=lambda f: f.sort_key)) + against_source,
                      key=lambda f: f.sort_key)
    return CheckResult(doc, findings, warnings)


_AT_MOST = {sev: tuple(s for s in Severity if s <= sev) for sev in Severity}  # iterating the enum per finding is slow


def _drop_contained(findings: List[Finding]) -> List[Finding]:
    """Drop a finding that lies inside another one at least as severe ("animal networking"
    inside "mobile animal networking"): one error, one penalty. A less severe container (an
    informational caption line) keeps what is inside it."""
    # One sweep in (start, longest first) order: a finding is contained when a finding seen
    # before it, of at least its severity, ends at or after its end. Spans are unique here.
    # ``reach[sev]``: the furthest end of the findings kept so far of severity ``sev`` or more
    # (one look-up per finding instead of one per severity at least its own).
    reach = {sev: -1 for sev in Severity}
    dropped = set()
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        end = f.end
        if reach[f.severity] >= end:
            dropped.add(id(f))
            continue
        for sev in _AT_MOST[f.severity]:
            if reach[sev] < end:
                reach[sev] = end
    return [f for f in findings if id(f) not in dropped]


def check_text(text: str, catalog: Union[Catalog, List[Rule]], min_severity: Severity = Severity.INFO,
               source: Optional[str] = None) -> List[Finding]:
    """Findings for a string: the pure core used by tests, benchmarks and other tools.
    ``source``: the Chinese the text translates (bilingual rules find nothing without one)."""
    doc = Document.from_text(text)
    if source is not None:
        from .bilingual.run import set_source  # the encoder loads only when a bilingual rule runs

        set_source(doc, Document.from_text(source, path="<source>"))
    return check_document(doc, catalog, min_severity).findings


def apply_suggestions(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each finding's suggestion in place of its span; findings without a
    suggestion, and any that overlap one already applied, are left alone."""
    out, cursor = [], 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.suggestion is None or f.start < cursor:
            continue
        out.append(text[cursor:f.start])
        out.append(f.suggestion)
        cursor = f.end
    out.append(text[cursor:])
    return "".join(out)


def _fix_hits(rule: Rule, text: str, source: Optional[str] = None) -> List[Finding]:
    return [f for f in check_text(text, [rule], source=source) if f.rule == rule.id and f.suggestion is not None]


def suggested_fix(rule: Rule, text: str, source: Optional[str] = None) -> Optional[str]:
    """``text`` after ``rule``'s suggestions, or None where the rule suggests nothing there."""
    hits = _fix_hits(rule, text, source)
    return apply_suggestions(text, hits) if hits else None


def fix_failures(rule: Rule, text: str, catalog: Union[Catalog, List[Rule]], source: Optional[str] = None) -> List[str]:
    """What applying ``rule``'s suggestions to ``text`` breaks: every finding of the catalog
    (minor or worse) in the fixed text that the original text did not have, the rule's own
    fixed findings aside. A suggestion that needs another edit is no fix."""
    hits = _fix_hits(rule, text, source)
    if not hits:
        return []
    fixed = apply_suggestions(text, hits)
    expected = Counter((f.rule, f.text) for f in check_text(text, catalog, Severity.MINOR, source))
    expected -= Counter((rule.id, f.text) for f in hits)
    problems = []
    for f in check_text(fixed, catalog, Severity.MINOR, source):
        if expected[(f.rule, f.text)] > 0:
            expected[(f.rule, f.text)] -= 1
            continue
        problems.append(f"fix in {rule.id} triggers {f.rule}: {fixed!r} (flags {f.text!r})")
    return problems


def example_failures(rule: Rule, catalog: Union[Catalog, List[Rule], None] = None) -> List[str]:
    """Messages for every example of ``rule`` that does not behave as stated.

    A ``flag`` example must be flagged by the rule; a pinned one (``span``/``fix``) must be
    flagged at exactly ``span`` and fixed to exactly ``fix`` by the rule's suggestions. With
    a ``catalog``, each example's fixed text is checked against it too (``fix_failures``)."""
    problems = []
    # A gated rule's examples are single sentences with no other evidence of machine
    # translation: they test the rule's detector ungated (the gate has tests of its own).
    rule = rule.ungated()
    for ex in rule.examples["flag"]:
        text = ex.text
        hits = [f for f in check_text(text, [rule], source=ex.source) if f.rule == rule.id]
        if not hits:
            problems.append(f"false negative in {rule.id}: {text!r}")
            continue
        if ex.span is not None and ex.span not in [f.text for f in hits]:
            problems.append(f"wrong span in {rule.id}: {text!r} flags {', '.join(repr(f.text) for f in hits)}, "
                            f"expected {ex.span!r}")
        if ex.has_fix:
            suggested = [f for f in hits if f.suggestion is not None]
            if ex.fix is None and suggested:
                problems.append(f"unexpected suggestion in {rule.id}: {text!r} -> {suggested[0].suggestion!r} "
                                f"(the example expects none)")
            elif ex.fix is not None and apply_suggestions(text, hits) != ex.fix:
                problems.append(f"wrong fix in {rule.id}: {text!r} -> {apply_suggestions(text, hits)!r}, "
                                f"expected {ex.fix!r}")
        if catalog is not None:
            problems.extend(fix_failures(rule, text, catalog, ex.source))
    for ex in rule.examples["pass"]:
        hits = [f.text for f in check_text(ex.text, [rule], source=ex.source) if f.rule == rule.id]
        if hits:
            problems.append(f"false positive in {rule.id}: {ex.text!r} (flagged {hits[0]!r})")
    return problems
