"""Round 38 (issue 9): correct English with the shapes of the names, capitals, figures and
punctuation MT gets wrong in the development sets heldout42-48 (tests/data/names_figures38_good.txt:
reporting verbs with and without quotations, Chinese names in the order English news writes them,
short names after the full one, acronyms, brands, teams and titles, figures that add up, quotes,
dashes and hyphens), and the MT shapes beside them, each reported with its exact span."""
import pytest

from rule_helpers import catalog_findings_in, data_lines, ungated_findings_in, ungated_hits

ROUND38 = ["comma-after-reporting-verb", "mt-capital-run-function-word", "name-order-mixed"]
GOOD = data_lines("names_figures38_good.txt")


def test_there_are_enough_good_texts():
    assert len(GOOD) >= 150


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert catalog_findings_in(catalog_runs, GOOD) == {}


def test_the_round_38_rules_ungated_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND38, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [
    ("comma-after-reporting-verb", "The flower enterprise owner said, the flowers picked in the morning reach Guangzhou by noon.", ","),
    ("comma-after-reporting-verb", "Citizen Deng Xiaojun said, he and his wife lived in a flat of 70 square metres.", ","),
    ("comma-after-reporting-verb", "Deputy director of the museum Pan Xiaodong introduced, the old method was slow.", ","),
    ("comma-after-reporting-verb", "Some logistics experts think, high-speed rail freight suits fresh goods.", ","),
    ("mt-capital-run-function-word", "The county will open a Hotline For residents who cannot use the app.", "Hotline For"),
    ("mt-capital-run-function-word", "The militia helped, and the Villagers Were registered at the gate.", "Villagers Were"),
    ("mt-capital-run-function-word", "The rules will be reviewed after one year, the office Said.", "Said"),
    ("name-order-mixed", "Villager Zhang Dehai said the toilet was clean. \"It has no smell,\" said Xiuying Ma, 71.", "Xiuying Ma"),
    ("name-order-mixed", "Reporter Liu Chang visited the county. In March, mason Wenfu Luo began rebuilding the terraces.", "Wenfu Luo"),
    ("name-order-mixed", "Yang Guohua, head of the station, said alerts now reach villagers in minutes. Ranger Jianping Luo agreed.", "Jianping Luo"),
])
def test_the_mt_shapes_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]
