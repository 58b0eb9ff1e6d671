"""``pinyin_terms._readings`` is stored in parts by the readings' first letters and each part
unpacked when a word of its first asked about (issue 13, speed35b): the same answers as the
whole table (``_build_readings``), read whole before, for every reading, for words it lacks, and
with a damaged part (the whole table then rebuilt)."""
import marshal
import random
import string

import pytest

from audit import diskcache
from audit.detectors import pinyin_terms


@pytest.fixture(scope="module")
def whole():
    return pinyin_terms._build_readings()


def _others(whole, n=3000):
    rng = random.Random(35)
    keys = sorted(whole)
    out = ["", "a", "zz", "Shequ", "shequ ", "ü", "dibao1"]
    for _ in range(n):
        k = rng.choice(keys)
        out.append(rng.choice([k + rng.choice(string.ascii_lowercase), k[:-1], k[1:], k.upper(),
                               "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 9)))]))
    return [w for w in out if w not in whole]


def _same(readings, whole, others):
    for key, value in whole.items():
        assert readings.get(key) == value and readings[key] == value and key in readings, key
    for word in others:
        assert readings.get(word) is None and word not in readings, word
        with pytest.raises(KeyError):
            readings[word]  # noqa: B018 - a dict raises for a word it lacks


def test_stored_parts_answer_as_the_whole_table(whole):
    pinyin_terms._readings.cache_clear()  # read anew: no part unpacked by an earlier test
    readings = pinyin_terms._readings()
    assert isinstance(readings, diskcache.Buckets)
    assert not readings.opened  # nothing unpacked before a word is asked about
    assert readings.get("shequ").startswith("社区 'community'")
    assert len(readings.opened) == 1
    _same(readings, whole, _others(whole))
    assert len(readings) == len(whole) and dict(zip(readings, map(readings.get, readings))) == whole


def test_a_damaged_part_means_the_whole_table(whole):
    parts = diskcache.bucketed(whole, pinyin_terms._READING_PREFIX)
    assert len(parts) > 50  # parts, not one table
    first = sorted(parts)[0]
    damaged = dict(parts, **{first: b"\x00not marshal"})
    readings = diskcache.Buckets(damaged, pinyin_terms._READING_PREFIX, pinyin_terms._checked_readings,
                                 value_type=(str, type(None)))
    _same(readings, whole, _others(whole, 300))
    assert readings.whole is not None
    with pytest.raises(TypeError):  # a stored table of another shape: rebuilt by the cache
        diskcache.Buckets({first: marshal.loads(parts[first])}, pinyin_terms._READING_PREFIX,
                          pinyin_terms._checked_readings, value_type=(str, type(None)))
