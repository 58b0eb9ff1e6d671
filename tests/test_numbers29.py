"""The twenty-ninth round's gated rules (issue 9): a capital the story itself writes in lower
case (``capital_in_story``), parts that contradict their total (``parts_total``), a percentage
change its own figures contradict (``change_fit``), a finished tense dated in the future, an
elided "but did" with nothing to contrast, a body's name cut before its head noun.

Each rule is taken from the bundled catalog and run ungated (a gated rule's detector, as the
examples test it); the cases pin the span each reports and what passes beside it. The pass
cases include ordinary English that used each trigger in its normal sense (the round's own
review) and the classes of the clean sets' findings with the gate off."""
import pytest

from audit import load_rules
from audit.engine import check_text
from audit.rules import RuleError
from tests.rule_helpers import one_rule, ungated_hits

CATALOG = load_rules()
RULES = {r.id: r.ungated() for r in CATALOG.rules}
ROUND = ["mt-capital-clause-end-29", "mt-capital-body-word-29", "mt-past-with-future-time-29",
         "mt-but-did-without-negative-29", "mt-parts-exceed-total-29", "mt-parts-miss-total-29",
         "mt-change-rate-does-not-fit-29", "mt-change-increment-does-not-fit-29", "mt-cut-name-remit-29"]


def spans(rule_id, text):
    return ungated_hits(RULES[rule_id], text)


def test_every_rule_of_the_round_is_gated_and_in_one_section():
    ids = [r.id for r in CATALOG.rules]
    for rid in ROUND:
        assert next(r for r in CATALOG.rules if r.id == rid).gate is not None, rid
    positions = sorted(ids.index(rid) for rid in ROUND)
    assert positions == list(range(positions[0], positions[0] + len(ROUND)))
    assert ids[positions[-1] + 1] == "mt-term-law-party-society-30c"  # the thirtieth round's law, health and society terms follow
    assert ids[positions[0] - 1] == "mt-cut-name-abbreviation"  # the twenty-eighth round's section ends before


def test_the_rules_are_silent_in_a_document_the_gate_keeps_shut():
    # With the whole catalog (the gate's evidence comes from its ungated rules): a lone slip in a
    # story that shows no other sign of machine translation stays quiet, though the rule alone
    # flags it.
    text = "Farmers grow rice here, and the rice is cheap. \"The income is not lower than the Rice,\" she said."
    assert spans("mt-capital-clause-end-29", text) == ["Rice"]
    assert [f.rule for f in check_text(text, CATALOG.rules) if f.rule in ROUND] == []


