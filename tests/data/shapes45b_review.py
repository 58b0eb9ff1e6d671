"""Review sentences for the forty-fifth round's widening of the plain forms after "be"
(``verb_forms.BE_BASE_VERBS``, read by ``verb-form-after-auxiliary`` and ``be-plain-verb-passive``)
to the verbs of joining (connect, integrate, relate, equip), with ``mt-verb-form-slips-28`` (gated),
which must not read "equip with" either (issue 9): GOOD holds correct English with the same words
(link, combine and "equip with" included, which a second reading showed the first version read in
correct English); MT holds renderings written for the round, as (rule, Chinese, sentence, span).
The round's gated shapes are reviewed in tests/data/gated_families/grammar45b.py."""

AUX = "verb-form-after-auxiliary"
PASSIVE = "be-plain-verb-passive"
SLIPS = "mt-verb-form-slips-28"

GOOD = [
    'The link is broken, so the page will not load.',
    'The weakest link is the bridge over the river.',
    'The new line is linked to the airport.',
    'The plant is connected to the grid.',
    'The two firms are combining with a third.',
    'Is the link with the virus proven?',
    'What matters is link quality, not speed.',
    'The hardest part is combine harvesting in the rain.',
    "The farm's biggest machine is a combine.",
    'Our goal is to link with partners abroad.',
    'The question is how they relate to each other.',
    'Costs relate to fuel and labour.',
    'The two studies are related.',
    'She is an associate editor at the paper.',
    'This is connect-the-dots journalism.',
    'The team was equipped with pumps.',
    'Clinics will equip staff with scanners.',
    'They equipped the lab with microscopes.',
    'Equipping schools with laptops costs money.',
    'The county equips each team with a pump.',
    'The app lets users link with friends.',
    'Trains connect with buses at the station.',
    'The route will connect to the ring road.',
    'Those who combine work with study get a grant.',
    'The schools integrate with local clinics.',
    'Data is linked to each account.',
    'How the two are related is unclear.',
    'Our team is well equipped.',
    'The firm is integrated with its suppliers.',
    'His ability to relate to voters is rare.',
    'The road link is due to open in May.',
    'The rail link was opened in 2019.',
    'All they did was link the two files.',
    'What we did was connect the pumps to the grid.',
    'The plan is to connect 300 villages.',
    'The kit can equip a team of six.',
    'Each room comes equipped with a fan.',
    'The units, each equipped with a pump, were sent north.',
    'The missing link was found in 1891.',
    'The combine was bought in 2010.',
    'The bottleneck is link and switch capacity, engineers said.',
    'Items stolen from the farm were combine and tractor parts.',
    'The two sections still closed are link 3 and link 4 of the ring road.',
    'The navy has 12 destroyers it plans to equip with the new radar.',
    'Ukraine has drones that engineers can equip with warheads.',
    'Clinics the fund will equip with scanners must apply by May.',
    'The subsidy is link-based, paid per kilometre of cable.',
]

MT = [
    (AUX, '接入供水管网', 'All villages are connect to the new water network.', 'are connect'),
    (PASSIVE, '与医院系统整合', 'The new platform will be integrate with the hospital system.', 'be integrate'),
    (AUX, '价格与重量有关', 'The price is relate to the weight of the fish.', 'is relate'),
]

RULES = (AUX, PASSIVE, SLIPS)
GOOD_AT_LEAST, MT_AT_LEAST, FOUND_AT_LEAST = 47, 3, 3
