"""The data of the gated families of test_terms32a.py, tested by tests/test_gated_families.py.

Gated term families (issue 9, thirty-second round): Chinese sport, school and ethnic-affairs
terms; civil-affairs, household-registration, mass-organisation, e-government and
community-policing terms rendered word for word. Each family is run ungated on renderings its
catalog examples do not hold (made up from general knowledge before any WRITE text was read) and
on ordinary English that uses the same trigger words in their usual senses (the sentences the
branches were narrowed for); the full catalog shows that the gate keeps a family quiet in a
document with no other sign of machine translation."""

from rule_helpers import MT_EVIDENCE_TERMS

FAMILIES = ["mt-term-sport-school-ethnic-32a", "mt-term-welfare-governance-32a"]

# (rule, rendering, the span it must report)
FOUND = [
    ('mt-term-sport-school-ethnic-32a', 'The county was named a national unity and progress model county.', 'national unity and progress model'),
    ('mt-term-welfare-governance-32a', 'The citizenization of the agricultural transfer population will be promoted.', 'agricultural transfer population'),
    ('mt-term-welfare-governance-32a', 'The comprehensive management center is staffed by police and mediators.', 'comprehensive management center'),
    ('mt-term-welfare-governance-32a', 'The Xueliang project covers every village.', 'Xueliang project'),
    ('mt-term-welfare-governance-32a', 'The separation of people and households was recorded in the census.', 'separation of people and households'),
    ('mt-term-sport-school-ethnic-32a', 'The 25th provincial transport meeting opened with 8,000 athletes from 21 cities.', 'provincial transport meeting'),
    ('mt-term-sport-school-ethnic-32a', 'The county promotes the integration of body and education in rural schools.', 'integration of body and education'),
    ('mt-term-sport-school-ethnic-32a', 'Campus leagues for the three big balls, football, basketball and volleyball, will be expanded.', 'three big balls'),
    ('mt-term-sport-school-ethnic-32a', 'The city will add 12,000 degrees in primary schools by 2025.', 'add 12,000 degrees'),
    ('mt-term-sport-school-ethnic-32a', 'More than 60,000 students took the middle test this year.', 'students took the middle test'),
    ('mt-term-sport-school-ethnic-32a', 'The county has 86 public-office kindergartens.', 'public-office kindergartens'),
    ('mt-term-sport-school-ethnic-32a', 'The ethnic unity progress month was launched in Xinjiang.', 'ethnic unity progress'),
    ('mt-term-sport-school-ethnic-32a', 'Schools should cultivate the consciousness of the Chinese nation community among students.', 'consciousness of the Chinese nation community'),
    ('mt-term-welfare-governance-32a', 'The town has 40 special poverty supported persons.', 'special poverty supported persons'),
    ('mt-term-welfare-governance-32a', 'Twelve public-welfare cemeteries were built in rural areas.', 'public-welfare cemeteries'),
    ('mt-term-welfare-governance-32a', 'Children in dilemma and orphans receive monthly allowances.', 'Children in dilemma'),
    ('mt-term-welfare-governance-32a', 'Graduates can settle down households without a job offer.', 'settle down households'),
    ('mt-term-welfare-governance-32a', 'The school group committee of the Communist Youth League organized a lecture.', 'school group committee'),
    ('mt-term-welfare-governance-32a', 'The old cadre bureau held a tea party for retirees.', 'old cadre bureau'),
    ('mt-term-welfare-governance-32a', 'The political service center has 60 windows for business licenses.', 'political service center'),
    ('mt-term-welfare-governance-32a', 'She won the see justice and act bravely award.', 'see justice and act bravely'),
    ('mt-term-welfare-governance-32a', 'The social security situation is generally stable across the province.', 'social security situation'),
    ('mt-term-welfare-governance-32a', 'The Five Olds members visited the school.', 'Five Olds members'),
    ('mt-term-welfare-governance-32a', 'The flowing population of the city exceeds 8 million, and its management is a challenge.', 'flowing population'),
    ('mt-term-welfare-governance-32a', 'Parents must show the household account book and ID cards at registration.', 'household account book'),
    ('mt-term-welfare-governance-32a', 'Proof matters have been cancelled for 40 services.', 'Proof matters'),
    ('mt-term-welfare-governance-32a', 'High-altitude parabolic behaviour endangers pedestrians.', 'High-altitude parabolic'),
    ('mt-term-welfare-governance-32a', 'Illegal flying line charging of electric bikes caused the fire.', 'flying line charging'),
    ('mt-term-welfare-governance-32a', 'The village built a bone ash tower for 3,000 urns.', 'bone ash tower'),
    ('mt-term-sport-school-ethnic-32a', 'The in-establishment staff of the school number 120.', 'in-establishment staff'),
    ('mt-term-sport-school-ethnic-32a', 'More than 3,000 volunteers went to support teaching in western China.', 'volunteers went to support teaching'),
    ('mt-term-welfare-governance-32a', 'Volunteers in the red property management scheme fixed the lifts.', 'red property management'),
]

