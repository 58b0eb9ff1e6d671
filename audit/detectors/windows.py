"""Windows of a ``pattern`` rule: the stretches of a document outside which its pattern cannot
match, declared with the rule (``window: {anchor: ..., through: ...}``) and searched instead of
the whole text.

- ``through`` is a class of ASCII characters (``[a-z0-9 ,-]``: characters and ranges, no
  negation, no ``\\w``). The loader checks, from the parsed pattern, that everything the pattern
  reads forward of where a match starts is one of them, except one last character: a test such
  as ``\\b`` or ``(?![\\w-])``, or a last character consumed, may read the first character
  outside the class, and nothing after it (``check``). Lookbehinds may read anything: the
  ``regex`` module shows them the text before the start of a search.
- ``anchor`` is a plain expression (characters and ASCII classes of ``through``, groups,
  alternation, repeats; no zero-width test) that matches in the run of ``through`` characters
  holding the first character of every match of the pattern. The loader cannot prove that; a
  test compares windowed and whole-text search on the corpora, the rules' examples and random
  text (``tests/test_pattern_windows.py``), so an edit that breaks it fails.

A window is a whole run of ``through`` characters (the characters on either side are outside
the class, or the text ends) that holds a match of the anchor: one search of
``[through]*(?:anchor)[through]*`` finds them all (re2 over the screen text, ``re`` without
google-re2: the same windows, as both engines read such an expression alike). The pattern is
searched in each window with ``pos`` at its start and ``endpos`` one character past its end.

Why the matches are those of a search of the whole text: a match starting at ``s`` reads
forward only characters of the run holding ``s`` and the one character after that run, so an
attempt at ``s`` goes the same way in the window as in the whole text; every match starts in a
run that holds an anchor match, so in a window; and a search of the whole text finds no match
starting between windows. The pattern must not match the empty string (an empty match at a
window's ``endpos`` would see no text after it)."""
from __future__ import annotations

import re
import sys
import time
import warnings
from typing import Iterator, List, Optional, Tuple

from .. import diskcache
from . import prefilter, screen

_IGNORECASE, _VERBOSE = 2, 64  # the same values in ``re`` and ``regex``
_INSIDE, _PAST = 0, 1  # where a read may be: inside the run, or past its first outside character


class _Refused(Exception):
    """The declaration does not hold for this pattern; the message says why."""


def _members(through: str, const, parser) -> frozenset:
    """The characters of the ``through`` class."""
    try:
        parsed = parser.parse(through)
    except Exception:
        raise _Refused(f"through: not a character class: {through!r}") from None
    items = list(parsed)
    if len(items) != 1 or items[0][0] is not const.IN:
        raise _Refused(f"through: expected one character class such as '[a-z -]', got {through!r}")
    members = set()
    for kind, value in items[0][1]:
        if kind is const.LITERAL:
            members.add(value)
        elif kind is const.RANGE:
            members.update(range(value[0], value[1] + 1))
        else:
            raise _Refused("through: only characters and ranges (no negation, no \\w, \\d or \\s)")
    if max(members) > 127:
        raise _Refused("through: ASCII characters only")
    return frozenset(chr(c) for c in members)


