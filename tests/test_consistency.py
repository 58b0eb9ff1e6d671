"""The ``consistency`` type's name-order mode: a family name the surname list lacks."""
import pytest
@pytest.mark.parametrize("family, given, expected", [
    ("Nong", "Wenfeng", True),    # a family name the list lacks, before a two-syllable given name
    ("Nong", "Kai", False),       # one syllable: too little to tell a name from two words
    ("Long", "Wenfeng", False),   # common in English
    ("Rising", "Wenfeng", False), # not pinyin
])
def test_a_pinyin_family_name_the_list_lacks(family, given, expected):
    from audit.detectors.consistency import _pinyin_pair
    assert _pinyin_pair(family, given) is expected


def _name_order_findings(text, catalog):
    from audit import Document
    from audit.engine import check_document
    return [f.text for f in check_document(Document.from_text(text), catalog).findings
            if f.rule == "name-order-variant"]


@pytest.mark.parametrize("text", [
    "Wenjing Li leads the lab. She was born Li Wenjing in Chongqing in 1967.",
    "Wenjing Li leads the lab. She has published as Li Wenjing since 1990.",
    "Wenjing Li leads the lab. A journal reversed the order of her name; at home she is Li Wenjing.",
    "Wenjing Li leads the lab. Chinese papers put the family name first: Li Wenjing.",
])
def test_a_writer_who_gives_the_other_order_on_purpose(text, catalog):
    assert _name_order_findings(text, catalog) == []


def test_the_other_order_without_a_word_about_it_is_flagged(catalog):
    text = "Wenjing Li leads the lab. Li Wenjing said the test worked."
    assert _name_order_findings(text, catalog) == ["Li Wenjing"]


def _plain_pairs(text):
    import re as _re
    from audit.detectors import consistency
    return [(m.group(1), m.group(2), m.start(1), m.end(2)) for m in _re.finditer(consistency._PLAIN_PAIR, text)]


def test_pairs_of_capitalised_words_as_the_plain_pattern_finds_them():
    # _PAIR matches the first word's capital and tests the boundary after it (the search skips to
    # capitals): the same pairs, starts and ends as the lookahead at every word boundary
    import glob
    import os
    import random
    from audit.detectors import consistency
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = [open(p, encoding="utf-8").read() for sub in ("tests/corpus/heldout", "tests/corpus/heldout5",
                                                          "tests/corpus/clean", "benchmarks/data/clean_large")
             for p in sorted(glob.glob(os.path.join(root, sub, "*.txt")))]
    pieces = ["Xu", "Wenjie", "Wen-jie", "Wen-", "xu", "XU", "É", "Élan", "Zhang", "Wei", "a", "1", "_", "'", "’", "-",
              " ", " ", "\u00a0", "\n", ",", ".", "Li", "Na", "Xu Wenjie Xu", "aXu", "9Li", "Li9", "Li_", "ſ", "K"]
    rng = random.Random(31)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    found = 0
    for text in texts:
        assert consistency._pairs(text) == _plain_pairs(text)
        found += len(_plain_pairs(text))
    assert found > 1000
    assert consistency._pairs("Xu Wenjie Xu met Wen-jie Li.") == [
        ("Xu", "Wenjie", 0, 9), ("Wenjie", "Xu", 3, 12), ("Wen-jie", "Li", 17, 27)]
