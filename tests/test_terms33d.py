"""The thirty-third round's gated term families written from knowledge (issue 9): health,
medicine and care of the old and the young; courts, procuratorates, police and veterans' affairs;
jobs, incomes and everyday city life. What each finds in renderings made up for the round (beyond
the rules' own examples), the ordinary English sharing their words that they leave alone (the
round's precision review, each sentence run against the three families with the gate off), and
that the evidence gate keeps them quiet on a sentence with no other sign of machine translation."""
from __future__ import annotations

import os

import pytest

from audit import load_rules
from audit.engine import check_text

from rule_helpers import MT_EVIDENCE_REPORT, assert_gated_family, family_findings, ungated_hits

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = ("mt-term-health-care-33d", "mt-term-law-police-army-33d", "mt-term-jobs-city-33d")


@pytest.fixture(scope="module")
def catalog():
    return load_rules(os.path.join(ROOT, "rules.yaml"))


@pytest.fixture(scope="module")
def rules(catalog):
    return {r.id: r for r in catalog.rules if r.id in FAMILIES}


# (rule, made-up MT rendering, the spans it must report)
FOUND = [
    ('mt-term-health-care-33d', 'The price of drugs fell by 53 percent after centralized mining.',
     ['centralized mining']),
    ('mt-term-health-care-33d', 'The national set mining of stents cut prices sharply.',
     ['set mining']),
    ('mt-term-health-care-33d', 'The Health and Wellness Committee of the province held a meeting.',
     ['Health and Wellness Committee of the province']),
    ('mt-term-health-care-33d', 'The hospital set up a treating un-ill centre.',
     ['treating un-ill']),
    ('mt-term-law-police-army-33d', 'The court set up a case and investigated.',
     ['set up a case']),
    ('mt-term-law-police-army-33d', 'The court resolved the difficult execution of 300 cases.',
     ['resolved the difficult execution']),
    ('mt-term-law-police-army-33d', 'The inspection institute filed a public interest lawsuit.',
     ['inspection institute']),
    ('mt-term-law-police-army-33d', 'The inspection organs issued 40 inspection suggestions.',
     ['inspection organs issued 40 inspection suggestions']),
    ('mt-term-law-police-army-33d', 'The executed funds were paid to the workers.',
     ['executed funds']),
    ('mt-term-law-police-army-33d', 'The household police visited the elderly man.',
     ['household police']),
    ('mt-term-law-police-army-33d', 'The assisted police patrolled the streets.',
     ['The assisted police']),
    ('mt-term-law-police-army-33d', 'The Bureau of Retired Soldiers Affairs held a meeting.',
     ['Bureau of Retired Soldiers Affairs']),
    ('mt-term-law-police-army-33d', 'Independent career choice cadres received allowances.',
     ['Independent career choice cadres']),
    ('mt-term-jobs-city-33d', 'The employment apprenticeship subsidy is 1,500 yuan a month.',
     ['employment apprenticeship subsidy']),
    ('mt-term-health-care-33d', 'The integration of medical care and pension is a key task.',
     ['integration of medical care and pension']),
    ('mt-term-health-care-33d', 'The medical-pension combination institutions have 3,000 beds.',
     ['medical-pension combination']),
    ('mt-term-health-care-33d', 'The old man canteen opened in the community.',
     ['old man canteen']),
    ('mt-term-health-care-33d', 'The suitable aging reform of apps was carried out.',
     ['suitable aging reform']),
    ('mt-term-health-care-33d', 'The sojourn pension attracts northern retirees.',
     ['sojourn pension']),
    ('mt-term-jobs-city-33d', 'The breakfast project covers 300 outlets.',
     ['breakfast project']),
    ('mt-term-health-care-33d', 'The hospital sense management was strengthened.',
     ['hospital sense management']),
    ('mt-term-law-police-army-33d', 'The military rest cadres visited the exhibition.',
     ['military rest cadres']),
    ('mt-term-health-care-33d', 'The small dining table near the school was inspected.',
     ['small dining table']),
    ('mt-term-health-care-33d', 'The parenting sister-in-law takes care of the baby.',
     ['parenting sister-in-law']),
    ('mt-term-jobs-city-33d', 'The human-post matching platform went online.',
     ['human-post matching']),
]


@pytest.mark.parametrize("rid,text,spans", FOUND)
def test_family_finds_the_rendering(rules, rid, text, spans):
    assert ungated_hits(rules[rid], text) == spans