CASES = [
    # capitals at a clause's end, on the story's own lower-case evidence
    ("mt-capital-clause-end-29", "Farmers grow rice; the rice is cheap. \"The income is not lower than the Rice,\" she said.", ["Rice"]),
    # after "the", the story's lower-case use must stand after a determiner too (review29)
    ("mt-capital-clause-end-29", "Farmers grow rice. \"The income is not lower than the Rice,\" she said.", []),
    ("mt-capital-clause-end-29", "Her father fought in the Resistance, and resistance to the occupation cost him his life.", []),
    ("mt-capital-clause-end-29", "England regained the Ashes, and the ashes of a burnt bail were placed in the urn.", []),
    ("mt-capital-clause-end-29", "Farmers grow rice. \"The income is not lower than the rice,\" she said.", []),
    ("mt-capital-clause-end-29", "\"The income is not lower than the Rice,\" she said.", []),  # no lower-case use
    ("mt-capital-clause-end-29", "Farmers sold their goats at the fair. One family sold a young Goat.", ["Goat"]),
    ("mt-capital-clause-end-29", "Our treasury team briefed the Treasury.", []),  # a unique body's short name
    ("mt-capital-clause-end-29", "Workers at the mint watched the Mint.", []),
    ("mt-capital-clause-end-29", "Rice prices rose, said Rice.", []),  # a name after a verb of saying
    ("mt-capital-clause-end-29", "Police said the road was shut, and a driver informed Police.", []),
    ("mt-capital-clause-end-29", "Traffic was diverted at West 35th Street and another street near 33rd Street.", []),
    ("mt-capital-clause-end-29", "The band played \"Dancing on the Water\", a tune about water.", []),
    ("mt-capital-clause-end-29", "The scene (Walking in the Garden) is set in a garden.", []),
    ("mt-capital-clause-end-29", "The lab said that Frontier, one of the fastest computers, found a new frontier.", []),
    ("mt-capital-clause-end-29", "The shares of the Company rose; the Company owns it, as other companies do.", []),
    ("mt-capital-clause-end-29", "Homes were cheap. He made a film called Home.", []),
    ("mt-capital-clause-end-29", "He lives near Hyde Park and walks in the park.", []),
    ("mt-capital-clause-end-29", "A letter closes: \"I am, dear Brother, your brother.\"", []),
    # a body's word after an article in a story that names no such body
    ("mt-capital-body-word-29", "The company pays a bonus. \"Now the Company recognizes my skill,\" she said.",
     ["Company"]),
    ("mt-capital-body-word-29", "Shandong Steel Company pays a bonus; the Company treats staff well, unlike other companies.",
     []),
    ("mt-capital-body-word-29", "Leaders of the Group of 20 met in Rio, and each group sent a minister.", []),
    ("mt-capital-body-word-29", "A spokesman for the University and College Union said universities faced cuts.", []),
    ("mt-capital-body-word-29", "The Company paid a dividend; no other company did, and the Company grew.", []),
    ("mt-capital-body-word-29", "The company said the plan was good.", []),
    ("mt-capital-body-word-29", 'Astronauts aboard the Station carried out repairs, and the space station was undamaged.', []),  # a unique body's nickname (review29)
    ("mt-capital-body-word-29", 'Unionists in the Province are wary, as voters in any province would be.', []),  # a unique body's nickname (review29)
    ("mt-capital-body-word-29", 'The FBI says agents at the Bureau were told to cooperate with every bureau office.', []),  # a unique body's nickname (review29)
    # a finished tense dated in the future
    ("mt-past-with-future-time-29", "Song had been awarded a national gold award for voluntary blood donation next year.",
     ["had been awarded"]),
    ("mt-past-with-future-time-29", "The final has been held in Chengdu tomorrow.", ["has been held"]),
    ("mt-past-with-future-time-29", "The team has been awarded further observing time next year on the telescope.", []),
    ("mt-past-with-future-time-29", "Contracts have been signed for delivery next year.", []),
    ("mt-past-with-future-time-29", "The plan was approved and will take effect next year.", []),
    ("mt-past-with-future-time-29", "Tickets have been issued for next month's concerts.", []),
    ("mt-past-with-future-time-29", "The budget was approved for next year.", []),
    ("mt-past-with-future-time-29", "She was awarded a scholarship to study in Berlin next year.", []),
    ("mt-past-with-future-time-29", "He was paid next to nothing.", []),
    # an elided "but did" with nothing to contrast
    ("mt-but-did-without-negative-29", "The league said next year's final will be held in Chengdu again, but did.",
     ["but did"]),
    ("mt-but-did-without-negative-29", "Few thought the bill would pass, but it did.", []),
    ("mt-but-did-without-negative-29", "Nobody expected him to win, but he did.", []),
    ("mt-but-did-without-negative-29", "Prices will recover. Slowly, but it will.", []),
    ("mt-but-did-without-negative-29", "He said he would call, but did so a week later.", []),
    ("mt-but-did-without-negative-29", "Analysts expected a cut, but it did not come.", []),
    # parts and their total
    ("mt-parts-exceed-total-29", "Of the 200 firms checked, 150 passed and 70 failed.", ["200"]),
    ("mt-parts-exceed-total-29", "Of the 200 firms checked, 150 passed and 50 failed.", []),
    ("mt-parts-exceed-total-29", "A total of 120 people were injured, including 80 seriously and 50 slightly.", ["120"]),
    ("mt-parts-exceed-total-29", "The county has 5,000 poor households, of which 6,200 have left poverty.", ["5,000"]),
    ("mt-parts-exceed-total-29", "The county has 5,000 poor households, of which 4,200 have left poverty.", []),
    ("mt-parts-exceed-total-29", "Mix the juice of 1 lime, 1 tsp sugar and 4 tbsp stock.", []),
    ("mt-parts-exceed-total-29", "Of the 1.2 million visitors, 800,000 came by train and 300,000 by car.", []),
    ("mt-parts-exceed-total-29", "Of the 1.2 million visitors, 800,000 came by train and 500,000 by car.", ["1.2 million"]),
    ("mt-parts-exceed-total-29", "Of the 300 yuan, 200 yuan went on rent and 150 yuan on food.", []),  # a measure: figure-parts-do-not-sum reads it
    ("mt-parts-exceed-total-29", "Of the 50 patients, 30 percent recovered and 80 percent improved.", []),
    ("mt-parts-exceed-total-29", "Of the 50 members, 40 voted for the motion and 30 voted for the amendment.", []),  # overlapping votes (review29)
    ("mt-parts-miss-total-29", "The city has 5 districts and 3 counties, a total of 9 districts and counties.", ["9"]),
    ("mt-parts-miss-total-29", "The city has 5 districts and 3 counties, a total of 8 districts and counties.", []),
    ("mt-parts-miss-total-29", "The plant sold about 1,200 cars and 800 trucks, totalling 2,200 vehicles.", []),
    ("mt-parts-miss-total-29", "Visitors aged between 18 and 60, a total of 300 people, joined the survey.", []),
    ("mt-parts-miss-total-29", "In 2022 and 2023, a total of 500 people moved in.", []),
    ("mt-parts-miss-total-29", "It sold 1.5 million cars and 500,000 trucks, a total of 2 million vehicles.", []),
    # a percentage change against its own figures, each read with its rounding
    ("mt-change-rate-does-not-fit-29", "Prices fell from 10 yuan to 8 yuan, a drop of 25 percent.", ["25 percent"]),
    ("mt-change-rate-does-not-fit-29", "Prices fell from 10 yuan to 8 yuan, a drop of 20 percent.", []),
    ("mt-change-rate-does-not-fit-29", "Prices rose from 10 yuan to 8 yuan, up 20 percent.", ["20 percent"]),  # a fall
    ("mt-change-rate-does-not-fit-29", "Visitors rose from 1.2 million to 1.5 million, an increase of 30 percent.", []),
    ("mt-change-rate-does-not-fit-29", "The city's GDP rose from 100 billion yuan to 120 billion yuan, up 8 percent at comparable prices.", []),  # a real or annual rate (review29)
    ("mt-change-rate-does-not-fit-29", 'Wages rose from 500 dollars to 550 dollars, up 4 percent in real terms.', []),  # a real or annual rate (review29)
    ("mt-change-rate-does-not-fit-29", 'Sales grew from 1,000 units in 2010 to 2,000 units in 2020, up 7.2 percent a year.', []),  # a real or annual rate (review29)
    ("mt-change-rate-does-not-fit-29", 'Membership rose from 40,000 to 50,000, an increase of 8 percent a year over three years.', []),  # a real or annual rate (review29)
    ("mt-change-rate-does-not-fit-29", 'The population grew from 8 million to 10 million, up 1.1 percent a year.', []),  # a real or annual rate (review29)
    ("mt-change-rate-does-not-fit-29", 'Fares rose from 2 yuan to 3 yuan, up 20 percent in real terms over the decade.', []),  # a real or annual rate (review29)
    ("mt-change-rate-does-not-fit-29", "Visitors rose from 1.2 million to 1.5 million, an increase of 40 percent.",
     ["40 percent"]),
    ("mt-change-rate-does-not-fit-29", "Home sales rose from 4.2 million to 4.6 million, an increase of 9.5 percent.", []),
    ("mt-change-rate-does-not-fit-29", "The rate fell from 5.2 percent to 4.8 percent, a drop of 0.4 percentage points.", []),
    ("mt-change-rate-does-not-fit-29", "Revenue rose from 2019 to 2024, up 40 percent in all.", []),
    ("mt-change-rate-does-not-fit-29", "Prices fell from about 10 yuan to 8 yuan, a drop of 25 percent.", []),
    ("mt-change-increment-does-not-fit-29", "Visitors reached 1.5 million, up 300,000 or 30 percent.", ["30 percent"]),
    ("mt-change-increment-does-not-fit-29", "Visitors reached 1.5 million, up 300,000 or 25 percent.", []),
    ("mt-change-increment-does-not-fit-29", "Sales were 2.4 billion yuan, down 600 million yuan or 30 percent.",
     ["30 percent"]),
    ("mt-change-increment-does-not-fit-29", "Attendance was 45,000, down 5,000 or 10 percent from last season.", []),
    ("mt-change-increment-does-not-fit-29", "The firm earned 2.1 billion euros, up 300 million euros, or 17 percent.", []),
    ("mt-change-increment-does-not-fit-29", "Exports reached 3.4 trillion dollars, up 200 billion dollars or 6 percent.", []),
    ("mt-change-increment-does-not-fit-29", "Sales were 2.4 billion yuan, up 1.0 billion yuan or 40 percent.", ["40 percent"]),
    ("mt-change-increment-does-not-fit-29", "Sales were 2.4 billion yuan, up 1 billion yuan or 40 percent.", []),  # 1 billion: 0.5 to 1.5
    # a body's name cut before its head noun
    ("mt-cut-name-remit-29", "The Emergency Management said drills would be held.", ["The Emergency Management"]),
    ("mt-cut-name-remit-29", "The Hunan Public Security said 30 suspects were held.", ["The Hunan Public Security"]),
    ("mt-cut-name-remit-29", "The Public Security Bureau said the road was shut.", []),
    ("mt-cut-name-remit-29", "The Natural Resources Defense Council said the rule was weak.", []),
    ("mt-cut-name-remit-29", "The Civil Affairs Ministry said shelters were open.", []),
    ("mt-cut-name-remit-29", "Students of the Culture and Tourism course said they enjoyed it.", []),
    ("mt-cut-name-remit-29", "The Ministry of Civil Affairs said shelters were open.", []),
]


