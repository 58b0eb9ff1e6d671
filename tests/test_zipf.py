"""audit.zipf gives wordfreq's own Zipf values, from the cached table or without it."""
import random

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from audit import zipf as zipf_module

WORDS = ["the", "snake", "charcoal", "brocade", "infrastructure", "shenzhen", "xyzzyq", "a", "i",
         "information", "cannot", "gonna", "don't", "Snake", "naïve", "covid19", "", "covid-19", "2023", "5g",
         "cobalt-lithium", "nickel-cobalt-lithium", "co-operation", "e-mail", "sino-us", "x-ray",
         "people-to-people", "well-xyzzyq", "xyzzyq-well", "a-", "-a", "a--b", "Sino-US",
         "&", "--", "...", "'", "&&", "_", "&_", "(a)",
         # Latin letters with accents: the table answers for those that fold to themselves
         "café", "façade", "fiancée", "zürichxq", "ſ", "straße", "cafe\u0301", "Café", "ŉ"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(zipf_module, "_TABLE", zipf_module._UNKNOWN)
    return tmp_path


@pytest.mark.parametrize("word", WORDS)
def test_same_value_as_wordfreq(fresh, word):
    assert zipf_module.zipf(word) == zipf_frequency(word, "en")


def test_table_values_match_wordfreq_on_a_sample(fresh):
    table = zipf_module.build_table()
    words = sorted(w for w in get_frequency_dict("en", "best")
                   if zipf_module._in_table(w) or zipf_module._APOSTROPHE_KEY.match(w) or zipf_module._DIGIT_KEY.match(w))
    assert len(table) == len(words)
    for word in random.Random(7).sample(words, 3000):
        assert table[word] == zipf_frequency(word, "en"), word


def test_table_is_wordfreqs_formula_for_every_word(fresh):
    # build_table works each frequency's value out once; here every word's, as zipf_frequency does
    import math

    from wordfreq import freq_to_zipf

    want = {}
    for word, freq in get_frequency_dict("en", "best").items():
        if zipf_module._in_table(word) or zipf_module._APOSTROPHE_KEY.match(word) or zipf_module._DIGIT_KEY.match(word):
            value = max(freq, 1e-9)
            want[word] = round(freq_to_zipf(round(value, math.floor(-math.log(value, 10)) + 3)), 2)
    assert zipf_module.build_table() == want


def test_every_accented_word_of_the_table_matches_wordfreq(fresh):
    table = zipf_module.build_table()
    accented = [w for w in table if not w.isascii()]
    assert len(accented) > 3000  # "café", "naïve", "façade", "château", ...
    for word in accented:
        assert zipf_module.zipf(word) == zipf_frequency(word, "en"), word


def test_an_accented_word_does_not_import_wordfreq(fresh):
    # a story with "café" in it is answered from the table: no import of wordfreq (0.3 to 0.7 s)
    import subprocess
    import sys

    code = ("import sys; from audit import zipf; zipf.zipf('charcoal'); v = zipf.zipf('café'); "
            "print(v, 'wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "MTAUDIT_CACHE_DIR": str(fresh)}).stdout.split()
    assert float(out[0]) == zipf_frequency("café", "en") and float(out[0]) > 3
    # the first run builds the table (and imports wordfreq to do so); the second reads it back
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "MTAUDIT_CACHE_DIR": str(fresh)}).stdout.split()
    assert out[1] == "False"


def test_cache_is_written_and_read_back(fresh):
    assert zipf_module.zipf("snake") == zipf_frequency("snake", "en")
    (table_file,) = (fresh / "tables").iterdir()
    assert table_file.name.startswith("zipf-en-")
    zipf_module._TABLE = zipf_module._UNKNOWN
    assert zipf_module.zipf("brocade") == zipf_frequency("brocade", "en")


def test_corrupt_cache_falls_back_to_a_rebuild(fresh):
    zipf_module.zipf("snake")
    (table_file,) = (fresh / "tables").iterdir()
    table_file.write_bytes(b"not marshal")
    zipf_module._TABLE = zipf_module._UNKNOWN
    assert zipf_module.zipf("charcoal") == zipf_frequency("charcoal", "en")


