"""Pattern rules on long texts (``screen.local_finditer``): the pattern is tried only where the
re2 form ``screen.compiled_from_start`` says an attempt may match, and must find exactly the
matches of a finditer over the whole text: on the corpora and clean sets, each text alone and
all of them joined into one long text, on the rule's examples and on random texts made of the
words of its examples (``rule_helpers.same_matches``). Each rule is compared on the stories, its
own examples and the examples of one rule in eight (``rule_helpers.RuleTexts``)."""

import glob
import os

import pytest
from hypothesis import given, settings, strategies as st

from audit import load_rules
from audit.detectors import pattern, screen
from rule_helpers import ROOT, RuleTexts, SharedDocuments, joined_texts, same_matches

CATALOG = load_rules()
PATTERN_RULES = [r for r in CATALOG.rules if r.type == "pattern" and r.state.get("window") is None]
HAS_RE2 = screen._re2 is not None
pytestmark = pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")


def _more_texts():
    """The WRITE split's MT texts and two clean sets of news."""
    folders = [os.path.join(ROOT, "tests", "corpus", name) for name in ("heldout", "heldout5")]
    folders += [os.path.join(ROOT, "benchmarks", "data", name) for name in ("clean_fresh60",)]
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
            with open(path, encoding="utf-8") as fh:
                yield fh.read()


MORE = list(_more_texts())
# each rule's short texts: the stories, the seeds, its examples, a sample of the other rules'
# examples and MORE; the texts of the detector modules' patterns, which have no examples: the
# shared ones
RULE_TEXTS = RuleTexts(PATTERN_RULES, more=MORE)
TEXTS = RULE_TEXTS.shared
# the second long text: MORE joined by spaces (each rule's first is its other short texts joined)
LONG_MORE = " ".join(MORE)


def _long(rule):
    """The rule's short texts but MORE joined into one long text."""
    return "\n\n".join(RULE_TEXTS.texts(rule, more=False))


def _plain(rule):
    compiled = rule.state["re"].compiled()
    return lambda text: [(m.span(), m.groups()) for m in compiled.finditer(text, timeout=60)]


def _local(rule):
    # as the ``pattern`` detector calls it: re2 asked again after every failed attempt
    compiled, starts = rule.state["re"].compiled(), _starts(rule)

    def found(text):
        return [(m.span(), m.groups())
                for m in screen.local_finditer(compiled, starts, text, screen.screen_text(text), 0, 60,
                                               short_range=screen.PATTERN_SHORT_RANGE)]
    return found


def _starts(rule):
    re_ = rule.state["re"]
    if not pattern._may_start_late(re_):
        return None
    return screen.compiled_from_start(re_.pattern_text, re_.flags)


LOCAL_RULES = [r for r in PATTERN_RULES if _starts(r) is not None]


def test_most_pattern_rules_are_screened_locally():
    assert len(LOCAL_RULES) >= len(PATTERN_RULES) * 3 // 4


# each rule's matches in LONG_MORE, found locally and by a plain finditer, as the test of one long
# text found them: the count of matches further down compares and counts them again instead of
# running every rule over the text again
_ON_LONG = {}


def _kept_on_long(rule, way, find):
    def found(text):
        if text is not LONG_MORE:
            return find(text)
        if (rule.id, way) not in _ON_LONG:
            _ON_LONG[(rule.id, way)] = find(text)
        return _ON_LONG[(rule.id, way)]
    return found


# Each short text alone is compared through ``pattern.detect`` further down (the same
# ``screen.local_finditer`` call, the plain path for reference:
# test_detect_is_the_same_on_each_short_text); here the match objects' spans and groups are
# compared on the short texts joined into one long text.
@pytest.mark.parametrize("rule", LOCAL_RULES, ids=lambda r: r.id)
def test_same_matches_on_one_long_text(rule):
    same_matches([_long(rule), LONG_MORE], _kept_on_long(rule, "local", _local(rule)),
                 _kept_on_long(rule, "plain", _plain(rule)))


def test_the_long_texts_hold_matches():
    found = sum(same_matches([LONG_MORE], _kept_on_long(rule, "local", _local(rule)),
                             _kept_on_long(rule, "plain", _plain(rule))) for rule in LOCAL_RULES)
    assert found >= 50


def _pieces(rule):
    words = set()
    for kind in ("flag", "pass"):
        for ex in rule.examples[kind]:
            words.update(ex.text.split())
    return sorted(words) + [",", ".", "\n", "\"", "1", "25", "%"]


