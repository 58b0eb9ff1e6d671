"""Kinds of false alarm the blind clean set clean_fresh183 drew on the forty-seventh round's base
catalog (issue 9; 4 findings in 10,829 words), each passed as a kind while the MT shape beside it
is still reported: a quoted slogan the sentence names as a formula ('officials who "fail to act,
dare not act or cannot act", a formula repeated at congresses'); a figure the document writes
after a name elsewhere, a model's number ("Boeing 737s" ... "the entire 737 fleet"); a word the
document lists among words in capitals ("COLD, CORD, CARD, WARD, WARM"), cited there and
elsewhere ("change COLD into WARM")."""
import pytest

from audit import load_rules
from audit.document import Document
from audit.engine import check_document
from rule_helpers import catalog_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


def _catalog_spans(rule_id, text):
    """The spans of ``rule_id`` the whole engine reports (its quoted-gloss filter included)."""
    result = check_document(Document.from_text(text, path="a.txt"), CATALOG)
    return [f.text for f in result.findings if f.rule == rule_id]


FORMULA = ('Mr Liang said the province would "resolutely correct" the behaviour of officials who "fail to act, '
           'dare not act or cannot act", a formula that is being repeated at congresses this year.\n')
SLOGAN_USED = ("The county will punish officials who fail to act, dare not act or cannot act in the reform.\n")


def test_formula_named_after_the_quotation():
    assert _catalog_spans("calque-slogan-shapes", FORMULA) == []
    assert _catalog_spans("calque-slogan-shapes", SLOGAN_USED) == ["fail to act, dare not act or cannot act"]


FLEET = ("Cascade Pacific operates 38 Boeing 737s. If it is fatigue in a part, that is something the whole "
         "737 fleet will need to look at.\n")


@pytest.mark.parametrize("text, expected", [
    (FLEET, []),
    ("The whole 737 fleet will be grounded after the Boeing 737 crash.\n", []),
    ("The whole 737 fleet will be grounded.\n", ["737 fleet"]),
    # no name before the figure anywhere: still a count with a singular noun
    ("The city has attracted more than 30 enterprise in the past year.\n", ["30 enterprise"]),
    ("In 30 village, the county built new roads.\n", ["30 village"]),
])
def test_model_number(text, expected):
    assert _spans("figure-noun-number", text) == expected


LADDER = ("Word ladder\n\nLast week's ladder asked you to change COLD into WARM in four steps, altering one "
          "letter at a time. One solution is COLD, CORD, CARD, WARD, WARM. Several readers found others.\n")


@pytest.mark.parametrize("text, expected", [
    (LADDER, []),
    # a word in capitals with no list of words in capitals in the document: still reported
    ("Officials said the IMPORTANT work of reform continues in every district.\n", ["IMPORTANT"]),
    # a list of two acronyms is no list of cited words
    ("Officials of WHO, UN said the IMPORTANT work of reform continues in every district.\n", ["IMPORTANT"]),
])
def test_listed_capitals(text, expected):
    assert _spans("all-caps-word", text) == expected
