"""Scans rewritten for speed give exactly what the scans they replaced gave, on the project's
texts and on random texts built of the patterns' own pieces:

* ``figure_reading.sentences`` and ``pronoun_gender._END``: sentence-end patterns whose
  alternatives each open on one literal character (``re`` then looks for those characters
  instead of trying the pattern at every position);
* ``figure_reading._figure_matches``: ``_FIGURE`` tried only near a run of digits;
* ``figure_agreement._age_hits``: ``_NAME_AGE`` read only in the sentences that hold the comma
  of an age (``_AGE_COMMA``);
* ``figure_dates._duration_hits``: ``_SPAN`` and ``_LATER`` tried only in sentences with a year
  and with the word "year";
* ``figure_agreement._partition_hits`` and ``_owned_hits``: the patterns of a whole and of an
  owned set tried only in sentences with a word each of their matches holds;
* ``grammar._simple_subject`` and ``_quantifier_number``: their patterns tried only where a word
  they open on stands (``_anchored_matches``);
* ``grammar._rest_of_sentence`` and ``grammar._first_end_char``: one search for the first mark
  instead of a search per mark that may run to the end of the text;
* ``grammar._shift_matches``: ``_SHIFT`` run only over the stretches between stops that hold a
  finished time (speed32b);
* ``pronoun_gender._person_patterns``: a sentence holds a match of a person pattern only where
  the pattern's screen lets it match the whole text (speed32b).
"""
import glob
import os
import random
import re

import bisect

