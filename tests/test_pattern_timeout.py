"""The pattern type's timeout is CPU time, one mechanism for every path of ``_hits``: a search
stopped by a stall of the machine (wall-clock time passed, little CPU time spent) is tried again
with the CPU time left and loses no finding, however many times it stalls; a search that spends
its timeout on the CPU is stopped with ``DetectorTimeout``; the windowed path reckons its
windows' time on the clock it is given."""
import itertools
import time

import pytest

from audit.detectors import DetectorTimeout, Hit, pattern
from audit.document import Document

STATE = dict(pattern.prepare({"pattern": r"\bgrows\b", "group": 0, "flags": [], "suggestion": None,
                              "suggestions": {}, "timeout": 0.5}))
TEXT = "The plan grows; the team grows; results grow."


def _stalling(stalls):
    """A stand-in for ``pattern._hits``: its first ``stalls`` calls give the first hit and then
    stall (sleep, spending no CPU) and time out; later calls give every hit. It notes no progress
    (``detect``'s ``_Progress``), so each try starts over and skips the hits already given."""
    calls = []

    def hits(doc, state, progress=None):
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


def test_stalls_are_retried_however_many(monkeypatch, real_hits):
    # a stall spends no CPU: five in a row still lose no finding and give none twice
    fake, calls = _stalling(5)
    monkeypatch.setattr(pattern, "_hits", fake)
    hits = list(pattern.detect(Document.from_text(TEXT), STATE))
    assert [(h.start, h.end) for h in hits] == [(9, 14), (25, 30)] and len(calls) == 6


def _busy(calls, times=None):
    """A stand-in for ``pattern._hits`` that spends the CPU time it is given (``state["timeout"]``)
    and times out, as a backtracking search does; after ``times`` calls it finds every hit."""
    def busy(doc, state, progress=None):
        calls.append(state["timeout"])
        if times is None or len(calls) <= times:
            end = time.thread_time() + state["timeout"]
            while time.thread_time() < end:
                pass
            raise TimeoutError("regex timed out")
        yield from pattern.__dict__["_real_hits"](doc, state)
    return busy


def test_a_timeout_spent_on_the_cpu_is_not_retried(monkeypatch, real_hits):
    calls = []
    monkeypatch.setattr(pattern, "_hits", _busy(calls))
    with pytest.raises(DetectorTimeout):
        list(pattern.detect(Document.from_text(TEXT), STATE))
    assert calls == [0.5]


def test_a_retry_gets_the_cpu_time_left(monkeypatch, real_hits):
    # the first try spent a tenth of the timeout on the CPU before a stall stopped it
    calls = []

    def stalled_once(doc, state, progress=None):
        calls.append(state["timeout"])
        if len(calls) == 1:
            end = time.thread_time() + 0.05
            while time.thread_time() < end:
                pass
            raise TimeoutError("regex timed out")
        yield from pattern.__dict__["_real_hits"](doc, state)

    monkeypatch.setattr(pattern, "_hits", stalled_once)
    hits = list(pattern.detect(Document.from_text(TEXT), STATE))
    assert [(h.start, h.end) for h in hits] == [(9, 14), (25, 30)]
    assert calls[0] == 0.5 and 0.3 < calls[1] <= 0.45 and len(calls) == 2


def test_the_windowed_path_reckons_on_the_clock_given():
    import regex

    from audit.detectors import windows
    compiled = regex.compile(r"[a-z]+")
    spans = [(0, 2), (3, 5)]
    still = [m.span() for m in windows.finditer(compiled, "ab cd", spans, 0.5, clock=lambda: 0.0)]
    assert still == [(0, 2), (3, 5)]
    ticks = itertools.count(0.0, 0.3)  # 0.3 s at each look: the second window is past the timeout
    found = []
    with pytest.raises(TimeoutError):
        for m in windows.finditer(compiled, "ab cd", spans, 0.5, clock=lambda: next(ticks)):
            found.append(m.span())
    assert found == [(0, 2)]


