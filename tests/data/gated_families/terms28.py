"""The data of the gated families of test_terms28.py, tested by tests/test_gated_families.py.

Gated term families (issue 9, twenty-eighth round): Chinese official, economic, technical, legal,
medical, farming and social terms rendered word for word or with the wrong English word. Each
family is run ungated on renderings and English that its catalog examples do not hold (the
English it must leave alone is taken from the kinds of good writing each branch was narrowed
for), and the full catalog shows that the gate keeps a family quiet in a document with no other
sign of machine translation."""

from rule_helpers import MT_EVIDENCE_TERMS

FAMILIES = [
    "mt-term-body-names-28", "mt-term-coined-suffixes-28", "mt-term-sense-nouns-28",
    "mt-term-farming-28", "mt-term-health-care-28", "mt-term-courts-and-fraud-28",
    "mt-term-economy-28", "mt-term-society-28", "mt-term-transport-weather-28",
    "mt-term-culture-online-28", "mt-term-planning-formulas-28", "mt-term-hazards-and-waste-28",
]

# (rule, text, the span it must report or None for silence)
FOUND = [
    ("mt-term-body-names-28", "The Human Resources and Social Protection Bureau held a job fair.",
     "Human Resources and Social Protection Bureau"),
    ("mt-term-body-names-28", "The Municipal General Trade Union gave out cooling supplies.", "Municipal General Trade Union"),
    ("mt-term-body-names-28", "The People's Inspection Institute filed charges.", "People's Inspection Institute"),
    ("mt-term-body-names-28", "The Federation of Trade Unions gave out cooling supplies.", None),
    ("mt-term-body-names-28", "A market supervision bureau in lower case is not a name.", None),
    ("mt-term-coined-suffixes-28", "The county fought the non-grainization of farmland.", "non-grainization"),
    ("mt-term-coined-suffixes-28", "Officials argued for legalising opium and taxing it.", None),
    ("mt-term-sense-nouns-28", "The city has 30 innovation main bodies.", "innovation main bodies"),
    ("mt-term-sense-nouns-28", "The delegation received a high-specification reception.", "high-specification reception"),
    ("mt-term-sense-nouns-28", "The main body of the report runs to 300 pages.", None),
    ("mt-term-sense-nouns-28", "Airlines are key carriers of cargo in the region.", None),
    ("mt-term-farming-28", "Breeding households lost money when pig prices fell.", "Breeding households"),
    ("mt-term-farming-28", "Water and soil loss was curbed on 500 square kilometres.", "Water and soil loss"),
    ("mt-term-farming-28", "The horse breeding industry employs 300 people.", None),
    ("mt-term-health-care-28", "The accompanying diagnosis service helps elderly patients.", "accompanying diagnosis"),
    ("mt-term-health-care-28", "The glory home looks after 40 veterans.", "glory home"),
    ("mt-term-health-care-28", "Social rescue teams searched the hills.", None),
    ("mt-term-courts-and-fraud-28", "The executed person refused to repay the debt.", "executed person"),
    ("mt-term-courts-and-fraud-28", "He was restricted from high consumption by the court.", "restricted from high consumption"),
    ("mt-term-courts-and-fraud-28", "Names of executed persons were read at the memorial.", None),
    ("mt-term-economy-28", "The company completed the mixed reform last year.", "mixed reform"),
    ("mt-term-economy-28", "The retained tax rebate helped firms.", "retained tax rebate"),
    ("mt-term-economy-28", "China's old-for-new trade-in scheme lifted car sales.", None),
    ("mt-term-economy-28", "He mixed reform with caution.", None),
    ("mt-term-society-28", "The service objects of the centre are elderly people.", "service objects"),
    ("mt-term-society-28", "The policy helped stabilize posts and expand employment.", "stabilize posts"),
    ("mt-term-society-28", "Unemployed personnel can apply for training.", "Unemployed personnel"),
    ("mt-term-society-28", "Military personnel can apply for training.", None),
    ("mt-term-society-28", "Check the package contents before you sign.", None),
    ("mt-term-transport-weather-28", "Police seized 50 old man happy cars.", "old man happy cars"),
    ("mt-term-transport-weather-28", "The pumping water energy storage station cost 8 billion yuan.", "pumping water energy storage"),
    ("mt-term-transport-weather-28", "Typhoon Doksuri landed on the coast of Fujian.", "landed"),
    ("mt-term-transport-weather-28", "The retention volume of the pond is 300 cubic metres.", None),
    ("mt-term-transport-weather-28", "The plane landed on time despite the storm.", None),
    ("mt-term-transport-weather-28", "The co-pilot seat of the jet was empty for the flight.", None),
    ("mt-term-culture-online-28", "Script kill shops opened across the city.", "Script kill shops"),
    ("mt-term-culture-online-28", "The script was killed by the studio.", None),
    ("mt-term-culture-online-28", "The script kills off the hero in the third act.", None),
    ("mt-term-economy-28", "The first set of equipment arrived at the hospital.", None),
    ("mt-term-hazards-and-waste-28", "The airline transferred 200 people from the cancelled flight.", None),
    ("mt-term-planning-formulas-28", "The road grid has three verticals and three horizontals.", "three verticals and three horizontals"),
    ("mt-term-planning-formulas-28", "The shampoo is a two-in-one formula.", None),
    ("mt-term-hazards-and-waste-28", "Harmful garbage must go in the red bins.", "Harmful garbage"),
    ("mt-term-hazards-and-waste-28", "The city imposed static management for ten days.", "static management"),
    ("mt-term-hazards-and-waste-28", "The plant uses static mixers to manage the flow.", None),
    ("mt-term-economy-28", "Displaced families will get house tickets to buy new flats.", "house tickets"),
    ("mt-term-society-28", "The school set up three famous teacher studios.", "famous teacher studios"),
    ("mt-term-courts-and-fraud-28", "Two clinics were caught cheating insurance funds.", "cheating insurance funds"),
    ("mt-term-courts-and-fraud-28", "He was accused of cheating insurance companies.", None),
    ("mt-term-courts-and-fraud-28", "The court put him on the dishonest list last year.", "dishonest list"),
    ("mt-term-health-care-28", "Seniors ride buses free with the respect-the-elderly card.", "respect-the-elderly card"),
    # after review: the narrowed branches still find the renderings they were written for
    ("mt-term-courts-and-fraud-28", "Under the procedure known as simple cancellation, the company closes in 20 days.",
     "simple cancellation"),
    ("mt-term-courts-and-fraud-28", "Simple cancellations can be made online up to 24 hours before the flight.", None),
    ("mt-term-society-28", "The city will build a second wandering dog containment center.", "wandering dog"),
    ("mt-term-society-28", "Wandering dogs roamed the old town at night.", None),
    ("mt-term-society-28", "The survey objects were 3,000 students.", "survey objects"),
    ("mt-term-society-28", "The survey objects were placed on the table.", None),
    ("mt-term-planning-formulas-28", "The county merged three certificates into one.", "three certificates into one"),
    ("mt-term-planning-formulas-28", "Three tests in one day is too many for a child.", None),
    ("mt-term-planning-formulas-28", "The big health industry is growing fast.", "big health"),
    ("mt-term-planning-formulas-28", "Big tourism industry groups lobbied the minister.", None),
    ("mt-term-hazards-and-waste-28", "Inspectors found 12 dangerous situations and fixed them.", "found 12 dangerous situations"),
    ("mt-term-hazards-and-waste-28", "Nurses reported dangerous situations on the wards to managers.", None),
    ("mt-term-culture-online-28", "The museum's surrounding products sold out.", "surrounding products"),
    ("mt-term-culture-online-28", "Surrounding products on the shelf were also recalled.", None),
    ("mt-term-transport-weather-28", "The car retention in the city reached 3 million.", "car retention"),
    ("mt-term-transport-weather-28", "Car retention rates in the UK are high.", None),
    ("mt-term-health-care-28", "Nucleic acid detection points were set up at the station.", "Nucleic acid detection"),
    ("mt-term-health-care-28", "Nucleic acid detection in soil samples was improved.", None),
    ("mt-term-sense-nouns-28", "Retirees got an appropriate tilt for older workers.", "appropriate tilt"),
    ("mt-term-sense-nouns-28", "Set the solar panels at the proper tilt for your latitude.", None),
]

CATEGORY = "terminology"

STORY_TERM = "Viewers sent bullet screens during the show."

# the story's rule, evidence and (span, suggestion) pairs: quiet on STORY_TERM alone,
# these after the evidence
STORY = ("mt-term-culture-online-28", MT_EVIDENCE_TERMS, STORY_TERM, [("bullet screens", "bullet comments")])
