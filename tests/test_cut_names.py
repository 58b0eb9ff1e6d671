"""Truncated names with no full name in the document (issue 9, fifth round): the ``official_names``
type beside a Chinese place and with a qualifier or a coordination member dropped, and the
``cut_names`` type (rule truncated-official-name-shape): a name ending in a modifier, generic
words and a head only."""
import re

import pytest

from audit import check_text, load_rules
from audit.detectors import cut_names, official_names as on
from rule_helpers import found

RULES = load_rules().rules
NEAR_MISS = [r for r in RULES if r.id == "mt-official-name-near-miss"]
SHAPE = [r for r in RULES if r.id == "truncated-official-name-shape"]
BEIJING = " Xinhua reported from Beijing."


@pytest.mark.parametrize("text, expected", [
    # a Chinese place before or after the name makes it a Chinese body in any document
    ("The Zhejiang Provincial Department of Industry said 300 factories went digital.",
     [("Department of Industry", "Department of Industry and Information Technology")]),
    ("The provincial Department of Industry in Zhejiang said 300 factories went digital.",
     [("Department of Industry", "Department of Industry and Information Technology")]),
    ("The Ningxia Hui Autonomous Region Bureau of Housing said rents fell.",
     [("Bureau of Housing", "Bureau of Housing and Urban-Rural Development")]),
    # who speaks, before "of the", is no part of the name
    ("Experts of the Suzhou Municipal Bureau of Science said 40 firms got grants.",
     [("Bureau of Science", "Bureau of Science and Technology")]),
    # "of Hunan Province" ends the name only as its whole rest
    ("The Department of Housing and Urban-Rural of Hunan Province said rents in China fell." + BEIJING,
     [("Department of Housing and Urban-Rural", "Department of Housing and Urban-Rural Development")]),
    # a content qualifier dropped from a name written head last, the only body so ending
    ("The Security Administration said China's insurance fund paid 2 trillion yuan." + BEIJING,
     [("Security Administration", "National Healthcare Security Administration")]),
    ("The Television Administration took 300 Chinese dramas offline." + BEIJING,
     [("Television Administration", "National Radio and Television Administration")]),
    # the first member of an "of" coordination dropped, two content words left
    ("The Nanjing Municipal Bureau of Social Security said pensions rose.",
     [("Bureau of Social Security", "Bureau of Human Resources and Social Security")]),
    # one name at two levels in a story naming a city: the name they share
    ("The Hefei Development Commission said 20,000 chargers would be built.",
     [("Development Commission", "Development and Reform Commission")]),
])
def test_cut_names_found_without_the_full_name(text, expected):
    assert found(NEAR_MISS, text) == expected


@pytest.mark.parametrize("text", [
    "The Australian Department of Industry said iron ore sales to China rose.",
    "The Energy Administration said China's solar capacity rose." + BEIJING,  # "National" dropped
    "The Affairs Office said nothing." + BEIJING,  # Taiwan's or Hong Kong and Macao's
    "The Regulatory Commission fined Chinese brokers." + BEIJING,  # securities or banking
    "The Ministry of Environment said Chinese officials in Beijing agreed to the Korean plan.",  # one word left
    "The Ministry of Tourism said Thai arrivals from China rose.",
    "India's Ministry of Information Technology met Chinese firms in Beijing, Xinhua said.",
    "The Minnesota Department of Natural Resources closed two lakes to Chinese carp.",
])
def test_other_bodies_and_short_forms_pass(text):
    assert found(NEAR_MISS, text) == []


@pytest.mark.parametrize("text, expected", [
    # a modifier cannot end a name, in any document; the fix only for a Chinese body
    ("The Bureau of Ecological said rivers were cleaner.", [("Bureau of Ecological", None)]),
    ("The Department of Human said payments rose.", [("Department of Human", None)]),
    ("The Jiangsu Provincial Department of Ecological closed 12 chemical parks.",
     [("Department of Ecological", "Department of Ecology and Environment")]),
    # generic words and a head only, in a story about China
    ("The General Administration said China's athletes in 30 sports were ready." + BEIJING,
     [("General Administration", "General Administration of Sport of China")]),
    ("The General Administration said China's customs clearance was faster." + BEIJING,
     [("General Administration", "General Administration of Customs")]),
    ("The General Administration said China's trade rose." + BEIJING, [("General Administration", None)]),
    ("The National Bureau said China's economy grew 5 percent." + BEIJING,
     [("National Bureau", "National Bureau of Statistics")]),
])
def test_shapes_of_a_cut(text, expected):
    assert found(SHAPE, text) == expected