@pytest.mark.parametrize("rule", LOCAL_RULES, ids=lambda r: r.id)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_same_matches_on_random_text(rule, data):
    text = data.draw(joined_texts(_pieces(rule)))
    same_matches([text], _local(rule), _plain(rule))


# the long text as a document: one read with the local screen (the default), one with it off,
# each shared by every rule as a check shares a document among the catalog's rules (its screen
# text and prefilter strings worked out once, not twice per rule)
LONG_DOCS = SharedDocuments([LONG_MORE])


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_detect_is_the_same_on_a_long_text(rule, monkeypatch):
    text = LONG_MORE
    (doc,) = LONG_DOCS("local")
    local = list(pattern.detect(doc, rule.state))
    monkeypatch.setattr(screen, "PATTERN_LOCAL_MIN_CHARS", len(text) + 1)
    (whole,) = LONG_DOCS("whole text")
    # the reference search over the whole text is the slow way the screen replaces: it gets time
    # enough to finish on a slow machine (the rule's own 0.5 s is what a check spends, and the
    # screened search above keeps it); this test compares hits, it times nothing
    plain = list(pattern.detect(whole, _reference_state(rule)))
    assert local == plain


_REFERENCE_TIMEOUT = 30.0


def _reference_state(rule):
    """The rule's state for a search without the local screen, the reference of these tests:
    time enough to finish on a slow machine (``_REFERENCE_TIMEOUT``)."""
    return dict(rule.state, timeout=_REFERENCE_TIMEOUT)


def _hits_of_each(state, docs):
    return [list(pattern.detect(doc, state)) for doc in docs]


# each rule's hits on its short texts with the local screen on (the default), as the test below
# found them: the count of hits further down reads them instead of running every rule again
_LOCAL_HITS = {}


def _local_hits(rule):
    if rule.id not in _LOCAL_HITS:
        docs = RULE_TEXTS.docs(rule, "local")
        assert screen.PATTERN_LOCAL_MIN_CHARS <= min(len(doc.text) for doc in docs)
        _LOCAL_HITS[rule.id] = _hits_of_each(rule.state, docs)
    return _LOCAL_HITS[rule.id]


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_detect_is_the_same_on_each_short_text(rule, monkeypatch):
    # a pattern rule tries its pattern only where an attempt may match in a text of any
    # length (``screen.PATTERN_LOCAL_MIN_CHARS``): each story and example alone, as a check reads them
    local = _local_hits(rule)
    monkeypatch.setattr(screen, "PATTERN_LOCAL_MIN_CHARS", max(map(len, RULE_TEXTS.texts(rule))) + 1)
    # the unscreened reference gets time enough on a slow machine, as on the long text above
    assert local == _hits_of_each(_reference_state(rule), RULE_TEXTS.docs(rule, "whole text"))


def test_the_short_texts_hold_hits():
    # the comparison above is of findings, not of empty lists
    assert sum(len(hits) for rule in PATTERN_RULES for hits in _local_hits(rule)) >= 200


def test_the_costly_path_falls_back_to_one_finditer(monkeypatch):
    # every attempt counted as costly: the rest is one finditer from the current position
    monkeypatch.setattr(screen, "_ALLOWANCE_NS", -1)
    for rule in LOCAL_RULES[:20]:
        same_matches([_long(rule)], _local(rule), _plain(rule))


@pytest.mark.parametrize("regex_text, text", [
    (r"(?<=\d )times\b", "3 times 4 times x times"),           # a lookbehind at the start, dropped
    (r"\b(\w+) \1\b", "the the cat cat sat sat on"),          # a back reference
    (r"(?i)\b(ab) (?-i:\1)", "ab AB ab ab Ab ab"),             # a reference of unknown case: empty
    (r"a*", "baaab aa"),                                      # empty matches: one finditer does the rest
    (r"x\Ky+", "xyy y xy"),                                   # \K: the attempt starts before the match
])
@pytest.mark.parametrize("short_range", [0, 1, 32])  # the pattern detector's, one, the default
def test_same_matches_on_constructs(regex_text, text, short_range):
    import regex
    compiled = regex.compile(regex_text)
    starts = screen.compiled_from_start(regex_text, 0)
    assert starts is not None
    long = (text + " ") * 40
    for t in (text, long):
        local = [(m.span(), m.groups())
                 for m in screen.local_finditer(compiled, starts, t, screen.screen_text(t), 0, 60,
                                                short_range=short_range)]
        assert local == [(m.span(), m.groups()) for m in compiled.finditer(t)]


SCREENED = [s for _p, s in screen._SCREENED.values()]


