"""Review of round 46a's widenings (issue 9, kinds term and collocation), written as shapes that
recur across stories and kept only where they found defects in sets nobody read (TRANSFER):

- mt-rural-statistics-calques-40b (gated): 产值 "output value" in the frame of a local figure
  in yuan (a verb of outcome before it, or "is over / more than" and a sum);
- mt-term-numbered-slogans (gated): a quoted business-model formula of three or more nouns joined
  by "+", one of them a party of a Chinese farming model (公司+合作社+农户 "company + cooperative +
  farmer");
- mt-solve-realise-calques-40b (gated): 解决……难的问题 with 难 kept as "hard / difficult to" right after
  "the problem of", not before a noun.

The round's "the whole county" (全县) and calque-let-causative (让/使…真正成为) were dropped after a
second reading showed them flagging ordinary English ("The whole county turned out for the
funeral", "Let your body gradually become used to the cold water"); their sentences stay below
as ordinary English these rules must pass.

Each rule runs with its gate off, so ordinary English sharing the words (output, value, whole,
province, let, make, become, "+", problem, hard, difficult) must pass on the rule's own shape, not because the gate is shut."""
from __future__ import annotations

import pytest

from rule_helpers import checked_findings, ungated_rules

RULES = ("mt-rural-statistics-calques-40b", "mt-term-numbered-slogans", "mt-solve-realise-calques-40b")


def _found(text):
    return sorted((f.rule, f.text) for f in checked_findings(text, ungated_rules(RULES)))


# renderings written for the round (the Chinese in a comment); each the rule and its exact span
FOUND = [
    ("The pear orchards generated an output value of 1.3 billion yuan in 2024.",  # 实现产值13亿元
     [("mt-rural-statistics-calques-40b", "generated an output value")]),
    ("By 2027 the park strives to realize output value of 50 billion yuan.",  # 力争实现产值500亿元
     [("mt-rural-statistics-calques-40b", "realize output value")]),
    ("The annual output value is more than 600 million yuan.",  # 年产值超过6亿元
     [("mt-rural-statistics-calques-40b", "output value is more than")]),
    ("The total output value was over 2.1 billion yuan last year.",  # 总产值逾21亿元
     [("mt-rural-statistics-calques-40b", "output value was over")]),
    ("The town adopted the \"leading enterprise + base + farmer\" model.",  # 龙头企业+基地+农户
     [("mt-term-numbered-slogans", '"leading enterprise + base + farmer"')]),
    ("It runs on a “cooperative + e-commerce + household” pattern.",  # 合作社+电商+农户
     [("mt-term-numbered-slogans", "“cooperative + e-commerce + household”")]),
    ("The hospital eased the problem of difficult to register online.",  # 网上挂号难的问题
     [("mt-solve-realise-calques-40b", "problem of difficult to register")]),
    ('Buses solved the problems of "hard to travel, expensive to travel" for villagers.',  # 出行难、出行贵
     [("mt-solve-realise-calques-40b", 'problems of "hard to travel, expensive to travel"')]),
    # a third reading: sums in RMB or yuan signs, herdsmen and fishermen, "to" after the verb
    ("The park generated an output value of RMB 5 billion last year.",
     [("mt-rural-statistics-calques-40b", "generated an output value")]),
    ("The plant created an output value of 1.2 billion Chinese yuan.",
     [("mt-rural-statistics-calques-40b", "created an output value")]),
    ('The county runs a "company + fishermen + market" model.',
     [("mt-term-numbered-slogans", '"company + fishermen + market"')]),
    ("The county will solve the problem of difficult to go to school for rural children.",
     [("mt-solve-realise-calques-40b", "problem of difficult to go")]),
]

