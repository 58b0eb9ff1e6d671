"""Review of the gated capitals rules of the thirty-fifth round on correct English written for
the purpose (``tests/data/capitals_review35.py``): none of ``mt-title-run-after-a``,
``mt-half-capitalised-name``, ``mt-caps-name-run`` or ``mt-caps-common-word`` reports a span in
it with its gate off, and the MT renderings they were narrowed around are still reported."""
import pytest

from rule_helpers import data_module, ungated_hits

_DATA = data_module("capitals_review35")

RULES = ("mt-title-run-after-a", "mt-half-capitalised-name", "mt-caps-name-run", "mt-caps-common-word")


@pytest.mark.parametrize("text", _DATA.GOOD)
def test_rules_silent_on_correct_english_ungated(catalog, text):
    for rule in RULES:
        assert ungated_hits(catalog.get(rule), text) == [], rule


# MT renderings and the rule that still reports them after the narrowing (the rest of
# ``_DATA.MT`` are shapes these rules do not read: a rare word, all-caps-word's place).
KEPT = {
    "Smart Parking Platform": "mt-title-run-after-a",
    "Convenience Service Station": "mt-title-run-after-a",
    "Talent Apartment": "mt-title-run-after-a",
    "Technology Research Center": "mt-title-run-after-a",
    "Calligraphy Training class": "mt-half-capitalised-name",
    "Tea Processing workshop": "mt-half-capitalised-name",
    "Inland Dry port": "mt-half-capitalised-name",
    "Supply Marketing cooperative": "mt-half-capitalised-name",
    "MEDICAL INSURANCE CARD": "mt-caps-name-run",
    "FAST LANE": "mt-caps-name-run",
    "APPLES": "mt-caps-common-word",
    "PROJECT": "mt-caps-common-word",
}


@pytest.mark.parametrize("text,span", [(t, s) for t, s in _DATA.MT if s in KEPT])
def test_mt_renderings_still_reported(catalog, text, span):
    assert ungated_hits(catalog.get(KEPT[span]), text) == [span]


@pytest.mark.parametrize("good,bad,rule,span", [
    # a role or an honour after a copula or a naming verb; a run on a facility's head
    ("He joined the firm as a Managing Director in 2015.",
     "The firm set up a Service Center in 2015.", "mt-title-run-after-a", "Service Center"),
    ("The council declared a Climate Emergency in 2019.",
     "The township opened a Job Fair in 2019.", "mt-title-run-after-a", "Job Fair"),
    # a street's or a district's name before its noun
    ("Commuters left the Canal Street station on Tuesday.",
     "Villagers attended the Tea Processing class on Tuesday.", "mt-half-capitalised-name", "Tea Processing class"),
    # capitals cited after "reading", or stressed by a voice
    ("Drivers saw a sign reading ROAD CLOSED AHEAD and turned back.",
     "Drivers can use the FAST LANE and turn back.", "mt-caps-name-run", "FAST LANE"),
    ("This is MUCH WORSE than anyone predicted.",
     "The city has opened a GREEN CHANNEL for patients.", "mt-caps-name-run", "GREEN CHANNEL"),
    # a quotation keeps its writer's capitals; a pronoun and a copula stress a word
    ('He wrote: "The Fake News is working OVERTIME to hurt us."',
     "The workers are working OVERTIME, the firm said.", "mt-caps-common-word", "OVERTIME"),
    ("They are LOANS, not grants.",
     "The county exported APPLES, pears and walnuts.", "mt-caps-common-word", "APPLES"),
    # capitals cited after "term" or sung; labels side by side
    ("The report used the term FOREVER CHEMICALS for the substances.",
     "The county promoted CLEAN ENERGY for heating.", "mt-caps-name-run", "CLEAN ENERGY"),
    ("Analysts rate the stock a BUY, up from HOLD.",
     "Analysts said the stock would HOLD.", "mt-caps-common-word", "HOLD"),
    # one word after a modal is MT's verb, not stress
    ("I am ABSOLUTELY CERTAIN that the vote was fair.",
     "The city will INVEST 2 billion yuan.", "mt-caps-common-word", "INVEST"),
])
def test_narrowing_pairs(catalog, good, bad, rule, span):
    assert ungated_hits(catalog.get(rule), good) == []
    assert ungated_hits(catalog.get(rule), bad) == [span]
