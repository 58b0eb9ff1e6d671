"""YAML in and out, safe only, through libyaml's C parser and emitter when PyYAML has them
(they are several times faster than the pure-Python ones, which batch audits feel)."""
from __future__ import annotations

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
