"""A screen of a regular expression in compiled, linear-time code: whether a pattern can match
a document at all, asked of re2 (google-re2) before the ``regex`` module searches it. Most
documents that a rule's prefilter lets through hold no match (nine searches in ten on news), and
re2's DFA says so in a few microseconds where the backtracking search takes tens to hundreds.

re2 does not read every pattern the ``regex`` module does (lookarounds, back references,
possessive repeats, Unicode ``\\w``), so each pattern is screened by a *wider* one that re2
reads (``wider``): every text in which the pattern has a match holds a match of the wider
pattern, never the other way round for certain. What the wider pattern gives up:

- zero-width tests (``^``, ``$``, ``\\b``, lookarounds) match everywhere; a lookahead at the
  very end of the pattern, or a lookbehind at its very start (negative lookarounds and anchors
  aside), is matched as plain text (the text it tests lies just after, or just before, the
  match);
- a back reference matches what the group's own wider form matches (any text when the two
  differ in ignorecase); atomic groups and possessive or lazy repeats are plain groups and
  greedy repeats (a match they allow is a match the plain forms allow);
- every character class, ``\\w``, ``\\d``, ``\\s`` and ``.`` keeps its exact ASCII members and
  matches every character beyond ASCII, so Unicode tables and case folding beyond ASCII never
  matter; under ignorecase an ASCII letter matches its other case and everything beyond ASCII;
- a repeat of more than a few rounds has no upper bound.

A pattern that re2 cannot read even so, or that the ``re`` parser reads differently from the
``regex`` module (``prefilter._REGEX_ONLY``, ``\\p{...}``), gets no screen: its rule searches
every document, as before. The answer changes no finding: a rule is left out only for a
document in which its pattern has no match at all.

re2 is optional: without the ``google-re2`` package there is no screen and every rule runs.
"""
from __future__ import annotations

import sys
import time
import warnings
from typing import Optional, Tuple

from .. import diskcache
from . import prefilter
from .. import re_programs

try:  # google-re2 (module ``re2``): without it, no screen
    import re2 as _re2
except ImportError:  # pragma: no cover - exercised by tests that hide the module
    _re2 = None

_IGNORECASE, _VERBOSE = 2, 64  # the same values in ``re`` and ``regex``
_MAX_ROUNDS = 16  # a repeat of more rounds than this is read as unbounded (re2 unrolls counts)
# Every character beyond ASCII is one byte, 0x80, in the text re2 reads (``screen_text``), and
# in the wider patterns, which re2 reads as Latin-1: smaller programs than UTF-8's multi-byte
# ranges (a third less time to compile, a quarter less to search), and no text re2 cannot read.
_BEYOND_ASCII = "\\x{80}"
_ASCII = tuple(chr(c) for c in range(128))


class _Unreadable(Exception):
    """A construct with no wider form here: the pattern gets no screen."""


def _ascii_sets():
    """The ASCII members of ``\\d``, ``\\w`` and ``\\s`` and of their negations, exactly as the
    ``regex`` module, which does the real matching, reads them. (A set widened by what
    Python's ``str`` methods count would be wrong inside a negated class: ``str.isspace``
    takes the separators U+001C to U+001F, which ``regex`` reads as ``[^\\s]``.)"""
    import regex

    def members(pattern):
        compiled = regex.compile(pattern)
        return frozenset(c for c in _ASCII if compiled.fullmatch(c))

    digit, word, space = members(r"\d"), members(r"\w"), members(r"\s")
    everything = frozenset(_ASCII)
    return {"digit": digit, "word": word, "space": space,
            "not_digit": everything - digit, "not_word": everything - word, "not_space": everything - space}


_CATEGORY_SETS = None


def _category(value, const) -> frozenset:
    global _CATEGORY_SETS
    if _CATEGORY_SETS is None:
        _CATEGORY_SETS = _ascii_sets()
    names = {const.CATEGORY_DIGIT: "digit", const.CATEGORY_NOT_DIGIT: "not_digit",
             const.CATEGORY_WORD: "word", const.CATEGORY_NOT_WORD: "not_word",
             const.CATEGORY_SPACE: "space", const.CATEGORY_NOT_SPACE: "not_space"}
    name = names.get(value)
    if name is None:
        raise _Unreadable(str(value))
    return _CATEGORY_SETS[name]


