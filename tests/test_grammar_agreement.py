"""The ``grammar`` frames of the thirty-ninth round (issue 9, the kind `other`;
``audit/detectors/grammar_agreement.py``): `each-of-verb` ("Each of the 46 households in Sanhe
Village have signed", "Each set of results were", "the number of incidents in the district
have"), `plural-be` ("the places was full") and `together-with` ("The tunnel, together with
four pumping stations, are"), with the pattern rule
`including-and-so-on`, on the slips they are for and on correct English that uses the same closed
words: each pass sentence is a frame a check reads and must leave alone."""

import pytest

from audit.detectors.grammar_agreement import CHECKS
from rule_helpers import bundled_rule, found as found_in, grammar_found as found, one_rule, read_as_each_repeat


FLAG = [
    ("each-of-verb", "Each of the 46 households in Sanhe Village have signed a contract.",
     "Each of the 46 households in Sanhe Village have"),
    ("each-of-verb", "Analysts said each of the provisions are aimed at closing the loopholes.",
     "each of the provisions are"),
    ("each-of-verb", "Each of the satellites send images at a resolution of 50 metres.", "Each of the satellites send"),
    ("each-of-verb", "Each of the cooperative's 214 member households have signed.",
     "Each of the cooperative's 214 member households have"),
    ("each-of-verb", "Every one of the villages were flooded.", "Every one of the villages were"),
    ("each-of-verb", "Witnesses came. Each set of results were printed.", "Each set of results were"),
    ("each-of-verb", "According to the bureau, the number of trapping incidents in the district have fallen.",
     "the number of trapping incidents in the district have"),
    ("plural-be", "After registration opened in August, the places was full within two days.", "the places was"),
    ("plural-be", "In the past, farmers was selling mushrooms to middlemen.", "farmers was"),
    ("plural-be", "The young people help me, my mushrooms is sold to the whole country.", "my mushrooms is"),
    ("plural-be", "Officials said the new rules has cut costs.", "the new rules has"),
    ("together-with", "The tunnel, together with four pumping stations, are designed to handle a storm.",
     "The tunnel, together with four pumping stations, are"),
]


@pytest.mark.parametrize("check,text,span", FLAG)
def test_slip_is_reported_with_its_span(check, text, span):
    assert found(check, text) == [(span, None)]


