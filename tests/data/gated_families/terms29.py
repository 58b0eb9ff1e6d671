"""The data of the gated families of test_terms29.py, tested by tests/test_gated_families.py.

Gated term families (issue 9, twenty-ninth round): Chinese economic, technical, official, legal,
school, clinic, farming, weather, space, policing and online terms rendered word for word. Each
family is run ungated on renderings its catalog examples do not hold and on ordinary English that
uses the same trigger words in their usual senses (the sentences each branch was narrowed for),
and the full catalog shows that the gate keeps a family quiet in a document with no other sign of
machine translation."""

from rule_helpers import MT_EVIDENCE_TERMS

FAMILIES = [
    "mt-term-economy-tech-29", "mt-term-officialdom-29", "mt-term-schools-clinics-29",
    "mt-term-farms-and-customs-29", "mt-term-weather-space-29", "mt-term-money-police-online-29",
    "mt-term-work-methods-29", "mt-term-medicine-energy-29", "mt-term-party-and-care-life-29",
]

# (rule, text, the span it must report or None for silence)
FOUND = [
    ("mt-term-economy-tech-29", "Domestic big models have developed rapidly this year.", "Domestic big models"),
    ("mt-term-economy-tech-29", "The stock hit the rising stop on Monday.", "hit the rising stop"),
    ("mt-term-economy-tech-29", "Climate scientists ran a big model of ocean currents.", None),
    ("mt-term-economy-tech-29", "Traders on the power exchange bid up prices on Monday.", None),
    ("mt-term-economy-tech-29", "Scattered investors in the project were unaware of the risks.", None),
    ("mt-term-officialdom-29", "The city built close and clean government-business relations.",
     "close and clean government-business relations"),
    ("mt-term-officialdom-29", "The card-breaking action targeted rented bank cards.", "card-breaking action"),
    ("mt-term-officialdom-29", "The bank took retention measures against the loss of deposits.", None),
    ("mt-term-officialdom-29", "The label won a compilation award at the Grammys.", None),
    ("mt-term-officialdom-29", "Residents of the small district of Chelsea complained about noise.", None),
    ("mt-term-officialdom-29", "The alliance served as a protective umbrella for smaller states.", None),
    ("mt-term-officialdom-29", "Referee documents from the match were released by the league.", None),
    ("mt-term-schools-clinics-29", "Teacher morality and teacher style were stressed at the meeting.",
     "Teacher morality and teacher style"),
    ("mt-term-schools-clinics-29", "The number dealers sold appointment slips at the gate.", "number dealers"),
    ("mt-term-schools-clinics-29", "Police arrested a number of dealers and seized drugs.", None),
    ("mt-term-schools-clinics-29", "The university offers guaranteed housing units to all freshmen.", None),
    ("mt-term-schools-clinics-29", "The middle exams of the semester were cancelled after the flood.", None),
    ("mt-term-farms-and-customs-29", "The county banned scattered raising of pigs.", "scattered raising"),
    ("mt-term-farms-and-customs-29", "Cattle were out of the column of trucks by noon.", None),
    ("mt-term-farms-and-customs-29", "Land hosting the Olympics must build stadiums.", None),
    ("mt-term-farms-and-customs-29", "Picking gardens for the show was hard, the judge said.", None),
    ("mt-term-farms-and-customs-29", "The village evening show raised money for the church.", None),
    ("mt-term-weather-space-29", "The autumn tiger brought high temperatures to Wuhan.", "autumn tiger"),
    ("mt-term-weather-space-29", "The lunar patrol device drove 1,000 metres.", "lunar patrol device"),
    ("mt-term-weather-space-29", "Lunar detectors aboard the probe measured neutrons.", None),
    ("mt-term-weather-space-29", "The shop sets up card points for loyal customers.", None),
    ("mt-term-weather-space-29", "The sensor output is three volts on a hot summer day.", None),
    ("mt-term-money-police-online-29", "The clear and bright action targeted online rumours.", "clear and bright action"),
    ("mt-term-money-police-online-29", "Network violence against the woman was condemned.", "Network violence"),
    ("mt-term-money-police-online-29", "Cao Cao built a water army to cross the river.", None),
    ("mt-term-money-police-online-29", "The boxing ring evaluation found loose ropes.", None),
    ("mt-term-money-police-online-29", "The school hall food was awful, pupils said.", None),
    ("mt-term-work-methods-29", "The supervision unit failed to report the cracks.", "The supervision unit"),
    ("mt-term-work-methods-29", "Officials found out the base number of poor households.", "found out the base number of poor households"),
    ("mt-term-work-methods-29", "The whole province plays one chess game.", "one chess game"),
    ("mt-term-work-methods-29", "Students must find out the base number before they work out the logarithm.", None),
    ("mt-term-work-methods-29", "She touched and arranged the flowers on the table.", None),
    ("mt-term-work-methods-29", "The dynamic clearing of the market after the shock was rapid.", None),
    ("mt-term-medicine-energy-29", "The power station was merged into the network in June.", "merged into the network"),
    ("mt-term-medicine-energy-29", "Hotels are empty in the light season.", "in the light season"),
    ("mt-term-medicine-energy-29", "The two companies merged into the network of the larger rival.", None),
    ("mt-term-medicine-energy-29", "In the light of the season's results, the coach resigned.", None),
    ("mt-term-medicine-energy-29", "She planted teeth marks in the apple.", None),
    ("mt-term-party-and-care-life-29", "The factory was named a civilized unit.", "civilized unit"),
    ("mt-term-party-and-care-life-29", "The leaders visited and condoled the families of martyrs.", "condoled"),
    ("mt-term-party-and-care-life-29", "The queen condoled the widow in a private letter.", None),
    ("mt-term-party-and-care-life-29", "The most beautiful workers' cottages were in the village.", None),
    ("mt-term-party-and-care-life-29", "Learning power points is a useful skill for students.", None),
    ("mt-term-farms-and-customs-29", "The shop had pigs in stock for the farm show.", None),
    ("mt-term-officialdom-29", "The county party committee patrol inspection group found problems.",
     "party committee patrol inspection group"),
    ("mt-term-officialdom-29", "The patrol inspection of the power line found faults.", None),
    ("mt-term-weather-space-29", "The Renaissance bullet train runs at 350 km/h.", "Renaissance bullet train"),
    ("mt-term-weather-space-29", "A moving car set off the alarm.", None),
    ("mt-term-weather-space-29", "The Renaissance painters of Florence are famous.", None),
    ("mt-term-money-police-online-29", "She posted the photos in her circle of friends.", "circle of friends"),
    ("mt-term-money-police-online-29", "He posted a letter to everyone in his circle of friends.", None),
    ("mt-term-money-police-online-29", "The council funds a small program of road repairs.", None),
    # after review: good English the families misread (other rules of the catalog may still flag
    # these two, so they live here rather than among the catalog's pass examples)
    ("mt-term-officialdom-29", "In small districts residents often know their councillors by name.", None),
    ("mt-term-work-methods-29", "The whole country became one chessboard for the great powers.", None),
    ("mt-term-medicine-energy-29", "The UN runs a second-level hospital in Juba for peacekeepers.", None),
    # an English alias after called / or is no rendering, and the family offers no sure fix
    ("mt-term-weather-space-29", "Xiangqi, often called Chinese or elephant chess, has its own world championship.", None),
    ("mt-term-weather-space-29", "Elephant chess is popular in the parks.", "Elephant chess"),
    # "forest" needs a word end: forestry work is English
    ("mt-term-farms-and-customs-29", "Officials closed the mountain for forestry work until the spring.", None),
    ("mt-term-farms-and-customs-29", "Officials closed the mountain for forest cultivation.", "closed the mountain for forest"),
]

CATEGORY = "terminology"

# A story with other signs of MT and the same sentence alone: the gated family reports only in
# the story.
STORY_TERM = "Farmers used flying prevention to spray the wheat."

# the story's rule, evidence and (span, suggestion) pairs: quiet on STORY_TERM alone,
# these after the evidence
STORY = ("mt-term-farms-and-customs-29", MT_EVIDENCE_TERMS, STORY_TERM, [("flying prevention", None)])
