"""The ``capitalization`` modes of ``audit/detectors/capital_names.py`` (caps8): Chinese names in
lower case (pinyin_name), common nouns and runs in title case (generic_noun), a name's own
letters in capitals (name_letters), a formal title in lower case before a name
(title_before_name) and landmarks in lower case (lower_phrase). Each table pins the exact spans
and fixes; every span is checked against the text by ``found``."""
import pytest

from audit.cedict import pinyin_word
from audit.detectors.capital_names import _context, _next_kind
from rule_helpers import bundled_rule, found, one_rule


_CATALOGS = {}


def catalog(tmp_path, rule_id):
    """The bundled rule ``rule_id`` alone (its lists as the catalog holds them), loaded once per
    rule: a catalog of one rule takes seconds to load, and the tables ask the same few."""
    if rule_id not in _CATALOGS:
        rule = bundled_rule(rule_id)
        rule["id"] = "c"
        _CATALOGS[rule_id] = one_rule(tmp_path, rule)
    return _CATALOGS[rule_id]


PINYIN_FLAG = [
    ("The delegation was received by Premier li qiang in Beijing.", [("li qiang", "Li Qiang")]),
    ("President xi jinping sent a letter to the forum.", [("xi jinping", "Xi Jinping")]),
    ("Mr. zhang said the cooperative now has 120 members.", [("zhang", "Zhang")]),
    ("The plan was drawn up by a team led by liu wei of Fudan University.", [("liu wei", "Liu Wei")]),
    ('"We have no time to lose," said zhao, the head of the cooperative.', [("zhao", "Zhao")]),
    ("Wang Jun, a farmer in xiaogang village, said the harvest was good.", [("xiaogang", "Xiaogang")]),
    ("The railway crosses the qinghai-tibet plateau at 5,000 meters.", [("qinghai-tibet", "Qinghai-Tibet")]),
    ("The porcelain is fired in jingdezhen, as it has been for centuries.", [("jingdezhen", "Jingdezhen")]),
    ("Huang Ping said prices would stabilise. According to huang, demand remains strong.", [("huang", "Huang")]),
]

PINYIN_PASS = [
    "Young people call it tang ping, or lying flat: doing the minimum at work.",
    "Under the hukou system, migrant workers often cannot enrol their children in city schools.",
    "The phrase gongtong fuyu, or common prosperity, appeared often in the speech.",
    "The dish, known as jiaozi, is eaten at the Spring Festival.",
    "Premier Li Qiang met the delegation in Chaoyang District.",
    "Follow @li_qiang for updates.",
    "The mayor he appointed in 2019 resigned.",
    "Chen Xiaoyu scored 681 in the gaokao, the national college entrance examination.",
    "The stances are drawn from wuxing, the Chinese theory of the five phases.",  # "from": a source, not a place
    "Look for zhong shuijiao, pork dumplings in sweet soy.",  # no verb of saying, no apposition: a dish
    "Tang ping (躺平)\n\nIf tang ping is stepping out of the race, bailan is giving up.",  # the entry's own term
    "Few ideas have traveled as far as wu wei. Scholars argue that wu wei is best understood as spontaneity.",
    "The fund paid 42.3 billion yuan. Yuan Longping bred the rice.",  # the currency, not the family name
    "Researchers started exporting the method; busier towns followed.",  # English words no pinyin reads
]


@pytest.mark.parametrize("text, expected", PINYIN_FLAG)
def test_pinyin_name_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "lowercase-pinyin-name"), text) == expected


@pytest.mark.parametrize("text", PINYIN_PASS)
def test_pinyin_name_passes(tmp_path, text):
    assert found(catalog(tmp_path, "lowercase-pinyin-name"), text) == []


def test_pinyin_word_reads_pinyin_as_a_word_is_written():
    assert pinyin_word("jinping") and pinyin_word("chaoyang") and pinyin_word("xiaogang")
    # a syllable opening on a vowel after the first is written with an apostrophe in pinyin
    assert not pinyin_word("baan") and not pinyin_word("moana")
    # English words the looser reader takes for pinyin ("di-ve-r-ging")
    assert not pinyin_word("diverging") and not pinyin_word("busier") and not pinyin_word("deterrence")
    assert not pinyin_word("jinping", most=1)


NOUN_FLAG = [
    ("The school hired 12 new Teachers this autumn.", [("Teachers", "teachers")]),
    ("Inspectors found that some Merchants had raised prices.", [("Merchants", "merchants")]),
    ("The county's Economy grew 6.2 percent last year.", [("Economy", "economy")]),
    ("The Villagers elected a new committee last month.", [("Villagers", "villagers")]),
    ("Local Farmers have planted rapeseed this spring.", [("Farmers", "farmers")]),
    ('"The key is to make the Villagers understand that the walls must hold," he said.', [("Villagers", "villagers")]),
    ("The volunteers taught the elderly how to use Smartphones to pay.", [("Smartphones", "smartphones")]),
    ("The new line will Connect the two districts by 2027.", [("Connect", "connect")]),
    ("Exports to Africa have Grown steadily since 2020.", [("Grown", "grown")]),
    ("A Spokesman for the bureau said the roads would reopen.", [("Spokesman", "spokesman")]),
    ("A road now links the Village with the county seat.", [("Village", "village")]),
    ("The district has installed Smoke Detectors in 5,000 homes.", [("Smoke Detectors", "smoke detectors")]),
    ("The province will promote High Quality Development of the manufacturing industry.",
     [("High Quality Development", "high quality development")]),
]

