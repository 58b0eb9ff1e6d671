"""The data of round 45b's gated families (issue 9), tested by tests/test_gated_families.py.

One shape from the WRITE2 misses of kinds collocation and other: the whole of a Chinese unit as
the subject of a figure (全省发生 / 全县…覆盖, a widened mt-unit-measure-frames-38b). FOUND holds
renderings written for the round from knowledge of Chinese (the Chinese in a comment), none taken
from the sets. PASSED holds ordinary English written for the round with the same words (the whole
county, has, received, covers), which the family may not report with the gate off. A second rule
of the round (a time phrase and a verb with no subject after a comma, 今年获得) and the branch
that read "the whole province has/received/recorded" and a figure were dropped after a second
reading showed them in correct English ("Acme, founded in 2012, last year reached 1 million
users", "The whole county received 300 millimetres of rain"); those sentences are in PASSED."""

from rule_helpers import MT_EVIDENCE_REPORT

U = 'mt-unit-measure-frames-38b'

FAMILIES = (U,)

# (rule, text, the span it must report), with the gate off
FOUND = [
    (U, 'Organic farming in the whole county now covers 8,000 households.', 'in the whole county'),  # 全县有机种植覆盖8000户
    (U, 'In the first half the whole province happened 42 traffic accidents.', 'the whole province happened'),  # 全省发生交通事故42起
    (U, 'The whole county has a population of 300,000.', None),  # 全县人口30万: no figure straight after the verb
]

# ordinary English with the same words, which no family of the round may report with the gate off
PASSED = [
    'The whole county has been without power since the storm.',
    'The whole province had a week of heavy rain.',
    'The whole county has only 12 paramedics.',
    'It was the biggest crowd the whole county had seen in 100 years.',
    'The whole province received the news with relief.',
    'The whole township turned out to greet the team.',
    'Snow covered the whole county by morning.',
    'The whole prefecture has a population of about 2 million.',
    'Not a single school in the whole county reached 90 percent.',
    'No farm in the whole province exceeded 500 tonnes.',
    'The fastest runner in the whole county reached 20 kilometres an hour.',
    'Every village in the whole county reached the target of 300 households.',
    'The whole country has 1,400 million people.',
    'The whole city has 300 buses.',
    'The county has 340 village clinics.',
    'The province recorded 186 forest fires last year.',
    'Flooding across the county covered 300 hectares.',
    'The whole district has 150 schools.',
    'It is the only hospital in the whole province that has 500 beds.',
    'The whole county had just 40 doctors in 1990.',
    'The whole banner celebrated the Naadam festival.',
    'Its owners say the whole township has welcomed the new road.',
    'The whole county has been waiting 100 days for rain.',
    'Last year, the county received 2 million visitors.',
    'The county received 2 million visitors this year, up 10 percent.',
    "In March, this year's budget was approved.",
    'The team, which last year reached the final, lost in the first round.',
    'The plant will close, and by 2030 the company plans to build a new one.',
    'By 2030, the company plans to build a new one.',
    'The ship left at noon and, after 6 hours, arrived in Yantai.',
    'After six hours, rescuers reached the miners.',
    'The newly built stadium opened last year.',
    "Last year's newly built homes sold out.",
    'The bridge, built last year, carries 40,000 vehicles a day.',
    'Sales fell last year, this year they rose.',
    'She said, this year, that the plan had worked.',
    'Spending was cut, next year planned spending will rise.',
    'He was hired in 2019, after 10 years working abroad.',
    'The award, last year received by a nurse, goes to a teacher this year.',
    'Prices rose 4 percent after 3 days of trading.',
    'Work began in 2019, and by 2022 reached the halfway mark.',
    'Turnout this year reached 70 percent.',
    'Exports this year reached a record.',
    'Growth slowed, this year reaching 3 percent.',
    'The school was newly built last year.',
    'The hospital added 200 beds this year, and last year built a new wing.',
    'The county, this year, received 2 million visitors.',
    'Smith, last year appointed head coach, said the team was ready.',
    'The museum, opened last year, received 300,000 visitors.',
    'The parcel arrived after 3 days, damaged.',
    'Last year the plan reached its goal, by 2025 it will be renewed.',
    'The newly opened line carries 80,000 riders a day.',
    'Those who plan to travel this year should book early.',
    'In the whole of the province, 300 schools closed.',
    'The whole province is covered by the new rules.',
    'Rainfall in the whole county was below average.',
    # a second reading: correct English the dropped shapes read
    'Acme, founded in 2012, last year reached 1 million users.',
    'Ms Lee, 52, last year completed her doctorate at Oxford.',
    'The airline, which is state-owned, last year received a bailout.',
    'The company, which employs 3,000 people, next year plans to open a plant in Ohio.',
    'Last year newly installed wind capacity hit a record 75 gigawatts.',
    'The whole county received 300 millimetres of rain in two days.',
    'The whole province recorded 1,200 millimetres of rain this summer.',
    'The whole province had 2 million visitors during the holiday.',
    'Fires raged in the forest, and the whole province has 312 crews on standby.',
]

PASSED_AT_LEAST = 50

# one rendering of each family, each kept quiet by the full catalog when it stands alone
ALONE = [
    'In the first half the whole province happened 42 traffic accidents.',
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    U: 'the whole province happened',
}