# ordinary English with the same words, each sentence run against both rules with the gate off
GOOD = [
    # output value
    "The orchards produced fruit worth 1.3 billion yuan in 2024.",
    "Annual output is worth more than 600 million yuan.",
    "The function generates an output value for every input it receives.",
    "The sensor's output value is above the threshold, so the alarm sounds.",
    "If the output value is over the limit, the controller cuts the power.",
    "Economists compare the gross output value of industry across provinces.",
    "The plant achieved record output in May, its value up 12 per cent.",
    "Each neuron creates an output value between 0 and 1.",
    "The output value was about what the model predicted.",
    "The factory's output, valued at 3 billion yuan, went to export.",
    "Output value statistics for 2023 were revised in March.",
    # the whole county, province and the like
    "The new permit covers the whole province.",
    "Its network now spans the whole county.",
    "The bus line serves the whole township.",
    "The snow blanketed the whole prefecture overnight.",
    "The whole country watched the final.",
    "The whole city turned out for the parade.",
    "Floods forced the evacuation of the county's lowland villages.",
    "County-wide, the tea area is 42,000 mu.",
    "Across the province, 86 such stations are open.",
    "She knew the whole story, and the province knew it too.",
    "Reaching the whole province will take the service two years.",
    # let / make ... become
    "Let the dough rest until it has really become soft.",
    "The award made her famous, and the town really became a tourist spot.",
    "The reforms let farmers become owners of their land.",
    "Don't let the samples become a monument to indecision.",
    "It has truly become a national sport.",
    "The song made him a star, and he gradually became a recluse.",
    "Making friends became easier when she moved.",
    "They let it become a habit.",
    "The club made changes that have really become popular.",
    "Letting children become bored is no bad thing.",
    "He made it clear the plan would further become law only after a vote.",
    "The trend has further become entrenched, analysts say.",
    "Let's see what the new year brings.",
    "Make sure the river does not become polluted again.",
    # "+" in ordinary use
    "Students follow the \"3+1+2\" exam model.",
    "The charger shares its output as 45 W + 15 W + 5 W.",
    "Call the consulate on +86-10-12308 for help.",
    "The bundle, sold as \"phone + watch\", costs less.",
    "The company's C++ and Python teams merged.",
    "Ratings run from A+ to C-, the agency said.",
    "Disney+ and Apple TV+ raised their prices.",
    "The formula is a + b + c = 10.",
    # problem of ... hard / difficult
    "The town has the problem of being hard to reach.",
    "Boilers suffer from the problem of hard water.",
    "The problem of hard-to-treat infections is growing.",
    "The problem is difficult to solve.",
    "Solving the problem of poverty is hard to do quickly.",
    "The difficulty of the exam made it hard to pass.",
    "It is hard to see the problem of the old bridge from here.",
    "Issues of difficult access were raised at the meeting.",
    "The trouble of finding a doctor was hard to bear.",
    # a second reading's sentences (same round)
    "The sector generated an output value of about $4 billion, the ministry said.",
    "The sensor's output value is over 5 volts when the door opens.",
    "The algorithm created an output value for each of 2 million pixels.",
    "The whole county turned out for the funeral.",
    "Ontario's premier said the whole province would go into lockdown.",
    "The permit covers nearly the whole province.",
    "Shoppers snapped up the \"phone + tablet + watch\" bundle.",
    "The menu offers a \"burger + fries + drink\" deal.",
    "Subscribers moved to \"Game Pass + Gold + EA Play\" last year.",
    "Campaigns target the problem of hard to reach voters.",
    "Doctors describe the problem of difficult to control asthma.",
    "Schools struggle with the problem of difficult to fill vacancies.",
    # a third reading's sentences
    "Her offer was \"base + bonus + equity\", the recruiter said.",
    "The economist wrote spending as \"households + firms + government\" in the lecture.",
    "The festival's theme, \"farmers + chefs + diners\", drew 5,000 people.",
    "The clinic targets the problem of hard to reach and hard to serve communities.",
    "Doctors face the problem of difficult to treat or drug-resistant infections.",
    "Campaigns target the problem of hard to reach, isolated voters.",
]

# the round's calque-let-causative widening was dropped; the rule as it stands passes these
DROPPED_LET = [
    "Let your body gradually become used to the cold water before you swim.",
    "Stress can make people gradually become anxious, the doctor said.",
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_round_shape_is_reported_on_its_span(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", GOOD)
def test_ordinary_english_with_the_same_words_passes(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", DROPPED_LET)
def test_the_dropped_let_widening_stays_dropped(text):
    assert sorted(f.text for f in checked_findings(text, ungated_rules(("calque-let-causative",)))) == []


def test_review_holds_at_least_thirty_sentences():
    assert len(GOOD) >= 30
