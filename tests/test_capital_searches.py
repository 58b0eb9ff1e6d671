"""The capitals modules search for a word the document gives with ``str`` methods instead of a
pattern compiled per word (issue 13, speed33a): each search gives what its pattern gave, on
the project's texts and on random texts built of the patterns' pieces (words, their edges,
commas, spaces, line breaks, marks that a word may hold):

- ``capitalization.said_before``: ``\\b`` + word + ``,?[ \\u00a0]+$`` in the window before a
  word in capitals (``_all_caps``: "really, REALLY");
- ``capitalization.word_then``: a word, spaces and four letters (``_lower_compound``);
- ``capitalization.whole_word_count``: the uses of a word with no character of a word on
  either side, counted as ``findall`` counts them (``capital_shapes.capitals_after_the``,
  ``capital_names.generic_runs``);
- ``capitalization._lower_case_name``: another use of a lower-case word after a lower-case
  word and a space;
- ``capitalization._sentence_start``: the segmenter asked after the other tests, not before;
- ``capitalization._ordinary_forms``: each word's forms in ordinary case, found per word asked
  (speed36b), the forms the whole text's words listed give.
"""
import glob
import os
import random
import re

import pytest

from audit import load_rules
from audit.detectors import capitalization
from audit.document import Document
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _texts():
    for sub in ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/clean", "benchmarks/data/clean_large"):
        for path in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt"))):
            yield Document.from_text(open(path, encoding="utf-8").read()).text


def _said_before_plain(window, low):
    return re.search(r"\b" + re.escape(low) + r",?[ \u00a0]+$", window) is not None


def _word_then_plain(text, word, tail):
    return re.search(r"(?<![\w'’-])" + re.escape(word) + r"[ \u00a0]+" + re.escape(tail), text) is not None


def _count_plain(text, word):
    return len(re.findall(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text))


def _lower_case_name_plain(text, word, pos):
    if not word.isalpha() or capitalization.zipf_cached(word.lower()) >= capitalization._LOWER_NAME_ZIPF:
        return False
    for m in re.finditer(r"(?<=[a-z] )" + re.escape(word) + r"\b", text):
        if m.start() != pos:
            return True
    return False


PIECES = ("really REALLY please PLEASE covid-19 COVID-19 a-b ab xreally really_ réally 9really _really "
          "bilibili vivo Bilibili xvivo vivo9 vivoé dance square squ 'square’ square-dance Care Care Care "
          ", ,, . - ' ’ _ é 9 \u00a0 \n \t").split(" ")
SEPARATORS = (" ", " ", "", "  ", "\u00a0", ", ", "\n")
WORDS = ("really", "please", "covid-19", "a-b", "ab", "bilibili", "vivo", "square", "Care", "Care Care", "squ", "é")


def test_said_before_is_its_pattern_on_random_windows():
    rng = random.Random(33)
    found = 0
    for _ in range(4000):
        window = pieced_text(rng, PIECES, SEPARATORS, 0, 8)
        for low in ("really", "please", "covid-19", "a-b", "ab"):  # words of ``_CAPS`` in lower case
            expected = _said_before_plain(window, low)
            assert capitalization.said_before(window, low) == expected, (window, low)
            found += expected
    assert found > 200


def test_said_before_is_its_pattern_before_the_capitals_of_the_corpora():
    found = asked = 0
    for text in _texts():
        for m in capitalization._CAPS.finditer(text):
            word = m.group(1)
            low = word.lower()
            for lo in (max(0, m.start() - len(word) - 3), max(0, m.start() - 40), 0):
                window = text[lo:m.start()]
                expected = _said_before_plain(window, low)
                assert capitalization.said_before(window, low) == expected, (window, low)
                found += expected
                asked += 1
            # the text before the word, the word said again and a suffix: windows that end in it
            window = text[max(0, m.start() - 20):m.start()] + low + _suffix(m.start())
            expected = _said_before_plain(window, low)
            assert capitalization.said_before(window, low) == expected, (window, low)
            found += expected
    assert asked > 500 and found > 100


def _suffix(n):
    """A suffix chosen by ``n``: a comma or none, spaces of either kind or none, a line break or none."""
    return (",", "")[n % 2] + (" ", "\u00a0", "  ", "")[n % 4] + ("", "\n")[n % 3 == 0]


def test_word_then_is_its_pattern_on_random_texts():
    rng = random.Random(34)
    found = 0
    for _ in range(4000):
        text = pieced_text(rng, PIECES, SEPARATORS, 1, 20)
        for word, tail in (("square", "danc"), ("square", "squa"), ("really", "REAL"), ("vivo", " viv"), ("ab", ""),
                           ("Care", "Care"), ("é", "squ")):
            expected = _word_then_plain(text, word, tail)
            assert capitalization.word_then(text, word, tail) == expected, (text, word, tail)
            found += expected
    assert found > 300


def test_whole_word_count_is_findall_on_random_texts():
    rng = random.Random(35)
    found = 0
    for _ in range(4000):
        text = pieced_text(rng, PIECES, SEPARATORS, 1, 20)
        for word in WORDS:
            expected = _count_plain(text, word)
            assert capitalization.whole_word_count(text, word) == expected, (text, word)
            assert capitalization.whole_word_count(text, word, 2) == min(expected, 2), (text, word)
            found += expected
    assert found > 1000


def test_whole_word_count_counts_overlapping_uses_as_findall_does():
    text = "Care Care Care"
    assert capitalization.whole_word_count(text, "Care Care") == _count_plain(text, "Care Care") == 1


