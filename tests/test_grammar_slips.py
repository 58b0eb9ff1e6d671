"""The ``grammar`` frames of the thirty-eighth round (issue 9, the kind `other`;
``audit/detectors/grammar_slips.py``): `short-comparative` ("more fast"), `hyphen-plural` ("a
67-years-old"), `plural-who-singular` ("the riders who works"), `responsible-to-verb`
("are responsible to patrol"), `a-modifiers-plural` ("a hull-cleaning underwater robots"),
`less-plural` ("less ships") and `indefinite-base` ("nobody want"), and three pattern rules of
the round, on the slips they are for and on correct English that uses the same closed words:
each pass sentence is a frame a check reads and must leave alone."""

import pytest

from audit.detectors.grammar_slips import CHECKS
from rule_helpers import bundled_rule, found as found_in, grammar_found as found, one_rule


FLAG = [
    ("short-comparative", "In order to make the process more fast, the port added cranes.", ("more fast", "faster")),
    ("short-comparative", "The most old tree in the village is 1,200 years old.", ("most old", "oldest")),
    ("short-comparative", "Hockey makes children more strong and more brave.", ("more strong", "stronger")),
    ("short-comparative", "The new line is 20 percent more cheap than the bus.", ("more cheap", "cheaper")),
    ("short-comparative", "Winters here are more long than in the south.", ("more long", "longer")),
    ("hyphen-plural", "Li Ming, a 67-years-old farmer, grows apples.", ("67-years", "67-year")),
    ("hyphen-plural", "They moved into a three-rooms house last year.", ("three-rooms", "three-room")),
    ("hyphen-plural", "The bank opened a 24-hours service centre.", ("24-hours", "24-hour")),
    ("plural-who-singular", "The platform pays the riders who works at night.", ("works", "work")),
    ("plural-who-singular", "The farmers who grows rice get a subsidy.", ("grows", "grow")),
    ("plural-who-singular", "Old people who lives alone get a visit each week.", ("lives", "live")),
    ("responsible-to-verb", "They are responsible to patrol and report problems.", ("responsible to patrol", None)),
    ("responsible-to-verb", "The bureau is mainly responsible to manage the fund.", ("responsible to manage", None)),
    ("a-modifiers-plural", "The port bought a hull-cleaning underwater robots.", ("robots", "robot")),
    ("a-modifiers-plural", "The cost is half that of a modern cold storages.", ("storages", "storage")),
    ("a-modifiers-plural", "The village is building a persimmon-themed tourisms.", ("tourisms", "tourism")),
    ("less-plural", "The port now has less ships than it did in 2019.", ("less ships", "fewer ships")),
    ("less-plural", "There are less buses on the route since May.", ("less buses", "fewer buses")),
    ("indefinite-base", "Villagers say nobody want to cut the trees now.", ("nobody want", None)),
    ("indefinite-base", "In the village everyone know the rules.", ("everyone know", None)),
]


@pytest.mark.parametrize("check,text,hit", FLAG)
def test_slip_is_reported_with_its_span_and_suggestion(check, text, hit):
    assert found(check, text) == [hit]


