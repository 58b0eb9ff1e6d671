"""The twenty-seventh round's gated idiom and collocation families (issue 9): what each finds run
on its own, the renderings it leaves alone on purpose, and that the evidence gate keeps them
quiet on a sentence with no other sign of machine translation."""
from __future__ import annotations

import os

import pytest

from audit import load_rules
from audit.document import Document
from audit.engine import check_document, check_text

from rule_helpers import MT_EVIDENCE_REPORT, family_findings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = ("mt-saying-images-27", "mt-official-images-27", "mt-verb-object-27", "mt-report-formulas-27")


@pytest.fixture(scope="module")
def catalog():
    return load_rules(os.path.join(ROOT, "rules.yaml"))


@pytest.fixture(scope="module")
def ungated(catalog):
    return {r.id: r.ungated() for r in catalog.rules if r.id in FAMILIES}


def _spans(rule, text):
    return [f.text for f in check_document(Document.from_text(text), [rule]).findings]


# (rule, text, the one span it must report) beyond the catalog's own examples: other
# inflections and word orders of the same images
FOUND = [
    ("mt-saying-images-27", "We will learn from stones of other mountains.", "stones of other mountains"),
    ("mt-saying-images-27", "The whole country is one chessboard in flood control.", "whole country is one chessboard"),
    ("mt-saying-images-27", "Reform must go deeper and more solid this year.", "go deeper and more solid"),
    ("mt-saying-images-27", "The villagers' money bags have bulged.", "villagers' money bags have bulged"),
    ("mt-saying-images-27", "The team worked without stopping their hooves.", "without stopping their hooves"),
    ("mt-official-images-27", "Residents can have it handled on the palm.", "handled on the palm"),
    ("mt-official-images-27", "Police carried out a net-pulling search.", "net-pulling"),
    ("mt-verb-object-27", "Such policies were implemented with discounts.", "implemented with discounts"),
    ("mt-verb-object-27", "All those who should be tested have been tested.", "All those who should be tested have been tested"),
    ("mt-verb-object-27", "The company circled a large number of young fans.", "circled a large number of young fans"),
    ("mt-report-formulas-27", "The enthusiasm of farmers was fully mobilized.", "enthusiasm of farmers was fully mobilized"),
    ("mt-report-formulas-27", "The area is known far and near for its tea.", "known far and near"),
]


@pytest.mark.parametrize("rid, text, span", FOUND)
def test_family_finds_other_forms_of_its_images(ungated, rid, text, span):
    found = _spans(ungated[rid], text)
    assert found == [span]


# (rule, text) the family leaves alone: a saying given as one, a gloss in Chinese characters,
# a programme's name in title case, the phrases annotators passed, English that shares words
PASSED = [
    ("mt-saying-images-27", "As the proverb has it, stones from other hills can polish jade."),
    ("mt-saying-images-27", 'He cited "stones from other hills" (他山之石) in his speech.'),
    ("mt-saying-images-27", "The policy, literally 'one key opens one lock', was praised."),
    ("mt-report-formulas-27", "Zibo Builds 15-Minute Fitness Circles in City and Countryside"),
    ("mt-report-formulas-27", 'The firm adopts the mode of "company + cooperative + farmer".'),
    ("mt-verb-object-27", "All must resolutely prevent the occurrence of casualties."),
    ("mt-verb-object-27", "All who should be there were there."),
    ("mt-verb-object-27", "Everyone who can be reached will be called."),
    ("mt-report-formulas-27", "She paid the bill and left."),
    ("mt-report-formulas-27", "The next step is to expand the pilot."),
]


@pytest.mark.parametrize("rid, text", PASSED)
def test_family_passes_what_it_must_not_report(ungated, rid, text):
    assert _spans(ungated[rid], text) == []


def test_every_family_is_gated(catalog):
    rules = {r.id: r for r in catalog.rules}
    assert all(rules[rid].gate is not None for rid in FAMILIES)


ALONE = [
    "Officials must hold a bowl of water level when handling disputes.",
    "The key minority must set an example.",
    "The county will do subtraction for enterprises.",
    "Leaders personally deployed and personally directed the rescue.",
]

# three findings of two ungated rules and more ("In the next step", "give full play to",
# "According to the introduction", "realized the full coverage of", "The broad masses")
EVIDENCE = MT_EVIDENCE_REPORT


@pytest.mark.parametrize("sentence", ALONE)
def test_gate_keeps_a_lone_rendering_quiet(catalog, sentence):
    assert not [f for f in check_text(sentence, catalog) if f.rule in FAMILIES]


def test_gate_opens_in_a_story_with_other_signs_of_machine_translation(catalog):
    text = EVIDENCE + " ".join(ALONE)
    found = family_findings(text, catalog, FAMILIES)
    assert found == {
        "mt-saying-images-27": "hold a bowl of water level",
        "mt-official-images-27": "key minority",
        "mt-verb-object-27": "do subtraction for enterprises",
        "mt-report-formulas-27": "personally deployed and personally directed",
    }


# Two set phrases added to literal_idioms.txt this round: the ungated ``literal`` detector finds
# them said word for word, and gives their meaning
@pytest.mark.parametrize("text, span, phrase", [
    ("The reform walked deep and walked solid.", "walked deep and walked solid", "走深走实"),
    ("The town sang a big opera of tourism this autumn.", "sang a big opera", "唱大戏"),
])
def test_literal_list_finds_the_new_set_phrases(catalog, text, span, phrase):
    found = [f for f in check_text(text, catalog) if f.rule == "mt-literal-rendering"]
    assert [f.text for f in found] == [span]
    assert phrase in found[0].message