def test_no_table_file_asks_wordfreq(fresh, monkeypatch):
    monkeypatch.setattr(zipf_module, "_data_file", lambda: None)
    assert zipf_module.zipf("snake") == zipf_frequency("snake", "en")
    assert zipf_module._TABLE is None


def test_zipf_cached_gives_zipf_and_remembers(fresh, monkeypatch):
    cache = zipf_module._remembered()
    monkeypatch.setattr(zipf_module, "zipf_cached", cache.__getitem__)
    for word in WORDS:
        assert zipf_module.zipf_cached(word) == zipf_frequency(word, "en")
    assert set(cache) == set(WORDS)
    monkeypatch.setattr(zipf_module, "zipf", lambda word: 99.0)  # asked again: not worked out
    assert zipf_module.zipf_cached("snake") == zipf_frequency("snake", "en")


def test_zipf_answers_are_kept_between_runs(fresh, monkeypatch):
    cache = zipf_module._remembered()
    assert [cache[w] for w in ["snake", "tianzhou-10", "café"]] == [zipf_frequency(w, "en") for w in
                                                                     ["snake", "tianzhou-10", "café"]]
    cache.kept.save()                                       # as at the end of the process
    monkeypatch.setattr(zipf_module, "zipf", lambda word: 99.0)
    again = zipf_module._remembered()
    assert again["snake"] == zipf_frequency("snake", "en")  # read back, not worked out
    assert again["xyzzyq"] == 99.0


def test_the_stored_parts_give_the_table(fresh):
    table = zipf_module.build_table()
    stored = zipf_module._Buckets(zipf_module._bucketed(table))
    for word in random.Random(3).sample(sorted(table), 5000) + ["xyzzyq", "a", "i", "zz", "qqqqqq"]:
        assert stored.get(word, 0.0) == table.get(word, 0.0), word
    assert len(stored.opened) < len(stored.parts)  # only the parts asked about were opened


def test_a_damaged_part_asks_wordfreq(fresh):
    assert zipf_module.zipf("snake") == zipf_frequency("snake", "en")
    zipf_module._TABLE = zipf_module._UNKNOWN
    zipf_module.zipf("the")  # the table read back from the cache
    stored = zipf_module._TABLE
    assert isinstance(stored, zipf_module._Buckets)
    stored.parts["bro"] = b"not marshal"
    assert stored.get("brocade", 0.0) is None
    assert zipf_module.zipf("brocade") == zipf_frequency("brocade", "en")
    assert zipf_module.zipf("snake") == zipf_frequency("snake", "en")  # the other parts still read


def test_a_stored_table_of_the_wrong_shape_is_rebuilt(fresh):
    zipf_module.zipf("snake")
    (table_file,) = (fresh / "tables").iterdir()
    import marshal

    table_file.write_bytes(marshal.dumps({"sna": 3}))
    zipf_module._TABLE = zipf_module._UNKNOWN
    assert zipf_module.zipf("snake") == zipf_frequency("snake", "en")
    assert isinstance(zipf_module._TABLE, zipf_module._Buckets)


def test_hyphenated_words_match_wordfreq_on_a_sample(fresh):
    """Words joined by hyphens are worked out from the table (``zipf._joined``), as wordfreq
    combines the frequencies of the parts; a random sample of joins, missing parts included."""
    words = sorted(zipf_module.build_table())
    rng = random.Random(11)
    for _ in range(3000):
        parts = [rng.choice(words[:3000] if rng.random() < 0.4 else words) for _ in range(rng.choice([2, 2, 3]))]
        if rng.random() < 0.05:
            parts[-1] = "xyzzyq"
        word = "-".join(parts)
        assert zipf_module.zipf(word) == zipf_frequency(word, "en"), word


def test_punctuation_matches_wordfreq(fresh):
    """A string of ASCII punctuation holds no word for wordfreq (its floor, without asking it)."""
    marks = [chr(c) for c in range(33, 127) if not chr(c).isalnum()]
    rng = random.Random(5)
    for word in marks + ["".join(rng.choice(marks) for _ in range(rng.randint(2, 4))) for _ in range(300)]:
        assert zipf_module.zipf(word) == zipf_frequency(word, "en"), word


