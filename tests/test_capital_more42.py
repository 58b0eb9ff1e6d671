"""The forty-second round's capital shapes (audit/detectors/capital_more.py), gate off: a name's
hyphenated first word or one after a sentence's "The" with its head in lower case ("the
Mid-Autumn festival", "The Summer palace"), a head of names after a lower-case word ("the state
Council"), a name the text writes whole written once with its last word in lower case, a common
phrase in title case that the text writes in lower case; found on their exact span, and none of
the good English of tests/data/capital_more42_good.txt (read line by line and as one text)."""
import os

import pytest

from audit import check_text
from rule_helpers import rule_spans, ungated_rules

IDS = ("mt-half-capitalised-name-41", "mt-name-half-capitalised-elsewhere-41", "mt-name-first-word-lower-42",
       "mt-name-tail-lower-elsewhere-42", "mt-phrase-title-case-once-42")
GOOD = os.path.join(os.path.dirname(__file__), "data", "capital_more42_good.txt")


@pytest.fixture(scope="module")
def rules():
    return ungated_rules(IDS)


@pytest.mark.parametrize("rule_id, text, span", [
    ("mt-half-capitalised-name-41", "Families gathered for the Mid-Autumn festival in the old town.", "Mid-Autumn festival"),
    ("mt-half-capitalised-name-41", "The Summer palace reopened to visitors on Monday.", "Summer palace"),
    ("mt-half-capitalised-name-41", "Tourists crowded into the Forbidden city during the holiday.", "Forbidden city"),
    ("mt-half-capitalised-name-41", "Crowds came as the Mid-Autumn Festival neared, and lanterns were hung for the "
                                    "Mid-Autumn festival in parks.", "Mid-Autumn festival"),
    ("mt-name-first-word-lower-42", "The plan was approved by the state Council on Monday.", "state Council"),
    ("mt-name-first-word-lower-42", "Crowds watched the races at the dragon boat Festival.", "dragon boat Festival"),
    ("mt-name-tail-lower-elsewhere-42", "The Belt and Road Initiative is ten years old; projects under the Belt and "
                                        "Road initiative were reviewed.", "Belt and Road initiative"),
    ("mt-phrase-title-case-once-42", "Nurses did not know sign language, and sign language classes were rare. "
                                     "Sign Language courses are now offered.", "Sign Language"),
])
def test_rendering_found_on_its_span(rules, rule_id, text, span):
    assert rule_spans(text, rules) == [(rule_id, span, text.rindex(span))]


def test_house_style_twice_passes(rules):
    text = ("Mooncakes are eaten during the Mid-Autumn festival, and a London bakery is busy as the "
            "Mid-Autumn festival approaches. Buses run to Manchester city centre.")
    assert check_text(text, rules) == []


def test_good_english_untouched(rules):
    with open(GOOD, encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if line.strip()]
    assert len(lines) >= 200
    hits = [(line, f.rule, f.text) for line in lines for f in check_text(line, rules)]
    hits += [("whole", f.rule, f.text) for f in check_text("\n".join(lines), rules)]
    assert hits == []
