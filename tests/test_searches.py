"""``audit.searches.search_once`` (issue 13, forty-seventh round): a window's search, asked by
several rules, made once a text, with the answer of the pattern's own search."""
import re

from audit import searches

PATTERN = re.compile(r"\b(?:rose|fell)[ ]$")


def test_the_answer_of_the_search_made_once():
    text = "Sales rose 12 percent while costs fell 3 percent."
    windows = [(0, 11), (0, 39), (5, 11), (0, len(text)), (20, 20)]
    for lo, hi in windows:
        got = searches.search_once(PATTERN, text, lo, hi)
        plain = PATTERN.search(text, lo, hi)
        assert (got and got.span()) == (plain and plain.span())
    first = searches.search_once(PATTERN, text, 0, 11)
    assert first.group() == "rose " and searches.search_once(PATTERN, text, 0, 11) is first
    # another pattern, the same window: its own search
    assert searches.search_once(re.compile(r"Sales"), text, 0, 11).group() == "Sales"


def test_another_text_is_searched_for_itself():
    a, b = "Output rose 5 percent.", "Output fell 5 percent."
    assert searches.search_once(PATTERN, a, 0, 12).group() == "rose "
    assert searches.search_once(PATTERN, b, 0, 12).group() == "fell "
    assert searches.search_once(PATTERN, a, 0, 12).group() == "rose "

