"""Round 39 (issue 9): correct English with the shapes of the names, capitals, figures and
punctuation MT gets wrong in the development sets heldout42-48 (tests/data/names_capitals39_good.txt:
Chinese names in either order where English writes them so, wire experts and bylines in Western
order, short names after the full one, acronyms, brands, teams, titles of works and laws, names
in title case and common nouns in lower case, figures that agree, quotes, dashes and hyphens),
and the MT shapes beside them, each reported with its exact span."""
import pytest

from rule_helpers import catalog_findings_in, data_lines, ungated_findings_in, ungated_hits

ROUND39 = ["name-order-mixed", "mt-name-head-lower-case"]
GOOD = data_lines("names_capitals39_good.txt")


def test_there_are_enough_good_texts():
    assert len(GOOD) >= 150


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert catalog_findings_in(catalog_runs, GOOD) == {}


def test_the_round_39_rules_ungated_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND39, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [
    ("name-order-mixed", "Sun Haiyang opened the terminal. General manager Ming Chen said the first ship would call in June.", "Ming Chen"),
    ("name-order-mixed", "Deng Guofu and Liang Shuqin run the point. Deputy director Fang Liu said more would open.", "Fang Liu"),
    ("name-order-mixed", "Hu Xiaoyan heads the team. Prosecutor Ming Zhao, who leads the outreach, said talks would go on.", "Ming Zhao"),
    ("name-order-mixed", "Zhang Ruiqing leads the survey. Station technician Jun Ma has gone up the mountain 40 times.", "Jun Ma"),
    ("name-order-mixed", "Du Xinyue and Shi Guiying sell online now. Ling Zhao, 29, is one of them.", "Ling Zhao"),
    ("name-order-mixed", "Zhang Dehai said the bins were full. At 7 a.m., Guiying Sun, wearing a red vest, was at the kiosk.", "Guiying Sun"),
    ("name-order-mixed", "Zhou Guifang runs the stall. Fruit grower Xiaojun Bai of Jiulong Village renovated two caves.", "Xiaojun Bai"),
    ("name-order-mixed", "Shen Ruoxi runs the bus map. In Shiqiao Village, monitor Jianping Luo has patrolled the slope for years.", "Jianping Luo"),
    ("name-order-mixed", "Zhou Guifang runs the stall. The young man Jun Lin came back from Hangzhou in 2023.", "Jun Lin"),
    ("mt-name-head-lower-case", "The county built the Qingshan E-Commerce Industrial park and set up 126 village stations.", "Qingshan E-Commerce Industrial park"),
    ("mt-name-head-lower-case", "Officials said the county will hold its fourth Bamboo Industry expo in October.", "Bamboo Industry expo"),
    ("mt-name-head-lower-case", "The port will build a Green Shipping corridor to Southeast Asia.", "Green Shipping corridor"),
    ("mt-name-head-lower-case", "Each owner buys Elevator Safety Responsibility insurance from one of four insurers.", "Elevator Safety Responsibility insurance"),
    ("mt-name-head-lower-case", "The bureau launched Forest Ginseng Price Index insurance with two insurers.", "Forest Ginseng Price Index insurance"),
])
def test_the_mt_shapes_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]
