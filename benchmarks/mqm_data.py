"""Load the WMT 2021 TED zh->en MQM annotations as plain-text segments with rater spans.

The data file (``../shared/data/mqm_ted_zhen.tsv``, see the README beside it) has one row per
error a rater marked, the erroneous span wrapped in ``<v>...</v>`` inside ``target``, and
``No-error`` rows without a span. This module turns it into one :class:`Segment` per
(system, doc, seg_id): the translation with the markers stripped, every rated span as
character offsets into that plain text, the raters who looked at it and its MQM score.

Everything here is a pure function of the file's content, so benchmarks of precision,
alignment and correlation can share it::

    from mqm_data import load_mqm, load_segments
    segments = load_segments()       # default: ../shared/data/mqm_ted_zhen.tsv beside the checkout
    data = load_mqm(path)            # segments plus LoadStats (rows skipped, odd markers, ...)

Offsets index the Python ``str`` (code points), like ``audit.Finding.start``/``end``.

Robustness rules, each counted in :class:`LoadStats`:

* ``<v>`` inside an open span and ``</v>`` with no open span are dropped; a ``<v>`` never
  closed runs to the end of the text; ``<v></v>`` gives an empty span (it overlaps nothing).
* An error row with no markers in the target (typically ``Accuracy/Omission`` or ``Source
  error``, whose span raters mark in the *source*) has no location in the translation; it is
  kept in ``Segment.unlocated``, with its source span when there is one, and counts toward the
  score. Markers are stripped from ``source`` too.
* The first row of a segment fixes its plain text; a later row whose stripped target differs
  is skipped entirely (neither its span nor its weight is used).

Scores follow Freitag et al. (2021), as the data README gives them: Major 5, Minor 1,
Minor ``Fluency/Punctuation`` 0.1, ``Non-translation`` 25, ``No-error`` 0; a segment scores
minus the mean over its raters of each rater's summed weights. Other categories, including
``Source error``, take the plain Major/Minor weight.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterable, Iterator, List, NamedTuple, Optional, Tuple

# ../shared/data/mqm_ted_zhen.tsv seen from the repository root, wherever the caller runs from.
DEFAULT_DATA = os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "mqm_ted_zhen.tsv"))
COLUMNS = ("system", "doc", "doc_id", "seg_id", "rater", "source", "target", "category", "severity")
NO_ERROR = "No-error"

_MARKER_RE = re.compile(r"</?v>")


class MqmFormatError(ValueError):
    """The file is not in the expected layout; the message names the file and line."""


class Row(NamedTuple):
    """One line of the TSV file, as read (``line`` is 1-based, the header being line 1)."""

    line: int
    system: str
    doc: str
    doc_id: str
    seg_id: str
    rater: str
    source: str
    target: str
    category: str
    severity: str


class Span(NamedTuple):
    """A rated error span: ``text[start:end]`` of the segment's plain translation."""

    start: int
    end: int
    category: str
    severity: str
    rater: str


class Unlocated(NamedTuple):
    """A rated error with no span in the translation (e.g. an omission); ``source_span`` is
    the (start, end) the rater marked in the plain source, or None."""

    category: str
    severity: str
    rater: str
    source_span: Optional[Tuple[int, int]] = None


@dataclass(frozen=True)
class Segment:
    """One translated segment of one system, with everything its raters said about it."""

    system: str
    doc: str
    doc_id: int
    seg_id: int
    source: str
    text: str
    spans: Tuple[Span, ...]
    unlocated: Tuple[Unlocated, ...]
    raters: FrozenSet[str]
    score: float

    @property
    def key(self) -> Tuple[str, str, int]:
        return (self.system, self.doc, self.seg_id)

    def spans_overlapping(self, start: int, end: int) -> List[Span]:
        """Rated spans sharing at least one character with ``[start, end)``."""
        return [s for s in self.spans if s.start < end and start < s.end]


@dataclass
class LoadStats:
    """What the loader had to repair or skip; all counts are rows unless named otherwise."""

    rows: int = 0
    segments: int = 0
    error_rows: int = 0
    no_error_rows: int = 0
    unlocated_errors: int = 0
    empty_spans: int = 0
    multi_span_rows: int = 0
    unclosed_markers: int = 0
    stray_markers: int = 0
    text_mismatch_skipped: int = 0
    source_mismatch: int = 0

    def as_dict(self) -> Dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class MqmData:
    path: str
    sha256: str
    segments: List[Segment]
    stats: LoadStats = field(default_factory=LoadStats)

    @property
    def systems(self) -> List[str]:
        return sorted({s.system for s in self.segments})


class MarkedText(NamedTuple):
    """A target with its markers removed: plain text, spans, and marker problems found."""

    text: str
    spans: Tuple[Tuple[int, int], ...]
    unclosed: int
    stray: int


def strip_markers(target: str) -> MarkedText:
    """Remove ``<v>``/``</v>`` from ``target`` and return the spans they delimited."""
    pieces: List[str] = []
    spans: List[Tuple[int, int]] = []
    length = 0
    open_at: Optional[int] = None
    stray = 0
    cursor = 0
    for m in _MARKER_RE.finditer(target):
        chunk = target[cursor:m.start()]
        pieces.append(chunk)
        length += len(chunk)
        cursor = m.end()
        if m.group() == "<v>":
            if open_at is None:
                open_at = length
            else:
                stray += 1
        elif open_at is not None:
            spans.append((open_at, length))
            open_at = None
        else:
            stray += 1
    tail = target[cursor:]
    pieces.append(tail)
    length += len(tail)
    unclosed = 0
    if open_at is not None:
        spans.append((open_at, length))
        unclosed = 1
    return MarkedText("".join(pieces), tuple(spans), unclosed, stray)


