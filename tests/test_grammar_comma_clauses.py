"""The ``grammar`` checks of a clause joined by a comma alone or cut off (issue 9,
twenty-second round): `comma-splice-noun` (a noun subject after the comma), `comma-no-subject`
(no subject after it) and `dangling-which` (a relative clause as a sentence), on the slips they
are for and on the correct English built like them; and two checks of a sentence's verb built
beside them, `tense-shift` (a past narrative that slips into the present after "and") and
`missing-copula` (no "is" before "worth", "located"), and `pronoun-number` ("The company said
they would expand its ...")."""
import pytest

from audit.detectors import DETECTORS
from audit.detectors import grammar
from audit.document import Document


def found(check, text):
    """The matched texts of one check, as the detector reports them."""
    state = DETECTORS["grammar"].prepare({"check": check})
    return [text[h.start:h.end] for h in DETECTORS["grammar"].detect(Document.from_text(text), state)]


FLAG = [
    ("comma-splice-noun", "The plant opened in Hefei in 2020, the company employs about 500 workers.",
     "the company employs"),
    ("comma-splice-noun", "Exports rose 8 percent in the first half, the growth was driven by cars and panels.",
     "the growth was"),
    ("comma-splice-noun", "Construction began in March 2021, the bridge is 2.4 kilometres long.", "the bridge is"),
    ("comma-splice-noun", "Visitors can book tickets online from Monday, the museum has added 2,000 slots.",
     "the museum has"),
    ("comma-no-subject", "The new terminal covers 120,000 square metres, is expected to open next year.",
     "is expected"),
    ("comma-no-subject", "The hospital was built in 1958, was the first modern hospital in the area.", "was"),
    ("comma-no-subject", "Most of the new jobs were created in services, are held by young graduates.", "are"),
    ("comma-no-subject", "Zhangjia village grows tea on 300 mu of hillside, will build a tea museum.", "will"),
    ("dangling-which", "Pork prices rose 20 percent in May. Which has put pressure on restaurants.", "Which"),
    ("dangling-which", "The county built new roads. Which makes it easier for farmers to sell fruit.", "Which"),
    ("tense-shift", "Last week the vice-governor toured three villages and visits a temporary school.", "visits"),
    ("tense-shift", "On Monday the city opened two parks, and the mayor announces plans for ten more.", "announces"),
    ("tense-shift", "In 2019 the county closed the quarry, and in 2020 it decides to build a park.", "decides"),
    ("missing-copula", "The project worth 2 billion yuan and will be finished by 2026.", "The project worth"),
    ("missing-copula", "The museum located in the old town centre, next to the Drum Tower.", "The museum located"),
    ("pronoun-number", "The company said they would expand its overseas sales network.", "they"),
    ("pronoun-number", "The provincial government said on Monday they would double its road budget.", "they"),
]


@pytest.mark.parametrize("check,text,expected", FLAG, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(FLAG)])
def test_flags_the_slip(check, text, expected):
    assert found(check, text) == [expected]


PASS = [
    # reporting tags, appositions, parentheses and a series of clauses with a last "and"
    ("comma-splice-noun", "The plant opened in 2020, the company said, and now employs 500 workers."),
    ("comma-splice-noun", "The first time the plant flooded in 2016, the company moved its servers."),
    ("comma-splice-noun", "Fares will rise by up to 4.6 per cent from March, the government has announced."),
    ("comma-splice-noun", "Fares will rise by up to 4.6 per cent from March, the ministry has said in a statement."),
    ("comma-splice-noun", "Shares in the carmaker rose 10 percent, the maximum allowed on the main board."),
    ("comma-splice-noun", "The model has 34 billion parameters, the internal values adjusted during training."),
    ("comma-splice-noun", "The hedgerows are full of cow parsley, the swifts are back, and the rota is full."),
    ("comma-splice-noun", "Wanderers failed to clear a corner, the ball bounced around the box, and Rovers scored."),
    ("comma-splice-noun", "Whichever site is chosen, the samples will be opened in a clean room."),
    ("comma-splice-noun", "The first model is cheap, the second is fast."),
    ("comma-splice-noun", "In March 2021, the county began building a bridge."),
    # a parenthesis before the verb, a question tag, a series of verbs, a noun phrase before the comma
    ("comma-no-subject", "The bridge, completed in 2019, is 2.4 kilometres long."),
    ("comma-no-subject", "The weather was fine, wasn't it? The talks went well, was it true?"),
    ("comma-no-subject", "She roared about the stage in a car, was arrested, tried and jailed, and escaped."),
    ("comma-no-subject", "The custom path to the deployed model, should start with a slash."),
    ("comma-no-subject", "The terminal covers 120,000 square metres and is expected to open next year."),
    # a question, a question word before a noun, a copula fragment, an essayist's turn
    ("dangling-which", "Which has the most visitors? Which route the line will take is still unclear."),
    ("dangling-which", "Prices rose in May. Which is why menus changed. Which brings us to the hot pot."),
    # a present to come, a state, a narrative in the present, a report in the present
    ("tense-shift", "Last year the shop closed and opens again next month."),
    ("tense-shift", "The firm opened in 2019 and employs 500 people."),
    ("tense-shift", "Arne Olsen steps aboard a boat he bought in 1993, and starts the diesel."),
    ("tense-shift", "It lists 22 days last year on which ships sailed near islands China claims and calls its own."),
    # a modifier in a sentence with its verb, a plural subject, a linking verb
    ("missing-copula", "A project worth 2 billion yuan will be finished by 2026."),
    ("missing-copula", "The museum located in the old town draws 2 million visitors."),
    ("missing-copula", "The villages located in the hills grow tea. The new rules appear aimed at rivals."),
    ("pronoun-number", "The company said it would expand its network. The bureau said they were meant to stop it."),
]


@pytest.mark.parametrize("check,text", PASS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(PASS)])
def test_leaves_correct_english_alone(check, text):
    assert found(check, text) == []


def test_a_plain_main_clause_is_one_that_opens_on_its_subject_and_holds_a_finite_verb():
    text = "The new line runs to the airport, x"
    assert grammar._plain_clause_before(text, text.index(",")) == "The new line runs to the airport"
    for text in ("In 2020 the firm opened a plant, x", "The deployed model in the cloud, x",
                 "The firm said on Monday it opened, x", "Yesterday the firm opened a plant, x"):
        assert grammar._plain_clause_before(text, text.index(",")) is None, text


def test_finite_verbs_are_not_read_after_a_determiner_or_a_preposition():
    assert grammar._finite_verbs("The line runs to the old town") == [9]
    assert grammar._finite_verbs("The deployed model of prices") == []