def test_detector_modules_have_screened_patterns():
    assert len(SCREENED) >= 50


@pytest.mark.parametrize("index", range(len(SCREENED)))
def test_screened_scans_of_a_long_text_are_the_same(index):
    # a detector module's pattern (``screen.Screened``): on a long text its finditer tries the
    # pattern only where an attempt may match
    screened = SCREENED[index]
    assert len(LONG_MORE) >= screen.LOCAL_MIN_CHARS
    same_matches([LONG_MORE], lambda t: [(m.span(), m.groups()) for m in screened.finditer(t)],
                 lambda t: [(m.span(), m.groups()) for m in screened.compiled.finditer(t)])


# each screened pattern's matches in each short text by a plain finditer (the reference the
# three allowances below are compared with, and what the count after them counts), worked out
# once per pattern: only the texts it matches in are kept
_PLAIN_SCANS = {}


def _plain_scan(index):
    """The plain finditer of ``SCREENED[index]`` as a function of a short text."""
    if index not in _PLAIN_SCANS:
        compiled = SCREENED[index].compiled
        _PLAIN_SCANS[index] = {t: found for t in TEXTS
                               if (found := [(m.span(), m.groups()) for m in compiled.finditer(t)])}
    kept = _PLAIN_SCANS[index]
    return lambda t: list(kept.get(t, ()))


@pytest.mark.parametrize("allowance", [None, 0, 10 ** 12])
@pytest.mark.parametrize("index", range(len(SCREENED)))
def test_screened_scans_of_each_short_text_are_the_same(index, allowance, monkeypatch):
    # on a text shorter than LOCAL_MIN_CHARS the pattern is tried only where an attempt may
    # match too, with a start-up allowance in proportion to the text (the default), none (one
    # finditer after the first attempt) or one that is never used up
    if allowance is not None:
        monkeypatch.setattr(screen, "SHORT_ALLOWANCE_PER_CHAR_NS", allowance)
    screened = SCREENED[index]
    texts = TEXTS
    assert max(map(len, texts)) < screen.LOCAL_MIN_CHARS
    same_matches(texts, lambda t: [(m.span(), m.groups()) for m in screened.finditer(t)], _plain_scan(index))


def test_the_short_texts_hold_matches_of_the_screened_patterns():
    texts = TEXTS
    found = sum(len(_plain_scan(index)(t)) for index in range(len(SCREENED)) for t in texts)
    assert found >= 1000


@pytest.mark.parametrize("regex_text", [r"(?<=\bin )(\w+) \1", r"(?<![\w-])(?i:(ab))c\1", r"\b(\w+)[ ]+and"])
def test_the_two_kept_tables_answer_as_wider_does(regex_text):
    """One class keeps both tables of ``wider``'s answers: each answers as ``wider`` with its
    own ``behind_as_text``, under its own name (saving one table prunes others of its name)."""
    assert screen._WIDER.get(regex_text, 0) == screen.wider(regex_text, 0)
    assert screen._WIDER_FROM_START.get(regex_text, 0) == screen.wider(regex_text, 0, behind_as_text=False)
    assert screen._WIDER._NAME != screen._WIDER_FROM_START._NAME


def test_an_unknown_back_reference_matches_as_little_as_it_can_from_the_start():
    # the group compares case-insensitively, the reference does not: its text is not known
    regex_text = r"(?i:(ab))c\1"
    assert screen.wider(regex_text).endswith("(?s:.*)")
    assert screen.wider(regex_text, behind_as_text=False).endswith("(?s:.*?)")


def test_a_locally_screened_rule_needs_no_second_screen(monkeypatch):
    """A rule tried only where its re2 form from the start matches reads that one form: the
    screen of ``screen.first_start`` (a second re2 program) is neither compiled nor searched,
    and the hits are those found with it (``_local_hits``, the default path: compared with the
    whole-text path above)."""
    rules = [r for r in PATTERN_RULES if r.state.get("window") is None
             and screen.compiled_from_start(r.state["re"].pattern_text, r.state["re"].flags) is not None]
    assert len(rules) >= 200

    def no_screen(*args, **kwargs):
        raise AssertionError("first_start asked")

    expected = {rule.id: _local_hits(rule) for rule in rules[:40]}
    monkeypatch.setattr(screen, "first_start", no_screen)
    for rule in rules[:40]:
        assert _hits_of_each(rule.state, RULE_TEXTS.docs(rule, "no second screen")) == expected[rule.id], rule.id
    assert sum(len(hits) for found in expected.values() for hits in found)
