"""The ``grammar`` checks of a noun's number after a word that fixes it (issue 9, twenty-sixth
round): `figure-number` ("more than 30 enterprise in"), `of-count-number` ("one of the most
important city", "a series of measure"), `each-plural` ("Every villagers received") and
`head-of-plural` ("The construction of the two bridges were"), and `relative-figure` (a
figure where the main verb should be: "The exhibition, which opened on Saturday, more than
80,000 visitors"), on the slips they are for and on correct English built like them: each pass
case is a frame the check reads and must leave alone."""
import pytest

from rule_helpers import grammar_found as found


FLAG = [
    ("figure-number", "The park has drawn more than 30 enterprise in the past year.", ("30 enterprise", "30 enterprises")),
    ("figure-number", "A total of 1,200 household were moved to new flats.", ("1,200 household", "1,200 households")),
    ("figure-number", "The county now has 15 village with piped water.", ("15 village", "15 villages")),
    ("figure-number", "The zone has drawn over 30 enterprise from Shenzhen.", ("30 enterprise", "30 enterprises")),
    ("figure-number", "Inspectors checked 46 new restaurant in May.", ("restaurant", "restaurants")),
    ("figure-number", "Over 300 resident, most of them elderly, were moved.", ("300 resident", "300 residents")),
    ("of-count-number", "Nanjing is one of the most important city in eastern China.", ("city", "cities")),
    ("of-count-number", "The county introduced a series of measure to support farmers.", ("measure", "measures")),
    ("of-count-number", "Each of the village has its own clinic.", ("village", "villages")),
    ("of-count-number", "Hundreds of new factory were built along the river.", ("factory", "factories")),
    ("of-count-number", "The fair was one of the highlight of the year.", ("highlight", "highlights")),
    ("of-count-number", "Two of the village were flooded in July.", ("village", "villages")),
    ("of-count-number", "The number of visitor has doubled since May.", ("visitor", "visitors")),
    ("each-plural", "Every villagers received 500 yuan in compensation.", ("villagers", "villager")),
    ("each-plural", "Each enterprises must report its output by March.", ("enterprises", "enterprise")),
    ("each-plural", "The fund gives 2,000 yuan to each families.", ("families", "family")),
    ("each-plural", "The market is busy again, a local residents said.", ("residents", "resident")),
    ("each-plural", "Another enterprises will open next year.", ("enterprises", "enterprise")),
    ("head-of-plural", "The construction of the two bridges were completed in May.", ("were", None)),
    ("head-of-plural", "Work began in March. The quality of the new products are very good.", ("are", None)),
    ("head-of-plural", "The launch of new routes have cut travel times.", ("have", None)),
    ("relative-figure", "The exhibition, which opened on Saturday, more than 80,000 visitors in two days.",
     ("more than 80,000 visitors in two days", None)),
    ("relative-figure", "The plant, which employs 500 people, 30 percent of them women.", ("30 percent of them women", None)),
]


@pytest.mark.parametrize("check,text,expected", FLAG, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(FLAG)])
def test_flags_the_slip(check, text, expected):
    assert found(check, text) == [expected]


PASS = [
    # the plural, and a noun before another noun or "and"
    ("figure-number", "The park has drawn more than 30 enterprises in the past year."),
    ("figure-number", "It was a 30 minute walk to the 200 food and merchandise stalls."),
    ("figure-number", "The L4 Max has 14 CPU cores (10 performance and four efficiency cores)."),
    # a year, "1", decimals, codes, labels and a capitalised word before the figure
    ("figure-number", "In 2020 alone, 1 student in 10 left; it rose 2.5 point in all."),
    ("figure-number", "Book on the 12306 app, or call the 12345 hotline."),
    ("figure-number", "Take Line 3 to the station; grade 3 student numbers fell; Windows 10 users."),
    ("figure-number", "COVID-19 patient numbers fell, and G20 member states met."),
    ("figure-number", "such as a client 500 response, emitted as an OSC 9;4 sequence."),
    # a verb after the figure, irregular pasts and the cells of a table
    ("figure-number", "Of the 30 members, 12 work in Beijing and 18 live nearby."),
    ("figure-number", "Of the 5,300 stocks traded, 3,912 rose and 1,203 fell."),
    ("figure-number", "In all, 2,316 were enrolled (1,162 intervention, 1,154 control)."),
    # adjectives and superlatives used as nouns, group nouns, possessives and mass nouns
    ("of-count-number", "She is one of the best in the world and one of the few to win twice."),
    ("of-count-number", "He is one of the family now, and one of the team."),
    ("of-count-number", "It is one of the world's busiest ports and one of the city centres."),
    ("of-count-number", "A handful of people park here; millions of people depend on the river."),
    ("of-count-number", "I am not one of those who believe it, and almost none of the crop was lost."),
    ("of-count-number", "That is a small complaint about a series of rare quality."),
    ("of-count-number", "Thousands of tonnes of rice and hundreds of millions of yuan were moved."),
    ("of-count-number", "Most of the village was flooded, and all of the city was dark."),
    ("of-count-number", "A few of the most common: different types of ship and one of the most popular."),
    # "each" as a pronoun before its verb, nouns in -s that are not plurals, "each other"
    ("each-plural", "Each plays a part, and each takes turns at the desk."),
    ("each-plural", "Each species and every means were tried; they helped each other."),
    ("each-plural", "The meeting is held every two years, and every villager came."),
    ("each-plural", "A series of talks, a means to an end, and the A major episodes of the symphony."),
    # heads of a part, an amount or a kind, group nouns, names, phrases the read stops at
    ("head-of-plural", "The majority of residents are happy. The rest of the villages are far away."),
    ("head-of-plural", "The bulk of the funds were spent. The staff of the hotels are friendly."),
    ("head-of-plural", "The Ministry of Affairs are here. The price of pork and vegetables are rising."),
    ("head-of-plural", "The price of homes that were sold last year rose."),
    ("head-of-plural", "The construction of the two bridges was completed in May."),
    ("head-of-plural", "\"The quality of the new products are very good,\" he said."),
    # a main verb after the clause, before or after the figure
    ("relative-figure", "The new museum, which opened in May, drew 20,000 visitors in a week."),
    ("relative-figure", "The park, which covers 300 hectares, about 2,000 trees were planted last year."),
    ("relative-figure", "The law, which took effect on March 1, 2021, provides a legal basis."),
]


@pytest.mark.parametrize("check,text", PASS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(PASS)])
def test_leaves_correct_english_alone(check, text):
    assert found(check, text) == []


def test_headline_is_left_alone():
    """A headline drops articles and number on purpose; every check of the type skips it."""
    assert found("figure-number", "Province builds 30 new school\n\nThe work began in May.") == []
