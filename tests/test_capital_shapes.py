"""The ``capitalization`` modes of ``audit/detectors/capital_shapes.py`` (caps10): a body or a
law of China named in full in lower case (lower_body), a pinyin given name in lower case after
its family name (given_lower), a common noun capitalised after "the" as a verb's subject
(common_after_the). Each table pins the exact spans and fixes; ``found`` checks every span
against the text."""
import pytest

from audit.detectors.capital_shapes import _name_words
from rule_helpers import bundled_rule, found, one_rule

_CATALOGS = {}


def catalog(tmp_path, rule_id):
    """The bundled rule ``rule_id`` alone, loaded once per rule."""
    if rule_id not in _CATALOGS:
        rule = bundled_rule(rule_id)
        rule["id"] = "c"
        _CATALOGS[rule_id] = one_rule(tmp_path, rule)
    return _CATALOGS[rule_id]


BODY_FLAG = [
    ("The national development and reform commission said prices would stay stable.",
     [("national development and reform commission", "National Development and Reform Commission")]),
    ("Data from the national bureau of statistics showed output rose.",
     [("national bureau of statistics", "National Bureau of Statistics")]),
    ("The china securities regulatory commission approved 12 listings.",
     [("china securities regulatory commission", "China Securities Regulatory Commission")]),
    ("The state administration for market regulation fined the platform.",
     [("state administration for market regulation", "State Administration for Market Regulation")]),
    ("A ruling by the supreme people's court set a new standard.",
     [("supreme people's court", "Supreme People's Court")]),
    ("He cited the labor contract law of the People's Republic of China.",
     [("labor contract law", "Labor Contract Law")]),
    ("Founded in 1949, the people's republic of china is 75 years old.",
     [("people's republic of china", "People's Republic of China")]),
]

BODY_PASS = [
    "The National Development and Reform Commission said prices would stay stable.",
    "According to the national health commission, 40 new cases were reported.",  # one word: a description
    "The state weather bureau lifted the typhoon signal.",
    "Xinhua, the state news agency, carried the communique.",
    "The ministry said exports rose 7 percent in April.",
    "The ministry of emergency management said 33 people were killed.",  # no level word: a house style
    "Lawmakers criticised the administration for vague estimates.",
    "She joined the central bank's monetary policy committee in 2019.",
    "Regulators opened an investigation under the anti-monopoly law on Friday.",
    "follow the national development and reform commission for updates",  # a line in lower case
]


@pytest.mark.parametrize("text,expected", BODY_FLAG)
def test_lower_body_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "lowercase-official-name"), text) == expected


@pytest.mark.parametrize("text", BODY_PASS)
def test_lower_body_passes(tmp_path, text):
    assert found(catalog(tmp_path, "lowercase-official-name"), text) == []


def test_name_words_ends_at_the_field():
    words = "national bureau of statistics showed output rose".split()
    assert _name_words(words) == 4
    assert _name_words("state administration for market regulation fined".split()) == 5
    assert _name_words("national development and reform commission said".split()) == 5
    assert _name_words("ministry of education said".split()) is None
    assert _name_words("national film administration".split()) is None


GIVEN_FLAG = [
    ("The report was delivered by Premier Li keqiang at the session.", [("Li keqiang", "Li Keqiang")]),
    ("Wang huning met the delegation in Beijing.", [("Wang huning", "Wang Huning")]),
    ("Shanghai party chief Chen jining visited the port.", [("Chen jining", "Chen Jining")]),
]

GIVEN_PASS = [
    "Premier Li Keqiang delivered the report.",
    "Visitors learn tai chi; Tai chi classes are free.",  # one syllable
    "The menu lists Ma la tang and Mapo tofu.",
    "Young people call it (Tang ping) in Chinese.",  # a gloss
    "Li said the harvest was good.",
]


@pytest.mark.parametrize("text,expected", GIVEN_FLAG)
def test_given_lower_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "lowercase-given-name"), text) == expected


@pytest.mark.parametrize("text", GIVEN_PASS)
def test_given_lower_passes(tmp_path, text):
    assert found(catalog(tmp_path, "lowercase-given-name"), text) == []


THE_FLAG = [
    ("Spending picked up, and the Economy grew 5 percent.", [("Economy", "economy")]),
    ("Farmers said the Harvest was the best in years.", [("Harvest", "harvest")]),
    ("Workers said the Factory had paid their wages.", [("Factory", "factory")]),
]

THE_PASS = [
    "Spending picked up, and the economy grew 5 percent.",
    "Ministers said the Budget was fair. The Budget will be debated on Monday.",  # capitalised twice
    "Fans said the Championship was harder than ever.",  # a name alone
    "UNICEF and Save the Children are setting up schools.",  # "the" after a capitalised word
    "Air from the Atlantic is expected to cool the city.",  # no word CC-CEDICT writes in lower case
    'Holders of the notes (the "Notes") said the Notes were repaid.',
    "Farmers Say The Harvest Was The Best In Years",  # a headline in title case
]


@pytest.mark.parametrize("text,expected", THE_FLAG)
def test_common_after_the_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "capitalised-noun-after-the"), text) == expected


@pytest.mark.parametrize("text", THE_PASS)
def test_common_after_the_passes(tmp_path, text):
    assert found(catalog(tmp_path, "capitalised-noun-after-the"), text) == []


TAIL_FLAG = [
    ("Alibaba Group reported higher revenue. Shares of Alibaba group rose 4 percent.",
     [("Alibaba group", "Alibaba Group")]),
    ("Huawei Technologies opened a centre. Huawei technologies said 2,000 engineers would work there.",
     [("Huawei technologies", "Huawei Technologies")]),
    ("Tsinghua University opened a lab. Researchers at Tsinghua university said so.",
     [("Tsinghua university", "Tsinghua University")]),
]

