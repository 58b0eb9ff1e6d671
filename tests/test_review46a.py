"""Review of round 46a's widenings (issue 9, kinds term and collocation), written as shapes that
recur across stories and kept only where they found defects in sets nobody read (TRANSFER):

- mt-rural-statistics-calques-40b (gated): 产值 "output value" in the frame of a local figure
  (a verb of outcome before it, or "is over / more than" and a figure), and 全县 / 全省 "the whole
  county (province, township, prefecture, banner)";
- calque-let-causative: 让 / 使 …真正成为 "let / make X really (truly, gradually, further) become";
- mt-term-numbered-slogans (gated): a quoted business-model formula of three or more nouns joined
  by "+" (公司+合作社+农户 "company + cooperative + farmer");
- mt-solve-realise-calques-40b (gated): 解决……难的问题 with 难 kept as "hard / difficult to" right after
  "the problem of".

Each rule runs with its gate off, so ordinary English sharing the words (output, value, whole,
province, let, make, become, "+", problem, hard, difficult) must pass on the rule's own shape, not because the gate is shut."""
from __future__ import annotations

import pytest

from rule_helpers import checked_findings, ungated_rules

RULES = ("mt-rural-statistics-calques-40b", "calque-let-causative", "mt-term-numbered-slogans",
         "mt-solve-realise-calques-40b")


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
    ("The kiwi area of the whole county has reached 42,000 mu.",  # 全县猕猴桃面积
     [("mt-rural-statistics-calques-40b", "the whole county")]),
    ("At present, the whole province has 86 such stations.",  # 全省共有
     [("mt-rural-statistics-calques-40b", "the whole province")]),
    ("Herders in the whole banner received the subsidy.",  # 全旗牧民
     [("mt-rural-statistics-calques-40b", "the whole banner")]),
    ("The plan will make the old street truly become a cultural landmark.",  # 使老街真正成为
     [("calque-let-causative", "make the old street truly become")]),
    ("Letting the bamboo industry gradually become a pillar industry is the goal.",  # 让竹产业逐步成为
     [("calque-let-causative", "Letting the bamboo industry gradually become")]),
    ("The town will let the river further become a place for leisure.",  # 让河流进一步成为
     [("calque-let-causative", "let the river further become")]),
    ("The town adopted the \"leading enterprise + base + farmer\" model.",  # 龙头企业+基地+农户
     [("mt-term-numbered-slogans", '"leading enterprise + base + farmer"')]),
    ("It runs on a “cooperative + e-commerce + household” pattern.",  # 合作社+电商+农户
     [("mt-term-numbered-slogans", "“cooperative + e-commerce + household”")]),
    ("The hospital eased the problem of difficult to register online.",  # 网上挂号难的问题
     [("mt-solve-realise-calques-40b", "problem of difficult to register")]),
    ('Buses solved the problems of "hard to travel, expensive to travel" for villagers.',  # 出行难、出行贵
     [("mt-solve-realise-calques-40b", 'problems of "hard to travel, expensive to travel"')]),
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
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_round_shape_is_reported_on_its_span(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", GOOD)
def test_ordinary_english_with_the_same_words_passes(text):
    assert _found(text) == []


def test_review_holds_at_least_thirty_sentences():
    assert len(GOOD) >= 30
