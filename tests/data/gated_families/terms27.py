"""The data of the gated families of test_terms27.py, tested by tests/test_gated_families.py.

Gated term families (issue 9, twenty-seventh round): Chinese official, economic, technical and
social terms rendered word for word. Each family is run ungated on renderings and English that
its catalog examples do not hold, and the full catalog shows that the gate keeps them quiet in
a document with no other sign of machine translation."""

from rule_helpers import MT_EVIDENCE_TERMS

FAMILIES = [
    "mt-term-numbered-slogans", "mt-term-prices-and-firms", "mt-term-farm-and-land",
    "mt-term-building-and-energy", "mt-term-care-schools-jobs", "mt-term-city-services",
    "mt-term-environment-heritage", "mt-term-campaign-devices", "mt-term-courts-and-credit",
    "mt-term-tech-and-media",
]

# (rule, text, the span it must report or None for silence)
FOUND = [
    ("mt-term-numbered-slogans", 'The town keeps "three nos" for its markets.', '"three nos"'),
    ("mt-term-numbered-slogans", "Each firm now has one enterprise one file.", "one enterprise one file"),
    ("mt-term-numbered-slogans", "The county set one river two chiefs for the basin.", "one river two chiefs"),
    ("mt-term-numbered-slogans", "They came in one by one.", None),
    ("mt-term-numbered-slogans", "She had one on one sessions with him.", None),
    ("mt-term-numbered-slogans", 'Britain kept the "triple lock" on pensions.', None),
    ("mt-term-numbered-slogans", "Teams of three had four hours to finish.", None),
    ("mt-term-prices-and-firms", "The city uses ladder water prices for homes.", "ladder water prices"),
    ("mt-term-prices-and-firms", "Startups may claim computing power coupons.", "computing power coupons"),
    ("mt-term-prices-and-firms", "Buyers of stock housing get a tax break.", "stock housing"),
    ("mt-term-prices-and-firms", "Stock prices fell on Monday.", None),
    ("mt-term-farm-and-land", "Herders follow the grass-livestock balance.", "grass-livestock balance"),
    ("mt-term-farm-and-land", "The hollow villages lost half their people.", "hollow villages"),
    ("mt-term-farm-and-land", "A hollow log blocked the path.", None),
    ("mt-term-building-and-energy", "Old homes use earth-wood structures.", "earth-wood structures"),
    ("mt-term-building-and-energy", "Residents switched from bottle to pipe gas.", "bottle to pipe"),
    ("mt-term-building-and-energy", "The pipe and the bottle were both broken.", None),
    ("mt-term-care-schools-jobs", "The city pays a high-age allowance to people over 80.", "high-age allowance"),
    ("mt-term-care-schools-jobs", "Patients visit under graded diagnosis rules.", "graded diagnosis"),
    ("mt-term-care-schools-jobs", "The home pension fund was cut.", None),
    ("mt-term-city-services", "Commuters can share a downwind car to work.", "downwind car"),
    ("mt-term-city-services", "The city linked 30 broken-head roads.", "broken-head roads"),
    ("mt-term-city-services", "A driver lost control of the car downwind of the fire.", None),
    ("mt-term-city-services", "Trucks queued at the high-speed exits before the holiday.", "high-speed exits"),
    ("mt-term-city-services", "She slept on the high speed train to Wuhan.", None),
    ("mt-term-environment-heritage", "The town aims to be a water-saving society.", "water-saving society"),
    ("mt-term-environment-heritage", "He planted trees along the river.", None),
    ("mt-term-campaign-devices", "Shanghai runs wisdom parking in 40 districts.", "wisdom parking"),
    ("mt-term-campaign-devices", "The plan backs new-type urbanization.", "new-type urbanization"),
    ("mt-term-campaign-devices", "The grid adds source-grid-load-storage integration.", "source-grid-load-storage integration"),
    ("mt-term-campaign-devices", "She spoke with wisdom and grace.", None),
    ("mt-term-campaign-devices", "It is a new type of battery.", None),
    ("mt-term-courts-and-credit", "A gang offered routine loans to students.", "routine loans"),
    ("mt-term-courts-and-credit", "Banks push universal benefit finance in villages.", "universal benefit finance"),
    ("mt-term-courts-and-credit", "The lawyer explained the law to him.", None),
    ("mt-term-tech-and-media", "The firm runs a black light factory in Ningbo.", "black light factory"),
    ("mt-term-tech-and-media", "Visitors queued for non-heritage crafts.", "non-heritage"),
    ("mt-term-tech-and-media", "The black light made the poster glow.", None),
    ("mt-term-tech-and-media", "The brand sold 9,000 units in its live broadcast room.", "live broadcast room"),
    ("mt-term-building-and-energy", "The base will add 2 GW of wind and light power.", "wind and light power"),
    ("mt-term-building-and-energy", "The wind and light rain eased by noon.", None),
    ("mt-term-care-schools-jobs", "The bureau paid 300 rescue objects in May.", "rescue objects"),
    ("mt-term-care-schools-jobs", "The diver recovered objects from the wreck.", None),
    ("mt-term-campaign-devices", "The city's breakfast engineering covers 500 stalls.", "breakfast engineering"),
    ("mt-term-environment-heritage", "Anglers joined the proliferation and release of carp fry.", "proliferation and release"),
    ("mt-term-environment-heritage", "The treaty limits the proliferation of weapons.", None),
]

CATEGORY = "terminology"

STORY_TERM = "The county added 200 blind roads this year."

# the story's rule, evidence and (span, suggestion) pairs: quiet on STORY_TERM alone,
# these after the evidence
STORY = ("mt-term-building-and-energy", MT_EVIDENCE_TERMS, STORY_TERM, [("blind roads", "tactile paving")])
