"""Issue 9, fix160: three false alarms on clean English (clean_fresh160), each fixed by a test of
the class of good English the rule misread. Each table pins the exact spans of one rule alone
(``found`` checks every span against the text); the FLAG rows keep the rule's own reach beside
the new PASS rows.

* calque-synonym-verb-pairs: "extend" says longer in time or in reach, not wider or bigger, so it
  pairs with no verb of the expand group ("extended and broadened to include some services").
* mt-literal-rendering: a word of the span that renders nothing and is an owner ("the
  government's") opens a noun phrase of its own; "risen to defend the government's new" is no
  守正出新.
* lowercase-pinyin-name: a lower-case run after a capitalised word of pinyin is a romanised dish or
  term in sentence case ("Hong shao rou"), not a lower-case name.
"""
import pytest

from audit.detectors import literal
from audit.detectors.capital_names import _sentence_case_term
from rule_helpers import bundled_rule, found, one_rule

_CATALOGS = {}


def catalog(tmp_path, rule_id):
    if rule_id not in _CATALOGS:
        _CATALOGS[rule_id] = one_rule(tmp_path, bundled_rule(rule_id))
    return _CATALOGS[rule_id]


SYNONYM_FLAG = [
    ("The port will broaden and expand its shipping routes.", ["broaden and expand"]),
    ("The city will widen and enlarge the square.", ["widen and enlarge"]),
    ("The two cities will deepen and strengthen their cooperation in tourism.", ["deepen and strengthen"]),
]
SYNONYM_PASS = [
    "People familiar with the discussions said the scheme was likely to be extended and broadened to include some services.",
    "The free bus pass has been extended and expanded to cover carers.",
    "Ministers will extend and widen the rebate next spring.",
    "The school builds and extends its standard courses.",
]


@pytest.mark.parametrize("text,spans", SYNONYM_FLAG)
def test_synonym_pairs_flag(tmp_path, text, spans):
    assert [t for t, _ in found(catalog(tmp_path, "calque-synonym-verb-pairs"), text)] == spans


@pytest.mark.parametrize("text", SYNONYM_PASS)
def test_synonym_pairs_pass(tmp_path, text):
    assert found(catalog(tmp_path, "calque-synonym-verb-pairs"), text) == []


OWNER_PASS = [
    "Gareth Pole, the Minister for Local Government, had risen to defend the government's new funding formula for councils.",
    "The mayor rose to defend the council's new parking charges.",
    "Several backbenchers rose to defend the chancellor's new spending rules.",
]
LITERAL_FLAG = [
    ("Adding another layer of approval would be to draw a snake and add feet.", ["draw a snake and add feet"]),
    ("The county plans to vacate the cage to change the birds in its old industrial zone.",
     ["vacate the cage to change the birds"]),
]


@pytest.mark.parametrize("text", OWNER_PASS)
def test_owner_inside_span_passes(tmp_path, text):
    assert found(catalog(tmp_path, "mt-literal-rendering"), text) == []


@pytest.mark.parametrize("text", OWNER_PASS)
def test_owner_test_is_what_passes_them(tmp_path, text, monkeypatch):
    # without the owner test each of these is read as 守正出新, the span holding the owner
    monkeypatch.setattr(literal, "_foreign_owner", lambda *args: False)
    spans = [t for t, _ in found(catalog(tmp_path, "mt-literal-rendering"), text)]
    assert len(spans) == 1 and "'s new" in spans[0]


@pytest.mark.parametrize("text,spans", LITERAL_FLAG)
def test_literal_still_flags(tmp_path, text, spans):
    assert [t for t, _ in found(catalog(tmp_path, "mt-literal-rendering"), text)] == spans


PINYIN_FLAG = [
    ("The delegation was received by Premier li qiang in Beijing.", ["li qiang"]),
    ("The plan was drawn up by a team led by liu wei of Fudan University.", ["liu wei"]),
    ("Mr. zhang said the cooperative now has 120 members.", ["zhang"]),
]
PINYIN_PASS = [
    "Hong shao rou, the glossy, soy-dark braised pork belly beloved across China, is firmly in the second "
    "category — although, served in a clay pot with a scattering of spring onions, it does a fair job of the "
    "first as well.",
    "The menu opened with Hui guo rou, the twice-cooked pork of Sichuan.",
    "Shui zhu yu, a fish poached in chilli oil, followed.",
]


@pytest.mark.parametrize("text,spans", PINYIN_FLAG)
def test_pinyin_name_flags(tmp_path, text, spans):
    assert [t for t, _ in found(catalog(tmp_path, "lowercase-pinyin-name"), text)] == spans


@pytest.mark.parametrize("text", PINYIN_PASS)
def test_sentence_case_term_passes(tmp_path, text):
    assert found(catalog(tmp_path, "lowercase-pinyin-name"), text) == []


@pytest.mark.parametrize("text,word,expected", [
    ("Hong shao rou, the braised pork", "shao", True),      # capitalised pinyin before: a term in sentence case
    ("with Hui guo rou, the pork", "guo", True),
    ("according to liu wei of Fudan", "liu", False),         # lower-case word before
    ("received by Premier li qiang", "li", False),           # a title, English, before
    ("Reporters asked Said liu wei", "liu", False),          # capitalised, but an English word
])
def test_sentence_case_term(text, word, expected):
    assert _sentence_case_term(text, text.index(word), 0) is expected
