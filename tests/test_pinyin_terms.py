"""``pinyin_term`` (audit/detectors/pinyin_terms.py, rule ``mt-pinyin-term``): a Chinese common
noun left in pinyin with nothing that says what it means. Each table pins the exact spans; every
span is checked against the text by ``found``."""
import pytest

from audit.detectors.pinyin_terms import _readings, candidate
from rule_helpers import bundled_rule, found, one_rule

_CATALOG = {}


def catalog(tmp_path):
    if "c" not in _CATALOG:
        rule = bundled_rule("mt-pinyin-term")
        rule["id"] = "c"
        _CATALOG["c"] = one_rule(tmp_path, rule)
    return _CATALOG["c"]


FLAG = [
    ("Farmers in the valley have opened more than 200 nongjiale by the reservoir.", ["nongjiale"]),
    ("Tourists can book rooms in the village minsu through one app.", ["minsu"]),
    ("Volunteers from the shequ delivered vegetables. The shequ also runs a canteen.", ["shequ", "shequ"]),
    ("A local wanghong sold 40,000 kilograms of oranges in a livestream.", ["wanghong"]),
]

PASS = [
    # explained where it stands: an appositive, a bracket, a dash, "known as", the language named
    "Farmers have opened 200 nongjiale, family-run farm stays, by the reservoir.",
    "Farmers have opened 200 nongjiale (farm stays) by the reservoir.",
    "The farm stays, known in Chinese as nongjiale, charge 100 yuan a night.",
    "They call it neijuan in Chinese, and it means pointless competition.",
    # explained at another mention of the same document
    "The farm stays, known in Chinese as nongjiale, are full. Most nongjiale close in winter.",
    # a one-word accepted form of the terms file or the glossary ("dibao": 低保)
    "Some 3,200 families in the county receive dibao every month.",
    # pinyin English has taken in (commoner than the rule's Zipf limit), and English words
    "Migrants without a local hukou cannot enrol their children in city schools.",
    "Students sat the gaokao over two days in June.",
    "The shaman of the village performed a ritual before the harvest.",
    # a phrase in pinyin, a handle, an address
    "Riders, known colloquially as waimai xiaoge, deliver lunch in 30 minutes.",
    '"Gongxi facai," people say at New Year.',
    "Contact us at jiedao@example.cn for details.",
    "Follow #wanghong on the platform.",
    # a document about Chinese words: three different pinyin words or more
    "Her favourite words this year were wanghong and nongjiale; her least favourite was minsu.",
    # a reading CC-CEDICT writes as English itself ("sanxian, ... instruments")
    "The band played the pipa and sanxian all evening.",
]


@pytest.mark.parametrize("text,spans", FLAG)
def test_flags(tmp_path, text, spans):
    assert [t for t, _ in found(catalog(tmp_path), text)] == spans


@pytest.mark.parametrize("text", PASS)
def test_passes(tmp_path, text):
    assert found(catalog(tmp_path), text) == []


def test_candidate_shape():
    assert candidate("dibao", 1.0) and candidate("nongjiale", 1.0)
    assert not candidate("hukou", 1.0)        # Zipf 2.0: English has it
    assert not candidate("ping", 3.0)         # one syllable
    assert not candidate("shaman", 3.0)       # an English word


def test_readings_name_noun_senses_first():
    assert _readings()["shequ"].startswith("社区 'community'")
    assert _readings()["dibao"].startswith("低保 'subsistence allowance'")
    assert _readings()["sanxian"] is None


def test_message_names_the_dictionary_words(tmp_path):
    from audit import check_text
    (f,) = check_text("Some families go to the jiedao every month.", catalog(tmp_path))
    assert f.text == "jiedao" and "街道 'street'" in f.message
