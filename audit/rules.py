"""Loading rules.yaml: validation with messages that name the file, the rule and the key."""
from __future__ import annotations

import hashlib
import math
import os
import re
import string
import sys
from dataclasses import dataclass, field, fields, replace
from typing import Any, Dict, List, NamedTuple, Optional, Tuple


from .detectors import DETECTORS, RULES_DIR, ParamError, check_params
from .findings import CATEGORY_RE, Severity
from . import yamlio

COMMON_KEYS = {"id", "type", "category", "severity", "message", "description", "examples", "enabled", "fix", "gated"}
# ``fix:`` values: ``safe`` (mtaudit fix applies the rule's suggestions without --unsafe-fixes) or
# ``unsafe`` (the default: applied only with --unsafe-fixes).
FIX_VALUES = ("safe", "unsafe")
MESSAGE_FIELDS = {"match", "suggestion", "rule"}
EXAMPLE_KEYS = ("text", "span", "fix", "source")
_UNSET = object()


class RuleError(Exception):
    """Anything wrong with a rules file; ``str()`` is one line naming file, rule and key."""

    def __init__(self, path: str, message: str, rule: Optional[str] = None, key: Optional[str] = None):
        self.path, self.rule, self.key, self.reason = path, rule, key, message
        where = _one_line(path)
        if rule:
            where += f": rule '{_one_line(rule)}'"
        if key:
            where += f": key '{_one_line(key)}'"
        super().__init__(f"{where}: {_one_line(message)}")


# Every character str.splitlines breaks at, written as an escape so a message stays one line.
_LINE_BREAKS = {c: repr(chr(c))[1:-1] for c in (0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029)}


def _one_line(value) -> str:
    return str(value).translate(_LINE_BREAKS)


class Example(NamedTuple):
    """One example of a rule. A ``flag`` example may pin the rule's behaviour: ``span`` is the
    exact text the rule must flag in ``text``, ``fix`` the whole text after applying every
    suggestion the rule makes in it, or None with ``has_fix`` set: the rule must offer no
    suggestion there (YAML ``fix: null``). ``source``: the Chinese source ``text`` translates
    (bilingual rules need one; their ``pass`` examples are {text, source} mappings too)."""

    text: str
    span: Optional[str] = None
    fix: Optional[str] = None
    has_fix: bool = False
    source: Optional[str] = None   # bilingual rules: the Chinese source the text translates


@dataclass(frozen=True)
class Gate:
    """The evidence gate (issue 9, twenty-fifth round): a rule marked ``gated: true`` reports
    in a document only when the document already shows clear signs of machine translation:
    at least ``min_findings`` findings (minor or worse) of at least ``min_rules`` distinct
    ungated rules, each rule counting at most ``per_rule`` of its findings, findings of the
    ``ignore_categories`` (category paths, with their sub-paths) not counted. The evidence is
    what the rules that run find: a rule left out by --select/--ignore or a per-path ignore,
    or overridden to info, gives none; inline suppressions and baselines hide findings after
    the check and do not close the gate. Looser detectors that would raise false alarms on
    clean English run behind it: clean professional English almost never shows the evidence."""

    min_findings: int = 3
    min_rules: int = 2
    per_rule: int = 2
    ignore_categories: Tuple[str, ...] = ("fluency/punctuation",)

    def counts(self, category: str) -> bool:
        """Whether a finding of ``category`` counts as evidence."""
        return not any(category == c or category.startswith(c + "/") for c in self.ignore_categories)

    def describe(self) -> str:
        return (f"at least {self.min_findings} findings (minor or worse) of at least {self.min_rules} other rules, "
                f"at most {self.per_rule} per rule"
                + (f", {', '.join(self.ignore_categories)} not counted" if self.ignore_categories else ""))


# The ``gate:`` block's defaults, as the catalog writes them: Gate's own (lists for tuples).
DEFAULT_GATE = {f.name: list(f.default) if isinstance(f.default, tuple) else f.default for f in fields(Gate)}


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    category: str
    severity: Severity
    message: str
    description: str
    examples: Dict[str, List[Example]]
    params: Dict[str, Any] = field(repr=False, compare=False, hash=False)
    state: Any = field(repr=False, compare=False, hash=False)
    fix: str = "unsafe"
    # ``gated: true`` in the catalog: the catalog's evidence gate (Gate); None for a rule that
    # always reports. ``rule.ungated()`` runs a gated rule ungated (its
    # examples are tested so: engine.example_failures).
    gate: Optional[Gate] = field(default=None, compare=False, hash=False)

    def ungated(self) -> "Rule":
        """The rule reporting wherever its detector finds something, whatever the evidence."""
        return self if self.gate is None else replace(self, gate=None)

    @property
    def safe_fix(self) -> bool:
        return self.fix == "safe"

    def detect(self, doc):
        return DETECTORS[self.type].detect(doc, self.state)


