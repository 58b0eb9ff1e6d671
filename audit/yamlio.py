"""YAML in and out, safe only, through libyaml's C parser and emitter when PyYAML has them
(they are several times faster than the pure-Python ones, which batch audits feel)."""
from __future__ import annotations

import functools
import os
import stat

# PyYAML (17 ms of imports) is imported on first use: a check whose catalog reads back from the
# cache directory and whose report is JSON never parses or writes YAML. ``SafeLoader``,
# ``SafeDumper`` and ``YAMLError`` are this module's attributes all the same (``__getattr__``).


def _yaml():
    import yaml

    return yaml


def _loader():
    yaml = _yaml()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _dumper():
    yaml = _yaml()
    return getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def __getattr__(name: str):
    if name == "SafeLoader":
        return _loader()
    if name == "SafeDumper":
        return _dumper()
    if name == "YAMLError":
        return _yaml().YAMLError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(stream):
    """``yaml.safe_load`` semantics: tags such as ``!!python/object`` are refused."""
    return _yaml().load(stream, Loader=_loader())


def load_all(stream):
    return list(_yaml().load_all(stream, Loader=_loader()))


def dump(data) -> str:
    return _yaml().dump(data, Dumper=_dumper(), sort_keys=False, allow_unicode=True, width=100)


# -- a fast emitter for reports ---------------------------------------------------------------
# PyYAML's representer is Python even with libyaml's emitter: 50,000 findings take longer to
# render than to find. ``dump_report`` writes the same data as block YAML directly: a string
# that reads back as itself when plain (rule ids, severities, categories) stays plain, any
# other string is double-quoted with JSON's escapes (a subset of YAML's) plus escapes for what
# YAML does not allow raw. ``yaml.safe_load(dump_report(d)) == d`` for any data made of
# dicts with string keys, lists, str, int, float, bool and None (tests/test_properties.py,
# tests/test_reporters.py); anything else goes through PyYAML.
import json.encoder as _json_encoder  # noqa: E402
import re as _re  # noqa: E402

_quote = getattr(_json_encoder, "c_encode_basestring", None) or _json_encoder.py_encode_basestring
_PLAIN = _re.compile(r"[A-Za-z_][A-Za-z0-9_./-]*\Z")
# Words YAML 1.1 reads as booleans or null when plain.
_SPECIAL = frozenset("y n yes no true false on off null".split())
# Characters a YAML stream must not hold raw (not printable, a byte-order mark) or that a
# double-quoted scalar would fold (NEL and the Unicode line and paragraph separators).
_UNSAFE = _re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_SURROGATE = _re.compile("[\ud800-\udfff]")  # no YAML escape stands for one: PyYAML's dump decides


class _Unsupported(Exception):
    pass


def _escape(match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# Strings already rendered, by value: a report repeats its rule ids, categories, severities,
# messages and fixes on every finding (a one-line document of 1 MB with 50,000 findings holds a
# few hundred distinct strings among 550,000). Bounded: emptied when full.
_STRINGS: dict = {}
_STRINGS_SIZE = 20_000
_STRING_CHARS = 300  # longer strings (contexts of long lines) are seldom met again: not kept


def _string(value: str) -> str:
    if _PLAIN.match(value) and value.lower() not in _SPECIAL:
        return value
    quoted = _quote(value)
    if _UNSAFE.search(quoted):
        if _SURROGATE.search(quoted):
            raise _Unsupported("surrogate")
        return _UNSAFE.sub(_escape, quoted)
    return quoted


def _scalar(value) -> str:
    kind = type(value)  # str and int first: nearly every leaf of a report is one (bool is not int here)
    if kind is str:
        shown = _STRINGS.get(value)
        if shown is None:
            shown = _string(value)  # raises _Unsupported before anything is kept
            if len(value) <= _STRING_CHARS:
                if len(_STRINGS) >= _STRINGS_SIZE:
                    _STRINGS.clear()
                _STRINGS[value] = shown
        return shown
    if kind is int:
        return str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is float:
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value).lower()
        return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text
    raise _Unsupported(kind.__name__)


_KEYS: dict = {}


