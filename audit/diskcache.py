"""Derived data kept on disk between runs: tables that take a second to build from a data file
and milliseconds to read back (the ``literal`` detector's CC-CEDICT index).

Entries are ``marshal`` files (plain containers of str, int, float, tuple, list, dict, set:
loading one runs no code) named by a key that hashes everything the data depends on: the
source file's bytes, the code that built it, the Python version. A cache that is missing,
unwritable, truncated or corrupt is the same as no cache: the caller rebuilds, and a run never
fails because of it.
"""
from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
import threading
from itertools import repeat
from typing import Any, Callable, Iterable, Optional


def cache_dir() -> str:
    """``$MTAUDIT_CACHE_DIR``, else the user's cache directory (``~/.cache/mtaudit`` on Linux)."""
    env = os.environ.get("MTAUDIT_CACHE_DIR")
    if env:
        return env
    import platformdirs  # imported here: runs that find no cache need never ask

    return platformdirs.user_cache_dir("mtaudit", appauthor=False)


_DIGESTS: dict = {}  # (path, size, mtime, inode) -> sha256 of a large file, for this process
_REMEMBERED_BYTES = 1 << 20


def file_digest(path: str) -> str:
    """The sha256 of a file's bytes. A file of a megabyte or more (the dictionaries, two tables
    of one 9 MB file) is hashed once per process while its size, modification time and inode
    stay the same; smaller ones, which a test may rewrite within one clock tick, every time."""
    info = os.stat(path)
    seen = (os.path.abspath(path), info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)
    digest = _DIGESTS.get(seen)
    if digest is None:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        digest = h.hexdigest()
        if info.st_size >= _REMEMBERED_BYTES:
            _DIGESTS[seen] = digest
    return digest


def key_of(parts: Iterable[str]) -> str:
    h = hashlib.sha256()
    for part in (*parts, sys.version, str(marshal.version)):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:32]


def _path(name: str, key: str) -> str:
    return os.path.join(cache_dir(), "tables", f"{name}-{key}.marshal")


def load(name: str, key: str) -> Optional[Any]:
    """The cached value, or None when there is none or it cannot be read."""
    try:
        with open(_path(name, key), "rb") as fh:
            data = fh.read()
    except Exception:  # missing or unreadable: rebuild
        return None
    # The cyclic garbage collector is held off while a table is read: reading one makes
    # hundreds of thousands of containers, none of them garbage, and each batch of them would
    # start a collection (some of them full ones, over everything the process holds).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)  # marshal.load(fh) reads item by item: several times slower
    except Exception:  # truncated or not marshal data: rebuild
        return None
    finally:
        if enabled:
            gc.enable()


