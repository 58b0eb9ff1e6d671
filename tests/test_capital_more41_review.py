"""A second reading of the forty-first round's capital rules (audit/detectors/capital_more.py and
mt-vice-title-half-capitalised-41), gate off: passages of good English that use the same shapes
(titles of works, odd-cased brands, acronyms, 'the Party', 'the State Council' then 'the council',
titles before and after names, directions, festivals, teams, ships, headlines, slogans, capitals
after colons, verse and lists) untouched; MT renderings the rules' examples do not list found on
their span; a 1 MB title-case run read with no name longer than the reader looks for."""
import os

import pytest

from audit import check_text
from audit.detectors import capital_more
from rule_helpers import rule_spans, ungated_rules

IDS = ("mt-half-capitalised-name-41", "mt-verb-capitalised-after-to-41", "mt-word-capitalised-once-41",
       "mt-words-in-capitals-once-41", "mt-vice-title-half-capitalised-41", "mt-name-half-capitalised-elsewhere-41")
DATA = os.path.join(os.path.dirname(__file__), "data")


def _lines(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip()]


@pytest.fixture(scope="module")
def rules():
    return ungated_rules(IDS)


def test_review_passages_of_good_english_untouched(rules):
    lines = _lines("capital_more41_review_good.txt")
    assert len(lines) >= 150
    hits = [(line, f.rule, f.text) for line in lines for f in check_text(line, rules)]
    assert hits == []


@pytest.mark.parametrize("rule_id, text, span", [
    ("mt-half-capitalised-name-41", "Workers were paid before the Spring festival, the county said.", "Spring festival"),
    ("mt-half-capitalised-name-41", "Tourists watched dragon boats at the Dragon Boat festival in Yueyang.", "Dragon Boat festival"),
    ("mt-half-capitalised-name-41", "The Great Wall is long, and visitors climbed the Great wall on Sunday.", "Great wall"),
    ("mt-verb-capitalised-after-to-41", "The city plans to Build 300 new schools and to hire 2,000 teachers.", "Build"),
    ("mt-verb-capitalised-after-to-41", "The county will continue to Strengthen the supervision of food safety.", "Strengthen"),
    ("mt-verb-capitalised-after-to-41", "The enterprise aims to Expand its market share by 20 percent.", "Expand"),
    ("mt-vice-title-half-capitalised-41", "Vice chairman Wang Yang met the delegation.", "Vice chairman"),
    ("mt-vice-title-half-capitalised-41", "Vice minister Liu Kun said the budget was sound.", "Vice minister"),
    ("mt-word-capitalised-once-41", "Farmers grow tea here. The tea is picked in spring, and tea exports rose. "
                                    "Villagers said their income came from the Tea this year.", "Tea"),
    ("mt-words-in-capitals-once-41", "The Table Tennis Association met; 300 players joined the TABLE TENNIS league, "
                                     "and table tennis is popular.", "TABLE TENNIS"),
    ("mt-name-half-capitalised-elsewhere-41", "The Ministry of Education issued a notice; the ministry of Education said "
                                              "exams would go ahead.", "ministry of Education"),
    ("mt-name-half-capitalised-elsewhere-41", "The Development and Reform Commission approved the plan, and the development "
                                              "and Reform Commission said prices would stay stable.",
     "development and Reform Commission"),
])
def test_review_rendering_found_on_its_span(rules, rule_id, text, span):
    assert rule_spans(text, rules) == [(rule_id, span, text.index(span))]


def test_long_title_case_run_gives_only_short_name_keys():
    run = "Bank of China and Ministry of Commerce of the State Council and " * 2000
    keys = capital_more._name_keys("the " + run.rstrip(" and"))
    assert keys and max(len(k.split()) for k in keys) <= capital_more._LONGEST


