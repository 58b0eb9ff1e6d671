"""The `literal` type's forty-seventh round (issue 9, detect47c): the character glosses that made
a match of common words on clean English. A gloss that is an affix ("post-" of 后) is no English
word; a gloss that opens with an article ("the will" of 志) names a thing; a function-word sense
marked literary, dialect, archaic or old (争 "how or what (literary)") is not what a news
translation renders. The last two no longer make a character optional (``Entry.strong``), so a
match must render it."""
import pytest

from audit.detectors import literal
from audit.detectors.literal_index import _function_gloss, gloss_stems, load_index


def _entry(simplified):
    return next(e for e in load_index().entries if e.simplified == simplified)


def test_affix_gloss_renders_no_word():
    assert gloss_stems(["back", "rear", "post-"], heads=True) == {"back", "rear"}
    assert gloss_stems(["to lack", "no", "un-", "-less"]) == {literal.stem("lack")}
    assert "post" in gloss_stems(["post", "mail"], heads=True)  # the word itself stays


@pytest.mark.parametrize("glosses,expected", [
    (["aspiration", "ambition", "the will"], False),      # 志: "the will" is a noun
    (["to strive for", "to vie for", "how or what (literary)"], False),  # 争
    (["within", "among", "in", "middle", "center"], True),  # 中: "in" is a function gloss
    (["each other", "one another", "mutually"], True),     # 相
    (["can", "will", "to meet"], True),                    # 会: "will" alone is still a function word
])
def test_function_gloss(glosses, expected):
    assert _function_gloss(glosses) is expected


@pytest.mark.parametrize("idiom,position", [("志得意满", 0), ("争名夺利", 0)])
def test_meaning_characters_are_required(idiom, position):
    assert position in _entry(idiom).strong


def test_after_character_has_no_post_word():
    assert "post" not in _entry("承前启后").units


def test_three_characters_need_three_words_of_their_own():
    """"governments" glosses 相 of 相机而动, which "allowing" (相机 "as the circumstances allow")
    has taken: two words render the match, and a third that renders nothing does not count."""
    from audit import check_text, load_rules
    catalog = load_rules()
    rule = catalog.get("mt-literal-rendering")
    text = "The money comes from allowing city governments to use part of their bond quota."
    assert [f for f in check_text(text, [rule]) if f.rule == rule.id] == []
