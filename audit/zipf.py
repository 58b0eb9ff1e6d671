"""English word frequencies on the Zipf scale: ``zipf(word)`` equals wordfreq's
``zipf_frequency(word, "en")``, without wordfreq's import and table load on every run.

Importing wordfreq and unpacking its English table costs about a second per process, more
than checking a megabyte of news with every other rule. For a word of lower-case ASCII
letters (all the detectors ask about; Latin letters with accents too), wordfreq's answer is its table's frequency rounded to
three significant digits, then to hundredths of a Zipf unit, and 0.0 for a word it lacks
(such words joined by hyphens are worked out from the parts' values, as wordfreq does):
those values are computed once from wordfreq's own table and kept in the cache directory
(``audit.diskcache``), keyed by the table file's bytes and wordfreq's code. Any other word,
and any run without a usable cache or table file, asks wordfreq itself.
"""
from __future__ import annotations

import functools
import importlib.util
import marshal
import math
import os
import re
from typing import Dict, Optional

_SIMPLE = re.compile(r"[a-z]+\Z")
# Lower-case Latin letters with accents ("café", "naïve", "façade"): wordfreq reads such a word,
# when it is its own case fold, as one token of its table, so the table answers for it too and a
# story that holds one does not pay for wordfreq's import (0.3 to 0.7 s). A decomposed accent
# (a combining mark) is outside the class and goes to wordfreq, which normalises it.
_LATIN = re.compile(r"[a-z\u00e0-\u00f6\u00f8-\u00ff\u0100-\u017f]+\Z")


def _in_table(word: str) -> bool:
    """Whether the table holds wordfreq's answer for ``word``: lower-case letters, ASCII or
    Latin with accents, that case-fold to themselves ("ſ" folds to "s": wordfreq asks for "s")."""
    return bool(_SIMPLE.match(word)) or (_LATIN.match(word) is not None and word.casefold() == word)


_UNKNOWN = object()
_TABLE = _UNKNOWN
_TABLE_KEY: tuple = (None, None)  # (the stored table read, its key): ``values_key``


def zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")``."""
    if _in_table(word):
        table = _table()
        if table is not None:
            value = table.get(word, 0.0)
            if value is not None:  # None: that part of the stored table cannot be read
                return value
    elif _HYPHENATED.match(word) or (_LATIN_HYPHENATED.match(word) is not None and word.casefold() == word):
        table = _table()
        if table is not None:
            value = _joined(table, word.split("-"))
            if value is not None:
                return value
    elif _UNDERSCORED.match(word):
        table = _table()
        if table is not None:
            value = table.get(word, 0.0)
            if value is not None:
                return value
    elif "'" in word or "\u2019" in word:
        tokens = _apostrophe_tokens(word)
        if tokens is not None:
            table = _table()
            if table is not None:
                value = table.get(tokens[0], 0.0) if len(tokens) == 1 else _joined(table, tokens)
                if value is not None:
                    return value
    elif _WITH_DIGITS.match(word):
        table, numbers = _table(), _numbers()
        if table is not None and numbers is not None:
            value = _joined(table, word.split("-"), numbers)
            if value is not None:
                return value
    elif _PUNCTUATION.match(word):
        return round(math.log(_MINIMUM, 10) + 9, 2)  # no word in it for wordfreq: its floor
    from wordfreq import zipf_frequency  # a word outside the table's alphabet: ask wordfreq

    return zipf_frequency(word, "en")


