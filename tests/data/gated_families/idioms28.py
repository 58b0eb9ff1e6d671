"""The data of the gated families of test_idioms28.py, tested by tests/test_gated_families.py.

The twenty-eighth round's gated families (issue 9): idiom images, image nouns, verb-object
pairs, verb-form slips, articles in fixed frames, number frames and sentence frames. What each
finds run on its own in other inflections and word orders than its examples, the English it
leaves alone on purpose (most of it spans that clean text showed while the families were
written), and that the evidence gate keeps them quiet on a sentence with no other sign of
machine translation."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ("mt-saying-images-28", "mt-image-nouns-28", "mt-verb-object-28", "mt-verb-form-slips-28",
            "mt-missing-article-frames-28", "mt-number-frames-28", "mt-sentence-frames-28")

# (rule, text, the one span it must report): other inflections and orders of the same images
FOUND = [
    ("mt-saying-images-28", "The two towns are wading out a green path together.", "wading out a green path"),
    ("mt-saying-images-28", "All the villagers twisted together into one rope.", "twisted together into one rope"),
    ("mt-saying-images-28", "Workers are racing against every minute and every second.", "racing against every minute and every second"),
    ("mt-saying-images-28", "The brand has become fire online this summer.", "become fire"),
    ("mt-saying-images-28", "The plant turned on full horsepower for the orders.", "turned on full horsepower"),
    ("mt-image-nouns-28", "Officials want law enforcement with more temperature.", "law enforcement with more temperature"),
    ("mt-image-nouns-28", "The qualified rate of the products was 98 percent.", "qualified rate"),
    ("mt-image-nouns-28", "The county ranks at the forefront of the province in exports.", "ranks at the forefront of the province"),
    ("mt-verb-object-28", "Officials are weaving denser the net of protection.", "weaving denser the net"),
    ("mt-verb-object-28", "The bureau has stepped up the intensity of inspections.", "stepped up the intensity of inspections"),
    ("mt-verb-object-28", "The project drove 1,200 farmers to find jobs.", "drove 1,200 farmers to find jobs"),
    ("mt-verb-form-slips-28", "Prices are further increase in the summer.", "are further increase"),
    ("mt-verb-form-slips-28", "There were 40 teams took part in the match.", "There were 40 teams took part"),
    ("mt-verb-form-slips-28", "The efficiency of approval has been obviously improved this year.", "has been obviously improved"),
    ("mt-verb-form-slips-28", "The fire was occurred in a warehouse.", "was occurred"),
    ("mt-missing-article-frames-28", "The town has long history of tea growing.", "has long history"),
    ("mt-missing-article-frames-28", "The park became important engine of growth.", "became important engine"),
    ("mt-number-frames-28", "Almost more than 60 enterprises signed up.", "Almost more than"),
    ("mt-number-frames-28", "Many household have installed solar panels.", "Many household"),
    ("mt-sentence-frames-28", "In the next step, will expand the pilot to five towns.", "In the next step, will"),
    ("mt-sentence-frames-28", "Let the villagers enjoy clean water.", "Let the villagers"),
]

# (rule, text) English the families leave alone: most are spans the clean sets showed while the
# families were written, or good English that shares their words
PASSED_BY_RULE = [
    ("mt-saying-images-28", "Students were told not to copy homework from each other."),
    ("mt-saying-images-28", "The hikers saw a tiger on the road at dawn."),
    # good English a reviewer ran the families over (review28 P1): rope making, a whole-catalog
    # rule reports this one too, so it cannot be a pass example in rules.yaml
    ("mt-saying-images-28", "Three strands are twisted into one rope."),
    ("mt-image-nouns-28", "The whole chain of command was replaced."),
    ("mt-image-nouns-28", 'The government encouraged a "street stall economy" in 2020.'),
    ("mt-image-nouns-28", "It repeated Beijing's long-standing position on arms control."),
    ("mt-verb-object-28", "We hope the visit will inject fresh momentum into relations."),
    ("mt-verb-object-28", "Coaches increase the intensity of training before the season."),
    ("mt-verb-form-slips-28", "The spelling and the capital letters are Fell's own."),
    ("mt-verb-form-slips-28", "They were arrived at by an entirely different route."),
    ("mt-number-frames-28", "There was a lot of patient, dull work on parking and bins."),
    ("mt-number-frames-28", "Eleven days is a lot of school to miss."),
    ("mt-number-frames-28", "The state approved the Phase 3 project last week."),
    ("mt-number-frames-28", "The boy, a Class 10 student from Wandoor, died on Sunday."),
    ("mt-number-frames-28", "Obituary: Peggy Lennox, 1931-2024\n\nFarmer, churchwarden and friend."),
    ("mt-number-frames-28", "We always said this was about more than one building."),
    ("mt-number-frames-28", "We never shared more than about 20 words."),
    ("mt-number-frames-28", "The league has 312 school and club teams."),
    ("mt-sentence-frames-28", "Next year will be the second year of the plan."),
    ("mt-sentence-frames-28", "Let the children play, the teacher said."),
]

ALONE = [
    "Everyone twisted into a rope to fight the flood.",
    "The county built a whole-chain service for farmers.",
    "The county injected strong power into rural revitalization.",
    "The company will been completed the project next month.",
    "The county made great contribution to the victory.",
    "Nearly more than 100 people attended.",
    "This is the first time for the city to host the event.",
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    "mt-saying-images-28": "twisted into a rope",
    "mt-image-nouns-28": "whole-chain",
    "mt-verb-object-28": "injected strong power into",
    "mt-verb-form-slips-28": "will been",
    "mt-missing-article-frames-28": "made great contribution",
    "mt-number-frames-28": "Nearly more than",
    "mt-sentence-frames-28": "the first time for the city to host",
}