# Correct English with the closed words the frames open on: "each of" before short and long
# phrases, relatives, pronouns and prepositions; determiners before plurals and the verbs of both
# numbers; nouns in -s with no plural sense, amounts, names, and "and so on" with no list opener.
PASS = [
    'The captain, as well as the crew, was saved.',
    'The team, along with its coach, were flown home.',
    'Prices, together with wages, are rising.',
    'The house, together with its gardens and two barns, is for sale.',
    'The staff, along with volunteers, were thanked.',
    'The tunnel, together with four pumping stations, is designed to handle a storm.',
    'Every year thousands of visitors are drawn to the lake.',
    'Every step of the way the farmers are helped by the co-op.',
    'Each member of the teams has a card, and each set of results was printed.',
    'Each pair of shoes is made by hand.',
    'Every bit of the savings was spent on the roof.',
    'The number of people who have left is small.',
    'A number of villages have clinics, and the number of visitors rose sharply.',
    'The number of cases in the city is falling.',
    'Every learner of Mandarin meets measure words early on.',
    'Each of the 46 households in the village has signed a contract.',
    'Each of the satellites sends images at a resolution of 50 metres.',
    'Analysts said each of the provisions is aimed at closing loopholes.',
    'Each of the firms that have signed the pledge must report its output.',
    'Each of the books I have read this year was a gift.',
    'Each of the villages we have visited has a clinic.',
    'Prizes for each of the winners are on display in the hall.',
    'The needs of each of the schools are different.',
    'Each of the projects in the plan has its own budget.',
    'Each of the houses cost about 300,000 yuan when it was built.',
    "Each of the farmers' own plots is fenced.",
    "Each of the members' votes is counted twice.",
    'Each of the teams plays six games, and each of the players gets a medal.',
    'Every one of the workers has received the bonus.',
    'Every one of the seats was taken by noon.',
    'The letters, each of the envelopes sealed, were sent on Monday.',
    'Each of the rooms, which are small, has a window.',
    'Each of the towns and cities has its own plan.',
    'Each of the students who were tested passed.',
    'Each of the children was given a book.',
    'Each of the ten provinces reports its figures each month.',
    'Each of the new rules applies from June.',
    'Each of the residents in the building pays a fee.',
    'Each of these plans needs more money.',
    'Each of those factories employs about 300 people.',
    'Each of its branches opens at nine.',
    'Each of their sons works on the farm.',
    'Each of our stores carries the brand.',
    'Officials said each of the counties was asked to send a team.',
    'Each of the cases involves a small sum.',
    'Each of the grants comes with conditions.',
    'Each of the hospitals has a new ward, and each of the wards has 20 beds.',
    'Each of the lines runs every ten minutes.',
    'Each of the participants receives a certificate.',
    'Each of the stations will have lifts.',
    'Each of the schools can apply for the grant.',
    'Each of the companies must submit a report.',
    'Each of the drivers is trained for a week.',
    'Costs for each of the plans were published.',
    'The villagers said each of the wells is tested twice a year.',
    'Each of the islands in the group has a harbour.',
    'Each of the schools in the district offers free lunches.',
    'Each of the units of the plant produces 600 megawatts.',
    'After registration opened in August, the places were full within two days.',
    'In the past, farmers were selling mushrooms to middlemen.',
    'My mushrooms are sold all over the country.',
    'The places are full, and the classes have started.',
    'The past five years has seen a boom in tourism.',
    'The last two decades has brought change to the valley.',
    'Ten miles is a long way to walk to school.',
    'The three hours was well spent, she said.',
    'The news is good for farmers this year.',
    'Politics is rarely discussed in the village.',
    'Darts is popular in the pubs of the town.',
    'The headquarters is in Beijing.',
    'The series is in its third season.',
    'The species is found only on the island.',
    'Among the new measures is a cap on fees.',
    'Life since the floods has been hard for the farmers.',
    'What the official says is not always what happens.',
    'What the company reports is checked by auditors.',
    'What the data shows is a steady rise.',
    'How the city looks is important to residents.',
    'Everyone but the twins was at school.',
    'The two million yuan is a large sum for a village.',
    'The first three months has been busy.',
    'The remaining 20 percent is paid later.',
    'The whereabouts of the boat is unknown.',
    'The premises is closed on Sundays.',
    'The works is the biggest employer in the town.',
    'Many thanks is due to the volunteers.',
    'Sometimes is the answer when you ask how often.',
    "The country's exports are rising, and its imports are falling.",
    'The farmers have been paid, and the traders have too.',
    'The classes were small, and the teachers were young.',
    'Many villages have a clinic now.',
    'Most cases are settled out of court.',
    'Some schools have their own buses.',
    'All the roads are open again.',
    'Both sides have agreed to talk.',
    'Several firms have left the park.',
    'My parents have lived here for 40 years.',
    'Our villages are cleaner than before.',
    'Their children are at school in the city.',
    'His sons have taken over the farm.',
    'Her paintings are on show in Shanghai.',
    'Its members are drawn from across the country.',
    'These rules are simple, and those rules are old.',
    'In the past, villagers were poor; now, villagers are better off.',
    'Because prices are low, farmers are holding back their grain.',
    'When the floods came, the fields were under water.',
    'Officials said the roads were safe.',
    'She added that the tickets were sold out.',
    'The study found farmers are earning more.',
    'The arts is a sector that employs many people.',
    'The Simpsons is still on the air.',
    'The Philippines is an island nation.',
    'The United States has signed the treaty.',
    'The Netherlands is a flat country.',
    'The Beatles was the band he loved.',
    'Jobs was a founder of the company.',
    'Williams has won the title twice.',
    'The lens is cleaned each day.',
    'The bus is late again.',
    'The gas is turned off at night.',
    'The class is full.',
    'The glass is broken.',
    'The virus is spreading.',
    'The campus is quiet.',
    'The crisis is over.',
    'The analysis is complete.',
    'The basis is sound.',
    'The economics is simple.',
    'The physics is hard.',
    'The ones who came early were served first.',
    'Theirs is a large farm, and ours is small.',
    'Afterwards is when they met.',
    'The staff has been told, and the police have a new chief.',
    'The government has said the team is strong.',
    'The data is clear, and the media is interested.',
    'The goods train is late.',
    'The sales tax is due in March.',
    'The growth rate is slowing.',
    "The farm workers' union has called a strike.",
    "The villages' water supply is safe.",
    "The children's park is open.",
    "The men's team has won.",
    'Prices rose, and the costs of feed were high.',
    'The village, home to 300 families, is known for tea.',
    'Apples and pears are sold at the market.',
    'The roads and bridges are repaired each spring.',
    "The farmers' market is open on Saturdays.",
    'Her work is famous, and his works are studied.',
    'The elderly are given free rides.',
    'The poor are helped by the fund.',
    'The young are leaving the villages.',
    'Each person has a card, and every villager has a share.',
    'Each family has a plot of land.',
    'Each has a job to do.',
    'Each of them has a role.',
    'Each of us has a duty to help.',
    'Neither of the plans is perfect.',
    'None of the houses was damaged.',
    'One of the villages has a museum.',
    'The number of visitors has risen.',
    'A number of villagers have left.',
    'The majority of residents are farmers.',
    'The rest of the villages are far away.',
    'The cost of the new roads is high.',
    'The price of the tickets is 100 yuan.',
    'The quality of the seeds is good.',
    'There is a shop, and there are two schools.',
    'There are many reasons, and there is much to do.',
    'The courses include smartphone use, calligraphy and choir.',
    'They talked about prices, jobs and so on.',
    'The list includes rice and wheat; and so on, through the whole season.',
    'He said, "We sell tea, fruit, nuts and so on."',
    'The menu includes noodles (rice, wheat and so on) and soup.',
    'Sectors such as energy and transport grew quickly.',
    'Students including Li and Wang won prizes, and the rest went home.',
    'The tickets include entry; the shows start at 8 pm, 9 pm and so on.',
    'Each of the firms, including state firms, has a quota.',
    'Each of the areas including the port has a plan.',
]


