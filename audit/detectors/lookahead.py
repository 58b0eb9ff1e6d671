"""A pattern's branches that open on lookbehinds, made to look ahead first.

The ``regex`` module scans for a long alternation fast while each branch begins with something
it can test at a position cheaply (a word boundary, a letter, a literal); one branch that opens
on a lookbehind (``(?<=\\bfood\\b[^.!?\\n]{0,80})quality guarantee period``) makes it try every
branch at every position, each lookbehind reading back up to its full length: the catalog's
large term families ran at about 40 KB/s under a plain ``finditer``. ``looking_ahead_first``
gives such a branch a lookahead of what it reads after its lookbehinds,
``(?=REST)(?<=...)REST``: a position where REST cannot match is left at once, and where it can,
the lookbehinds and REST run as before. The lookbehinds only assert at the position the branch
starts from, so the branch matches exactly where, and exactly as, it did (same span, same
groups); the lookahead adds no group. A branch whose rest holds a group, a back reference, a
conditional or a construct whose meaning depends on where the match began (``\\K``, ``\\G``,
recursion) is left as
written, as is a pattern with version, reverse, verbose or fuzzy-matching flags.
"""
from __future__ import annotations

import regex

# in the rest of a branch: a capturing or named group, a back reference, a subpattern call,
# a conditional, \K or \G, fuzzy constraints: copying it into a lookahead could change groups or meaning
_UNSAFE = regex.compile(r"(?<!\\)(?:\\\\)*(?:\((?!\?)|\(\?P?<(?![=!])|\(\?P[=>]|\(\?[R&0-9(]|\(\?[+-][0-9]"
                        r"|\\[1-9gKG]|\{[eids]\s*[<=])")
_UNSAFE_FLAGS = regex.REVERSE | regex.BESTMATCH | regex.ENHANCEMATCH | regex.POSIX | regex.VERSION1 | regex.VERBOSE


def _skip_class(p: str, i: int) -> int:
    """The index just past the character class opening at ``p[i] == '['``."""
    i += 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":
        i += 1
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "]":
            return i + 1
        if c == "[" and p.startswith("[:", i):  # a POSIX class, [:alpha:]
            end = p.find(":]", i + 2)
            if end > 0:
                i = end + 2
                continue
        i += 1
    raise ValueError("unclosed character class")


def _structure(p: str, i: int = 0):
    """(index, character) of each character of ``p`` from ``i`` that is neither escaped nor in a
    character class: the brackets and bars that give the pattern its shape."""
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _skip_class(p, i)
        else:
            yield i, c
            i += 1


def _group_end(p: str, i: int) -> int:
    """The index just past the group opening at ``p[i] == '('``."""
    depth = 0
    for at, c in _structure(p, i):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return at + 1
    raise ValueError("unclosed group")


def _branches(p: str) -> list:
    """The top-level branches of ``p`` (split at each ``|`` outside groups and classes)."""
    out, depth, start = [], 0, 0
    for at, c in _structure(p):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(p[start:at])
            start = at + 1
    out.append(p[start:])
    return out


# the characters of an unbounded repeat outside a class, ``*`` and ``+`` (``_scans`` reads
# ``{n,}`` itself; escaped ones and classes are skipped by ``_structure``)
_UNBOUNDED = frozenset("*+")


def _scans(p: str, i: int, end: int) -> bool:
    """Whether ``p[i:end]`` repeats something without bound (``*``, ``+``, ``{n,}``)."""
    for at, c in _structure(p[:end], i):
        if c in _UNBOUNDED or c == "{" and regex.match(r"\{\d*,\}", p[at:end]):
            return True
    return False


def _before_scanning_lookaround(rest: str) -> str:
    """``rest`` up to its first top-level lookaround that repeats without bound (``(?=[^\n]*[.!?])``:
    a test that reads on to the line's end), or all of it. The lookahead put first holds only
    that part: a prefix of a sequence matches wherever the sequence does, so the branch matches
    as before; copying the scan there ran it at every place the lookbehinds would have refused
    (each a read of the rest of the line: seconds on a line of 1 MB, where the pattern as written
    took 15 ms)."""
    depth, opened = 0, None
    for at, c in _structure(rest):
        if c == "(":
            if depth == 0 and rest.startswith(("(?=", "(?!", "(?<=", "(?<!"), at):
                end = _group_end(rest, at)
                if _scans(rest, at, end):
                    return rest[:at]
            depth += 1
        elif c == ")":
            depth -= 1
    return rest


def _ahead(p: str) -> str:
    out = []
    for branch in _branches(p):
        at = 0
        while branch.startswith(("(?<=", "(?<!"), at):
            at = _group_end(branch, at)
        behind, rest = branch[:at], branch[at:]
        if rest.startswith("(?:") and _group_end(rest, 0) == len(rest):  # one group of branches: the same inside
            rest = "(?:" + _ahead(rest[3:-1]) + ")"
        ahead = _before_scanning_lookaround(rest)
        if behind and ahead and rest[0] not in "?*+{" and not _UNSAFE.search(rest):  # not a quantified lookbehind
            branch = "(?=" + ahead + ")" + behind + rest
        else:
            branch = behind + rest
        out.append(branch)
    return "|".join(out)


def looking_ahead_first(pattern_text: str, flags: int = 0) -> str:
    """``pattern_text`` with each branch that opens on lookbehinds looking ahead for the rest of
    the branch first (see the module's docstring); the text itself when nothing changes or the
    pattern is one this rewrite leaves alone."""
    if flags & _UNSAFE_FLAGS or regex.search(r"\(\?[a-zA-Z]*[rbepVx]|\(\?#|\\Q", pattern_text):
        return pattern_text  # flags that change how a match is found; comments and \Q...\E quote brackets
    try:
        rewritten = _ahead(pattern_text)
    except (ValueError, RecursionError):  # text this reader does not follow: compile it as written
        return pattern_text
    if len(rewritten) > 3 * len(pattern_text) + 200:
        return pattern_text  # nested lookbehind-led groups, each copied into its lookahead: too large
    return rewritten
