"""Issue 9, seventeenth round, of the ``terms`` type: one odd word inside a listed term (``partial``) and the
noun suffixes -ery and -ification (``word_stems``)."""
import pytest

from audit.detectors import terms

from test_terms import found, small_rule

PINE = "version: 1\nterms:\n  - {zh: 松材 线虫病, en: [pine wilt disease]}\n"
SENTENCE = "The county fought pine material line worm disease across 2,000 hectares."


def test_odd_word_inside_a_term_is_read_with_partial(tmp_path):
    # 虫 has no gloss "worm" in the small table's file; "worm" stands between 线 "line" and 病 "disease"
    catalog = small_rule(tmp_path, PINE, partial=1)
    assert found(catalog, SENTENCE) == [("pine material line worm disease", "pine wilt disease")]


def test_no_odd_word_without_partial(tmp_path):
    assert found(small_rule(tmp_path, PINE, partial=0), SENTENCE) == []


def test_odd_word_needs_partial_words(tmp_path):
    assert found(small_rule(tmp_path, PINE, partial=1, partial_words=6), SENTENCE) == []


@pytest.mark.parametrize("text", [
    # the odd word would be the first or the last character's
    "The county fought worm material line insect disease.",
    "The county fought pine material line insect worm.",
    # a function word or a name is no odd word
    "The county fought pine material line of disease.",
    "The county fought pine material line Smith disease.",
])
def test_odd_word_only_inside_and_a_content_word(tmp_path, text):
    assert found(small_rule(tmp_path, PINE, partial=1), text) == []


def test_three_character_term_takes_no_odd_word(tmp_path):
    catalog = small_rule(tmp_path, "version: 1\nterms:\n  - {zh: 线虫病, en: [nematode disease]}\n", partial=1)
    assert found(catalog, "The line worm disease spread.") == []


@pytest.mark.parametrize("word, base", [("delivery", "deliver"), ("recovery", "recover"),
                                        ("fortification", "fortify"), ("identification", "identify")])
def test_noun_suffixes_reach_the_verb(word, base):
    assert terms.stem(base) in terms.word_stems(word)


def test_delivery_renders_jiao(tmp_path):
    catalog = small_rule(tmp_path, "version: 1\nterms:\n  - {zh: 保交楼, en: [ensuring delivery of presold homes]}\n")
    assert found(catalog, "The guaranteed delivery of buildings campaign went on.") == [
        ("guaranteed delivery of buildings", "ensuring delivery of presold homes")]


SUBSIDY = "version: 1\nglosses:\n  岗: [post]\n  扩: [expand]\nterms:\n  - {zh: 一次性 扩岗 补助, en: [one-time job expansion subsidy]}\n"


def test_two_word_gloss_is_one_unit():
    # CC-CEDICT glosses 一次性 "one-time": the two words render that word together
    rows = terms._phrases("一次性扩岗补助", {"一次性": ["one-off (offer, deal etc)", "one-time"]})
    assert rows == {terms.stem("one"): ((terms.stem("time"), 0, 2),)}


def test_two_word_gloss_in_a_run_with_a_literal_word(tmp_path):
    catalog = small_rule(tmp_path, SUBSIDY)
    assert found(catalog, "Firms get a one-time expanding post subsidy of 1,500 yuan.") == [
        ("one-time expanding post subsidy", "one-time job expansion subsidy")]


def test_two_word_gloss_needs_a_literal_word_of_the_run(tmp_path):
    # "law enforcement" read as 执法, "officers" as 城管 (a CC-CEDICT sense): no word of the run
    # is literal by itself, and the senses test on the whole run would call it one (a clean set)
    catalog = small_rule(tmp_path, "version: 1\nterms:\n  - {zh: 城管 执法, en: [urban management enforcement]}\n")
    assert found(catalog, "They claimed to be officers of law enforcement agencies.") == []


def test_an_accepted_form_held_whole_after_a_modifier_passes():
    from audit import check_text, load_rules
    rule = [r for r in load_rules().rules if r.id == "mt-garbled-compound"]
    assert check_text("They met at the bilateral trade working group in October.", rule) == []
    # the same words without the accepted form whole are still read
    found = check_text("The combination of source network load storage keeps the lights on.", rule)
    assert [f.text for f in found] == ["source network load storage"]
