"""The capitalisation modes' scans made cheaper (issue 13, speed41a) find exactly what they
found before:

- patterns begun with a lookbehind or a lookahead, which re tried at every character, now begun
  with their first capital (the guard checked after it): the same matches, span for span and
  group for group, as the forms they replace (``case_variants._RUN``,
  ``capitalization._TITLE_RUN``, ``_ANY_TITLE_RUN``, ``_THE_RUN``), and ``name_letters``'s test
  for a word with a capital inside it (``capital_names._INNER_SHAPE``) finds one where the
  alternation it replaces did;
- the patterns that match only at a capital inside a sentence, or at the lower-case word before
  one, tried there alone (``capital_words.matches_at`` over ``inside_capitals``, and
  ``lower_words_before``), give the matches their ``finditer`` gives;
- ``capital_marks.marked`` gives the matches ``finditer`` gives for the patterns after a colon
  and a semicolon;
- ``capitalization._pairs_both_ways`` holds the pairs of capitalised words ``_name_case`` keeps
  (those written both ways), from the distinct pairs;
- ``capital_names._generic_candidate`` and ``case_variants._inner_form_of``, the tests of the
  word alone now made once per distinct word, answer as the tests they replace.

On the clean and development texts, the modes' own examples and random texts of the patterns'
pieces. Nothing is timed here.
"""
import glob
import os
import random
import re
from collections import defaultdict

import pytest

from audit.detectors import capital_marks, capital_names, capital_shapes, capital_words, capitalization, case_variants
from audit.detectors.capital_names import is_pinyin
from audit.document import Document
from audit.zipf import zipf_cached
from rule_helpers import ROOT, pieced_text, same_matches

TEXTS = [
    "Officials said the great wall drew visitors, and premier Li Qiang met farmers in yizhou on tuesday.\n",
    "The firm will install Air Source Heat Pumps in four villages; heat pumps cut bills, said president Xi Jinping.",
    "use Air Source Heat Pumps. the Air Source Heat Pumps, The New Energy Vehicles and four Bird Watching Platforms",
    "Wen Ku met Wen ku and Wen Ku again. the Long March and a long march; Big Bang: big bang",
    "Three goals: Jobs, homes and schools. He said; Many of them came; x;; Aa b; a:: Bb cc",
    "WeChat and Wechat, CATL and Catl, iPhone, McDonald's, HarmonyOS NEXT, eBay Defg hij",
    "theRiver Hills, The Three Gorges Dams are big. Other Three Gorges Dams. 5 Green-Energy Cars",
]
_PIECES = ["a", "an", "the", "The", "Three", "Gorges", "Dams", "Air", "Source", "Heat", "Pumps", "heat", "pumps",
           "Green-Energy", "Wen", "Ku", "ku", "WeChat", "Wechat", "CATL", "iPhone", "USA", "x", "4", "said", ":", ";",
           ",", ".", "-", "'", "’", "&", "é", "É", "Ab", "aB", "ABc", "Thé", "Quickly", "Really", "Step", "By", "step"]


def _corpus_texts():
    paths = []
    for folder in ("tests/corpus/clean", "tests/corpus/heldout5", "tests/corpus/heldout42", "corpus"):
        paths += sorted(glob.glob(os.path.join(ROOT, folder, "*.txt")))[:40]
    return [open(p, encoding="utf-8").read() for p in paths]


def _random_texts(seed, n=3000):
    rng = random.Random(seed)
    return [pieced_text(rng, _PIECES, [" ", " ", "\u00a0", ", ", "", ".", "  ", ": ", "; ", "\n"], 1, 24) for _ in range(n)]


