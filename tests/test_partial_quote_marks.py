"""``pattern.in_partial_quote`` with the text's marks found once (``pattern.QuoteMarks``, used for
long texts) gives the answer of the plain scans at every span of texts full of straight, curly
and single marks, apostrophes and line breaks; and a 1 MB one-line document of a rule that skips
partial quotes, with thousands of hits, is read in time that grows with its length."""
import random
import time

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


def test_packed_line_is_linear(catalog):
    from rule_helpers import ungated_hits
    rule = catalog.get("mt-chinese-term-heads-39c")
    unit = ('Wang told the reporter, "the city\u2019s left-behind elderly" and \u2018experience spots\u2019 '
            "grow; the provincial finance bears 60%. ")
    times = []
    for size in (250_000, 1_000_000):
        line = (unit * (size // len(unit) + 1))[:size]
        start = time.perf_counter()
        assert ungated_hits(rule, line)
        times.append(time.perf_counter() - start)
    assert times[1] < 8 * times[0] + 1.0
