"""YAML in and out, safe only, through libyaml's C parser and emitter when PyYAML has them
(they are several times faster than the pure-Python ones, which batch audits feel)."""
from __future__ import annotations

import os
import stat

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load(stream):
    """``yaml.safe_load`` semantics: tags such as ``!!python/object`` are refused."""
    return yaml.load(stream, Loader=SafeLoader)


def load_all(stream):
    return list(yaml.load_all(stream, Loader=SafeLoader))


def dump(data) -> str:
    return yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=100)


class YamlFileError(Exception):
    """A YAML file could not be read or parsed; the message is one line, without the path."""


def load_file(path: str):
    """Read and safely parse one YAML file: ``(raw bytes, data)``. Raises YamlFileError
    ("cannot read: ..." or "invalid YAML at line L, column C: ...")."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode) and not os.path.isdir(path):
            raise YamlFileError("cannot read: not a regular file (a FIFO, socket or device)")
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise YamlFileError(f"cannot read: {exc.strerror or exc}") from None
    try:
        return raw, load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlFileError(f"invalid YAML{where}: {problem}") from None
