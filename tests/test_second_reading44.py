"""MT shapes the forty-fourth round's false-alarm fixes must leave reported (the second reading
of the round's merged change found each one passed; each test failed before its fix): a tax's
word inside a title-case run, an adjective and a charge's head after "a", a pet's noun used as a
modifier, a show or a game before a capitalised common word, "told X to" in capitals, and a part
counted "a year ago"."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits, ungated_hits

CATALOG = load_rules()


@pytest.mark.parametrize("rule_id, text, expected", [
    # a run that ends on a tax's head is its name; a tax's word inside a run is not
    ("mt-title-case-bare-object-43", "The county will cut Tax Burden on small firms this year.", ["Tax Burden"]),
    ("mt-title-case-bare-object-43", "Heirs who inherit a house may have to pay Inheritance Tax on it.", []),
    # a pet's noun before a capitalised word names it only after "the" or an owner
    ("capitalised-common-noun", "Many pet Owners in the city complained about the new fees.", ["Owners"]),
    ("mt-capitalised-common-word", "After the show, Visitors were asked to wait outside. Later a few Visitors "
                                   "complained about the queue.", ["Visitors", "Visitors"]),
    ("mt-capitalised-common-word", "In the game, Players must wait for a turn. Some Players complained about the "
                                   "rules.", ["Players"]),
    ("mt-capitalised-common-word", "She walked her dog, Mate, along the beach every morning. Later Mate barked at "
                                   "the gulls.", []),
])
def test_ungated(rule_id, text, expected):
    assert ungated_hits(CATALOG.get(rule_id), text) == expected


def _found(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


def test_people_told_to_do_something_in_capitals_are_no_outlet():
    text = "Officials told VILLAGERS to leave before noon. Later VILLAGERS were moved to the school."
    assert _found("all-caps-word", text) == ["VILLAGERS"]  # as before the round: the first use
    outlet = "The singer told PEOPLE about the tour. PEOPLE can exclusively confirm the dates."
    assert _found("all-caps-word", outlet) == []


@pytest.mark.parametrize("text, expected", [
    ("The library bought 5,600 books: 3,100 novels a year ago and 2,900 textbooks.", ["5,600 books"]),
    ("The firm has 50 shops: 30 shops a year ago and 25 shops now.", ["50 shops"]),
    # a rate per unit of time is no part of a count
    ("The plant handled 50 tonnes of silt: 30 tonnes an hour in spring and 25 tonnes in summer.", []),
    ("The plant handled 50 tonnes of silt: 30 tonnes an hour on weekdays and 25 tonnes in summer.", []),
])
def test_a_moment_is_no_rate(text, expected):
    assert _found("figure-parts-do-not-sum", text) == expected


@pytest.mark.parametrize("rule_id, text", [
    # correct English the widened shapes of branch detect44b flagged (second reading): left as before
    ("calque-according-to-introduction", "It was learned, police said, that the suspect had fled to Spain."),
    ("calque-according-to-introduction", "Language is a skill. It is learned, often slowly, through use."),
    ("calque-according-to-introduction", "It was learned, however, that the ship had already left port."),
    ("calque-do-well-drive", "USAID said the project helped farmers increase income by 40 percent."),
    ("calque-do-well-drive", "Renting out a spare room is one way for residents to increase income without moving."),
    ("calque-our-province", "Editorial: Our Province Deserves a Better Deal on Health Funding"),
    ("calque-our-province", "Correction: our banner headline on Friday misspelled the minister's name."),
])
def test_correct_english_stays_silent(rule_id, text):
    assert ungated_hits(CATALOG.get(rule_id), text) == []


LEDE = ("County Opens Three Cold Storage Centres\n\nRecently, the county opened three cold storage "
        "centres for fruit growers.\n\nThe centres hold 2,000 tonnes.\n")


def test_the_ledes_recently_is_read_with_crlf_line_ends():
    rule = CATALOG.get("mt-report-openers")
    assert ungated_hits(rule, LEDE) == ["Recently,"]
    assert ungated_hits(rule, LEDE.replace("\n", "\r\n")) == ["Recently,"]


def test_a_paragraph_ending_in_a_bracket_is_no_headline():
    text = ("Night Market Opens in Old Town\n\nThe market opens at six on Fridays. (Stalls close at ten.)\n\n"
            "Recently, stalls have sold out by nine.\n")
    assert ungated_hits(CATALOG.get("mt-report-openers"), text) == []