def test_name_openings_lists_each_run_of_a_names_words_inside_a_sentence():
    # ``name_elsewhere`` and ``tail_elsewhere`` share these (one pass a document): every place a
    # name of the document (``_name_keys``) opens inside a sentence, in any letter case, with the
    # token index, the start, and each size that fits (n, end, words), longest first
    text = ("Officials of the Ministry of Commerce met. Staff said the ministry of Commerce and the "
            "Ministry of Commerce agreed.")
    assert capital_more.name_openings(text) == [
        (3, 17, [(3, 37, ["Ministry", "of", "Commerce"])]),
        (10, 58, [(3, 78, ["ministry", "of", "Commerce"])]),
        (12, 70, [(6, 107, ["Commerce", "and", "the", "Ministry", "of", "Commerce"])]),
        (15, 87, [(3, 107, ["Ministry", "of", "Commerce"])]),
    ]
    for _, start, runs in capital_more.name_openings(text):
        for n, end, words in runs:
            assert text[start:end].split() == words
    assert capital_more.name_openings("No names here. Staff said so.") == []
    # a name's first word opening a sentence is not read
    assert capital_more.name_openings("Ministry of Commerce staff met the Ministry of Commerce.") == [
        (6, 35, [(3, 55, ["Ministry", "of", "Commerce"])])]


def test_name_elsewhere_and_tail_elsewhere_share_one_pass():
    from audit.document import Document, RULE_VIEWS
    text = "The Yangtze River Delta grew. Output of the Yangtze River delta rose; the ministry of Commerce said."
    assert capital_more.NAME_OPENINGS in RULE_VIEWS  # freed with the analysis once the rules have run
    doc = Document.from_text(text)
    assert capital_more.NAME_OPENINGS not in doc.cache
    list(capital_more._name_elsewhere(doc, {"heads": frozenset({"delta"})}, tail=True))
    assert doc.cache[capital_more.NAME_OPENINGS] == capital_more.name_openings(text)
    doc.drop_analysis()
    assert capital_more.NAME_OPENINGS not in doc.cache


def _name_openings_plain(text):
    """``name_openings`` as it was before issue 13's speed46 round: every token walked, each
    size's words and gaps read anew at every opening."""
    keys = capital_more._name_keys(text)
    if not keys:
        return []
    lengths = {}
    for k in keys:
        words = k.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    lengths = {w: sorted(ns, reverse=True) for w, ns in lengths.items()}
    tokens = [(m.start(), m.end(), m.group(0)) for m in capital_more._LETTERS.finditer(text)]
    out = []
    for i, (start, _, word) in enumerate(tokens):
        if not (start >= 2 and text[start - 1] == " " and (text[start - 2].islower() or text[start - 2] == ",")):
            continue
        sizes = lengths.get(word.lower())
        if sizes is None:
            continue
        runs = []
        for n in sizes:
            if i + n > len(tokens):
                continue
            part = tokens[i:i + n]
            if any(text[part[k][1]:part[k + 1][0]] != " " for k in range(n - 1)):
                continue
            words = [t[2] for t in part]
            if " ".join(w.lower() for w in words) in keys:
                runs.append((n, part[-1][1], words))
        if runs:
            out.append((i, start, runs))
    return out


def test_opening_tokens_picks_the_words_a_name_opens_on_in_any_case():
    words = ["Staff", "of", "the", "MINISTRY", "of", "Commerce", "and", "ministry", "Ministryx"]
    assert capital_more.opening_tokens(words, {"ministry": [3]}) == [3, 7]
    assert capital_more.opening_tokens(words, {"commerce": [2], "staff": [2]}) == [0, 5]
    assert capital_more.opening_tokens(words, {"bank": [3]}) == []
    assert capital_more.opening_tokens([], {"bank": [3]}) == []


def test_spaced_name_needs_one_space_between_words_and_a_key():
    keys = {"ministry of commerce"}
    assert capital_more._spaced_name("Ministry of Commerce", 3, keys) == ("Ministry", "of", "Commerce")
    assert capital_more._spaced_name("ministry of COMMERCE", 3, keys) == ("ministry", "of", "COMMERCE")
    assert capital_more._spaced_name("Ministry  of Commerce", 3, keys) is None  # two spaces
    assert capital_more._spaced_name("Ministry of, Commerce", 3, keys) is None  # a comma between
    assert capital_more._spaced_name("Ministry-of Commerce", 3, keys) is None
    assert capital_more._spaced_name("Ministry of Trade", 3, keys) is None  # no name of the document's


