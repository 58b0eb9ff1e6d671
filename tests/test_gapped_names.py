"""A body named in full, then after "the" by some of its words with others left out from
between them (``body_names._gapped_forms``, rule truncated-official-name; issue 9, twelfth
round): "the Baoding Supply Company" for the State Grid Baoding Power Supply Company. The
passes are correct English written as close to the shape as a desk comes: names kept whole,
cut to a run of their own words, cut only by a place, a level or a generic word, or another
body's name."""
import pytest

from audit import load_rules
from audit.detectors import body_names
from rule_helpers import found


@pytest.fixture(scope="module")
def catalog():
    return [r for r in load_rules().rules if r.id == "truncated-official-name"]


FLAG = [
    ("The State Grid Baoding Power Supply Company in Hebei, China, rebuilt 600 transformers. The Baoding "
     "Supply Company said peak load reached 2.9 million kilowatts.", "Baoding Supply Company",
     "State Grid Baoding Power Supply Company"),
    ("Robotaxis have run since 2019 in the Wuhan Economic and Technological Development Zone in China. "
     "Passengers in the Technological Zone said the cars drove cautiously.", "Technological Zone",
     "Wuhan Economic and Technological Development Zone"),
    ("The Nanjing Municipal Administration for Market Regulation fined eleven restaurants in China. The "
     "Nanjing Administration also summoned four chains.", "Nanjing Administration",
     "Nanjing Municipal Administration for Market Regulation"),
    ("The Guangxi Zhuang Autonomous Region Department of Commerce said clearance at the Chinese border was "
     "faster. Trucks lose fruit to heat, according to the Autonomous Department.", "Autonomous Department",
     "Guangxi Zhuang Autonomous Region Department of Commerce"),
    ("The Guizhou Ecological Resources Exchange Center sold carbon credits from Chinese tea farms. A "
     "spokesman for the Ecological Exchange said prices would rise.", "Ecological Exchange",
     "Guizhou Ecological Resources Exchange Center"),
    ("The Shandong Provincial Department of Human Resources and Social Security in China set new grades. "
     "The Shandong Department checks a sample of results.", "Shandong Department",
     "Shandong Provincial Department of Human Resources and Social Security"),
]


@pytest.mark.parametrize("text,span,fix", FLAG)
def test_a_form_with_words_left_out_from_inside(catalog, text, span, fix):
    assert (span, fix) in found(catalog, text)


PASS = [
    # the name kept whole, or cut to a run of its own words (the other forms judge those)
    "The Wuhan Economic and Technological Development Zone in China hosts 20 carmakers. The Development Zone "
    "said more roads would open.",
    "The Wuhan Economic and Technological Development Zone in China hosts carmakers; the zone said more "
    "roads would open.",
    # only a place, a level or a generic word left out: a normal second reference
    "The Beijing Municipal Commission of Education in China said schools would open. The Beijing Commission "
    "of Education gave no date.",
    "The Supreme People's Procuratorate in Beijing, China, issued guidance. The Supreme Procuratorate said "
    "cases rose.",
    "The Hubei Provincial Health Commission in China reported 12 cases. The Hubei Health Commission said "
    "all were mild.",
    # heads that are names of their own, or no body's head
    "The Shanghai Stock Exchange in China listed 12 firms. The Shanghai Exchange said turnover rose.",
    "The Hong Kong Special Administrative Region Government said China would help. The Hong Kong Government "
    "gave no figure.",
    "Shanghai Jiao Tong University in China opened a lab. Shanghai University opened another.",
    "The Beijing Capital International Airport in China handled 50 million passengers. The Beijing Airport "
    "said traffic rose.",
    # another body named after the first, or a name with a linker in it
    "The Chinese Academy of Agricultural Sciences in Beijing bred the rice. The Chinese Academy of Sciences "
    "sequenced it.",
    "The Jiangxi Provincial Commission for Discipline Inspection and the Jiangxi Provincial Supervisory "
    "Commission said in China that the case was closed.",
    # outside a story about China
    "The Federal Reserve Bank of New York Markets Group ran the auction. The Federal Group said demand was "
    "strong.",
    # not after "the"
    "The State Grid Baoding Power Supply Company in China cut bills. Baoding Supply Company staff visited "
    "1,800 villages.",
    "The Hangzhou Municipal Bureau of Commerce in China said sales rose. Its head, Wang Li, said the bureau "
    "would add fairs.",
]


@pytest.mark.parametrize("text", PASS)
def test_normal_second_references_pass(catalog, text):
    assert found(catalog, text) == []


def test_embedding_is_in_order_and_leftmost():
    whole = ("state", "grid", "baoding", "power", "supply", "company")
    assert body_names._embedding(("baoding", "supply", "company"), whole) == [2, 4, 5]
    assert body_names._embedding(("supply", "baoding"), whole) is None
