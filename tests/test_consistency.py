"""The ``consistency`` type's name-order mode: a family name the surname list lacks."""
import pytest
@pytest.mark.parametrize("family, given, expected", [
    ("Nong", "Wenfeng", True),    # a family name the list lacks, before a two-syllable given name
    ("Nong", "Kai", False),       # one syllable: too little to tell a name from two words
    ("Long", "Wenfeng", False),   # common in English
    ("Rising", "Wenfeng", False), # not pinyin
])
def test_a_pinyin_family_name_the_list_lacks(family, given, expected):
    from audit.detectors.consistency import _pinyin_pair
    assert _pinyin_pair(family, given) is expected


def _name_order_findings(text, catalog):
    from audit import Document
    from audit.engine import check_document
    return [f.text for f in check_document(Document.from_text(text), catalog).findings
            if f.rule == "name-order-variant"]


@pytest.mark.parametrize("text", [
    "Wenjing Li leads the lab. She was born Li Wenjing in Chongqing in 1967.",
    "Wenjing Li leads the lab. She has published as Li Wenjing since 1990.",
    "Wenjing Li leads the lab. A journal reversed the order of her name; at home she is Li Wenjing.",
    "Wenjing Li leads the lab. Chinese papers put the family name first: Li Wenjing.",
])
def test_a_writer_who_gives_the_other_order_on_purpose(text, catalog):
    assert _name_order_findings(text, catalog) == []


def test_the_other_order_without_a_word_about_it_is_flagged(catalog):
    text = "Wenjing Li leads the lab. Li Wenjing said the test worked."
    assert _name_order_findings(text, catalog) == ["Li Wenjing"]


def _plain_pairs(text):
    import re as _re
    from audit.detectors import consistency
    return [(m.group(1), m.group(2), m.start(1), m.end(2)) for m in _re.finditer(consistency._PLAIN_PAIR, text)]


def test_pairs_of_capitalised_words_as_the_plain_pattern_finds_them():
    # _PAIR matches the first word's capital and tests the boundary after it (the search skips to
    # capitals): the same pairs, starts and ends as the lookahead at every word boundary
    import glob
    import os
    import random
    from audit.detectors import consistency
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = [open(p, encoding="utf-8").read() for sub in ("tests/corpus/heldout", "tests/corpus/heldout5",
                                                          "tests/corpus/clean", "benchmarks/data/clean_large")
             for p in sorted(glob.glob(os.path.join(root, sub, "*.txt")))]
    pieces = ["Xu", "Wenjie", "Wen-jie", "Wen-", "xu", "XU", "É", "Élan", "Zhang", "Wei", "a", "1", "_", "'", "’", "-",
              " ", " ", "\u00a0", "\n", ",", ".", "Li", "Na", "Xu Wenjie Xu", "aXu", "9Li", "Li9", "Li_", "ſ", "K"]
    rng = random.Random(31)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    found = 0
    for text in texts:
        assert consistency._pairs(text) == _plain_pairs(text)
        found += len(_plain_pairs(text))
    assert found > 1000
    assert consistency._pairs("Xu Wenjie Xu met Wen-jie Li.") == [
        ("Xu", "Wenjie", 0, 9), ("Wenjie", "Xu", 3, 12), ("Wen-jie", "Li", 17, 27)]


# --- name_order_mixed: different people's names in different orders (issue 9, twenty-sixth round)

def _mixed(text, **params):
    from audit import Document
    from audit.detectors import DETECTORS, check_params
    spec = DETECTORS["consistency"]
    raw = {"mode": "name_order_mixed", "surnames": ["Zhang", "Li", "Liu", "Chen", "Zhao", "Wang"], **params}
    state = spec.prepare(check_params(spec, raw))
    return [text[h.start:h.end] for h in spec.detect(Document.from_text(text), state)]


MIXED = ("Zhang Guoqiang, head of the bureau, said output rose. Li Xiuying, a farmer, said her income "
         "doubled. Jianhua Liu, deputy director of the seed station, said the new variety resists drought.")


def test_a_name_given_first_among_names_family_first_is_flagged():
    assert _mixed(MIXED) == ["Jianhua Liu"]


@pytest.mark.parametrize("text", [
    # only one other person family name first and a given name common in English ("Celia"), or
    # an economist of a named firm (wire copy's order; issue 9, round 38)
    "Zhang Guoqiang said output rose, and Celia Liu, a farmer, said the seeds were ready.",
    "Zhang Guoqiang said output rose, and Jianhua Liu, chief economist at Nomura, said exports slowed.",
    "Zhang Guoqiang said output rose, and Jianhua Liu of Pictet said exports slowed.",
    # as many people given name first as family name first: no order wins
    "Zhang Guoqiang and Li Xiuying spoke. Jianhua Liu said yes, and Meiling Chen said no.",
    # no person is shown: a place and a team ("Guangxi Zhuang Autonomous Region")
    "Zhang Guoqiang and Li Xiuying met in the Guangxi Zhuang Autonomous Region, then Shenzhen Liu Team.",
    # an English given name, and a name written in both orders (name-order-variant's)
    "Zhang Guoqiang and Li Xiuying spoke. Grace Liu, a chef, said yes. Xiaohong Zhao said no; Zhao Xiaohong left.",
    # given in the other order on purpose, and a document that speaks of name order
    "Zhang Guoqiang and Li Xiuying spoke. The economist, known abroad as Jianhua Liu, said yes.",
    "Zhang Guoqiang and Li Xiuying, family name first, spoke. Jianhua Liu said yes.",
])
def test_mixed_orders_pass_where_no_order_is_the_documents(text):
    assert _mixed(text) == []


