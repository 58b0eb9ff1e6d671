"""The package's own modules compiled once, not at every start, where Python writes no bytecode.

With ``PYTHONDONTWRITEBYTECODE`` set (or ``-B``) and no ``__pycache__`` beside the sources,
Python compiles every module of the package from source in every process: about 0.14 s of
CPU per ``mtaudit check``, as much as checking a few dozen documents. ``install`` (called
first thing by ``audit/__init__.py``) puts a finder before the standard ones that hands the
package's submodules a loader whose ``get_code`` keeps each module's compiled code in the cache
directory (``audit.diskcache``): one table per copy of the package, under a key of the Python version (whose compiler
made the code) and of this module's source, of module path -> (sha256 of the source bytes,
``marshal`` of the code object). A module whose source changed is compiled again and its entry
replaced; a missing, read-only or unreadable cache, or a damaged entry, means compiling from
source as Python would. Where Python writes bytecode itself nothing is installed.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
from importlib.machinery import PathFinder, SourceFileLoader

from . import diskcache

_PACKAGE = __name__.rpartition(".")[0]  # "audit"


class _Code(diskcache.ExitSavedTable):
    """Module path -> (sha256 of its source bytes, ``marshal.dumps`` of its code object). One
    table per copy of the package (its folder's path in the name): every process reads its
    whole table at start, and one shared by several checkouts (a machine with a few worktrees)
    held all their modules, ten times the bytes read (28 MB for 13 checkouts: 0.03 s of every
    start, ``python -X importtime``, self time of ``audit.document``, the first module read
    through it). Named apart from the one shared table of old ("bytecode-..."), which older
    code prunes by that prefix."""
    _NAME = "bytecode_" + hashlib.sha256(
        os.path.dirname(os.path.abspath(__file__)).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    _LIMIT = 2000  # a package has about a hundred modules; several checkouts may share a cache

    def _key(self) -> str:
        # the optimization level too, as CPython's opt-1/opt-2 .pyc names keep it: code compiled
        # with asserts is not reused by a "python -O" run, nor the other way round
        return diskcache.key_of([diskcache.file_digest(__file__), sys.implementation.cache_tag or "",
                                 str(sys.flags.optimize)])

    def code(self, path: str, source: bytes, compile_source):
        """The code object of the module at ``path`` whose source is ``source``: the stored one,
        else ``compile_source()``'s, stored."""
        digest = hashlib.sha256(source).hexdigest()
        kept = self._load().get(path)
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == digest and isinstance(kept[1], bytes):
            try:
                code = marshal.loads(kept[1])
            except Exception:  # a damaged entry: compiled again below
                code = None
            if type(code) is _CODE_TYPE:
                return code
        code = compile_source()
        self._store(path, (digest, marshal.dumps(code)))
        return code


_CODE_TYPE = type(compile("", "<empty>", "exec"))
CODE = _Code()


class _Loader(SourceFileLoader):
    """The standard source loader, its compiled code read from ``CODE`` when stored there."""

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        source = self.get_data(path)
        return CODE.code(path, source, lambda: self.source_to_code(source, path))


class _Finder:
    """Finds the package's submodules as the standard path finder does, with ``_Loader``."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not fullname.startswith(_PACKAGE + "."):
            return None
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is not None and type(spec.loader) is SourceFileLoader:
            spec.loader = _Loader(spec.loader.name, spec.loader.path)
        return spec

    @classmethod
    def invalidate_caches(cls):
        pass


def install() -> None:
    """Put ``_Finder`` first on ``sys.meta_path`` when Python writes no bytecode (once)."""
    if sys.dont_write_bytecode and _Finder not in sys.meta_path:
        sys.meta_path.insert(0, _Finder)
