"""False alarms of the two ungated capitals rules, ``all-caps-word`` and
``capitalised-common-noun``, on correct English of ``tests/data/capitals_review35.py`` (issue 9,
thirty-fifth round): capitals a writer sets on purpose after a naming word (a ship "renamed", a
"ticker", a "code", an "exercise", a "charity", a "band", words "chanted" or "sung"), inside a
quoted post, in a rating changed "from" another, before "trial"; honours, documents, permits and
products English capitalises after "a". Each pair: the correct sentence passes, and an MT shape
beside it is still reported with its exact span."""
import pytest

from rule_helpers import ungated_hits

GOOD_CAPS = [
    'Trump wrote on social media: "The Fake News is working OVERTIME to hurt us."',
    'The teacher wrote on the board: "Homework is due FRIDAY at noon."',
    "He works for the charity CARE, which runs clinics in Yemen.",
    "The ship was renamed SEA PRINCESS after the sale.",
    "The ship carried the name OCEAN PRINCESS on its stern.",
    "The chant of LOCK HER UP filled the hall.",
    "NATO's exercise COLD RESPONSE began in Norway on Monday.",
    "Patients in the RECOVERY trial received dexamethasone.",
    "The band TAKE THAT will tour next year.",
    "Hospitals declared a code BLACK on Friday.",
    "The company's shares trade under the ticker SAFE on the exchange.",
    "Protesters chanted NO MORE WAR outside the embassy.",
    "Analysts at the bank rate the stock a BUY, up from HOLD.",
    "The crowd sang HAPPY BIRTHDAY to the queen.",
]

GOOD_TITLE = [
    "The shareholders will vote at an Annual General Meeting on 5 May in London.",
    "The board has called an Extraordinary General Meeting to approve the merger.",
    "She won a Silver Bear at the Berlin festival for her debut.",
    "The veteran received a Purple Heart for wounds suffered in Iraq.",
    "He wore an Apple Watch with a cracked screen to the hearing.",
    "The mother bought a Happy Meal for her son at the drive-through.",
    "The government published a White Paper on housing in February.",
    "Ministers promised a Green Paper on social care before the summer.",
    "The claimant applied for a Green Card in 2010 and was refused.",
    "Disabled drivers can apply for a Blue Badge from their council.",
    "The city won a Green Flag for its parks.",
]


@pytest.mark.parametrize("text", GOOD_CAPS)
def test_all_caps_word_silent_on_named_and_quoted_capitals(catalog, text):
    assert ungated_hits(catalog.get("all-caps-word"), text) == []


@pytest.mark.parametrize("text", GOOD_TITLE)
def test_capitalised_common_noun_silent_on_honours_documents_products(catalog, text):
    assert ungated_hits(catalog.get("capitalised-common-noun"), text) == []


@pytest.mark.parametrize("bad,span", [
    # MT's capitals beside the same words used without a naming word before them
    ("The workers are working OVERTIME to finish the road.", "OVERTIME"),
    ("The new policy will REDUCE costs for small firms.", "REDUCE"),
    ("The harvest this year is EXPECTED to reach 2 million tons.", "EXPECTED"),
    ("The city will provide better CARE for the elderly.", "CARE"),
    ("Villagers said the new road was SAFE and wide.", "SAFE"),
    ("He said the RECOVERY of the economy was steady.", "RECOVERY"),
    # a quotation with no colon or verb of writing before it: the engine's capitals in a speech
    ('"The PROJECT will be finished this year," he said.', "PROJECT"),
])
def test_all_caps_word_still_reports_mt(catalog, bad, span):
    assert ungated_hits(catalog.get("all-caps-word"), bad) == [span]


@pytest.mark.parametrize("bad,span", [
    ("The province launched a Clean Air Action to cut coal use.", "Clean Air Action"),
    ("The district has opened a Talent Apartment for young graduates.", "Talent Apartment"),
    ("The city has built a Smart Parking Platform with 20,000 spaces.", "Smart Parking Platform"),
    # left flagged on purpose: news style lower-cases these common legal and banking nouns
    ("The court imposed a Suspended Sentence on the driver.", "Suspended Sentence"),
    ("The bank offers a Current Account with no fees.", "Current Account"),
])
def test_capitalised_common_noun_still_reports_mt(catalog, bad, span):
    assert ungated_hits(catalog.get("capitalised-common-noun"), bad) == [span]