# Correct English with the closed words the seven frames open on: "more" and "most" before
# adjectives and nouns, counting compounds, "who" after plural and singular heads, "responsible
# to" a body, "a" before modifiers and counting words, "less" before mass nouns and figures,
# "nobody" and "everyone" before verbs; quotations, headlines, British and American spellings,
# and neighbouring shapes ("a number of", "one of the", "each of", collective nouns, "This
# year, since ...").
PASS = [
    'Villagers say nobody dares cut the trees, and nobody can remember a fire.',
    'Does anyone know the way? Why should anyone care?',
    'The rules require that everyone wear a helmet, and the school let everyone leave early.',
    'The clown made everyone laugh, and the guide helped everyone find a seat.',
    'We sat watching someone pour water into a kettle.',
    'The bill was estimated because nobody read the meter.',
    'Everyone else went home, and everyone present signed the letter.',
    'Someone like him would never lie, and anyone close to her knows it.',
    'Somebody give that man a medal! Everybody get down!',
    'Nobody need worry about the cost, the minister said.',
    'If anyone wants a seat, everyone involved will help.',
    'On the morning of March 18, the first train left; on Monday morning the second followed.',
    'By May 5 the evening classes were full, and on June 1 night buses began.',
    'The trees are more than 800 years old, and one is a tree of 1,200 years.',
    'A boy of 5 was found safe, and a woman of 80 won the race.',
    'When I was a child, we lived by the river; as a boy he herded sheep.',
    'The law bans child labour, and the park was child-friendly.',
    'She served as girl guide leader for ten years.',
    'Less money goes to schools, and far less goes to hospitals.',
    'He could not afford a bike, much less cars.',
    'The plan is no less ambitious, and the cost is more or less the same.',
    'There was less news than usual and less traffic on the roads.',
    'Fewer ships call at the port, and the journey takes less than a day.',
    'The new engine uses less fuel and needs fewer repairs.',
    'Nothing less than a full inquiry will do, she said.',
    'The lesser-known villages draw fewer tourists.',
    'More old people now live alone than at any time since the war.',
    'The city wants more small and medium-sized firms to bid for contracts.',
    'Councils are building more new homes, and more young families are moving in.',
    "The show was more fun than last year's, and the food was more varied.",
    'The report made the risks more clear to investors.',
    'Critics found the sequel more real and more human than the original.',
    'The sunroom lets in more light, and the square needs more green.',
    'Patients who feel more cold in winter should see a doctor.',
    'The most old-fashioned shops on the street are also the busiest.',
    'He was the most able minister of his generation.',
    'She is more keen on tennis than on golf.',
    'Nothing is more true of politics than that.',
    'The new rules are more fair to tenants, campaigners say.',
    'The recipe calls for more salt and more sweet potatoes.',
    'Voters want more jobs, more homes and more police.',
    'The more you practise, the better you get.',
    'Most people agree that the station is more convenient now.',
    'Most young players never reach the top flight.',
    'The most common complaint was about delays.',
    'Of all the routes, the coastal one is the most scenic.',
    'The team played more freely and scored more often.',
    'Prices rose more slowly in March than in February.',
    'The train is faster and cheaper than the plane.',
    'The older bridge is stronger than the new one.',
    'It was the oldest tree in the county, and the tallest.',
    'At most, twenty people attended the meeting.',
    'He wanted more time, more money and more staff.',
    'The market has more fresh fish than the supermarket.',
    'There were more deaths this winter than last.',
    'Children now spend more time online, and more of it alone.',
    'The company hired a 25-year-old engineer from Leeds.',
    'Li Ming, 67, grows apples on a three-acre plot.',
    'They live in a three-bedroom flat near the station.',
    'The bank runs a 24-hour hotline for customers.',
    'A two-thirds majority is needed to change the constitution.',
    'The three-times world champion retired in 2019.',
    'The once-in-50-years flood destroyed the harvest.',
    'She drives a BMW 3-series saloon.',
    'It was a five-star hotel with a two-storey car park.',
    'The shop is open 24 hours a day, seven days a week.',
    'A ten-year-old boy won the spelling bee.',
    'The firm signed a five-year deal worth $2 billion.',
    'The 1990s were a decade of rapid growth.',
    'He ran a 10-kilometre race in under 40 minutes.',
    'Temperatures fell to minus 20 degrees, a 30-year low.',
    'The two-day talks ended without agreement.',
    'The agency counted 4,600 training sessions last year.',
    'The bill passed with a two-thirds vote in both houses.',
    'A 100-metre stretch of road was closed for repairs.',
    'The plan includes a 12-month freeze on rents.',
    'Volunteers who work at night get a meal allowance.',
    'The riders who work nights earn a bonus.',
    'Farmers who grow rice will receive a subsidy.',
    'He is one of the few people who knows the code.',
    'She is one of those writers who makes every word count.',
    'The woman who runs the shop also drives the school bus.',
    'Anyone who wants a ticket should apply online.',
    'Parents who worry about screen time can set limits.',
    'The children who live nearby walk to school.',
    'Residents who own cars must register them.',
    'A driver in his fifties who carries salt across the desert is the hero of the film.',
    'He asks who knows the way, and nobody answers.',
    'The man who leads the team has 20 years of experience.',
    'Tourists who visit in spring see the blossom.',
    'The nurse who treats him says he is improving.',
    'People who smoke are more likely to fall ill.',
    'Workers who joined this year receive training.',
    'Students who pass the exam go on to university.',
    'The board is responsible to shareholders.',
    'The minister is responsible to Parliament for the agency.',
    'The local manager is responsible to staff and to the regional office.',
    'The police are responsible to the elected commissioner.',
    'The council is responsible for collecting rubbish.',
    'They are responsible for patrolling the forest and reporting fires.',
    'We want the people responsible to face justice.',
    'The inquiry will hold those responsible to account.',
    'The official responsible said the work would finish soon.',
    'I would invite the councillors responsible to visit the school.',
    'Every employee is responsible for his or her own safety.',
    'The agency is responsible to the Treasury and to Congress.',
    'The port bought a hull-cleaning underwater robot.',
    'The cost is half that of a modern cold store.',
    'The village built a persimmon-themed tourist trail.',
    'A well-known figure says the plan will fail.',
    'A start-up bets on sodium to power cheaper cars.',
    'A select few were invited to the opening.',
    'A good many people turned up in the rain.',
    'A record 30 teams took part in the league.',
    'A further 20 patients were admitted on Monday.',
    'A total of 1,200 households were moved.',
    'A number of villagers have complained about the noise.',
    'A few residents said the market was busy again.',
    'A series of talks was held in Geneva.',
    'A couple of friends helped him move house.',
    'A dozen eggs cost more than a loaf of bread.',
    'A lot of people came to the fair.',
    'A handful of shops stayed open.',
    'An estimated 3,000 people attended the rally.',
    'A long-term means of support is still lacking.',
    'A local resident said the road had been repaired.',
    'A large-scale sports centre opened in the town.',
    'A new sports hall and a modern arts centre will open in May.',
    'A fast-food chain opened its first branch in the city.',
    'A high-speed rail line links the two cities.',
    'A two-hour drive takes you to the coast.',
    "A men's team and a women's team compete.",
    'One of the villages has its own clinic.',
    'Each of the firms has agreed to the terms.',
    'Each of the teams plays twice.',
    'Two of the bridges were closed.',
    'The number of visitors has doubled.',
    'The majority of residents are over 60.',
    'The staff are on strike, and the team are training.',
    'The police have arrested three men.',
    'The government has said it will respond.',
    'The data show a clear rise in sales.',
    'The news is good for farmers.',
    'Physics is her favourite subject.',
    'The United States is the largest buyer.',
    'Economics explains only part of the story.',
    'This year, since the bridge opened, traffic has doubled.',
    'Since the start of this year, exports have risen.',
    'So far, 300 people have registered.',
    'Up to now, the council has kept its promise.',
    'In a short time, the crowd had grown.',
    'The hall was full, so some people stood outside.',
    'When I was a child, we lived by the river.',
    'Nobody dares to swim in the lake.',
    'Everyone knows the story.',
    'He gets up at five every morning.',
    'The judge insisted that he get a lawyer.',
    'Let it go, she said.',
    '"We are stronger together," the coach told the players.',
    '"It is faster than it looks," he said with a grin.',
    '"Who knows?" she asked.',
    '"They is coming," the boy shouted in the play.',
    'The programme is more popular in the north.',
    'The hotel is most busy in August.',
    'The sea is most calm in the early morning.',
    'The road is most dangerous at night.',
    'The harvest is most plentiful in the south.',
    'The flat is more spacious than it looks.',
    'The colour is more vivid in daylight.',
    'The soup tastes more bitter than I expected.',
    'He felt more tired than usual.',
    'Prices were more stable last year.',
    'The test was more difficult than we thought.',
    'The system is more efficient and more reliable.',
    'Her second novel is more ambitious.',
    'The path grows more narrow near the top.',
    'The service has become more frequent.',
    'She is the most experienced player in the squad.',
    'It was the most expensive house on the street.',
    'The most recent figures show a fall.',
    'The most important thing is safety.',
    'The movie was more fun than the book.',
    'We need more fresh ideas.',
    'The more light there is, the better the plants grow.',
    'Their house is more modern than ours.',
    'Two-year-olds need more sleep than adults.',
    'The 5-year-olds played in the sand.',
    'The museum holds a 3,000-piece collection.',
    'It is a 30-minute walk from the station.',
    'The club signed a 19-year-old striker.',
    'A 56-year-old man was arrested.',
    'The company has fewer ships than it did.',
    'There are fewer buses on Sundays.',
    'He has less money but more time.',
    "The company's headquarters is in London.",
    'The committee meets every two weeks.',
    'Every villager received 500 yuan.',
    'Each enterprise must report its output.',
    'The teachers who teach maths earn more.',
    'The workers who build the road live in tents.',
    'Headline: More Jobs For Young People',
    'Local Firms Hire More Young Workers',
    'Wet Weather Makes Roads More Dangerous',
    'The road is more narrow than the map shows.',
    'The crew is more experienced this season.',
    'He is responsible to no one but himself.',
    'The director is responsible to the board and to the minister.',
    'Each department is responsible to the chief executive.',
    'The mayor is responsible to the people of the city.',
    'The inspectorate is responsible to Parliament, not to ministers.',
    'The editor is responsible to readers, she said.',
    'She is responsible to her clients and to the regulator.',
]


