"""Sets of character spans that answer "does (a, b) overlap any of them?" without reading
each of them (issue 13: a detector that tests every candidate against every match found so
far is a scan of matches x candidates on a long line).

A span (s, e) overlaps (a, b) when ``a < e and s < b`` (the test the detectors spelled out
with ``any``). Spans are kept sorted by start; a query reads, by bisection, only those that
start before ``b``, from the last back to the first that could still reach past ``a`` (no
span is longer than the longest added, so one starting at or before ``a - longest`` ends at
or before ``a``). Detectors' spans are a clause or a sentence long, so a query reads a few
spans, and the answer is the same as the scan of them all."""
from __future__ import annotations

import bisect
from typing import Iterable, List


class SpanSet:
    """Spans (start, end) that grow by ``add`` and answer ``overlaps(a, b)``."""

    __slots__ = ("_starts", "_ends", "_longest")

    def __init__(self, spans: Iterable = ()):
        pairs = sorted((s, e) for s, e, *_ in spans)
        self._starts: List[int] = [s for s, _ in pairs]
        self._ends: List[int] = [e for _, e in pairs]
        self._longest = max((e - s for s, e in pairs), default=0)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        if end - start > self._longest:
            self._longest = end - start

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some span (s, e) of the set has ``a < e and s < b``."""
        starts, ends = self._starts, self._ends
        floor = a - self._longest
        i = bisect.bisect_left(starts, b) - 1  # the spans from here back start before b
        while i >= 0 and starts[i] > floor:
            if ends[i] > a:
                return True
            i -= 1
        return False

    def __len__(self) -> int:
        return len(self._starts)


class Occurrences:
    """Where ``needle`` occurs in ``text`` (every place, overlapping ones too), answering
    ``text.rfind(needle, 0, end)`` and ``text.find(needle, start)`` by bisection: the same
    numbers, without a read of the text back to its start or on to its end at each call (a
    1 MB line with no newline made each such call a read of the whole line)."""

    __slots__ = ("_at", "_size")

    def __init__(self, text: str, needle: str):
        at, i = [], text.find(needle)
        while i >= 0:
            at.append(i)
            i = text.find(needle, i + 1)
        self._at = at
        self._size = len(needle)

    def rfind(self, end: int) -> int:
        """``text.rfind(needle, 0, end)``: the last place whose needle ends by ``end``, else -1."""
        i = bisect.bisect_right(self._at, end - self._size) - 1
        return self._at[i] if i >= 0 else -1

    def find(self, start: int) -> int:
        """``text.find(needle, start)``: the first place at or after ``start``, else -1."""
        i = bisect.bisect_left(self._at, max(start, 0))
        return self._at[i] if i < len(self._at) else -1

    def count(self, start: int, end: int) -> int:
        """``text.count(needle, start, end)`` for a needle that cannot overlap itself (one
        character, ". "): the places from ``start`` whose needle ends by ``end``."""
        return max(0, bisect.bisect_right(self._at, end - self._size) - bisect.bisect_left(self._at, start))
