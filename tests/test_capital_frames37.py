"""The thirty-seventh round's gated capitals and cut-name rules, gate off, on invented renderings
and correct sentences (tests/data/capitals_names37.yaml): each flag item found on its exact span
by its rule, no pass sentence touched."""
import os

import pytest
import yaml

from audit import check_text
from rule_helpers import ungated_rules

IDS = ("mt-title-capitalised-before-of", "mt-title-case-verb-phrase", "mt-title-case-after-possessive",
       "mt-body-capitalised-once", "mt-school-name-cut", "mt-school-name-place-dropped", "mt-firm-name-part", "mt-body-name-words-dropped")
DATA = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "data", "capitals_names37.yaml"), encoding="utf-8"))


@pytest.fixture(scope="module")
def rules():
    return ungated_rules(IDS)


def test_renderings_found_on_their_span(rules):
    misses = []
    for item in DATA["flag"]:
        text = item["text"]
        found = {(f.rule, f.text) for f in check_text(text, rules)}
        if (item["rule"], item["span"]) not in found:
            misses.append((item["rule"], item["span"], sorted(found)))
    assert not misses, misses


def test_correct_sentences_pass(rules):
    hits = [(f.rule, f.text, text) for text in DATA["pass"] for f in check_text(text, rules)]
    assert not hits, hits


def test_fixes_and_offsets(rules):
    text = "Beijing Normal University hosted the forum. Normal University said 300 teachers came."
    (f,) = check_text(text, rules)
    assert (f.rule, f.start, f.end, f.suggestion) == ("mt-school-name-place-dropped", 44, 61, "Beijing Normal University")
    assert text[f.start:f.end] == f.text == "Normal University"
    text = "Wang Jun, the Party Committee Secretary of the county, said 40 households had moved."
    (f,) = check_text(text, rules)
    assert (f.text, f.suggestion) == ("Party Committee Secretary", "Party committee secretary")


REVIEW = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "data", "capitals_names37_review.yaml"), encoding="utf-8"))


def test_review_renderings_found_on_their_span(rules):
    misses = []
    for item in REVIEW["flag"]:
        found = {(f.rule, f.text) for f in check_text(item["text"], rules)}
        if (item["rule"], item["span"]) not in found:
            misses.append((item["rule"], item["span"], sorted(found)))
    assert not misses, misses


def test_review_correct_english_passes(rules):
    """Legitimate short forms, places after 'to', teams and corps after a possessive, a body's
    name beside the same words used as common nouns, English bodies referred back to without
    their place: no finding."""
    hits = [(f.rule, f.text, text) for text in REVIEW["pass"] for f in check_text(text, rules)]
    assert not hits, hits


def test_review_spans(rules):
    text = "He moved to Long Beach. The province vowed to Reduce Carbon Emissions this year."
    (f,) = check_text(text, rules)
    assert (f.rule, f.start, f.end, text[f.start:f.end]) == ("mt-title-case-verb-phrase", 46, 69, "Reduce Carbon Emissions")
    text = ("The district health bureau sent doctors. The Health Bureau checked 300 homes, "
            "and the district health bureau said all were safe.")
    (f,) = check_text(text, rules)
    assert (f.rule, text[f.start:f.end], f.suggestion) == ("mt-body-capitalised-once", "Health Bureau", "health bureau")
