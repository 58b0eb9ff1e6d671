"""The ``grammar`` detector type: each check on the slips it is for and on the correct English
built like them (issue 9, twenty-first round)."""
import pytest

from audit.detectors import DETECTORS, ParamError
from audit.detectors import grammar
from audit.engine import check_text
from audit.rules import load_rules
from rule_helpers import grammar_found as found

CATALOG = load_rules()


FLAG = [
    ("a-an", "The port is a important hub for trade.", ("a", "an")),
    ("a-an", "The firm will build an new plant.", ("an", "a")),
    ("a-an", "She studied at an university in Shanghai.", ("an", "a")),
    ("a-an", "An European firm won the contract.", ("An", "A")),
    ("a-an", "A increase of 6 percent was reported.", ("A", "An")),
    ("verb-form", "Officials met on Friday to discussed the flood plan.", ("to discussed", None)),
    ("verb-form", "Production has went up by 12 percent.", ("went", "gone")),
    ("verb-form", "Workers have already began laying tracks.", ("began", "begun")),
    ("verb-form", "The new app can helps elderly people.", ("can helps", None)),
    ("verb-form", "The province is develop a new park.", ("is develop", None)),
    ("verb-form", "The cooperative was establish in 2015.", ("was establish", None)),
    ("verb-form", "The accident was happened at 3 am.", ("was happened", None)),
    ("verb-form", "The team is consisted of 12 doctors.", ("is consisted", None)),
    ("verb-form", "The city plans to improving its transport.", ("to improving", None)),
    ("verb-form", "We look forward to see more visitors.", ("look forward to see", None)),
    ("verb-form", "The firm is committed to provide a better service.", ("is committed to provide", None)),
    ("verb-form", "The park made residents to feel proud.", ("made residents to feel", None)),
    ("verb-form", "Experts suggested to build a reservoir.", ("suggested to build", None)),
    ("agreement", "Each of the firms have agreed to pay.", ("Each of the firms have", None)),
    ("agreement", "One of the reasons are the cost of land.", ("One of the reasons are", None)),
    ("agreement", "The number of visitors have risen.", ("The number of visitors have", None)),
    ("agreement", "There is many problems, the report said.", ("There is", None)),
    ("agreement", "There have more than 200 scenic spots.", ("There have", None)),
    ("agreement", "In the county have 12 middle schools.", ("In the county have", None)),
    ("agreement", "Zhang said he have worked there for years.", ("he have", None)),
    ("agreement", "The museum said it have received 3,000 visitors.", ("it have", None)),
    ("agreement", "The news are good for exporters.", ("news are", None)),
    ("agreement", "More than 2,000 people has signed up.", ("people has", None)),
    ("relative-pronoun", "The subsidy is for residents which live in old blocks.", ("residents which", None)),
    ("relative-pronoun", "Farmers which joined the cooperative earned more.", ("Farmers which", None)),
    ("relative-pronoun", "The new bridge who connects the towns opened.", ("bridge who", None)),
    ("missing-article", "As result, the harvest fell.", ("As result", None)),
    ("missing-article", "Exports topped imports for first time.", ("for first time", None)),
    ("missing-article", "The county is largest producer of tea.", ("largest producer", None)),
    ("missing-article", "Li Mei is teacher at a primary school.", ("teacher", None)),
    ("bare-count-noun", "The county built new bridge over the river.", ("built new bridge", None)),
    ("bare-count-noun", "The two cities signed agreement on water.", ("signed agreement", None)),
    ("bare-count-noun", "Government will invest 3 billion yuan.", ("Government will", None)),
    ("tense", "The hospital opens a new wing last month.", ("opens", None)),
    ("tense", "Two years ago, the village's income reach 3 million yuan.", ("reach", None)),
    ("tense", "He was fined 2,000 yuan last week, then he blames the cooperative.", ("he blames", None)),
    ("bare-count-noun", "The ministry announced new policy to support small firms.", ("announced new policy", None)),
    ("missing-article", "Her husband is engineer.", ("engineer", None)),
    ("verb-form", "The number of cars has increase rapidly.", ("has increase", None)),
    ("comparative", "Output was 8 percent higher as last year.", ("higher as", None)),
    ("quantifier-number", "Many student from rural areas study there.", ("student", "students")),
    ("quantifier-number", "Several village in the county have no clinic.", ("village", "villages")),
    ("preposition", "In last year, the city grew 5 percent.", ("In last year", None)),
    ("preposition", "The line opened in March 5 with a ceremony.", ("in March 5", None)),
    ("preposition", "Sales reached to 5 million units.", ("reached to", None)),
    ("preposition", "The market is closed in Monday, officials said.", ("in Monday", None)),
    ("demonstrative-number", "Work on these project began in March.", ("these project", None)),
    ("word-order", "Only in this way, we can solve the problem.", ("Only in this way, we can", None)),
    ("comma-splice", "The factory opened in 2020, it employs 500 people.", ("it employs", None)),
    ("comma-splice", "The new bridge is 2 kilometres long, it cost 3 billion yuan.", ("it cost", None)),
    ("tense", "When the new line will open next year, it will cut the trip.", ("When the new line will", None)),
    ("word-order", "A tourist asked where is the station.", ("asked where is the station", None)),
    ("verb-form", "The school has builded a new library.", ("builded", "built")),
    ("verb-form", "The museum will opening next month.", ("will opening", None)),
    ("agreement", "This policy benefit thousands of families.", ("This policy benefit", None)),
    ("agreement", "The new rules requires all restaurants to comply.", ("The new rules requires", None)),
    ("agreement", "The villagers was very happy.", ("The villagers was", None)),
    ("tense", "In 2019, the government launches a programme.", ("launches", None)),
    ("missing-article", "It is one of most important projects.", ("one of most important", None)),
    ("bare-count-noun", "The city is building new airport to the south.", ("is building new airport", None)),
    ("preposition", "The delegation arrived to Beijing on Monday.", ("arrived to", None)),
    ("preposition", "He has worked here since five years.", ("since five years", None)),
    ("preposition", "Prices depend of the weather.", ("depend of", None)),
    ("run-on", "The plant opened in 2020 it employs about 500 local people.", ("it employs", None)),
    ("run-on", "The rescue team reached the village on Tuesday morning they were greeted.", ("they were", None)),
    ("run-on", "Our sales grew 30 percent this year we will open ten more stores.", ("we will", None)),
    ("run-on", "The plant opened in 2020 the company employs 500 people.", ("the company employs", None)),
    ("run-on", "The new bridge is 2.4 kilometres long it cost 3 billion yuan.", ("it cost", None)),
    ("missing-verb", "The two sides willing to deepen cooperation in trade, energy and tourism.", ("The two sides willing", None)),
    ("agreement", "The women has been rowing together for almost 15 years.", ("The women has", None)),
    ("missing-verb", "The total investment 2 billion yuan, of which the county provides 30 percent.", ("The total investment", None)),
    ("missing-verb", "The new bridge 1.2 kilometres long and 30 metres wide.", ("The new bridge", None)),
    ("missing-verb", "Last year, the county able to sell 2,000 tonnes of tea abroad.", ("the county able", None)),
    ("story-present", "The county closed the old quarry in 2019. The following year it turns the site into a park.", ("turns", None)),
    ("story-present", "The county signed a deal with a firm in 2021. A year later the firm signs a second contract.", ("signs", None)),
    ("tense", "Yesterday the vice-mayor visits three schools in the north of the city.", ("visits", None)),
    ("story-present", "Last year the firm lost 2 billion yuan. The firm opens a plant in Hefei and hires 800 workers.", ("opens", None)),
]


