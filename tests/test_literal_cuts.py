"""``mt-literal-rendering``'s cuts of issue 13 (speed33a) give what the plain readings gave:

- ``literal._allowed`` tries at each word of the window only the allowed expressions that open
  with its stem (``_allow_by_first``), against every expression at every word;
- ``literal._halves_matches`` reads a pair of clauses first for the entries that can give a
  kept match only (``_halves_entries``), and takes the pair's words from the clauses' words,
  against reading every pair that ``_halves_entries`` keeps (some entry) in full, words listed anew.

- ``literal._candidates`` of a clause with a few entries to read (speed36a) reads them entry by
  entry (``_candidates_of_few``), against each pair of words read through ``_shared_entries``.

Compared on the project's texts and on random texts built of the pieces the readings turn on.
"""
import glob
import os
import random

import pytest

from audit import load_rules
from audit.detectors import literal
from audit.document import Document
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout9", "tests/corpus/clean",
           "benchmarks/data/clean_large")


@pytest.fixture(scope="module")
def state():
    return next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering").state


def _texts():
    return [open(p, encoding="utf-8").read() for sub in FOLDERS for p in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt")))]


def _allowed_plain(text, s, e, allow):
    """``_allowed`` as it was: every expression tried at every word of the window."""
    lo, hi = max(0, s - 80), min(len(text), e + 80)
    window = text[lo:hi].lower().replace("’", "'")
    toks = [(lo + m.start(), lo + m.end(), literal.stem(m.group())) for m in literal._ALLOW_WORD.finditer(window)]
    for a in allow:
        words = a.split()
        n = len(words)
        for i in range(len(toks) - n + 1):
            if toks[i][0] < e and s < toks[i + n - 1][1] and [t[2] for t in toks[i:i + n]] == words:
                return True
    return False


ALLOW_PIECES = ("naked eye eyes Naked the for benefit of benefits tens thousands ten hundreds of years clear "
                "waters and green mountains mountain water fish fishing in troubled waters it's its ’s don’t "
                "Eye-catching 2025 , . — \n").split(" ")


def test_allowed_is_every_expression_at_every_word(state):
    rng = random.Random(41)
    allows = [state["allow"], tuple(state["allow"])[:5], list(state["allow"]),
              (literal._normal("naked eye"), literal._normal("the naked eye"), literal._normal("eye")),
              (literal._normal("fish in troubled waters"), literal._normal("..."))]  # the last: an expression of no word
    assert allows[-1][-1].split() == []
    found = 0
    for _ in range(1500):
        text = pieced_text(rng, ALLOW_PIECES, (" ", " ", "", "  ", "'"), 1, 40)
        for _ in range(4):
            s = rng.randrange(len(text) + 1)
            e = min(len(text), s + rng.randint(0, 30))
            for allow in allows:
                expected = _outcome(_allowed_plain, text, s, e, allow)
                assert _outcome(literal._allowed, text, s, e, allow) == expected, (text, s, e, allow)
                found += expected is True
    assert found > 500


def _window_plain(text, lo, hi):
    """The window's words as ``_allowed`` read them before: the window lowered and tokenised anew."""
    window = text[lo:hi].lower().replace("’", "'")
    return [(lo + m.start(), lo + m.end(), literal.stem(m.group())) for m in literal._ALLOW_WORD.finditer(window)]


def test_window_words_are_the_windows_own():
    # the words of the whole text, found once, cut at the window's edges: the window's own words,
    # also where an edge cuts a word and where lower case lengthens the text ("İ")
    rng = random.Random(40)
    pieces = ALLOW_PIECES + ["İstanbul", "ÉTÉ", "Σ", "waters’"]
    for _ in range(1500):
        text = pieced_text(rng, pieces, (" ", " ", "", "  ", "'"), 1, 40)
        for _ in range(4):
            lo = rng.randrange(len(text) + 1)
            hi = min(len(text), lo + rng.randint(0, 60))
            assert literal._window_words(text, lo, hi) == _window_plain(text, lo, hi), (text, lo, hi)


def test_a_text_is_tokenised_once_however_many_spans(state):
    # the work of _allowed's words: one tokenising of the text, at 50 spans as at 2,000
    unit = "They cleared the waters and green mountains for the benefit of tens of thousands. "
    for repeats in (50, 2000):
        text = unit * repeats
        literal._text_words.cache_clear()
        for k in range(repeats):
            s = k * len(unit) + 12
            literal._allowed(text, s, s + 30, state["allow"])
        info = literal._text_words.cache_info()
        assert (info.misses, info.hits) == (1, repeats - 1)


def _outcome(fn, *args):
    """What ``fn(*args)`` gives, or the kind of error it raises (an expression of no word makes
    the plain reading index past the window's words: the same error either way)."""
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - compared, not hidden
        return type(exc).__name__


def test_allowed_on_the_corpora_at_every_clause(state):
    found = asked = 0
    for text in _texts()[:200]:
        for s, e in ((m.start(), m.end()) for m in literal._CLAUSE.finditer(text)):
            expected = _allowed_plain(text, s, e, state["allow"])
            assert literal._allowed(text, s, e, state["allow"]) == expected, text[s:e]
            found += expected
            asked += 1
    assert asked > 5000 and found > 3


def _halves_plain(text, state, index, clauses, found):
    """``_halves_matches`` as it was: each pair ``_halves_entries`` keeps (some entry) read in full."""
    out = []
    spans = [(c[0], c[1]) for c in clauses]
    screens = literal._screens(index, state) if index.known else ()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if not literal._HALF_JOIN.fullmatch(text, e1, s2) or literal._HALF_COORDINATED.match(text, s2):
            continue
        if any(s1 < fe and fs < e2 for fs, fe, _ in found + out):
            continue
        toks = literal._TOKEN.findall(text, s1, e2)
        left = len(literal._TOKEN.findall(text, s1, e1))
        if left > literal._HALF_CLAUSE_WORDS or len(toks) - left > literal._HALF_CLAUSE_WORDS:
            continue
        if screens and not literal._screened_any(toks, state, index, screens):
            continue
        if not literal._halves_entries(toks, left, index):
            continue
        for a, b, entry in literal._clause_matches(text, s1, e2, state, index)[0]:
            if (len(entry.simplified) == 4 and a < e1 and s2 < b
                    and len(literal._TOKEN.findall(text, a, e1)) <= literal._HALF_WORDS
                    and len(literal._TOKEN.findall(text, s2, b)) <= literal._HALF_WORDS
                    and literal._halves_rendered(text, a, e1, s2, b, entry, state, index)):
                out.append((a, b, entry))
                break
    return out


def _spans(matches):
    return [(a, b, entry.simplified) for a, b, entry in matches]


def test_halves_the_same_as_reading_each_pair_in_full_on_the_corpora(state):
    index = literal.load_index()
    rule = next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering")
    examples = [ex.text for kind in ("flag", "pass") for ex in rule.examples[kind]]
    examples += ["When the rabbits die, the hounds are cooked.", "They said that when the rabbits die, the hounds are cooked, "
                 "and then left. When the rabbits die , the hounds are cooked."]
    found = 0
    for text in _texts() + examples:
        clauses = Document.from_text(text).analysis.clauses
        expected = _spans(_halves_plain(text, state, index, clauses, []))
        assert _spans(literal._halves_matches(text, state, index, clauses, [])) == expected, text[:200]
        bare = [c[:2] for c in clauses]  # clauses without their words: the words listed anew
        assert _spans(literal._halves_matches(text, state, index, bare, [])) == expected, text[:200]
        found += len(expected)
    assert found > 0


HALF_PIECES = ("when the rabbits die", "the hounds are cooked", "When the rabbits die", "the rabbits are cooked",
               "when the hounds die", "rabbits die", "hounds cooked", "the Hounds are cooked", "and the hounds are cooked",
               "kill the chicken", "scare the monkey", "draw a snake", "add feet", "he said on Monday", "the", "and",
               "but", "cooked", "die")


def test_halves_the_same_on_random_texts_of_halves(state):
    rng = random.Random(43)
    index = literal.load_index()
    found = 0
    for _ in range(600):
        text = pieced_text(rng, HALF_PIECES, (", ", ", ", " ", ",", "\u00a0,\u00a0", ". ", " , "), 2, 12)
        clauses = Document.from_text(text).analysis.clauses
        expected = _spans(_halves_plain(text, state, index, clauses, []))
        assert _spans(literal._halves_matches(text, state, index, clauses, [])) == expected, text
        found += len(expected)
    assert found > 5


def _series_plain(text):
    return [m.span() for m in literal._SERIES.finditer(text)], [m.span() for m in literal._WORD_LIST.finditer(text)]


def _series_at_commas(text):
    commas = literal._comma_words(text)
    return ([m.span() for m in literal._matches_at(literal._SERIES, text, [p for starts in commas for p in starts[:-1]])],
            [m.span() for m in literal._matches_at(literal._WORD_LIST, text, [starts[-1] for starts in commas])])


SERIES_PIECES = ("people", "supreme", "life", "Life", "first", "and", "or", "urgent", "difficult", "worrying", "longing",
                 "9x", "x9", "_a", "x-y", "-x", "it's", "'s", "é", "éa", "aé", "Z", "a", ",", ",,", "(", ")", "\n", ".",
                 "people supreme", "and people", "a b c d e")


def test_series_at_commas_is_finditer_on_random_texts():
    rng = random.Random(47)
    found = 0
    for _ in range(6000):
        text = pieced_text(rng, SERIES_PIECES, (" ", " ", " ", ", ", ", ", ",", "", "  ", "\u00a0", ", and "), 1, 30)
        expected = _series_plain(text)
        assert _series_at_commas(text) == expected, text
        found += len(expected[0]) + len(expected[1])
    assert found > 2000


def test_series_at_commas_is_finditer_on_the_corpora():
    found = 0
    for text in _texts():
        expected = _series_plain(text)
        assert _series_at_commas(text) == expected, text[:200]
        found += len(expected[0]) + len(expected[1])
    assert found > 1000


def _candidates_plain(content, index, among):
    """``_candidates`` as it was for a given ``among``: each pair of words read through
    ``_shared_entries`` (the two words' ``_stem_bits`` ANDed)."""
    found = set()
    if not among:
        return found
    for a, ta in enumerate(content):
        for b in range(a + 1, min(len(content), a + 3)):
            for k in literal._shared_entries(index, ta, content[b], among):
                found.add((k, a))
    return found


def _clause_amongs(content, index, rng):
    """The entry sets ``_clause_results`` hands ``_candidates`` for a clause, and wider ones: the
    entries three of its stems use, and random entries any of its words' characters reach."""
    stems = {t.stem for t in content if not t.name}
    three = literal._three_entries(stems, index)
    tables = literal._tables(index)
    reach = 0
    for t in content:
        reach |= literal._stem_bits(index, tables, t)
    bits = []
    while reach and len(bits) < 40:
        low = reach & -reach
        bits.append(low)
        reach ^= low
    picked = 0
    for bit in rng.sample(bits, min(len(bits), rng.randint(1, 10))):
        picked |= bit
    return [three, picked, three | picked]


@pytest.mark.parametrize("phrases", [False, True])
def test_candidates_entry_by_entry_on_the_corpora(state, phrases):
    rng = random.Random(36)
    index = literal.load_index(set_phrases=phrases)
    rule_state = state["phrase_state"] if phrases else state
    found = asked = few = 0
    for text in _texts():
        for s, e in ((m.start(), m.end()) for m in literal._CLAUSE.finditer(text)):
            content = literal._content_tokens(text, s, e, index, rule_state)
            if len(content) < 2:
                continue
            for among in _clause_amongs(content, index, rng):
                expected = _candidates_plain(content, index, among)
                assert literal._candidates_of_few(content, index, among) == expected, text[s:e]
                assert literal._candidates(content, index, among) == expected, text[s:e]
                found += len(expected)
                asked += 1
                few += 0 < among.bit_count() <= literal._FEW_ENTRIES
    assert asked > 5000 and found > 1000 and few > 1000


def test_a_span_in_context_assigns_its_words_once(state, monkeypatch):
    # the four tests of _accept_in_context that read the words' units share one _assign (it was
    # worked out once in each)
    rule = next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering")
    text = " ".join(e.text.replace("\n", " ") for e in rule.examples["flag"]) + " "
    expected = [(h.start, h.end) for h in rule.detect(Document.from_text(text))]
    real_assign, real_accept = literal._assign, literal._accept_in_context
    assigns, per_span = [], []
    monkeypatch.setattr(literal, "_assign", lambda *a: assigns.append(1) or real_assign(*a))
    real_cover = literal._cover

    def cover(*args):  # _leaves_one_out's own reading (``_cover``) is not counted
        before = len(assigns)
        found = real_cover(*args)
        del assigns[before:]
        return found
    monkeypatch.setattr(literal, "_cover", cover)

    def accept(*args):
        before = len(assigns)
        found = real_accept(*args)
        per_span.append(len(assigns) - before)
        return found
    monkeypatch.setattr(literal, "_accept_in_context", accept)
    assert [(h.start, h.end) for h in rule.detect(Document.from_text(text))] == expected
    assert len(per_span) > 10 and max(per_span) == 1
