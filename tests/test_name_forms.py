"""name-spelling-variant (detector type name_forms): one person's name spelled two ways."""
import pytest

from audit.document import Document
from audit.engine import check_document


@pytest.fixture(scope="module")
def rule(catalog):
    return [catalog.get("name-spelling-variant")]


def _found(rule, text):
    result = check_document(Document.from_text(text), rule)
    for f in result.findings:
        assert text[f.start:f.end] == f.text
    return [(f.text, f.suggestion) for f in result.findings]


@pytest.mark.parametrize("text, expected", [
    # a hyphenated given name beside the whole one: the mainland form stays on a tie
    ("Chen Xiao-dong said prices held. Later Chen Xiaodong added that exports grew.",
     [("Chen Xiao-dong", "Chen Xiaodong")]),
    # syllables spaced apart; the commonest form stays
    ("Guo Zhiqiang runs the mine. Guo Zhi Qiang said so. Guo Zhiqiang smiled.", [("Guo Zhi Qiang", "Guo Zhiqiang")]),
    # a family name of two syllables split in two
    ("Situ Jing opened the line. Si Tu Jing said trains run often.", [("Si Tu Jing", "Situ Jing")]),
    # a name of three words in both orders, spaced both times: the first form stays
    ("Deng Ya Ping introduced the plant. Ya Ping Deng also said costs fell.", [("Ya Ping Deng", "Deng Ya Ping")]),
    # the name inside a longer run of capitals: the title is no part of it
    ("Director Wei Lan-ying said so. Wei Lanying added more.", [("Wei Lan-ying", "Wei Lanying")]),
    # the commoner hyphenated form stays
    ("Lin Xiao-mei spoke. Lin Xiao-mei left. Lin Xiaomei returned.", [("Lin Xiaomei", "Lin Xiao-mei")]),
])
def test_a_second_spelling_is_reported(rule, text, expected):
    assert _found(rule, text) == expected


@pytest.mark.parametrize("text", [
    "Tsai Ing-wen spoke first. Later, Tsai Ing-wen met the delegation.",
    # a Singaporean name written in three words every time
    "Minister Tan Wei Ling spoke at the forum. Tan said ports must adapt. Ms Tan Wei Ling met officials.",
    # order alone is name-order-variant's
    "Xu Wenjie said prices held. Wenjie Xu added that exports grew.",
    # an English word after a family name is no given name
    "Later Chen said so. Chen Later is no name; Chen Xiaodong spoke.",
    "Li Na won the title. Li Na-style backhands are now taught.",
    # two people: different given names
    "Zhang Wei and Zhang Weiguo both spoke.",
])
def test_one_spelling_passes(rule, text):
    assert _found(rule, text) == []


def test_run_name_reads_one_run_alone():
    # ``detect`` reads each distinct run of capitalised words once a document (``run_name``): the
    # longest stretch that reads as one name, its offsets in the run, family, given, family first
    from audit.detectors import name_forms
    surnames = {"wei", "chen"}
    assert name_forms.run_name("Director Wei Lan-ying", surnames) == (9, 21, "wei", "lanying", True)
    assert name_forms.run_name("Xiaodong Chen", surnames) == (0, 13, "chen", "xiaodong", False)
    assert name_forms.run_name("Later Chen", surnames) is None  # "later" is an English word
    assert name_forms.run_name("General Administration", surnames) is None


def test_a_name_met_again_in_a_long_line(rule):
    # each mention of a run read once keeps its own place: the odd spelling is found at each
    one = "Chen Xiaodong said so. Director Chen Xiaodong came. Chen Xiao-dong left. "
    text = one * 50
    spans = [(f.start, f.end) for f in check_document(Document.from_text(text), rule).findings]
    at = one.index("Chen Xiao-dong")
    assert spans == [(k * len(one) + at, k * len(one) + at + len("Chen Xiao-dong")) for k in range(50)]