# Lower-case ASCII words joined by hyphens ("cobalt-lithium"): wordfreq splits them at the
# hyphens and combines the parts' frequencies, which the table gives back exactly (``_joined``).
_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+\Z")
# The same of words of Latin letters with accents ("marc-andré"), each part one of the table's.
_LATIN_HYPHENATED = re.compile(r"[a-z\u00e0-\u00f6\u00f8-\u00ff\u0100-\u017f]+(?:-[a-z\u00e0-\u00f6\u00f8-\u00ff\u0100-\u017f]+)+\Z")
# Lower-case ASCII words with apostrophes: "don't", "xin'an", "ethiopia's", "residents'", "xi'an"
# (news writes them in every story: contractions, possessives, pinyin syllables apart), which
# sent every real news run to wordfreq's import and table (0.4-0.7 s of CPU). wordfreq's
# tokenizer keeps an apostrophe between letters inside a token, drops one that ends the word,
# and splits off one or two letters and an apostrophe before a vowel or "h" (the French
# elision rule, "l'arc": "xi'an" is "xi" and "an"), the apostrophe dropped; a curly apostrophe
# (U+2019) takes no part in that rule and is made straight in the token. ``_apostrophe_tokens``
# makes those tokens; wordfreq combines several as it combines a hyphenated word's parts
# (``_joined``). ``tests/test_zipf.py`` compares every word with wordfreq's own answer.
_STRAIGHT = re.compile(r"[a-z]+(?:'[a-z]+)*'?\Z")
_CURLY = re.compile(r"[a-z]+(?:\u2019[a-z]+)*\u2019?\Z")
_ELISION = re.compile(r"[a-z]{1,2}'(?=[aehiouy])")
_RUN = re.compile(r"[a-z]+(?:'[a-z]+)*")
# Lower-case ASCII words joined by underscores ("mod_team_ml", a handle the estimate's word
# counts read in a story's credits): one token for wordfreq, the word itself.
_UNDERSCORED = re.compile(r"[a-z]+(?:_[a-z]+)+\Z")
# The words of wordfreq's table that such tokens can be (with an apostrophe between letters, or
# underscores): kept in the table too.
_APOSTROPHE_KEY = re.compile(r"[a-z]+(?:'[a-z]+)+\Z|[a-z]+(?:_[a-z]+)+\Z")


def _apostrophe_tokens(word: str) -> Optional[list]:
    """wordfreq's tokens of a lower-case ASCII word with apostrophes, all straight or all curly
    ("don't" -> ["don't"], "residents'" -> ["residents"], "xi'an" -> ["xi", "an"]); None for
    any other word (wordfreq is asked)."""
    if _CURLY.match(word):
        return [word.rstrip("\u2019").replace("\u2019", "'")]
    if not _STRAIGHT.match(word):
        return None
    tokens, pos, end = [], 0, len(word)
    while pos < end:
        m = _ELISION.match(word, pos)
        if m is not None:
            tokens.append(word[pos:m.end() - 1])
            pos = m.end()
            continue
        m = _RUN.match(word, pos)
        tokens.append(m.group())
        pos = m.end() + 1  # past a closing apostrophe, the only thing a run stops at
    return tokens


# Lower-case ASCII letters and digits, parts joined by hyphens, a digit somewhere (words that
# match none of the patterns above): "tianzhou-10", "deepseek-r1", "covid-19", "a380", "2023".
# Real news names rockets, models and variants so, and each such word sent a check to
# wordfreq's import and table (0.2-0.7 s of CPU, 35 MB). wordfreq splits such a word at its
# hyphens, looks each part up with every run of two or more digits written as zeros ("10" ->
# "00", "a380" -> "a000") and multiplies the part's frequency by its own estimate of how often
# those digits occur; it combines the parts as it combines a hyphenated word's (``_joined``).
# The table keeps wordfreq's words of letters and digits (``_DIGIT_KEY``); the digits' estimate
# is wordfreq's own code, its ``numbers`` module read on its own (``_numbers``).
_WITH_DIGITS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_DIGIT_KEY = re.compile(r"[a-z0-9]*[0-9][a-z0-9]*\Z")


