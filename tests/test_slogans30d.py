"""The thirtieth round's slogan family (issue 9, mt-slogans-30d): Chinese policy slogans and
formula phrases rendered word for word, written from knowledge of the slogans before any WRITE
story was read. What it finds in renderings written for it (only those no other rule of the
catalog finds), the ordinary English sharing their words that it leaves alone (quoted and glossed
slogans among them), and that the evidence gate keeps it quiet on a sentence with no other sign
of machine translation."""
from __future__ import annotations

import os
from dataclasses import replace

import pytest

from audit import load_rules
from audit.engine import check_text

from rule_helpers import MT_EVIDENCE_REPORT, family_findings, ungated_hits

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RID = "mt-slogans-30d"


@pytest.fixture(scope="module")
def catalog():
    return load_rules(os.path.join(ROOT, "rules.yaml"))


@pytest.fixture(scope="module")
def rule(catalog):
    return next(r for r in catalog.rules if r.id == RID)


# (rendering, the spans the rule must report)
FOUND = [
    ('The city pushed the reform of putting, managing and serving.',
     ['reform of putting, managing and serving']),
    ('Government services are handled through one network.',
     ['handled through one network']),
    ('The city built a one-network-through-handling platform.',
     ['one-network-through-handling']),
    ('Let us roll up our sleeves and add fuel to do it.',
     ['add fuel to do it']),
    ('Each official must guard a section of the canal and plant a good responsibility field.',
     ['guard a section of the canal', 'plant a good responsibility field']),
    ('The city painted a blueprint to the end without changing course.',
     ['painted a blueprint to the end']),
    ('The county is building livable, industry-suitable, harmonious and beautiful villages.',
     ['livable, industry-suitable']),
    ('The county implemented the four no-picks policy for poverty alleviation.',
     ['four no-picks']),
    ('The four not taking off requirements must be implemented.',
     ['four not taking off']),
    ('Cadres must adhere to the two unwavering.',
     ['the two unwavering']),
    ('The village practised the Fengqiao experience of the new era with small matters not leaving the village.',
     ['small matters not leaving the village']),
    ('The campaign hit tigers and patted flies at the same time.',
     ['patted flies']),
    ('Cadres must oppose the four winds of formalism, bureaucracy, hedonism and extravagance.',
     ['oppose the four winds']),
    ('We adhered to external prevention of import and internal prevention of rebound.',
     ['external prevention of import', 'internal prevention of rebound']),
    ('The city improved the business environment so that enterprises have no matter not disturbed and have demands answered.',
     ['have no matter not disturbed']),
    ('For businesses, there is no disturbance when there is nothing and there is a response when there is a need.',
     ['no disturbance when there is nothing']),
    ('Cadres should serve as the shop waiter and the store little two for companies.',
     ['store little two']),
    ('Housing is used to live, not used to fry.',
     ['not used to fry']),
    ('Every river has a river long.',
     ['a river long']),
    ('The village has two do not worry and three guarantees.',
     ['two do not worry']),
    ('The Party leads everything: east, west, south, north and centre, party, government, military, civilian and school.',
     ['party, government, military, civilian and school']),
    ('We will treat the ecological environment like treating life.',
     ['like treating life']),
    ('Protect the ecological environment like protecting the eyes.',
     ['like protecting the eyes']),
    ('The province deepened the putting, managing and serving reform.',
     ['putting, managing and serving']),
    ('The district set up a one-network-through-office platform for residents.',
     ['one-network-through-office']),
    ('One thing is done once under the new system.',
     ['One thing is done once']),
    ('Everyone should roll up their sleeves and refuel to do it.',
     ['refuel to do it']),
    ('Roll up your sleeves and add oil and dry!',
     ['add oil and dry']),
    ('Cadres never forget the initial heart and keep the mission in mind.',
     ['forget the initial heart']),
    ('The county painted one blueprint to the end for ten years.',
     ['painted one blueprint to the end']),
    ('The villages are livable and industry-suitable.',
     ['livable and industry-suitable']),
    ('The city protected the mountains, waters, forests, fields, lakes, grasses and sands.',
     ['waters, forests, fields, lakes']),
    ('The county helped the farmers onto the horse and sent them a ride.',
     ['horse and sent them a ride']),
    ('Secretaries at five levels grasp rural revitalization together.',
     ['Secretaries at five levels']),
    ('The five-level secretaries must take charge of rural revitalization.',
     ['five-level secretaries']),
    ('Officials should be able to go up and down and enter and exit.',
     ['go up and down and enter and exit']),
    ('Approval without meeting was introduced for projects.',
     ['Approval without meeting']),
    ('The county pursued the policy of four no-picks.',
     ['four no-picks']),
    ('The four not-removes were kept for five years.',
     ['four not-removes']),
    ('The county battled the four winds of formalism and bureaucracy.',
     ['battled the four winds']),
    ('The county will adhere to outside defense input and inside defense rebound.',
     ['outside defense input', 'inside defense rebound']),
    ('There is no disturbance when there is nothing, and a response is given whenever there is a request.',
     ['no disturbance when there is nothing']),
    ('The government should not disturb when nothing happens and respond to every request.',
     ['not disturb when nothing happens']),
    ('Officials serve as the store little two for enterprises.',
     ['store little two']),
    ('Every river has a river long and every lake has a lake long.',
     ['a lake long']),
    ('The Party leads party, government, military, civilian and school.',
     ['party, government, military, civilian and school']),
    ('Protect the ecological environment like protecting the eyes and treat it like treating life.',
     ['like protecting the eyes', 'like treating life']),
    ('Guard a section of canal and plant the responsibility field well.',
     ['Guard a section of canal', 'plant the responsibility field well']),
    ('Everyone must guard their own canal section and farm their responsibility fields.',
     ['guard their own canal section', 'farm their responsibility fields']),
    ('The province practices the one-thing-at-most-once service.',
     ['one-thing-at-most-once']),
    ('The case shows the new era Fengqiao experience of small matters not out of the village.',
     ['small matters not out of the village']),
    ('The police hit tigers and patted flies.',
     ['patted flies']),
    ('The campaign patted flies around the masses.',
     ['patted flies']),
    ('The county promoted the integration of three governances in villages.',
     ['integration of three governances']),
    ('The village explored three-governance integration of autonomy, rule of law and rule of virtue.',
     ['three-governance integration']),
    ('Great-power craftsmen were honoured at the ceremony.',
     ['Great-power craftsmen']),
    ('Investment in two news and one heavy construction rose.',
     ['two news and one heavy']),
    ('The strategy of storing grain in technology was implemented.',
     ['storing grain in technology']),
    ('The town practised street and township blowing whistles and departments reporting.',
     ['whistles and departments reporting']),
    ('The county reformed so that one seal manages approval.',
     ['one seal manages approval']),
    ('Residents only enter one door to handle all affairs.',
     ['only enter one door']),
    ('The epidemic is managed with class B, class B management.',
     ['class B, class B management']),
    ('The disease is now under B class B tube.',
     ['B class B tube']),
]