@dataclass(frozen=True)
class Scoring:
    weights: Dict[str, float]
    category_weights: Dict[str, Dict[str, float]]
    per_words: int
    threshold: float

    def weight(self, severity: Severity, category: str) -> float:
        label = severity.label
        if severity is Severity.INFO:
            return 0.0
        best = None
        for prefix, table in self.category_weights.items():
            if (category == prefix or category.startswith(prefix + "/")) and label in table:
                if best is None or len(prefix) > len(best[0]):
                    best = (prefix, table[label])
        return float(best[1]) if best else float(self.weights.get(label, 0.0))


DEFAULT_SCORING = {
    "weights": {"minor": 1, "major": 5, "critical": 25},
    "category_weights": {"fluency/punctuation": {"minor": 0.1}},
    "per_words": 100,
    "threshold": 5.0,
}


@dataclass(frozen=True)
class Catalog:
    path: str
    rules: List[Rule]
    scoring: Scoring
    sha256: str
    gate: Gate = field(default_factory=Gate)

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def default_rules_path() -> str:
    """The bundled catalog: the checkout's rules.yaml, or the copy installed with the package."""
    here = os.path.dirname(os.path.abspath(__file__))
    for candidate in (
        os.path.join(os.path.dirname(here), "rules.yaml"),
        os.path.join(sys.prefix, "share", "mtaudit", "rules.yaml"),
    ):
        if os.path.isfile(candidate):
            return candidate
    return os.path.join(os.path.dirname(here), "rules.yaml")


# The widest field a message may pad to: '{match:>2000000000}' would write a 2 GB report.
MAX_FORMAT_WIDTH = 1000
# The longest a rule may spend on one document (``timeout``): a larger figure, or inf, is a
# rule that never gives up, which is what the timeout is there to prevent.
MAX_TIMEOUT = 60.0
# Detector keys that hold lists of plain strings (the others, groups and terms, are checked
# by their detector).
STRING_LISTS = {"flags", "patterns", "allow", "allow_suffixes", "match", "kinds"}


def _message_fields(template: str) -> set:
    """Placeholder names of a message; ValueError for a template that cannot be one (bad
    braces, attribute access, nested or over-wide format specs)."""
    names = set()
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is None:
            continue
        if "." in name:
            raise ValueError(f"attribute access in {{{name}}} is not allowed")
        if "{" in (spec or ""):
            raise ValueError(f"nested field in the format of {{{name}}} is not allowed")
        if any(int(n) > MAX_FORMAT_WIDTH for n in re.findall(r"\d+", spec or "")):
            raise ValueError(f"format of {{{name}}} is wider than {MAX_FORMAT_WIDTH} characters")
        names.add(name.split("[")[0])
    return names


def _check_values(params: dict) -> None:
    """Ranges every detector shares: finite numbers, non-negative counts, a bounded positive
    timeout, lists of strings. Raises ParamError naming the key."""
    for key, value in params.items():
        if isinstance(value, float) and not math.isfinite(value):
            raise ParamError(key, f"must be a finite number, got {value}")
        if key == "timeout" and not 0 < value <= MAX_TIMEOUT:
            raise ParamError(key, f"must be more than 0 and at most {MAX_TIMEOUT:g} seconds, got {value}")
        if isinstance(value, int) and not isinstance(value, bool) and value < (1 if key == "max_words" else 0):
            raise ParamError(key, f"must be {'positive' if key == 'max_words' else 'zero or more'}, got {value}")
        if key in STRING_LISTS and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, bool):
                    raise ParamError(f"{key}[{i}]", f"YAML read an unquoted word as {str(item).lower()} "
                                                    f"(yes, no, on, off): quote it")
                if not isinstance(item, str) or not item:
                    raise ParamError(f"{key}[{i}]", f"must be a non-empty string, got {item!r}")


def _load_yaml(path: str):
    try:
        return yamlio.load_file(path)
    except yamlio.YamlFileError as exc:
        raise RuleError(path, str(exc)) from None


