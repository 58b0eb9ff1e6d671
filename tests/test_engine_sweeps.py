"""The engine's per-finding helpers against their plain definitions (issue 13, speed):
``_drop_contained`` keeps exactly the findings no kept finding at least as severe contains, and
``_whole_characters`` widens a span over combining marks, and leaves any other span alone."""
import random

import pytest

from audit.engine import _drop_contained, _whole_characters
from audit.findings import Finding, Severity


def _plain_drop_contained(findings):
    """The definition: in (start, longest first) order, a finding is dropped when a finding
    kept before it, of at least its severity, ends at or after its end."""
    kept = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if any(k.severity >= f.severity and k.end >= f.end for k in kept):
            continue
        kept.append(f)
    ids = {id(f) for f in kept}
    return [f for f in findings if id(f) in ids]


def _finding(start, end, severity):
    return Finding(rule="r", category="style", severity=severity, message="m", start=start, end=end,
                   line=1, column=start + 1, text="x" * (end - start))


@pytest.mark.parametrize("seed", range(40))
def test_drop_contained_matches_its_definition(seed):
    rng = random.Random(seed)
    spans = set()
    while len(spans) < rng.randint(1, 60):
        start = rng.randint(0, 80)
        spans.add((start, start + rng.randint(1, 25)))
    findings = sorted((_finding(s, e, rng.choice(list(Severity))) for s, e in spans), key=lambda f: f.sort_key)
    assert _drop_contained(findings) == _plain_drop_contained(findings)


def test_less_severe_container_keeps_what_is_inside():
    outer, inner = _finding(0, 20, Severity.INFO), _finding(5, 10, Severity.MAJOR)
    assert _drop_contained([outer, inner]) == [outer, inner]
    assert _drop_contained([_finding(0, 20, Severity.MAJOR), _finding(5, 10, Severity.MINOR)]) == \
        [_finding(0, 20, Severity.MAJOR)]


@pytest.mark.parametrize("text, span, widened", [
    ("cafe\u0301 au lait", (0, 4), (0, 5)),      # the mark after the span joins it
    ("cafe\u0301 au lait", (4, 5), (3, 5)),      # a span starting on the mark takes its letter
    ("plain text", (0, 5), (0, 5)),
    ("plain text", (6, 10), (6, 10)),            # a span to the end of the text
    ("na\u00efve \u4e2d\u6587", (0, 5), (0, 5)),  # letters above U+0300 that are no marks
])
def test_whole_characters(text, span, widened):
    assert _whole_characters(text, *span) == widened
