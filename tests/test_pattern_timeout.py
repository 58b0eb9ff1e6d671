"""The pattern type's timeout: a search stopped by a stall of the machine (wall-clock time
passed, little CPU time spent) is tried once more and loses no finding; a search that spends
its timeout on the CPU (on a text of ``_SHORT_TEXT`` characters or more; a shorter text is tried
once more after any timeout), or stalls twice, is stopped with ``DetectorTimeout``."""
import time

import pytest

from audit.detectors import DetectorTimeout, Hit, pattern
from audit.document import Document

STATE = dict(pattern.prepare({"pattern": r"\bgrows\b", "group": 0, "flags": [], "suggestion": None,
                              "suggestions": {}, "timeout": 0.5}))
TEXT = "The plan grows; the team grows; results grow."


def _stalling(stalls):
    """A stand-in for ``pattern._hits``: its first ``stalls`` calls give the first hit and then
    stall (sleep, spending no CPU) and time out; later calls give every hit."""
    calls = []

    def hits(doc, state):
        calls.append(1)
        found = list(pattern.__dict__["_real_hits"](doc, state))
        if len(calls) <= stalls:
            yield found[0]
            time.sleep(0.05)
            raise TimeoutError("regex timed out")
        yield from found
    return hits, calls


@pytest.fixture
def real_hits(monkeypatch):
    monkeypatch.setitem(pattern.__dict__, "_real_hits", pattern._hits)
    return pattern._hits


def test_no_stall_finds_both():
    hits = list(pattern.detect(Document.from_text(TEXT), STATE))
    assert [(h.start, h.end) for h in hits] == [(9, 14), (25, 30)]


def test_one_stall_is_retried_and_loses_nothing(monkeypatch, real_hits):
    fake, calls = _stalling(1)
    monkeypatch.setattr(pattern, "_hits", fake)
    hits = list(pattern.detect(Document.from_text(TEXT), STATE))
    # the hit given before the stall is not given twice; the one after it is not lost
    assert [(h.start, h.end) for h in hits] == [(9, 14), (25, 30)]
    assert all(isinstance(h, Hit) for h in hits) and len(calls) == 2


def test_two_stalls_stop_the_rule(monkeypatch, real_hits):
    fake, calls = _stalling(2)
    monkeypatch.setattr(pattern, "_hits", fake)
    given = []
    with pytest.raises(DetectorTimeout):
        for h in pattern.detect(Document.from_text(TEXT), STATE):
            given.append((h.start, h.end))
    assert given == [(9, 14)] and len(calls) == 2


LONG = TEXT + " " + "x" * pattern._SHORT_TEXT


def test_a_timeout_spent_on_the_cpu_is_not_retried(monkeypatch, real_hits):
    calls = []

    def busy(doc, state):  # spends CPU until its "timeout", as a backtracking search does
        calls.append(1)
        end = time.process_time() + 0.05
        while time.process_time() < end:
            pass
        raise TimeoutError("regex timed out")
        yield  # a generator, as ``_hits`` is

    monkeypatch.setattr(pattern, "_hits", busy)
    # a machine so loaded that the busy loop got under half the wall time may try twice: never more
    with pytest.raises(DetectorTimeout):
        list(pattern.detect(Document.from_text(LONG), STATE))
    assert 1 <= len(calls) <= 2


def test_a_short_text_is_tried_once_more_after_a_timeout_on_the_cpu(monkeypatch, real_hits):
    calls = []

    def busy_once(doc, state):  # spends CPU until its "timeout" the first time, then finds both
        calls.append(1)
        if len(calls) == 1:
            end = time.process_time() + 0.05
            while time.process_time() < end:
                pass
            raise TimeoutError("regex timed out")
        yield from pattern.__dict__["_real_hits"](doc, state)

    monkeypatch.setattr(pattern, "_hits", busy_once)
    hits = list(pattern.detect(Document.from_text(TEXT), STATE))
    assert [(h.start, h.end) for h in hits] == [(9, 14), (25, 30)] and len(calls) == 2


def test_a_backtracking_pattern_on_a_long_line_is_still_stopped():
    state = dict(pattern.prepare({"pattern": r"(a|aa)+$", "group": 0, "flags": [], "suggestion": None,
                                  "suggestions": {}, "timeout": 0.2}))
    with pytest.raises(DetectorTimeout):  # stopped, after at most two tries of 0.2 s
        list(pattern.detect(Document.from_text("a" * 80 + "b\n"), state))