@functools.lru_cache(maxsize=None)
def _numbers():
    """wordfreq's ``numbers`` module (``smash_numbers``, ``digit_freq``), loaded from its file
    without importing the wordfreq package (which loads its tables); the package's own module
    when it is imported already. None when it cannot be loaded: wordfreq is asked instead."""
    import sys

    loaded = sys.modules.get("wordfreq.numbers")
    if loaded is None:
        try:
            spec = importlib.util.find_spec("wordfreq")  # located, not imported
            path = os.path.join(list(spec.submodule_search_locations)[0], "numbers.py")
            module_spec = importlib.util.spec_from_file_location("audit._wordfreq_numbers", path)
            loaded = importlib.util.module_from_spec(module_spec)
            module_spec.loader.exec_module(loaded)
        except Exception:  # no such module, or one that does not load on its own
            return None
    if not (callable(getattr(loaded, "smash_numbers", None)) and callable(getattr(loaded, "digit_freq", None))):
        return None
    return loaded


# ASCII punctuation but "_" (and nothing at all: ""), in which wordfreq finds no word ("&").
_PUNCTUATION = re.compile(r"[!-/:-@\[-^`{-~]*\Z")
_MINIMUM = 10 ** 0.0 / 1e9  # zipf_frequency's floor (Zipf 0) as a frequency


def _joined(table: "_Buckets", parts, numbers=None) -> Optional[float]:
    """wordfreq's Zipf value of the words ``parts`` joined by hyphens, from the table alone (None
    when a part of the table cannot be read). wordfreq reads each word's frequency, a whole number
    of centibels, ``10 ** (-cB / 100)``; the table keeps its Zipf value rounded to hundredths,
    ``9 - cB / 100``, from which the centibels come back exactly. A word wordfreq lacks makes the
    whole its floor; otherwise 1 / f = 1 / f1 + 1 / f2 + ..., rounded to three significant
    digits, then to hundredths of a Zipf unit, computed in wordfreq's order
    (``tests/test_zipf.py`` compares the two). With ``numbers`` (wordfreq's module, ``_numbers``),
    parts with digits are looked up as wordfreq looks them up (``_WITH_DIGITS``)."""
    one_over = 0.0
    for part in parts:
        smashed = part if numbers is None else numbers.smash_numbers(part)
        value = table.get(smashed, 0.0)
        if value is None:
            return None
        if value == 0.0:
            return round(math.log(_MINIMUM, 10) + 9, 2)
        freq = 10 ** (-round((9 - value) * 100) / 100)
        if smashed != part:
            freq *= numbers.digit_freq(part)
        one_over += 1.0 / freq
    freq = max(1.0 / one_over, _MINIMUM)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def _kept_key() -> Optional[str]:
    """What ``zipf``'s answers are worked out from, for the answers kept between runs
    (``zipf_cached``): the stored table's key (wordfreq's data file and code, this module) and
    the wordfreq modules ``zipf`` runs for the words the table does not hold (its tokenizer,
    its digit estimate). None when there is no stored table."""
    key = values_key()
    if key is None:
        return None
    from . import diskcache

    try:
        folder = list(importlib.util.find_spec("wordfreq").submodule_search_locations)[0]
        return diskcache.key_of([key, *(diskcache.file_digest(os.path.join(folder, name))
                                        for name in ("tokens.py", "numbers.py", "preprocess.py"))])
    except Exception:  # wordfreq laid out otherwise: nothing kept
        return None


def _remembered():
    from .analysis import KeptWordFacts

    return KeptWordFacts(lambda word: zipf(word), "zipf-words", _kept_key, lambda value: type(value) is float,
                         limit=65536)


# ``zipf(word)``, remembered: the detectors ask about the same words again and again, and the
# answers are kept between runs too (``analysis.KeptWordFacts``): a check of real news asks
# about ten thousand distinct words, and opening the stored table's parts for them cost every
# run 0.06-0.08 s per MB where reading the answers back costs a few milliseconds. (``zipf``
# itself is not cached, so that a test can swap the table under it.)
ZIPF_CACHE = _remembered()
zipf_cached = ZIPF_CACHE.__getitem__


def _data_file() -> Optional[str]:
    spec = importlib.util.find_spec("wordfreq")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", "large_en.msgpack.gz")
    return path if os.path.isfile(path) else None


