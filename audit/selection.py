"""Rule selection, as ruff does it: ``select``, ``ignore`` and ``extend-select`` take rule ids,
MQM categories (``fluency``, ``fluency/punctuation``) or id prefixes (``glossary-``), and
``severity`` overrides map the same kind of token to a severity.

The most specific token that matches a rule decides (an exact id beats an id prefix, a prefix
beats a category, a longer prefix or a deeper category beats a shorter one); between an ``ignore``
and a ``select`` token of equal weight, ``ignore`` wins. ``ALL`` matches every rule with the
lowest weight. A token that matches no rule is an error: a typo must not silently check less.
"""
from __future__ import annotations

import dataclasses
from typing import Dict, Iterable, List, Optional, Sequence

from .findings import Severity
from .rules import Rule

ALL = "ALL"
_ID_WEIGHT = 10_000
_PREFIX_WEIGHT = 1_000  # an id prefix names rules more narrowly than a category
_CATEGORY_WEIGHT = 100


class SelectionError(ValueError):
    """An unknown token or severity; ``str()`` is one line for the user."""


def weight(token: str, rule: Rule) -> int:
    """How specifically ``token`` names ``rule``: 0 when it does not match it at all."""
    if token == ALL:
        return 1
    if token == rule.id:
        return _ID_WEIGHT
    best = 0
    if rule.category == token or rule.category.startswith(token + "/"):
        best = _CATEGORY_WEIGHT * (token.count("/") + 1)
    if rule.id.startswith(token):
        best = max(best, _PREFIX_WEIGHT + len(token))
    return best


def check_tokens(tokens: Iterable[str], rules: Sequence[Rule], option: str) -> None:
    """Raise SelectionError for the first token that names no rule of ``rules``."""
    for token in tokens:
        if not any(weight(token, r) for r in rules):
            raise SelectionError(f"{option}: {token!r} is not a rule id, category or id prefix of the catalog"
                                 f"{_did_you_mean(token, rules)} (see `mtaudit rules`)")


def _did_you_mean(token: str, rules: Sequence[Rule]) -> str:
    """A hint for a token that names nothing: the categories it is the last part of
    ("punctuation" -> "fluency/punctuation"), else the rule ids it is part of, at most three."""
    low = token.lower().strip("/-")
    categories = sorted({r.category for r in rules}
                        | {r.category.rsplit("/", 1)[0] for r in rules if "/" in r.category})
    meant = [c for c in categories if low and low in c.lower().split("/")[1:]]
    if not meant:
        meant = sorted({r.id for r in rules if low and low in r.id.lower()})
    if not meant:
        return ""
    shown = ", ".join(repr(m) for m in meant[:3])
    return f"; did you mean {shown}{' ...' if len(meant) > 3 else ''}?"


def select_rules(rules: Sequence[Rule], select: Optional[Sequence[str]] = None, ignore: Sequence[str] = (),
                 extend_select: Sequence[str] = ()) -> List[Rule]:
    """The rules that run, in catalog order. ``select`` None means every rule."""
    select = [ALL] if select is None else list(select)
    check_tokens(select, rules, "select")
    check_tokens(extend_select, rules, "extend-select")
    check_tokens(ignore, rules, "ignore")
    positive = list(select) + list(extend_select)
    out = []
    for rule in rules:
        keep = max((weight(t, rule) for t in positive), default=0)
        drop = max((weight(t, rule) for t in ignore), default=0)
        if keep and keep > drop:
            out.append(rule)
    return out


def matches_any(tokens: Sequence[str], rule_id: str, category: str) -> bool:
    """Whether any token names the rule with this id and category (for per-path ignores and
    inline suppressions, which see findings rather than rules)."""
    for token in tokens:
        if token == ALL or token == rule_id or rule_id.startswith(token):
            return True
        if category == token or category.startswith(token + "/"):
            return True
    return False


def override_severities(rules: Sequence[Rule], overrides: Dict[str, str],
                        catalog_rules: Optional[Sequence[Rule]] = None) -> List[Rule]:
    """Rules with severities from ``overrides`` (token -> severity; the most specific token
    that matches a rule wins). Tokens are checked against ``catalog_rules`` (default:
    ``rules``), so an override for a rule the selection left out is not an error."""
    if not overrides:
        return list(rules)
    parsed = {}
    for token, label in overrides.items():
        try:
            parsed[token] = Severity.parse(label)
        except ValueError as exc:
            raise SelectionError(f"severity: {token}: {exc}") from None
    check_tokens(parsed, rules if catalog_rules is None else catalog_rules, "severity")
    out = []
    for rule in rules:
        best = max(((weight(t, rule), sev) for t, sev in parsed.items() if weight(t, rule)), default=None,
                   key=lambda pair: pair[0])
        out.append(dataclasses.replace(rule, severity=best[1]) if best and best[1] != rule.severity else rule)
    return out
