"""Detector types: a closed registry from type name to a pure detection function.

A detector type declares the keys a rule of that type may carry (``Key``), a ``prepare``
function that validates and compiles them once when the catalog loads, and a ``detect``
function ``detect(doc, state) -> Iterable[Hit]`` that never prints and never mutates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Mapping, NamedTuple, Optional


class Hit(NamedTuple):
    start: int
    end: int
    suggestion: Optional[str] = None
    fields: Mapping[str, Any] = {}
    source: Optional[tuple] = None   # bilingual rules: (start, end, text) of the source span


class ParamError(ValueError):
    """A rule parameter is wrong; ``key`` names it for the loader's message."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


class DetectorTimeout(Exception):
    """A detector gave up on a document after its time budget (say a runaway regex)."""


_MISSING = object()


@dataclass(frozen=True)
class Key:
    types: tuple
    default: Any = _MISSING
    doc: str = ""

    @property
    def required(self) -> bool:
        return self.default is _MISSING


@dataclass(frozen=True)
class DetectorType:
    name: str
    keys: Dict[str, Key]
    prepare: Callable[[dict], Any]
    detect: Callable[[Any, Any], Iterable[Hit]]
    fields: tuple = field(default=())  # extra names a message template may use


DETECTORS: Dict[str, DetectorType] = {}


def register(name: str, keys: Dict[str, Key], fields: tuple = ()):
    """Register ``prepare``; the decorated object must have a ``detect`` attribute set later
    via ``@<prepare>.detector``. Kept as two plain functions per type so each stays pure."""

    def wrap(prepare):
        def attach(detect):
            DETECTORS[name] = DetectorType(name, keys, prepare, detect, fields)
            return detect

        prepare.detector = attach
        return prepare

    return wrap


# The loader adds this entry to every rule's parameters: the folder of the rules file, so a
# detector can resolve relative file names against it.
RULES_DIR = "__rules_dir__"


def check_params(dtype: DetectorType, raw: Mapping[str, Any]) -> dict:
    """Fill defaults and check types of a rule's detector keys; raise ParamError."""
    params = {}
    for key, spec in dtype.keys.items():
        if key not in raw:
            if spec.required:
                raise ParamError(key, f"missing required key for type '{dtype.name}'")
            params[key] = spec.default
            continue
        value = raw[key]
        if not isinstance(value, spec.types) or isinstance(value, bool) and bool not in spec.types:
            names = "/".join(t.__name__ for t in spec.types)
            raise ParamError(key, f"expected {names}, got {type(value).__name__}")
        params[key] = value
    return params


def param_words(params: Mapping[str, Any], key: str, what: str = "words") -> frozenset:
    """The lower-cased words of the list key ``key`` of a rule's checked ``params``; a
    ``ParamError`` naming the first item that is not a non-blank string ("expected a list of
    words, got -1"), so that a number in a rule file is a rule error, not a crash."""
    bad = [w for w in params[key] if not isinstance(w, str) or not w.strip()]
    if bad:
        raise ParamError(key, f"expected a list of {what}, got {bad[0]!r}")
    return frozenset(w.lower() for w in params[key])


def check_choices(params: Mapping[str, Any], key: str, known) -> None:
    """A ``ParamError`` when the list key ``key`` names something outside ``known`` ("unknown
    shapes: 'sums', 7"): each item shown by its ``repr``, so a number in a rule file is named,
    not a crash."""
    known = set(known)
    unknown = {repr(x) for x in params[key] if not isinstance(x, str) or x not in known}  # a dict is no set member
    if unknown:
        raise ParamError(key, f"unknown {key}: {', '.join(sorted(unknown))}")


def check_choice(params: Mapping[str, Any], key: str, known) -> None:
    """A ``ParamError`` when the key ``key`` (one value: a detector's ``mode``) is none of
    ``known`` ("expected one of common_word, title_run, got 'titles'")."""
    value = params[key]
    if not isinstance(value, str) or value not in known:  # a list or a dict is no member either
        raise ParamError(key, f"expected one of {', '.join(known)}, got {value!r}")


def word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# Importing the modules fills the registry.
from . import arithmetic, bilingual, boilerplate, capital_gated, capitalization, change_fit, consistency, cut_names, cut_names_loose, short_names, figure_dates, figure_links, given_names, glossary, grammar, literal, numbers, official_names, parts_total, pattern, phrase, pinyin_terms, pronoun_gender, pronoun_paragraph, punctuation, repetition, slogans, story_capitals, terms  # noqa: E402,F401
from . import name_forms  # noqa: E402,F401
from . import body_subsets, capital_roles, firm_parts, school_cuts  # noqa: E402,F401
from . import capital_runs  # noqa: E402,F401
from . import capital_more  # noqa: E402,F401
from . import capital_clauses  # noqa: E402,F401
from . import figure_agreement, figure_amounts, figure_changes, figure_parts, figure_reading, figure_shares, figure_ties, figures_common, rate_gaps, screen  # noqa: E402
from . import grammar_agreement, grammar_heads, grammar_phrases, grammar_slips  # noqa: E402 - imported by grammar; named here to screen their patterns

# The module-level patterns of these modules scan a whole text only where their re2 screen says
# they can match (``screen.screen_patterns``), made so here, once every module has compiled its
# patterns and imported its neighbours': on news most of them match nowhere in a document, and
# each scan was a backtracking pass over all of it (``grammar``: 1.1 s a megabyte for twelve
# checks, 0.3 s screened; the frames of rounds 38-39 in grammar_agreement and grammar_slips, whose
# patterns open on any clause's first word, 0.55 s a megabyte, 0.06 s screened; the fortieth
# round's grammar_heads, about 0.75 s a megabyte, 0.23 s screened). The findings are the patterns'
# own.
for _module in (arithmetic, figure_agreement, figure_amounts, figure_changes, figure_dates, figure_links, figure_parts, figure_reading,
                figure_shares, figure_ties, figures_common, grammar, grammar_agreement, grammar_heads, grammar_phrases, grammar_slips, pronoun_gender):
    screen.screen_patterns(vars(_module))
