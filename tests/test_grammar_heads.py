"""The ``grammar`` frames of the fortieth round (issue 9, the kind `other`;
``audit/detectors/grammar_heads.py``): `singular-have` ("and the recovery rate have risen", "The
accuracy rate of sorting have increased"), `singular-which` ("a glacier database which include
observation records", "a farmer who grow tea"), `count-singular` ("2,863 ancient tree in"),
`plural-which` ("the prescription drugs which needs"), `whose-verb` ("whose loading rate fall"), `plural-adverb-verb` ("the sensors
occasionally fails") and `demonstrative-subject` ("These
problem must"), on the slips they are for and on correct English
that uses the same closed words (``tests/data/grammar_heads40_good.txt``: group nouns and
institutions in British usage, the subjunctive, heads of a part, relatives after a preposition's
object, modals)."""

from pathlib import Path

import pytest

from audit.detectors.grammar_heads import CHECKS
from rule_helpers import grammar_found as found, read_as_each_repeat

FLAG = [
    ("singular-have", "Companies made breakthroughs, and the recovery rate have risen from about 40 percent.",
     "the recovery rate have"),
    ("singular-have", "The accuracy rate of sorting have increased from 38% to 86%.",
     "The accuracy rate of sorting have"),
    ("singular-have", "Officials said the new bridge were finished in May.", "the new bridge were"),
    ("singular-have", "Since 2020, the price of pork have fallen.", "the price of pork have"),
    ("singular-have", "The road is busy because the tunnel are closed.", "the tunnel are"),
    ("singular-have", "Every farm have received a subsidy.", "Every farm have"),
    ("singular-which", "The province will build a glacier database which include observation records.",
     "a glacier database which include"),
    ("singular-which", "Last year a farmer who grow tea earned 80,000 yuan.", "a farmer who grow"),
    ("singular-which", "It created a fund which support small firms.", "a fund which support"),
    ("count-singular", "The survey has found 2,863 ancient tree in the county.", "tree"),
    ("count-singular", "The farmers raise silkworms in four box every spring.", "box"),
    ("count-singular", "The village has two modern clinic, and each has a doctor.", "clinic"),
    ("plural-adverb-verb", "Some residents complained that the sensors occasionally fails to register a car.",
     "the sensors occasionally fails"),
    ("plural-adverb-verb", "The workers usually goes home at six.", "The workers usually goes"),
    ("demonstrative-subject", "These problem must be solved before the rainy season.", "These problem"),
    ("demonstrative-subject", "Officials said those bridge have no railings.", "those bridge"),
    ("plural-which", "They stock 1,200 medicines, including the prescription drugs which needs a prescription.",
     "the prescription drugs which needs"),
    ("plural-which", "The firm sells the machines which makes ice.", "the machines which makes"),
    ("whose-verb", "Routes whose loading rate fall below 20% for three months will be cut.", "whose loading rate fall"),
    ("whose-verb", "Firms whose output rise by 5 percent get a bonus.", "whose output rise"),
]

GOOD = Path(__file__).parent / "data" / "grammar_heads40_good.txt"


@pytest.mark.parametrize("check,text,span", FLAG)
def test_slip_is_reported_with_its_span(check, text, span):
    assert [hit for hit, _ in found(check, text)] == [span]


def test_a_count_suggests_the_plural():
    assert found("count-singular", "They planted three new tree last year.") == [("tree", "trees")]


def test_correct_english_passes_every_frame():
    lines = [line for line in GOOD.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = "\n\n".join(lines)
    assert {check: found(check, text) for check in CHECKS if found(check, text)} == {}
    assert len(lines) >= 150


def test_a_subject_after_a_comma_and_a_name_is_a_second_subject():
    # ", and" opens a second clause only after a finite verb
    assert found("singular-have", "Ms Rahman, 29, and her husband have applied twice.") == []
    assert found("singular-have", "The towns, the villages, and the city have grown.") == []


def test_frames_read_a_long_line_as_they_read_each_repeat():
    for check, text, _ in FLAG:
        assert read_as_each_repeat(lambda t: found(check, t), text + " "), check


def test_singular_have_lookahead_changes_no_match():
    # ``_SINGULAR_HAVE`` opens with a lookahead of its determiner (speed only): the same searches,
    # from every position ``_singular_have`` resumes at, as the pattern without it
    import random

    import regex

    from audit.detectors import grammar_heads as gh
    fast = regex.compile(gh._SINGULAR_HAVE.pattern, gh._SINGULAR_HAVE.flags)
    lead = "(?=" + gh._DETERMINER + "[ ])"
    assert fast.pattern.startswith(lead)
    plain = regex.compile(fast.pattern[len(lead):], fast.flags)
    rng = random.Random(45)
    pieces = [text for _, text, _ in FLAG] + lines_of(GOOD) + [
        "and the", "; the city have", ", but its plan were", "that the firm have", "\"The club were", "(Its",
        "Every farm have", "the price of pork have", "The", "the", "rate", "have", "are", "were", "\n"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(200)]
    compared = 0
    for text in texts:
        for at in range(0, len(text) + 1, 5):
            a, b = fast.search(text, at), plain.search(text, at)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, at)
            compared += a is not None
    assert compared > 100


def lines_of(path):
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:200]
