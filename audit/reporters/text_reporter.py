"""Text: readable terminal views, one per report kind."""
from __future__ import annotations

from . import text_check, text_compare, text_score, text_summary

_VIEWS = {
    "check": text_check.render,
    "compare": text_compare.render,
    "score": text_score.render,
    "summary": text_summary.render,
}
KINDS = tuple(_VIEWS)


def render(report: dict, **options) -> str:
    from . import kind_of  # the registry module imports this one: resolved on use

    return _VIEWS[kind_of(report)](report, **options)
