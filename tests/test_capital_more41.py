"""The forty-first round's gated capital rules (audit/detectors/capital_more.py), gate off: the MT
renderings found on their exact span, and none of the good English of
tests/data/capital_more41_good.txt (capitals used well, names whole in title case or written in
lower case by house style, verbs after "to", common words as names) touched, read one by one."""
import os

import pytest

from audit import check_text
from rule_helpers import rule_spans, ungated_rules

IDS = ("mt-half-capitalised-name-41", "mt-verb-capitalised-after-to-41", "mt-word-capitalised-once-41",
       "mt-words-in-capitals-once-41", "mt-vice-title-half-capitalised-41", "mt-name-half-capitalised-elsewhere-41")
GOOD = open(os.path.join(os.path.dirname(__file__), "data", "capital_more41_good.txt"), encoding="utf-8").read()


@pytest.fixture(scope="module")
def rules():
    return ungated_rules(IDS)


@pytest.mark.parametrize("rule_id, text, span", [
    ("mt-half-capitalised-name-41", "Most of the wages were paid before the Spring festival this year.", "Spring festival"),
    ("mt-half-capitalised-name-41", "Crowds came to see lanterns at the Lantern festival in the old town.", "Lantern festival"),
    ("mt-verb-capitalised-after-to-41", "The province plans to reinforce 620 reservoirs and to Dredge 1,300 kilometres of rivers.", "Dredge"),
    ("mt-verb-capitalised-after-to-41", "The county aims to Reduce the use of fertiliser by a fifth.", "Reduce"),
    ("mt-word-capitalised-once-41", "Farmers grow rice. The rice sells well, and rice straw feeds cattle. "
                                    "Her income is not lower than the Rice now.", "Rice"),
    ("mt-words-in-capitals-once-41", "The Ice Hockey League has 86 teams; 1,400 players took part in the ICE HOCKEY "
                                     "league, and ice hockey has grown.", "ICE HOCKEY"),
    ("mt-vice-title-half-capitalised-41", "At the ceremony, Vice mayor Li Hong cut the ribbon.", "Vice mayor"),
    ("mt-name-half-capitalised-elsewhere-41", "Staff of the Ministry of Commerce met, and the ministry of Commerce said "
                                              "exports rose.", "ministry of Commerce"),
])
def test_rendering_found_on_its_span(rules, rule_id, text, span):
    assert rule_spans(text, rules) == [(rule_id, span, text.index(span))]


def test_good_sentences_untouched(rules):
    lines = [line for line in GOOD.splitlines() if line.strip()]
    assert len(lines) >= 250
    hits = [(line, f.text) for line in lines for f in check_text(line, rules)]
    assert hits == []


@pytest.mark.parametrize("rule_id, text, span", [
    ("mt-half-capitalised-name-41", "Most of the wages were paid before the Spring festival", "Spring festival"),
    ("mt-name-half-capitalised-elsewhere-41", "Staff of the Ministry of Commerce met, and they thanked the ministry of "
                                              "Commerce", "ministry of Commerce"),
])
def test_a_name_at_the_very_end_of_the_text_is_read(rules, rule_id, text, span):
    """Nothing after the name is no hyphen or apostrophe that carries it on (an empty slice is "in"
    every string)."""
    assert rule_spans(text, rules) == [(rule_id, span, text.index(span))]
