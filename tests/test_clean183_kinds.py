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


@pytest.mark.parametrize("text, expected", [
    (FORMULA, []),
    ('Officials who "fail to act, dare not act or cannot act," one of the formulas of the congress, will be moved.\n', []),
    ('Officials who "fail to act, dare not act or cannot act", a mantra of the congress, will be moved.\n', []),
    (SLOGAN_USED, ["fail to act, dare not act or cannot act"]),
    # "formula" later in the sentence, or the engine's own "this formula": still reported
    ('The city promotes "one increase, one decrease" in families that buy infant formula.\n',
     ["one increase, one decrease"]),
    ('Officials who "fail to act, dare not act or cannot act", this formula was put forward in May.\n',
     ["fail to act, dare not act or cannot act"]),
])
def test_formula_named_after_the_quotation(text, expected):
    assert _catalog_spans("calque-slogan-shapes", text) == expected


FLEET = ("Cascade Pacific operates 38 Boeing 737s. If it is fatigue in a part, that is something the whole "
         "737 fleet will need to look at.\n")


@pytest.mark.parametrize("text, expected", [
    (FLEET, []),
    ("The whole 737 fleet will be grounded after the Boeing 737 crash.\n", []),
    ("The whole 737 fleet will be grounded.\n", ["737 fleet"]),
    # no name before the figure anywhere: still a count with a singular noun
    ("The city has attracted more than 30 enterprise in the past year.\n", ["30 enterprise"]),
    ("In 30 village, the county built new roads.\n", ["30 village"]),
    ("The 737 MAX returned to service. The whole 737 fleet will be checked.\n", []),
    # a month, a label or a sentence's first word before the figure elsewhere names no model
    ("The park opened on June 30. Nearly 30 enterprise are in the park.\n", ["30 enterprise"]),
    ("Under Article 30 of the plan, 30 enterprise will move.\n", ["30 enterprise"]),
    ("Nearly 40 enterprise are in the park. Roughly 40 firms are in the park.\n", ["40 enterprise"]),
    # a decade or a range is no model's suffix
    ("Most of them are in their 30s. More than 30 enterprise are in the park.\n", ["30 enterprise"]),
])
def test_model_number(text, expected):
    assert _spans("figure-noun-number", text) == expected


LADDER = ("Across: 1 CARPET, 4 DORMOUSE, 9 PARSNIP, 10 TOAST, 11 LEMONADE, 13 BULLET, 15 PANTRY.\n\n"
          "Word ladder\n\nLast week's ladder asked you to change COLD into WARM in four steps, altering one "
          "letter at a time. One solution is COLD, CORD, CARD, WARD, WARM. Several readers found others.\n")


@pytest.mark.parametrize("text, expected", [
    (LADDER, []),
    # a word in capitals with no list of words in capitals in the document: still reported
    ("Officials said the IMPORTANT work of reform continues in every district.\n", ["IMPORTANT"]),
    (LADDER.replace("WARD, WARM", "WARD and WARM"), []),
    # a slogan's three words in capitals clear no later capital of theirs
    ("The plant follows the rule of SAFETY, QUALITY, EFFICIENCY. Workers said the QUALITY of the tea had "
     "improved and SAFETY checks were strict.\n", ["QUALITY", "SAFETY"]),
    # a list of four in a document with few words in capitals: no page of cited words
    ("The plan names INNOVATION, COORDINATION, GREEN, OPENNESS as its aims. Workers said the GREEN "
     "fields had grown.\n", ["GREEN"]),
])
def test_listed_capitals(text, expected):
    assert _spans("all-caps-word", text) == expected
