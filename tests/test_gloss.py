"""The ``gloss`` detector: Chinese words rendered one character at a time ("hand machine")."""
from __future__ import annotations

import os

import pytest
import yaml

from audit.detectors import DETECTORS, ParamError, check_params
from audit.detectors import gloss

DEV = os.path.join(os.path.dirname(__file__), "data", "gloss_dev.yaml")
with open(DEV, encoding="utf-8") as fh:
    DEV_DATA = yaml.safe_load(fh)


class _Doc:
    def __init__(self, text):
        self.text = text


def _state(**overrides):
    dtype = DETECTORS["gloss"]
    return dtype.prepare(check_params(dtype, overrides))


def _find(text, **overrides):
    return gloss.detect(_Doc(text), _state(**overrides))


@pytest.mark.parametrize("text, span, suggestion, source", [
    ("Most students now carry a hand machine to class.", "hand machine", "cell phone", "手机"),
    ("The fire car left the station at noon.", "fire car", "train", "火车"),
    ("The fire mountain erupted on Sunday.", "fire mountain", "volcano", "火山"),
    ("The fly machine landed safely.", "fly machine", "airplane", "飞机"),  # a verb sense before the head
    ("Work on the ground iron line began in May.", "ground iron", "subway", "地铁"),
])
def test_flags_a_character_by_character_rendering(text, span, suggestion, source):
    hits = _find(text)
    assert len(hits) == 1
    hit = hits[0]
    assert text[hit.start:hit.end] == span
    assert hit.suggestion == suggestion
    assert hit.fields["source"].startswith(source + " (")


@pytest.mark.parametrize("text", DEV_DATA["clean"])
def test_ordinary_english_pairs_are_silent(text):
    assert _find(text) == []


def _found(items):
    return [item["span"] for item in items
            if any(item["text"][h.start:h.end] == item["span"] for h in _find(item["text"]))]


def test_recall_on_the_development_list():
    # 9 of 25 when the settings were chosen on them, 8 of the 16 written afterwards (README:
    # "The `gloss` type"); a change that loses any should be a decision, not an accident.
    found = _found(DEV_DATA["render"])
    assert len(found) >= 9, found
    assert {"hand machine", "fire car", "fly machine", "ground iron", "electric brain", "white vegetables"} <= set(found)
    added = _found(DEV_DATA["added"])
    assert len(added) >= 8, added
    assert {"fire mountain", "sea pass", "person mouth"} <= set(added)
    fresh = _found(DEV_DATA["fresh"])  # 10 of 15 when first measured, 8 naming the right word
    assert len(fresh) >= 10, fresh


def test_english_closed_compound_is_skipped():
    # "bearcat" is an English word (Zipf 2.2): "bear cat" is not reported for 熊猫.
    text = "The zoo welcomed a baby bear cat last week."
    assert _find(text) == []
    assert [text[h.start:h.end] for h in _find(text, compound_zipf=9)] == ["bear cat"]


def test_plural_head_unless_it_may_be_a_verb():
    text = "The white vegetables were cheap this winter."
    assert [text[h.start:h.end] for h in _find(text)] == ["white vegetables"]
    assert _find(text, plural_head=False) == []
    index = gloss.load_index()
    assert gloss.stem("look") in index.verb_heads  # 看 "to look": "looks" may be a verb
    assert gloss.stem("vegetable") not in index.verb_heads


def test_a_noun_sense_renders_as_its_adjective():
    # 电 "electricity" (its second sense) -> "electric"; 国 "nation" -> "national".
    assert gloss._adjectives("electricity") == ["electric"]
    assert gloss._adjectives("nation") == ["national"]
    assert gloss._adjectives("culture") == ["cultural"]
    assert gloss._adjectives("economy") == ["economic", "economical"]
    text = "He bought a new electric brain for his daughter."
    hits = _find(text)
    assert [(text[h.start:h.end], h.suggestion) for h in hits] == [("electric brain", "computer")]


def test_one_word_of_a_sense_is_enough_to_skip_by_default():
    # 红茶 "black tea": "red tea" shares "tea" with it; only whole_sense lets it through.
    text = "The shop sells red tea from Yunnan."
    assert _find(text) == []
    assert [text[h.start:h.end] for h in _find(text, whole_sense=True)] == ["red tea"]


def test_spans_index_the_text():
    for item in DEV_DATA["render"] + DEV_DATA["added"] + DEV_DATA["fresh"]:
        text = item["text"]
        for hit in _find(text):
            assert 0 <= hit.start < hit.end <= len(text)
            assert text[hit.start:hit.end].strip() == text[hit.start:hit.end]


def test_a_sense_that_uses_the_words_is_english():
    # 公开信 "open letter", 黑市 "black market": the dictionary says it the English way.
    assert _find("They wrote an open letter about the black market.") == []


def test_a_name_inside_a_sentence_is_no_gloss():
    # Same words capitalised inside the sentence: a name (a shop, a band), not a rendering.
    assert _find("We met at the Fire Car cafe.") == []
    assert len(_find("Fire car services resumed.")) == 1  # first word of a sentence: not a name


def test_words_joined_by_anything_but_a_space_are_not_a_run():
    assert _find("The fire-car left.") == []
    assert _find("The fire, car and bus left.") == []


def test_inflected_forms_are_clause_words_not_compound_parts():
    assert gloss._inflected("looked", last=True)
    assert gloss._inflected("hands", last=False)
    assert not gloss._inflected("hands", last=True)
    assert not gloss._inflected("glass", last=False)


def test_language_model_association():
    lm = gloss.language_model()
    assert lm.association("hand", "machine") < -0.8
    assert lm.association("high", "school") > 3
    assert lm.association("qwzxv", "school") is None


def test_the_threshold_decides():
    text = "Most students now carry a hand machine to class."
    assert _find(text, max_association=-2.0) == []  # -1.25 is not below -2.0
    assert len(_find(text, max_association=-1.0)) == 1


def test_language_model_loaded_only_for_a_candidate():
    gloss.language_model.cache_clear()
    assert _find("The minister spoke to reporters on Monday.") == []
    assert gloss.language_model.cache_info().currsize == 0
    assert _find("The fire car left.") != []
    assert gloss.language_model.cache_info().currsize == 1


def test_skip_and_allow():
    text = "The fire car left the station at noon."
    assert _find(text, skip=["火车"]) == []
    assert _find(text, allow=["Fire  car"]) == []


@pytest.mark.parametrize("params, key", [
    ({"max_chars": 5}, "max_chars"),
    ({"min_chars": 3, "max_chars": 2}, "max_chars"),
    ({"skip": [""]}, "skip[0]"),
])
def test_bad_parameters_name_their_key(params, key):
    dtype = DETECTORS["gloss"]
    with pytest.raises(ParamError) as err:
        dtype.prepare(check_params(dtype, params))
    assert err.value.key == key


def test_index_holds_readings_and_ranks():
    index = gloss.load_index()
    entry = next(e for e in index.entries if e.simplified == "火车")
    assert entry.readings == ("火huo3", "车che1")
    assert index.glosses["火huo3"][gloss.stem("fire")] == (0, False)  # its first sense, a noun
    assert entry.zipf > 4