def _settings(path: str, raw: Any, defaults: dict, name: str) -> dict:
    """A catalog-level block (``scoring:``, ``gate:``) over its ``defaults``: a mapping of known
    keys only, each error naming ``name.key``."""
    data = dict(defaults)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise RuleError(path, "must be a mapping", key=name)
    for key, value in raw.items():
        if key not in defaults:
            raise RuleError(path, f"unknown key (expected {', '.join(defaults)})", key=f"{name}.{key}")
        data[key] = value
    return data


def _scoring(path: str, raw: Any) -> Scoring:
    data = _settings(path, raw, DEFAULT_SCORING, "scoring")
    weights = data["weights"]
    if not isinstance(weights, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in weights.values()):
        raise RuleError(path, "must map severities to non-negative numbers", key="scoring.weights")
    for sev in weights:
        if sev not in ("info", "minor", "major", "critical"):
            raise RuleError(path, f"unknown severity {sev!r}", key="scoring.weights")
    cw = data["category_weights"]
    if not isinstance(cw, dict) or not all(isinstance(t, dict) for t in cw.values()):
        raise RuleError(path, "must map categories to {severity: weight}", key="scoring.category_weights")
    if data["per_words"] not in (100, 1000):
        raise RuleError(path, "must be 100 or 1000", key="scoring.per_words")
    if not isinstance(data["threshold"], (int, float)) or isinstance(data["threshold"], bool) or data["threshold"] < 0:
        raise RuleError(path, "must be a non-negative number", key="scoring.threshold")
    return Scoring({k: float(v) for k, v in weights.items()}, cw, int(data["per_words"]), float(data["threshold"]))


def _gate(path: str, raw: Any) -> Gate:
    """The catalog's ``gate:`` settings (DEFAULT_GATE for what it leaves out)."""
    data = _settings(path, raw, DEFAULT_GATE, "gate")
    for key in ("min_findings", "min_rules", "per_rule"):
        value = data[key]
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise RuleError(path, f"must be a whole number of at least 1, got {value!r}", key=f"gate.{key}")
    cats = data["ignore_categories"]
    if not isinstance(cats, list) or not all(isinstance(c, str) and CATEGORY_RE.match(c) for c in cats):
        raise RuleError(path, "must be a list of MQM category paths such as 'fluency/punctuation'",
                        key="gate.ignore_categories")
    return Gate(data["min_findings"], data["min_rules"], data["per_rule"], tuple(cats))


