"""The ``literal`` type's fourth pass on recall (issue 9): idioms whose senses are all too long
to offer, characters rendered by words of the entry's literal gloss, and long idioms with one
character left out when every matched word is a rare image. Each behaviour is pinned with the
bundled rule, and switched off by its key to show what the key does."""
from __future__ import annotations

import pytest

from audit import check_text
from audit.detectors import literal
from audit.detectors.literal_index import _shorten
from rule_helpers import bundled_rule, found, mini_dictionary, one_rule

RULE_ID = "mt-literal-rendering"


def _rule(tmp_path, **params):
    """The bundled literal rule (its allow list included) alone, with ``params`` changed."""
    return one_rule(tmp_path, dict(bundled_rule(RULE_ID), **params))


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    return _rule(tmp_path_factory.mktemp("literal_recall"))


@pytest.mark.parametrize("sense,short", [
    # cut before a means ("by"), a purpose ("in order to") or an aside (a dash)
    ("to attract others' interest or suggestions by putting forward one's own modest ideas to get the ball rolling",
     "to attract others' interest or suggestions"),
    ("to make use of something in order to make good the deficits in something else", "to make use of something"),
    ("the door is padlocked \u2014 nobody inside", "the door is padlocked"),
    # before a comma only a verb phrase stands alone: a subject or a clause does not
    ("a real man, if he takes a hit, will seek to even the score", ""),
    ("before punishing someone, one should consider how that would affect others associated with him", ""),
    # "until" bounds the sense: cutting there would change it
    ("a student should not be guided until he has made an effort to express his thoughts", ""),
    # one content word is no phrase
    ("to call by the glorified name of", ""),
    ("", ""),
])
def test_shorten_keeps_the_plain_phrase_a_long_sense_opens_with(sense, short):
    assert _shorten(sense) == short


def test_idioms_without_a_short_sense_are_indexed(tmp_path, monkeypatch):
    path = mini_dictionary(tmp_path, monkeypatch,
        "甲 甲 [jia3] /turtle/\n乙 乙 [yi3] /to climb/\n丙 丙 [bing3] /tree/\n丁 丁 [ding1] /stone/\n"
        # a long fig. sense that shortens
        "甲乙丙丁 甲乙丙丁 [jia3 yi3 bing3 ding1] /lit. a turtle climbs a tree of stone (idiom)/fig. to attempt "
        "something nobody could ever hope to finish by putting in years of useless effort/\n"
        # a long sense that does not: indexed, no suggestion, the sense kept for the message
        "乙丙丁甲 乙丙丁甲 [yi3 bing3 ding1 jia3] /lit. climb a tree, stone a turtle (idiom)/fig. when a turtle "
        "climbs, nobody who watches it can say, in any honest way, what it means/\n"
        # nothing but a literal gloss: it means what it says, not an idiom to flag
        "丙丁甲乙 丙丁甲乙 [bing3 ding1 jia3 yi3] /lit. tree, stone, turtle and climbing/\n")
    entries = {e.simplified: e for e in literal.load_index(str(path)).entries}
    assert sorted(entries) == ["乙丙丁甲", "甲乙丙丁"]
    assert entries["甲乙丙丁"].meanings == ("to attempt something nobody could ever hope to finish",)
    assert entries["甲乙丙丁"].sense == ""
    assert entries["乙丙丁甲"].meanings == ()
    assert entries["乙丙丁甲"].sense == "when a turtle climbs, nobody who watches it can say, in any honest way, what it means"


def test_a_shortened_sense_is_the_suggestion(bundled):
    text = "The city hopes its small subsidy will work by throwing a brick to attract jade."
    findings = check_text(text, bundled)
    assert [(f.text, f.suggestion) for f in findings] == [
        ("throwing a brick to attract jade", "attracting others' interest or suggestions")]
    # all four characters of 抛砖引玉 are rendered, three of 引玉之砖 ("a brick thrown to prompt
    # others to produce a jade"): the entry rendered more fully is named
    assert "抛砖引玉" in findings[0].message and "引玉之砖" not in findings[0].message
    assert "the dictionary meaning is 'attracting others' interest or suggestions'" in findings[0].message


def test_a_finding_without_a_suggestion_gives_the_sense(bundled):
    findings = check_text("Parents hate iron for not becoming steel.", bundled)
    assert [(f.text, f.suggestion) for f in findings] == [("hate iron for not becoming steel", None)]
    message = findings[0].message
    assert "恨铁不成钢" in message and "''" not in message
    assert "the dictionary says it means 'to feel resentful towards someone for failing to meet expectations" in message
    assert "too long to put in its place" in message