def test_correct_english_passes_every_frame():
    text = "\n\n".join(PASS)
    assert {check: found(check, text) for check in CHECKS if found(check, text)} == {}
    assert len(PASS) >= 150


def test_including_and_so_on_reports_the_closing_words(tmp_path):
    cat = one_rule(tmp_path, bundled_rule("including-and-so-on"))
    text = "The courses include smartphone use, calligraphy, choir and so on. Each lasts 8 weeks."
    assert [hit for hit, _ in found_in(cat, text)] == ["and so on"]
    assert found_in(cat, "\n\n".join(PASS)) == []


def test_frames_read_a_long_line_as_they_read_each_repeat():
    """Each frame on a 100 KB single line of its own slips repeated finds exactly what it finds in
    one repeat, each time (benchmarks/hostile_scaling.py prints the time of 1 MB lines of the
    type's examples)."""
    for check in CHECKS:
        seed = " ".join(text for name, text, _ in FLAG if name == check) + " "
        assert read_as_each_repeat(lambda text: found(check, text), seed), check


def test_a_bare_plural_at_the_text_start_is_not_read_after_a_comma_at_its_end():
    # the comma test looked two characters before the match; at the text's start that index
    # wrapped round to the text's end
    from audit.detectors.grammar_agreement import _plural_subject

    assert list(_plural_subject("farmers was selling mushrooms to middlemen, ")) == []
    assert list(_plural_subject("In the past, farmers was selling mushrooms.")) != []