def _key(key) -> str:
    shown = _KEYS.get(key) if type(key) is str else None
    if shown is None:
        if type(key) is not str:
            raise _Unsupported("key " + type(key).__name__)
        shown = _scalar(key)
        if len(shown) > 1000:   # YAML's implicit keys stop at 1024 characters: PyYAML writes "? key"
            raise _Unsupported("key longer than an implicit key may be")
        if len(_KEYS) < 10_000:
            _KEYS[key] = shown
    return shown


_LEAVES = (str, int, float, bool, type(None))


def _emit(value, indent: str, out: list) -> None:
    """Append the lines of a block mapping or sequence ``value`` at ``indent``."""
    if type(value) is dict:
        for key, item in value.items():
            if type(item) in _LEAVES:  # the common case (every field of a finding), inlined
                out.append(f"{indent}{_KEYS.get(key) or _key(key)}: {_scalar(item)}")
            else:
                _item(indent + _key(key) + ":", item, indent, out, in_mapping=True)
    else:
        for item in value:
            _item(indent + "-", item, indent, out, in_mapping=False)


def _item(head: str, item, indent: str, out: list, in_mapping: bool) -> None:
    kind = type(item)
    if kind is dict and item:
        if in_mapping:
            out.append(head)
            _emit(item, indent + "  ", out)
        else:  # "- key: value" then the other keys under the first
            lines: list = []
            _emit(item, indent + "  ", lines)
            lines[0] = head + " " + lines[0][len(indent) + 2:]
            out.extend(lines)
    elif kind is list and item:
        out.append(head)
        _emit(item, indent if in_mapping else indent + "  ", out)
    elif kind is dict:
        out.append(head + " {}")
    elif kind is list:
        out.append(head + " []")
    else:
        out.append(head + " " + _scalar(item))


def dump_report(data) -> str:
    """Block YAML of a report (see above); PyYAML's ``dump`` for data of other types."""
    if type(data) not in (dict, list) or not data:
        return dump(data)
    out: list = []
    try:
        _emit(data, "", out)
    except _Unsupported:
        return dump(data)
    return "\n".join(out) + "\n"


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
        return raw, (_parsed_once(path, raw) if len(raw) >= PARSED_KEPT_BYTES else load(raw))
    except Exception as exc:
        if not isinstance(exc, _yaml().YAMLError):
            raise
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlFileError(f"invalid YAML{where}: {problem}") from None


# Parsing the bundled rule catalog (360 KB) takes longer than reading its rules' stored facts
# back, even through libyaml: a file at least this large is parsed once per content and the
# data kept in the cache directory (``audit.diskcache``: a ``marshal`` table named by the
# file's path, keyed by its bytes, this module's source and the PyYAML version). Data that
# ``marshal`` cannot store (a YAML timestamp) is parsed every time; a missing or unusable cache
# means parsing, never an error.
PARSED_KEPT_BYTES = 32_768


@functools.lru_cache(maxsize=1)
def _yaml_stamp():
    """What the parsed data depends on besides the file, found without importing PyYAML: the
    source of its package's ``__init__`` (which names its version) and its compiled parser's
    file names (whether libyaml's loader is there); PyYAML's version and loader where the
    package is not a folder of files. Worked out once per process (a catalog and its reference
    files are parsed in one run)."""
    import importlib.util

    from . import diskcache

    try:
        spec = importlib.util.find_spec("yaml")
        folder = os.path.dirname(spec.origin)
        return (diskcache.file_digest(spec.origin),
                *sorted(name for name in os.listdir(folder) if name.startswith("_yaml.")))
    except Exception:  # no such folder: ask the package itself
        yaml = _yaml()
        return (str(getattr(yaml, "__version__", "")), _loader().__name__)


def _parsed_once(path: str, raw: bytes):
    import hashlib

    from . import diskcache

    key = diskcache.key_of([hashlib.sha256(raw).hexdigest(), diskcache.file_digest(__file__), *_yaml_stamp()])
    return diskcache.cached(f"yaml-{diskcache.key_of([os.path.abspath(path)])[:8]}", key, lambda: load(raw),
                            lambda data: data)