def _from_the_table(monkeypatch, words):
    """``zipf`` of each word with wordfreq's own answer made unreachable: the table answered."""
    import wordfreq

    def asked(word, lang, *args, **kwargs):
        raise AssertionError(f"wordfreq asked about {word!r}")

    zipf_module.zipf("the")  # the table built (that asks wordfreq's table, not zipf_frequency)
    monkeypatch.setattr(wordfreq, "zipf_frequency", asked)
    values = {word: zipf_module.zipf(word) for word in words}
    monkeypatch.undo()
    return values


APOSTROPHE_WORDS = ["don't", "i'm", "you're", "can't", "ethiopia's", "residents'", "residents\u2019",
                    "don\u2019t", "xin'an", "jing'an", "gui'an", "ren'ai", "pu'er", "pu\u2019er", "xi'an",
                    "l'arc", "a'e", "qu'il'a", "y'all", "o'hare", "o'", "ab'", "ab'e'", "d'l'a", "ab'cd'e",
                    "rock'n'roll", "o'neill", "xyzzyq's", "xyzzyq'", "h'h", "ha'h", "hay'y", "e'e'e'e"]


def test_apostrophe_words_match_wordfreq_without_asking_it(fresh, monkeypatch):
    """Lower-case words with apostrophes, all straight or all curly, are answered from the table
    (``_apostrophe_tokens``): contractions, possessives, pinyin with the syllables apart, the
    elision rule's splits ("xi'an", "l'arc"), a closing apostrophe, and random words of those
    shapes, every one equal to wordfreq's answer."""
    words = list(APOSTROPHE_WORDS)
    keys = sorted(w for w in get_frequency_dict("en", "best") if zipf_module._APOSTROPHE_KEY.match(w))
    assert len(keys) > 15000
    words += keys[::3]
    words += [w.replace("'", "\u2019") for w in keys[1::17]]
    rng = random.Random(3)
    plain = sorted(w for w in zipf_module.build_table() if w.isascii() and w.isalpha())
    syllables = ["a", "e", "h", "i", "o", "u", "y", "l", "qu", "xi", "an", "er", "s", "t", "d", "ll", "ve"]
    for _ in range(3000):
        parts = [rng.choice(syllables if rng.random() < 0.6 else plain) for _ in range(rng.choice([2, 2, 3, 4]))]
        word = "'".join(parts) + ("'" if rng.random() < 0.15 else "")
        words.append(word if rng.random() < 0.85 else word.replace("'", "\u2019"))
    values = _from_the_table(monkeypatch, words)
    for word in words:
        assert values[word] == zipf_frequency(word, "en"), word


def test_other_apostrophe_shapes_still_ask_wordfreq(fresh):
    """Shapes the tokens are not worked out for go to wordfreq: a leading apostrophe, straight and
    curly mixed, two apostrophes running, capitals, digits."""
    for word in ["'tis", "a\u2019b'c", "a''b", "Don't", "5'9", "don't-stop", "caf\u00e9's"]:
        assert zipf_module._apostrophe_tokens(word) is None or word[0] == "'"
        assert zipf_module.zipf(word) == zipf_frequency(word, "en"), word


def test_accented_hyphenated_words_match_wordfreq_without_asking_it(fresh, monkeypatch):
    """Latin words with accents joined by hyphens ("marc-andr\u00e9") are worked out from the table, as
    plain hyphenated words are."""
    table = zipf_module.build_table()
    accented = sorted(w for w in table if not w.isascii() and zipf_module._in_table(w))
    plain = sorted(w for w in table if w.isascii() and w.isalpha())
    rng = random.Random(13)
    words = ["marc-andr\u00e9", "caf\u00e9-au-lait", "na\u00efve-xyzzyq"]
    for _ in range(2000):
        parts = [rng.choice(accented if rng.random() < 0.5 else plain) for _ in range(rng.choice([2, 2, 3]))]
        words.append("-".join(parts))
    words = [w for w in words if w.casefold() == w]
    values = _from_the_table(monkeypatch, words)
    for word in words:
        assert values[word] == zipf_frequency(word, "en"), word