NOUN_PASS = [
    "The group used a website and a Telegram channel to collect deposits.",  # a name before a noun
    "Please inform your family and the Embassy.",  # a name after "the"
    "Payments on the Notes are due in April. The Notes are listed in Hong Kong.",
    "Open the settings and tap About.",
    "Rovers, 14 places below their hosts in the Championship table, arrived with a plan.",
    "He was elected a Fellow of the Royal Society in 2019.",  # a longer name goes on
    "Fans compared it to the Jets and the Giants, except both teams are good.",
    "The holder of any Note will have the right to redeem; the Notes pay 5 percent.",  # used again
    "A Magistrate may impose a fine. He was tried before a Magistrate, and fined.",
    "The alliance said it had briefed Apple on the changes.",  # a name as a verb's object
    "Scientists warn that heavy rain could hit the northern Plains this week.",  # a region
    "Osaka University hired her in 2006. She joined the University as a professor.",  # the name's short form
    "The Government should table a full report, the senator said.",  # a house style's short name
    "How can Apple compete with cheaper phones?",  # a question's subject after the auxiliary
    "The company said it would expand Tally Assist, a chatbot.",  # a product's name
    "CHAPTERS 00:02:15 Why this week's export numbers matter",  # a time labels the line
    'In the 1960s, Mao told Red Guards that "to rebel is justified".',  # a colour opens a group's name
    "Officials said on Monday that 1992 Consensus would be discussed.",  # a year names an event
    "Students must read the Regulations. Article 2 For the purposes of these Regulations, a term is defined.",
]


@pytest.mark.parametrize("text, expected", NOUN_FLAG)
def test_generic_noun_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "capitalised-common-noun"), text) == expected


@pytest.mark.parametrize("text", NOUN_PASS)
def test_generic_noun_passes(tmp_path, text):
    assert found(catalog(tmp_path, "capitalised-common-noun"), text) == []


def test_context_walks_back_over_adjectives_to_what_heads_the_phrase():
    text = "The school hired 12 new Teachers this autumn."
    assert _context(text, text.index("Teachers"), 0) == ("number", "12", False)
    text = "Local Farmers have planted rapeseed."
    assert _context(text, text.index("Farmers"), 0) == ("adjective", "Local", True)
    text = "a share Universal said was high"
    assert _context(text, text.index("Universal"), 0)[0] == "verb"  # a noun before it: no phrase it heads
    assert _next_kind("Villagers elected a", len("Villagers"), 19) == "verb"


def test_context_reads_a_count_at_the_text_edges():
    # a figure at the text's first character has no word before it: a label, not a count; a count
    # after a lower-case word that opens the text is one; a figure after ":" or "/" is a label
    assert _context("12 new Teachers came.", 7, 0) == ("none", "12", True)
    assert _context("hired 12 new Teachers", 13, 0) == ("number", "12", False)
    assert _context("hired:12 new Teachers", 13, 0)[0] == "none"
    assert _context("hired /12 new Teachers", 14, 0)[0] == "none"
    assert _next_kind("Telegram channel", len("Telegram"), 16) == "word"


LETTERS_FLAG = [
    ("Users can now pay their water bills through Wechat.", [("Wechat", "WeChat")]),
    ("The carmaker Byd sold 300,000 vehicles in March.", [("Byd", "BYD")]),
    ("Shares of tencent rose 3 percent on Monday.", [("tencent", "Tencent")]),
    ("PetroChina raised output. Petrochina's shares rose.", [("Petrochina", "PetroChina")]),
    ("A new Mcdonald's restaurant opened.", [("Mcdonald's", "McDonald's")]),
]

LETTERS_PASS = [
    "HUAWEI MATE 70 PRO LAUNCH",
    "Follow @wechat for updates, or see wechat.com.",
    "Users can now pay their water bills through WeChat.",
    "Nio and Xpeng both reported higher deliveries.",  # the wires' own spelling; not listed
    "The car carries LiDAR sensors; lidar is costly.",  # the common noun the name spells, in lower case
]


@pytest.mark.parametrize("text, expected", LETTERS_FLAG)
def test_name_letters_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, "name-letter-case"), text) == expected


@pytest.mark.parametrize("text", LETTERS_PASS)
def test_name_letters_passes(tmp_path, text):
    assert found(catalog(tmp_path, "name-letter-case"), text) == []


