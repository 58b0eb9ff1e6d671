"""cuts10: a body's second form in a sentence that names a person's past ("the former port
chief") is read, and a place with the first words of a name whose level word ("Municipal") is
left out, its head gone, is a cut also before a preposition (``audit/detectors/body_names.py``,
rule truncated-official-name)."""
import pytest

from audit import load_rules
from audit.detectors import body_names
from rule_helpers import found


@pytest.fixture(scope="module")
def catalog():
    return [r for r in load_rules().rules if r.id == "truncated-official-name"]


@pytest.mark.parametrize("sentence,history", [
    ("The bureau opened a case against the former port chief.", False),
    ("A former official of the bureau was detained.", False),
    ("The former deputy director of the commission spoke.", False),
    ("Its former party secretary was expelled.", False),
    ("The former Municipal Planning Bureau approved the sale.", True),
    ("The commission, formerly part of the bureau, grew.", True),
    ("The former name of the bureau was dropped.", True),
    ("Before 2019, sales were approved by the Planning Bureau.", True),
])
def test_former_before_a_persons_role_is_no_bodys_past(sentence, history):
    assert bool(body_names._HISTORY.search(sentence)) is history


def test_a_second_form_beside_a_former_official_is_flagged(catalog):
    text = ("The Xiamen Municipal Commission for Discipline Inspection opened a case against the former port chief "
            "in Fujian, China. The Xiamen Discipline Commission said he had taken bribes.")
    assert found(catalog, text) == [("Xiamen Discipline Commission",
                                     "Xiamen Municipal Commission for Discipline Inspection")]


def test_a_second_form_in_a_sentence_about_a_merger_still_passes(catalog):
    text = ("The Xiamen Municipal Commission for Discipline Inspection opened 40 cases in Fujian, China. Before the "
            "2018 merger, the Xiamen Discipline Commission ran them alone.")
    assert found(catalog, text) == []


@pytest.mark.parametrize("text,span,fix", [
    # the level word left out as well as the head, before a preposition
    ("The Qingdao Municipal Taxation Bureau said refunds would be paid in China. Taxpayers in Shandong can ask "
     "the Qingdao Taxation through its hotline.", "Qingdao Taxation", "Qingdao Municipal Taxation Bureau"),
    ("The Beijing Municipal Public Security Bureau said 30 people were held in China's capital. The suspects came "
     "to the Beijing Public Security in March.", "Beijing Public Security", "Beijing Municipal Public Security Bureau"),
    # before a verb, as before
    ("The Qingdao Municipal Taxation Bureau said refunds would be paid in China. The Qingdao Taxation said the "
     "hotline is open.", "Qingdao Taxation", "Qingdao Municipal Taxation Bureau"),
])
def test_a_place_and_first_words_with_level_and_head_left_out(catalog, text, span, fix):
    assert found(catalog, text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    # a noun after the cut: a compound of its own
    "The Qingdao Municipal Taxation Bureau said refunds would be paid in China. Ask through the Qingdao Taxation "
    "account on WeChat.",
    # the place and the name of an event or a site
    "The Sichuan Provincial Earthquake Administration said 80 aftershocks were recorded in China. Towns rebuilt "
    "after the Sichuan Earthquake in 2008 were not damaged.",
    # a place and a level alone; the place alone
    "The Wuhan Municipal Water Affairs Bureau said the Yangtze rose in China. Staff of the Wuhan Municipal in "
    "Hubei were on duty, and the Wuhan Water Affairs Bureau said dykes held.",
    # lower case
    "The Qingdao Municipal Taxation Bureau said refunds would be paid in China. Ask the Qingdao tax office through "
    "its hotline.",
])
def test_what_is_no_headless_cut_passes(catalog, text):
    assert found(catalog, text) == []


@pytest.mark.parametrize("text,span,fix", [
    # a local body's name without its place, level and head
    ("The Suzhou Market Supervision Administration checked 200 restaurants in China. Officials at the Market "
     "Supervision said 14 were closed.", "Market Supervision", "Suzhou Market Supervision Administration"),
    ("The Suzhou Market Supervision Administration checked 200 restaurants in China. The Market Supervision said "
     "14 were closed.", "Market Supervision", "Suzhou Market Supervision Administration"),
])
def test_a_local_names_first_words_without_place_and_head(catalog, text, span, fix):
    assert found(catalog, text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    # a name whose words open on a generic or broad word; a site's noun at the cut's end
    "The Hangzhou Asian Games Organizing Committee said tickets sold in China. The Asian Games in Hangzhou drew "
    "crowds.",
    "The Suzhou Market Supervision Administration checked 200 restaurants in China. The Suzhou Market in the old "
    "town was not checked.",
    "The Hubei Provincial National Security Commission met in Wuhan, China. The National Security of China was "
    "its theme.",
    # the whole name without its place is a normal second reference
    "The Suzhou Market Supervision Administration checked 200 restaurants in China. The Market Supervision "
    "Administration said 14 were closed.",
])
def test_a_name_without_its_place_that_is_no_cut_passes(catalog, text):
    assert found(catalog, text) == []


@pytest.mark.parametrize("text,span,fix", [
    # the whole "of" phrase of a head-first name, its head left off, in a document about China
    ("The Ministry of Human Resources and Social Security said jobs rose in Beijing, China. The Human Resources "
     "and Social Security said wages rose.", "Human Resources and Social Security",
     "Ministry of Human Resources and Social Security"),
    ("The Ministry of Public Security said 300 suspects were held in Beijing, China. Victims can report fraud to "
     "the Public Security through its app.", "Public Security", "Ministry of Public Security"),
])
def test_a_head_first_names_of_phrase_alone(catalog, text, span, fix):
    assert found(catalog, text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    # another body's name goes on after the words; a body of its own; a noun after them
    "The Ministry of Natural Resources said in Beijing, China, that maps would be redrawn. The Natural Resources "
    "Defense Council said it was pleased.",
    "The Ministry of Public Security said in Beijing, China, 300 were held. The Public Security Bureau of Wuhan "
    "said 20 were held.",
    "The Ministry of Culture and Tourism said in Beijing, China, tourism rose. Visits to the Culture and Tourism "
    "Expo rose.",
    # not about China
    "The Department of Homeland Security said in Washington that checks would rise. Staff at the Homeland "
    "Security said the queues were long.",
])
def test_an_of_phrase_that_is_no_cut_passes(catalog, text):
    assert found(catalog, text) == []
