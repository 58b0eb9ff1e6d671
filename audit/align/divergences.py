"""What two aligned spans disagree on: names and titles written differently, one body rendered
two ways, dates, times and numbers, and rule findings on one side where the other reads
cleanly; with a glossary, which side uses the canonical form."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import List, Optional, Sequence, Tuple

from ..document import Document
from ..findings import Finding, Severity
from ..glossary import stem
from .extraction import (
    _CONNECTORS, _TOKEN_RE, _Date, _dates, _find_variant, _numbers, _show_number, _times, extract_names,
    find_dateline,
)
from .model import Alignment, Divergence, Pair, Span

def _pair_divergences(index: int, pair: Pair, doc_a: Document, doc_b: Document,
                      datelines: Tuple[Optional[_Date], Optional[_Date]]) -> List[Divergence]:
    out: List[Divergence] = []
    a, b = pair.a, pair.b

    def span(doc, s, e) -> Span:
        return Span.of(doc, s, e)

    # 1. a name written differently (case, a plural s) -----------------------------------------
    seen = set()
    for mine, other, doc_m, doc_o, side in ((a, b, doc_a, doc_b, "a"), (b, a, doc_b, doc_a, "b")):
        for s, e, tokens in extract_names(mine.text):
            found, exact = _find_variant(tokens, other.text)
            if found is None or exact:
                continue
            ms, me = mine.start + s, mine.start + e
            os_, oe = other.start + found[0], other.start + found[1]
            key = (ms, me, os_, oe) if side == "a" else (os_, oe, ms, me)
            if key in seen:
                continue
            seen.add(key)
            written = doc_o.text[os_:oe]
            diffs = [f"'{x}' / '{y}'" for x, y in zip(tokens, _TOKEN_RE.findall(written)) if x != y]
            sa, sb = (span(doc_m, ms, me), span(doc_o, os_, oe)) if side == "a" else \
                (span(doc_o, os_, oe), span(doc_m, ms, me))
            out.append(Divergence("name", index, f"name written differently: '{sa.text}' (A) / '{sb.text}' (B): "
                                  + ", ".join(diffs), sa, sb))

    # 2. one body rendered two ways (same words, another order) --------------------------------
    names_a = extract_names(a.text)
    names_b = extract_names(b.text)
    for sa_, ea_, ta in names_a:
        key_a = sorted(stem(t) for t in ta if t.lower() not in _CONNECTORS)
        for sb_, eb_, tb in names_b:
            key_b = sorted(stem(t) for t in tb if t.lower() not in _CONNECTORS)
            if len(key_a) >= 2 and key_a == key_b and \
                    [stem(t) for t in ta if t.lower() not in _CONNECTORS] != \
                    [stem(t) for t in tb if t.lower() not in _CONNECTORS]:
                sa, sb = span(doc_a, a.start + sa_, a.start + ea_), span(doc_b, b.start + sb_, b.start + eb_)
                out.append(Divergence("term", index, f"one body rendered two ways: '{sa.text}' (A) / "
                                      f"'{sb.text}' (B); pick one form", sa, sb))

    # 3. dates, times, numbers -------------------------------------------------------------------
    dates_a = _dates(a.text, a.start, datelines[0])
    dates_b = _dates(b.text, b.start, datelines[1])
    lone_a = [d for d in dates_a if not any(d.same(x) for x in dates_b)]
    lone_b = [d for d in dates_b if not any(d.same(x) for x in dates_a)]
    for da, db in zip(lone_a, lone_b):
        def show(d: _Date, side: str) -> str:
            text = (doc_a if side == "A" else doc_b).text[d.start:d.end]
            return f"'{text}' ({d.show()} by the dateline of {side})" if d.relative else f"'{text}'"
        out.append(Divergence("date", index, f"dates disagree: A says {show(da, 'A')}, B says {show(db, 'B')}",
                              span(doc_a, da.start, da.end), span(doc_b, db.start, db.end)))
    times_a, times_b = _times(a.text, a.start), _times(b.text, b.start)
    lone_ta = [t for t in times_a if t[2] not in {x[2] for x in times_b}]
    lone_tb = [t for t in times_b if t[2] not in {x[2] for x in times_a}]
    for ta_, tb_ in zip(lone_ta, lone_tb):
        sa, sb = span(doc_a, ta_[0], ta_[1]), span(doc_b, tb_[0], tb_[1])
        out.append(Divergence("number", index, f"times disagree: '{sa.text}' (A) against '{sb.text}' (B)", sa, sb))
    skip_a = [(d.start, d.end) for d in dates_a] + [(t[0], t[1]) for t in times_a]
    skip_b = [(d.start, d.end) for d in dates_b] + [(t[0], t[1]) for t in times_b]
    nums_a, nums_b = _numbers(a.text, a.start, skip_a), _numbers(b.text, b.start, skip_b)
    for noun in sorted({n[3] for n in nums_a} & {n[3] for n in nums_b}):
        va = [n for n in nums_a if n[3] == noun]
        vb = [n for n in nums_b if n[3] == noun]
        if {n[2] for n in va} & {n[2] for n in vb}:
            continue
        sa, sb = span(doc_a, va[0][0], va[0][1]), span(doc_b, vb[0][0], vb[0][1])
        out.append(Divergence("number", index, f"numbers disagree: {_show_number(va[0][2])} {noun} (A) against "
                              f"{_show_number(vb[0][2])} {noun} (B)", sa, sb))
    return out


def _finding_divergences(index: int, pair: Pair, doc_a: Document, doc_b: Document,
                         findings_a: Sequence[Finding], findings_b: Sequence[Finding]) -> List[Divergence]:
    """A rule finding inside one side's span where the other side's span has no finding of
    that rule: the other rendering is the editor's best hint to a correction."""
    out = []
    for mine, other, f_mine, f_other, side in ((pair.a, pair.b, findings_a, findings_b, "A"),
                                               (pair.b, pair.a, findings_b, findings_a, "B")):
        doc_m, doc_o = (doc_a, doc_b) if side == "A" else (doc_b, doc_a)
        inside_o = [f for f in f_other if other.overlaps(f.start, f.end) and f.severity > Severity.INFO]
        for f in f_mine:
            if f.severity <= Severity.INFO or not (mine.start <= f.start and f.end <= mine.end):
                continue
            if any(g.rule == f.rule for g in inside_o):
                continue
            counterpart = _counterpart(f, other)
            o_span = Span.of(doc_o, *counterpart)
            f_span = Span.of(doc_m, f.start, f.end)
            other_side = "B" if side == "A" else "A"
            state = "reads cleanly" if not inside_o else f"has no '{f.rule}' finding"
            message = (f"{f.rule} in {side}: {f.message}; {other_side} {state} here"
                       + (f": '{' '.join(o_span.text.split())}'" if counterpart != (other.start, other.end) else ""))
            sa, sb = (f_span, o_span) if side == "A" else (o_span, f_span)
            out.append(Divergence("finding", index, message, sa, sb, rule=f.rule))
    return out


