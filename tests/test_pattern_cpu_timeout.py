"""A pattern rule's timeout on the local search (``pattern._local_matches``) counts the
process's CPU time (``screen.local_finditer``'s ``clock``): a document dense with matches is not
stopped, its findings lost, because the machine is loaded and the wall clock runs on (issue
13, thirty-ninth round: a 1 MB line of mt-term-grassroots-38c's own words, 0.25 s of CPU, ran
past 0.5 s wall-clock twice on a shared machine). A search that spends its timeout on the CPU
is still stopped."""
import itertools
import time

import pytest

from audit import load_rules
from audit.detectors import DetectorTimeout, pattern, screen
from audit.document import Document

pytestmark = pytest.mark.skipif(screen._re2 is None, reason="google-re2 is not installed")


@pytest.fixture(scope="module")
def rule():
    return next(r for r in load_rules().rules if r.id == "mt-term-grassroots-38c")


def _text(rule):
    unit = " ".join(e.text.replace("\n", " ") for e in rule.examples["flag"]) + " "
    return unit * (30_000 // len(unit) + 1)


def test_a_wall_clock_that_runs_on_stops_no_search(rule, monkeypatch):
    doc = Document.from_text(_text(rule))
    expected = [(h.start, h.end) for h in rule.detect(doc)]
    assert len(expected) > 200
    # ten seconds of wall-clock time pass at each look at the clock, none of CPU time
    ticks = itertools.count(0.0, 10.0)
    monkeypatch.setattr(time, "perf_counter", lambda: next(ticks))
    assert [(h.start, h.end) for h in rule.detect(Document.from_text(_text(rule)))] == expected


def test_cpu_time_past_the_timeout_stops_the_search(rule):
    text = _text(rule)
    re_ = rule.state["re"]
    starts = screen.compiled_from_start(re_.pattern_text, re_.flags)
    ticks = itertools.count(0.0, 1.0)  # a second of the given clock at each look
    with pytest.raises(TimeoutError):
        list(screen.local_finditer(re_.compiled(), starts, text, screen.screen_text(text), 0, 0.5,
                                   clock=lambda: next(ticks)))
    # the same clock standing still: every match
    assert len(list(screen.local_finditer(re_.compiled(), starts, text, screen.screen_text(text), 0, 0.5,
                                          clock=lambda: 0.0))) > 200


def test_the_rule_still_gives_up_on_the_cpu(rule, monkeypatch):
    # CPU time past the timeout at each look: the rule gives up (after its one retry)
    ticks = itertools.count(0.0, 10.0)
    monkeypatch.setattr(time, "thread_time", lambda: next(ticks))
    with pytest.raises(DetectorTimeout):
        list(rule.detect(Document.from_text(_text(rule))))


def test_the_collectors_time_is_no_search_time():
    """A garbage collection inside a search (``gc.callbacks``) is left out of the time a rule's
    search has spent (``pattern._search_clock``); the search's own CPU time is counted."""
    before = pattern._search_clock()
    pattern._gc_timer("start", {})
    end = time.thread_time() + 0.05
    while time.thread_time() < end:
        pass
    pattern._gc_timer("stop", {})
    assert pattern._search_clock() - before < 0.02
    end = time.thread_time() + 0.05
    while time.thread_time() < end:
        pass
    assert pattern._search_clock() - before >= 0.05
    # a real collection calls the module's timer too
    spent = pattern._GC["spent"]
    import gc
    gc.collect()
    assert pattern._GC["spent"] > spent
