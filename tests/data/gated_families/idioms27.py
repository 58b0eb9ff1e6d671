"""The data of the gated families of test_idioms27.py, tested by tests/test_gated_families.py.

The twenty-seventh round's gated idiom and collocation families (issue 9): what each finds run
on its own, the renderings it leaves alone on purpose, and that the evidence gate keeps them
quiet on a sentence with no other sign of machine translation."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ("mt-saying-images-27", "mt-official-images-27", "mt-verb-object-27", "mt-report-formulas-27")

# (rule, text, the one span it must report) beyond the catalog's own examples: other
# inflections and word orders of the same images
FOUND = [
    ("mt-saying-images-27", "We will learn from stones of other mountains.", "stones of other mountains"),
    ("mt-saying-images-27", "The whole country is one chessboard in flood control.", "whole country is one chessboard"),
    ("mt-saying-images-27", "Reform must go deeper and more solid this year.", "go deeper and more solid"),
    ("mt-saying-images-27", "The villagers' money bags have bulged.", "villagers' money bags have bulged"),
    ("mt-saying-images-27", "The team worked without stopping their hooves.", "without stopping their hooves"),
    ("mt-official-images-27", "Residents can have it handled on the palm.", "handled on the palm"),
    ("mt-official-images-27", "Police carried out a net-pulling search.", "net-pulling"),
    ("mt-verb-object-27", "Such policies were implemented with discounts.", "implemented with discounts"),
    ("mt-verb-object-27", "All those who should be tested have been tested.", "All those who should be tested have been tested"),
    ("mt-verb-object-27", "The company circled a large number of young fans.", "circled a large number of young fans"),
    ("mt-report-formulas-27", "The enthusiasm of farmers was fully mobilized.", "enthusiasm of farmers was fully mobilized"),
    ("mt-report-formulas-27", "The area is known far and near for its tea.", "known far and near"),
]

# (rule, text) the family leaves alone: a saying given as one, a gloss in Chinese characters,
# a programme's name in title case, the phrases annotators passed, English that shares words
PASSED_BY_RULE = [
    ("mt-saying-images-27", "As the proverb has it, stones from other hills can polish jade."),
    ("mt-saying-images-27", 'He cited "stones from other hills" (他山之石) in his speech.'),
    ("mt-saying-images-27", "The policy, literally 'one key opens one lock', was praised."),
    ("mt-report-formulas-27", "Zibo Builds 15-Minute Fitness Circles in City and Countryside"),
    ("mt-report-formulas-27", 'The firm adopts the mode of "company + cooperative + farmer".'),
    ("mt-verb-object-27", "All must resolutely prevent the occurrence of casualties."),
    ("mt-verb-object-27", "All who should be there were there."),
    ("mt-verb-object-27", "Everyone who can be reached will be called."),
    ("mt-report-formulas-27", "She paid the bill and left."),
    ("mt-report-formulas-27", "The next step is to expand the pilot."),
]

ALONE = [
    "Officials must hold a bowl of water level when handling disputes.",
    "The key minority must set an example.",
    "The county will do subtraction for enterprises.",
    "Leaders personally deployed and personally directed the rescue.",
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    "mt-saying-images-27": "hold a bowl of water level",
    "mt-official-images-27": "key minority",
    "mt-verb-object-27": "do subtraction for enterprises",
    "mt-report-formulas-27": "personally deployed and personally directed",
}