def test_whole_word_count_is_findall_on_the_corpora():
    found = 0
    for text in _texts():
        words = {m.group() for m in re.finditer(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?", text)}
        for word in sorted(words)[:60]:
            expected = _count_plain(text, word)
            assert capitalization.whole_word_count(text, word) == expected, word
            found += expected
    assert found > 1000


def _ordinary_forms_listed(text):
    """``capitalization._ordinary_forms`` as every word of the text listed: the forms each
    lower-case word has (speed36b made them found per word asked)."""
    forms = {}
    for w in set(capitalization._ORDINARY_FORM.findall(text)):
        forms.setdefault(w.lower(), set()).add(w)
    return forms


def _ordinary_forms_agree(text, lows):
    listed, lazy = _ordinary_forms_listed(text), capitalization._ordinary_forms(text)
    for low in lows:
        expected = listed.get(low, ())
        assert set(lazy.get(low, ())) == set(expected), (text, low)
        assert (low in lazy) == (low in listed), (text, low)
        if low in listed:
            assert set(lazy[low]) == listed[low]
    return sum(1 for low in lows if low in listed)


ORDINARY_PIECES = tuple(PIECES) + ("Shenzhen", "SHENZHEN", "shenzhen", "shenZhen", "Shenzhen2", "_shenzhen", "Ab", "a", "A",
                            "\u212a", "K\u212aelvin", "Kelvin", "kelvin", "éShenzhen", "Shenzhené")


def test_ordinary_forms_are_the_listed_forms_on_random_texts():
    rng = random.Random(37)
    found = 0
    lows = ("really", "please", "shenzhen", "ab", "a", "kelvin", "care", "squ", "square", "covid", "vivo", "é", "",
            "k", "a-b", "shenzhen2", "\u212aelvin")
    for _ in range(3000):
        found += _ordinary_forms_agree(pieced_text(rng, ORDINARY_PIECES, SEPARATORS, 1, 20), lows)
    assert found > 1000


def test_ordinary_forms_are_the_listed_forms_on_the_corpora():
    found = 0
    for text in _texts():
        # every word of the text in lower case, and each word in capitals as ``_all_caps`` asks
        lows = {w.lower() for w in re.findall(r"\w+", text)} | {m.group(1).lower() for m in capitalization._CAPS.finditer(text)}
        lows |= {p.lower() for m in capitalization._CAPS.finditer(text) for p in m.group(1).split("-")}
        found += _ordinary_forms_agree(text, sorted(lows))
    assert found > 10000


def test_lower_case_name_is_its_pattern_on_random_texts():
    rng = random.Random(36)
    found = 0
    for _ in range(3000):
        text = pieced_text(rng, PIECES, SEPARATORS, 1, 20)
        for word in ("bilibili", "vivo", "vivoé", "xvivo"):
            for pos in {0, text.find(word), text.rfind(word), len(text) // 2}:
                expected = _lower_case_name_plain(text, word, pos)
                assert capitalization._lower_case_name(text, word, pos) == expected, (text, word, pos)
                found += expected
    assert found > 100


def _sentence_start_before(doc, state):
    """``_sentence_start`` as it was: the segmenter asked before the tests of the word."""
    C = capitalization
    text = doc.text
    for m in C._LOWER_AFTER_STOP.finditer(text):
        pos = m.end()
        if C._ABBREV_BEFORE.search(text[max(0, m.start() - 9):m.start() + 1]):
            continue
        if C._INITIAL_BEFORE.search(text, max(0, m.start() - 2), m.start() + 1):
            continue
        if m.start() and text[m.start() - 1] in ",;:":
            continue
        if C._SIGN_OFF.match(text, pos):
            continue
        if C._LIST_MARK.match(text, pos) and C._SPACES.match(text, doc.line_at(pos)[0], pos).end() == pos:
            continue
        if not C._segmenter_agrees(doc, pos):
            continue
        word = C._LOWER_WORD.match(text, pos).group()
        if C._ROMAN_PAGES.match(text, pos):
            continue
        if re.match(r"[a-z]+[A-Z]", word) or word.lower() in state["allow"]:
            continue
        if _lower_case_name_plain(text, word, pos):
            continue
        yield capitalization.Hit(pos, pos + len(word), word[0].upper() + word[1:], {"word": word})


@pytest.fixture(scope="module")
def sentence_state():
    return next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "lowercase-sentence-start").state


START_PIECES = ("U.S. He said. the end. iPhone. eBay the vivo. vivo and vivo. xiv + 318 pp. 2025. e.g. the Co. in "
                "1. the 2. a b. The mbh/jt \"Why?\" he asked. Ok! yes. (a) ,. x").split(" ")


def test_the_segmenter_asked_last_gives_the_same_findings(sentence_state):
    rng = random.Random(37)
    texts = list(_texts()) + [pieced_text(rng, START_PIECES, (" ", " ", "\n", "  ", ""), 2, 25) for _ in range(1500)]
    found = 0
    for text in texts:
        doc = Document.from_text(text)
        expected = list(_sentence_start_before(doc, sentence_state))
        assert list(capitalization._sentence_start(doc, sentence_state)) == expected, text[:200]
        found += len(expected)
    assert found > 50


def test_a_word_written_capitalised_is_a_places_name():
    # speed36b: ``_lower_name`` counts a document's capitalised places only for a rare word whose
    # capitalised spelling is a CC-CEDICT place: any other word has no count there
    from collections import Counter
    from audit.cedict import chinese_places
    places = chinese_places()
    asked = counted = 0
    for text in _texts():
        written = capitalization._places_written_capitalised(text)
        capitals = Counter(capitalization._CAPITALISED_INSIDE.findall(text))
        for word in set(capitalization._LOWER_CANDIDATE.findall(text)) | set(written):
            title = word[0].upper() + word[1:]
            assert written.get(word, 0) == (capitals[title] if title in places else 0), word
            asked += 1
            counted += written.get(word, 0) > 0
    assert asked > 10000 and counted > 20
