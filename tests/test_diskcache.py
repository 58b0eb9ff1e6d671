"""The on-disk table cache: a hit gives the same data as a build; a missing, corrupt or
unwritable cache only costs a rebuild."""
import os

import pytest

from audit import diskcache
from audit.detectors import literal

SMALL_CEDICT = """\
# a few entries in CC-CEDICT's format
畫蛇添足 画蛇添足 [hua4 she2 tian1 zu2] /lit. draw legs on a snake (idiom)/fig. to ruin the effect by adding something superfluous/
畫 画 [hua4] /to draw/picture/
蛇 蛇 [she2] /snake/serpent/
添 添 [tian1] /to add/to increase/
足 足 [zu2] /foot/to be sufficient/
"""


@pytest.fixture
def cedict(tmp_path, monkeypatch):
    # The Zipf table is read (or built) from the ordinary cache before the test's own cache
    # folder is set: otherwise whether this process had read it yet decided what the test's
    # folder held (a Zipf table beside the index) and whether word facts had a key to be kept
    # under, and the tests below passed or failed by the order tests ran in.
    # The table is read afresh for the test (restored after it), so that what an earlier test
    # of this process did to it (a swapped table, a failed read) cannot decide the result.
    from audit import zipf
    monkeypatch.setattr(zipf, "_TABLE", zipf._UNKNOWN)
    monkeypatch.setattr(zipf, "_TABLE_KEY", (None, None))
    assert zipf.values_key() is not None, "the Zipf table could not be read from the cache"
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "cedict.txt"
    path.write_text(SMALL_CEDICT, encoding="utf-8")
    literal.load_index.cache_clear()
    yield str(path)
    literal.load_index.cache_clear()


def _tables(tmp_path, kind=""):
    folder = tmp_path / "cache" / "tables"
    return sorted(p for p in folder.iterdir() if p.name.startswith(kind)) if folder.exists() else []


def test_cached_index_equals_built_index(cedict, tmp_path):
    built = literal._index_from_data(literal._build_index(cedict, 8))
    first = literal.load_index(cedict)
    # the set phrases' table is built in the same pass and stored too
    assert [p.name.split("-")[1] for p in _tables(tmp_path, "literal-")] == ["index", "phrases"]
    literal.load_index.cache_clear()
    second = literal.load_index(cedict)  # read back from the file
    for index in (first, second):
        assert index.entries == built.entries
        assert index.literal_pairs == built.literal_pairs
        assert index.char_stems == built.char_stems
        assert (index.tables.own_bits, index.tables.char_bits) == (built.tables.own_bits, built.tables.char_bits)
    assert [e.simplified for e in second.entries] == ["画蛇添足"]
    assert isinstance(second.entries[0], literal.Entry)


def test_stored_entries_are_unpacked_when_first_reached(cedict, tmp_path):
    import marshal

    from audit.detectors import literal_index

    built = literal_index._build_index(cedict, 8)
    literal.load_index(cedict)
    (table,) = _tables(tmp_path, "literal-index-")
    stored = marshal.loads(table.read_bytes())
    assert [marshal.loads(row) for row in stored[2]] == built[2]   # a marshal string per row
    assert stored[:2] == built[:2] and stored[5] == ["画蛇添足"]
    # the bit sets as their bytes (``_bit_bytes``), the same numbers read back
    assert [{k: literal_index.bit_set(v) for k, v in table.items()} for table in stored[3:5]] == list(built[3:])
    assert all(type(v) is bytes for table in stored[3:5] for v in table.values())
    literal.load_index.cache_clear()
    index = literal.load_index(cedict)
    assert index.entries.simplified(0) == "画蛇添足"                  # read beside the rows
    assert index.entries._made == [None]                            # nothing unpacked yet
    assert index.entries[0] == literal.Entry._make(built[2][0]) and index.entries._made[0] is index.entries[0]
    assert literal_index._index_from_data(built).entries.simplified(0) == "画蛇添足"  # built: from the entry
    with pytest.raises(TypeError):                                  # rows of mixed kinds: not a stored index
        literal_index._index_from_data((*stored[:2], stored[2] + [built[2][0]], *stored[3:5], stored[5] * 2))
    with pytest.raises(TypeError):                                  # characters of another length
        literal_index._index_from_data((*stored[:5], stored[5] * 2))


