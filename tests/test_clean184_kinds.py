"""Kinds of false alarm the blind clean set clean_fresh184 drew on the forty-eighth round's base
catalog (issue 9; 6 findings in 11,544 words), each passed as a kind while the MT shape beside it
is still reported: a club named by its name's last word at a sentence's start, which the
document gives a plural verb ("City will pay" ... "City are 17th"); a saying's image word English
uses plainly ("the books become decoration"); a person's name set off after a role ("The writer,
Daniel Price, spent"); a count that closes a group's noun phrase before the group's verb and its
object ("a cast of six play every role"); an affirmative "does" before a verb inside a literal
match, English's do-support ("finish does pick up reflections", read as 终成泡影). Left: "a pair of
overdressed Ugly Sisters" (a run ending on a kinship noun is as often MT's: "four Rural Sisters",
"Digital Twins")."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits, ungated_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


@pytest.mark.parametrize("text, expected", [
    ("Halford City took Wendt on loan. City will pay a loan fee of 3m euros. City are 17th.\n", []),
    ("Derby County lost again. County have won once since August. County will sell.\n", []),
    # a place's name takes no plural verb: still a bare subject
    ("The county said so on Monday. City will build new roads next year.\n", ["City will"]),
    ("Hefei City has 9 million people. City will invest 3 billion yuan in roads.\n", ["City will"]),
    ("Xiangshan County is near the sea. County will build a new port.\n", ["County will"]),
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
    ("The fitness facilities in the village have become decorations.\n", ["become decorations"]),
    ("The fire extinguishers became mere decorations.\n", ["became mere decorations"]),
])
def test_decoration_is_an_image_only_with_its_article(text, expected):
    assert _spans("mt-idiom-sayings-images", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The writer, Daniel Price, spent 15 years working in the steel industry.\n", []),
    ("Her husband, Peter Stone, said the house was sold.\n", []),
    # a run after a role with no comma after it, or after no role, is still read (gate off)
    ("Residents can report violations to the Fire Branch through the hotline.\n", ["Fire Branch"]),
    # a run between commas after a noun that is no role, or a longer run, is still read
    ("The county upgraded its sewage plant, Bus Stops, and public toilets this year.\n", ["Bus Stops"]),
    ("Reports go to the community center, Fire Branch, and the old bridge office.\n", ["Fire Branch"]),
    ("At present, Bus Stops, built by the county, cover every village.\n", ["Bus Stops"]),
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
    ("The bureau finances the construction of five project every year.\n", ["project"]),
    ("The centre trained a group of twenty guide every spring.\n", ["guide"]),
    ("The hotel hired a team of five cook every summer.\n", ["cook"]),
    ("The town set up a group of four project this weekend.\n", ["project"]),
])
def test_count_closes_a_group_before_its_verb(text, expected):
    assert _spans("count-adjective-singular-noun", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The glossy finish does pick up reflections in bright rooms, and there is no matte option.\n", []),
    ("The glossy finish DOES indeed pick up reflections in bright rooms, and there is no matte option.\n", []),
    # a negated auxiliary renders 不 and stays, before or after the negation
    ("Sharpening the knife does not delay the cutting of firewood, the farmers say.\n",
     ["Sharpening the knife does not delay the cutting of firewood"]),
    ("Sharpening the knife never did delay the cutting of firewood, the farmers say.\n",
     ["Sharpening the knife never did delay the cutting of firewood"]),
    # "did" saying 作 of 挂图作战 (a character of doing) stays
    ("The county officials hung up the map and did battle over the winter.\n", ["hung up the map and did battle"]),
])
def test_emphatic_do_is_english_syntax(text, expected):
    assert _spans("mt-literal-rendering", text) == expected
