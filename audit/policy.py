"""What counts as a finding for one run: the selected rules (with severity overrides and
per-path ignores), Markdown inline suppressions and a baseline of accepted findings, and the
gate that turns findings into an exit code.

Ignored, suppressed and baselined findings are not findings: they count toward neither the
score nor the exit code. ``--min-severity`` is different: a display filter, applied when the
report is built (``audit.report``), after scores and the gate are settled.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple, Union

from . import suppress
from .baseline import Baseline
from .config import path_ignores, relative_posix
from .document import Document
from .engine import CheckResult, check_document, check_documents
from .findings import Severity
from .rules import Catalog, Rule
from .selection import SelectionError, check_tokens, matches_any, override_severities, select_rules, weight



@dataclass
class Policy:
    catalog: Catalog                       # its rules already selected and overridden
    per_path: Dict[str, List[str]] = field(default_factory=dict)
    base_dir: str = field(default_factory=os.getcwd)
    baseline: Optional[Baseline] = None
    known: Sequence[Rule] = ()             # the whole catalog: what inline comments may name
    _by_tokens: Dict[Tuple[str, ...], List[Rule]] = field(default_factory=dict, repr=False)

    def rules_for(self, path: str) -> List[Rule]:
        tokens = tuple(path_ignores(self.per_path, path, self.base_dir)) if self.per_path else ()
        if tokens not in self._by_tokens:
            self._by_tokens[tokens] = [r for r in self.catalog.rules
                                       if not matches_any(tokens, r.id, r.category)]
        return self._by_tokens[tokens]

    def key(self, path: str) -> str:
        """The path as baselines record it: relative to the project folder, forward slashes."""
        return relative_posix(path, self.base_dir)

    def check(self, doc: Document, real_path: Optional[str] = None) -> Tuple[CheckResult, Dict[str, int]]:
        """Check ``doc`` and drop what this policy does not count: ``(result, hidden counts)``.
        ``real_path``: where the file is (for per-path settings), when ``doc.path`` is a
        display name."""
        path = real_path or doc.path
        return self._counted(check_document(doc, self.rules_for(path)), path)

    def check_many(self, items: Sequence[Tuple[Document, Optional[str]]]
                   ) -> List[Union[Tuple[CheckResult, Dict[str, int]], Exception]]:
        """``check(doc, real_path)`` of each ``(doc, real_path)``, in one pass per rule over the
        documents that share their rules (``engine.check_documents``): the same results. A
        document on which a rule raised gets the exception in place of its result; the others
        are checked on."""
        out: List = [None] * len(items)
        groups: Dict[int, List[int]] = {}
        rules_of = {}
        for k, (doc, real_path) in enumerate(items):
            try:
                rules = self.rules_for(real_path or doc.path)
            except Exception as exc:  # a bug: reported for this document only
                out[k] = exc
                continue
            rules_of[id(rules)] = rules
            groups.setdefault(id(rules), []).append(k)
        for key, members in groups.items():
            failures: Dict[int, BaseException] = {}
            results = check_documents([items[k][0] for k in members], rules_of[key], failures=failures)
            for j, k in enumerate(members):
                if j in failures:
                    out[k] = failures[j]
                    continue
                doc, real_path = items[k]
                try:
                    out[k] = self._counted(results[j], real_path or doc.path)
                except Exception as exc:  # a bug: reported for this document only
                    out[k] = exc
        return out

    def _counted(self, result: CheckResult, path: str) -> Tuple[CheckResult, Dict[str, int]]:
        doc = result.document
        hidden: Dict[str, int] = {}
        findings = result.findings
        if suppress.is_markdown(path) and "mtaudit-" in doc.text:
            findings, n = suppress.apply(findings, doc.text)
            if n:
                hidden["inline"] = n
            known = self.known or self.catalog.rules
            for token in suppress.tokens(doc.text):
                if not any(weight(token, r) for r in known):
                    result.warnings.append({"rule": "mtaudit-disable", "message":
                                            f"{token!r} in an mtaudit-disable/enable comment names no rule, "
                                            f"category or id prefix"})
        if self.baseline is not None:
            findings, n = self.baseline.split(self.key(path), findings)
            if n:
                hidden["baseline"] = n
        result.findings = findings
        return result, hidden


def make_catalog(catalog: Catalog, select: Optional[Sequence[str]] = None, ignore: Sequence[str] = (),
                 extend_select: Sequence[str] = (), severity: Optional[Dict[str, str]] = None,
                 score_threshold: Optional[float] = None) -> Catalog:
    """``catalog`` with only the selected rules, severities overridden and, unless
    ``score_threshold`` is None, the verdict threshold of its scoring set to it. Raises
    SelectionError."""
    rules = select_rules(catalog.rules, select, ignore, extend_select)
    rules = override_severities(rules, severity or {}, catalog.rules)
    scoring = catalog.scoring
    if score_threshold is not None:
        scoring = dataclasses.replace(scoring, threshold=float(score_threshold))
    return dataclasses.replace(catalog, rules=rules, scoring=scoring)


def apply_selection(catalog: Catalog, selection: Mapping) -> Catalog:
    """``make_catalog`` of ``catalog`` with the settings of ``selection`` (a mapping of the
    config keys ``select``, ``ignore``, ``extend-select``, ``severity`` and ``score-threshold``,
    any of them missing or None): what check, score and audit each run with."""
    return make_catalog(catalog, selection.get("select"), selection.get("ignore") or (),
                        selection.get("extend-select") or (), selection.get("severity"),
                        selection.get("score-threshold"))


def check_path_ignores(per_path: Dict[str, List[str]], catalog: Catalog) -> None:
    """Raise SelectionError when a ``per-path-ignores`` token names no rule of ``catalog``."""
    for glob, tokens in (per_path or {}).items():
        check_tokens(tokens, catalog.rules, f"per-path-ignores {glob!r}")


def selection_digest(*parts) -> str:
    """A hash that changes whenever any part of the selection does (batch reports record it,
    so a changed selection re-checks what an earlier run reused)."""
    import hashlib
    import json

    data = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def with_glossary(catalog: Catalog, path: Optional[str]) -> Catalog:
    """``catalog`` with every glossary rule reading ``path`` instead of its own file. Raises
    SelectionError when that glossary cannot be used."""
    if not path:
        return catalog
    from .detectors import DETECTORS, ParamError

    rules = []
    for rule in catalog.rules:
        if rule.type == "glossary":
            params = dict(rule.params, path=os.path.abspath(path))
            try:
                rule = dataclasses.replace(rule, params=params, state=DETECTORS[rule.type].prepare(params))
            except ParamError as exc:
                raise SelectionError(f"glossary {path}: {exc}") from None
        rules.append(rule)
    return dataclasses.replace(catalog, rules=rules)


# ----------------------------------------------------------------------------- the gate
def failing(by_severity: Dict[str, int], verdict: str, fail_on: str) -> bool:
    """Whether one document fails the gate: with ``fail_on`` a severity, when it has a counted
    finding at or above it; with ``verdict``, when its score verdict is fail; ``never``: never."""
    if fail_on == "never":
        return False
    if fail_on == "verdict":
        return verdict == "fail"
    threshold = Severity.parse(fail_on)
    return any(n and Severity.parse(sev) >= threshold for sev, n in by_severity.items())


def gate(documents: Sequence[Tuple[Dict[str, int], str]], errors: Union[int, Sequence[dict]],
         fail_on: str) -> dict:
    """The run's gate from ``(by_severity, verdict)`` per document: exit 3 when an errors entry
    is an internal error (a bug in mtaudit met on a document), else 2 when an input or rule
    failed, else 1 when a document fails the gate, else 0. ``errors``: the run's errors entries
    (or just how many, none of them internal)."""
    from .report import INTERNAL_ERROR

    if isinstance(errors, int):
        n_errors, internal = errors, False
    else:
        n_errors = len(errors)
        internal = any(str(e.get("reason", "")).startswith(INTERNAL_ERROR) for e in errors)
    n = sum(1 for by_sev, verdict in documents if failing(by_sev, verdict, fail_on))
    code = 3 if internal else 2 if n_errors else 1 if n else 0
    return {"fail_on": fail_on, "failing": n, "status": "error" if n_errors else "fail" if n else "pass",
            "exit_code": code}