def test_corrupt_cache_is_rebuilt(cedict, tmp_path):
    literal.load_index(cedict)
    (table,) = _tables(tmp_path, "literal-index-")
    table.write_bytes(b"\x00garbage")
    literal.load_index.cache_clear()
    index = literal.load_index(cedict)
    assert [e.simplified for e in index.entries] == ["画蛇添足"]
    assert table.read_bytes() != b"\x00garbage"  # replaced by a good copy


def test_wrong_shape_is_rebuilt(cedict, tmp_path):
    literal.load_index(cedict)
    (table,) = _tables(tmp_path, "literal-index-")
    import marshal
    table.write_bytes(marshal.dumps(("not", "an", "index")))
    literal.load_index.cache_clear()
    assert [e.simplified for e in literal.load_index(cedict).entries] == ["画蛇添足"]


def test_unwritable_cache_dir_still_works(cedict, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(blocker / "cache"))
    assert [e.simplified for e in literal.load_index(cedict).entries] == ["画蛇添足"]


def test_key_changes_with_the_dictionary(cedict, tmp_path):
    literal.load_index(cedict)
    with open(cedict, "a", encoding="utf-8") as fh:
        fh.write("雪中送炭 雪中送炭 [xue3 zhong1 song4 tan4] /lit. to send charcoal in snowy weather (idiom)/"
                 "fig. to provide help in sb's hour of need/\n")
    literal.load_index.cache_clear()
    index = literal.load_index(cedict)
    assert sorted(e.simplified for e in index.entries) == ["画蛇添足", "雪中送炭"]
    assert len(_tables(tmp_path, "literal-index-")) == 2  # the older table is kept beside it (KEEP_PER_NAME)


def test_save_and_load_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    key = diskcache.key_of(["a", "b"])
    assert diskcache.load("t", key) is None
    diskcache.save("t", key, {"x": (1, frozenset({"y"}))})
    assert diskcache.load("t", key) == {"x": (1, frozenset({"y"}))}
    assert diskcache.key_of(["a", "b"]) != diskcache.key_of(["ab"])
    assert not [p for p in os.listdir(tmp_path / "tables") if p.endswith(".tmp")]