# The patterns as they were written before (their lookbehind or lookahead first).
_BEFORE = [
    (case_variants, "_RUN",
     r"(?<![\w'’&.-])([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \u00a0][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})"
     r"(?![\w'’&–—-])(?![ \u00a0]+[A-Z])"),
    (capitalization, "_TITLE_RUN",
     r"(?=[A-Z])(?<=[a-z0-9,][ \u00a0])((?:[A-Z](?<!\w[A-Z])[a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){1,4}"
     r"[A-Z][a-z]+s)\b(?![ \u00a0]+[A-Z])(?!['’&-])"),
    (capitalization, "_ANY_TITLE_RUN",
     r"(?=[A-Z])(?<=[a-z0-9,][ \u00a0])((?:[A-Z](?<!\w[A-Z])[a-z]+(?:-[A-Za-z][a-z]+)?[ \u00a0]){1,4}"
     r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b(?![ \u00a0]+[A-Z])(?!['’&-])"),
    (capitalization, "_THE_RUN",
     r"(?=[Tt])\b[Tt]he[ \u00a0]+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){1,4}[A-Z][a-z]+s)\b"),
]


def _matches(found):
    return [(m.span(), m.groups()) for m in found]


def _as_finditer(pattern, texts, tried) -> int:
    """Asserts that ``tried(text)`` gives the matches ``pattern.finditer(text)`` gives, span for
    span and group for group, on each of ``texts``; the number of matches found."""
    return same_matches(texts, lambda text: _matches(tried(text)), lambda text: _matches(pattern.finditer(text)))


@pytest.fixture(scope="module")
def corpus():
    return TEXTS + _corpus_texts()


@pytest.mark.parametrize("module,name,old", _BEFORE, ids=[name for _, name, _ in _BEFORE])
def test_capital_first_patterns_match_as_before(module, name, old, corpus):
    new, old = getattr(module, name), re.compile(old)
    assert _as_finditer(old, corpus + _random_texts(name), new.finditer) > 20


def test_inner_shape_found_where_the_alternation_found_one(corpus):
    old = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
    seen = {True: 0, False: 0}
    for text in corpus + _random_texts("inner"):
        has = old.search(text) is not None
        assert (capital_names._INNER_SHAPE.search(text) is not None) == has, text
        seen[has] += 1
    assert seen[True] and seen[False]


@pytest.mark.parametrize("name,mark", [("_AFTER_COLON", ":"), ("_AFTER_SEMICOLON", ";")])
def test_marked_gives_the_matches_of_finditer(name, mark, corpus):
    pattern = getattr(capital_marks, name)
    texts = corpus + _random_texts(name) + ["a : Bb cc", "a  ;  Bb, cc", "a:: Bb cc", "x;; Aa b", "1; Aa b",
                                            " : Aa b", ": Aa b", "a: Aa: Bb c", "a: Aa b: Cc d", "a\u00a0:\u00a0Bb cc"]
    assert _as_finditer(pattern, texts, lambda text: capital_marks.marked(pattern, text, mark)) > 20


def _pairs_kept(text):
    """The pairs ``_name_case`` read before: each pair's spots, those written both ways."""
    found = defaultdict(list)
    for m in capitalization._TITLE_PAIR.finditer(text):
        found[(m.group(1), m.group(2).lower())].append(m.group(2)[0].isupper())
    return {key for key, spots in found.items() if any(spots) and not all(spots)}


def test_pairs_both_ways_are_the_pairs_written_both_ways(corpus):
    both = 0
    for text in corpus + _random_texts("pairs") + ["Wen Ku met Wen ku.", "Wen Ku, Wen Ku", "Wen ku"]:
        kept = capitalization._pairs_both_ways(text)
        assert kept == _pairs_kept(text), text
        both += bool(kept)
    assert both > 3


def test_generic_candidate_answers_as_the_inline_test():
    state = {r.state["mode"]: r.state for r in _capitalization_rules()}["generic_noun"]
    allow, min_zipf = state["allow"], state["min_zipf"]
    words = {m.group(1) for text in TEXTS + _corpus_texts() for m in capital_names._TITLE_WORD.finditer(text)}
    words |= {w.capitalize() for w in list(allow)[:50]} | {"Mayor", "Village", "Teachers", "Xiaomi"}
    for word in words:
        low = word.lower()
        title, institution = low in capital_names._TITLE_WORDS, low in capital_names._INSTITUTION_WORDS
        skipped = (low in allow and not (title or institution) or zipf_cached(low) < min_zipf
                   or not (title or institution or capitalization._common_word(low)))
        assert capital_names._generic_candidate(word, allow, min_zipf) is (not skipped), word
        assert capital_names._generic_verdicts(allow, min_zipf)[word] is (not skipped), word


def test_inner_form_answers_as_the_inline_test():
    words = {m.group(1) for text in TEXTS + _corpus_texts() for m in case_variants._INNER_CASED_WORD.finditer(text)}
    words |= {"WeChat", "CATL", "HONG", "XINHUA", "BYD", "iPhone", "USA"}
    for word in words:
        skipped = not case_variants._camel(word) and (len(word) > case_variants._MAX_ABBREVIATION or is_pinyin(word.lower()))
        assert case_variants._inner_form_of(word) is (not skipped), word


def _capitalization_rules():
    from audit.rules import load_rules
    return [r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.type == "capitalization"]


_AT_INSIDE_CAPITALS = [(capitalization, name) for name in ("_TITLE_INSIDE", "_SHORT_TITLE_INSIDE", "_ADVERB_BEFORE_MARK",
                                                          "_DOUBLED", "_TITLE_RUN", "_ANY_TITLE_RUN")]
_MORE = ["exports Increased by 5 percent, and sales Rose To record levels", "it went Step By Step, Really.",
         "the restaurants will be inspected One By One, said a\u00a0Village Official", "x, Air Source Heat Pumps were",
         "posted at every village Square and tourist site", "4 Bird Watching Platforms", "He rose Quickly; and, Badly.",
         "we met Face To Face, Day After Day; it grew Year On Year and Hand In Hand, x Side\u00a0By\u00a0Side"]


@pytest.mark.parametrize("module,name", _AT_INSIDE_CAPITALS, ids=[name for _, name in _AT_INSIDE_CAPITALS])
def test_patterns_tried_at_inside_capitals_match_as_finditer(module, name, corpus):
    pattern = getattr(module, name)

    def tried(text):
        return capital_words.matches_at(pattern, text, capital_words.inside_capitals(Document(text=text, path="x.txt")))
    assert _as_finditer(pattern, corpus + _MORE + _random_texts(name), tried) > 5


def test_capital_between_tried_at_the_lower_words_before_inside_capitals(corpus):
    pattern = capital_shapes._CAPITAL_BETWEEN

    def tried(text):
        starts = capital_words.lower_words_before(text, capital_words.inside_capitals(Document(text=text, path="x.txt")))
        return capital_words.matches_at(pattern, text, starts)
    texts = corpus + _MORE + _random_texts("between") + ["ab Cdef gh", "éa Bcde f", "a Bcde f", "1a Bcde f", "aa\u00a0Bcde f"]
    assert _as_finditer(pattern, texts, tried) > 50


def test_inner_cased_words_tried_at_the_runs_with_inner_capitals(corpus):
    pattern = case_variants._INNER_CASED_WORD
    texts = corpus + _MORE + _random_texts("inner-cased") + ["WeChat, eBay; x.iPhone @CATL ABc aB", "éWeChat 1aB"]

    def tried(text):
        return capital_words.matches_at(pattern, text, capital_words.runs_with_inner_capitals(text))
    assert _as_finditer(pattern, texts, tried) > 50
    assert list(capital_words.runs_with_inner_capitals("a WeChat, CATL x.iPhone")) == [2, 10, 17]


def test_inside_capitals_are_the_capitals_after_a_word_and_a_space():
    text = "Wen Ku met 4 Bird, Watching (Platforms) and\u00a0Sun. The End\nNew x,Y a  Bc"
    doc = Document(text=text, path="x.txt")
    assert [text[k - 2:k + 1] for k in capital_words.inside_capitals(doc)] == ["n K", "4 B", ", W", "d\u00a0S", "e E"]
    assert capital_words.inside_capitals(doc) is capital_words.inside_capitals(doc)  # listed once a document
    # the lower-case letters before the space ("en" of "Wen": a pattern's own guard refuses it)
    assert list(capital_words.lower_words_before(text, capital_words.inside_capitals(doc))) \
        == [1, text.index("and"), text.index("The") + 1]


def test_the_inside_capitals_offsets_are_freed_with_the_analysis():
    """The offsets ``capital_words.inside_capitals`` keeps in ``doc.cache`` are a view only the
    rules read: ``drop_analysis`` frees them, as it frees the letter runs."""
    from audit.detectors import capital_words
    doc = Document.from_text("Officials said the Rice harvest and the Wheat crop were late.")
    assert capital_words.inside_capitals(doc)
    assert capital_words._KEY in doc.cache
    doc.drop_analysis()
    assert capital_words._KEY not in doc.cache