@pytest.mark.parametrize("text", [
    "The North Carolina Department of Natural and Cultural Resources reopened the park.",
    "She studied at the Department of Human, Social and Political Sciences in Cambridge.",
    "The Ministry of Natural\nResources said China's coast was surveyed.",
    "The Department of Human resources said so.",
    "The Commission on Human Rights met.",
    "Indonesia's Ministry of Foreign said nothing.",
    "The General Administration said trade rose.",  # not about China
    "The General Administration of Customs in Beijing said China's exports rose; the General Administration agreed.",
    "Chinese staff of the bank's General Administration in Beijing were moved to Shanghai.",
])
def test_names_that_go_on_or_are_no_cut_pass(text):
    assert found(SHAPE, text) == []


@pytest.mark.parametrize("unit", ["The General Administration said Beijing. ", "The Department of Natural said China. "])
def test_a_name_met_again_is_judged_once(unit, monkeypatch):
    # the count of dictionary lookups and full-form searches does not grow with the repeats (the time of a 1 MB line is
    # printed by benchmarks/hostile_scaling.py); every repeat still gets its finding
    calls = []
    real = on.best_match
    monkeypatch.setattr(on, "best_match", lambda *a, **k: calls.append(1) or real(*a, **k))

    class CountedSearch:  # the whole-text search for a generic name's full form
        def __getattr__(self, name):
            return getattr(re, name)

        def search(self, *args, **kwargs):
            calls.append(1)
            return re.search(*args, **kwargs)

    monkeypatch.setattr(cut_names, "re", CountedSearch())
    # and the reads of the listed bodies (a generic name's candidates, sorted by the story's subject)
    real_bodies = on._Catalog.bodies
    monkeypatch.setattr(on._Catalog, "bodies", property(lambda self: calls.append(1) or real_bodies.fget(self)))
    counts = []
    for repeats in (50, 2_000):
        calls.clear()
        assert len(found(SHAPE, unit * repeats)) == repeats
        counts.append(len(calls))
    assert counts[0] == counts[1] > 0


def test_candidates_are_read_once_per_text():
    text = "The Zhejiang Provincial Department of Industry said so."
    assert on.candidates(text) is on.candidates(text)