def test_saving_a_table_removes_older_tables_of_that_name(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    for age, key in enumerate(["oldest", "old"]):
        diskcache.save("t", key, [age])
        os.utime(tmp_path / "tables" / f"t-{key}.marshal", ns=(10**18 + age, 10**18 + age))
    diskcache.save("other", "k", [2])
    diskcache.save("t", "new", [3])
    assert sorted(os.listdir(tmp_path / "tables")) == ["other-k.marshal", "t-new.marshal", "t-old.marshal"]
    assert diskcache.load("t", "new") == [3] and diskcache.load("t", "old") == [1]
    assert diskcache.load("t", "oldest") is None


def test_two_dictionaries_keep_their_own_tables(cedict, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(SMALL_CEDICT, encoding="utf-8")
    literal.load_index(cedict)
    literal.load_index(str(other))
    assert len(_tables(tmp_path, "literal-index-")) == 2


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_was(tmp_path, monkeypatch, enabled):
    # The collector is held off while a table is read, and left as the caller had it after,
    # whether the table reads back or not.
    import gc

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    diskcache.save("gc-check", "k1", {"a": [1, 2], "b": (3, frozenset({"x"}))})
    (tmp_path / "tables" / "gc-check-k2.marshal").write_bytes(b"\x00not marshal")
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert diskcache.load("gc-check", "k1") == {"a": [1, 2], "b": (3, frozenset({"x"}))}
        assert gc.isenabled() is enabled
        assert diskcache.load("gc-check", "k2") is None
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_derived_key_covers_data_modules_and_params(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    data, module = tmp_path / "data.txt", tmp_path / "builder.py"
    data.write_text("one")
    module.write_text("# v1")
    builds = []

    def build():
        builds.append(data.read_text())
        return [data.read_text()]

    def run(*params):
        return diskcache.derived("t", str(data), [str(module)], params, build, tuple)

    assert run(1) == ("one",) and run(1) == ("one",) and len(builds) == 1   # the second run reads the cache
    assert run(2) == ("one",) and len(builds) == 2                          # another parameter
    module.write_text("# v2")
    assert run(2) == ("one",) and len(builds) == 3                          # the code changed
    data.write_text("two")
    assert run(2) == ("two",) and len(builds) == 4                          # the data changed
    assert len(os.listdir(tmp_path / "cache" / "tables")) == 2              # older tables of the name removed but one


def test_derived_without_a_readable_data_file_builds_uncached(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    got = diskcache.derived("t", str(tmp_path / "absent"), [], [], lambda: [1], tuple)
    assert got == (1,) and not (tmp_path / "cache").exists()


def test_a_large_files_digest_is_remembered_while_it_stays_the_same(tmp_path):
    import hashlib

    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * diskcache._REMEMBERED_BYTES)
    first = diskcache.file_digest(str(big))
    assert first == hashlib.sha256(big.read_bytes()).hexdigest()
    assert any(key[0] == str(big) for key in diskcache._DIGESTS)
    big.write_bytes(b"b" * (diskcache._REMEMBERED_BYTES + 1))  # another size: hashed again
    assert diskcache.file_digest(str(big)) == hashlib.sha256(big.read_bytes()).hexdigest() != first
    small = tmp_path / "small.txt"
    small.write_bytes(b"one")
    assert diskcache.file_digest(str(small)) == hashlib.sha256(b"one").hexdigest()
    small.write_bytes(b"two")  # same size, maybe the same clock tick: small files are always hashed
    assert diskcache.file_digest(str(small)) == hashlib.sha256(b"two").hexdigest()


def test_the_second_kind_of_table_is_read_not_built(cedict, tmp_path, monkeypatch):
    # One pass over the dictionary stores both kinds; the other kind is then read back.
    from audit.detectors import literal_index

    built = literal_index._index_from_data(literal_index._build_index(cedict, 12, True))
    literal.load_index(cedict)
    monkeypatch.setattr(literal_index, "_build_indexes", lambda *a, **k: pytest.fail("built again"))
    phrases = literal.load_index(cedict, 12, True)
    assert phrases.entries == built.entries and phrases.char_stems == built.char_stems


def test_a_stored_other_kind_is_not_built_again(cedict, tmp_path, monkeypatch):
    from audit.detectors import literal_index

    literal.load_index(cedict)
    (idioms,) = _tables(tmp_path, "literal-index-")
    idioms.unlink()
    literal.load_index.cache_clear()
    kinds = []
    real = literal_index._build_indexes
    monkeypatch.setattr(literal_index, "_build_indexes", lambda path, n, k=(False, True): kinds.append(k) or real(path, n, k))
    assert [e.simplified for e in literal.load_index(cedict).entries] == ["画蛇添足"]
    assert kinds == [(False,)]  # the set phrases' table was stored: only the idioms are built


@pytest.mark.parametrize("enabled", [True, False])
def test_building_holds_off_the_garbage_collector(tmp_path, monkeypatch, enabled):
    import gc

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    seen = []
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert diskcache.cached("gc-build", "k", lambda: seen.append(gc.isenabled()) or [1], tuple) == (1,)
        assert seen == [False] and gc.isenabled() is enabled
        with pytest.raises(ZeroDivisionError):
            diskcache.cached("gc-build", "k2", lambda: 1 / 0, tuple)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_table_stored_in_parts_reads_back_key_by_key():
    table = {"apple": 1, "apply": 2, "banana": 3, "b": 4, "": 5}
    data = diskcache.bucketed(table, 3)
    assert set(data) == {"app", "ban", "b", ""}
    assert all(type(v) is bytes for v in data.values())
    rebuilt = []
    parts = diskcache.Buckets(data, 3, lambda: rebuilt.append(1) or dict(table), value_type=int)
    assert parts.get("apply") == 2 and parts.get("b") == 4 and parts.get("") == 5
    assert parts.get("apricot") is None and parts.get("zebra", -1) == -1
    assert "banana" in parts and "bananas" not in parts
    assert set(parts.opened) == {"app", "b", "", "apr", "zeb", "ban"}  # only the parts asked about
    assert parts["apple"] == 1
    with pytest.raises(KeyError):
        parts["cherry"]
    assert sorted(parts) == sorted(table) and len(parts) == len(table)
    assert rebuilt == []


def test_a_damaged_part_means_the_whole_table_rebuilt():
    table = {b"apple": b"a", b"banana": b"b"}
    data = diskcache.bucketed(table, 3)
    data[b"ban"] = b"\x00not marshal"
    rebuilt = []
    parts = diskcache.Buckets(data, 3, lambda: rebuilt.append(1) or dict(table), bytes, bytes)
    assert parts.get(b"apple") == b"a" and rebuilt == []
    assert parts.get(b"banana") == b"b" and rebuilt == [1]   # the damaged part: the whole table
    assert parts.get(b"apple") == b"a" and parts.get(b"cherry") is None and rebuilt == [1]  # asked once
    with pytest.raises(TypeError):
        diskcache.Buckets({"app": "not bytes"}, 3, dict)
    with pytest.raises(TypeError):
        diskcache.Buckets(data, 3, dict)                     # bytes starts where str ones were asked


def test_a_part_of_the_wrong_type_means_the_whole_table():
    data = diskcache.bucketed({"apple": "a"}, 3)
    parts = diskcache.Buckets(data, 3, lambda: {"apple": "whole"}, value_type=bytes)
    assert parts.get("apple") == "whole"


# The dictionary's two-character words and the accepted terms' word pairs (``literal``'s tests
# past the clause scan): stored in the cache directory, read back equal to a pass over the
# files; a damaged stored table is built again, equal.
def _two_character_words_read():
    from audit import cedict as cedict_module

    return frozenset(line.simplified for line in cedict_module.entries() if len(line.simplified) == 2)


def _term_pairs_read():
    from audit.detectors.literal_index import FUNCTION_WORDS, stem
    from audit.detectors.terms import read_terms

    terms, _ = read_terms(literal._TERMS_FILE)
    return frozenset((stem(words[0]), stem(words[1])) for _, english in terms for form in english
                     for words in [form.lower().split()]
                     if len(words) == 2 and not any(w in FUNCTION_WORDS for w in words))


@pytest.mark.parametrize("name,fn,read", [
    ("literal-two-character-words", "_two_character_words", _two_character_words_read),
    ("literal-term-pairs", "_term_pairs", _term_pairs_read),
])
def test_literal_tables_read_back_equal_to_the_files(tmp_path, monkeypatch, name, fn, read):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    table = getattr(literal, fn)
    expected = read()
    try:
        table.cache_clear()
        assert table() == expected                         # built and stored
        stored = _tables(tmp_path, name)
        assert len(stored) == 1
        table.cache_clear()
        assert table() == expected                         # read back
        stored[0].write_bytes(b"\x00damaged")
        table.cache_clear()
        assert table() == expected                         # built again
        assert ("clean", "energy") in expected or "风雨" in expected
    finally:
        table.cache_clear()


# ``literal``'s facts of each word (``_word``), kept between runs for an index read from the
# cache directory: read back, they are the facts worked out; a table of the wrong shape is
# dropped; an index built otherwise keeps nothing.
WORDS = ["Snake", "snake", "snakes", "drawing", "draws", "Feet", "feet", "added", "adding", "the", "The",
         "thickly", "ruined", "superfluous", "Zzqx", "Beijing's", "don’t", "a"]


def _facts_of_a_fresh_index(cedict):
    literal.load_index.cache_clear()
    index = literal.load_index(cedict)
    return index, {w: literal._word(index, w) for w in WORDS}


def test_kept_word_facts_read_back_as_worked_out(cedict, tmp_path):
    index, worked = _facts_of_a_fresh_index(cedict)
    kept = literal._tables(index).kept
    assert kept and set(kept.table) == set(WORDS)       # every word worked out was kept
    kept.save()
    assert len(_tables(tmp_path, "literal-word-facts-literal-index")) == 1
    index, read = _facts_of_a_fresh_index(cedict)
    assert read == worked
    assert {w: literal._tables(index).words[w] for w in WORDS} == worked  # read back, not worked out
    assert literal._tables(index).kept.dirty is False     # nothing new to write


def test_kept_word_facts_of_the_wrong_shape_are_dropped(cedict, tmp_path):
    index, worked = _facts_of_a_fresh_index(cedict)
    kept = literal._tables(index).kept
    kept.table["snake"] = ("snake", False)              # not a shape ``_word`` makes
    kept.save()
    index, read = _facts_of_a_fresh_index(cedict)
    assert read == worked
    assert literal._tables(index).kept.table == worked  # the whole table dropped, every word worked out again


def test_an_index_built_in_memory_keeps_no_word_facts(cedict):
    index = literal._index_from_data(literal._build_index(cedict, 12))
    assert literal._word(index, "snake") == literal._word(literal.load_index(cedict), "snake")
    assert literal._tables(index).kept is False



_WRITER = """\
import os, sys, time
from audit import diskcache
tag, go, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
value = [tag * 40 + str(i) for i in range(100_000)]   # about 5 MB: a write takes a while
while not os.path.exists(go):
    time.sleep(0.001)
for _ in range(rounds):
    diskcache.save("shared", "k", value)
"""


def test_two_processes_writing_one_table_at_once_leave_a_readable_table(tmp_path, monkeypatch):
    """Two processes (two test workers, two audits on one cache directory) save one table at
    the same moment, again and again: a reader meanwhile finds the whole table of one of them
    or, before the first write lands, none, never a part of one or a missing table once one was
    there; afterwards the table reads back whole and no temporary file is left."""
    import subprocess
    import sys

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    env = dict(os.environ, PYTHONPATH=root)
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, tag, str(go), "15"], env=env, cwd=root)
               for tag in ("a", "b")]
    expected = [[tag * 40 + str(i) for i in range(100_000)] for tag in ("a", "b")]
    reads = []
    try:
        go.write_text("")
        while any(w.poll() is None for w in writers):
            reads.append(diskcache.load("shared", "k"))
    finally:
        for w in writers:
            w.wait(timeout=120)
    assert [w.returncode for w in writers] == [0, 0]
    reads.append(diskcache.load("shared", "k"))
    first = next(i for i, value in enumerate(reads) if value is not None)
    assert all(value in expected for value in reads[first:]), "a table read back partly written or gone"
    stored = os.listdir(tmp_path / "cache" / "tables")   # beside tables the processes keep of their own
    assert "shared-k.marshal" in stored and not [name for name in stored if name.endswith(".tmp")]


def test_exit_saved_table_keeps_the_key_of_the_code_it_loaded(tmp_path, monkeypatch):
    """A source file edited while a process runs (a new key) must not receive that process's
    answers, worked out by the old code, when it exits: they are saved under the key it loaded."""
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    keys = ["old"]

    class Table(diskcache.ExitSavedTable):
        _NAME = "test-exit-key"

        def _key(self):
            return keys[0]

    table = Table()
    table._store("ride", "rid")
    keys[0] = "new"  # the module's source changed on disk before the process ended
    table.save()
    assert diskcache.load("test-exit-key", "old") == {"ride": "rid"}
    assert diskcache.load("test-exit-key", "new") is None
