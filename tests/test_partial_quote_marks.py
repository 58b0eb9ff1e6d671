"""``pattern.in_partial_quote`` with the text's marks found once (``pattern.QuoteMarks``, used for
long texts) gives the answer of the plain scans at every span of texts full of straight, curly
and single marks, apostrophes and line breaks; and a long one-line document of a rule that skips
partial quotes, with thousands of hits, gets each repeat's spans."""
import random

from audit.detectors.pattern import QuoteMarks, in_partial_quote

PIECES = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "\u2019s", "city\u2019s", "\n", " ", "word", "Word",
          "told the reporter", ".", ",", "healthy and orderly", "a", "?"]


def test_marks_give_the_plain_answers():
    rng = random.Random(39)
    for _ in range(300):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        marks = QuoteMarks(text)
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 12) + 1):
                assert in_partial_quote(text, start, end, marks) == in_partial_quote(text, start, end), (text, start, end)


def test_a_packed_line_is_read_as_each_repeat(catalog):
    # a 100 KB one-line document of a rule that skips partial quotes, with thousands of hits, gets
    # each repeat's spans at each repeat (long texts read the marks once; the time of 1 MB lines
    # is printed by benchmarks/hostile_scaling.py)
    from rule_helpers import read_as_each_repeat, ungated_hits
    rule = catalog.get("mt-chinese-term-heads-39c")
    unit = ('Wang told the reporter, "the city\u2019s left-behind elderly" and \u2018experience spots\u2019 '
            "grow; the provincial finance bears 60%. ")
    assert read_as_each_repeat(lambda text: ungated_hits(rule, text), unit)
