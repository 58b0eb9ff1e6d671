"""Round 40 (issue 9): figures that must add up. Correct English with figures of every shape
(tests/data/figures40_good.txt: shares with "of which", "among them", "accounting for", "or" and
"of the total"; changes as level, rate and base, "from A to B", "up from", year on year,
percentage points against percent; sums of listed counts; amounts a day and a year; averages)
draws nothing, from the whole catalog and from the round's rules with their gates off; the MT
shapes beside them, each with the figure that does not fit, are reported with their exact span."""
import pytest

from rule_helpers import catalog_findings_in, data_lines, ungated_findings_in, ungated_hits

ROUND40 = ["mt-change-base-does-not-fit-40", "figure-change-direction-contradicted", "figure-rate-per-period-does-not-fit",
           "figure-share-does-not-fit", "figure-per-capita-does-not-fit", "count-word-list-mismatch",
           "figures-do-not-add-up", "figure-change-does-not-fit", "mt-change-rate-does-not-fit-29",
           "mt-change-increment-does-not-fit-29"]
GOOD = data_lines("figures40_good.txt")


def test_there_are_enough_good_texts():
    assert len(GOOD) >= 150


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert catalog_findings_in(catalog_runs, GOOD) == {}


def test_the_figure_rules_ungated_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND40, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [
    # a share: its whole marked by "of which", "of whom", "among them", or "of the W" after it
    ("figure-share-does-not-fit", "The programme cost 4.27 billion yuan, of which central funds accounted for 2.61 billion yuan, or 71 percent.", "71 percent"),
    ("figure-share-does-not-fit", "The total premium is 2.34 million yuan, of which provincial and county finances bear 1.87 million yuan, accounting for 70%.", "70%"),
    ("figure-share-does-not-fit", "The city has found 2,863 ancient trees, among them 1,016 are first-class, accounting for 53.5%.", "53.5%"),
    ("figure-share-does-not-fit", "The province has 11.6 million skilled workers, of whom 3.42 million are highly skilled, accounting for 35.2%.", "35.2%"),
    ("figure-share-does-not-fit", "The reporter learned on 2 November that capacity has reached 112,000 tons a year, accounting for 45 percent of the national total of 320,000 tons.", "45 percent"),
    ("figure-share-does-not-fit", "The firm, which operates 180 drones, handled 620,000 drone orders in the first quarter, 18 percent of the 7.9 million parcels it delivered.", "18 percent"),
    ("figure-share-does-not-fit", "In its first year the service handled 3,400 hospital visits. Of these, 850 were by first-time users, accounting for 35 percent.", "35 percent"),
    ("figure-share-does-not-fit", "In Unit 3, 13 households voted and 11 agreed, the approval rate was 92%.", "92%"),
    ("figure-share-does-not-fit", "The county has signed maintenance contracts for all 1,362 kilometers of rural roads. This year roads rated good reached 1,118 kilometers, accounting for 92.1% of the total.", "92.1%"),
    # the level, its rate, then its base
    ("mt-change-base-does-not-fit-40", "This year, the terraces received 420,000 visitors, up 50% from 300,000 last year.", "50%"),
    ("mt-change-base-does-not-fit-40", "Output reached 2.86 billion yuan, an increase of 40% over 2023's 2.2 billion yuan.", "40%"),
    ("mt-change-base-does-not-fit-40", "Daily ridership reached 213,000 passengers, an increase of 9% on the 180,000 of the same period last month.", "9%"),
    # "up from" a larger figure
    ("figure-change-direction-contradicted", "The plan aims to raise the share of local seed to 50 percent, up from 60 percent now.", "50 percent, up from 60 percent"),
    # an amount a year against its amount a day
    ("figure-rate-per-period-does-not-fit", "The plant can produce 1,800 tonnes of hydrogen a year, or about 50 tonnes a day.", "50 tonnes"),
    # counted items that do not make their count
    ("count-word-list-mismatch", "The council has seven members: three elderly people, two village cadres and three women representatives.",
     "seven members: three elderly people, two village cadres and three women representatives"),
    # a count, an amount each and the total named
    ("figure-per-capita-does-not-fit", "The 36 venues received 4.62 million visits, with average spending of about 300 yuan per visit, bringing total consumption to 13.8 billion yuan.",
     "4.62 million visits, with average spending of about 300 yuan per visit, bringing total consumption to 13.8 billion yuan"),
])
def test_the_mt_shapes_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]
