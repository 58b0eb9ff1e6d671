"""The ``grammar`` frames of the forty-second round (issue 9, the kind `other`;
``audit/detectors/grammar_phrases.py``): `infinitive-form` ("in order to improved transport"),
`be-plain-verb` ("should be strengthen in") and `modal-adverb-past` ("can effectively reduced"),
on the slips they are for and on correct English that uses the same closed words
(``tests/data/grammar_frames42_good.txt``: "to" as a preposition, adjectival participles, plain
forms after "let", "make" and "help", the subjunctive, headlines, quotations); and the one table
of irregular verb forms (``verb_forms.py``) they and the older frames read."""

from pathlib import Path

import pytest

from audit.detectors import verb_forms
from rule_helpers import grammar_found as found, read_as_each_repeat

CHECKS = ("infinitive-form", "be-plain-verb", "modal-adverb-past")

FLAG = [
    ("infinitive-form", "The county built roads in order to improved transport.", "in order to improved"),
    ("infinitive-form", "The firm cut prices so as to attracting buyers.", "so as to attracting"),
    ("infinitive-form", "The city decided to built a new bridge.", "decided to built"),
    ("infinitive-form", "The government strives to further improved services.", "strives to further improved"),
    ("be-plain-verb", "Cooperation should be strengthen in the coming years.", "be strengthen"),
    ("be-plain-verb", "The plan was implement, officials said.", "was implement"),
    ("be-plain-verb", "The rules must be implement.", "be implement"),
    ("modal-adverb-past", "The measures can effectively reduced costs.", "can effectively reduced"),
    ("modal-adverb-past", "The city will significantly improved its services.", "will significantly improved"),
]

PASS = [
    ("infinitive-form", "The brothers decided to found a company, and the utility plans to supply treated water."),
    ("infinitive-form", "Investors were committed to reduced tariffs; the key to increased output is better seeds."),
    ("infinitive-form", "The firm hopes to need fewer imports; the choir plans to sing; the start-up seeks to exceed."),
    ("infinitive-form", "The workers were unable to completed the task."),  # `verb-form`'s: one finding, not two
    ("be-plain-verb", "All they did was build a wall; the fastest way to Shanghai is train; the plan is to build."),
    ("be-plain-verb", "Albright's answer seems to be rescue, and rescue she accomplishes."),
    ("modal-adverb-past", "His will clearly stated his wishes; the utility will supply treated water."),
    ("modal-adverb-past", "Only then can newly trained staff operate the machines; it can easily exceed the limit."),
    ("modal-adverb-past", "When will newly built homes go on sale?"),
]

GOOD = Path(__file__).parent / "data" / "grammar_frames42_good.txt"


@pytest.mark.parametrize("check,text,span", FLAG)
def test_slip_is_reported_with_its_span(check, text, span):
    assert [hit for hit, _ in found(check, text)] == [span]


@pytest.mark.parametrize("check,text", PASS)
def test_correct_english_and_other_rules_slips_pass(check, text):
    assert found(check, text) == []


def test_a_quotation_keeps_its_speakers_grammar():
    assert found("modal-adverb-past", '"We will definitely returned," he said.') == []


@pytest.mark.parametrize("line", [line for line in GOOD.read_text(encoding="utf-8").splitlines()
                                  if line.strip() and not line.startswith("#")])
def test_correct_english_passes_the_rounds_frames(line):
    assert {check: found(check, line) for check in CHECKS if found(check, line)} == {}


def test_frames_read_a_long_line_as_they_read_each_repeat():
    for check, text, _ in FLAG:
        assert read_as_each_repeat(lambda t: found(check, t), text + " "), check


def test_the_verb_table_is_one_table_the_views_read():
    assert verb_forms.past_participles("go see") == {"went": "gone", "saw": "seen"}
    assert verb_forms.pasts("be") == {"was"} and verb_forms.pasts("be", variants=True) == {"was", "were"}
    assert verb_forms.participles("bear") == {"born"}
    with pytest.raises(KeyError):
        verb_forms.bases("go gooo")
    from audit.detectors import grammar, grammar_heads
    assert set(grammar._SIMPLE_PAST_ONLY) <= verb_forms.pasts() and grammar_heads._PARTICIPLES <= verb_forms.participles()
