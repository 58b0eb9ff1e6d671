"""Compiled ``regex`` patterns without the parse: the ``regex`` module parses and optimises a
pattern in Python (several milliseconds for a large alternation, about 0.15-0.3 s for the
catalog's patterns in every run) and hands the result, a list of opcodes and a few tables, to
its C core (``_regex.compile``). What it hands over depends only on the pattern, its flags and
the ``regex`` version, so it is kept in the cache directory (``audit.diskcache``, one
``regex-programs`` table under a key of this module's source, the ``regex`` version and the
sources of its compiler) and given straight to the C core next time.

The program is captured by running ``regex``'s own compiler with its C core wrapped for the
one call; the pattern object made from the stored program is checked against the compiled one
(pattern, flags, groups, named groups) before the program is kept. Anything unexpected (another
``regex`` version with other internals, an unreadable table) means compiling as ``regex.compile``
does: the cache can make a run faster, never different.
"""
from __future__ import annotations

from typing import Optional, Tuple

import regex

from .. import diskcache


def _capture(pattern: str, flags: int) -> Tuple[object, Optional[tuple]]:
    """(the compiled pattern, the arguments ``regex`` gave its C core, or None)."""
    try:
        from regex import _main
    except ImportError:  # pragma: no cover - another layout of the regex package
        return regex.compile(pattern, flags), None
    real = getattr(_main, "_regex", None)
    compiler = getattr(_main, "_compile", None)
    if real is None or compiler is None:  # pragma: no cover - another layout of the regex package
        return regex.compile(pattern, flags), None
    try:
        compiled, seen = diskcache.with_core_watched(_main, "_regex", lambda: compiler(pattern, flags, False, {}, False),
                                                     keep=lambda args: bool(args) and args[0] == pattern)
    except Exception:  # pragma: no cover - other internals: compile as regex does, keep nothing
        return regex.compile(pattern, flags), None
    if len(seen) != 1:
        return compiled, None
    # flags, and the required characters' flags, may be RegexFlag members: marshal writes ints only
    args = (seen[0][0], int(seen[0][1])) + tuple(
        int(a) if isinstance(a, int) and type(a) is not int and type(a) is not bool else a for a in seen[0][2:])
    try:
        again = real.compile(*args)
    except Exception:  # pragma: no cover - a program the core will not take back
        return compiled, None
    same = (again.pattern, again.flags, again.groups, dict(again.groupindex)) == \
        (compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))
    return compiled, args if same else None


class _Programs(diskcache.ProgramTable):
    """The table of programs, read on first use and written once, when the process ends, if
    this process compiled a pattern it lacked."""
    _NAME = "regex-programs"
    _LIMIT = 2000  # patterns kept: a catalog has dozens; test runs make thousands of one-off ones

    def _key(self) -> str:
        from regex import _main, _regex_core

        return diskcache.key_of([diskcache.file_digest(__file__), str(getattr(regex, "__version__", "")),
                                 diskcache.file_digest(_main.__file__), diskcache.file_digest(_regex_core.__file__)])

    def _rebuild(self, args: tuple):
        from regex import _main

        return _main._regex.compile(*args)

    def _capture(self, pattern: str, flags: int):
        return _capture(pattern, flags)

PROGRAMS = _Programs()
