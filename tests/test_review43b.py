"""Review of detect43b's subjectless-clause rules (round 43): what the shared review table in
test_reviews.py does not cover, the places a sentence can start in a document."""
from __future__ import annotations

import pytest

from rule_helpers import checked_findings, ungated_rules

SUBORDINATE = "mt-subordinate-clause-no-subject-43b"
SEMICOLON = "mt-semicolon-clause-no-subject-43b"
BAD = "When the insect lands on the flower, immerse itself in the pollen."


@pytest.mark.parametrize("before", ["", "Bees visit it.\n", "Bees visit it.\n\n", "Bees visit it.  ",
                                    "Bees visit it. ", "(Laughter) ", "- ", "Notes:\n* ", "• "])
def test_a_sentence_is_read_wherever_it_starts(before):
    text = before + BAD
    found = [(f.text, f.start) for f in checked_findings(text, ungated_rules([SUBORDINATE]))]
    start = text.index("immerse")
    assert found == [("immerse itself", start)]


@pytest.mark.parametrize("text", ["When", "When the insect lands,", "When the insect lands, immerse",
                                  "When the insect lands, immerse itself", ";", "; can", "x; can go"])
def test_text_edges_keep_spans_exact(text):
    for f in checked_findings(text, ungated_rules([SUBORDINATE, SEMICOLON])):
        assert text[f.start:f.end] == f.text
