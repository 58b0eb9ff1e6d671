"""The ``grammar`` frames of the forty-first round (issue 9, the kind `other`;
``audit/detectors/grammar_phrases.py``): `plural-phrase-singular` ("The houses in the village was
rebuilt"), `partitive-figure` ("of which 3,218 is wheat"), `plural-its-own` ("the workshops,
which cannot afford its own equipment") and `there-past` ("There were 300 people attended the
meeting"), `plural-relative` ("the villages that was hit") and `quantity-singular` ("Thousands of visitor
came"), on the slips they are for and on correct English that uses the same closed words
(``tests/data/grammar_phrases41_good.txt``: heads of a part or kind, amounts, names and titles,
group nouns, the subjunctive, inversions, passive participles, quotations)."""

from pathlib import Path

import pytest

from audit.detectors.grammar_phrases import CHECKS
from rule_helpers import grammar_found as found, read_as_each_repeat

FLAG = [
    ("plural-phrase-singular", "The houses in the village was rebuilt after the flood.", "The houses in the village was"),
    ("plural-phrase-singular", "Officials said the owners of the shops on the high street is angry.",
     "the owners of the shops on the high street is"),
    ("plural-phrase-singular", "The houses damaged in the flood has been rebuilt.", "The houses damaged in the flood has"),
    ("partitive-figure", "The seed bank holds 5,000 samples, of which 3,218 is wheat.", "of which 3,218 is"),
    ("partitive-figure", "The county has 2,400 old trees, among them 1,016 is under protection.", "among them 1,016 is"),
    ("partitive-figure", "The group has 30 members, of whom 12 was women.", "of whom 12 was"),
    ("plural-its-own", "The company said the workshops, which cannot afford its own equipment, will share one.",
     "the workshops, which cannot afford its own"),
    ("plural-its-own", "Many villages have its own clinic.", "Many villages have its own"),
    ("there-past", "There were 300 people attended the meeting.", "There were 300 people attended"),
    ("there-past", "In the final there were 86 teams and 1,400 players took part.",
     "there were 86 teams and 1,400 players took"),
    ("there-past", "By May the city has 1,256 families signed the contracts.", "has 1,256 families signed"),
    ("there-past", "There were 30 people died in the fire.", "There were 30 people died"),
    ("plural-relative", "The projects that was approved last year will start.", "The projects that was approved"),
    ("plural-relative", "Officials visited the villages that was hit by the flood.", "the villages that was hit"),
    ("plural-relative", "Officials said farmers who has been trained earn more.", "farmers who has been trained"),
    ("quantity-singular", "Thousands of visitor came to the fair.", "visitor"),
    ("quantity-singular", "Several hundred farmer joined the cooperative.", "farmer"),
    ("quantity-singular", "It rained. Both village were flooded.", "village"),
]

GOOD = Path(__file__).parent / "data" / "grammar_phrases41_good.txt"


@pytest.mark.parametrize("check,text,span", FLAG)
def test_slip_is_reported_with_its_span(check, text, span):
    assert [hit for hit, _ in found(check, text)] == [span]


def test_a_count_suggests_the_plural_verb():
    assert found("partitive-figure", "It holds 5,000 samples, of which 3,218 is wheat.") == [
        ("of which 3,218 is", "of which 3,218 are")]


def test_a_relative_suggests_the_plural_verb():
    assert found("plural-relative", "They rebuilt the houses which has been damaged.") == [
        ("the houses which has been damaged", "the houses which have been damaged")]


def test_a_relative_after_a_preposition_or_a_comma_may_be_another_nouns():
    assert found("plural-relative", "He repaired the roof of the houses that was damaged.") == []
    assert found("plural-relative", "Gas comes from nearby coking plants, which is purified.") == []


def test_correct_english_passes_every_frame():
    lines = [line for line in GOOD.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = "\n\n".join(lines)
    assert {check: found(check, text) for check in CHECKS if found(check, text)} == {}
    assert len(lines) >= 200


def test_frames_read_a_long_line_as_they_read_each_repeat():
    for check, text, _ in FLAG:
        assert read_as_each_repeat(lambda t: found(check, t), text + " "), check