def test_min_names_sets_how_many_people_family_first_are_needed():
    assert _mixed(MIXED, min_names=2) == ["Jianhua Liu"]
    assert _mixed(MIXED, min_names=3, min_names_rare=3) == []
    assert _mixed(MIXED, min_names=3) == ["Jianhua Liu"]  # "Jianhua" is rare: min_names_rare (1) is enough


@pytest.mark.parametrize("text,span", [
    # one other person family name first, by a one-syllable given name too ("Liu Chang"), and a
    # rare given name of two syllables turned round (issue 9, round 38, from heldout42-48)
    ("Zhang Guoqiang said output rose, and Jianhua Liu, a farmer, said the seeds were ready.", "Jianhua Liu"),
    ("Reporter Liu Chang visited the village. In March, mason Wenfu Liu began rebuilding the terraces.", "Wenfu Liu"),
    ("Villager Zhang Dehai said the toilet was clean. \"It has no smell,\" said Xiuying Chen, 71.", "Xiuying Chen"),
])
def test_one_name_given_first_beside_one_family_first(text, span):
    assert _mixed(text, surnames=["Zhang", "Li", "Liu", "Chen", "Zhao", "Wang", "Chang"]) == [span]


def test_one_name_each_way_needs_min_names_rare():
    text = "Zhang Guoqiang said output rose, and Jianhua Liu, a farmer, said the seeds were ready."
    assert _mixed(text, min_names_rare=2) == []


def test_the_mixed_mode_needs_family_names_and_a_positive_count():
    from audit.detectors import DETECTORS, ParamError
    from audit.detectors import check_params
    spec = DETECTORS["consistency"]
    with pytest.raises(ParamError):
        spec.prepare(check_params(spec, {"mode": "name_order_mixed", "surnames": []}))
    with pytest.raises(ParamError):
        spec.prepare(check_params(spec, {"mode": "name_order_mixed", "surnames": ["Li"], "min_names": 0}))


def test_the_rule_is_gated_and_reports_only_beside_other_signs_of_mt(catalog):
    from audit import Document
    from audit.engine import check_document
    rule = next(r for r in catalog.rules if r.id == "name-order-mixed")
    assert rule.gate is not None
    assert [f for f in check_document(Document.from_text(MIXED), catalog).findings if f.rule == "name-order-mixed"] == []
    mt = MIXED + ("\n\nIt is understood that the county will vigorously promote the seed industry to go up a new step. "
                  "The county has 12 seed enterprise and the output reached 3.6 ten thousand tons?. "
                  "Editor: Wang Li  Source: County News")
    assert [f.text for f in check_document(Document.from_text(mt), catalog).findings
            if f.rule == "name-order-mixed"] == ["Jianhua Liu"]


def test_order_talk_asked_of_its_screen_first_as_the_search_finds_it():
    # speed36b: ``_talks_of_order`` asks ``_ORDER_TALK``'s re2 screen before the search that
    # ignores case; the same answer as the search alone, on the corpora and on random texts of
    # the pattern's words in any case (and letters that ignoring case reads as others: ſ, K, ı, İ)
    import glob
    import os
    import random
    from audit import Document
    from audit.detectors import consistency
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = [open(p, encoding="utf-8").read() for sub in ("tests/corpus/heldout", "tests/corpus/heldout5",
                                                          "tests/corpus/clean", "benchmarks/data/clean_large")
             for p in sorted(glob.glob(os.path.join(root, sub, "*.txt")))]
    pieces = ["order", "ORDER", "Order", "of", "her", "his", "name", "names", "surname", "family", "given", "first",
              "FIRST", "firſt", "laſt", "laſt", "last", "comes", "in", "the", "Chinese", "Western", "order of", "xorder",
              "nameorder", "ſurname", "\u212aai", "fırst", "fİrst", "ſ", " ", " ", " ", "\n", "-", "_", "9", "é"]
    rng = random.Random(36)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(20000)]
    phrases = ["order of her name", "order of the surnames", "name order", "surname first", "family names come last",
               "given name first", "first names comes first", "in the Western order", "in Asian order"]
    odd = {"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ"}

    def mangled(phrase):  # each letter in either case, now and then one that ignoring case reads as it
        return "".join(odd.get(ch, ch) if rng.random() < 0.05 else (ch.upper() if rng.random() < 0.3 else ch)
                       for ch in phrase)
    texts += [rng.choice(["", "x", "A ", "9", "_", "\n"]) + mangled(rng.choice(phrases)) + rng.choice(["", "s", " ", ".", "x"])
              for _ in range(3000)]
    texts += ["surname first", "given names come first", "in the Chinese order", "family name laſt", "ſurname firſt"]
    found = 0
    for text in texts:
        expected = consistency._ORDER_TALK.search(text) is not None
        assert consistency._talks_of_order(Document.from_text(text)) == expected, text
        found += expected
    assert found > 300