# ordinary English sharing the families' words (the round's precision review); none may fire
PASSED = [
    'Centralized mining of bitcoin worries developers who want decentralization.',
    'Drug prices fell after the set mining rights were auctioned, the Chilean report on medicines said.',
    'Travellers were given a trip code for their booking; the epidemic was long over by then.',
    'COVID rules required a health code; the itinerary code on my e-ticket was different.',
    'The city health and wellness committee in Denver met on Tuesday.',
    'The two diseases patients fear most are cancer and dementia.',
    'Treating the ill is the first duty of a doctor.',
    'Inflation had hit the vaccine budget hard, the health minister said.',
    'Floods have hit the vaccine cold chain in Sindh.',
    'He received the first needle of the acupuncture course without flinching.',
    'The tailor took the first needle from the box.',
    'Pension service institutions such as fund administrators are regulated by the FCA.',
    'Nursing staff were told their pension institutions had merged.',
    'The elder canteen owner, a man of 80, still cooks every day.',
    "The canteen's old man, a retired chef, makes soup.",
    'The general benefit of childcare subsidies is higher female employment.',
    'The old man canteen sign was painted by his grandson.',
    'Appropriate aging renovations of whisky casks take years.',
    'The help bath toys kept the toddlers busy.',
    'Hospital sense of urgency rose after the outbreak.',
    'Traffic flow investigation showed that patients arrived late because of road works.',
    'The closed control zone of the airfield was off limits to journalists.',
    'Engineers measured input cases from abroad in the software test suite.',
    "The drinking pieces in the museum's glass collection date from the 1700s.",
    "The all-department doctors' meeting was held at Mount Sinai.",
    'Women and young hospital staff were most at risk of burnout.',
    'The love and health of her family mattered most to her.',
    'Push and grasp the handle firmly to open the hatch.',
    'Grassroots first: the campaign began with volunteers.',
    'The silver age of comics followed the golden age.',
    'The dilemma children face at school is real.',
    'The after-school club runs until six.',
    'The police set up a case study for new recruits.',
    'The court stood the case over until Monday.',
    'The dean of the law school met the court officials.',
    'The referee documents every booking in his notebook.',
    'The bounty enforcement notice was posted in the saloon in 1880.',
    'Trade execution reconciliation is done nightly by the back office.',
    'Police patrol special events at the stadium.',
    'The black and grey market for rare coins thrived.',
    'The police camp was set up near the border in 1944.',
    'Military rest and recuperation centres were built in Hawaii.',
    'Pre-recruitment targets were missed by the army last year.',
    'Human defense mechanisms against viruses are complex.',
    'Anti-evil themes run through the fantasy novel.',
    "Workers' post-strike meetings were tense.",
    'He was named a national team player and a labor model of dedication by the coach.',
    'Second-kill scenes in the thriller were cut by the censor.',
    'The horse racing market is worth billions.',
    'Consumption help desks answered questions about energy bills.',
    'Employment trainees at the bank earn more than interns.',
    'Doctors cure salary-related stress with rest, he joked.',
    'The farmer, workers and owners met on Friday.',
    'Human and social sciences faculty members protested the cuts.',
    'Labor output per worker rose in county data for 2019.',
    'The skill master of the chess club won again.',
    'Post-stabilization care of trauma patients is covered by Medicare.',
    'He watched a live stream with positions of all the boats on the map.',
    'Replacing old with new tiles took a week.',
    'The old brand of tea was sold in China and abroad.',
    'Business circles in Shanghai welcomed the move.',
    'The national trend towards smaller cars continued.',
    'The breakfast project at the school feeds 200 children.',
    'The industry committee of the parliament met on Tuesday.',
    'Civilian police in Northern Ireland were reformed after 1998.',
    'Two assisted police officers with the search, the report said.',
    'He became a first-class police detective, his chief said.',
    'Household police reports rose during the holidays.',
    "The retired military officer opened a veterans' service station.",
    'A double embrace followed the goal.',
    "People's martial arts clubs train in the park.",
    'He chose self-employment after leaving the army.',
    "Executed payments must be reconciled by the court's finance team.",
    'The execution of the court order took months.',
    'The inspection organs of the European Union checked the ships after the court case.',
    'Her month with her sister-in-law in Rome was a joy.',
    "The moon rose over the sisters-in-law's house.",
    'The peaceful treatment of prisoners was demanded by the UN.',
    'Mental dredge work on the canal continued, he joked about his exams.',
    'The small dining table seats four adults comfortably.',
    'The treasure hunters found gold coins.',
    'General law firms handle divorce and property work.',
    'The general law of the land applies here.',
    'The full release of the files is expected next year.',
    'Full-term release dates are calculated by the prison service.',
    'The community correction officers meet offenders weekly.',
    'Family administration is a family therapy term for household routines.',
    'Person post-match interviews were brief after the final.',
    'The outside placement of the child was approved by the court.',
    'The light of the national gallery falls on the paintings.',
    'Special forces tourists? No, just soldiers on leave.',
    'Full reduction of emissions is decades away.',
    'Organized labor output data show union members work longer hours.',
    'The law police chiefs want is tougher sentencing.',
    'Law, police and courts must work together.',
    'The law police officers in the Netherlands enforce by-laws, not court orders.',
    'The number sources for the census were wrong.',
    'He chose work instead of training for the marathon.',
    # the independent review's ordinary English (each fired before its branch was narrowed)
    'In 2019 the ministry set mining policy for the next decade.',
    'The regulator set mining prices for lithium after the auction.',
    'Shortages of glass vials have hit the vaccine.',
    'Delays at the factory have hit the vaccine, officials said on Monday.',
    'Pension institutions are pouring money into dementia care homes.',
    'Pension institutions bought the bonds of companies that run homes for old people.',
    'Integrating medical care with pension reform is hard, the minister said.',
    'Combining medical treatment with pension advice helps patients plan.',
    'The buyer must absorb an embedded pension deficit.',
    'We treasure mothers and the work they do.',
    'Voters love health campaigns that promise shorter waits.',
    'Collectors prize Silver Age Action Comics issues from the 1960s.',
    'Footfall and pedestrian flow surveys showed covid had emptied high streets.',
    'Cycle flow surveys during the covid lockdown showed a boom in bike use.',
    "The museum's small dining tables were sold, and its operators received licences.",
    'Scientists treating the undiseased tissue found nothing.',
    'Justice Thomas, now the dean of the Supreme Court, wrote the dissent.',
    "The dean of the courts' press corps retired after forty years.",
    'The team addressed execution difficulties in the merger.',
    'Management has eased execution difficulties at the new plant.',
    'The chief executive said they would tackle the execution difficulties in the rollout.',
    'In most cases, execution payments to brokers fell last year.',
    'The court heard that execution payments to the hitman were made in cash.',
    'Soldiers and civilian police rushed to the scene of the blast.',
    'Military and civilian police were sent to the village after the riots.',
    'The board set up a case for review by the full committee.',
    'Students set up cases for examination in the moot court.',
    'The hotel served as a military rest house during the war.',
    'Fans and people post match highlights within minutes of the final whistle.',
    'People post matches on social media every weekend.',
    'Volunteer workers post stations along the marathon route.',
    'The chef ran a knife skills master workshop in Lyon.',
    'Core business circles in Berlin backed the reform.',
    'Commercial business circles welcomed the rate cut.',
    'Economists were given labour models to test the policy.',
    'The team received labor models from the ministry for review.',
    'Tenant farmer workers marched on the capital.',
    'Organized labor output of campaign ads rose before the election.',
    'The human social ministry of the church runs food banks.',
    'We got the first needle on Monday, said the tailor, and the rest on Tuesday.',
    'Elderly post stations were set up along the Silk Road in the Tang dynasty.',
    'Psychological and emotional dredging of old memories can hurt patients, the therapist said.',
    'The inspection suggestions from the auditors were followed by criminal charges.',
    'Food inspection institutes found the suspects had sold tainted milk.',
    'The criminal inquiry drew on the inspection suggestions of the labour ministry.',
    'Of the bystanders, two assisted police.',
    'The retired military services centre in Aldershot offers advice.',
    'The dean of the county court bar association spoke.',
    'The court referee documents her findings in a report.',
    'He executed funds transfers for the court registry.',
    'Black and grey industry markets for rare parrots were exposed by the BBC.',
    'The employment probation posts were advertised by the council.',
    'Migrant workers, known in China as nongmingong or farmer-workers, built the cities.',
    'The post-stabilization funds were used to rebuild Bosnia.',
    'The national trend styles show a move to the suburbs.',
    'The second kill events in the game award bonus points.',
    'The outside placement business of the agency grew.',
    'The city-level labour models predicted rising unemployment.',
]


@pytest.mark.parametrize("text", PASSED)
def test_families_pass_ordinary_english(rules, text):
    assert [(rid, ungated_hits(rules[rid], text)) for rid in FAMILIES if ungated_hits(rules[rid], text)] == []


def test_every_family_is_gated(rules):
    assert set(rules) == set(FAMILIES)
    assert_gated_family(rules, FAMILIES, "terminology")


ALONE = [
    "The price of drugs fell by half after centralized mining.",
    "The court recovered 30 million yuan of execution money.",
    "The Human and Social Bureau released the data.",
]


@pytest.mark.parametrize("sentence", ALONE)
def test_gate_keeps_a_lone_rendering_quiet(catalog, sentence):
    assert not [f for f in check_text(sentence, catalog) if f.rule in FAMILIES]


def test_gate_opens_in_a_story_with_other_signs_of_machine_translation(catalog):
    found = family_findings(MT_EVIDENCE_REPORT + " ".join(ALONE), catalog, FAMILIES)
    assert found == {
        "mt-term-health-care-33d": "centralized mining",
        "mt-term-law-police-army-33d": "execution money",
        "mt-term-jobs-city-33d": "Human and Social Bureau",
    }
