"""``phrase``: term lists with suggestions, matched case-insensitively on word boundaries.

Matching uses one Aho-Corasick automaton per rule, so a list of thousands of terms costs one
pass over the text.
"""
from __future__ import annotations

import bisect

import ahocorasick

from . import Hit, Key, ParamError, register, word_char
from .. import re_programs

_WS = re_programs.compile(r"\s+")
_TERM_KEYS = ("phrase", "suggestion", "source", "alternatives")
_OPEN_QUOTES = "\"“‘'「『«"
_CLOSE_QUOTES = "\"”’'」』»"


def _norm(phrase: str) -> str:
    return _WS.sub(" ", phrase.strip()).lower().replace("’", "'")


def folded(text: str) -> str:
    """Lower-cased text of the same length, whitespace as plain spaces, ’ as '."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep those as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # As low.translate(_FOLD_TABLE), one C-level replace per character the text holds:
    # str.translate takes a dictionary look-up per character of a text with any non-ASCII.
    for char, plain in _FOLD_PAIRS:
        if char in low:
            low = low.replace(char, plain)
    return low


# Every whitespace character becomes a space and a curly apostrophe a straight one: lengths
# stay the same, so offsets carry over.
_FOLD_TABLE = {ord("’"): "'"}
_FOLD_TABLE.update({ord(c): " " for c in "\t\n\r\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"})
# the replacements (" ", "'") are none of the replaced characters: replacing one at a time is the same
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())


@register("phrase", {
    "terms": Key((list,), doc="list of {phrase, suggestion, source, alternatives}: suggestion is the one "
                              "fix (null when none applies everywhere; then alternatives, shown in the "
                              "message, name the usual rewrites)"),
    "skip_quoted": Key((bool,), False, "skip a match that is exactly a quoted expression (a deliberate metaphor); off by default, since MT puts slogans and idioms in quotes too"),
}, fields=("phrase", "source", "alternatives"))
def prepare(p):
    automaton = ahocorasick.Automaton()
    seen = {}
    for i, term in enumerate(p["terms"]):
        if not isinstance(term, dict) or not isinstance(term.get("phrase"), str) or not term["phrase"].strip():
            raise ParamError(f"terms[{i}].phrase", "each term needs a non-empty 'phrase' string")
        for k in term:
            if k not in _TERM_KEYS:
                raise ParamError(f"terms[{i}].{k}", f"unknown key (expected {', '.join(_TERM_KEYS)})")
        if term.get("suggestion") is not None and not isinstance(term["suggestion"], str):
            raise ParamError(f"terms[{i}].suggestion", "must be a string")
        alternatives = term.get("alternatives")
        if alternatives is not None:
            if not isinstance(alternatives, list) or not alternatives or \
                    not all(isinstance(a, str) and a.strip() for a in alternatives):
                raise ParamError(f"terms[{i}].alternatives", "must be a non-empty list of strings")
            if term.get("suggestion") is not None:
                raise ParamError(f"terms[{i}].alternatives",
                                 "only for a term whose suggestion is null (no single fix applies)")
        key = _norm(term["phrase"])
        if key in seen:
            raise ParamError(f"terms[{i}].phrase", f"duplicate phrase {term['phrase']!r}")
        seen[key] = i
        automaton.add_word(key, (len(key), term["phrase"], term.get("suggestion"), term.get("source", ""),
                                 " or ".join(term.get("alternatives") or ())))
    if not seen:
        raise ParamError("terms", "needs at least one term")
    automaton.make_automaton()
    state = {"automaton": automaton, "skip_quoted": p["skip_quoted"]}
    _SHARED.add(state)
    return state


def _match_case(suggestion, matched):
    if suggestion and matched[:1].isupper() and suggestion[:1].islower():
        return suggestion[0].upper() + suggestion[1:]
    return suggestion


_RUNS = re_programs.compile(r"\s{2,}")


def squeezed(text: str):
    """``folded(text)`` with every run of white space cut to one space, and a function that
    maps an offset in it back to ``text``. Wrapped lines and double spaces still match."""
    low = folded(text)
    runs = [m.span() for m in _RUNS.finditer(low)]
    if not runs:
        return low, lambda i: i
    pieces, starts, shifts, cursor, removed = [], [], [], 0, 0
    for s, e in runs:
        pieces.append(low[cursor:s + 1])
        cursor = e
        starts.append(s + 1 - removed)  # first squeezed offset after this run
        removed += e - s - 1
        shifts.append(removed)
    pieces.append(low[cursor:])

    def to_original(i):
        k = bisect.bisect_right(starts, i) - 1
        return i if k < 0 else i + shifts[k]

    return "".join(pieces), to_original


def text_view(doc):
    """``squeezed(doc.text)``, computed once per document for every term-list rule."""
    if "squeezed" not in doc.cache:
        doc.cache["squeezed"] = squeezed(doc.text)
    return doc.cache["squeezed"]


class _Shared:
    """The terms of every prepared ``phrase`` rule in one automaton, so that a document is read
    once for all of them (the catalog's term lists cost one pass each before): each rule's
    matches, in the order its own automaton gives them, are kept per document
    (``doc.cache``) under the automaton's generation. Rules prepared after the automaton was
    built use their own automaton until as many of them wait as it holds; then it is built
    again over all of them (rules prepared by the thousand, as the test suite does, cost one
    rebuild per doubling). A rule's own automaton stays the reference: the shared one holds
    the same keys and values."""

    def __init__(self):
        self.states: dict = {}     # id(state) -> state: every rule prepared since the last reset
        self.built: dict = {}      # id(state) -> state: those in the automaton
        self.automaton = None
        self.generation = None
        self.waiting = 0           # rules prepared since the automaton was built

    def add(self, state) -> None:
        if len(self.states) >= 512:  # one-off rules by the thousand: the rules prepared last stay
            self.states = dict(list(self.states.items())[-256:])
        self.states[id(state)] = state
        self.waiting += 1

    def matches(self, doc, state):
        """``state``'s automaton's ``iter`` over the document's folded text, read off the
        shared pass; None when the rule is not in the shared automaton (yet)."""
        key = id(state)
        if self.built.get(key) is not state:
            if self.states.get(key) is not state:
                return None
            if self.automaton is not None and self.waiting < len(self.built):
                return None
            self._build()
        kept = doc.cache.get("phrase-matches")
        if kept is None or kept[0] is not self.generation:
            by_rule: dict = {}
            for end_idx, entries in self.automaton.iter(text_view(doc)[0]):
                for owner, value in entries:
                    found = by_rule.get(owner)
                    if found is None:
                        found = by_rule[owner] = []
                    found.append((end_idx, value))
            kept = doc.cache["phrase-matches"] = (self.generation, by_rule)
        return kept[1].get(key, ())

    def _build(self) -> None:
        entries: dict = {}
        for key, state in self.states.items():
            for phrase, value in state["automaton"].items():
                entries.setdefault(phrase, []).append((key, value))
        automaton = ahocorasick.Automaton()
        for phrase, owners in entries.items():
            automaton.add_word(phrase, tuple(owners))
        automaton.make_automaton()
        self.automaton, self.built, self.generation = automaton, dict(self.states), object()
        self.waiting = 0


_SHARED = _Shared()


@prepare.detector
def detect(doc, state):
    text = doc.text
    low, to_original = text_view(doc)
    candidates = []
    matches = _SHARED.matches(doc, state)
    if matches is None:
        matches = state["automaton"].iter(low)
    for end_idx, (length, phrase, suggestion, source, alternatives) in matches:
        start, end = to_original(end_idx - length + 1), to_original(end_idx) + 1
        if start > 0 and word_char(text[start - 1]) and word_char(text[start]):
            continue
        if end < len(text) and word_char(text[end]) and word_char(text[end - 1]):
            continue
        candidates.append((start, -end, phrase, suggestion, source, alternatives))
    candidates.sort()
    last_end = -1
    for start, neg_end, phrase, suggestion, source, alternatives in candidates:
        end = -neg_end
        if start < last_end:
            continue  # leftmost-longest: overlapping shorter terms are dropped
        if state["skip_quoted"] and start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES:
            continue
        last_end = end
        yield Hit(start, end, _match_case(suggestion, text[start:end]),
                  {"phrase": phrase, "source": source, "alternatives": alternatives})