class _Walk:
    """The check of one pattern against one ``through`` class (``check``)."""

    def __init__(self, members: frozenset, const):
        self.members, self.c = members, const
        self.safe_groups = {}  # group -> its text is made of ``through`` characters only

    def within(self, op, av) -> bool:
        c, members = self.c, self.members
        if op is c.LITERAL:
            return chr(av) in members
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    if chr(value) not in members:
                        return False
                elif kind is c.RANGE:
                    if value[1] > 127 or any(chr(x) not in members for x in range(value[0], value[1] + 1)):
                        return False
                else:  # negation, \w, \d, \s: read as "may be outside"
                    return False
            return True
        return False  # any character, or all but one

    def read(self, state):
        if state == _PAST:
            raise _Refused("the pattern reads on after a character outside `through`")

    def seq(self, items, state):
        for op, av in items:
            state = self.node(op, av, state)
        return state

    def node(self, op, av, state):
        c = self.c
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            self.read(state)
            return _INSIDE if self.within(op, av) else _PAST
        if op is c.AT:
            if av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
                self.read(state)  # the character after the position
                return state
            if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
                return state  # reads backwards only
            raise _Refused("an end test ($, \\Z) depends on where the text ends")
        if op is c.BRANCH:
            return max(self.seq(branch, state) for branch in av[1])
        if op is c.SUBPATTERN:
            group, add, _remove, body = av
            if add & (_IGNORECASE | _VERBOSE):
                raise _Refused("no ignorecase or verbose part")
            out = self.seq(body, state)
            if group is not None:
                self.safe_groups[group] = state == _INSIDE and out == _INSIDE
            return out
        if op is getattr(c, "ATOMIC_GROUP", None):
            return self.seq(av, state)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, hi, body = av
            once = self.seq(body, state)
            if once == _PAST and hi != 1:
                self.seq(body, _PAST)  # a second round would read on
            return max(state, once)
        if op in (c.ASSERT, c.ASSERT_NOT):
            direction, body = av
            if direction > 0:
                self.seq(body, state)  # reads forward from here; moves nothing
            else:
                self.behind(body, state)
            return state
        if op is c.GROUPREF:
            self.read(state)
            if not self.safe_groups.get(av):
                raise _Refused(f"back reference to group {av}, whose text may hold characters outside `through`")
            return _INSIDE
        if op is c.GROUPREF_EXISTS:
            _group, yes, no = av
            return max(self.seq(yes, state), self.seq(no, state) if no else state)
        raise _Refused(f"no window check for {op}")

    def behind(self, items, state):
        """A lookbehind reads the text before the position, which the search shows in full;
        only a lookahead inside it, an end test, or a ``\\b`` at a position past the run could
        read further."""
        c = self.c
        for op, av in items:
            if op in (c.ASSERT, c.ASSERT_NOT):
                if av[0] > 0:
                    raise _Refused("a lookahead inside a lookbehind")
                self.behind(av[1], state)
            elif op is c.AT:
                if av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
                    self.read(state)
                elif av not in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
                    raise _Refused("an end test ($, \\Z) depends on where the text ends")
            elif op is c.SUBPATTERN:
                if av[0] is not None:
                    self.safe_groups[av[0]] = False
                if av[1] & (_IGNORECASE | _VERBOSE):
                    raise _Refused("no ignorecase or verbose part")
                self.behind(av[3], state)
            elif op is c.BRANCH:
                for branch in av[1]:
                    self.behind(branch, state)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                self.behind(av[2], state)
            elif op is getattr(c, "ATOMIC_GROUP", None):
                self.behind(av, state)
            elif op is c.GROUPREF_EXISTS:
                self.behind(av[1], state)
                if av[2]:
                    self.behind(av[2], state)
            # characters and back references: read backwards


_ANCHOR_OPS = ("LITERAL", "IN", "BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT")


def _anchor_ok(items, walk: _Walk, const):
    allowed = {getattr(const, name) for name in _ANCHOR_OPS}
    for op, av in items:
        if op not in allowed:
            raise _Refused("anchor: characters, classes, groups, alternation and repeats only (no zero-width test)")
        if op in (const.LITERAL, const.IN):
            if not walk.within(op, av):
                raise _Refused("anchor: every character it matches must be one of `through`")
        elif op is const.BRANCH:
            for branch in av[1]:
                _anchor_ok(branch, walk, const)
        elif op is const.SUBPATTERN:
            if av[1] or av[2]:
                raise _Refused("anchor: no flags")
            _anchor_ok(av[3], walk, const)
        else:
            _anchor_ok(av[2], walk, const)


