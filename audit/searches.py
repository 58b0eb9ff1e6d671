"""A search of one window of a text, done once however many rules ask it (issue 13, forty-seventh
round). Several figure rules test the words before a percentage with the same pattern ("rose
by" before "12 percent"), each for its own rule: on a 1 MB line of the figure_shares examples,
31,856 searches of 8,849 windows. ``search_once`` keeps each answer for the text it was asked
of (the last two texts), so the others read it back. Only for a search that costs more than
keeping its answer: the same memo for the words before a body's name (3 searches a window on
a 1 MB line of names, 2.4 us each) made those rules slower, not faster."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=2)
def _searches_of(text: str) -> dict:
    """The searches made in ``text`` so far: (pattern, start, end) -> match or None."""
    return {}


def search_once(pattern, text: str, start: int, end: int):
    """``pattern.search(text, start, end)`` (a compiled pattern fixed in the source), searched
    once a text and window: the same match object each time it is asked again."""
    searches = _searches_of(text)
    key = (pattern, start, end)
    if key in searches:
        return searches[key]
    found = searches[key] = pattern.search(text, start, end)
    return found