@pytest.mark.parametrize("seed", range(3))
def test_name_openings_as_read_token_by_token(seed):
    import random
    pieces = ("Ministry", "ministry", "MINISTRY", "of", "Commerce", "commerce", "Yangtze", "River", "Delta", "delta",
              "the", "and", "staff", "said", "Bank", "China", "State", "Council", "in", "for", "It's", "café")
    seps = (" ", " ", " ", "  ", ", ", ". ", "; ", "\n", "-", " \u00a0")
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 80)))
        assert capital_more.name_openings(text) == _name_openings_plain(text), text
    line = ("The General Administration said Beijing. The Department of Natural said China. "
            "Output of the Yangtze River delta rose; the ministry of Commerce said. ") * 200
    assert capital_more.name_openings(line) == _name_openings_plain(line) != []
    for name in sorted(os.listdir(DATA))[:40]:
        if name.endswith(".txt"):
            text = open(os.path.join(DATA, name), encoding="utf-8").read()
            assert capital_more.name_openings(text) == _name_openings_plain(text), name


def test_half_name_tails_reads_the_words_after_a_first_word_alone():
    # ``half_name`` reads a first word and the words after it once a document
    # (``half_name_tails``): each tail, most words first, that ends in lower case, holds no head
    # and makes a name of the table, with its length, whether it ends on a name's head, the fix
    runs = {"spring festival", "spring festival gala", "forbidden city"}
    assert capital_more.half_name_tails("Spring", " festival gala", runs, frozenset(), frozenset()) == (
        (14, False, "Spring Festival Gala"), (9, False, "Spring Festival"))
    assert capital_more.half_name_tails("Spring", " festival Gala", runs, frozenset(), frozenset()) == (
        (9, False, "Spring Festival"),)  # a tail ending in a capital is no half name
    assert capital_more.half_name_tails("Forbidden", " city is", runs, frozenset(), frozenset({"city"})) == (
        (5, True, "Forbidden City"),)
    assert capital_more.half_name_tails("Spring", " festival", runs, frozenset({"festival"}), frozenset()) == ()
    assert capital_more.half_name_tails("Autumn", " festival", runs, frozenset(), frozenset()) == ()


def _lower_grams_plain(text):
    """``_lower_grams`` as it was: each size's runs read word by word."""
    words = capital_more._LETTERS.findall(text)
    counts = {}
    for n in (2, 3):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            if all(w.islower() for w in gram):
                key = " ".join(gram)
                counts[key] = counts.get(key, 0) + 1
    return counts


def test_lower_grams_counts_each_run_of_two_and_three_lower_case_words():
    import random
    assert capital_more._lower_grams("the economic growth of the Region and economic growth") == {
        "the economic": 1, "economic growth": 2, "growth of": 1, "of the": 1, "and economic": 1,
        "the economic growth": 1, "economic growth of": 1, "growth of the": 1, "and economic growth": 1}
    assert capital_more._lower_grams("") == {} and capital_more._lower_grams("one") == {}
    rng = random.Random(46)
    pieces = ("the", "economic", "Growth", "growth", "of", "REGION", "región", "it's", "A", "a", "x")
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        got = capital_more._lower_grams(text)
        assert got == _lower_grams_plain(text) and list(got) == list(_lower_grams_plain(text)), text


def test_title_line_is_worked_out_once_a_document_and_freed_with_the_analysis():
    from audit.detectors import capitalization
    from audit.document import Document, RULE_VIEWS
    text = "Officials Meet In Beijing To Discuss Growth\nThe ministry said growth was steady.\n"
    doc = Document.from_text(text)
    assert capitalization.TITLE_LINES in RULE_VIEWS
    first, second = doc.line_at(0), doc.line_at(text.index("The ministry"))
    assert capitalization.title_line(doc, {}, *first) is True
    assert capitalization.title_line(doc, {}, *second) is False
    assert doc.cache[capitalization.TITLE_LINES] == {first: True, second: False}
    doc.cache[capitalization.TITLE_LINES][first] = False  # a second rule's memo reads the document's answer
    assert capitalization.title_line(doc, {}, *first) is False
    assert capitalization.title_line(doc, {first[0]: True}, *first) is True  # the rule's own memo first
    doc.drop_analysis()
    assert capitalization.TITLE_LINES not in doc.cache
