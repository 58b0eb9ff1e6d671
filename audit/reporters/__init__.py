"""Output formats: one registry from format name to ``render(report, **options) -> str``.

Every report kind (a ``check`` report, a ``compare`` report, a ``score`` report, an audit
``summary``) goes through the same registry; a reporter module lists the kinds it renders
in ``KINDS`` and picks its view from the report's ``schema`` field. Adding a format is one
module and one line here; the commands only pick a reporter by name (flake8's formatters,
semgrep's output classes).
"""
from __future__ import annotations

from typing import Dict, List

from . import github_reporter, html_reporter, json_reporter, sarif_reporter, text_reporter, yaml_reporter

KINDS = ("check", "compare", "score", "summary")

# Report schema names (the part of ``schema`` before the slash) and the kind each one is.
_SCHEMA_KINDS = {
    "mtaudit-report": "check",
    "mtaudit-compare": "compare",
    "mtaudit-score": "score",
    "mtaudit-summary": "summary",
}

_MODULES = {
    "yaml": yaml_reporter,
    "json": json_reporter,
    "text": text_reporter,
    "sarif": sarif_reporter,
    "github": github_reporter,
    "html": html_reporter,
}

REPORTERS = {name: module.render for name, module in _MODULES.items()}


class UnsupportedFormat(ValueError):
    """A format asked for a report kind it has no view of."""


def kind_of(report: dict) -> str:
    """The kind of ``report`` from its ``schema`` field ('check' when it has none)."""
    name = str(report.get("schema") or "mtaudit-report/1").split("/")[0]
    return _SCHEMA_KINDS.get(name, "check")


def formats_for(kind: str) -> List[str]:
    """Format names that render reports of ``kind``, in registry order."""
    return [name for name, module in _MODULES.items() if kind in module.KINDS]


def render(fmt: str, report: dict, **options) -> str:
    """Render ``report`` in format ``fmt``; raise UnsupportedFormat for a kind it lacks."""
    kind = kind_of(report)
    if fmt not in _MODULES or kind not in _MODULES[fmt].KINDS:
        raise UnsupportedFormat(f"format {fmt!r} has no view of {kind} reports "
                                f"(use one of: {', '.join(formats_for(kind))})")
    return _MODULES[fmt].render(report, **options)


def registry() -> Dict[str, tuple]:
    """Format name -> the report kinds it renders (for docs and tests)."""
    return {name: tuple(module.KINDS) for name, module in _MODULES.items()}
