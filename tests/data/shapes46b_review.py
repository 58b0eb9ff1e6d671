"""Review sentences for the forty-sixth round's ``preposition-before-clause`` (issue 9, the kind
`other`): GOOD holds correct English that uses "because of", "despite", "in spite of", "due to"
and "thanks to" in ordinary ways (a noun alone after the preposition, "due to" inside a subject, a
relative clause or a comma after the noun, "the way it is", "the fact that"), a preposition that
qualifies the subject ("Residents who were moved because of the floods are back"), and the second
and third readings' sentences (a reduced relative whose verb is the subject's, "will" and "can"
as nouns, "had" before "to"); MT holds renderings with a clause after the preposition that the
rule's own examples do not list, as (rule, Chinese, sentence, span)."""

CLAUSE = "preposition-before-clause"

GOOD = [
    'The buses were late because the bridge was closed for repairs.',
    'The buses were late because of the bridge closure.',
    'Because of the storm, the ferry did not sail.',
    'Because of the rain, the match was put off until Sunday.',
    'Despite the weather, the fair went ahead on Saturday.',
    'Despite the bad weather, more than 20,000 people came.',
    'In spite of the cost, the county rebuilt the school.',
    'Due to the holiday, the office is closed on Monday.',
    'Thanks to the new road, the trip takes two hours.',
    'Thanks to the volunteers, the library reopened in May.',
    'Losses due to the flood were put at 3 million yuan.',
    'Deaths due to the virus have fallen for six weeks.',
    'Those most at risk because of their age are given priority.',
    'Delays because of the strike have cost the airline dearly.',
    'Because of the damage that was done, the road stayed shut.',
    'Because of the way it is built, the bridge sways in the wind.',
    'Despite the fact that prices rose, sales held up.',
    'Despite what the critics said, the film was a hit.',
    'She stayed at home because of her cold and missed the exam.',
    'The plant closed because of falling orders, and 300 jobs went.',
    'The price rose because of the drought in the south.',
    'He was praised for his courage despite the loss.',
    'The scheme is popular despite its cost.',
    'They won the match despite their injuries.',
    'Because of its location, the town is a trade hub.',
    'The centre was moved because of the noise, residents said.',
    'Prices have doubled because of the war in the region.',
    'Many farmers, because of their debts, are selling land.',
    'Thanks to its strong exports, the economy grew 5 percent.',
    'Due to the heavy snow, schools will open late.',
    'The vote was delayed because of a dispute over the budget.',
    'Despite the crowds, the streets were calm.',
    'The festival went ahead in spite of the warnings.',
    'The road is closed because of the landslide that hit on Monday.',
    'Because of this, the council has changed its plans.',
    'The project was cancelled because of their objections.',
    'Output fell because of the power cuts, which lasted a week.',
    'Despite its age, the bridge is safe.',
    'The team lost because of their poor defence in the second half.',
    'Visitors came despite the ticket prices being higher.',
    'Residents who were moved because of the floods are back home.',
    'Children at risk because of their age are seen first.',
    'Output due to the new line will rise next year.',
    'Flights cancelled because of the storm were rebooked for Sunday.',
    'People displaced because of the fighting have begun to return.',
    'Homes damaged because of the quake are being rebuilt with state money.',
    'Officials injured because of the blast were taken to hospital, police said.',
    'The reform has stalled despite the political will in Beijing.',
    'Despite the political will in Beijing, the reform stalled.',
    'The sisters have gone to court because of the second will their father signed.',
    'The fire started because of the aerosol can left next to the stove.',
    'Flights cancelled because of the storm had to be rebooked.',
    'Families displaced because of the fighting had nowhere to go, the agency said.',
]

MT = [
    (CLAUSE, '因为摊位没准备好', 'The market stayed shut because of the stalls were not ready.', 'because of the stalls were'),
    (CLAUSE, '尽管价格翻了一番', 'In spite of the price has doubled, demand keeps rising.', 'In spite of the price has'),
    (CLAUSE, '由于工厂已关闭', 'Many families moved away, due to the factory had closed.', 'due to the factory had'),
    (CLAUSE, '尽管竞选资金充足', 'Turnout was low despite their campaign was well funded.', 'despite their campaign was'),
    (CLAUSE, '因为道路狭窄', 'Because of its roads are narrow, the village gets few buses.', 'Because of its roads are'),
    (CLAUSE, '尽管收成很好', 'Prices climbed despite the harvest was good.', 'despite the harvest was'),
    (CLAUSE, '因为病毒已蔓延到三个县', 'Schools were closed because of the virus has spread to three counties.', 'because of the virus has'),
    (CLAUSE, '因为警方反应迟缓', 'Protests erupted because of the police were slow to respond.', 'because of the police were'),
]

RULES = (CLAUSE,)
GOOD_AT_LEAST, MT_AT_LEAST, FOUND_AT_LEAST = 53, 8, 8
