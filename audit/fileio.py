"""File helpers shared by the commands: input discovery and atomic writes."""
from __future__ import annotations

import os
import tempfile
from typing import Iterator, Tuple

TEXT_SUFFIXES = (".txt", ".md")


def iter_inputs(paths) -> Iterator[Tuple[str, str]]:
    """Yield ``(path, "")`` for each input file, or ``(path, reason)`` for one that can't be
    used. Directories are walked in sorted order for *.txt and *.md, without following
    directory symlinks (no loops)."""
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(TEXT_SUFFIXES):
                        yield os.path.join(root, name), ""
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
    it would replace the device with a file."""
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        return
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".mtaudit-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
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


def display_path(path: str) -> str:
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def replace_bytes_atomic(path: str, data: bytes) -> None:
    """Replace the regular file ``path`` with ``data`` through a temporary file beside it and a
    rename, keeping the file's permission bits: the old content or the new, never half."""
    mode = os.stat(path).st_mode & 0o7777
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".mtaudit-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
