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