def _table() -> Optional["_Buckets"]:
    global _TABLE, _TABLE_KEY
    if _TABLE is _UNKNOWN:
        _TABLE = None
        path = _data_file()
        if path is not None:
            from . import diskcache

            try:
                # wordfreq's own code computes the values (``build_table``): its source is in the key.
                code = importlib.util.find_spec("wordfreq").origin
                stored = diskcache.Derived("zipf-en", path, [__file__, code], [])
                _TABLE = stored.get(lambda: _bucketed(build_table()), _Buckets)
                _TABLE_KEY = (_TABLE, stored.key)
            except Exception:  # an unreadable table or a wordfreq that changed its API: ask wordfreq
                _TABLE = None
    return _TABLE


def values_key() -> Optional[str]:
    """The key of the stored table ``zipf`` reads (wordfreq's data file and code, this module):
    what a table of answers worked out from Zipf values and kept between runs is valid for.
    None when there is no stored table (every value comes from wordfreq itself) or the table
    in use is not the one read with that key (a test's)."""
    table = _table()
    return _TABLE_KEY[1] if table is not None and _TABLE_KEY[0] is table else None


# The table is stored in parts, one per first three letters of its words, each part a
# ``marshal`` string of its own: reading the table back costs a millisecond, and a run opens
# only the parts of the words its documents hold (a few thousand words, not 290,000).
_PREFIX = 3


def _bucketed(table: Dict[str, float]) -> Dict[str, bytes]:
    parts: Dict[str, dict] = {}
    for word, value in table.items():
        prefix = word[:_PREFIX]
        part = parts.get(prefix)
        if part is None:  # not ``setdefault(prefix, {})``: a dict made per word, 290,000 of them
            part = parts[prefix] = {}
        part[word] = value
    return {prefix: marshal.dumps(part) for prefix, part in parts.items()}


class _Buckets:
    """The stored table (``_bucketed``): ``get(word, default)`` opens the word's part on first use."""

    def __init__(self, data):
        if not isinstance(data, dict) or not all(type(k) is str and type(v) is bytes for k, v in data.items()):
            raise TypeError("not a frequency table")
        self.parts = data
        self.opened: Dict[str, Optional[dict]] = {}

    def get(self, word: str, default=None):
        """The word's value, ``default`` when the table lacks it, None when its part cannot be read."""
        prefix = word[:_PREFIX]
        part = self.opened.get(prefix, _UNKNOWN)
        if part is _UNKNOWN:
            raw = self.parts.get(prefix)
            try:
                part = {} if raw is None else marshal.loads(raw)
                if not isinstance(part, dict):
                    raise TypeError("not a part of the frequency table")
            except Exception:  # a damaged part: its words are asked of wordfreq
                part = None
            self.opened[prefix] = part
        return None if part is None else part.get(word, default)


def build_table() -> Dict[str, float]:
    """Zipf values of every word of wordfreq's English table that ``_in_table`` accepts, of its
    words with apostrophes between letters (``_APOSTROPHE_KEY``: tokens ``_apostrophe_tokens``
    makes) and of its words of letters and digits (``_DIGIT_KEY``: the parts ``_WITH_DIGITS``
    looks up), computed the way ``zipf_frequency`` computes them (``tests/test_zipf.py``
    compares the two)."""
    from wordfreq import freq_to_zipf, get_frequency_dict

    # wordfreq's frequencies are whole numbers of centibels: a few hundred distinct values
    # for 290,000 words, so each value's Zipf figure is worked out once (a second of CPU
    # per cold start before).
    out, by_freq, shared = {}, {}, {}
    for word, freq in get_frequency_dict("en", "best").items():
        if _in_table(word) or _APOSTROPHE_KEY.match(word) or _DIGIT_KEY.match(word):
            value = by_freq.get(freq)
            if value is None:
                value = max(freq, 1e-9)  # zipf_frequency's floor: Zipf 0
                value = round(value, math.floor(-math.log(value, 10)) + 3)
                value = round(freq_to_zipf(value), 2)
                # One object per distinct value (a few hundred): the cache file stores each
                # once and reading it back allocates no float per word.
                value = by_freq[freq] = shared.setdefault(value, value)
            out[word] = value
    return out
