"""Four kinds of false alarm the blind clean set clean_fresh176 drew (issue 9, forty-fourth
round), each passed as a kind while the MT shape beside it is still reported: a modal "need"
before "not"/"only"; the adjective "resident in"; the compass points' adjectives naming a region;
an office's remit after "for" beside a body named after the same field."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


@pytest.mark.parametrize("rule_id, text, expected", [
    # "need" as a modal: no tense to add
    ("pronoun-base-verb", "She need not have worried: the reviews were warm.", []),
    ("pronoun-base-verb", "He need only ask the clerk for the file.", []),
    ("pronoun-base-verb", "The loan is small, and she need more time to repay it.", ["she need"]),
    ("pronoun-base-verb", "Prices rose, but he need hardly worry about the rent.", []),
    # "need only" before a figure or a determiner: the main verb, its tense lost
    ("pronoun-base-verb", "Last month she need only 20 workers to harvest the tea, the owner said.", ["she need"]),
    ("pronoun-base-verb", "This year he need only a small loan for the new shed.", ["he need"]),
    # "resident in": the adjective; "is resident of" is a role noun without its article
    ("article-set-phrase", "Anyone who is resident in the UK for tax purposes must file.", []),
    ("article-set-phrase", "She was resident in Lisbon for a decade before the move.", []),
    ("article-set-phrase", "Zhang Min, 52, is resident of the village and grows tea.", ["resident"]),
    ("article-set-phrase", "Zhang Min, 52, is teacher at the village school.", ["teacher"]),
])
def test_sentence_kinds(rule_id, text, expected):
    assert _spans(rule_id, text) == expected


def test_compass_adjectives_naming_a_region_pass():
    text = ("Storms killed 12 people across three Southern states on Sunday.\n\n"
            "Forecasters said the southern edge of the front had stalled, and Western aid groups "
            "sent crews while western roads stayed shut.")
    assert _spans("random-capital-word", text) == []
    # an ordinary word capitalised mid-sentence is still reported
    mt = "Prices of pork rose To record levels in May. Prices of beef rose to new highs."
    assert _spans("random-capital-word", mt) == ["To"]


REMIT = ("Daniel Osei, the Shadow Secretary of State for Housing, Communities and Local Government, "
         "spoke first. Anjali Mercer sits on the Housing, Communities and Local Government Committee.")


def test_an_offices_remit_is_no_cut_name_of_the_committee():
    assert _spans("truncated-official-name", REMIT) == []
    # the remit right after "for", with no list before it
    text = ("Gareth Pole, the Minister for Coastal Communities and Local Renewal, spoke. The Coastal "
            "Communities and Local Renewal Committee met later.")
    assert _spans("truncated-official-name", text) == []


def test_a_cut_name_after_for_is_still_reported_when_a_word_of_the_field_is_missing():
    # after an office and "for" too, a name that lacks a word of the field is MT's cut
    text = ("Liu Yang, the Spokesman for Ministry of Industry and Information, spoke on Monday. The "
            "Ministry of Industry and Information Technology issued the rules.")
    assert _spans("truncated-official-name", text) == ["Ministry of Industry and Information"]


@pytest.mark.parametrize("text, expected", [
    # a council's or a tax office's charge, payment or relief named in capitals
    ("Councils will have the power to levy a Second Homes Premium on properties left empty.", []),
    ("Single occupants can apply for a Council Tax Reduction in the spring.", []),
    ("Pensioners on low incomes receive a Cold Weather Payment when it freezes.", []),
    # an engine's run naming a facility or a campaign is still reported
    ("The county opened a Clean Air Action to cut coal use.", ["Clean Air Action"]),
    ("The town opened an Elderly Canteen last month.", ["Elderly Canteen"]),
    # an adjective and a charge's head in capitals: no scheme's name
    ("The county saw a Significant Reduction in poverty last year.", ["Significant Reduction"]),
    ("The shop offered a Big Discount on its green tea.", ["Big Discount"]),
])
def test_a_schemes_charge_in_capitals_after_a(text, expected):
    assert _spans("capitalised-common-noun", text) == expected