def test_title_before_name(tmp_path):
    cat = catalog(tmp_path, "lowercase-title-before-name")
    assert found(cat, "The forum opened with a speech by president Xi Jinping.") == [("president", "President")]
    assert found(cat, "The talks were led by vice premier He Lifeng.") == [("vice premier", "Vice Premier")]
    assert found(cat, "On Tuesday, premier Li Qiang chaired the meeting.") == [("premier", "Premier")]
    assert found(cat, "Chinese president Xi Jinping met the delegation.") == [("president", "President")]
    assert found(cat, "He met commerce minister Wang Wentao on Friday.") == [("commerce minister", "Commerce Minister")]
    assert found(cat, "Former finance minister Solis won the vote.") == []
    assert found(cat, "The former president Donald Trump spoke.") == []
    assert found(cat, "Union president Derek Fournier said talks would resume.") == []
    assert found(cat, "The company, founded by chairman Wang Chuanfu, grew.") == []  # not listed
    # caps9: formal titles of office, and a verb in the past that takes the person as its object
    assert found(cat, "The plan was inspected by governor Wang Hao on Sunday.") == [("governor", "Governor")]
    assert found(cat, "The delegation thanked president Xi Jinping for the invitation.") == [("president", "President")]
    assert found(cat, "He met foreign minister Wang Yi.") == [("foreign minister", "Foreign Minister")]
    assert found(cat, "The newly elected president Lee Jae-myung took office.") == []  # a participle that describes
    assert found(cat, "Health minister Andrew Pell said lists had fallen.") == []  # after a capitalised word
    assert found(cat, "The deputy mayor Ibrahima Sy opened the market.") == []


def test_landmarks_in_lower_case(tmp_path):
    cat = catalog(tmp_path, "lowercase-landmark-name")
    assert found(cat, "Factories in the pearl river delta are short of workers.") == [("pearl river delta", "Pearl River Delta")]
    assert found(cat, "He spoke in the great hall of the people.") == [("great hall of the people", "Great Hall of the People")]
    assert found(cat, "More than 10 million people visited the Great Wall last year.") == []
    assert found(cat, "It was a long march for the engineers.") == []  # caps9: after "a", a common noun phrase
    # after an owner, a common noun phrase too (good32); "the" alone still makes it the name
    assert found(cat, "The firm's long march from a small workshop to a listed company took three decades.") == []
    assert found(cat, "Their long march through the courts ended on Friday.") == []
    assert found(cat, "Veterans of the long march met in Yan'an.") == [("long march", "Long March")]
    assert found(cat, "Millions travel home for the lunar new year.") == []


OPENING = [
    ("the county will build 300 kilometers of roads this year, officials in Guizhou said.", [("the", "The")]),
    ("more than 2,000 people were moved to shelters in Guilin on Friday night.", [("more", "More")]),
    ("a. The maximum monthly payout will be raised from $400 to $450.", []),  # a list's letter
    ("vivo and OPPO shipped more phones than Apple in the quarter, IDC said.", []),  # a name kept in lower case
    ("r/MandarinLearners: Frequently Asked Questions (Read This Before Posting!)", []),  # a handle
    ("the weekend guide", []),  # a tag line, no sentence
    ("the county will build roads in every village this year and next year.", []),  # no capitalised word after the first
    ("bp said it would cut 4,700 jobs, and its shares rose 2 percent in London.", []),  # a brand in lower case
    ("de Gaulle's memoirs, long out of print in English, have been reissued.", []),  # a name's particle
]


@pytest.mark.parametrize("text, expected", OPENING)
def test_text_opening_in_lower_case(tmp_path, text, expected):
    assert found(catalog(tmp_path, "lowercase-sentence-start"), text) == expected


def test_all_caps_head_noun_after_a_determiner(tmp_path):
    cat = catalog(tmp_path, "all-caps-word")
    text = "Local authorities said the HARVEST was expected to exceed last year's."
    assert found(cat, text) == [("HARVEST", "harvest")]
    assert found(cat, "Residents can apply for the SUBSIDY through the app.") == [("SUBSIDY", "subsidy")]
    # a name or an acronym in capitals after "the" stands before its noun
    assert found(cat, "The JUICE mission was launched in 2023.") == []
    assert found(cat, "The CARE scheme pays for it.") == []


def test_posts_and_places_after_the(tmp_path):
    cat = catalog(tmp_path, "capitalised-common-noun")
    assert found(cat, "The Mayor said the city would add 3,000 parking spaces.") == [("Mayor", "mayor")]
    assert found(cat, "Workers said the Factory had cut overtime since March.") == [("Factory", "factory")]
    assert found(cat, "The Premier is expected to address the meeting.") == []  # a house style's post
    assert found(cat, "The Palace Museum limits visitors. The Museum will close on Mondays.") == []  # named in full
    assert found(cat, "In August, the Government lowered the loan-to-value limit.") == []  # not listed