def _rule(path: str, index: int, raw: Any, gate: Optional[Gate] = None) -> Optional[Rule]:
    if not isinstance(raw, dict):
        raise RuleError(path, f"rules[{index}] must be a mapping")
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise RuleError(path, f"rules[{index}] has no string 'id'", key="id")

    def fail(key, message):
        raise RuleError(path, message, rule=rid, key=key)

    rtype = raw.get("type")
    if rtype not in DETECTORS:
        fail("type", f"unknown detector type {rtype!r} (expected one of: {', '.join(sorted(DETECTORS))})")
    dtype = DETECTORS[rtype]
    for key in raw:
        if key not in COMMON_KEYS and key not in dtype.keys:
            fail(key, f"unknown key for type '{rtype}' (allowed: {', '.join(sorted(set(dtype.keys) | COMMON_KEYS))})")
    for key in ("category", "severity", "message", "description"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            fail(key, "missing or not a non-empty string")
    if not CATEGORY_RE.match(raw["category"]):
        fail("category", f"{raw['category']!r} is not an MQM category path such as 'fluency/punctuation'")
    try:
        severity = Severity.parse(raw["severity"])
    except ValueError as exc:
        fail("severity", str(exc))
    try:
        unknown = _message_fields(raw["message"]) - MESSAGE_FIELDS - set(dtype.fields)
    except ValueError as exc:
        fail("message", f"invalid template: {exc} (write {{{{ and }}}} for literal braces)")
    if unknown:
        fail("message", f"unknown placeholder(s) {', '.join(sorted(unknown))} (allowed: {', '.join(sorted(MESSAGE_FIELDS | set(dtype.fields)))})")
    examples = raw.get("examples")
    if not isinstance(examples, dict):
        fail("examples", "missing: every rule needs examples with 'flag' and 'pass' lists")
    extra = set(examples) - {"flag", "pass"}
    if extra:
        fail(f"examples.{sorted(extra)[0]}", "unknown key (expected flag and pass)")
    parsed = {}
    for kind in ("flag", "pass"):
        items = examples.get(kind)
        if not isinstance(items, list) or not items:
            fail(f"examples.{kind}", "needs a non-empty list" + (" of strings or {text, span, fix} mappings" if kind == "flag" else " of strings"))
        parsed[kind] = [_example(fail, kind, i, item) for i, item in enumerate(items)]
        if rtype == "bilingual":
            for i, ex in enumerate(parsed[kind]):
                if ex.source is None:
                    fail(f"examples.{kind}[{i}]", "a bilingual rule's example needs a 'source' (the Chinese it translates)")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        fail("enabled", "must be true or false")
    gated = raw.get("gated", False)
    if not isinstance(gated, bool):
        fail("gated", "must be true or false")
    fix = raw.get("fix", "unsafe")
    if fix not in FIX_VALUES:
        fail("fix", f"must be one of: {', '.join(FIX_VALUES)} (got {fix!r})")
    try:
        params = check_params(dtype, raw)
        _check_values(params)
        # Detectors that name files (glossary) resolve them against the rules file's folder.
        params[RULES_DIR] = os.path.dirname(os.path.abspath(path))
        state = dtype.prepare(params)
    except ParamError as exc:
        fail(exc.key, str(exc))
    if not enabled:
        return None
    return Rule(rid, rtype, raw["category"], severity, raw["message"].strip(), raw["description"].strip(),
                parsed, params, state, fix, (gate or Gate()) if gated else None)


def _example(fail, kind: str, index: int, item: Any) -> Example:
    """A ``flag`` example is a string or a mapping {text, span, fix, source}; a ``pass`` example
    a string or a mapping {text, source}."""
    where = f"examples.{kind}[{index}]"
    if isinstance(item, str) and item.strip():
        return Example(item)
    if not isinstance(item, dict) or (kind == "pass" and set(item) != {"text", "source"}):
        fail(where, "must be a non-empty string" + (" or a mapping with text, span, fix, source" if kind == "flag"
                                                    else " or a mapping with text and source"))
    for key in item:
        if key not in EXAMPLE_KEYS:
            fail(f"{where}.{key}", f"unknown key (expected {', '.join(EXAMPLE_KEYS)})")
    source = item.get("source")
    if "source" in item and (not isinstance(source, str) or not source.strip()):
        fail(f"{where}.source", "must be a non-empty string: the Chinese the example's text translates")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        fail(f"{where}.text", "missing or not a non-empty string")
    span = item.get("span")
    if span is not None and (not isinstance(span, str) or not span):
        fail(f"{where}.span", "must be a non-empty string: the exact text the rule flags")
    if span is not None and span not in text:
        fail(f"{where}.span", f"{span!r} does not occur in the example's text")
    if "fix" in item and item["fix"] is not None and not isinstance(item["fix"], str):
        fail(f"{where}.fix", "must be a string (the whole text after the fix) or null (no suggestion)")
    if item.get("fix") == text:
        fail(f"{where}.fix", "is the text unchanged")
    if span is None and "fix" not in item and source is None:
        fail(where, "a mapping needs 'span', 'fix' or both (else write the text as a plain string)")
    return Example(text, span, item.get("fix"), "fix" in item, source)


def load_rules(path: Optional[str] = None) -> Catalog:
    """Load and validate a rules file (default: the bundled catalog). Raises RuleError."""
    path = path or default_rules_path()
    raw_bytes, data = _load_yaml(path)
    if isinstance(data, list):
        data = {"rules": data}
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(path, "expected a mapping with a 'rules' list", key="rules")
    for key in data:
        if key not in ("rules", "scoring", "version", "gate"):
            raise RuleError(path, "unknown top-level key (expected rules, scoring, version, gate)", key=str(key))
    gate = _gate(path, data.get("gate"))
    rules, seen = [], set()
    for i, raw in enumerate(data["rules"]):
        rule = _rule(path, i, raw, gate)
        rid = raw["id"]
        if rid in seen:
            raise RuleError(path, "duplicate rule id", rule=rid, key="id")
        seen.add(rid)
        if rule is not None:
            rules.append(rule)
    return Catalog(path, rules, _scoring(path, data.get("scoring")), hashlib.sha256(raw_bytes).hexdigest(), gate)
