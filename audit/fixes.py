"""Applying suggestions: the pure core of ``mtaudit fix``.

``apply_fixes(text, findings, ...)`` applies one pass of suggestions and returns
``FixResult(text, applied, skipped)``; ``fix_text(text, check, ...)`` repeats passes until
nothing more applies, so running it on its own output changes nothing.

What is applied:
- only findings whose suggestion is a string (``None`` means the rule has no fix; ``""``
  deletes the span) and whose rule is allowed (``fix: safe`` in rules.yaml, or every rule
  with ``unsafe=True`` at the command line);
- never two fixes that overlap (or two insertions at one point): the first by position wins,
  the other waits for the next pass, when it is checked again on the new text;
- with a ``check`` function, the fixed text is checked again and a fix whose result draws a
  finding the text did not have is not applied (``skipped`` names the finding).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Container, List, Optional, Sequence, Tuple

from .findings import Finding

Check = Callable[[str], Sequence[Finding]]


@dataclass(frozen=True)
class Skipped:
    finding: Finding
    reason: str


@dataclass
class FixResult:
    text: str
    applied: List[Finding] = field(default_factory=list)   # offsets into the text of their pass
    skipped: List[Skipped] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def _allowed(f: Finding, rules: Optional[Container[str]]) -> bool:
    return rules is None or f.rule in rules


def candidates(text: str, findings: Sequence[Finding], rules: Optional[Container[str]] = None
               ) -> Tuple[List[Finding], List[Skipped]]:
    """Fixes that could apply together: allowed, with a suggestion that changes the text, in
    position order, none overlapping an earlier one."""
    chosen, skipped, cursor, last_point = [], [], 0, None
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        if f.suggestion is None or not _allowed(f, rules):
            continue
        if text[f.start:f.end] == f.suggestion:
            continue
        if f.start < cursor or (f.start == f.end and f.start == last_point):
            skipped.append(Skipped(f, "overlaps another fix"))
            continue
        chosen.append(f)
        cursor, last_point = f.end, f.start
    return chosen, skipped


def _splice(text: str, fixes: Sequence[Finding]) -> Tuple[str, List[Tuple[int, int]]]:
    """``text`` with ``fixes`` (sorted, disjoint) applied, and each fix's span in the result."""
    out, spans, cursor, pos = [], [], 0, 0
    for f in fixes:
        out.append(text[cursor:f.start])
        pos += f.start - cursor
        out.append(f.suggestion)
        spans.append((pos, pos + len(f.suggestion)))
        pos += len(f.suggestion)
        cursor = f.end
    out.append(text[cursor:])
    return "".join(out), spans


def _moved(pos: int, fixes: Sequence[Finding], spans: Sequence[Tuple[int, int]], is_end: bool) -> int:
    """Where old offset ``pos`` lands once ``fixes`` (new spans ``spans``) are applied; a start
    inside a fix moves to the fix's start, an end inside one to its end."""
    shift = 0
    for f, (s, e) in zip(fixes, spans):
        if f.end <= pos and not (f.start == f.end == pos and not is_end):
            shift = e - f.end
            continue
        if f.start < pos < f.end or (f.start == pos == f.end):
            return e if is_end else s
        break
    return pos + shift


def _blame(finding: Finding, spans: Sequence[Tuple[int, int]]) -> int:
    """Index of the fix most likely to have drawn ``finding``: one it touches, else the nearest."""
    best, best_distance = 0, None
    for i, (s, e) in enumerate(spans):
        if finding.start <= e and finding.end >= s:
            return i
        distance = s - finding.end if s >= finding.end else finding.start - e
        if best_distance is None or distance < best_distance:
            best, best_distance = i, distance
    return best


def apply_fixes(text: str, findings: Sequence[Finding], rules: Optional[Container[str]] = None,
                check: Optional[Check] = None) -> FixResult:
    """One pass of fixes over ``text`` (see the module docstring). ``findings`` are
    ``check(text)`` when a ``check`` is given; ``rules``: the rule ids allowed (None: all)."""
    chosen, skipped = candidates(text, findings, rules)
    if not chosen:
        return FixResult(text, [], skipped)
    if check is None:
        new_text, _ = _splice(text, chosen)
        return FixResult(new_text, chosen, skipped)
    while chosen:
        new_text, spans = _splice(text, chosen)
        fixed = {id(f) for f in chosen}
        # what the old findings look like in the new text: a finding around a fix holds its result
        expected = Counter((f.rule, new_text[_moved(f.start, chosen, spans, False):_moved(f.end, chosen, spans, True)])
                           for f in findings if id(f) not in fixed)
        introduced = []
        for f in check(new_text):
            if expected[(f.rule, f.text)] > 0:
                expected[(f.rule, f.text)] -= 1
            else:
                introduced.append(f)
        if not introduced:
            return FixResult(new_text, chosen, skipped)
        blamed = {}
        for f in introduced:
            blamed.setdefault(_blame(f, spans), f)
        for i, f in sorted(blamed.items()):
            skipped.append(Skipped(chosen[i], f"the fixed text would draw {f.rule}: {f.text!r}"))
        chosen = [f for i, f in enumerate(chosen) if i not in blamed]
    return FixResult(text, [], skipped)


def fix_text(text: str, check: Check, rules: Optional[Container[str]] = None, max_passes: int = 10) -> FixResult:
    """Fix passes until none applies: ``FixResult`` with the final text, every applied fix
    and what the last pass left. ``check(text)`` lists a text's findings."""
    applied: List[Finding] = []
    current = text
    result = FixResult(text)
    for _ in range(max_passes):
        result = apply_fixes(current, list(check(current)), rules, check)
        if not result.applied:
            break
        applied.extend(result.applied)
        current = result.text
    return FixResult(current, applied, result.skipped)


def safe_rules(catalog) -> frozenset:
    """Ids of the rules marked ``fix: safe`` in ``catalog``."""
    return frozenset(r.id for r in catalog.rules if getattr(r, "safe_fix", False))
