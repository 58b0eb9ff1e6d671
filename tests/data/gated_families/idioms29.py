"""The data of the gated families of test_idioms29.py, tested by tests/test_gated_families.py.

The twenty-ninth round's gated families (issue 9): saying and slogan images, verb-object
pairs and grammar frames, written from knowledge of Chinese and of MT output. What each finds
run on its own in other inflections and word orders than its examples, the ordinary English
that shares its words and that it leaves alone (sentences written for the round's precision
review), and that the evidence gate keeps it quiet on a sentence with no other sign of
machine translation."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ("mt-saying-images-29", "mt-verb-object-29", "mt-grammar-frames-29")

# (rule, text, the one span it must report): other inflections and orders of the images
FOUND = [
    ("mt-saying-images-29", "Tax cuts were a heart-strengthening injection for the economy.",
     "heart-strengthening injection"),
    ("mt-saying-images-29", "The agency turns its knife blades inwards.", "turns its knife blades inwards"),
    ("mt-saying-images-29", "Cadres care about the warmth and cold of the villagers.",
     "care about the warmth and cold"),
    ("mt-saying-images-29", "The zone serves as a test field for institutional innovation.",
     "test field for institutional innovation"),
    ("mt-saying-images-29", "The bureau showed its sword at pyramid selling.", "showed its sword at pyramid selling"),
    ("mt-saying-images-29", "The town is exploring out a green path that suits it.",
     "exploring out a green path"),
    ("mt-saying-images-29", "The county has stepped out a unique road of development.",
     "stepped out a unique road"),
    ("mt-saying-images-29", "Young makers are the tide-riders of the era.", "tide-riders"),
    ("mt-saying-images-29", "The entire province up and down joined the campaign.", "entire province up and down"),
    ("mt-saying-images-29", "The shops are red-red-fire-fire before the festival.", "red-red-fire-fire"),
    ("mt-saying-images-29", "It takes 10 years to plant trees and a hundred years to plant people.",
     "10 years to plant trees and a hundred years to plant people"),
    ("mt-saying-images-29", "Villagers no longer rely on blood transfusion from the state.",
     "rely on blood transfusion from the state"),
    ("mt-saying-images-29", "Growth kept stable in the middle and made progress.",
     "stable in the middle and made progress"),
    ("mt-saying-images-29", "Village officials were given retention measures.", "were given retention measures"),
    ("mt-verb-object-29", "Fiscal policy is exerting force precisely.", "exerting force precisely"),
    ("mt-verb-object-29", "Tasks were decomposed and assigned layer by layer.", "assigned layer by layer"),
    ("mt-verb-object-29", "The county will grasp regularly and grasp long.", "grasp regularly and grasp long"),
    ("mt-verb-object-29", "The bank dredges the credit channels for farmers.", "dredges the credit channels"),
    ("mt-verb-object-29", "The measures have been effectively landed.", "measures have been effectively landed"),
    ("mt-grammar-frames-29", "The town has obvious improvement in air quality.", "has obvious improvement"),
    ("mt-grammar-frames-29", "The park occupies area of 30 hectares.", "occupies area of"),
    ("mt-grammar-frames-29", "The land was belong to the collective.", "was belong"),
    ("mt-grammar-frames-29", "Exports grew by 12.5% than last year.", "grew by 12.5% than last year"),
    ("mt-grammar-frames-29", "The policy made the farmers to feel at ease.", "made the farmers to feel"),
    ("mt-grammar-frames-29", "We very hope the talks go well.", "very hope"),
]

# (rule, text) ordinary English sharing the families' words: the round's precision review
PASSED_BY_RULE = [
    ("mt-saying-images-29", "The relay team dropped the baton on the last exchange."),
    ("mt-saying-images-29", "The motorway gas station for trucks was closed for repairs."),
    ("mt-saying-images-29", "The experimental fields of the institute grow rice and maize."),
    ("mt-saying-images-29", "Silverstone is the oldest race track in Britain."),
    ("mt-saying-images-29", "Green is the colour of the team's kit."),
    ("mt-saying-images-29", "Autumn adds vivid colour to the hillsides."),
    ("mt-saying-images-29", "She walked out of the meeting in protest."),
    ("mt-saying-images-29", "Tide tables show when the tide is highest."),
    ("mt-saying-images-29", "He walked up and down the platform."),
    ("mt-saying-images-29", "She grasped the railing with one hand."),
    ("mt-saying-images-29", "The fireworks of New Year's Eve lit up the sky."),
    ("mt-saying-images-29", "The fans gave thousands of likes to the post."),
    ("mt-saying-images-29", "Red and fiery autumn leaves covered the ground."),
    ("mt-saying-images-29", "A gust of wind knocked over the sign."),
    ("mt-saying-images-29", "The farm uses precision drip irrigation systems."),
    ("mt-saying-images-29", "The children's ox cart ride was popular at the fair."),
    ("mt-saying-images-29", "The river's main channel role in flood control was studied."),
    ("mt-saying-images-29", "The hikers walked steadily and went far into the hills."),
    ("mt-saying-images-29", "The cowboys wore boots and hats to the rodeo."),
    ("mt-saying-images-29", "Retirees play tai chi with friends in the park every morning."),
    ("mt-saying-images-29", "She flipped the pancakes on Sunday morning."),
    ("mt-saying-images-29", "Sprinkle the pepper over the fish before serving."),
    ("mt-saying-images-29", "The cyclist dropped the chain on the climb."),
    ("mt-saying-images-29", "The climbers went up against the difficult face of the mountain."),
    ("mt-saying-images-29", "Peace and stability in the Middle East remain elusive."),
    ("mt-saying-images-29", "Staff retention measures helped the firm keep workers."),
    ("mt-verb-object-29", "The muscles exert force on the bones."),
    ("mt-verb-object-29", "The team gathered strength after the break."),
    ("mt-verb-object-29", "The guards held the gate of the castle."),
    ("mt-verb-object-29", "Paint is applied layer by layer."),
    ("mt-verb-object-29", "The cyclist attacked in the last kilometre."),
    ("mt-verb-object-29", "The study examined the problem from three aspects of design."),
    ("mt-verb-object-29", "The drone has landed on the roof."),
    ("mt-verb-object-29", "The developer added code to the requirements document."),
    ("mt-verb-object-29", "Students learn from the advanced course materials."),
    ("mt-verb-object-29", "The talent team at the agency signed three new actors."),
    ("mt-verb-object-29", "Poverty affects the whole society, the report said."),
    ("mt-grammar-frames-29", "The company has strong growth in Asia."),
    ("mt-grammar-frames-29", "The village has a population of 3,000."),
    ("mt-grammar-frames-29", "The problem exists in many cities."),
    ("mt-grammar-frames-29", "In 2023, in a speech in Berlin, he called for peace."),
    ("mt-grammar-frames-29", "Sales rose 5 percent more than last year."),
    ("mt-grammar-frames-29", "I felt very supported by my team."),
    ("mt-grammar-frames-29", "It's very like his father's house."),
    ("mt-grammar-frames-29", "He may be able to help next week."),
    ("mt-grammar-frames-29", "We make suits to measure for clients."),
    ("mt-grammar-frames-29", "Until the end of 2020, he had lived in Paris."),
    # a listed verb in the pluperfect without a count after it is ordinary English (review29)
    ("mt-grammar-frames-29", "Until the end of 2022, the fund had invested only in bonds; it now buys shares."),
    ("mt-grammar-frames-29", "Until the end of 1990, East Germany had issued its own currency."),
    ("mt-grammar-frames-29", "The party, whose very support base is shrinking, lost three seats."),
    ("mt-grammar-frames-29", "Her will can be contested in the High Court, lawyers said."),
    ("mt-saying-images-29", "The band's name is an elegant corruption of a Latin phrase."),
    ("mt-saying-images-29", "The economy is doing better and better, the finance minister said."),
    ("mt-verb-object-29", "The reform has landed badly with voters, polls suggest."),
    # a clean set's sentence: a business writer drops the article after "with total"
    ("mt-grammar-frames-29", "Projects were registered last year, with total investment of about $1.1 billion."),
]

ALONE = [
    "The free trade zone is an experimental field of reform.",
    "The county will grasp early and grasp small to prevent corruption.",
    "The city covers area of 500 square kilometers.",
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    "mt-saying-images-29": "experimental field of reform",
    "mt-verb-object-29": "grasp early and grasp small",
    "mt-grammar-frames-29": "covers area of",
}
