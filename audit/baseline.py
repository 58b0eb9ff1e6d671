"""Baselines of accepted findings: ``--write-baseline FILE`` records today's findings,
``--baseline FILE`` hides them on later runs and lets new ones through.

A finding's fingerprint is its rule, its matched text and two words either side of it, all
case-folded with white space collapsed, taken from the finding's own ``context`` (which never
crosses a line). Line numbers and offsets are not part of it, so a finding keeps its
fingerprint when lines are inserted above it or its paragraph moves. Repeats of one
fingerprint in one file are counted: a baseline that accepted two hides two, and a third is new.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Dict, Iterable, List, Optional, Tuple

from . import __version__, yamlio

SCHEMA = "mtaudit-baseline/1"
CONTEXT_WORDS = 2
_WORD = re.compile(r"\w+")


class BaselineError(Exception):
    """A baseline file that cannot be used; one line naming the file."""


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def fingerprint(finding: dict) -> str:
    """A stable id for a finding dict (``rule``, ``text``, ``context``): the rule, the matched
    text and the CONTEXT_WORDS words either side of it in its context, case-folded."""
    text = " ".join(finding["text"].split())
    context = finding.get("context") or ""
    pos = context.find(text) if text else -1
    before = _WORD.findall(context[:pos])[-CONTEXT_WORDS:] if pos >= 0 else []
    after = _WORD.findall(context[pos + len(text):])[:CONTEXT_WORDS] if pos >= 0 else []
    key = "\x1f".join((finding["rule"], _norm(text), _norm(" ".join(before)), _norm(" ".join(after))))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def occurrences(findings: Iterable[dict]) -> List[Tuple[str, int]]:
    """``(fingerprint, n)`` per finding, n counting earlier findings with the same print."""
    seen: Counter = Counter()
    out = []
    for f in findings:
        fp = fingerprint(f)
        out.append((fp, seen[fp]))
        seen[fp] += 1
    return out


def build(documents: Iterable[Tuple[str, List[dict]]]) -> dict:
    """A baseline from ``(path, finding dicts)`` pairs; paths as the reports name them."""
    entries = []
    for path, findings in documents:
        counts: Dict[str, dict] = {}
        for f in findings:
            fp = fingerprint(f)
            if fp in counts:
                counts[fp]["count"] += 1
            else:
                counts[fp] = {"path": path, "rule": f["rule"], "text": f["text"], "fingerprint": fp, "count": 1}
        entries.extend(counts.values())
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return {"schema": SCHEMA, "tool": {"name": "mtaudit", "version": __version__},
            "findings": entries}


class Baseline:
    def __init__(self, counts: Dict[Tuple[str, str], int], path: str = "<baseline>"):
        self.counts = counts
        self.path = path

    @classmethod
    def from_data(cls, data, path: str = "<baseline>") -> "Baseline":
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{path}: not an mtaudit baseline (expected schema {SCHEMA} and a findings list)")
        counts: Dict[Tuple[str, str], int] = Counter()
        for i, e in enumerate(data["findings"]):
            if not (isinstance(e, dict) and isinstance(e.get("path"), str) and isinstance(e.get("fingerprint"), str)
                    and isinstance(e.get("count", 1), int) and not isinstance(e.get("count", 1), bool)):
                raise BaselineError(f"{path}: findings[{i}] needs a path, a fingerprint and an integer count")
            counts[(e["path"], e["fingerprint"])] += max(0, e.get("count", 1))
        return cls(dict(counts), path)

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            _, data = yamlio.load_file(path)
        except yamlio.YamlFileError as exc:
            raise BaselineError(f"{path}: {exc}") from None
        return cls.from_data(data, path)

    def misnamed(self, keys: Iterable[str]) -> Optional[Tuple[str, str]]:
        """``(baseline path, checked path)`` of one document the baseline seems to name by
        another path (one ends with the other after a "/"), when no checked path is in the
        baseline at all: the baseline was written from another folder and hides nothing."""
        paths = {p for p, _ in self.counts}
        keys = list(keys)
        if not paths or any(k in paths for k in keys):
            return None
        ordered = sorted(paths)  # sorted once, not once per checked path
        for k in keys:
            for p in ordered:
                if p.endswith("/" + k) or k.endswith("/" + p):
                    return p, k
        return None

    def split(self, path: str, findings: List) -> Tuple[List, int]:
        """``(new findings, number accepted)``: the first ``count`` findings of each baseline
        fingerprint are accepted, the rest are new. ``findings`` are Finding objects or dicts."""
        left = {}
        kept = []
        for f in findings:
            d = f if isinstance(f, dict) else f.to_dict()
            fp = fingerprint(d)
            n = left.setdefault(fp, self.counts.get((path, fp), 0))
            if n > 0:
                left[fp] = n - 1
            else:
                kept.append(f)
        return kept, len(findings) - len(kept)
