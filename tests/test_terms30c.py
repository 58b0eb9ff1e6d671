"""Gated term families (issue 9, thirtieth round): Chinese legal, policing, Party, social, sport,
media, clinic, school, farming, water, environment, disaster and produce terms rendered word for
word. Each family is run ungated on renderings its catalog examples do not hold and on ordinary
English that uses the same trigger words in their usual senses (the sentences each branch was
narrowed for), and the full catalog shows that the gate keeps a family quiet in a document with no
other sign of machine translation."""
from __future__ import annotations

import pytest

from audit import check_text, load_rules

from rule_helpers import MT_EVIDENCE_TERMS, alone_and_inside, assert_gated_family, ungated_hits

CATALOG = load_rules("rules.yaml")
RULES = {r.id: r for r in CATALOG.rules}
FAMILIES = ["mt-term-law-party-society-30c", "mt-term-health-land-disaster-30c", "mt-term-produce-nature-30c"]
LAW, HEALTH, PRODUCE = FAMILIES

# (rule, text, the span it must report or None for silence)
CASES = [
    (LAW, "The public prosecution organ charged him with fraud.", "public prosecution organ"),
    (LAW, "Floating party members were organised into branches.", "Floating party members"),
    (LAW, "He has a party age of 50 years.", "party age of 50"),
    (LAW, "Her score was above the first book line.", "first book line"),
    (LAW, "Officials must obey discipline at holiday nodes.", "holiday nodes"),
    (LAW, "Retirees receive the pension treatment on time.", "receive the pension treatment"),
    (LAW, "The Spring Festival file box office hit 8 billion yuan.", "Spring Festival file"),
    # ordinary English with the same words (review of the thirtieth round)
    (LAW, "He admitted guilt and accepted punishment without complaint, his lawyer said.", None),
    (LAW, "High-altitude parabolic flights let astronauts train for weightlessness.", None),
    (LAW, "The company maintained the original judgment of its auditors on the matter.", None),
    (LAW, "When we arrived at the case conference, the doctors were already there.", None),
    (LAW, "Detectives solved the life cases of three victims, the cold-case unit said.", None),
    (LAW, "The Central Video Library lends DVDs to schools.", None),
    (LAW, "The team kept a small treasury of old photographs in a box.", None),
    (LAW, "The national foot health survey found many people wear the wrong shoes.", None),
    (LAW, "A vanguard post of the army was attacked at dawn.", None),
    (LAW, "Her teaching age certificate was renewed.", None),
    (LAW, "The first book line of the poem is famous.", None),
    (LAW, "Holiday nodes in the network graph are shown in red.", None),
    (LAW, "The green channel at the airport is for passengers with nothing to declare.", None),
    (LAW, "After receiving the police report, the insurer paid.", None),
    (HEALTH, "The county trained 200 full-course doctors.", "full-course doctors"),
    (HEALTH, "Trucks must meet the National Six emission standard.", "National Six"),
    (HEALTH, "The water quality of national examination sections reached Class III.", "national examination sections"),
    (HEALTH, "Villagers carried out group monitoring and group prevention of landslides.",
     "group monitoring and group prevention"),
    (HEALTH, "The family doctor signing the certificate was struck off.", None),
    (HEALTH, "Fixed-point pharmacy automation uses fixed-point arithmetic chips.", None),
    (HEALTH, "The balance between occupation and compensation in the war zone was debated.", None),
    (HEALTH, "Used ground film stock from the 1970s is valuable to collectors.", None),
    (HEALTH, "He served as the river length surveyor in 1850.", None),
    (HEALTH, "The inferior grade five steel failed the test.", None),
    (HEALTH, "Hidden dangers of radon in homes are often ignored.", None),
    (HEALTH, "Civilian lodgings were requisitioned by the army in 1940.", None),
    (HEALTH, "Workers participated in medical insurance schemes run by unions.", None),
    (HEALTH, "Removing the drug additions from the formulary saved money.", None),
    (HEALTH, "Zero-difference rates apply to swaps.", None),
    (HEALTH, "Researchers began monitoring households in 2020.", None),
    (HEALTH, "The big trumpets sounded at the coronation.", None),
    (HEALTH, "Guards patrolled the dams and checked for dangers every night.", None),
    (HEALTH, "Marinas charge boats by the metre.", None),
    (PRODUCE, "Big gate crabs from Yangcheng Lake are famous.", "Big gate crabs"),
    (PRODUCE, "The county planted 10,000 mu of economic forest.", "economic forest"),
    (PRODUCE, "The economic forest of indicators confused investors.", None),
    (PRODUCE, "A small lobster farming experiment in Maine failed.", None),
    (PRODUCE, "The black land soil of Ukraine is among the most fertile.", None),
    (PRODUCE, "Technology special agents from the FBI raided the office.", None),
    # second review of the thirtieth round: ordinary English run ungated; each passed wrongly before
    (LAW, "Insurers complained that they were put under double regulation by Brussels and London.", None),
    (LAW, "He was placed under double regulation by the county discipline commission.", "placed under double regulation"),
    (LAW, "She sat at the end of the women's row.", None),
    (LAW, "Legal doctors may prescribe cannabis in Germany since 2017.", None),
    (LAW, "Legal doctors examined the body at the scene.", "Legal doctors"),
    (LAW, "Residents alarmed and frightened by the blast fled their homes.", None),
    (LAW, "The owner immediately alarmed and the police arrived.", "owner immediately alarmed"),
    (LAW, "Equity interest classes are treated last in a Chapter 11 plan.", None),
    (LAW, "Parents spend heavily on interest classes for their children.", "interest classes"),
    (LAW, "Accountants prepare year-end files before the release of the annual results.", None),
    (LAW, "The application executor asked the court to freeze the debtor's accounts.", "application executor"),
    (LAW, "Police situations like hostage stand-offs need trained negotiators.", None),
    (LAW, "The station received 1,200 police situations in May.", "received 1,200 police situations"),
    (LAW, "After receiving the police file, prosecutors dropped the case.", None),
    (LAW, "After receiving the police, officers rushed to the scene.", "After receiving the police"),
    (LAW, "The security firm's CCTV clients include shops and petrol stations.", None),
    (LAW, "According to the Xinhua client, the meeting ended on Monday.", "Xinhua client"),
    (LAW, "Harbouring escaped persons is an offence under the prisons act.", None),
    (LAW, "Police arrested 30 escaped persons last year.", "arrested 30 escaped persons"),
    (LAW, "Cameras watch the periphery of the school.", None),
    (LAW, "Mourners handed condolence money to the family, as Korean custom requires.", None),
    (LAW, "The union handed out condolence money to retired workers before the Spring Festival.", "condolence money"),
    (LAW, "The union pays a fertility allowance to members undergoing IVF.", None),
    (LAW, "Certainty matters more than severity: slow punishment deters less.", None),
    (LAW, "He was given a slow punishment of two years.", "slow punishment of two years"),
    (LAW, "Poison control centres handled 2 million poison-related cases last year.", None),
    (LAW, "Athletes found high-altitude throwing easier in Mexico City's thin air in 1968.", None),
    (LAW, "The campaign's political and legal teams met on Sunday.", None),
    (LAW, "Headscarf posts by the influencer went viral.", None),
    (LAW, "The charity hosted a gala evening party at the museum.", None),
    (LAW, "The firm's private small coffers were emptied by the fraud.", None),
    (HEALTH, "Investigating the hidden dangers of social media is her job.", None),
    (HEALTH, "Scientists are investigating 5 hidden dangers in household dust.", None),
    (HEALTH, "Inspectors rectified 30 hidden dangers at the mine.", "rectified 30 hidden dangers"),
    (HEALTH, "Her main treating doctor filed the workers' compensation report.", None),
    (HEALTH, "Dr Smith was her main attending physician at the clinic.", None),
    (HEALTH, "Injured spectators received off-site medical treatment at the county hospital.", None),
    (HEALTH, "Workers who participated in medical insurance paid lower premiums.", None),
    (HEALTH, "Rural residents participated in the basic medical insurance.", "participated in the basic medical insurance"),
    (HEALTH, "Dangerous waste generated by the plant must be shipped to a licensed site.", None),
    (HEALTH, "Volunteers run community health huts in rural Senegal.", None),
    (HEALTH, "Oxygen flow adjustments for patients on ventilators are logged.", None),
    (HEALTH, "Big trumpets warned the town of the fire.", None),
    (HEALTH, "Peaceful care services are offered at home.", None),
    (HEALTH, "The dean of the Royal London hospital trust resigned.", None),
    (HEALTH, "A mountain flood swept through the canyon like a wall.", None),
    (HEALTH, "The county issued a mountain flood warning.", "mountain flood warning"),
    (HEALTH, "The national exam sections on water chemistry were hard.", None),
    (HEALTH, "Tourist reception numbers at the hotel rose.", None),
    (PRODUCE, "Rhode Island's small lobster industry is struggling.", None),
    (PRODUCE, "Xuyi's small lobster festival draws diners from across China.", "small lobster festival"),
    (PRODUCE, "Black land degradation is linked to dispossession, the historian said.", None),
    (PRODUCE, "The waiting birds scattered when the cat appeared.", None),
    (PRODUCE, "Regenerated rice callus was grown on agar.", None),
    (PRODUCE, "The facility farming trout in Idaho closed last year.", None),
    (PRODUCE, "The county expanded facility farming to 2,000 mu.", "facility farming"),
    (LAW, "Part-timers should receive pension treatment equal to that of full-timers.", None),
    (LAW, "At his party age was no barrier; guests ranged from 8 to 80.", None),
    (LAW, "The National Theatre lines up a new season of Shakespeare.", None),
    (LAW, "Plea bargaining requires an admission of guilt and acceptance of punishment, the judge said.", None),
    (HEALTH, "Students taking this course or graduate courses may apply for the grant.", None),
    (HEALTH, "Offered full-time, this course lasts a year.", None),
    (HEALTH, "Retirees get medical and pension care from the state.", None),
    (HEALTH, "The council renovated dangerous houses in the old town.", None),
    (HEALTH, "The county renovated 3,000 dangerous houses for poor rural households.", "renovated 3,000 dangerous houses"),
    (PRODUCE, "Investors miss the economic forest for the trees.", None),
]


def test_the_families_are_gated_terms_with_examples():
    assert_gated_family(RULES, FAMILIES, "terminology")


@pytest.mark.parametrize("rid,text,span", CASES)
def test_family_ungated(rid, text, span):
    assert ungated_hits(RULES[rid], text) == ([span] if span else [])


TERM = "Floods hit the county and internal waterlogging cut the roads."


def test_gate_keeps_the_family_quiet_without_other_evidence():
    alone, inside = alone_and_inside(CATALOG, HEALTH, MT_EVIDENCE_TERMS, TERM)
    assert alone == []
    assert inside == [("internal waterlogging", None)]