def test_the_windowed_path_counts_cpu_time(monkeypatch):
    # a windowed rule's search reckons on the process's CPU time, as the local search does: a
    # wall clock that runs ten seconds at each look stops none of its windows
    from audit import load_rules

    rule = next(r for r in load_rules().rules if r.type == "pattern" and r.state.get("window") is not None)
    text = " ".join(e.text.replace("\n", " ") for e in rule.examples["flag"]) * 20
    expected = [(h.start, h.end) for h in rule.detect(Document.from_text(text))]
    assert len(expected) >= 20
    ticks = itertools.count(0.0, 10.0)
    monkeypatch.setattr(time, "perf_counter", lambda: next(ticks))
    assert [(h.start, h.end) for h in rule.detect(Document.from_text(text))] == expected


def test_a_backtracking_pattern_on_a_long_line_is_still_stopped():
    state = dict(pattern.prepare({"pattern": r"(a|aa)+$", "group": 0, "flags": [], "suggestion": None,
                                  "suggestions": {}, "timeout": 0.2}))
    with pytest.raises(DetectorTimeout):  # stopped once 0.2 s of CPU time is spent
        list(pattern.detect(Document.from_text("a" * 80 + "b\n"), state))


def test_a_stalled_search_resumes_after_the_last_match_it_handled(monkeypatch):
    # the local search stalls (no CPU spent) after its first match: the retry searches again
    # from that match's end, not from the start, and the hits are those of a search not stopped
    from audit.detectors import screen

    real = screen.local_finditer
    positions = []

    def stalling(compiled, starts, text, screened, pos, *args, **kwargs):
        positions.append(pos)
        found = real(compiled, starts, text, screened, pos, *args, **kwargs)
        if len(positions) == 1:
            yield next(found)
            raise TimeoutError("regex timed out")
        yield from found

    monkeypatch.setattr(screen, "local_finditer", stalling)
    text = TEXT + " The fund grows."
    hits = list(pattern.detect(Document.from_text(text), STATE))
    assert [(h.start, h.end) for h in hits] == [(9, 14), (25, 30), (55, 60)]
    assert positions == [9, 25]  # the retry searched from 14, the first match's end: its next match is at 25


def test_the_retry_after_every_match_gives_each_hit_once(monkeypatch):
    from audit.detectors import screen

    real = screen.local_finditer
    calls = []

    def stall_after_one(compiled, starts, text, screened, pos, *args, **kwargs):
        calls.append(pos)
        found = real(compiled, starts, text, screened, pos, *args, **kwargs)
        m = next(found, None)
        if m is not None:
            yield m
            raise TimeoutError("regex timed out")

    monkeypatch.setattr(screen, "local_finditer", stall_after_one)
    text = "grows " * 6
    hits = list(pattern.detect(Document.from_text(text), STATE))
    assert [(h.start, h.end) for h in hits] == [(6 * k, 6 * k + 5) for k in range(6)]


def test_a_search_anchored_at_its_start_notes_no_progress():
    # \G matches where a search begins: such a search cannot resume past the start
    state = dict(pattern.prepare({"pattern": r"\Ggrows ", "group": 0, "flags": [], "suggestion": None,
                                  "suggestions": {}, "timeout": 0.5}))
    progress = pattern._Progress()
    hits = list(pattern._hits(Document.from_text("grows grows x"), state, progress))
    assert [(h.start, h.end) for h in hits] == [(0, 6), (6, 12)] and progress.point is None


def test_windows_resume_where_a_search_left_off():
    import regex

    from audit.detectors import windows
    compiled = regex.compile(r"[a-z]+(?: [a-z]+)?")
    text = "ab cd ef, gh ij kl"
    spans = [(0, 8), (10, 18)]
    where = [None]
    full = []
    for m in windows.finditer(compiled, text, spans, 5.0, where=where):
        full.append((where[0], m.span()))
    assert [s for _, s in full] == [(0, 5), (6, 8), (10, 15), (16, 18)]
    for k, (number, (_, end)) in enumerate(full):
        rest = [m.span() for m in windows.finditer(compiled, text, spans, 5.0, resume=(number, end))]
        assert rest == [s for _, s in full[k + 1:]]