def _char(c: str) -> str:
    # An ASCII letter or digit as itself (it means itself in and out of a class, and no
    # neighbour in these forms reads it as part of a construct): the forms are a third as long,
    # and re2 parses them a fifth faster at every start. Everything else escaped.
    if c.isascii():
        return c if c.isalnum() else "\\x{%x}" % ord(c)
    return _BEYOND_ASCII


def _class(ascii_members) -> str:
    """An re2 class of the given ASCII characters and every character beyond ASCII; a run of
    three or more consecutive characters written as a range ("a-z": the same members, a
    shorter form to parse)."""
    codes = sorted(ord(c) for c in ascii_members)
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(_char(chr(codes[i])) + "-" + _char(chr(codes[j])))
        else:
            out.extend(_char(chr(c)) for c in codes[i:j + 1])
        i = j + 1
    return "[" + "".join(out) + _BEYOND_ASCII + "]"


def _other_case(chars) -> set:
    return {c.swapcase() for c in chars if c.isascii() and c.isalpha()}


_LETTERS = frozenset(c for c in _ASCII if c.isalpha())


def _literal(c: str, ignorecase: bool) -> str:
    if not ignorecase or not c.isascii():
        if c.isascii():
            return _char(c)
        # beyond ASCII: itself, or under ignorecase any letter (a sign such as KELVIN matches "k")
        return _char(c) if not ignorecase else _class(_LETTERS)
    if c.isalpha():
        return _class({c, c.swapcase()})
    return _char(c)


def _in(items, ignorecase: bool, const) -> str:
    negate = bool(items) and items[0][0] is const.NEGATE
    if negate:
        items = items[1:]
    members, beyond = set(), False
    for kind, value in items:
        if kind is const.LITERAL:
            if value < 128:
                members.add(chr(value))
            else:
                beyond = True
        elif kind is const.RANGE:
            lo, hi = value
            members.update(chr(c) for c in range(lo, min(hi, 127) + 1))
            beyond = beyond or hi >= 128
        elif kind is const.CATEGORY:
            members |= _category(value, const)
        else:
            raise _Unreadable(str(kind))
    if negate:
        # the complement of the ASCII members as listed (case aside: a smaller set, a wider
        # complement), with everything beyond ASCII
        return _class(set(_ASCII) - members)
    if ignorecase:
        members |= _other_case(members)
        if beyond:  # a member beyond ASCII may match an ASCII letter case-insensitively
            members |= _LETTERS
    return _class(members)


def _seq(items, flags: int, const, first: bool, last: bool, groups: dict) -> str:
    """The wider form of a sequence. ``first``/``last``: the sequence starts/ends the whole
    match, so a lookbehind at its start or a lookahead at its end is read as text; an item
    counts as first (last) when only negative lookarounds and anchors, which are dropped, come
    before (after) it. ``groups``: group number -> (wider form of its body, ignorecase)."""
    items = list(items)
    out = []
    for n, (op, av) in enumerate(items):
        is_first = first and all(o in (const.ASSERT_NOT, const.AT) for o, _ in items[:n])
        is_last = last and all(o in (const.ASSERT_NOT, const.AT) for o, _ in items[n + 1:])
        out.append(_item(op, av, flags, const, is_first, is_last, groups))
    return "".join(out)


