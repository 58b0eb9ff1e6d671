"""The ``regex`` module for modules that compile fixed patterns at import (``grammar``): the
same names, with ``compile`` going through the stored programs (``programs.PROGRAMS``), so a
run hands each pattern's program straight to ``regex``'s C core instead of parsing it again
(the grammar module's 79 patterns: about 0.08 s of every run). The compiled patterns are the
ones ``regex.compile`` makes; a pattern not in the table is compiled and captured as before.
Import it as the module's ``re``: ``from . import regex_cached as re``."""
from __future__ import annotations

from regex import *  # noqa: F401,F403 - the module's names (flags, escape, search, error, ...)
from regex import escape, error  # noqa: F401 - not in regex's __all__ under every version

from .programs import PROGRAMS


def compile(pattern, flags=0):  # noqa: A001 - regex.compile's name and signature
    """``regex.compile(pattern, flags)`` from the stored program when there is one."""
    if not isinstance(pattern, str):
        import regex
        return regex.compile(pattern, flags)
    return PROGRAMS.compile(pattern, flags)
