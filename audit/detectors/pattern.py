"""``pattern``: a regular expression (the ``regex`` module, for its match timeout)."""
from __future__ import annotations

import warnings

import regex

from . import DetectorTimeout, Hit, Key, ParamError, register

_FLAGS = {"ignorecase": regex.IGNORECASE, "multiline": regex.MULTILINE, "dotall": regex.DOTALL}


@register("pattern", {
    "pattern": Key((str,), doc="regular expression; the match (or `group`) is the span"),
    "group": Key((int, str), 0, "group whose span is reported"),
    "flags": Key((list,), [], "any of ignorecase, multiline, dotall"),
    "suggestion": Key((str, type(None)), None, "replacement; may use \\1 or \\g<name>"),
    "suggestions": Key((dict,), {}, "replacement per named group: the first group that matched picks its own"),
    "timeout": Key((int, float), 0.5, "seconds one document may take before the rule gives up"),
}, fields=("groups",))
def prepare(p):
    flags = 0
    for name in p["flags"]:
        if name not in _FLAGS:
            raise ParamError("flags", f"unknown flag {name!r} (expected {', '.join(_FLAGS)})")
        flags |= _FLAGS[name]
    try:
        compiled = regex.compile(p["pattern"], flags)
    except regex.error as exc:
        raise ParamError("pattern", f"invalid regular expression: {exc}") from None
    if p["timeout"] <= 0:
        raise ParamError("timeout", "must be positive")
    if isinstance(p["group"], int) and p["group"] > compiled.groups:
        raise ParamError("group", f"pattern has only {compiled.groups} groups")
    if isinstance(p["group"], str) and p["group"] not in compiled.groupindex:
        raise ParamError("group", f"pattern has no group named {p['group']!r}")
    for name, value in p["suggestions"].items():
        if name not in compiled.groupindex:
            raise ParamError("suggestions", f"pattern has no group named {name!r}")
        if not isinstance(value, str):
            raise ParamError("suggestions", f"the suggestion for {name!r} must be a string")
    return {"re": compiled, "group": p["group"], "suggestion": p["suggestion"], "suggestions": dict(p["suggestions"]),
            "timeout": float(p["timeout"]), "needles": needles(p["pattern"])}


def needles(pattern: str):
    """Strings one of which every match of ``pattern`` contains, case-folded: a document whose
    case-folded text holds none of them has no match, and the regular expression need not
    run (most rules match nothing in most documents). None when no such set is known: the
    pattern uses syntax only the ``regex`` module reads, or some branch has no literal."""
    try:
        from re import _constants as const, _parser as parser
    except ImportError:  # pragma: no cover - older Pythons name them sre_*
        import sre_constants as const
        import sre_parse as parser
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the re parser's FutureWarnings about regex syntax
            found = _required(parser.parse(pattern), const)
    except Exception:  # not a pattern the re parser reads: no shortcut
        return None
    if not found or min(len(x) for x in found) < 2:
        return None
    return tuple(sorted({x.casefold() for x in found}))


def _required(items, const):
    """A set of literals one of which every match of the parsed sequence ``items`` contains
    (the best such set among its literal runs, groups, repeats and branches), or None."""
    options, run = [], []

    def flush():
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is const.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is const.SUBPATTERN:
            inner = _required(av[-1], const)
        elif op is const.BRANCH:
            parts = [_required(branch, const) for branch in av[1]]
            inner = set().union(*parts) if all(parts) else None
        elif op in (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            inner = _required(av[2], const)
        else:
            inner = None
        if inner:
            options.append(inner)
    flush()
    if not options:
        return None
    return max(options, key=lambda o: (min(len(x) for x in o), -len(o)))


def _folded(doc) -> str:
    folded = doc.cache.get("casefold")
    if folded is None:
        folded = doc.cache["casefold"] = doc.text.casefold()
    return folded


@prepare.detector
def detect(doc, state):
    group = state["group"]
    needles = state.get("needles")
    if needles is not None:
        folded = _folded(doc)
        for needle in needles:
            if needle in folded:
                break
        else:
            return  # no match is possible
    try:
        for m in state["re"].finditer(doc.text, timeout=state["timeout"]):
            start, end = m.span(group)
            if start < 0 or end <= start:
                continue
            suggestion = None
            template = next((v for k, v in state["suggestions"].items() if m.group(k) is not None), state["suggestion"])
            if template is not None:
                try:
                    suggestion = m.expand(template)
                except (regex.error, IndexError):
                    suggestion = template
                if suggestion and m.group(group)[:1].isupper() and suggestion[:1].islower():
                    suggestion = suggestion[0].upper() + suggestion[1:]
            yield Hit(start, end, suggestion, {"groups": m.groups()})
    except TimeoutError:
        raise DetectorTimeout(f"regular expression ran past its {state['timeout']} s timeout") from None
