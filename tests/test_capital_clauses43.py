"""The forty-third round's capitals (branch detect43d): title case that a sentence's grammar shows
to be no name (audit/detectors/capital_clauses.py), gate off, found on its exact span; and the
good English of tests/data/capitals43d_good.txt (tricky case: sentence-initial rare words,
titles before and after names, generic and specific names, brands, acronyms, headlines,
slogans, datelines, and names as verbs' objects) untouched by every capitals rule of the
catalog as it runs, and by this round's rules with their gates off, read line by line and as
one text."""
import os

import pytest

from audit import check_text, load_rules
from audit.detectors import DETECTORS
from rule_helpers import rule_spans, ungated_rules

IDS = ("mt-title-case-bare-object-43", "mt-title-case-clause-43", "mt-comma-the-clause-43")
GOOD = os.path.join(os.path.dirname(__file__), "data", "capitals43d_good.txt")
# The modules whose detector types make the catalog's capitals rules.
CAPITAL_MODULES = ("capital", "case_variants", "story_capitals")


@pytest.fixture(scope="module")
def rules():
    return ungated_rules(IDS)


@pytest.fixture(scope="module")
def good_lines():
    with open(GOOD, encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if line.strip()]
    assert len(lines) >= 120
    return lines


@pytest.mark.parametrize("rule_id, text, span", [
    ("mt-title-case-bare-object-43", "The district will install cameras at the kiosks to recognize Mixed Delivery Behaviour, "
                                     "and will publish a ranking.", "Mixed Delivery Behaviour"),
    ("mt-title-case-bare-object-43", "The county will add 3,000 mu of new gardens and introduce Fine-Variety Mulberry from "
                                     "Guangxi.", "Fine-Variety Mulberry"),
    ("mt-title-case-bare-object-43", "Officials hope to improve Water Quality Monitoring in the county.", "Water Quality Monitoring"),
    ("mt-title-case-clause-43", "The province will train 5,000 village doctors, and Build A Three-Level Network of clinics.",
     "Build A Three-Level Network"),
    ("mt-title-case-clause-43", "He felt lonely at first, but he has made friends, and The Life Becomes Colorful Again.",
     "The Life Becomes Colorful Again"),
    ("mt-comma-the-clause-43", "Now the goods arrive on the same day, The Cost saved every year is more than one million "
                               "yuan.", "The Cost"),
    ("mt-comma-the-clause-43", "The port cut its fees last year, The price fell by half.", "The"),
])
def test_rendering_found_on_its_span(rules, rule_id, text, span):
    assert rule_spans(text, rules) == [(rule_id, span, text.rindex(span))]


@pytest.mark.parametrize("text", [
    "Residents were urged to contact Crime Stop on 08600 10111.",
    "The company plans to expand Tally Assist, a chatbot for small shops.",
    "The delegation will visit Silicon Valley next month.",
    "The airline will fly to Southeast Asia and the Middle East from June.",
    "The reading list includes the novels Old Town Lights and The Sun Rises Again.",
    "Children sang \"Build A Better World\" at the opening ceremony.",
    "He read The Old Man and the Sea on the train.",
    "Last year, The Will to Win sold 200,000 copies in China.",
    "Prices rose sharply, The Economist reported, citing official data.",
])
def test_names_and_titles_pass(rules, text):
    assert check_text(text, rules) == []


def test_good_english_untouched_by_this_round(rules, good_lines):
    hits = [(line, f.rule, f.text) for line in good_lines for f in check_text(line, rules)]
    hits += [("whole", f.rule, f.text) for f in check_text("\n".join(good_lines), rules)]
    assert hits == []


def test_good_english_untouched_by_every_capitals_rule(good_lines):
    catalog = load_rules()
    types = {t for t, d in DETECTORS.items() if any(m in d.detect.__module__ for m in CAPITAL_MODULES)}
    capitals = [r for r in catalog.rules if r.type in types]
    assert len(capitals) >= 40  # the capitals rules of the catalog, this round's two among them
    assert {r.id for r in capitals} >= set(IDS)
    hits = [(line, f.rule, f.text) for line in good_lines for f in check_text(line, capitals)]
    hits += [("whole", f.rule, f.text) for f in check_text("\n".join(good_lines), capitals)]
    assert hits == []
    ungated = [r.ungated() for r in capitals]
    hits = [(line, f.rule, f.text) for line in good_lines for f in check_text(line, ungated)]
    assert hits == []


def test_landmark_phrase_one_of_many_passes():
    """``lowercase-landmark-name``: "the state council in each German state" names one of many,
    a common noun phrase; "the state council on Monday" is still the State Council in lower case."""
    rule = [load_rules().get("lowercase-landmark-name")]
    assert check_text("The plan needs approval from the state council in each German state.", rule) == []
    assert [f.text for f in check_text("The plan was approved by the state council on Monday.", rule)] == ["state council"]


@pytest.mark.parametrize("text, span", [
    ("Tourists visited the great wall in a snowstorm on Sunday.", "great wall"),
    ("The plan was approved by the state council in a meeting on Monday.", "state council"),
    ("The forbidden city in its heyday housed 9,000 people.", "forbidden city"),
    ("The summer palace of a former emperor drew crowds.", "summer palace"),
])
def test_landmark_before_an_article_still_found(text, span):
    """``lowercase-landmark-name`` passes "in each X" (one of many), but "in a snowstorm", "in its
    heyday" say nothing of how many: the landmark before them is still the name in lower case
    (review rm43d)."""
    rule = [load_rules().get("lowercase-landmark-name")]
    assert [f.text for f in check_text(text, rule)] == [span]


@pytest.mark.parametrize("text", [
    "The story appeared in The Economist, The Guardian and The New York Times.",
    "Copies went to Reuters and The Los Angeles Times on Friday.",
    "He has written for Granta and The Paris Review Books pages.",
])
def test_paper_after_and_is_no_clause(rules, text):
    """``mt-title-case-clause-43``: "The New York Times" after "and" ends on a paper's word and
    follows a name ("The Guardian and"): a list of names, no clause whose verb is "Times"
    (good43 line, review rm43d)."""
    assert check_text(text, rules) == []


def test_opening_phrase_on_a_later_line_passes(rules):
    """``mt-comma-the-clause-43`` reads an opening phrase from its sentence's start, which may be
    a line's start inside a document, not only the text's (review rm43d)."""
    text = "Sales rose in May.\nOn Monday, The Voice returned to television.\nLast week, The Crown won three awards."
    assert check_text(text, rules) == []
    spliced = "Sales rose in May.\nThe port cut its fees last year, The price fell by half."
    assert [f.text for f in check_text(spliced, rules)] == ["The"]
