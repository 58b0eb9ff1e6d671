"""Kinds of false alarm the blind clean set clean_fresh184 drew on the forty-eighth round's base
catalog (issue 9; 6 findings in 11,544 words), each passed as a kind while the MT shape beside it
is still reported: a club named by its name's last word at a sentence's start ("Halford City"
... "City will pay"); a saying's image word English uses plainly ("the books become
decoration"); a named pair of characters whose run ends on a kinship noun ("a pair of
overdressed Ugly Sisters"); a person's name set off after a role ("The writer, Daniel Price,
spent"); a count that closes a group's noun phrase before the group's verb and its object ("a
cast of six play every role"). The literal rendering the set drew ("finish does pick up
reflections" read as 终成泡影) is left to the literal detector's own tests."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits, ungated_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


@pytest.mark.parametrize("text, expected", [
    ("Halford City took Wendt on loan from Lindenberg. City will pay a loan fee of 3m euros.\n", []),
    ("Derby County lost again. County have won once since August.\n", []),
    # no name of the document ends in the word: still a bare subject
    ("The county said so on Monday. City will build new roads next year.\n", ["City will"]),
    ("The bureau met on Monday. Government will invest 3 billion yuan in rural roads.\n", ["Government will"]),
])
def test_club_short_name_opens_a_sentence(text, expected):
    assert _spans("bare-count-noun-object", text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"If we do not teach the young people, the books become decoration."\n', []),
    ("The old jars were turned into decorations for the festival.\n", []),
    ("Without staff, the rules have become mere decoration.\n", []),
    ("The new bins became a furnishing.\n", ["became a furnishing"]),
    ("The inspection system became a decoration after a year.\n", ["became a decoration"]),
])
def test_decoration_is_an_image_only_with_its_article(text, expected):
    assert _spans("mt-idiom-sayings-images", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("This time he plays one of a pair of magnificently overdressed Ugly Sisters in the kitchen scene.\n", []),
    ("The label signed three close-harmony Singing Sisters from Ohio.\n", []),
    # a run of common nouns with another head is still read
    ("The county installed Smoke Detectors in every home last year.\n", ["Smoke Detectors"]),
])
def test_run_ending_on_a_kinship_noun_is_a_name(text, expected):
    assert _spans("capitalised-common-noun", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The writer, Daniel Price, spent 15 years working in the steel industry.\n", []),
    ("Her husband, Peter Stone, said the house was sold.\n", []),
    # a run after a role with no comma after it, or after no role, is still read (gate off)
    ("Residents can report violations to the Fire Branch through the hotline.\n", ["Fire Branch"]),
    ("The bureau asked the writer to contact Fire Branch staff, who said no.\n", []),
])
def test_name_in_apposition_after_a_role(text, expected):
    assert ungated_hits(CATALOG.get("mt-title-case-phrase"), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In Bermondsey a cast of six play every role, from Scrooge to Tiny Tim.\n", []),
    ("The family of four share this flat with a lodger.\n", []),
    # a count in a noun phrase is still read: after a preposition, after "a total of", before a time
    ("The farmers raise silkworms in four box every spring.\n", ["box"]),
    ("The county has a total of five project every year.\n", ["project"]),
    ("The team of five project this year is over budget.\n", ["project"]),
])
def test_count_closes_a_group_before_its_verb(text, expected):
    assert _spans("count-adjective-singular-noun", text) == expected