def test_correct_english_passes_every_frame():
    text = "\n\n".join(PASS)
    hits = {check: found(check, text) for check in CHECKS}
    assert {check: spans for check, spans in hits.items() if spans} == {}
    assert len(PASS) >= 150


PATTERN_FLAG = [
    ("date-before-part-of-day", "On March 18 morning, the first train left Kunming.", "On March 18 morning"),
    ("of-years-old", "The village has 12 ancient trees of more than 800 years old.", "of more than 800 years old"),
    ("life-stage-noun-article", "When I was child, the village had no road.", "was child"),
]


@pytest.mark.parametrize("rule_id,text,span", PATTERN_FLAG)
def test_pattern_rules_of_the_round_report_the_slip_and_pass_the_sentences(tmp_path, rule_id, text, span):
    cat = one_rule(tmp_path, bundled_rule(rule_id))
    assert [hit for hit, _ in found_in(cat, text)] == [span]
    assert found_in(cat, "\n\n".join(PASS)) == []


def test_frames_read_a_long_line_as_they_read_each_repeat():
    """Each frame on a 100 KB single line of its own slips repeated finds exactly what it finds in
    one repeat, each time (a frame that reads the whole line from its start at each candidate is
    what made such lines slow; benchmarks/hostile_scaling.py prints the time of 1 MB lines of the
    type's examples)."""
    for check in CHECKS:
        seed = " ".join(text for name, text, _ in FLAG if name == check) + " "
        repeats = 100_000 // len(seed)
        once = found(check, seed)
        assert once, check
        assert found(check, seed * repeats) == once * repeats, check