@pytest.mark.parametrize("check,text,expected", FLAG, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(FLAG)])
def test_flags_the_slip(check, text, expected):
    assert found(check, text) == [expected]


PASS = [
    ("a-an", "She studied at a university and spent an hour in an unusual lab."),
    ("a-an", "A unanimous vote backed a one-off payment to a European firm."),
    ("a-an", "An Nvidia chip, an Xbox and a Unesco site; an MP asked."),
    ("a-an", "Grade A eggs, vitamin A intake, parts (a) and (b)."),
    ("a-an", "It was an historic day and an honest mistake."),
    ("a-an", "If a is a matrix, the product of a and b is defined."),
    ("a-an", "Create a bag from a url, an rv or an fd."),
    ("verb-form", "Prices rose due to increased demand, and the money went to trained staff."),
    ("verb-form", "We are not going to breed our way out of it; they hope to embed the tools and to speed the work."),
    ("verb-form", "The last will prevails, as will services on the line."),
    ("verb-form", "Gaming could stop should conditions deteriorate further."),
    ("verb-form", "The work is complete and the road is open."),
    ("verb-form", "All they did was build a road."),
    ("verb-form", "The six operators committed to spend 118 billion patacas."),
    ("verb-form", "Residents were made to feel welcome, and it is recommended to use a mask."),
    ("verb-form", "The firm is committed to improving its service."),
    ("verb-form", "Those who have not forgot it remain."),
    ("agreement", "A number of visitors have complained, and each of the firms has agreed."),
    ("agreement", "There have been delays, and there have to be changes."),
    ("agreement", "Leaders there have not said when they will vote."),
    ("agreement", "Parts of it are reproduced here. Beneath it are his name and title."),
    ("agreement", "This town of 1.9 million people has been a byword for cheap goods."),
    ("agreement", "Thousands of tourists each year are drawn to the lake."),
    ("agreement", "Should he have any questions, he may call. The court insisted that he have a lawyer."),
    ("agreement", "\"He don't know, and they was robbed,\" she said. Each team have two players."),
    ("agreement", "The data show a rise, and the government are considering a subsidy."),
    ("relative-pronoun", "Residents who live in old blocks, which were built in the 1980s, will benefit."),
    ("relative-pronoun", "A group of farmers which had split from the cooperative sued."),
    ("relative-pronoun", "Ask a provincial official which firms she is measured on."),
    ("relative-pronoun", "The company who built it declined to comment."),
    ("missing-article", "As a result, demand is highest in winter and busiest between 2 and 4 p.m."),
    ("missing-article", "She is chairman of the board and is professor of economics."),
    ("missing-article", "Hospital waiting lists fall for first time in two years\n\nThe figures came out."),
    ("bare-count-noun", "He held office until 2019, and the plan became law as part of the reform."),
    ("bare-count-noun", "Under the approved plan, the privately held company opened a store."),
    ("bare-count-noun", "She spoke at the opening ceremony and the launch event in Hefei."),
    ("bare-count-noun", "The firm released part of it during holidays."),
    ("bare-count-noun", "County builds new bridge over river\n\nThe bridge opened on Monday."),
    ("tense", "Her decision follows the publication last month of the report."),
    ("tense", "In 2019, the firm cut 300 jobs. Last year, the city's sales rise 5 percent."),
    ("tense", "If the price falls, then he loses money; every year they harvest tea, then they sell it."),
    ("bare-count-noun", "Its SUVs faced new competition; metrics set national strategy; the bag opens flat."),
    ("bare-count-noun", "The proposed step.\nThe case made history."),
    ("verb-form", "She has run a shop since 1998; you have come a long way; the ideas they do have carry risk."),
    ("tense", "It also lists 22 days last year on which ships entered."),
    ("tense", "Several large banks cut deposit rates last week, and bond funds saw outflows last month."),
    ("tense", "Sales this year exceed last year's, and the firm says it lost money last year."),
    ("comparative", "Prices climbed higher as demand rose, and were higher than last year."),
    ("quantifier-number", "Many believe that two remain in hospital; four crew were hurt."),
    ("quantifier-number", "The firms bear joint and several liability; a League Two club joined."),
    ("quantifier-number", "A three year plan and several new and expanded plants are coming."),
    ("preposition", "Sales were up 9 percent on last year, and they will move in next year."),
    ("preposition", "New councillors will be sworn in Jan. 5; the items brought in last year were fixed."),
    ("preposition", "No ticket matched in Saturday night's draw; the line opened in March 2020."),
    ("demonstrative-number", "These range from small to large; of those cast, most were valid."),
    ("word-order", "Only in this way can we solve it. Only then did the firm act. She asked where the station is."),
    ("word-order", "Where is the station? Nobody knew what is the best option."),
    ("comma-splice", "The factory opened in 2020, it said. Having built up scale, they are turning abroad."),
    ("comma-splice", "We have banned bonuses, we have introduced liability. It was a lesson he learnt, he liked to say, from him."),
    ("comma-splice", "\"Every time I thought he was tired, he came back,\" she said."),
    # a noun of time opening the sentence makes a clause of time (an MQM MT segment)
    ("comma-splice", "The first time we targeted these wealthy developed countries, we changed the test subjects."),
    ("comma-splice", "The moment the gates opened at dawn, they rushed in."),
    ("tense", "When will the new line open? When it opens next year, it will cut the trip."),
    ("verb-form", "The plan was fully costed, he three-putted twice, and the rain will bring relief."),
    ("agreement", "The three are expected in court; the works has dominated the town; the team win often."),
    ("tense", "In 2019, the report says, the firm grew."),
    ("preposition", "Revenue rose 31 percent on 2023; he has worked here since five years ago."),
    ("demonstrative-number", "Of those present, most agreed; in these same villages, in these rich, developed places."),
    # an adjective by its superlative before a hyphenated one (issue 9, twenty-fifth round: rated MT)
    ("demonstrative-number", "It is about the income gap between these rich, developed-market democracies."),
    # the pronoun "those" before a relative word ("thats" and "whos" are common tokens to wordfreq)
    ("demonstrative-number", "Visitor numbers at those that have broadened their offer recovered."),
    ("demonstrative-number", "Grants went to those who applied, and to those whose homes flooded."),
    # a plural with no -s opening a sentence ("womens" is a common token to wordfreq)
    ("agreement", "The women have been rowing together for almost 15 years."),
    ("agreement", "The fishermen have mended their nets, and the children have gone home."),
    ("demonstrative-number", "Prices rose among those poor, low-income families and for these big, long-haul carriers."),
    # a dash, spaced or written as a hyphen before a figure, joins the clause before the comma
    ("comma-splice", "It is getting closer - 40000 years ago, we were still painting on cave walls."),
    ("comma-splice", "It is getting closer-40000 years ago, we were still painting on cave walls."),
    ("run-on", "The plant they built in 2020 employs 500 people. In 2020 it employed 500 people."),
    ("run-on", "It was in 2018 they first planted kiwifruit. He felt in 2019 he had done enough."),
    ("run-on", "Officials told reporters on Monday they would publish it. Prices rose so fast last year they doubled."),
    ("run-on", "\"We opened in 2020 we employ 500 people,\" he said."),
    ("run-on", "The plant opened in 2020 the company said. He retired in 2019 the year his wife opened the shop."),
    ("run-on", "The tower is 300 metres high the tallest in the city."),
    ("missing-verb", "Farmers eager to try the new seeds lined up. Countries ready to sign it include France."),
    ("missing-verb", "The plan runs until 2030. The bridge, 1.2 kilometres long, opened in 2019. Our twin room cost 300 yuan."),
    ("missing-verb", "Total investment: 2 billion yuan. The answer? A new bridge. Cancel any dumping due to a timeout."),
    ("missing-verb", "Last year, the firms able to export paid less tax. Determines the config update due to a plugin."),
    ("story-present", "In 1998 she opens a noodle shop. A year later she opens a second one."),
    ("story-present", "Last year the company lost money. The store opens on Friday. It says it hires 800 workers."),
    ("story-present", "In 2019 the firm was sold. The new owner closes the plant and moves to Hefei next year, it says."),
    ("story-present", "Last year the firm posted record profits. In March it opens a second factory."),
    ("story-present", "The company was founded in 2019.\n\nA year later it opens a second factory in Hefei."),
    ("story-present", "The museum closed in 2019. A year later it opens again next month, officials say."),
]


