"""The term and slogan shapes of issue 9's thirteenth round (rules.yaml, the block after
mt-noun-stack): correct English written to come close to each shape draws nothing from the
catalog, and each shape finds its kind of error in wordings no rule example uses."""
import os

import pytest

from audit import load_rules
from audit.document import Document
from audit.engine import check_document
from audit.findings import Severity

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SHAPES = ("mt-slogan-rely-on-x-eat-x", "mt-idiom-touch-into-gold", "mt-term-job-as-members",
          "mt-term-numbered-small-places", "mt-term-coined-ization", "mt-term-character-gloss-nouns",
          "mt-idiom-classic-lines", "mt-term-universal-pairs", "mt-term-summoned-as-interviewed")


def _passages():
    with open(os.path.join(HERE, "data", "red_team_round13_shapes.txt"), encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]


PASSAGES = _passages()


@pytest.fixture(scope="module")
def catalog():
    return load_rules(os.path.join(ROOT, "rules.yaml"))


def test_every_shape_has_twenty_red_team_passages():
    assert len(PASSAGES) >= 20 * len(SHAPES)


@pytest.mark.parametrize("text", PASSAGES)
def test_red_team_passage_draws_nothing(catalog, text):
    findings = [f for f in check_document(Document.from_text(text), catalog).findings
                if f.severity >= Severity.MINOR]
    assert not findings, [(f.rule, f.text) for f in findings]


# Wordings of each shape that no rule example and no development set uses: (rule, text, span).
UNSEEN = [
    ("mt-slogan-rely-on-x-eat-x", "Herders relied on the grassland to eat the grassland.",
     "relied on the grassland to eat the grassland"),
    ("mt-slogan-rely-on-x-eat-x", "Towns that eat the desert by depending on the desert now grow dates.",
     "eat the desert by depending on the desert"),
    ("mt-idiom-touch-into-gold", "The park aims to change red into gold with one touch.",
     "change red into gold with one touch"),
    ("mt-term-job-as-members", "Each grassland patrol member walks 20 kilometres a day.", "grassland patrol member"),
    ("mt-term-numbered-small-places", "Checks covered the six small places in the old town.", "the six small places"),
    ("mt-term-coined-ization", "The county pursues three-ization development of tea.", "three-ization"),
    ("mt-term-character-gloss-nouns", "The bank accepts woodland tickets as collateral.", "woodland tickets"),
    ("mt-term-character-gloss-nouns", "Medical insurance moved to provincial overall planning.",
     "provincial overall planning"),
    ("mt-idiom-classic-lines", "One spark could light a prairie fire, the founder said.",
     "One spark could light a prairie fire"),
    ("mt-idiom-classic-lines", "Robots have flown into the homes of common households.",
     "flown into the homes of common households"),
    ("mt-term-universal-pairs", "Bike cards allow universal borrowing and universal return.",
     "universal borrowing and universal return"),
    ("mt-term-summoned-as-interviewed", "Two apps were interviewed by the municipal market supervision bureau.",
     "interviewed by the municipal market supervision bureau"),
    ("mt-term-summoned-as-interviewed", "The Xiamen Bureau interviewed the owners of six hotels.",
     "interviewed the owners"),
]


@pytest.mark.parametrize("rule,text,span", UNSEEN)
def test_shape_finds_an_unseen_wording(catalog, rule, text, span):
    found = [f.text for f in check_document(Document.from_text(text), catalog).findings if f.rule == rule]
    assert span in found, found


def test_spans_are_offsets_into_the_document(catalog):
    text = " ".join(t for _, t, _ in UNSEEN)
    for f in check_document(Document.from_text(text), catalog).findings:
        if f.rule in SHAPES:
            assert text[f.start:f.end] == f.text