def test_underscored_words_match_wordfreq_without_asking_it(fresh, monkeypatch):
    """Lower-case words joined by underscores (handles: "mod_team_ml") are one token for
    wordfreq, answered from the table: the table's own such words and random joins."""
    table = zipf_module.build_table()
    keys = sorted(w for w in get_frequency_dict("en", "best") if zipf_module._UNDERSCORED.match(w))
    assert keys and all(w in table for w in keys)  # "new_york", "utm_source", ...
    plain = sorted(w for w in table if w.isascii() and w.isalpha())
    rng = random.Random(17)
    words = keys + ["globaltrade_grace", "mod_team_ml", "la_vie"]
    words += ["_".join(rng.choice(plain) for _ in range(rng.choice([2, 3]))) for _ in range(500)]
    values = _from_the_table(monkeypatch, words)
    for word in words:
        assert values[word] == zipf_frequency(word, "en"), word


DIGIT_WORDS = ["tianzhou-10", "deepseek-r1", "p2-type", "covid-19", "covid19", "a380", "g20", "5g", "3d", "14th",
               "10am", "2023", "1999", "2100", "007", "0", "00", "7", "x-2", "tian-10-b", "mp3", "f-35", "su-57",
               "shenzhou-18", "chang-e-6", "h5n1", "r-1-x", "1-2-3", "a-0", "1st-2nd", "999999999", "0000-0001"]


def test_words_with_digits_match_wordfreq_without_asking_it(fresh, monkeypatch):
    """Lower-case words of letters and digits, joined by hyphens or not ("tianzhou-10",
    "deepseek-r1", "a380", "2023"), are answered from the table and wordfreq's digit estimate
    (``_WITH_DIGITS``), without its import: the table's own such words, numbers of every length,
    years, and random joins of words, numbers and words with digits, each equal to wordfreq's
    answer."""
    table = zipf_module.build_table()
    keys = sorted(w for w in get_frequency_dict("en", "best") if zipf_module._DIGIT_KEY.match(w))
    assert len(keys) > 5000 and all(w in table for w in keys)  # "00", "1st", "mp3", "00th", ...
    plain = sorted(w for w in table if w.isascii() and w.isalpha())
    rng = random.Random(19)
    numbers = [str(n) for n in range(0, 130)] + [str(y) for y in range(1890, 2120)]
    numbers += ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 9))) for _ in range(300)]
    words = DIGIT_WORDS + keys[::2] + numbers
    for _ in range(2000):
        pieces = [rng.choice(plain), rng.choice(numbers), rng.choice(keys),
                  rng.choice(plain)[:3] + rng.choice(numbers), rng.choice(numbers) + rng.choice(plain)[:2]]
        words.append("-".join(rng.choice(pieces) for _ in range(rng.choice([1, 2, 2, 3]))))
    values = _from_the_table(monkeypatch, words)
    for word in words:
        assert values[word] == zipf_frequency(word, "en"), word


def test_a_word_with_digits_does_not_import_wordfreq(fresh):
    # "tianzhou-10" in a story is answered from the table and wordfreq's numbers module, read on
    # its own: no import of the wordfreq package
    import subprocess
    import sys

    code = ("import sys; from audit import zipf; zipf.zipf('charcoal'); v = zipf.zipf('tianzhou-10'); "
            "print(v, 'wordfreq' in sys.modules, zipf.zipf('covid-19'))")
    env = {**__import__("os").environ, "MTAUDIT_CACHE_DIR": str(fresh)}
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)  # builds
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.split()
    assert float(out[0]) == zipf_frequency("tianzhou-10", "en") and out[1] == "False"
    assert float(out[2]) == zipf_frequency("covid-19", "en") > 3


def test_no_numbers_module_asks_wordfreq(fresh, monkeypatch):
    monkeypatch.setattr(zipf_module, "_numbers", lambda: None)
    assert zipf_module.zipf("tianzhou-10") == zipf_frequency("tianzhou-10", "en")
