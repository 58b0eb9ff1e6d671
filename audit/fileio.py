"""File helpers shared by the commands: input discovery and atomic writes."""
from __future__ import annotations

import errno
import functools
import os
import stat
import tempfile
from typing import Iterator, Optional, Tuple

TEXT_SUFFIXES = (".txt", ".md")
# Folders where a document's Chinese source (bilingual.source.SOURCES_DIR) and reference
# translations (references.REFERENCES_DIR) are looked up: below a folder that is walked, their
# files are not documents. A folder named on the command line is walked as asked.
LOOKUP_FOLDERS = ("sources", "references")
TEMP_PREFIX, TEMP_SUFFIX = ".mtaudit-", ".tmp"


def iter_inputs(paths, seen: Optional[set] = None) -> Iterator[Tuple[str, str]]:
    """Yield ``(path, "")`` for each input file, or ``(path, reason)`` for one that can't be
    used. Directories are walked in sorted order for *.txt and *.md, without following
    directory symlinks (no loops) and without their ``LOOKUP_FOLDERS`` (sources, references). A file named twice (inside a folder given and by its own
    name, or spelt two ways: ``a.txt``, ``./a.txt``) is yielded once, under its first name:
    else it would be reported, counted and baselined twice. ``seen`` carries that memory
    across calls (a command that walks its PATHs one by one passes one set)."""
    seen = set() if seen is None else seen

    def first(path: str) -> bool:
        # the file itself where it exists (links and spellings meet); a missing or broken
        # path by its spelling, so each keeps its own error entry
        key = os.path.realpath(path) if os.path.exists(path) else os.path.normpath(os.path.abspath(path))
        if key in seen:
            return False
        seen.add(key)
        return True

    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in LOOKUP_FOLDERS)
                for name in sorted(files):
                    if name.endswith(TEXT_SUFFIXES) and first(os.path.join(root, name)):
                        yield os.path.join(root, name), ""
        elif not first(path):
            continue
        elif os.path.islink(path) and not os.path.exists(path):
            yield path, "broken symlink"
        elif not os.path.exists(path):
            yield path, "no such file or directory"
        else:
            yield path, ""


def same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def write_atomic(path: str, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: readers see the old
    file or the whole new one, never a truncated report. A path that exists and is not a
    regular file (``/dev/null``, a FIFO, ``/dev/stdout``) is written in place: renaming over
    it would replace the device with a file. A symlink is followed: its target is replaced and
    the link stays. The report gets the mode an ordinary new file gets under the umask, or
    the mode of the report it replaces (``mkstemp`` alone would make every report 0600)."""
    if os.path.islink(path):
        path = os.path.realpath(path)
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        return
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.exists(directory) and not os.path.isdir(directory):
        # makedirs would say "File exists", which reads as if the report were in the way
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), directory)
    os.makedirs(directory, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    _replace(path, directory, mode, data.encode("utf-8"))


def _replace(path: str, directory: str, mode: int, data: bytes) -> None:
    """The rename half of every atomic write: ``data`` into a temporary file in ``directory``
    with ``mode``, flushed to disk, then renamed over ``path``; the temporary file never stays."""
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=directory)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@functools.lru_cache(maxsize=None)
def _umask() -> int:
    try:  # Linux shows it without changing it
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_temporaries(folder: str) -> int:
    """Delete the temporary files that interrupted atomic writes (a SIGKILL, a power cut) left
    under ``folder``; return how many. Call it only while no other writer uses ``folder``
    (``mtaudit audit`` holds the output directory's lock)."""
    removed = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX):
                try:
                    os.unlink(os.path.join(root, name))
                    removed += 1
                except OSError:
                    pass
    return removed


def display_path(path: str) -> str:
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def replace_bytes_atomic(path: str, data: bytes) -> None:
    """Replace the regular file ``path`` with ``data`` through a temporary file beside it and a
    rename, keeping the file's permission bits: the old content or the new, never half."""
    _replace(path, os.path.dirname(os.path.abspath(path)), os.stat(path).st_mode & 0o7777, data)