@pytest.mark.parametrize("check,text", PASS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(PASS)])
def test_leaves_correct_english_alone(check, text):
    assert found(check, text) == []


def test_an_unknown_check_is_refused_when_the_catalog_loads():
    with pytest.raises(ParamError) as exc:
        DETECTORS["grammar"].prepare({"check": "spelling"})
    assert exc.value.key == "check"


def test_every_check_has_a_rule_in_the_catalog():
    checks = {r.params["check"] for r in CATALOG.rules if r.type == "grammar"}
    assert checks == set(grammar._CHECKS)


@pytest.mark.parametrize("text", [
    "The port is a important hub, and officials met to discussed the plan. Each of the firms have agreed.",
    "Many student from these project said he have worked there; In last year, as result, it grew.",
])
def test_spans_are_offsets_into_the_text(text):
    findings = check_text(text, CATALOG)
    assert findings
    for f in findings:
        assert text[f.start:f.end] == f.text


def test_a_headline_is_left_alone():
    # headlines drop articles and use the present for the past, on purpose
    assert found("bare-count-noun", "Firm opened new factory in Hefei") == []
    assert found("bare-count-noun", "The firm opened new factory in Hefei.") == [("opened new factory", None)]


def test_verb_form_tests_ask_wordfreq_about_the_open_word():
    assert grammar._verb_base("develop") and grammar._verb_base("carry") and grammar._verb_base("plan")
    assert not grammar._verb_base("student") and not grammar._verb_base("village")
    assert grammar._third_person_base("helps") == "help"
    assert grammar._third_person_base("carries") == "carry"
    assert grammar._third_person_base("news") is None
    assert grammar._is_past_of_verb("discussed") and not grammar._is_past_of_verb("hundred")


def test_each_line_is_read_once_for_headlines():
    # ``_Headlines`` (the detector's per-line reading, bounds by bisection) answers as ``_headline``
    # at every position, line breaks and \r\n included
    text = "Firm opened new factory in Hefei\nThe firm opened new factory.\r\nNo stop here\n\nEnd line.\n"
    headline = grammar._Headlines(text)
    assert [headline(i) for i in range(len(text) + 1)] == [grammar._headline(text, i) for i in range(len(text) + 1)]
    # a story: the headline is left alone, each sentence of the body is still flagged
    story = ("Firm opened new factory in Hefei\n" + "The firm opened new factory in Hefei. " * 3
             + "\nThe city built new bridge over the river.")
    assert found("bare-count-noun", story) == [("opened new factory", None)] * 3 + [("built new bridge", None)]