from audit.detectors import figure_agreement, figure_dates, figure_reading, grammar, pronoun_gender, screen
from audit.detectors.figures_common import DIGIT
from audit.document import Document
from rule_helpers import pieced_text, same_matches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The patterns as they were before the rewrite.
_OLD_FIGURE_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*[ \u00a0\t]+(?=[\"“‘(]?[A-Z0-9])|[ \t]*\n\s*")
_OLD_PRONOUN_END = re.compile(r"[.!?][\"”’)]*[ \t]+(?=[\"“‘(]?[A-Z0-9])|[ \t]*(?:\r?\n)+[ \t]*")


def _old_sentences(text):
    out, start = [], 0
    for m in _OLD_FIGURE_SENTENCE_END.finditer(text):
        if text[m.start() - 1:m.start()] == "." and figure_reading._ABBREVIATION.search(text, max(0, m.start() - 12), m.start()) \
                and "\n" not in m.group():
            continue
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _old_rest_of_sentence(text, pos):
    ends = [x for x in (text.find(mark, pos) for mark in (". ", "? ", "! ", "\n")) if x >= 0]
    return text[pos:min(ends) if ends else len(text)]


def _old_first_end_char(text, pos):
    return min(x for x in (text.find(ch, pos) for ch in ".!?\n") if x >= 0) if re.search(r"[.!?\n]", text[pos:]) else len(text)


def _same(text):
    """Assert every rewritten scan agrees with the old one on ``text``; the number of matches."""
    assert figure_reading.sentences(text) == _old_sentences(text)
    assert [m.span() for m in pronoun_gender._END.finditer(text)] == [m.span() for m in _OLD_PRONOUN_END.finditer(text)]
    assert [m.span() for m in figure_reading._figure_matches(text, 0, len(text))] == \
        [m.span() for m in figure_reading._FIGURE.finditer(text)]
    for lo, hi in ((3, len(text) - 2), (len(text) // 3, 2 * len(text) // 3)):  # a sentence's bounds, as the figure checks pass them
        if lo < hi:
            assert [m.span() for m in figure_reading._figure_matches(text, lo, hi)] == \
                [m.span() for m in figure_reading._FIGURE.finditer(text, lo, hi)]
    for pos in range(0, len(text), max(1, len(text) // 50)):
        assert grammar._rest_of_sentence(text, pos) == _old_rest_of_sentence(text, pos)
        assert grammar._first_end_char(text, pos) == _old_first_end_char(text, pos)
    # age-or-year-contradicts-story reads ``_NAME_AGE`` only in the sentences with an age's comma
    commas = [m.start() for m in figure_agreement._AGE_COMMA.finditer(text)]
    every, anchored = [], []
    for lo, hi in figure_reading.sentences(text):
        if DIGIT.search(text, lo, hi):
            every += [m.span() for m in figure_agreement._NAME_AGE.finditer(text, lo, hi)]
        i = bisect.bisect_left(commas, lo)
        if i < len(commas) and commas[i] < hi:
            anchored += [m.span() for m in figure_agreement._NAME_AGE.finditer(text, lo, hi)]
    assert anchored == every
    # agreement-closed-subject and quantifier-noun-number try their patterns only at an opening word
    for pattern, openings in ((grammar._SIMPLE_SUBJECT, grammar._SUBJECT_OPENINGS), (grammar._QUANTIFIER_NOUN, grammar._QUANTIFIER_OPENINGS)):
        plain = getattr(pattern, "compiled", pattern)
        assert [m.span() for m in grammar._anchored_matches(pattern, openings, text)] == [m.span() for m in plain.finditer(text)]
    # figure-restated-otherwise tries the patterns of a whole only in sentences with one of their
    # words, and those of an owned set only in sentences with their verb or possessive before a figure
    cues = [m.start() for m in figure_agreement._OWNED_CUE.finditer(text)]
    for lo, hi in figure_reading.sentences(text):
        for pattern, words in figure_agreement._WHOLE_PATTERNS:
            if any(True for _ in pattern.finditer(text, lo, hi)):
                assert any(word in text[lo:hi] for word in words)
        if any(True for p in (figure_agreement._OWNER_HAS, figure_agreement._OWNER_POSS) for _ in p.finditer(text, lo, hi)):
            i = bisect.bisect_left(cues, lo)
            assert i < len(cues) and cues[i] < hi
    # date-arithmetic-does-not-fit tries ``_SPAN`` only in a sentence with a year, ``_LATER`` only
    # in one with the word "year": no match is left out
    for lo, hi in figure_reading.sentences(text):
        if any(True for _ in figure_dates._SPAN.finditer(text, lo, hi)):
            assert figure_dates._YEAR_DIGITS.search(text, lo, hi)
        if any(True for _ in figure_dates._LATER.finditer(text, lo, hi)):
            assert "year" in text[lo:hi].lower()
    return len(figure_reading.sentences(text)) + len(figure_reading.figures(text)) + len(every)


def _texts():
    for sub in ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout6", "tests/corpus/clean",
                "benchmarks/data/clean_large", "benchmarks/data/clean_stress"):
        for path in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt"))):
            text = open(path, encoding="utf-8").read()
            yield text
            yield Document.from_text(text).text


def test_the_same_results_on_the_corpora():
    found = sum(_same(text) for text in _texts())
    assert found > 1000


PIECES = ("The the Mr. Dr. U.S. said . ! ? . . \n \n\n \r\n \r \t   \u00a0 \" “ ” ‘ ’ ' ( ) ] 2020 1,200 3.5 12 "
          "US$ $ HK$ ¥ € £ RMB S$ A$ C$ NT$ 40bn 3m 7k million billion hundred ten thousand to from - – ~ , : / "
          "percent per cent % percentage points yuan dollars tonnes people Hong Kong dollars Li Wang A B Li Hua, 58, aged who is "
          "years old, year 7 45, 110, Year YEARS from between 2016 2021 1998-99 (2001–2005) later took eight "
          "three-year Of of the them 500 companies include comprise made up consist including among whom which : "
          "county's has is home to employs runs now townships factories many Several a few A number of series Dozens of Ten "
          "ten often seven eighteen hundred hundreds plan project policy sector companies are were is has its their This "
          "bits largest new been rising year, Today, 20 very").split(" ")


def test_the_same_results_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(31)
    found = 0
    for _ in range(4000):
        found += _same(pieced_text(rng, PIECES, ("", " ", " ", "\n", "\u00a0"), 1, 40))
    assert found > 4000


def test_the_shapes_they_read():
    text = "Mr. Li paid US$ 5 million. Then 2,300 to 3,100 workers came!\nIt rose 4 percent."
    assert [text[a:b] for a, b in figure_reading.sentences(text)] == [
        "Mr. Li paid US$ 5 million.", "Then 2,300 to 3,100 workers came!", "It rose 4 percent."]
    assert [m.group() for m in figure_reading._figure_matches(text, 0, len(text))] == ["US$ 5 million", "2,300", "3,100", "4"]
    assert grammar._rest_of_sentence("a, b. c", 1) == ", b"
    assert grammar._first_end_char("a, b? c", 0) == 4 and grammar._first_end_char("no end", 0) == 6


def test_the_gated_patterns_match_where_their_words_are():
    for text, pattern in (("Of the 500 companies in the park, 320 are private and the remaining 240 are state-owned.", "_WHOLE_OF"),
                          ("The 3,000 students include 1,800 women and 1,200 men.", "_WHOLE_INCLUDE"),
                          ("It has 600 primary schools, 200 of them in the hills.", "_WHOLE_THEM"),
                          ("In all 1,200 delegates attended, including 800 men and 300 women.", "_WHOLE_LIST"),
                          ("The county has 12 townships.", "_OWNER_HAS"),
                          ("Suzhou's 9,000 factories are busy.", "_OWNER_POSS")):
        assert any(True for _ in getattr(figure_agreement, pattern).finditer(text)), pattern
        _same(text)  # and the gates let them through


def test_the_anchored_grammar_patterns_match_their_shapes():
    for text, pattern in (("It rained. The project are very large.", grammar._SIMPLE_SUBJECT),
                          ("There are many company in the city, with three factory.", grammar._QUANTIFIER_NOUN)):
        plain = getattr(pattern, "compiled", pattern)
        assert [m.span() for m in plain.finditer(text)]
        _same(text)
    assert [m.group(2) for m in grammar._anchored_matches(grammar._QUANTIFIER_NOUN, grammar._QUANTIFIER_OPENINGS,
                                                          "There are many company in the city, with three factory.")] == ["company", "factory"]


# ``grammar._shift_matches`` (speed32b): tense-shift-after-and's sentence pattern run only over
# the stretches between stops that hold a finished time, against its ``finditer`` over the text.
def _shift_spans(text):
    return [m.span() for m in grammar._shift_matches(text)]


def _shift_spans_plain(text):
    return [m.span() for m in grammar._SHIFT.finditer(text)]


def test_tense_shift_matches_the_same_on_the_corpora():
    texts = list(_texts())
    assert same_matches(texts, _shift_spans, _shift_spans_plain) >= 0
    joined = "\n\n".join(texts[::2])  # one long document: the stretches far apart
    assert _shift_spans(joined) == _shift_spans_plain(joined)


SHIFT_SLOTS = (("", "Last week", "last month", "Yesterday", "On Monday", "In 2019", "two years ago", "lastweek"),
               ("", " the mayor", " the city", " officials", " he", " a-b"),
               ("", " toured", " visited", " opened", " is", " inspected"),
               ("", " three villages", " a school", " in 2023", " 5 days ago", " Earlier this year", " yesterday"),
               (" and", ", and", " and then", " and also", " then", ""),
               ("", " the governor", " its new", " he", " in May the", " on 2020 it", " The"),
               (" visits", " announces", " opens", " visited", " visitsx", " meets"),
               ("", " a factory", " next month", " now", " every day", " plans"))
SHIFT_STOPS = (". ", "! ", "? ", "\n", ".\" ", ".” ", " ", "")


def test_tense_shift_matches_the_same_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(43)
    texts = []
    for _ in range(3000):
        sentences = ["".join(rng.choice(slot) for slot in SHIFT_SLOTS).strip() + rng.choice(SHIFT_STOPS)
                     for _ in range(rng.randint(1, 6))]
        texts.append("".join(sentences))
    assert same_matches(texts, _shift_spans, _shift_spans_plain) > 300


# ``pronoun_gender._person_patterns`` (speed32b): a sentence of a text holds a match of a person
# pattern only where the pattern's re2 screen lets it match the whole text.
def _person_pattern_misses(text):
    patterns = pronoun_gender._person_patterns(text)
    found = 0
    for s0, s1 in pronoun_gender._sentences(text):
        for pattern in (pronoun_gender._TITLED, pronoun_gender._APPOSITIVE, pronoun_gender._PRENOUN):
            if screen.unscreened(pattern).search(text[s0:s1]):
                assert pattern in patterns, text[s0:s1]
                found += 1
    return found


def test_person_patterns_screen_the_sentences_of_the_corpora():
    assert sum(_person_pattern_misses(text) for text in _texts()) > 50


PERSON_PIECES = ("Mr Ms Mrs Dr. Mr. Li Hua Wang Fang , 58 , a the farmer mother father woman businesswoman said "
                 "he she her his . ! ? \n \" “ ” Zhang Wei, a retired teacher, said grandmother Liu Min Hong Kong").split(" ")


def test_person_patterns_screen_random_texts_of_the_patterns_pieces():
    rng = random.Random(47)
    found = 0
    for _ in range(3000):
        found += _person_pattern_misses(pieced_text(rng, PERSON_PIECES, ("", " ", " ", " ", "\n", ". "), 1, 30))
    assert found > 300