# ordinary English with the same trigger words (each branch was narrowed until these pass)
PASSED = [
    'Provincial transportation meetings in Ontario focus on transit funding, not sports.',
    'Three big balls hung from the ceiling of the school gym.',
    'Critics said the policy was a double minus for workers: lower pay and fewer hours.',
    'The integration of production and distribution cut costs.',
    'She holds two degrees in primary education and teaches at a middle school.',
    'Temperatures dropped 15 degrees at the primary school overnight.',
    'He earned degrees at primary care institutes in Boston.',
    'The middle test results of the three trials were inconclusive.',
    'The public office of the mayor oversees kindergartens.',
    'Congress formed a national unity and progress caucus in 1990.',
    'The Chinese national community in Jakarta has a long history.',
    'The bronze was cast firmly in the mould.',
    "The students' body temperature was checked daily.",
    "Students' body tests for fitness were introduced in the UK in 2010.",
    'The national common language and culture of Switzerland is a matter of debate.',
    'Religious activity in public places is restricted in France.',
    'The low guarantee of returns put off investors.',
    'A special poverty line applies to households in remote areas.',
    'The special difficulty of the case was the lack of witnesses.',
    'Rescue objects such as flotation rings were placed near the pool.',
    'Public welfare programs paid for cemeteries in the 1930s.',
    'Wandering beggars were common in medieval Europe.',
    'The dilemma children face between school and work is real.',
    "The de facto leader of the children's charity resigned.",
    'They settled down with their households in the suburbs.',
    'The agricultural transfer of land to developers angered farmers.',
    'The city group committee of the chamber met on Tuesday.',
    'Statues of Guan Gong stand in many temples.',
    'The old cadre of teachers retired in 2010.',
    'The team allowed at most one run in the ninth.',
    'He could run once more at most before the injury flared.',
    'The good and bad reviews system on the app was redesigned.',
    'Faceless bureaucrats approved the plan.',
    'The Xueliang story is told in many films about Zhang Xueliang.',
    'She saw justice done and was relieved.',
    'Mutual aid groups offered happiness classes.',
    'Comprehensive management of social care was promised by the minister.',
    'The Social Security situation remained stable, the trustees said.',
    'Mass prevention and mass vaccination campaigns were launched.',
    'Human defence mechanisms and physical defences of plants differ.',
    'The police affairs committee met on Monday.',
    "Don't shake the numbers until the enrolment audit is done, the principal joked.",
    'The in-house teachers and out-of-town staff met.',
    'Donations go to support teaching in rural Kenya, the charity said.',
    'Normal students and gifted students learn together in the class.',
    'The beauty education industry trains make-up artists, not moral education teachers.',
    'Sports specialty stores reported strong sales.',
    'The United War Museum opened in 1995.',
    'People and households were surveyed separately in the census.',
    'He served a full term as mayor before his release of the report.',
    'The burden of proof matters were cut from the syllabus.',
    'The unit length visited in the proof is one.',
    'Red property prices are soaring in the hot market.',
    'Electric bottle openers are sold in the shop.',
    'Sugar dissolves in water; the disputes dissolved over time.',
    "The council's provincial transport meeting, attended by former athletes turned MPs, backed the new bus lanes.",
    'Third-level athletes, the lowest grade of the amateur ranking, compete in regional events.',
    'Graduates hold degrees in primary school education from three colleges.',
    'Customers who present account books with their identity cards can withdraw cash.',
    'Tolerance acceptance testing checks whether the documents match the parts.',
    'Colourful gifts were exchanged at the betrothal ceremony, a custom in the Highlands.',
    'The medical rescue fund for needy climbers was wound up.',
    'The bone ash storage shed at the fertiliser plant was sealed after the fire.',
    'Proof matters were cut back to two pages in the new edition.',
    'The committee dissolved the dispute tribunal last year.',
    'Coaches stress physical defense and technical defense in the under-12 league.',
    'The low guarantee standard for bonds was criticised by investors.',
    'The three big balls over the stage delighted the football crowd.',
    'The school group committee of the League of Women Voters backed the levy.',
    'High altitude parabolic trajectories were computed for the rocket.',
    'The Guan Gong Wei temple in Penang draws tourists.',
]

CATEGORY = "terminology"

# A story with other signs of MT and the same sentence alone: the gated family reports only in
# the story.
STORY_TERM = "The rescue station helped 200 vagrant and begging personnel return home."

# the story's rule, evidence and (span, suggestion) pairs: quiet on STORY_TERM alone,
# these after the evidence
STORY = ("mt-term-welfare-governance-32a", MT_EVIDENCE_TERMS, STORY_TERM, [("vagrant and begging personnel", None)])