def test_meaning_field_with_and_without_a_suggestion():
    entry = literal.Entry("甲乙丙丁", "甲乙丙丁", "jia3", (), "", frozenset(), frozenset(), frozenset(), {},
                          " ".join(["zz"] * 40))
    assert literal._meaning(entry, "to do well") == "the dictionary meaning is 'to do well'"
    long = literal._meaning(entry, None)
    assert long.startswith("the dictionary says it means 'zz zz") and "zz ...'" in long
    assert long.count("zz") == literal._SENSE_WORDS
    assert "no sense" in literal._meaning(entry._replace(sense=""), None)


def test_a_literal_gloss_word_renders_a_character_no_word_glosses(bundled, tmp_path):
    # 止 glosses "stop", not "quench"; 饮鸩止渴's literal gloss says "quenching", and "thirst" is
    # not the gloss "thirsty" of 渴: both rarer than Zipf 4.5, each may stand for one character
    text = "Borrowing from loan sharks is drinking poison to quench thirst."
    assert found(bundled, text) == [
        ("drinking poison to quench thirst", "a supposed remedy that only makes matters worse")]
    assert found(_rule(tmp_path, borrow_zipf=0), text) == []


def test_borrow_zipf_is_the_rarity_a_borrowed_word_needs(tmp_path):
    # only 渴 is missing (止 is not required: it has a function-word gloss); "quench" (Zipf 2.9)
    # may stand for it under 3.0, nothing may under 2.8 ("thirst" is 3.6)
    text = "Borrowing from loan sharks is drinking poison to quench thirst."
    assert [t for t, _ in found(_rule(tmp_path, borrow_zipf=3.0), text)] == ["drinking poison to quench thirst"]
    assert found(_rule(tmp_path, borrow_zipf=2.8), text) == []


def test_one_character_may_go_unrendered_when_every_word_is_a_rare_image(bundled, tmp_path):
    # 隔 is said as "through"; scratching, itch and boot are all rarer than Zipf 4.5, out of order
    text = "Critics called the new rules scratching an itch through a boot."
    assert found(bundled, text) == [("scratching an itch through a boot", "beside the point")]
    assert found(_rule(tmp_path, rare_zipf=0), text) == []
    assert found(_rule(tmp_path, rare_ordered=True), text) == []  # boot (靴) comes last in English


@pytest.mark.parametrize("text", [
    "Meals are cooked and eaten in the courtyard.",  # one character left out and two things joined
    "This kind of rumour spreads all over the village.",
    "A thin dead camel is still bigger than a horse.",
    # 一张白纸 is left out of literal_idioms.txt: its glosses are ordinary English (a clean
    # review opened "with a blank sheet of paper"); the longer saying that holds it stays
    "It takes confidence to open an exhibition with a blank sheet of paper.",
])
def test_silent_on_descriptions(bundled, text):
    assert found(bundled, text) == []


def test_a_saying_holding_an_ordinary_phrase_is_still_found(bundled):
    text = "The new district was built like painting on a blank sheet of paper, officials said."
    assert [s for s, _ in found(bundled, text)] == ["painting on a blank sheet of paper"]


# Issue 9's sixth pass: words MT uses for a character that CC-CEDICT's glosses lack
# (``literal_glosses.txt``), and adverbs in -ly standing for the adjective a character glosses.
@pytest.mark.parametrize("text,span", [
    # 军 glosses "army", "military": MT says "troops"
    ("Applicants compare it to thousands of troops and horses crossing a bridge.",
     "thousands of troops and horses"),
    # 锅 glosses "pot", "pan": "wok"
    ("The clerks ended up carrying the black wok for their managers.", "carrying the black wok"),
    # 厚 "thick", 薄 "thin", 发 "send out": "accumulated thickly and released thinly"
    ("The team accumulated thickly and released thinly over ten years.", "accumulated thickly and released thinly"),
])
def test_words_mt_uses_that_the_glosses_lack(bundled, text, span):
    assert [s for s, _ in found(bundled, text)] == [span]


@pytest.mark.parametrize("text", [
    "Sites close to brightly lit towns saw birds arrive later.",  # an adverb is no word of a set phrase (近光灯)
    "The early train was thinly booked.",
    "Troops were sent to the border on Monday.",
])
def test_extra_glosses_and_adverbs_keep_ordinary_english_quiet(bundled, text):
    assert found(bundled, text) == []


@pytest.mark.parametrize("word,adjective", [
    ("thickly", "thick"), ("thinly", "thin"), ("happily", "happy"), ("gently", "gentle"),
    ("early", None),  # five letters: "ear" is not its adjective
    ("family", None),  # no English word it could come from
])
def test_adjective_of_an_adverb(word, adjective):
    from audit.detectors.literal_index import load_index

    assert literal._adjective(word, load_index()) == adjective