@pytest.mark.parametrize("text, expected", [
    # the head noun dropped: a place or a level word, then a listed body's subject or its start
    ("The Hunan Public Security said 300 fraud gangs in China were broken up.", ["Hunan Public Security"]),
    ("In China, the Guangdong Provincial Education said 20 schools would open.", ["Guangdong Provincial Education"]),
    ("The Ordos Forestry and Grass said China planted trees, Xinhua reported from Beijing.",
     ["Ordos Forestry and Grass"]),
    ("The Hunan Provincial Food and Strategic said grain stocks in China were ample.",
     ["Hunan Provincial Food and Strategic"]),
    # a firm, a head in lower case, a place, an event, a story not about China
    ("Shenzhen Energy said its plants in Guangdong, China, ran well.", []),
    ("The Shenzhen Energy plants in Guangdong, China, ran well.", []),
    # one subject word after a place, as the subject of a reporting verb
    ("The Xingguo Health said it would train village doctors in Jiangxi, China.", ["Xingguo Health"]),
    ("Output in China rose, the Chengdu Sports said.", ["Chengdu Sports"]),
    ("The China Merchants Securities said China grew, Xinhua reported from Beijing.", []),
    ("The Hunan Public Security bureau said 300 gangs in China were broken up.", []),
    ("The Hunan Province said growth in China was steady.", []),
    ("The County Fair opened in Hebei, China, on Monday.", []),
    ("The Provincial Education said the Ontario curriculum would change.", []),
])
def test_head_noun_dropped(text, expected):
    assert [t for t, _ in found(SHAPE, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # where a body's name stands: a title's "of the" before a mark, or a reporting verb after it
    ("Guo said so, director of the Taiyuan Sports. Runners in Shanxi, China, were safe.", ["Taiyuan Sports"]),
    ("The Guizhou Communications said it trained 24,000 residents in China.", ["Guizhou Communications"]),
    ("The Hefei Association said exhibits in Anhui, China, would stay open.", ["Hefei Association"]),
    ("The Education Ministry Vocational said contests in Tianjin, China, promote teaching.",
     ["Education Ministry Vocational"]),
    ("The Film Week Organizing said the festival in Yunnan, China, would return.", ["Film Week Organizing"]),
    # a place word with no place before it
    ("Herders in Inner Mongolia, China, were paid 9 billion yuan. The Region Forestry Bureau said grass rose.",
     ["Region Forestry Bureau"]),
    ("Herders in Inner Mongolia, China, were paid 9 billion yuan. Wu will report to Autonomous Region Finance when asked.",
     ["Autonomous Region Finance"]),
    ("Fires hit Liangshan Yi Autonomous Prefecture. The Prefecture Forest Fire Prevention said it would act.",
     ["Prefecture Forest Fire Prevention"]),
    # a firm, a full name, a place named before its place word, a headline, a story not about China
    ("The Shanghai Disneyland said visitors in China rose.", []),
    ("The Beijing Organizing Committee said Chinese venues were ready.", []),
    ("The Guangxi Zhuang Autonomous Region Health Commission said clinics in China would open.", []),
    ("Province Expands Medical Alliances to Bring Care to County Hospitals in China", []),
    ("The Hefei Association for Science and Technology said exhibits in China would stay open.", []),
    ("The Region Forestry Bureau of Ontario said the lakes froze.", []),
    ("The Taiyuan Sports Bureau said runners in China were safe; its director of the Taiyuan Sports Bureau agreed.", []),
])
def test_seventh_round_shapes(text, expected):
    assert [t for t, _ in found(SHAPE, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb between the run and its reporting verb (issue 9, seventeenth round)
    ("Panel makers in Jiangsu, China, cut prices. The Photovoltaic Industry also said it would act." + BEIJING,
     ["Photovoltaic Industry"]),
    # a listed body's whole subject and nothing else, as the subject of any finite verb
    ("Airports in Anhui, China, grew. Since the Civil Aviation delegated part of the review, it takes 15 days." + BEIJING,
     ["Civil Aviation"]),
    ("Courts in Hefei, China, met. The Intermediate People's plans to share data with banks." + BEIJING,
     ["Intermediate People's"]),
    # a level word and "Party", the committee dropped
    ("Officials in Wuxi, China, met. The Municipal Party will prepare case studies." + BEIJING, ["Municipal Party"]),
    # the adjective of a listed subject's noun after a level word
    ("Banks in Fujian, China, lend more. The Provincial Ecological Environment plans to add data." + BEIJING,
     ["Provincial Ecological Environment"]),
    # the same words as a modifier, with a head, or not the subject of a verb
    ("Airports in Anhui, China, grew. The Civil Aviation industry hired 3,000 people." + BEIJING, []),
    ("Airports in Anhui, China, grew. The Civil Aviation Administration delegated the review." + BEIJING, []),
    ("Officials in Wuxi, China, met. The Municipal Party Committee will prepare case studies." + BEIJING, []),
    ("Officials in Wuxi, China, met. The Communist Party will prepare case studies." + BEIJING, []),
    ("Floods hit Hunan, China. The Red Cross sent 300 tents, and the Red Cross has asked for blood." + BEIJING, []),
    ("Banks in Fujian, China, lend more. The Provincial Ecological Environment Department plans to add data." + BEIJING,
     []),
    ("Panel makers in Jiangsu, China, cut prices. The Photovoltaic Industry Association also said it would act." + BEIJING,
     []),
])
def test_whole_subject_adverb_and_adjective_shapes(text, expected):
    assert [t for t, _ in found(SHAPE, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a level word and two common words or more, no head, as the subject of a finite verb
    ("Rivers in Jiangxi, China, rose. The Provincial Flood Control has sent six working groups." + BEIJING,
     ["Provincial Flood Control"]),
    # the head after it, in lower case or in full; titles of people; not the subject of a verb
    ("Rivers in Jiangxi, China, rose. The Provincial Flood Control headquarters sent six groups." + BEIJING, []),
    ("Rivers in Jiangxi, China, rose. The Provincial Flood Control and Drought Relief Headquarters has sent six groups."
     + BEIJING, []),
    ("Rivers in Jiangxi, China, rose. The County Deputy Director said six groups went." + BEIJING, []),
    ("Rivers in Jiangxi, China, rose. Maps of the Provincial Flood Control area are online." + BEIJING, []),
])
def test_level_word_and_subject_without_head(text, expected):
    assert [t for t, _ in found(SHAPE, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a city of the official names file opening a dateline, or two of them, name a story from China
    ("HEFEI, Jan. 15 -- Hefei's hotline took 6 million calls last year.", True),
    ("Flights from Xiamen to Qingdao resumed on Monday.", True),
    ("Flights from Xiamen resumed on Monday.", False),
    ("The Inner Circle met in Mongolia on Monday.", False),
])
def test_listed_cities_name_a_story_from_china(text, expected):
    assert on.about_china(text) is expected