TAIL_PASS = [
    "Alibaba Group reported higher revenue. The Alibaba group of companies employs 200,000 people.",
    "Guizhou Province has 40 million people. Villages in Guizhou province grow tea.",  # a place's unit, no firm's head
    "Alibaba group shares rose.",  # the document never writes the name in title case
    "Qingdao port handles more boxes\n\nQingdao Port handled 30 million boxes.",  # a place's port: a house style
]


@pytest.mark.parametrize("text,expected", TAIL_FLAG)
def test_name_tail_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "case-variant-in-document"), text) == expected


@pytest.mark.parametrize("text", TAIL_PASS)
def test_name_tail_passes(tmp_path, text):
    assert found(catalog(tmp_path, "case-variant-in-document"), text) == []


A_RUN_FLAG = [
    ("The province launched a Clean Air Action to cut coal use.", [("Clean Air Action", "clean air action")]),
    ("The town opened an Elderly Canteen last month.", [("Elderly Canteen", "elderly canteen")]),
]

A_RUN_PASS = [
    "He plays for a Premier League club.",  # a name heading another noun
    "In 2022, China passed a Black Soil Protection Law, the first of its kind.",  # a law's head
    "The report is on a Quality Framework for Traineeships.",  # the name goes on
    'The closing track, "Hymn for a House Fire," is long.',  # a title around the article
    "He deserves a crack at a Grade One.",  # a number word
    "Each item is assigned an Export Control Classification Number, or ECCN, by the department.",
]


@pytest.mark.parametrize("text,expected", A_RUN_FLAG)
def test_title_run_after_a_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "capitalised-common-noun"), text) == expected


@pytest.mark.parametrize("text", A_RUN_PASS)
def test_title_run_after_a_passes(tmp_path, text):
    assert found(catalog(tmp_path, "capitalised-common-noun"), text) == []


ONCE_FLAG = [
    ("The county checks water Quality every week.", [("Quality", "quality")]),
]

ONCE_PASS = [
    "The county checks water quality every week. Quality is tested by the bureau.",
    "The county checks water Quality every week. Quality reports are public.",  # capitalised again
    "Also in the squad is the uncapped Sale winger.",  # a town's club (allow)
    "The firm beat Street estimates.",  # a name alone
    "Farmers sold their Rice at higher prices.",  # after a determiner: left out (legal and older prose)
    "The Ministry of Ecology and Environment said emissions fell.",  # a name's last word
    "You cannot do it at the volumes Apple or Nvidia would need.",  # a list of names
    "Apps arrive for Windows and macOS next week.",
    "The robot stops while it is in Automatic mode.",  # a label
    "Cunniffe, a ruling by the court, and Fields v. City of Philadelphia were cited.",
    "SATURDAY\n9am Head west to the old town.",  # an itinerary's time
]


@pytest.mark.parametrize("text,expected", ONCE_FLAG)
def test_capital_once_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "common-word-capitalised-once"), text) == expected


@pytest.mark.parametrize("text", ONCE_PASS)
def test_capital_once_passes(tmp_path, text):
    assert found(catalog(tmp_path, "common-word-capitalised-once"), text) == []


HEADLINE_FLAG = [
    ("china's exports rise 5 percent in May\n\nBEIJING, June 7 (Xinhua) -- Exports rose.", [("china", "China")]),
    ("new rules for rural schools in Hunan take effect\n\nThe rules cover 3,000 schools.", [("new", "New")]),
]

HEADLINE_PASS = [
    "China's exports rise 5 percent in May\n\nExports rose.",
    "by Li Wei in Kunming\n\nThe county will build roads.",  # a byline
    "r/MandarinLearners: Frequently Asked Questions\n\nRead this first.",  # a handle
    "iPhone sales rise in China\n\nApple sold more phones.",  # a brand in lower case
    "exports rise in may\n\nExports rose.",  # a line in lower case throughout
    "including R&D and production of related equipment",  # a fragment alone
]


@pytest.mark.parametrize("text,expected", HEADLINE_FLAG)
def test_headline_lower_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "lowercase-sentence-start"), text) == expected


@pytest.mark.parametrize("text", HEADLINE_PASS)
def test_headline_lower_passes(tmp_path, text):
    assert found(catalog(tmp_path, "lowercase-sentence-start"), text) == []


PINYIN_HEAD_FLAG = [
    ("He attended the boao forum in Hainan.", [("boao", "Boao")]),
    ("The xiong'an new area is under construction.", [("xiong'an", "Xiong'an")]),
    ("The chengdu-chongqing economic circle will get rail links.", [("chengdu-chongqing", "Chengdu-Chongqing")]),
    ("Firms from the qianhai free trade zone took part.", [("qianhai", "Qianhai")]),  # two words of the name between
]

PINYIN_HEAD_PASS = [
    "The farm stays, known as nongjiale, are popular; the nongjiale area by the lake is full.",  # explained
    "The euro area grew 0.3 percent.",
    "He toured the demilitarized zone.",
    "Officials said the renminbi exchange rate would be discussed.",  # a currency's exchange rate
    # a function word between the word and the head: no name's words (good32)
    "Officials promote the gaokao as a fair route to social mobility.",
    "Students choose between the gaokao and a college abroad.",
]


@pytest.mark.parametrize("text,expected", PINYIN_HEAD_FLAG)
def test_pinyin_before_head_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "lowercase-pinyin-name"), text) == expected


@pytest.mark.parametrize("text", PINYIN_HEAD_PASS)
def test_pinyin_before_head_passes(tmp_path, text):
    assert found(catalog(tmp_path, "lowercase-pinyin-name"), text) == []