@pytest.mark.parametrize("text, spans", FOUND)
def test_rule_finds_the_rendering(rule, text, spans):
    assert ungated_hits(rule, text) == spans


def test_no_other_rule_finds_these_renderings(catalog):
    """The family adds to the catalog: with the gate off, no other rule reports any of its
    renderings (they were kept for that reason)."""
    others = replace(catalog, rules=[r.ungated() for r in catalog.rules if r.id != RID])
    hits = [(t, f.rule) for t, _ in FOUND for f in check_text(t, others)]
    assert hits == []


# ordinary English sharing the family's words, quoted and glossed slogans among them
PASSED = [
    'She spent the afternoon putting on the practice green before the tournament.',
    'His putting, managing the course and serving as club captain kept him busy.',
    'The reform of the pension system was delayed again.',
    'The data were processed through one pipeline and stored in a single warehouse.',
    'All traffic is routed through one network operator in the region.',
    'He rolled up his sleeves and added oil to the engine before the long drive.',
    'The mechanic rolled up her sleeves and refuelled the generator.',
    'She rolled up her sleeves, added fuel to the stove and started cooking.',
    'Farmers plant wheat in the fields along the canal every autumn.',
    'Guards patrolled a section of the canal near the lock gates.',
    'The architect painted a mural on the wall at the end of the corridor.',
    'The blueprint was drawn up by engineers in 1932.',
    'He followed the blueprint to the end of the project.',
    'The city is one of the most livable places in Europe.',
    'The hotel is pet-friendly and business-suitable, with meeting rooms on each floor.',
    'The four no-fly zones were lifted in 2003.',
    'They picked four apples from the tree and left the rest.',
    'She was the two-time champion and an unwavering supporter of the club.',
    'The two unwavering supporters stood in the rain all match.',
    'Please do not disturb the guests when there is nothing urgent.',
    'It is no matter; the delay did not disturb anyone.',
    'The little shop on the corner sells newspapers and bread.',
    "The shop's second floor has been turned into a café.",
    'The small store employs two students on Saturdays.',
    'The Amazon is a river long celebrated by naturalists.',
    'We walked along the river, longing for shade.',
    'The lake, long a favourite of anglers, has been restocked.',
    'The forest long served as a hunting ground for the king.',
    'Immigration officers guard against the import of banned goods.',
    'The external defence of the castle relied on a deep moat.',
    "The company's internal audit found no sign of a rebound in costs.",
    'The meadow is full of wildflowers, fields, lakes and grass.',
    'The children played in the sand and the grass by the lake.',
    'Walkers pass mountains, waters, forests and villages on the trail.',
    'Treat your eyes like treasures: wear sunglasses in strong sun.',
    'Doctors treat the disease as a threat to life.',
    'She protects her privacy as fiercely as she protects her family.',
    'Nothing worries the two old friends more than the weather.',
    'The two do not worry about money any more.',
    'The party, the government and the army were all represented at the funeral.',
    "The film's cast includes military officers, civilians and students.",
    'He patted the dog and shooed away the flies.',
    'The fly fisherman tied a new fly before the evening rise.',
    'Doctors say the first heart transplant was performed in 1967.',
    'She never forgot the first heart-shaped card he gave her.',
    'The initial heart rate reading was normal.',
    'One thing is done once a year: the annual audit.',
    'The one thing done once and never repeated was the ceremony.',
    'Small matters can be handled without a court hearing.',
    'Small things do not go unnoticed in the village.',
    'Little things leave a lasting impression on visitors.',
    'His ashes were scattered to the four winds.',
    'The old mill was open to the four winds of heaven.',
    'Fried eggs and toast are served in the flats above the café.',
    'Do not fry food in the kitchen of rented homes, the landlord said.',
    'The property is not meant for frying fish, the sign at the pier said.',
    'The mountains are full of gold and silver mines.',
    'The hills are rich in gold and silver, prospectors said.',
    'The five-level car park opened last week.',
    'The secretaries of the five committees met on Monday.',
    'She helped the child onto the horse and sent him off for a ride.',
    'The groom saddled the horse and sent it back to the stable.',
    'The lift can go up and down, and the doors open in and out.',
    'The plan won approval without meeting any opposition.',
    'The board granted approval without a meeting, by written consent.',
    'Residents must renew their approval without meeting the inspector again.',
    "The union's reform of the rules was approved at the meeting.",
    'Fans of Heart still play their first album.',
    'The ecology of the river suffered like the lives of the people who lived on it.',
    'The green hills are as valuable as mountains of gold and silver, the saying goes.',
    'Xi urged officials to "not forget the original aspiration" and keep the mission in mind.',
    '"The last mile", as officials call it, is the hardest part of delivery.',
    'Beijing\'s slogan "houses are for living in, not for speculation" was repeated.',
    'The campaign against "tigers and flies" went after both senior and junior officials.',
    'The slogan "lucid waters and lush mountains are mountains of gold and silver" is painted on walls.',
    'The party calls it "small matters not leaving the village".',
    'Xi\'s formula of guarding "a section of the canal" and tending "a field of responsibility" appealed to cadres.',
    'The guide asked tourists not to disturb the wildlife when nothing was happening.',
    'The three governance committees approved the plan.',
    'Great power rivalry shaped the century.',
    'The craftsmen of the great houses built the furniture.',
    'Two new players and one heavy defeat marked the season.',
    'The farmers stored the grain in the barn.',
    'The referee blew the whistle and the players left the field.',
    'Each office has one stamp for approval letters.',
    'Visitors enter one door and leave by another.',
    'Class B shares and class B stock were issued.',
    'The B class tube amplifier sounds warm.',
    'The first line praises green hills and clear water; the second declares that they are mountains of gold and silver.',
]


@pytest.mark.parametrize("text", PASSED)
def test_rule_passes_ordinary_english(rule, text):
    assert ungated_hits(rule, text) == []


def test_rule_is_gated_and_skips_quoted_fragments(rule):
    assert rule.gate is not None
    assert ungated_hits(rule, 'Cadres must oppose the four winds of formalism.') == ['oppose the four winds']
    assert ungated_hits(rule, 'Cadres must "oppose the four winds" of formalism.') == []


ALONE = "Every river has a river long."


def test_gate_keeps_a_lone_rendering_quiet(catalog):
    assert not [f for f in check_text(ALONE, catalog) if f.rule == RID]


def test_gate_opens_in_a_story_with_other_signs_of_machine_translation(catalog):
    found = family_findings(MT_EVIDENCE_REPORT + ALONE, catalog, (RID,))
    assert found == {RID: "a river long"}
