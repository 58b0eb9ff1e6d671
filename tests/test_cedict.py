"""audit.cedict: the one reader of CC-CEDICT lines and the gloss tests its two users share."""
import re

import pytest

from audit import cedict

LINES = """\
# CC-CEDICT
# comment lines are skipped
畫蛇添足 画蛇添足 [hua4 she2 tian1 zu2] /lit. draw legs on a snake (idiom)/fig. to ruin the effect/
許 许 [Xu3] /surname Xu/
中 中 [zhong1] /within/among/in/middle/
ＡＢ ＡＢ [A B] /not Chinese characters/
a malformed line
的 的 [de5] /of/~'s (possessive particle)/
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "cedict.txt"
    path.write_text(LINES, encoding="utf-8")
    return str(path)


def test_entries_are_the_chinese_lines_in_file_order(small):
    got = list(cedict.entries(small))
    assert [e.simplified for e in got] == ["画蛇添足", "许", "中", "的"]
    first = got[0]
    assert first == ("画蛇添足", "畫蛇添足", "hua4 she2 tian1 zu2",
                     "lit. draw legs on a snake (idiom)/fig. to ruin the effect")
    assert first.glosses == ["lit. draw legs on a snake (idiom)", "fig. to ruin the effect"]
    assert got[1].pinyin == "Xu3"


def test_missing_file_raises(tmp_path):
    with pytest.raises(OSError):
        list(cedict.entries(str(tmp_path / "absent.txt")))


@pytest.mark.parametrize("extra, gloss, skipped", [
    ((), "variant of 畫", True),
    ((), "see 畫蛇添足", True),
    ((), "seed", False),
    ((), "surname xu", False),
    (("surname ",), "surname xu", True),
    (("surname ",), "surnames", False),
    (("surname",), "surnames", True),
    (("(dialect)",), "(dialect) to eat", True),
    (("abbr. for",), "abbrx for", False),       # prefixes are plain text, "." is a full stop
    (("pr.",), "prx", False),
])
def test_skip_pattern(extra, gloss, skipped):
    assert bool(cedict.skip_pattern(extra).match(gloss)) is skipped


FUNCTION_WORDS = frozenset({"of", "in", "the", "to", "see"})  # a set of the test's own


@pytest.mark.parametrize("glosses, without_notes, grammar, expected", [
    (["within", "in"], False, False, True),                  # a gloss of function words only
    (["within", "middle"], False, False, False),
    (["(dialect) in"], False, False, True),                  # the note is no word of the gloss
    (["see in"], False, False, False),                       # a cross-reference is skipped
    (["(tw) see in"], False, False, True),                   # ... only when it opens the gloss
    (["(tw) see in"], True, False, False),                   # ... or opens it without its notes
    (["completed action marker"], False, True, True),        # grammar, given a grammar pattern
    (["completed action marker"], False, False, False),
    (["(particle) of"], False, True, True),
    (["()"], True, True, False),                             # nothing left without the notes
    ([""], False, True, False),
])
def test_function_gloss(glosses, without_notes, grammar, expected):
    pattern = re.compile(r"\b(?:particle|marker)\b") if grammar else None
    assert cedict.function_gloss(glosses, FUNCTION_WORDS, cedict.skip_pattern(), skip_without_notes=without_notes,
                                 grammar=pattern) is expected


def test_only_keeps_the_entries_of_those_words(tmp_path):
    # the second field is read before the line is parsed: the same entries as filtering after
    path = tmp_path / "mini.txt"
    path.write_text("# 甲 甲 comment\n甲 甲 [jia3] /first/\n乙 乙 [yi3] /second/\n甲乙 甲乙 [jia3 yi3] /both/\n"
                    "甲 甲 malformed\n丙  丙 [bing3] /two spaces/\n丁 丁 [ding1]/no space/\n乙 甲 [x] /trad differs/\n",
                    encoding="utf-8")
    every = list(cedict.entries(str(path)))
    for only in ({"甲"}, {"乙", "甲乙"}, {"丙", "丁"}, set(), {"甲", "乙", "甲乙", "丙", "丁"}):
        assert list(cedict.entries(str(path), only=only)) == [e for e in every if e.simplified in only]


def test_only_on_the_bundled_dictionary():
    every = list(cedict.entries())
    words = {e.simplified for e in every[::7]} | {"中", "不存在的词"}
    assert list(cedict.entries(only=words)) == [e for e in every if e.simplified in words]
