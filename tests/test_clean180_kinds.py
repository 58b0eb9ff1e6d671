"""Kinds of false alarm the blind clean set clean_fresh180 drew on the forty-sixth round's base
catalog (issue 9; measured before any change of the round: 5 minor findings in 11,622 words),
each passed as a kind while the MT shape beside it is still reported: a count of a plural that
is the object of a preposition, not the subject ("The question for all of these companies
is"); a department's short name where the document names it with "for" ("the Department for
Transport"); a series of predicates closed by "and" and an auxiliary ("has sat ..., has never
held ... and has no ..."); an honorific's full stop, which ends no sentence ("..., Mr. Chen
said, he had"); a curated set phrase whose character glosses make ordinary English."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


SKETCH = ("It was fitting, then, that the Government chose Transport questions on Tuesday to announce a plan. "
          "Public transport came up twice. He has already drafted a written question to the Department for "
          "Transport.")


@pytest.mark.parametrize("rule_id, text, expected", [
    ("partitive-plural-singular-verb", '"The question for all of these companies is whether the price can carry '
                                       'the cost," said an analyst.', []),
    ("partitive-plural-singular-verb", "Interest in most of these projects is growing, the bureau said.", []),
    ("partitive-plural-singular-verb", "A ban on most of the products was lifted last year.", []),
    ("partitive-plural-singular-verb", "Research by two of the teams was published in March.", []),
    ("partitive-plural-singular-verb", "Growth in 2023 for most of these companies was slow.", []),
    # the count as the subject: still reported, after a comma or a clause too
    ("partitive-plural-singular-verb", "Most of these projects also has a deadline.", ["Most of these projects also has"]),
    ("partitive-plural-singular-verb", "For the villagers, most of these projects has brought jobs.",
     ["most of these projects has"]),
    # a particle, "like" or a sentence's opening preposition is no object's preposition (a second
    # reading): still reported
    ("partitive-plural-singular-verb", "Like most of the other firms has done, the company cut prices.",
     ["most of the other firms has"]),
    ("partitive-plural-singular-verb", "Later on most of the workers has returned home.",
     ["most of the workers has"]),
    ("partitive-plural-singular-verb", "As time went by most of them has left the village.", ["most of them has"]),
    ("partitive-plural-singular-verb", "In most of these villages has no clinic.", ["most of these villages has"]),
    ("partitive-plural-singular-verb", "At present in most of these villages has no clinic.",
     ["most of these villages has"]),
    ("partitive-plural-singular-verb", "When the results came in most of the students has passed.",
     ["most of the students has"]),
    # an approximation before the count is no preposition: still reported
    ("partitive-plural-singular-verb", "More than half of the villages has no clinic.", ["half of the villages has"]),
    ("partitive-plural-singular-verb", "About half of the residents has left.", ["half of the residents has"]),
    ("partitive-plural-singular-verb", "Up to a third of the vouchers was never used.", ["a third of the vouchers was"]),
    ("random-capital-word", SKETCH, []),
    ("random-capital-word", "He wrote to the Secretary of State for Transport. Ministers chose Transport questions "
                            "to announce it. Public transport came up twice.", []),
    ("random-capital-word", "Ministers chose Transport questions on Tuesday to announce a plan. Public transport "
                            "came up twice.", ["Transport"]),
    ("comma-no-subject", "He has sat in the House for 31 years, has never held ministerial office and has no "
                         "apparent desire to.", []),
    ("comma-no-subject", "The line runs 40 kilometres, will open next year and will carry 20,000 people a day.", []),
    ("comma-no-subject", "He has sat in the House for 31 years, has never held office and does not want to.", []),
    ("comma-no-subject", "The line runs 40 kilometres, will carry 20,000 people a day and will open next year.", []),
    ("comma-no-subject", "He joined the party in 1990, has served as mayor twice and has no wish to run again.", []),
    # no series after the comma, or the "and" inside a clause of its own (a second reading):
    # still reported
    ("comma-no-subject", "The program has trained 500 teachers, is expected to expand to 20 counties where schools "
                         "are poor and have few books.", ["is expected"]),
    ("comma-no-subject", "The company was founded in 2005, is mainly engaged in parts that it designs and has "
                         "patented.", ["is"]),
    ("comma-no-subject", "The museum was built in 1990, is the largest in the province.", ["is"]),
    ("comma-no-subject", "The museum was built in 1990, is the largest in the province and the oldest.", ["is"]),
    ("comma-after-reporting-verb", "The shipment was held for six weeks, and by the time it arrived, Mr. Chen said, "
                                   "he had spent more than the order was worth.", []),
    ("comma-after-reporting-verb", "By then, Dr. Wang added, the ward had treated 300 patients.", []),
    ("comma-after-reporting-verb", "By then, Maj. Gen. Li said, the troops had withdrawn.", []),
    ("comma-after-reporting-verb", "By then, Det. Insp. Brown said, the suspect had fled.", []),
    ("comma-after-reporting-verb", "The prize went to Harold Smith Jr. Smith said, the money will go to his staff.",
     [","]),
    # a street's "St." may end a sentence (a second reading); the honorific inside the sentence's
    # subject: still reported
    ("comma-after-reporting-verb", "A fire broke out at a shop on Nanjing East St. Police said, the building was "
                                   "empty.", [","]),
    ("comma-after-reporting-verb", "Mr. Chen said, he had spent more than the order was worth.", [","]),
    ("comma-after-reporting-verb", "The shipment was late. Dr. Wang introduced, the hospital has treated 300 "
                                   "patients.", [","]),
    ("mt-literal-rendering", "The trust runs a village hall, a minibus service and a small grants scheme for local "
                             "families.", []),
])
def test_kinds(rule_id, text, expected):
    assert _spans(rule_id, text) == expected
