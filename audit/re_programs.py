"""Compiled ``re`` patterns without the parse: ``re.compile`` parses and compiles a pattern in
Python, and the modules ``mtaudit check`` imports compile about 300 patterns at import time
(about 0.09 s of every run, a tenth of a one-file check). What the compiler hands its C core
(``_sre.compile``: the pattern, its flags, a list of opcodes, the group tables) depends only on
the pattern, its flags and the Python version, so it is kept in the cache directory
(``audit.diskcache``, one ``re-programs`` table under a key of this module's source, the
Python version and the sources of ``re``'s compiler) and given straight to the C core next time.

The ``re`` counterpart of ``detectors/programs.py`` (which does this for the ``regex``
module): the program is captured by running ``re``'s own compiler with its C core wrapped for
the one call, and the pattern made from the captured program must equal the compiled one
(``re.Pattern`` equality: pattern, flags and opcodes) before it is kept. Anything unexpected
(another Python with other internals, an unreadable table, a damaged entry) means compiling as
``re.compile`` does: the cache can make a run faster, never different.

Used for the patterns modules compile at import (fixed text, known in advance); patterns made
from a catalog or a user's file at run time go to ``re.compile`` as before.
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

from . import diskcache


def _capture(pattern: str, flags: int) -> Tuple["re.Pattern", Optional[tuple]]:
    """(the compiled pattern, the arguments ``re``'s compiler gave its C core, or None)."""
    try:
        from re import _compiler
    except ImportError:  # pragma: no cover - another layout of the re package
        return re.compile(pattern, flags), None
    real = getattr(_compiler, "_sre", None)
    if real is None or not hasattr(_compiler, "compile"):  # pragma: no cover - other internals
        return re.compile(pattern, flags), None
    try:
        compiled, seen = diskcache.with_core_watched(_compiler, "_sre", lambda: _compiler.compile(pattern, flags))
    except re.error:
        raise  # a bad pattern is the caller's error, as from re.compile
    except Exception:  # pragma: no cover - other internals: compile as re does, keep nothing
        return re.compile(pattern, flags), None
    if len(seen) != 1 or seen[0][:1] != (pattern,):
        return compiled, None
    # The opcodes are ``_NamedIntConstant`` members (int subclasses): marshal writes plain ints only.
    pattern_, flags_, code, groups, groupindex, indexgroup = seen[0]
    args = (pattern_, int(flags_), [int(c) for c in code], int(groups), dict(groupindex), tuple(indexgroup))
    try:
        again = real.compile(*args)
    except Exception:  # pragma: no cover - a program the core will not take back
        return compiled, None
    return compiled, args if again == compiled and again.groupindex == compiled.groupindex else None


class _Programs(diskcache.ProgramTable):
    """The table of programs, read on first use and written once, when the process ends, if
    this process compiled a pattern it lacked."""
    _NAME = "re-programs"
    _LIMIT = 2000  # patterns kept: the modules compile about 300

    def _key(self) -> str:
        from re import _compiler, _constants, _parser

        return diskcache.key_of([diskcache.file_digest(__file__), diskcache.file_digest(_compiler.__file__),
                                 diskcache.file_digest(_parser.__file__), diskcache.file_digest(_constants.__file__)])

    def _usable(self, args, pattern: str) -> bool:
        return isinstance(args, tuple) and len(args) == 6 and args[0] == pattern

    def _rebuild(self, args: tuple) -> "re.Pattern":
        from re import _compiler

        return _compiler._sre.compile(*args)

    def _capture(self, pattern: str, flags: int):
        return _capture(pattern, flags)

PROGRAMS = _Programs()


def compile(pattern: str, flags: int = 0) -> "re.Pattern":  # noqa: A001 - re.compile's name and signature
    """``re.compile(pattern, flags)`` of a pattern fixed in the source (``_Programs.compile``)."""
    return PROGRAMS.compile(pattern, flags)
