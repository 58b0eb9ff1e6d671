"""``pattern``: a regular expression (the ``regex`` module, for its match timeout)."""
from __future__ import annotations

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
            "timeout": float(p["timeout"])}


@prepare.detector
def detect(doc, state):
    group = state["group"]
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
