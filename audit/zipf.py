"""English word frequencies on the Zipf scale: ``zipf(word)`` equals wordfreq's
``zipf_frequency(word, "en")``, without wordfreq's import and table load on every run.

Importing wordfreq and unpacking its English table costs about a second per process, more
than checking a megabyte of news with every other rule. For a word of lower-case ASCII
letters (all the detectors ask about), wordfreq's answer is its table's frequency rounded to
three significant digits, then to hundredths of a Zipf unit, and 0.0 for a word it lacks:
those values are computed once from wordfreq's own table and kept in the cache directory
(``audit.diskcache``), keyed by the table file's bytes and wordfreq's code. Any other word,
and any run without a usable cache or table file, asks wordfreq itself.
"""
from __future__ import annotations

import functools
import importlib.util
import math
import os
import re
from typing import Dict, Optional

_SIMPLE = re.compile(r"[a-z]+\Z")
_UNKNOWN = object()
_TABLE = _UNKNOWN


def zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")``."""
    if _SIMPLE.match(word):
        table = _table()
        if table is not None:
            return table.get(word, 0.0)
    from wordfreq import zipf_frequency  # a word outside the table's alphabet: ask wordfreq

    return zipf_frequency(word, "en")


@functools.lru_cache(maxsize=65536)
def zipf_cached(word: str) -> float:
    """``zipf(word)``, remembered: the detectors ask about the same words again and again.
    (``zipf`` itself is not cached, so that a test can swap the table under it.)"""
    return zipf(word)


def _data_file() -> Optional[str]:
    spec = importlib.util.find_spec("wordfreq")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", "large_en.msgpack.gz")
    return path if os.path.isfile(path) else None


def _table() -> Optional[Dict[str, float]]:
    global _TABLE
    if _TABLE is _UNKNOWN:
        _TABLE = None
        path = _data_file()
        if path is not None:
            from . import diskcache

            try:
                # wordfreq's own code computes the values (``build_table``): its source is in the key.
                code = importlib.util.find_spec("wordfreq").origin
                _TABLE = diskcache.derived("zipf-en", path, [__file__, code], [], build_table, _checked)
            except Exception:  # an unreadable table or a wordfreq that changed its API: ask wordfreq
                _TABLE = None
    return _TABLE


def _checked(data) -> Dict[str, float]:
    if not isinstance(data, dict):
        raise TypeError("not a frequency table")
    return data


def build_table() -> Dict[str, float]:
    """Zipf values of every lower-case ASCII word of wordfreq's English table, computed the
    way ``zipf_frequency`` computes them (``tests/test_zipf.py`` compares the two)."""
    from wordfreq import freq_to_zipf, get_frequency_dict

    out, shared = {}, {}
    for word, freq in get_frequency_dict("en", "best").items():
        if _SIMPLE.match(word):
            value = max(freq, 1e-9)  # zipf_frequency's floor: Zipf 0
            value = round(value, math.floor(-math.log(value, 10)) + 3)
            value = round(freq_to_zipf(value), 2)
            # One object per distinct value (a few hundred): the cache file stores each once
            # and reading it back allocates no float per word.
            out[word] = shared.setdefault(value, value)
    return out
