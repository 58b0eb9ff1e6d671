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

Used for the patterns modules compile at import (fixed text, known in advance). Every other
``re`` pattern of the process is served from the same table too (``install``, at import): ``re``
asks its compiler (``re._compiler.compile``) only for a pattern missing from its own cache, and
the installed compiler answers with the stored program when the table holds one. Patterns are
added to the table only outside the checking of documents (``checking``): what imports and the
catalog's detectors compile is the same every run (about 0.04 s of a run: a catalog's joined
term lists, pysbd's rules, the modules' own), what a document's words make is not and would
churn the table. pysbd's rules, compiled on first use inside a check, are added
(``storing``): they are pysbd's own text, not the document's.
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
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
    compile_ = _REAL_COMPILE or _compiler.compile  # the compiler itself, not ``_served``
    try:
        compiled, seen = diskcache.with_core_watched(_compiler, "_sre", lambda: compile_(pattern, flags))
    except re.error:
        raise  # a bad pattern is the caller's error, as from re.compile
    except Exception:  # pragma: no cover - other internals: compile as re does, keep nothing
        return compile_(pattern, flags), None
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


# ``re._compiler.compile`` as it was before ``install`` (None until then, or where ``re`` has no
# such compiler): what a pattern missing from the table is compiled with.
_REAL_COMPILE = None
_STATE = threading.local()  # .checking, .storing: nesting depths of ``checking`` and ``storing``


@contextmanager
def checking():
    """Documents are being checked (``engine.check_documents``): a pattern compiled meanwhile
    may be made of a document's words, so it is served from the table but not added to it."""
    _STATE.checking = getattr(_STATE, "checking", 0) + 1
    try:
        yield
    finally:
        _STATE.checking -= 1


@contextmanager
def storing():
    """Patterns compiled meanwhile are a library's fixed ones (pysbd's rules) even inside
    ``checking``: added to the table."""
    _STATE.storing = getattr(_STATE, "storing", 0) + 1
    try:
        yield
    finally:
        _STATE.storing -= 1


def _served(pattern, flags=0):
    """``re._compiler.compile`` while installed: the stored program of a ``str`` pattern when
    the table holds one, else the pattern compiled by ``re``'s compiler (and its program kept,
    outside ``checking``). The same pattern either way (``_capture`` keeps only a program that
    makes a pattern equal to the compiled one)."""
    if type(pattern) is not str or flags & re.DEBUG:  # bytes; DEBUG prints as it compiles
        return _REAL_COMPILE(pattern, flags)
    flags = int(flags)
    args = PROGRAMS._load().get((pattern, flags))
    if PROGRAMS._usable(args, pattern):
        try:
            return PROGRAMS._rebuild(args)
        except Exception:  # a damaged entry: compiled again below
            pass
    if getattr(_STATE, "checking", 0) and not getattr(_STATE, "storing", 0):
        return _REAL_COMPILE(pattern, flags)
    compiled, args = _capture(pattern, flags)
    if args is not None:
        PROGRAMS._store((pattern, flags), args)
    return compiled


def uncached_compile(pattern, flags=0) -> "re.Pattern":
    """The pattern as ``re``'s own compiler makes it, never from the table (for tests)."""
    from re import _compiler

    return (_REAL_COMPILE or _compiler.compile)(pattern, flags)


def install() -> None:
    """Put ``_served`` in the place of ``re._compiler.compile`` (once; nothing where ``re`` is
    laid out otherwise)."""
    global _REAL_COMPILE
    try:
        from re import _compiler
    except ImportError:  # pragma: no cover - another layout of the re package
        return
    real = getattr(_compiler, "compile", None)
    if _REAL_COMPILE is not None or real is None or getattr(_compiler, "_sre", None) is None:
        return
    _REAL_COMPILE = real
    _compiler.compile = _served


install()
