"""``audit.spans``: the overlap test and the needle places answer as the scans they replace."""
import random

import pytest

from audit.spans import Occurrences, SpanSet


def _brute_overlaps(spans, a, b):
    return any(a < e and s < b for s, e in spans)


@pytest.mark.parametrize("seed", range(20))
def test_span_set_answers_as_a_scan_of_every_span(seed):
    rng = random.Random(seed)
    spans = [(s, s + rng.randint(0, 30)) for s in (rng.randint(0, 300) for _ in range(rng.randint(0, 25)))]
    taken = SpanSet([(s, e, "entry") for s, e in spans[:10]])  # (start, end, ...) as the detectors keep them
    held = list(spans[:10])
    for s, e in spans[10:]:
        taken.add(s, e)
        held.append((s, e))
        for _ in range(30):
            a = rng.randint(-5, 340)
            b = a + rng.randint(0, 40)
            assert taken.overlaps(a, b) == _brute_overlaps(held, a, b), (held, a, b)
    assert len(taken) == len(held)


def test_span_set_edges():
    taken = SpanSet()
    assert not taken.overlaps(0, 10)
    taken.add(5, 10)
    assert taken.overlaps(9, 20) and taken.overlaps(0, 6) and taken.overlaps(6, 7)
    assert not taken.overlaps(10, 20) and not taken.overlaps(0, 5)
    taken.add(100, 400)  # a long span: a query far after its start still reads it
    assert taken.overlaps(399, 500) and not taken.overlaps(400, 500)


@pytest.mark.parametrize("needle", [". ", "\n", "? ", "aa"])
def test_occurrences_answer_as_find_and_rfind(needle):
    rng = random.Random(needle)
    text = "".join(rng.choice(["a", "aa", ". ", "\n", "? ", "b", " "]) for _ in range(300))
    places = Occurrences(text, needle)
    for pos in range(len(text) + 3):
        assert places.rfind(pos) == text.rfind(needle, 0, pos), pos
        assert places.find(pos) == text.find(needle, pos), pos
    assert Occurrences("", needle).rfind(0) == -1 and Occurrences("", needle).find(0) == -1


@pytest.mark.parametrize("needle", ['"', "“", ". "])
def test_occurrences_count_as_str_count(needle):
    rng = random.Random(needle)
    text = "".join(rng.choice(['"', "“", "”", ". ", "a", "\n"]) for _ in range(200))
    places = Occurrences(text, needle)
    for start in range(0, len(text) + 2, 3):
        for end in range(start - 2, len(text) + 2, 5):
            assert places.count(start, end) == text.count(needle, start, max(end, 0) if end >= 0 else 0), (start, end)


def test_quotation_test_on_a_long_text_answers_as_on_a_short_one():
    """grammar._in_quotation_dialect reads stored places in a long text: the answer of the
    line-by-line count at every position."""
    from audit.detectors import grammar

    def by_count(text, pos):
        line_start = text.rfind("\n", 0, pos) + 1
        before = text[line_start:pos]
        return (before.count("\"") % 2 == 1) or (before.count("“") > before.count("”"))

    rng = random.Random(7)
    text = "".join(rng.choice(['"', "“", "”", " he said ", "\n", "They is here. "]) for _ in range(5000))
    assert len(text) >= grammar._LONG_TEXT
    for pos in range(0, len(text), 7):
        assert grammar._in_quotation_dialect(text, pos) == by_count(text, pos), pos


def test_last_before_is_rstrip_of_the_prefix():
    from audit.detectors.pronoun_paragraph import _last_before

    line = " a.\u00a0 \t“ b \u2003"
    for end in range(len(line) + 1):
        assert _last_before(line, end) == line[:end].rstrip()[-1:], end