def _item(op, av, flags: int, const, first: bool, last: bool, groups: dict) -> str:
    ignorecase = bool(flags & _IGNORECASE)
    if op is const.LITERAL:
        return _literal(chr(av), ignorecase)
    if op is const.NOT_LITERAL:
        c = chr(av)
        if ignorecase or not c.isascii():
            return "(?s:.)"
        return _class(set(_ASCII) - {c})
    if op is const.ANY:
        return "(?s:.)"
    if op is const.IN:
        return _in(list(av), ignorecase, const)
    if op is const.AT:
        return ""
    if op is const.BRANCH:
        return "(?:" + "|".join(_seq(b, flags, const, first, last, groups) for b in av[1]) + ")"
    if op is const.SUBPATTERN:
        group, add, remove, body = av
        inner = (flags | add) & ~remove
        if group is not None:
            # what a back reference to it matches: text its body matched, wherever it stands
            groups[group] = (_seq(body, inner, const, False, False, dict(groups)), bool(inner & _IGNORECASE))
        return "(?:" + _seq(body, inner, const, first, last, groups) + ")"
    if op is getattr(const, "ATOMIC_GROUP", None):
        return "(?:" + _seq(av, flags, const, False, False, groups) + ")"
    if op in (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None)):
        lo, hi, body = av
        inner = "(?:" + _seq(body, flags, const, False, False, groups) + ")"
        if hi is const.MAXREPEAT or hi > _MAX_ROUNDS:
            lo = min(lo, _MAX_ROUNDS)
            return inner + ("*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo)
        return inner + "{%d,%d}" % (lo, hi)
    if op is const.ASSERT:
        direction, body = av
        # The text a lookahead at the very end tests follows the match; the text a lookbehind
        # at the very start tests comes just before it: matched as plain text there. Elsewhere
        # a zero-width test is dropped (it matches everywhere).
        if (direction > 0 and last) or (direction < 0 and first):
            return "(?:" + _seq(body, flags, const, direction < 0, direction > 0, groups) + ")"
        return ""
    if op is const.ASSERT_NOT:
        return ""
    if op is const.GROUPREF:
        # The text the group matched, compared case-insensitively or not: the group's own wider
        # form reads it when both compare alike (an ASCII letter takes both cases there only if
        # the group's did); else any text.
        known = groups.get(av)
        if known is not None and known[1] == ignorecase:
            return "(?:" + known[0] + ")"
        return groups.get(_UNKNOWN_REFERENCE, "(?s:.*)")
    if op is const.GROUPREF_EXISTS:
        _group, yes, no = av
        yes_ = _seq(yes, flags, const, False, False, groups)
        no_ = _seq(no, flags, const, False, False, groups) if no else ""
        return "(?:" + yes_ + "|" + no_ + ")"
    raise _Unreadable(str(op))


# The key in ``_seq``'s ``groups`` (beside the group numbers) of what a back reference to a group
# whose text is not known matches, when not any text.
_UNKNOWN_REFERENCE = "unknown reference"


def wider(pattern: str, flags: int = 0, behind_as_text: bool = True) -> Optional[str]:
    """An re2 pattern that matches somewhere in every text in which ``pattern`` (with
    ``flags``, as the ``regex`` module reads it) matches somewhere; None when there is none
    here (see the module's docstring). ``behind_as_text`` False: a lookbehind at the very
    start is dropped like every other zero-width test, so that the wider pattern matches from
    the very position where an attempt of the pattern that matches starts (``local_finditer``)."""
    if flags & _VERBOSE or prefilter._REGEX_ONLY.search(pattern) or "(?|" in pattern:
        return None  # "(?|...)": a branch reset, whose group numbers re's parser would not keep
    const, parser = prefilter._parser()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = parser.parse(prefilter._re_readable(pattern), flags)
        if parsed.state.flags & _VERBOSE:
            return None
        # From the start: a back reference of unknown text matches as little text as it can
        # (the positions a match may start from are the same as with any text; the matches
        # re2 reports short).
        groups = {} if behind_as_text else {_UNKNOWN_REFERENCE: "(?s:.*?)"}
        return _seq(parsed, int(parsed.state.flags), const, behind_as_text, True, groups)
    except Exception:  # the ``re`` parser does not read it, or a construct with no wider form
        return None


class _Wider(diskcache.ExitSavedTable):
    """``wider(..., behind_as_text)``'s answers kept in the cache directory as the table ``name``
    (parsing a pattern costs about a millisecond; a catalog has dozens), under a key of this
    module, the prefilter's parser helpers, the ``regex`` version (whose tables give the ASCII
    classes) and the Python version (whose ``re`` parser reads the pattern)."""
    _LIMIT = 5000

    def __init__(self, name: str, behind_as_text: bool):
        super().__init__()
        self._NAME = name
        self.behind_as_text = behind_as_text

    def _key(self) -> str:
        import regex

        return diskcache.key_of([diskcache.file_digest(__file__), diskcache.file_digest(prefilter.__file__),
                                 str(getattr(regex, "__version__", "")), sys.version.split()[0]])

    def get(self, pattern: str, flags: int) -> Optional[str]:
        return self._text_answer((pattern, flags), lambda: wider(pattern, flags, self.behind_as_text))


_WIDER = _Wider("re2-screens", behind_as_text=True)
# A name of its own (not "re2-screens-..."), so the two tables keep their versions apart.
_WIDER_FROM_START = _Wider("re2-starts", behind_as_text=False)
_COMPILED: dict = {}  # (pattern, flags) -> compiled wider pattern, or False: none


def compiled(pattern: str, flags: int = 0):
    """The compiled re2 screen of ``pattern`` (``wider``), or None when there is none (no
    wider form, re2 refuses it, or google-re2 is not installed)."""
    return _compiled_in(_COMPILED, _WIDER, pattern, flags)


def _compiled_in(memo: dict, table, pattern: str, flags: int):
    """The compiled re2 form of ``table.get(pattern, flags)``, memoised in ``memo``; None when
    there is none."""
    flags = int(flags)  # a plain int: the tables are written with marshal, which takes no enum
    key = (pattern, flags)
    screen = memo.get(key)
    if screen is None:
        screen = False
        source = table.get(pattern, flags) if _re2 is not None else None
        if source is not None:
            # past ``max_mem`` re2 answers from a slower search, never wrongly
            screen = re2_compiled(source, max_mem=32 << 20) or False
        if len(memo) >= 5000:  # one-off patterns by the thousand (tests): start over
            memo.clear()
        memo[key] = screen
    return screen or None


def re2_compiled(source: str, max_mem: Optional[int] = None):
    """``source`` (ASCII) compiled by re2 to search the screen text (``screen_text``, read as
    Latin-1: one byte per character), or None: google-re2 is not installed, or re2 refuses
    the expression (too large, unreadable)."""
    if _re2 is None:
        return None
    options = _re2.Options()
    options.log_errors = False
    options.encoding = _re2.Options.Encoding.LATIN1
    if max_mem is not None:
        options.max_mem = max_mem
    try:
        return _re2.compile(source.encode("ascii"), options)
    except Exception:
        return None


# re2's own search of a compiled pattern (``_Regexp._regexp.Match``), without the wrapper's
# generator and match object (a screen's search is asked only where its leftmost match is, some
# 90,000 times over the 320 news stories of ``clean_fresh60-79``: about 0.6 us a search instead
# of 1.8-3.9). The same call the wrapper makes on bytes; any other layout of the package takes
# the wrapper's ``search``.
_UNANCHORED = getattr(getattr(_re2, "_Anchor", None), "UNANCHORED", None)


def leftmost(compiled_re2, data: bytes, pos: int = 0) -> Optional[Tuple[int, int]]:
    """The span of the leftmost match of ``compiled_re2`` (an ``re2_compiled`` pattern) in
    ``data`` (bytes) from ``pos`` (0 <= pos <= len(data)), or None: ``compiled_re2.search(data,
    pos)``'s span."""
    regexp = getattr(compiled_re2, "_regexp", None)
    if regexp is not None and _UNANCHORED is not None and isinstance(data, bytes):
        span = regexp.Match(_UNANCHORED, data, pos, len(data))[0]
        return None if span[0] < 0 else span
    m = compiled_re2.search(data, pos)
    return None if m is None else m.span()


_NOT_ASCII = re_programs.compile(r"[^\x00-\x7f]")


def screen_text(text: str) -> bytes:
    """``text`` as the screens read it: ASCII as itself, every other character (a lone
    surrogate too) as the byte 0x80."""
    if text.isascii():
        return text.encode("ascii")
    return _NOT_ASCII.sub("\x80", text).encode("latin-1")


def _screen_text(doc) -> bytes:
    text = doc.cache.get("screen-text")
    if text is None:
        text = doc.cache["screen-text"] = screen_text(doc.text)
    return text


def may_match(doc, pattern: str, flags: int = 0) -> bool:
    """False when ``pattern`` (as the ``regex`` module reads it, with ``flags``) has no match
    anywhere in ``doc``'s text; True when it may have one or nothing is known."""
    return first_start(doc, pattern, flags) is not None


def first_start(doc, pattern: str, flags: int = 0) -> Optional[int]:
    """Where a search of ``doc``'s text for ``pattern`` may begin: no match of the pattern
    starts before it. None when the pattern has no match anywhere; 0 when nothing is known.

    The wider pattern is built item by item, so wherever the pattern matches ``text[s:e]``
    the wider one matches there too, or from a little before ``s`` when a lookbehind at the
    pattern's start is read as text: the leftmost match of the wider pattern, which re2
    finds, starts at or before every match of the pattern. (The screen text has one
    character per character of the document, so its offsets are the document's.)"""
    screen = compiled(pattern, flags)
    if screen is None:
        return 0
    span = leftmost(screen, _screen_text(doc))
    return None if span is None else span[0]


_COMPILED_FROM_START: dict = {}  # (pattern, flags) -> compiled ``_WIDER_FROM_START`` form, or False: none


def compiled_from_start(pattern: str, flags: int = 0):
    """The compiled re2 form of ``wider(pattern, flags, behind_as_text=False)``: it matches
    from the position where every attempt of the pattern that matches starts. None when there
    is none (as ``compiled``)."""
    return _compiled_in(_COMPILED_FROM_START, _WIDER_FROM_START, pattern, flags)


LOCAL_MIN_CHARS = 20_000  # from this length on, the start-up allowance is ``_ALLOWANCE_NS``
# A catalog pattern rule (the ``pattern`` detector) is tried only where an attempt may match in
# a text of any length: on the 320 news stories of ``clean_fresh60-79`` (2,600 characters
# each) the 1,051 searches of a story that a rule's screen let through took 199 ms as one
# finditer each, 62 ms so, the same matches (``benchmarks/local_scans.py``, least of five).
PATTERN_LOCAL_MIN_CHARS = 0
# A detector module's pattern (``Screened``) on a text shorter than ``LOCAL_MIN_CHARS``: tried
# so too, with a start-up allowance of this many nanoseconds a character of the text instead of
# ``_ALLOWANCE_NS``. The dense patterns (a capitalised word, a determiner) then hand over to one
# finditer after a few attempts: the 31,609 scans of those 320 stories took 466 ms as one
# finditer each, 502 ms with the allowance of long texts, 422 ms with this one (same matches).
SHORT_ALLOWANCE_PER_CHAR_NS = 2
_SHORT_RANGE = 32  # a match of the re2 form up to this long: every position in it is tried
# A catalog pattern rule (``pattern``) tries only the start of each match of its re2 form, and
# after a failed attempt asks re2 again from the next position (``local_finditer``'s
# ``short_range`` of 0): a catalog pattern is a long alternation, whose attempt at a position
# costs more than re2's search for the next place one may match. On the 320 news stories of
# ``/tmp/cf6079q`` the 20,905 searches that the prefilters let through made 45,958 attempts, 37
# of which matched; the pattern type took 0.47-0.51 s of CPU so, 0.57-0.69 s trying every
# position of a short match (the same matches; 0.26-0.28 s against 0.31-0.32 s on 125 MT files).
PATTERN_SHORT_RANGE = 0
# ``local_finditer`` does the rest with one finditer once what it has spent passes what a
# finditer would have spent on the text passed so far, reckoned at ``scan_ns`` nanoseconds a
# character (after a start-up allowance): the anchored attempts cost more than the scan where
# places to try are dense (a line of one sentence repeated). What it spends is reckoned too
# (measured time would count re2's first search, which builds its automaton, and the caller's
# work between matches): a call into re2 or an anchored attempt, and each character re2 reads.
_CALL_NS, _RE2_CHAR_NS, _ALLOWANCE_NS = 1000, 1, 100_000
PATTERN_SCAN_NS = 100  # a catalog pattern's scan (ignorecase, lookbehinds: 0.1-0.3 us a character)
MODULE_SCAN_NS = 30    # a detector module's pattern (``Screened``)


def local_finditer(compiled_pattern, starts, text: str, screened: bytes, pos: int, timeout: Optional[float],
                   scan_ns: int = PATTERN_SCAN_NS, allowance_ns: Optional[int] = None, clock=time.perf_counter,
                   short_range: int = _SHORT_RANGE):
    """The matches of ``compiled_pattern`` (a ``regex`` pattern that may start a search past the
    text's start: no ``\\G``, no reverse search) in ``text`` from ``pos``, the same as
    ``compiled_pattern.finditer(text, pos, timeout=timeout)``, found by trying the pattern only
    where ``starts`` (``compiled_from_start``'s re2 form, over ``screened``, the screen text)
    says that an attempt may match.

    Why these are the same matches: where an attempt of the pattern at ``s`` matches,
    ``starts`` matches from ``s`` too (it is built item by item, zero-width tests dropped, a
    lookahead at the end read as text). The leftmost match [a, b) of ``starts`` from a position
    q (re2's search) thus has no matching attempt start in [q, a). A finditer's state is the
    position its next search begins at; from q the next match's attempt starts at a or later.
    The attempt at a is tried (``match``, which reads the text before and after the position
    as a search does); for a short [a, b) (up to ``short_range`` long) every position up to b
    is tried too, and the next search of ``starts`` begins at b; for a long one the next begins
    at a + 1 (with ``short_range`` 0, after every attempt that fails: ``PATTERN_SHORT_RANGE``).
    When the calls grow costly against the text they pass over, one finditer from the current
    position does the rest (``scan_ns``, after ``allowance_ns``: ``_ALLOWANCE_NS`` unless given). After an
    empty match (the rules for the next search differ), a finditer from that attempt's start
    does the rest: its first match is the same one, and the state after it the same.
    ``timeout`` is reckoned on ``clock`` (wall-clock unless given; ``time.thread_time``: the
    CPU time of the calling thread, which a loaded machine does not stretch); each call into the
    pattern is limited, wall-clock, to what is left of it."""
    started, n = clock(), len(text)
    match = compiled_pattern.match
    begin, spent = pos, 0
    allowance = _ALLOWANCE_NS if allowance_ns is None else allowance_ns
    limit = {}  # no timeout (``timeout`` None: an ``re`` pattern, or a caller that sets none)
    while pos <= n:
        if timeout is not None:
            left = timeout - (clock() - started)
            if left <= 0:
                raise TimeoutError("regex timed out")
            limit = {"timeout": left}
        if spent > allowance + (pos - begin) * scan_ns:
            yield from compiled_pattern.finditer(text, pos, **limit)
            return
        hit = leftmost(starts, screened, pos)
        if hit is None:
            return
        a, b = hit
        spent += _CALL_NS + (b - pos) * _RE2_CHAR_NS
        hi = max(b, a + 1) if b - a <= short_range else a + 1
        s = a
        while s < hi:
            spent += _CALL_NS
            m = match(text, s, **limit)
            if m is None:
                s += 1
                continue
            if m.end() == m.start():
                # an empty match: the finditer from here finds it first, then goes on as the original
                yield from compiled_pattern.finditer(text, s, **limit)
                return
            yield m
            s = m.end()
        pos = max(hi, s)


_TEXTS: dict = {}  # id(text) -> (text, its screen text): the texts a detector's patterns read in turn
_FLAGS = 2 | 8 | 16 | 64  # IGNORECASE, MULTILINE, DOTALL, VERBOSE: the flags a wider form reads


def _screen_text_of(text: str) -> bytes:
    """``screen_text(text)``, worked out once per text while it is being checked: the engine runs
    each rule over a batch of documents, so a text comes back once per rule."""
    kept = _TEXTS.get(id(text))
    if kept is None or kept[0] is not text:
        if len(_TEXTS) >= 256:
            _TEXTS.clear()
        kept = _TEXTS[id(text)] = (text, screen_text(text))
    return kept[1]


class Screened:
    """A compiled ``regex`` (or ``re``) pattern whose scans of a whole text (``finditer(text)``,
    ``findall(text)``) first ask its re2 screen (``compiled``) whether it can match the text at
    all, and return nothing at once where it cannot: the answers are those of the pattern
    itself. Every other use (a search or match from a position, a scan between bounds) goes to
    the pattern as it stands. For a detector's module-level patterns, most of which match
    nowhere in most documents (``grammar``'s, on news: tens of scans per document, each a
    backtracking pass over the whole text)."""

    def __init__(self, compiled_pattern):
        self.compiled = compiled_pattern
        self.pattern = compiled_pattern.pattern
        self.flags = compiled_pattern.flags
        self.groups = compiled_pattern.groups
        self.groupindex = compiled_pattern.groupindex
        self.search = compiled_pattern.search
        self.match = compiled_pattern.match
        self.fullmatch = compiled_pattern.fullmatch
        self.sub = compiled_pattern.sub
        self.subn = compiled_pattern.subn
        self.split = compiled_pattern.split
        self._screen = None  # the re2 screen, compiled on first use; False: none
        self._starts = None  # its form from the start (``compiled_from_start``) for long texts; False: none

    def may_match(self, text) -> bool:
        """Whether the pattern can match anywhere in ``text`` (False only where its re2 screen
        says it cannot; True where there is no screen)."""
        screen = self._screen
        if screen is None:
            screen = self._screen = compiled(self.pattern, self.flags & _FLAGS) or False
        return screen is False or leftmost(screen, _screen_text_of(text)) is not None

    def finditer(self, text, *args, **kwargs):
        if args or kwargs:
            return self.compiled.finditer(text, *args, **kwargs)
        if not self.may_match(text):
            return iter(())
        # the pattern tried only where an attempt may match (``local_finditer``); on a short
        # text with a start-up allowance in proportion to its length
        starts = self._starts
        if starts is None:
            late = "\\G" not in self.pattern and not self.flags & 0x400  # regex.REVERSE
            starts = self._starts = late and compiled_from_start(self.pattern, self.flags & _FLAGS) or False
        if starts is not False:
            n = len(text)
            allowance = None if n >= LOCAL_MIN_CHARS else SHORT_ALLOWANCE_PER_CHAR_NS * n
            return local_finditer(self.compiled, starts, text, _screen_text_of(text), 0, None, MODULE_SCAN_NS,
                                  allowance)
        return self.compiled.finditer(text)

    def findall(self, text, *args, **kwargs):
        if args or kwargs or self.may_match(text):
            return self.compiled.findall(text, *args, **kwargs)
        return []


def screen_patterns(names: dict) -> None:
    """Each compiled pattern among a module's ``names`` (its ``vars()``, called once the module and
    its neighbours are imported: ``detectors/__init__``) made ``Screened``: its whole-text scans ask its re2 screen first. An ``re`` pattern
    with ``\\s`` is left as it is: ``re`` reads the separators U+001C to U+001F as spaces, which
    the wider forms (read from ``regex``'s classes) do not take."""
    import re
    import regex
    for name, value in list(names.items()):
        if isinstance(value, regex.Pattern) or isinstance(value, re.Pattern) and "\\s" not in value.pattern:
            # one Screened a pattern: a module that imported its neighbour's pattern shares its screen
            names[name] = _SCREENED.setdefault(id(value), (value, Screened(value)))[1]


def unscreened(pattern):
    """``pattern`` itself where it is ``Screened`` (for scans where it matches in most texts, so
    that asking its screen first costs more than it saves); any other pattern as it is."""
    return getattr(pattern, "compiled", pattern)


def unscreened_where_may_match(pattern, text):
    """``unscreened(pattern)`` for a scan of ``text`` of one's own, or None where the pattern's
    re2 screen (``Screened.may_match``) says it matches nowhere in ``text``, as a whole-text
    ``finditer`` would have been told."""
    may_match = getattr(pattern, "may_match", None)
    if may_match is not None and not may_match(text):
        return None
    return unscreened(pattern)


_SCREENED: dict = {}  # id(pattern) -> (pattern, kept alive, its Screened)