def _counterpart(f: Finding, other: Span) -> Tuple[int, int]:
    """Where the other side probably renders the flagged text: its suggestion, or the same
    words in another case; else the whole span."""
    for needle in filter(None, (f.suggestion, f.text)):
        for flags in (0, re.I):
            m = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", other.text, flags)
            if m and not (needle == f.text and m.group() == f.text):
                return other.start + m.start(), other.start + m.end()
    return other.start, other.end


def _canonical_side(glossary, d: Divergence) -> Divergence:
    """Say which side of a name or term divergence the glossary backs, and its form."""
    side = glossary.prefer(d.a.text, d.b.text)
    if side is None:
        return d
    wrong = glossary.find(d.b.text if side == "a" else d.a.text)
    form = wrong[0].entry.canonical if wrong else None
    note = f"; {side.upper()} matches the glossary" + (f" ('{form}')" if form else "")
    return replace(d, message=d.message + note, canonical={"side": side, "form": form})


def find_divergences(alignment: Alignment, findings_a: Sequence[Finding] = (),
                     findings_b: Sequence[Finding] = (), glossary=None) -> List[Divergence]:
    """Divergences inside every pair of ``alignment``; a finding divergence on the same span
    as a name/term/number divergence is folded into it (its rule id is kept). With a
    ``glossary``, name, term and finding divergences say which side uses the canonical form."""
    datelines = (find_dateline(alignment.doc_a), find_dateline(alignment.doc_b))
    out: List[Divergence] = []
    for index, pair in enumerate(alignment.pairs):
        found = _pair_divergences(index, pair, alignment.doc_a, alignment.doc_b, datelines)
        for d in _finding_divergences(index, pair, alignment.doc_a, alignment.doc_b, findings_a, findings_b):
            twin = next((k for k, x in enumerate(found) if x.rule is None and x.kind != "finding"
                         and (x.a.overlaps(d.a.start, d.a.end) and x.b.overlaps(d.b.start, d.b.end))), None)
            if twin is not None:
                found[twin] = replace(found[twin], rule=d.rule)
            else:
                found.append(d)
        out.extend(found)
    if glossary is not None:
        out = [_canonical_side(glossary, d) if d.kind in ("name", "term", "finding") else d for d in out]
    return sorted(out, key=lambda d: d.sort_key)