def check(pattern: str, flags: int, anchor: str, through: str) -> Optional[str]:
    """None when windows of ``anchor`` and ``through`` hold every match of ``pattern`` wherever
    the anchor matches in the run of a match's first character (see the module's docstring);
    else why not."""
    const, parser = prefilter._parser()
    try:
        if flags & (_IGNORECASE | _VERBOSE):
            raise _Refused("not with ignorecase or verbose")
        if prefilter._REGEX_ONLY.search(pattern) or "(?|" in pattern or "\\K" in pattern:
            raise _Refused("the pattern uses syntax only the regex module reads")
        members = _members(through, const, parser)
        walk = _Walk(members, const)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                parsed = parser.parse(pattern, flags)
                parsed_anchor = parser.parse(anchor)
            except Exception as exc:
                raise _Refused(f"not read by re's parser: {exc}") from None
        if parsed.state.flags & (_IGNORECASE | _VERBOSE):
            raise _Refused("not with ignorecase or verbose")
        if parsed.getwidth()[0] < 1:
            raise _Refused("the pattern may match the empty string")
        walk.seq(list(parsed), _INSIDE)
        if parsed_anchor.state.flags & (_IGNORECASE | _VERBOSE) or parsed_anchor.getwidth()[0] < 1:
            raise _Refused("anchor: no flags, and at least one character")
        _anchor_ok(list(parsed_anchor), walk, const)
    except _Refused as exc:
        return str(exc)
    except RecursionError:
        return "the pattern is nested too deeply to check"
    return None


class _Checked(diskcache.ExitSavedTable):
    """``check``'s answers kept in the cache directory (parsing a long pattern costs a few
    milliseconds at every start), under a key of this module, the prefilter's parser helpers
    and the Python version (whose ``re`` parser reads the pattern)."""
    _NAME = "pattern-windows"
    _LIMIT = 2000

    def _key(self) -> str:
        return diskcache.key_of([diskcache.file_digest(__file__), diskcache.file_digest(prefilter.__file__),
                                 sys.version.split()[0]])

    def get(self, pattern: str, flags: int, anchor: str, through: str) -> Optional[str]:
        return self._text_answer((pattern, flags, anchor, through), lambda: check(pattern, flags, anchor, through))


CHECKED = _Checked()


class Windows:
    """The declared windows of one rule; the expression that finds them is compiled on first
    use."""
    __slots__ = ("anchor", "through", "_finder")

    def __init__(self, anchor: str, through: str):
        self.anchor, self.through, self._finder = anchor, through, None

    def __reduce__(self):
        return Windows, (self.anchor, self.through)

    def source(self) -> str:
        const, parser = prefilter._parser()
        members = sorted(_members(self.through, const, parser))
        cls = "[" + "".join("\\x%02x" % ord(ch) for ch in members) + "]"
        return f"{cls}*(?:{self.anchor}){cls}*"

    def finder(self):
        """(re2's compiled finder, True) or (``re``'s, False)."""
        if self._finder is None:
            source = self.source()
            compiled = screen.re2_compiled(source)  # over the screen text
            # none (too large for re2, or no re2): the same windows from ``re``
            self._finder = (compiled, True) if compiled is not None else (re.compile(source), False)
        return self._finder

    def spans(self, doc) -> List[Tuple[int, int]]:
        """Each window of ``doc`` as (start, end), in order."""
        finder, on_bytes = self.finder()
        text = screen._screen_text(doc) if on_bytes else doc.text
        return [m.span() for m in finder.finditer(text)]


def finditer(compiled, text: str, spans, timeout: float, clock=time.perf_counter, resume=None,
             where=None) -> Iterator:
    """The matches of ``compiled`` (a ``regex`` pattern) in the windows ``spans`` of ``text``,
    each window searched with one character after it in view; ``timeout`` seconds of ``clock``
    for all of them (``TimeoutError`` past it, as from one search; wall-clock unless given, as
    ``screen.local_finditer``'s), each window's search limited, wall-clock, to what is left.
    ``resume``: (the number of a window, a position in it): the matches from there on, as the
    search from the first window gives them after a non-empty match of that window ending at
    that position (a pattern whose search may begin late). ``where``: a list whose first item
    is set to the number of the window being searched."""
    limit, started, n = timeout, clock(), len(text)
    first, pos = resume if resume is not None else (0, 0)
    for number in range(first, len(spans)):
        start, end = spans[number]
        if where is not None:
            where[0] = number
        left = limit - (clock() - started)
        if left <= 0:
            raise TimeoutError("regex timed out")
        yield from compiled.finditer(text, max(start, pos) if number == first else start, min(end + 1, n),
                                     timeout=left)
