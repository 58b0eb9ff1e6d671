"""The thirtieth round's name rules (issue 9): a Chinese person referred to by the given name
after a title ("Mr. Guoqiang") or alone ("Guoqiang said") in a document that names the person in
full beside a family name (``given_name_ref``).

Each rule is taken from the bundled catalog and run ungated (as the examples test it); the cases
pin the span each reports, its fix, and what passes beside it: ordinary English that uses the
same words (Western surnames that read as pinyin, a place named like a person, children, family
members, aliases, quotations)."""
import pytest

from audit import load_rules
from audit.engine import check_text
from audit.rules import RuleError
from tests.rule_helpers import one_rule, ungated_hits

CATALOG = load_rules()
RULES = {r.id: r for r in CATALOG.rules}
ROUND = ["mt-given-name-title-30", "mt-given-name-alone-30"]


def spans(rule_id, text):
    return ungated_hits(RULES[rule_id], text)


def test_both_rules_are_gated_and_silent_where_the_gate_stays_shut():
    for rid in ROUND:
        assert RULES[rid].gate is not None, rid
    text = "Zhang Guoqiang, head of the county bureau, said output rose. Guoqiang said the scheme would grow."
    assert spans("mt-given-name-alone-30", text) == ["Guoqiang"]
    assert [f.rule for f in check_text(text, CATALOG.rules) if f.rule in ROUND] == []


CASES = [
    ("mt-given-name-title-30", "Zhang Guoqiang, head of the bureau, spoke. Mr. Guoqiang said output rose.", ["Guoqiang"]),
    ("mt-given-name-title-30", "Jianhua Liu, head of the seed station, spoke. Director Jianhua said it would grow.", ["Jianhua"]),
    ("mt-given-name-title-30", "Zhang Guoqiang spoke. Mr. Zhang said output rose.", []),
    # a Western surname that reads as two pinyin syllables, with no Chinese family name beside it
    ("mt-given-name-title-30", "Mr. Manning said the bridge would open. Mr. Renzi agreed.", []),
    ("mt-given-name-title-30", "Ouyang Jianhua runs the station. Mr. Ouyang said it would grow.", []),
    # the given name beside two family names names nobody in particular
    ("mt-given-name-title-30", "Zhang Jianhua and Li Jianhua spoke. Mr. Jianhua said nothing.", []),
    ("mt-given-name-alone-30", "Zhang Guoqiang, head of the bureau, spoke. Guoqiang said output rose.", ["Guoqiang"]),
    ("mt-given-name-alone-30", "Li Xiuying opened a shop. \"Business is good,\" said Xiuying. Xiuying added that rents rose.",
     ["Xiuying", "Xiuying"]),
    # alone, the given name must be shown as a person's (a verb of saying, "who"): a place or a
    # title named after a person is no reference
    ("mt-given-name-alone-30", "Li Xiuying opened a shop. Xiuying's son helps.", []),
    ("mt-given-name-alone-30", "Zhang Guoqiang spoke. Zhang said output rose.", []),
    ("mt-given-name-alone-30", "Zhang Guoqiang spoke. Mr. Guoqiang said output rose.", []),  # the title rule's
    ("mt-given-name-alone-30", "Zhang Guoqiang and his son Zhang Haoran run the farm. Haoran feeds the pigs.", []),
    ("mt-given-name-alone-30", "Zhang Guoqiang grew up on Guoqiang Road.", []),
    ("mt-given-name-alone-30", "Li Xiuying opened a shop. \"Xiuying, come and see,\" her mother called.", []),
    ("mt-given-name-alone-30", "Wang Haoran, 9, walks to school. Haoran said he wants to be a doctor.", []),
    ("mt-given-name-alone-30", "Wang Haoran, 39, walks to work. Haoran said he wants to be a doctor.", ["Haoran"]),
    ("mt-given-name-alone-30", "Wang Yiping, known to friends as Yiping, moved to London.", []),
    ("mt-given-name-alone-30", "Nanning is in the Guangxi Zhuang Autonomous Region. Guangxi grows cane.", []),
    ("mt-given-name-alone-30", "Mr. Manning met Zhang Wei. Manning said the talks went well.", []),
    # review of the round: a Japanese name in family-first order before a Chinese family name
    # ("Sato Ren"): "sato" is no pinyin as a reading writes it (a clean sports story)
    ("mt-given-name-alone-30", "Sato Ren, who turned professional last year, won. Sato said he felt calm.", []),
    ("mt-given-name-title-30", "Sato Ren, who turned professional last year, won. Mr. Sato said he felt calm.", []),
    # a firm or an agency named like the person: shown so elsewhere in the document, or speaking of "its"
    ("mt-given-name-alone-30", "Zhang Xinhua, a farmer, said prices fell. The state-run Xinhua said the harvest rose.", []),
    ("mt-given-name-alone-30", "Wang Dongfeng, a dealer, said demand was weak. Dongfeng Motor shares fell. Dongfeng said sales fell.", []),
    ("mt-given-name-alone-30", "Li Weibo, a student, said he posts daily. Weibo said its user base grew.", []),
    # a performer who uses the given name alone, so introduced anywhere before
    ("mt-given-name-alone-30", "The pianist Yundi Li, who performs simply as Yundi, played. Yundi said he was delighted.", []),
    # a linking verb shows no person: a place named like the person
    ("mt-given-name-alone-30", "Feng Xiaogang, the film director, spoke. Xiaogang is the village where the reform began.", []),
    ("mt-given-name-alone-30", "Li Jianhua, a farmer, spoke. Officials in Jianhua said the district would build a road.", []),
    ("mt-given-name-alone-30", "Zhang Guoqiang, head of the bureau, spoke. Guoqiang said it would take two years.", ["Guoqiang"]),
]


