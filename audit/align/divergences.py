"""What two aligned spans disagree on: names and titles written differently, one body rendered
two ways, dates, times and numbers, and rule findings on one side where the other reads
cleanly; with a glossary, which side uses the canonical form."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import List, Optional, Sequence, Tuple

from ..document import Document
from ..findings import Finding, Severity
from .extraction import (
    _TOKEN_RE, _WEEKDAY_RE, _Date, _dates, _find_variant, _times, extract_names, find_dateline, name_relation,
    person_part, titled_person,
)
from .figures import figures, match_figures
from .model import Alignment, Divergence, Pair, Span

_RELATION_TEXT = {
    "case": "name written differently",
    "plural": "name written differently",
    "spelling": "one name written two ways (hyphens, spaces or apostrophes)",
    "order": "one name written two ways (word order)",
    "near": "probably the same {what}, spelled differently",
    "truncated": "official name cut short",
}


def _name_forms(text: str) -> List[Tuple[int, int, List[str]]]:
    """Name runs of ``text``, and the person's name inside a run that starts with titles
    ("Vice Minister Tao Qing" also gives "Tao Qing", and "Vice Minister of Industry and
    Information Technology Xin Guobin" gives "Xin Guobin")."""
    out = []
    for s, e, tokens in extract_names(text):
        part = person_part(tokens) or titled_person(tokens)
        if part and part != (0, len(tokens)):
            toks = [m for m in _TOKEN_RE.finditer(text, s, e)]
            out.append((toks[part[0]].start(), e, tokens[part[0]:]))
        out.append((s, e, tokens))
    return out


def _present(tokens: List[str], text: str) -> bool:
    """``text`` writes the name exactly as ``tokens`` (an 's aside)."""
    found, exact = _find_variant(tokens, text)
    if exact:
        return True
    return found is not None and name_relation(tokens, _TOKEN_RE.findall(text[found[0]:found[1]])) == "possessive"


_SCALED = re.compile(r"\b(?:hundred|thousand|million|billion|trillion)\b", re.I)


def _context(doc: Document, span: Span) -> Span:
    """The whole sentences ``span`` lies in (the span itself when it is whole sentences)."""
    sentences = doc.sentences
    start = next((s for s, e in sentences if s <= span.start < e), span.start)
    end = next((e for s, e in sentences if s < span.end <= e), span.end)
    return Span.of(doc, min(start, span.start), max(end, span.end))


def _name_divergences(index: int, pair: Pair, doc_a: Document, doc_b: Document, glossary) -> List[Divergence]:
    """Names written two ways inside one pair: by case or a plural s where the other side has
    the same words (a plural only when the glossary backs one side), by hyphens and spaces, by
    word order, by a letter or two ("probably the same person"), or an official name cut short
    on one side."""
    a, b = pair.a, pair.b
    found: List[Tuple[int, str, Span, Span]] = []
    seen = set()

    def add(relation: str, sa: Span, sb: Span) -> None:
        key = (sa.start, sa.end, sb.start, sb.end)
        if key in seen or any(sa.overlaps(x.start, x.end) and sb.overlaps(y.start, y.end) for _, _, x, y in found):
            return
        seen.add(key)
        found.append((_RANK[relation], relation, sa, sb))

    # case and plural: the same words anywhere in the other span
    for mine, other, doc_m, doc_o, side in ((a, b, doc_a, doc_b, "a"), (b, a, doc_b, doc_a, "b")):
        for s, e, tokens in extract_names(mine.text):
            where, exact = _find_variant(tokens, other.text)
            if where is None or exact:
                continue
            relation = name_relation(tokens, _TOKEN_RE.findall(other.text[where[0]:where[1]]))
            if relation not in ("case", "plural", "spelling"):
                continue
            m_span = Span.of(doc_m, mine.start + s, mine.start + e)
            o_span = Span.of(doc_o, other.start + where[0], other.start + where[1])
            add(relation, *((m_span, o_span) if side == "a" else (o_span, m_span)))
    # spelling, order, near misses, truncation: name against name
    forms_b = _name_forms(b.text)
    for s1, e1, x in _name_forms(a.text):
        x_here = _present(x, b.text)
        for s2, e2, y in forms_b:
            relation = name_relation(x, y, glossary)
            if relation in (None, "possessive", "case", "plural"):
                continue
            if relation != "truncated" and (x_here or _present(y, a.text)):
                continue
            add(relation, Span.of(doc_a, a.start + s1, a.start + e1), Span.of(doc_b, b.start + s2, b.start + e2))
    out = []
    for _, relation, sa, sb in sorted(found, key=lambda f: (f[0], f[2].start)):
        d = _name_divergence(index, relation, sa, sb)
        if relation == "plural":
            # A plural s alone is grammar, not a name: report it only where the glossary says
            # which form is the official one.
            if glossary is None:
                continue
            d = _canonical_side(glossary, d)
            if d.canonical is None:
                continue
        out.append(d)
    return out


def _name_divergence(index: int, relation: str, sa: Span, sb: Span) -> Divergence:
    kind = "name"
    person = person_part(_TOKEN_RE.findall(sa.text)) is not None
    label = _RELATION_TEXT[relation].format(what="person" if person else "name")
    if relation == "order" and not person:
        kind, label = "term", "one body rendered two ways"
    elif relation == "truncated":
        kind = "term"
    message = f"{label}: '{sa.text}' (A) / '{sb.text}' (B)"
    if relation in ("case", "plural"):
        diffs = [f"'{x}' / '{y}'" for x, y in zip(_TOKEN_RE.findall(sa.text), _TOKEN_RE.findall(sb.text)) if x != y]
        message += ": " + ", ".join(diffs)
    elif relation == "order" and kind == "term":
        message += "; pick one form"
    return Divergence(kind, index, message, sa, sb)


_RANK = {"truncated": 0, "case": 1, "plural": 1, "spelling": 2, "order": 3, "near": 4}


def _pair_divergences(index: int, pair: Pair, doc_a: Document, doc_b: Document,
                      datelines: Tuple[Optional[_Date], Optional[_Date]], glossary=None) -> List[Divergence]:
    out: List[Divergence] = _name_divergences(index, pair, doc_a, doc_b, glossary)
    a, b = pair.a, pair.b

    def span(doc, s, e) -> Span:
        return Span.of(doc, s, e)

    # dates, times, numbers -------------------------------------------------------------------
    dates_a = _dates(a.text, a.start, datelines[0])
    dates_b = _dates(b.text, b.start, datelines[1])
    # A clause pair ("Wu Zhaohui, vice minister of ...," / "Vice Minister Wu Zhaohui ... said
    # yesterday") often leaves out the date its sentence gives: dates are read from the
    # whole sentences the pair lies in.
    ctx_a, ctx_b = _context(doc_a, a), _context(doc_b, b)
    when_a = _dates(ctx_a.text, ctx_a.start, datelines[0]) if ctx_a != a else dates_a
    when_b = _dates(ctx_b.text, ctx_b.start, datelines[1]) if ctx_b != b else dates_b
    lone_a = [d for d in when_a if not any(d.same(x) for x in when_b)]
    lone_b = [d for d in when_b if not any(d.same(x) for x in when_a)]
    # a day against a day, a month ("in April") against a month, a year ("by 2025") against a
    # year, in order of appearance
    def grain(d: _Date) -> Tuple[bool, bool]:
        return bool(d.day), bool(d.month)

    lone = [(da, db) for g in ((True, True), (False, True), (False, False))
            for da, db in zip([d for d in lone_a if grain(d) == g], [d for d in lone_b if grain(d) == g])]
    for da, db in lone:
        def show(d: _Date, side: str) -> str:
            text = (doc_a if side == "A" else doc_b).text[d.start:d.end]
            return f"'{text}' ({d.show()} by the dateline of {side})" if d.relative else f"'{text}'"
        out.append(Divergence("date", index, f"dates disagree: A says {show(da, 'A')}, B says {show(db, 'B')}",
                              span(doc_a, da.start, da.end), span(doc_b, db.start, db.end)))
    out.extend(_weekday_divergences(index, ctx_a, ctx_b, doc_a, doc_b, datelines))
    times_a, times_b = _times(a.text, a.start), _times(b.text, b.start)
    lone_ta = [t for t in times_a if t[2] not in {x[2] for x in times_b}]
    lone_tb = [t for t in times_b if t[2] not in {x[2] for x in times_a}]
    for ta_, tb_ in zip(lone_ta, lone_tb):
        sa, sb = span(doc_a, ta_[0], ta_[1]), span(doc_b, tb_[0], tb_[1])
        out.append(Divergence("number", index, f"times disagree: '{sa.text}' (A) against '{sb.text}' (B)", sa, sb))
    all_dates_a = _dates(a.text, a.start, None) + [d for d in dates_a if d.relative]
    all_dates_b = _dates(b.text, b.start, None) + [d for d in dates_b if d.relative]
    skip_a = [(d.start, d.end) for d in all_dates_a] + [(t[0], t[1]) for t in times_a]
    skip_b = [(d.start, d.end) for d in all_dates_b] + [(t[0], t[1]) for t in times_b]
    for fa, fb in match_figures(figures(a.text, a.start, skip_a), figures(b.text, b.start, skip_b)):
        sa, sb = span(doc_a, fa.start, fa.end), span(doc_b, fb.start, fb.end)
        values = ""
        if any(_SCALED.search(x.text) for x in (sa, sb)) or (fa.change and fb.change and fa.change != fb.change):
            # written with scale words, or one says up and the other down: show the values
            values = f" ({fa.show()} against {fb.show()})"
        out.append(Divergence("number", index, f"figures disagree: '{sa.text}' (A) against '{sb.text}' (B){values}",
                              sa, sb))
    return out


def _weekday_divergences(index: int, ctx_a: Span, ctx_b: Span, doc_a: Document, doc_b: Document,
                         datelines: Tuple[Optional[_Date], Optional[_Date]]) -> List[Divergence]:
    """Weekdays that disagree where no year lets them resolve to dates ("on Wednesday" /
    "on Thursday" under "Hangzhou, September 20"): only under one dateline (or none on either
    side), where two weekday names are two days; reports filed on different days may name one
    day two ways. With a year, ``_dates`` resolves weekdays and the date comparison has them."""
    line_a, line_b = datelines
    if any(d is not None and d.year for d in datelines):
        return []
    if (line_a is None) != (line_b is None) or (line_a and (line_a.month, line_a.day) != (line_b.month, line_b.day)):
        return []

    def weekdays(ctx: Span) -> List[Tuple[int, int, str]]:
        return [(ctx.start + m.start("day"), ctx.start + m.end(), m.group("day").lower())
                for m in _WEEKDAY_RE.finditer(ctx.text)]

    days_a, days_b = weekdays(ctx_a), weekdays(ctx_b)
    lone_a = [w for w in days_a if w[2] not in {x[2] for x in days_b}]
    lone_b = [w for w in days_b if w[2] not in {x[2] for x in days_a}]
    out = []
    for (s1, e1, _), (s2, e2, _) in zip(lone_a, lone_b):
        sa, sb = Span.of(doc_a, s1, e1), Span.of(doc_b, s2, e2)
        out.append(Divergence("date", index, f"dates disagree: A says '{sa.text}', B says '{sb.text}'", sa, sb))
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


def _known_form(glossary, text: str, other: str) -> Optional[str]:
    """The glossary's canonical form of a name ``text`` writes in one of its correct forms and
    ``other`` does not."""
    mine = glossary.judge(text)["canonical"]
    theirs = set(glossary.judge(other)["canonical"])
    return next((form for form in mine if form not in theirs), None)


def _canonical_side(glossary, d: Divergence) -> Divergence:
    """Say which side of a name or term divergence the glossary backs, and its form."""
    side = glossary.prefer(d.a.text, d.b.text)
    if side is None:
        # Neither side is a listed wrong rendering, but one may be the glossary's own form
        # of the name ("Ministry of Industry and Information Technology" against "Ministry of
        # Industry", a person's name the glossary knows against a misspelling of it).
        known_a, known_b = _known_form(glossary, d.a.text, d.b.text), _known_form(glossary, d.b.text, d.a.text)
        if bool(known_a) == bool(known_b):
            return d
        side, form = ("a", known_a) if known_a else ("b", known_b)
        note = f"; {side.upper()} matches the glossary ('{form}')"
        return replace(d, message=d.message + note, canonical={"side": side, "form": form})
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
    out: List[Divergence] = _dateline_divergence(alignment, datelines)
    for index, pair in enumerate(alignment.pairs):
        found = _pair_divergences(index, pair, alignment.doc_a, alignment.doc_b, datelines, glossary)
        for d in _finding_divergences(index, pair, alignment.doc_a, alignment.doc_b, findings_a, findings_b):
            twin = next((k for k, x in enumerate(found) if x.rule is None and x.kind != "finding"
                         and (x.a.overlaps(d.a.start, d.a.end) and x.b.overlaps(d.b.start, d.b.end))), None)
            if twin is not None:
                found[twin] = replace(found[twin], rule=d.rule)
            else:
                found.append(d)
        out.extend(found)
    out.extend(_across_reports(alignment, out, glossary))
    if glossary is not None:
        out = [_canonical_side(glossary, d) if d.kind in ("name", "term", "finding") and d.canonical is None
               else d for d in out]
    return sorted(out, key=lambda d: d.sort_key)


def _dateline_divergence(alignment: Alignment,
                         datelines: Tuple[Optional[_Date], Optional[_Date]]) -> List[Divergence]:
    """Two reports of one event whose datelines name different days ("Beijing, September 20" /
    "Beijing, September 21"): one of them is misdated, or they were filed on different days,
    and then each side's "yesterday" and "on Thursday" are read against its own dateline. Only
    datelines opening the body count: a site's timestamp may be set a day late. Listed under
    the pair whose sentences hold the two datelines; when no pair does, the openings did not
    align and the two are likely other stories (a clause or two of a folder's unrelated
    reports can pair by chance, one of them in an opening sentence), so nothing is said."""
    line_a, line_b = datelines
    if not alignment.pairs or line_a is None or line_b is None or not (line_a.dateline and line_b.dateline):
        return []
    if line_a.same(line_b):
        return []
    doc_a, doc_b = alignment.doc_a, alignment.doc_b
    sa, sb = Span.of(doc_a, line_a.start, line_a.end), Span.of(doc_b, line_b.start, line_b.end)
    pairs = alignment.pairs

    def holds(span: Span, part: Span) -> bool:
        return span.start <= part.start and part.end <= span.end

    # the pair of the two opening sentences, each holding its dateline
    index = next((k for k, p in enumerate(pairs)
                  if holds(_context(doc_a, p.a), sa) and holds(_context(doc_b, p.b), sb)), None)
    if index is None:  # the openings did not pair: likely two stories, whose datelines say nothing
        return []
    def dated(span: Span, line: _Date) -> str:  # the date read, where it says more than the text (a year)
        return f"'{span.text}'" + (f" ({line.show()})" if line.show() != span.text else "")

    message = (f"datelines disagree: A is dated {dated(sa, line_a)}, B {dated(sb, line_b)}; one is misdated, "
               f"or each side's relative dates ('yesterday', 'on Thursday') count from its own")
    return [Divergence("date", index, message, sa, sb)]


def _across_reports(alignment: Alignment, found: List[Divergence], glossary=None) -> List[Divergence]:
    """A name written two ways in the two reports though not inside one pair: "Ministry of
    Industry" in B's opening, "Ministry of Industry and Information Technology" in A's second
    sentence. Only the strong relations count here (an official name cut short, hyphens and
    spaces, a person's name in another order): across a whole report a near miss is as likely
    another name. Each is listed under the pair holding one of its two spans, else the pair
    whose sentences hold one; a divergence whose names lie in no paired sentence is left out
    (the report lists divergences by pair)."""
    doc_a, doc_b = alignment.doc_a, alignment.doc_b
    where_a = [(k, p.a) for k, p in enumerate(alignment.pairs)]
    where_b = [(k, p.b) for k, p in enumerate(alignment.pairs)]
    around_a = [(k, _context(doc_a, p.a)) for k, p in enumerate(alignment.pairs)]
    around_b = [(k, _context(doc_b, p.b)) for k, p in enumerate(alignment.pairs)]

    def pair_of(spans, start, end) -> Optional[int]:
        return next((k for k, sp in spans if sp.start <= start and end <= sp.end), None)

    names_b = _name_forms(doc_b.text)
    out: List[Divergence] = []
    done = set()
    for s1, e1, x in _name_forms(doc_a.text):
        for s2, e2, y in names_b:
            relation = name_relation(x, y, glossary)
            if relation not in ("truncated", "spelling", "order"):
                continue
            if relation == "order" and not person_part(x):
                continue
            key = (" ".join(x), " ".join(y))
            if key in done:
                continue
            if relation != "truncated" and (_present(x, doc_b.text) or _present(y, doc_a.text)):
                continue
            index = next((k for k in (pair_of(where_a, s1, e1), pair_of(where_b, s2, e2),
                                      pair_of(around_a, s1, e1), pair_of(around_b, s2, e2)) if k is not None), None)
            if index is None:
                continue
            sa, sb = Span.of(doc_a, s1, e1), Span.of(doc_b, s2, e2)
            if any(d.kind in ("name", "term") and d.a.overlaps(s1, e1) and d.b.overlaps(s2, e2) for d in found + out):
                done.add(key)
                continue
            done.add(key)
            out.append(_name_divergence(index, relation, sa, sb))
    return out


