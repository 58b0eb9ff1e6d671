"""The one finding type every detector, reporter and test shares."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Optional

from . import re_programs


class Severity(enum.IntEnum):
    """Ordered severities; ``info`` never counts toward a score or an exit code."""

    INFO = 0
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[str(name).upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {name!r} (expected one of: {', '.join(s.label for s in cls)})"
            ) from None

    @property
    def label(self) -> str:
        return _LABELS[self]  # a dict look-up: ``Enum.name`` is a descriptor call, and reports ask per finding


_LABELS = {s: s.name.lower() for s in Severity}

# MQM-style category paths: a top-level branch and optional sub-paths.
CATEGORY_RE = re_programs.compile(
    r"^(accuracy|fluency|terminology|style|locale-convention|design|other)(/[a-z][a-z-]*)*$"
)


@dataclass(frozen=True)
class Finding:
    """One suspect span of a document.

    ``text`` always equals ``document[start:end]`` of the decoded document; ``line`` and
    ``column`` are 1-based and point at ``start``.
    """

    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    text: str
    suggestion: Optional[str] = None
    context: str = ""
    # bilingual mode: (start, end, text) of the matching span of the decoded source; None
    # (and absent from reports) without a source
    source: Optional[tuple] = None

    @property
    def sort_key(self):
        return (self.start, self.end, self.rule, self.message)

    def to_dict(self) -> dict:
        # Every field is a scalar (source aside, rebuilt below): no deep copy is needed, and
        # ``dataclasses.asdict``'s took longer than the checking on reports of 50,000 findings.
        # Written out field by field, in the order the fields are declared
        # (``tests/test_findings.py`` holds the two together): a report of 50,000 findings
        # spent a tenth of a second in a getattr per field.
        data = {"rule": self.rule, "category": self.category, "severity": self.severity.label,
                "message": self.message, "start": self.start, "end": self.end, "line": self.line,
                "column": self.column, "text": self.text, "suggestion": self.suggestion, "context": self.context}
        if self.source is not None:
            data["source"] = {"start": self.source[0], "end": self.source[1], "text": self.source[2]}
        return data