def mqm_weight(category: str, severity: str) -> float:
    """Weight of one rated error (Freitag et al. 2021); raises ValueError on an unknown severity."""
    if severity == NO_ERROR:
        return 0.0
    if category.lower().startswith("non-translation"):
        return 25.0
    if severity == "Major":
        return 5.0
    if severity == "Minor":
        return 0.1 if category == "Fluency/Punctuation" else 1.0
    if severity == "Neutral":
        return 0.0
    raise ValueError(f"unknown MQM severity {severity!r}")


def mqm_score(ratings: Iterable[Tuple[str, str, str]]) -> float:
    """Minus the mean over raters of their summed weights; ``ratings`` are (rater, category,
    severity) triples, ``No-error`` ones included so that error-free raters count."""
    totals: Dict[str, float] = {}
    for rater, category, severity in ratings:
        totals[rater] = totals.get(rater, 0.0) + mqm_weight(category, severity)
    if not totals:
        return 0.0
    return -sum(totals.values()) / len(totals)


def read_rows(lines: Iterable[str], path: str = "<data>") -> Iterator[Row]:
    """Parse the TSV lines (header first); raise MqmFormatError on a malformed line."""
    it = iter(lines)
    header = next(it, None)
    if header is None or tuple(header.rstrip("\r\n").split("\t")) != COLUMNS:
        raise MqmFormatError(f"{path}: line 1: expected header {' '.join(COLUMNS)!r}")
    for number, line in enumerate(it, start=2):
        line = line.rstrip("\r\n")
        if not line:
            continue
        parts = line.split("\t")
        if len(parts) != len(COLUMNS):
            raise MqmFormatError(f"{path}: line {number}: {len(parts)} columns, expected {len(COLUMNS)}")
        yield Row(number, *parts)


def build_segments(rows: Iterable[Row], path: str = "<data>") -> Tuple[List[Segment], LoadStats]:
    """Group rows into segments, sorted by (system, doc_id, seg_id); see the module docstring."""
    stats = LoadStats()
    groups: "OrderedDict[Tuple[str, str, str], dict]" = OrderedDict()
    for row in rows:
        stats.rows += 1
        marked = strip_markers(row.target)
        source = strip_markers(row.source)
        key = (row.system, row.doc, row.seg_id)
        group = groups.get(key)
        if group is None:
            try:
                doc_id, seg_id = int(row.doc_id), int(row.seg_id)
            except ValueError:
                raise MqmFormatError(f"{path}: line {row.line}: doc_id and seg_id must be integers") from None
            group = groups[key] = {"doc_id": doc_id, "seg_id": seg_id, "source": source.text,
                                   "text": marked.text, "spans": [], "unlocated": [], "ratings": []}
        elif marked.text != group["text"]:
            stats.text_mismatch_skipped += 1
            continue
        if source.text != group["source"]:
            stats.source_mismatch += 1
        try:
            mqm_weight(row.category, row.severity)
        except ValueError as exc:
            raise MqmFormatError(f"{path}: line {row.line}: {exc}") from None
        stats.unclosed_markers += marked.unclosed
        stats.stray_markers += marked.stray
        group["ratings"].append((row.rater, row.category, row.severity))
        if row.severity == NO_ERROR:
            stats.no_error_rows += 1
            continue
        stats.error_rows += 1
        if not marked.spans:
            stats.unlocated_errors += 1
            src_span = source.spans[0] if source.spans else None
            group["unlocated"].append(Unlocated(row.category, row.severity, row.rater, src_span))
            continue
        if len(marked.spans) > 1:
            stats.multi_span_rows += 1
        for start, end in marked.spans:
            if start == end:
                stats.empty_spans += 1
            group["spans"].append(Span(start, end, row.category, row.severity, row.rater))

    segments = [
        Segment(
            system=system, doc=doc, doc_id=g["doc_id"], seg_id=g["seg_id"], source=g["source"],
            text=g["text"], spans=tuple(sorted(g["spans"])), unlocated=tuple(g["unlocated"]),
            raters=frozenset(r for r, _, _ in g["ratings"]), score=mqm_score(g["ratings"]),
        )
        for (system, doc, _), g in groups.items()
    ]
    segments.sort(key=lambda s: (s.system, s.doc_id, s.doc, s.seg_id))
    stats.segments = len(segments)
    return segments, stats


def load_mqm(path: str = DEFAULT_DATA) -> MqmData:
    """Read ``path`` and return its segments, the load statistics and the file's SHA-256."""
    with open(path, "rb") as fh:
        raw = fh.read()
    # split("\n"), not splitlines(): the latter also breaks at U+2028, U+0085 and other
    # characters that may sit inside a field.
    lines = raw.decode("utf-8").split("\n")
    segments, stats = build_segments(read_rows(lines, path), path)
    return MqmData(path, hashlib.sha256(raw).hexdigest(), segments, stats)


def load_segments(path: str = DEFAULT_DATA) -> List[Segment]:
    """The segments of ``path``; use :func:`load_mqm` to also get the load statistics."""
    return load_mqm(path).segments
