"""Where a capitalised word stands inside a sentence, listed once per document and read by the
capitalisation modes that look for one (issue 13, speed41a).

``inside_capitals(doc)``: the offsets of every capital after a letter, a digit or a comma and one
space (``[A-Z](?<=[A-Za-z0-9,][ \\u00a0][A-Z])``), found by one scan that skips to capitals in C.
Seven patterns of the family (``random-capital-word``'s four, ``title-case-common-phrase``'s
two, ``common-word-capitalised-once``'s one) match only at such a capital, or at the lower-case
word before one: each is tried there alone (``matches_at``, ``lower_words_before``) instead of
a scan of the whole text per pattern, and finds what its ``finditer`` finds
(tests/test_capital_patterns41.py). ``runs_with_inner_capitals`` does the same for the words
with a capital inside them that ``case-variant-in-document`` reads.

Pure functions of the text; the offsets are kept in ``doc.cache``, as ``letter_runs`` keeps the
runs of letters, since the engine runs one rule over a batch of documents before the next."""
from __future__ import annotations

from .. import re_programs

_INSIDE_CAPITAL = re_programs.compile(r"[A-Z](?<=[A-Za-z0-9,][ \u00a0][A-Z])")
_KEY = "capitalization-inside-capitals"
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_LETTERS = _LOWER | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAPITAL_AFTER_LETTER = re_programs.compile(r"[A-Z](?<=[A-Za-z][A-Z])")


def inside_capitals(doc) -> tuple:
    """The offsets of the capitals of ``doc.text`` after a letter, a digit or a comma and a
    space or a no-break space, in the text's order; listed once per document."""
    starts = doc.cache.get(_KEY)
    if starts is None:
        starts = doc.cache[_KEY] = tuple(m.start() for m in _INSIDE_CAPITAL.finditer(doc.text))
    return starts


def matches_at(pattern, text, starts):
    """The matches of ``pattern`` in ``text`` that start at one of ``starts`` (in ascending
    order), leftmost first and none overlapping, as ``pattern.finditer(text)`` gives them where
    every match of ``pattern`` starts at one of ``starts`` and none is empty."""
    end = -1
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m:
                end = m.end()
                yield m


def lower_words_before(text, starts):
    """The start of the run of lower-case ASCII letters that ends right before the space before
    each of ``starts`` (a capital after a lower-case word and a space), in ascending order:
    where a pattern that opens with such a word and a space before a capital may match."""
    for start in starts:
        at = start - 1
        while at > 0 and text[at - 1] in _LOWER:
            at -= 1
        if at < start - 1:
            yield at


def runs_with_inner_capitals(text):
    """The start of each run of ASCII letters of ``text`` that holds a capital after its first
    letter ("WeChat", "CATL"), in ascending order, each once: where a pattern for a word with
    a capital inside it (``case_variants._INNER_CASED_WORD``) may match, found from the capitals
    after a letter by one scan that skips to capitals in C."""
    last = -1
    for m in _CAPITAL_AFTER_LETTER.finditer(text):
        at = m.start() - 1
        while at > 0 and text[at - 1] in _LETTERS:
            at -= 1
        if at != last:
            last = at
            yield at


def mostly_capitals(s: str) -> bool:
    """Whether ``s`` is set mostly in capitals (more than 1.5 capital letters per lower-case one):
    a headline, a banner, a notice or a sentence quoted in capitals, where case is a style choice.
    Counted in C: a generator per character is slow."""
    return sum(map(str.isupper, s)) > 1.5 * sum(map(str.islower, s))


# A parliament's forms of address after an honorific adjective, which house style capitalises ("my
# honourable Friend", "the hon. Member", "the noble Lord", "my right hon. and learned Friend").
_HONORIFIC_BEFORE = re_programs.compile(r"\b(?:hon\.|honourable|honorable|noble|learned|gallant)[ \u00a0]+$")
_ADDRESS_NOUNS = frozenset("""friend friends member members lord lords lady ladies gentleman gentlemen baroness baronesses
baron earl countess viscount duke lordship ladyship""".split())


def form_of_address(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``) a noun of address after an honorific adjective ("my honourable
    Friend", "the noble Lord")? Another noun there ("the noble Volunteers") is no form of address."""
    return word.lower() in _ADDRESS_NOUNS and _HONORIFIC_BEFORE.search(text, max(0, start - 24), start) is not None