def save(name: str, key: str, value: Any) -> None:
    """Store ``value`` atomically (a temporary file renamed into place); failures are ignored."""
    try:
        path = _path(name, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(value, fh)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(name, path)
    except Exception:  # a read-only or full disk: the next run builds the table again
        pass


# Tables kept per name: the one just written and the newest one before it. Two checkouts (or
# two versions of a data file) used in turn on one cache directory each find their own table,
# where keeping one made every run rebuild what the other run had replaced (a whole check of
# 320 news files 8.3 s instead of 6.2 s); the price is at most twice the disk (about 51 MB of
# tables for one checkout).
KEEP_PER_NAME = 2


def _prune(name: str, keep: str) -> None:
    """Remove the older tables of this name (built from an older dictionary or code), all but
    the ``KEEP_PER_NAME - 1`` written last besides ``keep``. A table of this name is
    ``{name}-{key}.marshal`` with a key holding no "-": another name that starts with this one
    and a "-" is not this name's."""
    folder = os.path.dirname(keep)
    kept = os.path.basename(keep)
    others = []
    for entry in os.listdir(folder):
        if (entry.startswith(f"{name}-") and entry.endswith(".marshal") and entry != kept
                and "-" not in entry[len(name) + 1:-len(".marshal")]):
            path = os.path.join(folder, entry)
            try:
                others.append((os.stat(path).st_mtime_ns, entry, path))
            except OSError:  # removed meanwhile
                pass
    others.sort(reverse=True)  # the newest first
    for _, _, path in others[KEEP_PER_NAME - 1:]:
        try:
            os.unlink(path)
        except OSError:
            pass


# Called with no arguments after a table is read or built (``cached``, ``Derived.get``), when
# set. None by default: the library leaves its caller's heap alone. A command that owns the
# process sets it (``cli_common.settle_loaded_tables``) to move the table just made out of the
# cyclic garbage collector's reach before collections walk its entries again and again.
after_table: Optional[Callable[[], None]] = None


def _settled(table: Any) -> Any:
    if after_table is not None:
        after_table()
    return table


def cached(name: str, key: str, build: Callable[[], Any], check: Callable[[Any], Any]) -> Any:
    """``check(data)`` of the cached data when it loads and checks, else of ``build()`` (saved
    for the next run). ``check`` turns the stored containers back into the caller's types
    and raises on data of the wrong shape. The cyclic garbage collector is held off from the
    read or build to the end of ``check`` (``_CollectionsHeld``), and the table is settled
    (``after_table``) before it comes back on."""
    with _CollectionsHeld():
        data = load(name, key)
        if data is not None:
            try:
                table = check(data)
            except Exception:  # the wrong shape (an older layout under a colliding key): rebuild
                pass
            else:
                return _settled(table)
        data = _built(build)
        save(name, key, data)
        return _settled(check(data))


# How many table builds are under way in this thread's process (``cached``, ``Derived.get``):
# what a build works out is stored with its table, so a cache of per-word answers kept between
# runs (``literal_index._KEPT_STEMS``) leaves out the words it meets.
building = 0


def _built(build: Callable[[], Any]) -> Any:
    global building
    building += 1
    try:
        return build()
    finally:
        building -= 1


class _CollectionsHeld:
    """The cyclic garbage collector held off while a table is built or read and turned into
    the caller's types: that makes hundreds of thousands of containers, none of them garbage,
    and collecting among them took a quarter of the CC-CEDICT tables' build. (Turned back on
    between the read and ``check``, it would walk the whole table at the next allocation.)"""

    def __enter__(self):
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.enabled:
            gc.enable()


def derived(name: str, data_file: str, modules: Iterable[str], params: Iterable[Any],
            build: Callable[[], Any], check: Callable[[Any], Any]) -> Any:
    """``check`` of the table built from ``data_file`` by ``build``, read from the cache when
    one was saved under the same key (``Derived``)."""
    return Derived(name, data_file, modules, params).get(build, check)


class Derived:
    """A table built from ``data_file``, named and keyed once: the key holds the bytes of
    ``data_file``, the source of every module in ``modules`` (the files of all the code the
    build runs) and ``params`` (the build's arguments, by ``str``). The table's name gets the
    data file's path too: saving a table removes older ones of its name only, so tables of two
    data files (a test's, the bundled one) do not remove each other. A data file or module that
    cannot be read: built, not cached."""

    def __init__(self, name: str, data_file: str, modules: Iterable[str], params: Iterable[Any]):
        try:
            self.key: Optional[str] = key_of([file_digest(data_file), *(file_digest(m) for m in modules),
                                              *(str(p) for p in params)])
        except OSError:  # let the build say what is wrong with the data file
            self.key = None
        self.name = f"{name}-{key_of([os.path.abspath(data_file)])[:8]}"

    def get(self, build: Callable[[], Any], check: Callable[[Any], Any]) -> Any:
        """``check`` of the stored table, or of ``build()`` (saved for the next run)."""
        if self.key is None:
            with _CollectionsHeld():
                return _settled(check(_built(build)))
        return cached(self.name, self.key, build, check)

    def stored(self) -> bool:
        """Whether a table is stored under this key (not whether it reads back)."""
        return self.key is not None and os.path.isfile(_path(self.name, self.key))

    def save(self, value: Any) -> None:
        """Store a table built along with another (one pass over the data file for both)."""
        if self.key is not None:
            save(self.name, self.key, value)


class ExitSavedTable:
    """A process-wide table kept in the cache directory: read on first use (``load``; a
    missing or unreadable table is an empty one), grown by ``_store`` (cleared when it reaches
    ``_LIMIT`` entries: test runs make thousands of one-off keys), and written once, when the
    process ends, if this process added to it. Subclasses give ``_NAME``, ``_LIMIT`` and
    ``_key()`` (the code whose output the table holds)."""
    _NAME = ""
    _LIMIT = 2000

    def __init__(self):
        self.table = None
        self.dirty = False
        self.loaded_key = None

    def _key(self) -> str:
        raise NotImplementedError

    def _load(self) -> dict:
        if self.table is None:
            with _CollectionsHeld():
                try:
                    # The key of the code this process runs, taken once: a source file edited
                    # while the process runs must not get this process's answers at exit.
                    self.loaded_key = self._key()
                    table = load(self._NAME, self.loaded_key)
                except Exception:  # an unreadable source file: no table
                    table = None
                self.table = _settled(table if isinstance(table, dict) else {})
        return self.table

    def _text_answer(self, key, work: Callable[[], Optional[str]]) -> Optional[str]:
        """The answer kept under ``key`` (None or a string), else ``work()``'s, kept."""
        kept = self._load().get(key)
        if isinstance(kept, tuple) and len(kept) == 1 and (kept[0] is None or isinstance(kept[0], str)):
            return kept[0]
        answer = work()
        self._store(key, (answer,))
        return answer

    def _store(self, key, value) -> None:
        table = self._load()
        if len(table) >= self._LIMIT:
            table.clear()  # full of one-off entries: keep this process's
        table[key] = value
        if not self.dirty:
            self.dirty = True
            import atexit

            atexit.register(self.save)

    def save(self) -> None:
        if self.dirty and self.table is not None and self.loaded_key is not None:
            try:
                save(self._NAME, self.loaded_key, self.table)
            except Exception:  # the cache is a convenience: never an error at exit
                pass
            self.dirty = False


class KeptTable(ExitSavedTable):
    """An ``ExitSavedTable`` whose name, key and limit are given when it is made: tables of
    answers per word that a detector keeps between runs (``analysis.KeptWordFacts``,
    ``literal._words``), each keyed by what its answers are worked out from."""

    def __init__(self, name: str, key: str, limit: int):
        super().__init__()
        self._NAME, self.key, self._LIMIT = name, key, limit

    def _key(self) -> str:
        return self.key


class ProgramTable(ExitSavedTable):
    """An ``ExitSavedTable`` of compiled regular-expression programs, keyed by (pattern, flags):
    ``compile`` hands a stored program straight to the engine's C core (``_rebuild``), else
    compiles the pattern with ``_capture`` and keeps the program it captured. Shared by the
    ``re`` table (``audit.re_programs``) and the ``regex`` one (``detectors.programs``)."""

    def _rebuild(self, args: tuple):
        raise NotImplementedError

    def _capture(self, pattern: str, flags: int):
        """(the compiled pattern, the program to keep or None)."""
        raise NotImplementedError

    def _usable(self, args, pattern: str) -> bool:
        return isinstance(args, tuple) and args[:1] == (pattern,)

    def compile(self, pattern: str, flags: int = 0):
        flags = int(flags)  # a plain int: the table's keys are written with marshal
        args = self._load().get((pattern, flags))
        if self._usable(args, pattern):
            try:
                return self._rebuild(args)
            except Exception:  # a damaged entry: compile it again
                pass
        compiled, args = self._capture(pattern, flags)
        if args is not None:
            self._store((pattern, flags), args)
        return compiled


_CORE_LOCK = threading.Lock()


def with_core_watched(owner, attr: str, run: Callable[[], Any], keep: Callable[[tuple], bool] = lambda args: True):
    """(``run()``'s result, the argument tuples of the ``compile`` calls ``keep`` accepts) with
    ``owner.<attr>`` (a regular-expression compiler's C core) wrapped for the one call, under
    one lock: what the compiler hands its core is the program a ``ProgramTable`` keeps."""
    real = getattr(owner, attr)
    seen = []

    class _Core:
        """The C core as the compiler sees it, noting what it is given."""

        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def compile(*args):
            if keep(args):
                seen.append(args)
            return real.compile(*args)

    with _CORE_LOCK:
        setattr(owner, attr, _Core())
        try:
            result = run()
        finally:
            setattr(owner, attr, real)
    return result, seen



def bucketed(table: dict, prefix: int) -> dict:
    """``table`` stored in parts: ``{key[:prefix]: marshal.dumps(the entries of keys with that
    start)}``. Read back, the outer table costs a millisecond and each part is opened on first
    use (``Buckets``): a run that asks about a few thousand keys never unpacks the rest."""
    parts: dict = {}
    for key, value in table.items():
        start = key[:prefix]
        part = parts.get(start)
        if part is None:  # not ``setdefault(start, {})``: a dict made per entry
            part = parts[start] = {}
        part[key] = value
    return {start: marshal.dumps(part) for start, part in parts.items()}


class Buckets:
    """A table stored by ``bucketed``, read as a dict: ``get`` opens the key's part on first
    use. A part that cannot be read (a damaged cache file) means the whole table from
    ``rebuild()``, asked once, for every key from then on: a damaged cache is slower, never
    different. ``key_type`` and ``value_type`` are checked for the outer table and each part."""

    __slots__ = ("parts", "opened", "prefix", "rebuild", "whole", "value_type")

    def __init__(self, data: Any, prefix: int, rebuild: Callable[[], dict], key_type: type = str,
                 value_type: type = object):
        if not isinstance(data, dict) or not all(type(k) is key_type and type(v) is bytes for k, v in data.items()):
            raise TypeError("not a table stored in parts")
        self.parts, self.prefix, self.rebuild, self.value_type = data, prefix, rebuild, value_type
        self.opened: dict = {}
        self.whole: Optional[dict] = None

    def _part(self, start) -> Optional[dict]:
        raw = self.parts.get(start)
        try:
            part = {} if raw is None else marshal.loads(raw)
            if not isinstance(part, dict) or not all(map(isinstance, part.values(), repeat(self.value_type))):
                raise TypeError("not a part of a stored table")
        except Exception:  # a damaged part: the whole table, rebuilt
            return None
        self.opened[start] = part
        return part

    def get(self, key, default=None):
        if self.whole is not None:
            return self.whole.get(key, default)
        start = key[:self.prefix]
        part = self.opened.get(start)
        if part is None:
            part = self._part(start)
            if part is None:
                self.whole = self.rebuild()
                return self.whole.get(key, default)
        return part.get(key, default)

    def __contains__(self, key) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __getitem__(self, key):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def _all(self) -> dict:
        if self.whole is None:
            whole: dict = {}
            for start in self.parts:
                part = self.opened.get(start) or self._part(start)
                if part is None:
                    self.whole = self.rebuild()
                    return self.whole
                whole.update(part)
            return whole
        return self.whole

    def __iter__(self):
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


_MISSING = object()