@pytest.mark.parametrize("rule_id,text,expected", CASES)
def test_case(rule_id, text, expected):
    assert spans(rule_id, text) == expected


def test_a_bad_mode_is_refused_with_the_key_named(tmp_path):
    for rule in ({"id": "x-story", "type": "capital_in_story", "mode": "anywhere"},
                 {"id": "x-parts", "type": "parts_total", "mode": "sum"},
                 {"id": "x-change", "type": "change_fit", "mode": "ratio"}):
        with pytest.raises(RuleError, match="mode"):
            one_rule(tmp_path, {**rule, "category": "fluency/spelling", "severity": "minor", "message": "m",
                                "description": "d", "examples": {"flag": ["a"], "pass": ["b"]}})


def test_a_figure_stands_for_the_interval_its_rounding_allows():
    from audit.detectors.change_fit import interval
    assert interval("1.2 million") == pytest.approx((1.15e6, 1.25e6))
    assert interval("2,860") == (2860.0, 2860.0)
    assert interval("3 billion") == pytest.approx((2.5e9, 3.5e9))
    assert interval("4.25") == pytest.approx((4.245, 4.255))


def test_a_figure_is_read_whole_never_split_into_two():
    """"150 passed" is one figure: a figure that could end inside the digits ("15", "0 passed")
    made the list shape try every split, exponential in the parts of a long list."""
    from audit.detectors.change_fit import _NUM
    from audit.detectors.parts_total import _FIG
    import re
    for rx in (_FIG, _NUM):
        assert re.findall(rx, "150 passed, 1,200 failed and 2.5 million left") == ["150", "1,200", "2.5 million"]


def test_parts_total_may_hold_needs_the_words_each_match_holds():
    # ``parts_total.detect`` reads a text sentence by sentence only where one of the words every
    # match of its mode holds stands: a total's cue, a subset's opening
    from audit.detectors import parts_total
    assert parts_total.may_hold("120 buses and 30 trams, a total of 160 vehicles.", True)
    assert parts_total.may_hold("12 men and 3 women, totalling 15 people.", True)
    assert parts_total.may_hold("5 cars and 3 vans total 8", True) is False  # "total" after no comma
    assert parts_total.may_hold("5 cars and 3 vans, total 8 vehicles", True)
    assert not parts_total.may_hold("Of the 200 workers, 150 men and 70 women came.", True)
    assert parts_total.may_hold("Of the 200 workers, 150 men and 70 women came.", False)
    assert parts_total.may_hold("The 200 workers, including 150 men and 70 women, came.", False)
    assert not parts_total.may_hold("of the 200 workers 150 men came", False)  # as written: "Of" opens its sentence
    assert not parts_total.may_hold("the growth , said the LISA team ; results are good . " * 100, False)
