"""The prefilter's large Aho-Corasick automaton kept in the cache directory
(``prefilter._stored_automaton``): read back under the same strings and code, built again when
the file is missing, stale (other strings, other code) or damaged in any way, and never left
half written. Every automaton, read or built, finds the same strings in every text."""
import glob
import marshal
import os
import random
import zlib

import pytest

from audit import diskcache
from audit.detectors import prefilter
from audit.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "_STORED_AT_LEAST", 50)  # a test's few hundred strings are stored too
    builds = []
    plain = prefilter._automaton
    monkeypatch.setattr(prefilter, "_automaton", lambda strings: builds.append(len(strings)) or plain(strings))
    return tmp_path, builds


def _requirements(extra=()):
    """Requirements as rules make them: words and phrases that a text must hold."""
    rng = random.Random(13)
    words = sorted({w.lower() for p in glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt"))[:10]
                    for w in open(p, encoding="utf-8").read().split() if w.isalpha() and len(w) > 3})
    reqs = [prefilter.any_of(rng.sample(words, rng.randint(1, 6))) for _ in range(120)]
    reqs += [prefilter.requirement(p) for p in (r"\bstate council\b", r"one (?:city|county) of", r"(?i)hub[- ]port")]
    return reqs + [prefilter.any_of([w]) for w in extra]


def _texts():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:25]
    return [open(p, encoding="utf-8").read() for p in paths] + ["The State Council met one county official at a hub port."]


def _present(requirements):
    """A fresh set of prefilters over ``requirements``: what each text holds, and the strings."""
    filters = prefilter._Prefilters()
    for r in requirements:
        filters.test(r)
    return [filters.present(Document.from_text(t)) for t in _texts()], filters.strings


def _stored_files(folder):
    return sorted(glob.glob(os.path.join(str(folder), "tables", f"{prefilter._STORED_NAME}-*.marshal")))


def _plain(strings):
    """The strings each text's folded form holds, found one by one: what every automaton must give."""
    return [frozenset(s for s in strings if s in t.casefold()) for t in _texts()]


def test_a_missing_automaton_is_built_and_stored_then_read_back(cache):
    folder, builds = cache
    first, strings = _present(_requirements())
    assert builds and len(strings) > 200 and len(_stored_files(folder)) == 1
    builds.clear()
    again, _ = _present(_requirements())
    assert builds == []  # read back, not built
    assert again == first == _plain(strings)
    assert sum(map(len, first)) > 200


def test_a_small_set_of_strings_is_not_stored(cache, monkeypatch):
    folder, builds = cache
    monkeypatch.setattr(prefilter, "_STORED_AT_LEAST", 10**9)
    _present(_requirements())
    assert builds and _stored_files(folder) == []


def test_other_strings_or_other_code_make_a_stale_file_that_is_not_read(cache, monkeypatch):
    folder, builds = cache
    _present(_requirements())
    old = _stored_files(folder)
    builds.clear()
    more, strings = _present(_requirements(extra=["qqzzyx"]))
    assert builds  # other strings: another key, built
    assert "qqzzyx" in strings and more == _plain(strings)
    assert _stored_files(folder) != old and len(_stored_files(folder)) == 1  # the stale file replaced
    builds.clear()
    # the same strings under another version of this module's code
    other_code = os.path.join(str(folder), "prefilter_other.py")
    with open(prefilter.__file__, encoding="utf-8") as fh:
        source = fh.read()
    with open(other_code, "w", encoding="utf-8") as fh:
        fh.write(source + "\n# changed\n")
    monkeypatch.setattr(prefilter, "__file__", other_code)
    again, strings = _present(_requirements(extra=["qqzzyx"]))
    assert builds and again == _plain(strings)


def _damaged(path):
    """Ways a stored file is damaged: cut short, a byte changed, empty, not marshal data, the
    wrong shape, a checksum that does not fit, arguments the automaton refuses."""
    with open(path, "rb") as fh:
        whole = fh.read()
    crc, size, payload = marshal.loads(whole)
    flipped = bytearray(whole)
    flipped[len(whole) // 2] ^= 0x40
    refused = marshal.dumps(([b"\x00" * 7], 2, 30, 100, 5, 9, ["x"]))
    return {
        "truncated": whole[:len(whole) // 2],
        "byte changed": bytes(flipped),
        "empty": b"",
        "garbage": b"\xff\x00 not a table",
        "wrong shape": marshal.dumps({"a": 1}),
        "checksum": marshal.dumps((crc ^ 1, size, payload)),
        "length": marshal.dumps((crc, size + 1, payload)),
        "refused": marshal.dumps((zlib.crc32(refused), len(refused), refused)),
    }


@pytest.mark.parametrize("damage", ["truncated", "byte changed", "empty", "garbage", "wrong shape", "checksum",
                                    "length", "refused"])
def test_a_damaged_file_is_built_again_and_rewritten_whole(cache, damage):
    folder, builds = cache
    expected, strings = _present(_requirements())
    path = _stored_files(folder)[0]
    damaged = _damaged(path)[damage]
    with open(path, "wb") as fh:
        fh.write(damaged)
    builds.clear()
    found, _ = _present(_requirements())
    assert builds, damage  # not read: built
    assert found == expected == _plain(strings)
    builds.clear()
    again, _ = _present(_requirements())
    assert builds == [] and again == expected  # written whole again, and read back


def test_an_automaton_of_other_strings_under_the_key_is_not_used(cache, monkeypatch):
    # a stored automaton whose number of strings does not fit (a key that collided, a file
    # copied over): built again
    folder, builds = cache
    small = prefilter._automaton({"alpha", "beta", "gamma"})
    payload = marshal.dumps(small.__reduce__()[1])
    expected, strings = _present(_requirements())
    path = _stored_files(folder)[0]
    with open(path, "wb") as fh:
        marshal.dump((zlib.crc32(payload), len(payload), payload), fh)
    builds.clear()
    found, _ = _present(_requirements())
    assert builds and found == expected == _plain(strings)


def test_a_failed_write_leaves_no_file_half_written(cache, monkeypatch):
    folder, builds = cache

    def half(value, fh):
        fh.write(marshal.dumps(value)[:1000])
        raise OSError("disk full")

    monkeypatch.setattr(diskcache.marshal, "dump", half)
    found, strings = _present(_requirements())
    assert builds and found == _plain(strings)
    tables = os.path.join(str(folder), "tables")
    assert [f for f in os.listdir(tables) if prefilter._STORED_NAME in f] == []  # no file, no temporary one
