"""Per-project settings: ``mtaudit.yaml`` (or ``.mtaudit.yaml``, or ``[tool.mtaudit]`` in
``pyproject.toml``) found from the working directory upward, merged with command-line flags.

Precedence, lowest first: built-in defaults, the config file, the command line. ``select``,
``rules``, ``glossary``, ``fail-on``, ``min-severity``, ``baseline`` and ``score-threshold`` given
on the command line replace the file's value; ``ignore``, ``extend-select`` and ``exclude`` add to it. Every resolved
value remembers where it came from, which ``mtaudit config`` prints.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, List, Optional

from . import yamlio

CONFIG_NAMES = ("mtaudit.yaml", ".mtaudit.yaml")
PYPROJECT = "pyproject.toml"
FAIL_ON = ("minor", "major", "critical", "verdict", "never")
SEVERITIES = ("info", "minor", "major", "critical")

DEFAULTS: Dict[str, Any] = {
    "rules": None,             # None: the bundled catalog
    "glossary": None,          # None: each glossary rule's own file
    "select": None,            # None: every rule
    "extend-select": [],
    "ignore": [],
    "severity": {},            # token -> severity
    "per-path-ignores": {},    # glob -> [token, ...]
    "exclude": [],             # globs of files and folders not to check
    "fail-on": "major",
    "min-severity": "info",
    "baseline": None,
    "score-threshold": None,   # None: the rules file's scoring.threshold
}
_PATH_KEYS = ("rules", "glossary", "baseline")
_LIST_KEYS = ("select", "extend-select", "ignore", "exclude")
_ADDITIVE = ("extend-select", "ignore", "exclude")
DEFAULT_SOURCE = "default"
CLI_SOURCE = "command line"


class ConfigError(Exception):
    """A config file that cannot be used; ``str()`` is one line naming the file and key."""


@dataclass
class Resolved:
    values: Dict[str, Any]
    sources: Dict[str, str]
    config_path: Optional[str] = None
    base_dir: str = field(default_factory=os.getcwd)  # globs are relative to this folder

    def __getitem__(self, key: str):
        return self.values[key]

    def as_dict(self) -> dict:
        return {"config": self.config_path, "base_dir": self.base_dir,
                "settings": {k: {"value": self.values[k], "source": self.sources[k]} for k in DEFAULTS}}


def find_config(start: Optional[str] = None) -> Optional[str]:
    """The nearest config file from ``start`` (default: the working directory) upward: an
    ``mtaudit.yaml``/``.mtaudit.yaml``, or a ``pyproject.toml`` with a ``[tool.mtaudit]`` table."""
    folder = os.path.abspath(start or os.getcwd())
    while True:
        for name in CONFIG_NAMES:
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                return path
        path = os.path.join(folder, PYPROJECT)
        if os.path.isfile(path) and _has_tool_table(path):
            return path
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return re.search(rb"^\s*\[tool\.mtaudit\]", fh.read(), re.MULTILINE) is not None
    except OSError:
        return False


def _toml():
    try:
        import tomllib  # Python 3.11+
    except ModuleNotFoundError:  # Python 3.10: the same parser from PyPI
        import tomli as tomllib
    return tomllib


def read_config(path: str) -> Dict[str, Any]:
    """The validated settings of one config file, paths made absolute against its folder."""
    if os.path.basename(path) == PYPROJECT:
        tomllib = _toml()
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {str(exc).splitlines()[0]}") from None
        data = data.get("tool", {}).get("mtaudit", {})
    else:
        try:
            _, data = yamlio.load_file(path)
        except yamlio.YamlFileError as exc:
            raise ConfigError(f"{path}: {exc}") from None
        data = {} if data is None else data
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    return validate(data, path)


def validate(data: Dict[str, Any], path: str) -> Dict[str, Any]:
    folder = os.path.dirname(os.path.abspath(path))
    out: Dict[str, Any] = {}
    for raw_key, value in data.items():
        key = str(raw_key).replace("_", "-")

        def fail(reason):
            raise ConfigError(f"{path}: key '{raw_key}': {reason}")

        if key not in DEFAULTS:
            fail(f"unknown setting (expected one of: {', '.join(DEFAULTS)})")
        if key in _PATH_KEYS:
            if not isinstance(value, str) or not value:
                fail("must be a path")
            value = os.path.normpath(os.path.join(folder, os.path.expanduser(value)))
        elif key in _LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                fail("must be a list of strings")
        elif key == "severity":
            if not isinstance(value, dict) or not all(isinstance(v, str) and v in SEVERITIES for v in value.values()):
                fail(f"must map rule ids, categories or prefixes to one of: {', '.join(SEVERITIES)}")
            value = {str(k): v for k, v in value.items()}
        elif key == "per-path-ignores":
            if not isinstance(value, dict):
                fail("must map globs to lists of rule ids, categories or prefixes")
            fixed = {}
            for glob, tokens in value.items():
                tokens = [tokens] if isinstance(tokens, str) else tokens
                if not isinstance(tokens, list) or not all(isinstance(t, str) and t for t in tokens):
                    fail(f"{glob}: must be a list of rule ids, categories or prefixes")
                fixed[str(glob)] = tokens
            value = fixed
        elif key == "fail-on":
            if value not in FAIL_ON:
                fail(f"must be one of: {', '.join(FAIL_ON)}")
        elif key == "min-severity":
            if value not in SEVERITIES:
                fail(f"must be one of: {', '.join(SEVERITIES)}")
        elif key == "score-threshold":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
                fail("must be a number of 0 or more (the penalty per 100 or 1000 words above which the "
                     "score verdict is fail)")
            value = float(value)
        out[key] = value
    return out


def resolve(cli: Optional[Dict[str, Any]] = None, config_path: Optional[str] = None,
            use_config: bool = True, start: Optional[str] = None) -> Resolved:
    """Defaults, then the config file (``config_path``, or the one found from ``start``
    upward), then the command line (``cli``: keys of DEFAULTS; None or an empty list where a
    flag was not given)."""
    values = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
              for k, v in DEFAULTS.items()}
    sources = {k: DEFAULT_SOURCE for k in DEFAULTS}
    path = None
    if use_config:
        path = os.path.abspath(config_path) if config_path else find_config(start)
        if config_path and not os.path.isfile(path):
            raise ConfigError(f"{config_path}: no such config file")
    if path:
        for key, value in read_config(path).items():
            values[key], sources[key] = value, path
    for key, value in (cli or {}).items():
        if key not in DEFAULTS:
            raise KeyError(key)
        if value is None or (key in _ADDITIVE and not value):
            continue
        if key in _ADDITIVE:
            values[key] = list(values[key]) + list(value)
            sources[key] = CLI_SOURCE if sources[key] == DEFAULT_SOURCE else f"{sources[key]} + {CLI_SOURCE}"
        else:
            values[key], sources[key] = value, CLI_SOURCE
    base = os.path.dirname(path) if path else os.path.abspath(start or os.getcwd())
    return Resolved(values, sources, path, base)


# ----------------------------------------------------------------------------- globs
@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> "re.Pattern":
    pattern = pattern.replace(os.sep, "/").strip()
    anchored = pattern.startswith("/") or "/" in pattern.rstrip("/")
    pattern = pattern.strip("/")
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        out.append("[^/]*" if c == "*" else "[^/]" if c == "?" else re.escape(c))
        i += 1
    body = "".join(out)
    # An unanchored name ("drafts", "*.md") matches at any depth; a pattern also matches
    # everything below a folder it names.
    return re.compile(("" if anchored else "(?:.*/)?") + body + "(?:/.*)?$")


def relative_posix(path: str, base_dir: str) -> str:
    """``path`` relative to ``base_dir`` with forward slashes (as given when it lies outside)."""
    full = os.path.abspath(path)
    rel = os.path.relpath(full, base_dir) if full.startswith(base_dir.rstrip(os.sep) + os.sep) else path
    return rel.replace(os.sep, "/")


def glob_match(patterns: List[str], path: str, base_dir: str) -> bool:
    rel = relative_posix(path, base_dir)
    return any(_glob_regex(p).match(rel) for p in patterns)


def path_ignores(per_path: Dict[str, List[str]], path: str, base_dir: str) -> List[str]:
    """Tokens that ``per-path-ignores`` turns off for ``path``."""
    rel = relative_posix(path, base_dir)
    out: List[str] = []
    for glob, tokens in per_path.items():
        if _glob_regex(glob).match(rel):
            out.extend(tokens)
    return out