@pytest.mark.parametrize("text, expected", [
    # issue 9, nineteenth round: a run that says only what a body named in full in the document
    # does, as the subject of a relative clause, when the document gives it with a head right
    # after it; the subject of another verb is left alone (a facility named beside its authority)
    ("The Shenzhen Bankruptcy Affairs Administration said on Tuesday that 46 debtors got relief in China. "
     "The Bankruptcy Affairs, which the city set up in 2021, said most were shop owners." + BEIJING,
     ["Bankruptcy Affairs"]),
    ("The Shenzhen Bankruptcy Affairs Administration said on Tuesday that 46 debtors got relief in China. "
     "The Bankruptcy Affairs has received 900 applications." + BEIJING, []),
    # a place word ends no cut name ("the Guangxi Zhuang Autonomous Region has" beside its
    # Health Commission, in a clean set)
    ("The Guangxi Zhuang Autonomous Region Health Commission said 12 people fell ill in China. "
     "A firm in the Guangxi Zhuang Autonomous Region has recalled rice noodles." + BEIJING, []),
    # the full name again, or words the full name does not hold
    ("The Shenzhen Bankruptcy Affairs Administration said on Tuesday that 46 debtors got relief in China. "
     "The Bankruptcy Affairs Administration, which the city set up in 2021, said most were shop owners." + BEIJING, []),
    ("The Yellow River Conservancy Commission said on Tuesday that ice broke up in China. "
     "The Yellow River, which freezes each winter, rose." + BEIJING, []),
    ("The Shenzhen Bankruptcy Affairs Administration said on Tuesday that 46 debtors got relief in China. "
     "The Debt Relief Fund, which the city set up in 2021, paid 3 million yuan." + BEIJING, []),
])
def test_cut_of_a_full_name_before_a_relative_clause(text, expected):
    assert [t for t, _ in found(SHAPE, text)] == expected


def test_inner_word_dropped_reads_each_full_name_once():
    # ``_inner_word_dropped`` reads each full name once however often the story repeats it, and
    # the starts of them all from one set: the cut form is still flagged, the start of a name is not
    full = "Xining Water Supply Co., Ltd. said it will stop water to Chengxi District. "
    story = "XINING, Sept 14 -- " + full * 3 + "Xining Water said pipes burst. Xining Supply said residents can call its hotline."
    got = [(f.start, f.text) for f in check_text(story, [r.ungated() for r in SHAPE]) if f.rule == SHAPE[0].id]
    assert got == [(story.index("Xining Supply"), "Xining Supply")]


@pytest.mark.parametrize("unit", ["The Hubei Forestry and Grass said trees grew in China. ",
                                  "The County Transportation has asked drivers in China to slow. "])
def test_a_run_without_a_head_is_read_against_the_subjects_once(unit, monkeypatch):
    # the listed subjects are read once for a run met again (``_headless``), at 50 repeats as at
    # 2,000; every repeat keeps its finding
    calls = []
    real = cut_names._starts_a_subject
    monkeypatch.setattr(cut_names, "_starts_a_subject", lambda *a: calls.append(1) or real(*a))
    counts, hits = [], []
    for repeats in (50, 2_000):
        calls.clear()
        hits.append(len(found(SHAPE, unit * repeats)))
        counts.append(len(calls))
    assert counts[0] == counts[1] > 0 and hits == [50, 2_000]