@pytest.mark.parametrize("rule_id,text,expected", CASES)
def test_spans(rule_id, text, expected):
    assert spans(rule_id, text) == expected


def test_the_fix_writes_the_family_name():
    text = "Zhang Guoqiang, head of the bureau, spoke. Mr. Guoqiang said output rose."
    [f] = [f for f in check_text(text, [RULES["mt-given-name-title-30"].ungated()])]
    assert (f.start, f.end, f.suggestion) == (text.index("Mr. G") + 4, text.index("Mr. G") + 12, "Zhang")
    assert "Zhang Guoqiang" in f.message


@pytest.mark.parametrize("bad,key", [
    ({"mode": "nickname"}, "mode"),
    ({"mode": "title", "titles": []}, "titles"),
    ({"mode": "alone", "surnames": []}, "surnames"),
    ({"mode": "alone", "surnames": ["Zhang", "Li Wei"]}, "surnames"),
])
def test_bad_parameters_name_their_key(tmp_path, bad, key):
    rule = {"id": "x", "type": "given_name_ref", "category": "fluency/inconsistency", "severity": "minor",
            "message": "m", "description": "d", "examples": {"flag": ["Zhang Guoqiang spoke. Guoqiang left."], "pass": ["Zhang left."]},
            "surnames": ["Zhang"], "titles": ["Mr"], **bad}
    with pytest.raises(RuleError, match=key):
        one_rule(tmp_path, rule)


def test_a_full_name_after_a_capitalised_word_is_read():
    # pairs of capitalised words overlap: "Director Zhang" does not hide "Zhang Guoqiang"
    text = "Director Zhang Guoqiang opened the meeting. Mr. Guoqiang said output rose."
    assert spans("mt-given-name-title-30", text) == ["Guoqiang"]
    text = "Later Zhang Guoqiang said exports rose. Guoqiang said output rose."
    assert spans("mt-given-name-alone-30", text) == ["Guoqiang"]


def test_quotation_marks_are_read_per_line():
    text = "Zhang Guoqiang said exports rose.\n\"Guoqiang said we should go,\" she recalled. Guoqiang said output rose."
    assert spans("mt-given-name-alone-30", text) == ["Guoqiang"]
    text = "Zhang Guoqiang said exports rose. \u201cGuoqiang said so,\u201d she said. Guoqiang said output rose."
    assert spans("mt-given-name-alone-30", text) == ["Guoqiang"]
