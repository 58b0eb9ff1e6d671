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
