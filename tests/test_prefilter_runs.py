"""A run of adjacent literal parts gives one node, the run's strings: its parts are not nodes of
their own (each string of the run holds a string of every part), so their short, common strings
("one ", " the ") do not join the prefilter's automaton. Verdicts are the substring reading."""
import pytest

from audit.detectors import prefilter
from audit.document import Document

CASES = [
    (r"one (?:city|county)", ("any", ("one city", "one county"))),
    (r"(?:the|a) (?:new|old) plan", ("any", ("a new plan", "a old plan", "the new plan", "the old plan"))),
    (r"said (?:he|she)\b.{0,20}\bwould", ("all", (("any", ("would",)), ("any", ("said he", "said she"))))),
]


@pytest.mark.parametrize("pattern, node", CASES)
def test_a_run_is_one_node(pattern, node):
    assert prefilter.requirement(pattern) == node


@pytest.mark.parametrize("pattern, node", CASES)
def test_the_parts_of_a_run_are_not_searched(pattern, node):
    filters = prefilter._Prefilters()
    filters.test(prefilter.requirement(pattern))
    assert filters.strings == prefilter.strings_of(node)
    assert not {"one ", "the ", " plan", "said "} & filters.strings


@pytest.mark.parametrize("text, met", [("In one city", True), ("one county", True), ("one town, the city", False),
                                       ("ONE CITY", True), ("", False)])
def test_the_verdict_is_the_run_on_the_text(text, met):
    requires = prefilter.requirement(r"one (?:city|county)")
    filters = prefilter._Prefilters()
    test = filters.test(requires)
    assert test(filters.present(Document.from_text(text))) is met
    assert prefilter._holds(requires, text.casefold()) is met
