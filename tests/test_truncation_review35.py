"""The truncated-official-name rule on the professional English of the short-name review
(tests/data/short_names_review35.yaml, "good"): correct second references in stories about China
that it reported before (issue 9, thirty-fifth round). A place with its level dropped from the
front is an ordinary second reference ("the Police Department" after "the Fairfax County Police
Department", "the District Attorney's Office" after "the Manhattan District Attorney's Office"),
a company's group or legal suffix dropped is the same company ("Wuhan Iron and Steel" after
"Wuhan Iron and Steel Group Corporation in China"), and "the Party Committee" names a Party
body by its kind. A Chinese body's content qualifier dropped is still found."""
import os

import pytest
import yaml

from audit import load_rules
from audit.document import Document
from audit.engine import check_document

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = yaml.safe_load(open(os.path.join(HERE, "data", "short_names_review35.yaml"), encoding="utf-8"))
RULE = load_rules().get("truncated-official-name")

# The passages the rule reported before this round, each with the second reference it took for a cut.
REPORTED_BEFORE = [
    ("The Fairfax County Police Department arrested a man who defrauded Chinese students, China's embassy said. "
     "The Police Department said he had taken 2 million yuan.", "Police Department"),
    ("Chinese students in the US were tested by the Santa Clara County Public Health Department, China's consulate "
     "said. The Public Health Department said all were well.", "Public Health Department"),
    ("A Chinese national was charged by the Manhattan District Attorney's Office, Xinhua reported from China. "
     "The District Attorney's Office said he had used 20 bank accounts.", "District Attorney's Office"),
    ("The Cook County Health Department tested a Chinese exchange student for the virus, the Chinese embassy in "
     "China's capital said. The Health Department said the test was negative.", "Health Department"),
    ("Wuhan Iron and Steel Group Corporation in China merged with Baosteel. Wuhan Iron and Steel said the deal "
     "would cut costs.", "Wuhan Iron and Steel"),
    ("Hebei Iron and Steel Group in China cut emissions. Hebei Iron and Steel said it had closed two furnaces.",
     "Hebei Iron and Steel"),
    ("The Chengdu Municipal Committee of the Communist Party of China met in Sichuan. The Party Committee named "
     "a new secretary.", "Party Committee"),
]


def _found(text):
    return [(f.start, f.end, f.text) for f in check_document(Document.from_text(text), [RULE]).findings]


@pytest.mark.parametrize("text,second", REPORTED_BEFORE, ids=[s for _, s in REPORTED_BEFORE])
def test_the_second_reference_passes(text, second):
    assert text in DATA["good"]
    assert second in text.split(". ", 1)[1]  # the second reference, after the full name
    assert _found(text) == []


def test_silent_on_the_whole_good_list():
    reported = [(t, _found(t)) for t in DATA["good"]]
    assert [r for r in reported if r[1]] == []


@pytest.mark.parametrize("text,span", [
    # a Chinese body's content qualifier dropped from its start
    ("The National Healthcare Security Administration said China settled 86 million visits. Huang said the "
     "Security Administration would widen the Chinese scheme.", "Security Administration"),
    # the same with a province and its level before it: the content word is still dropped
    ("The Shanxi Provincial Healthcare Security Administration said hospitals in China settled 9 million visits. "
     "The Security Administration said the scheme would widen.", "Security Administration"),
    # a cut inside the coordination of a name said to be "in China": the words after "in" are no
    # legal form, nor are those before it
    ("The Ministry of Industry and Information Technology Group in China held a briefing. Officials of the "
     "Ministry of Industry said output rose.", "Ministry of Industry"),
    # a county body's content word dropped, the place and level kept
    ("The Jinyun County Emergency Management Bureau in Zhejiang, China, held a briefing. The director of the "
     "County Emergency Bureau Ying Weidong spoke.", "County Emergency Bureau"),
])
def test_a_cut_is_still_found(text, span):
    start = text.rindex(span)
    assert (start, start + len(span), span) in _found(text)
