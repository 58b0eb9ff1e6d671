"""The re2 screen of pattern rules (``audit/detectors/screen.py``): a wider pattern re2 reads
must match somewhere in every text where the rule's own pattern matches, so that a document
the screen turns away is one the rule finds nothing in. It must never change what a rule finds,
with google-re2 installed or without it."""


import pytest
import regex
from hypothesis import given, settings, strategies as st

from audit import load_rules
from audit.detectors import DETECTORS, check_params, pattern, prefilter, screen
from audit.document import Document
from rule_helpers import RuleTexts, pattern_texts

CATALOG = load_rules()
PATTERN_RULES = [r for r in CATALOG.rules if r.type == "pattern"]
HAS_RE2 = screen._re2 is not None


TEXTS = list(pattern_texts(PATTERN_RULES))
# each rule's texts (the stories, its examples and a sample of the others'); their documents:
# one set read with the re2 screens, one without
RULE_TEXTS = RuleTexts(PATTERN_RULES)


def _screened(pattern_text, flags, text):
    compiled = screen.compiled(pattern_text, flags)
    return compiled is None or compiled.search(screen.screen_text(text)) is not None


# where each rule's own pattern starts a match in each of its texts (a plain finditer, the reference
# of the two screen tests that read it), worked out once per rule, not once per test: only the
# texts it matches in are kept
_STARTS = {}


def _match_starts(rule):
    """(text, [the start of each match of the rule's own pattern]) for each of its texts."""
    texts = RULE_TEXTS.texts(rule)
    if rule.id not in _STARTS:
        compiled = rule.state["re"]
        _STARTS[rule.id] = {n: starts for n, text in enumerate(texts)
                            if (starts := [m.start() for m in compiled.finditer(text)])}
    kept = _STARTS[rule.id]
    return ((text, kept.get(n, [])) for n, text in enumerate(texts))


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_wider_pattern_matches_wherever_the_rule_does(rule):
    compiled = rule.state["re"]
    for text, starts in _match_starts(rule):
        if starts:  # the rule's own pattern matches: compiled.search(text) is not None
            assert _screened(compiled.pattern_text, compiled.flags, text), text[:80]


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_screen_changes_no_finding(rule, monkeypatch):
    screened = [list(pattern.detect(doc, rule.state)) for doc in RULE_TEXTS.docs(rule, "screened")]
    monkeypatch.setattr(screen, "_re2", None)
    monkeypatch.setattr(screen, "_COMPILED", {})
    plain = [list(pattern.detect(doc, rule.state)) for doc in RULE_TEXTS.docs(rule, "without re2")]
    assert screened == plain


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
def test_most_catalog_patterns_have_a_screen():
    sources = [screen.wider(r.state["re"].pattern_text, r.state["re"].flags) for r in PATTERN_RULES]
    assert sum(s is not None for s in sources) >= len(sources) * 3 // 4


@pytest.mark.parametrize("regex_text, flags", [
    (r"\p{Han}+", 0),                 # Unicode properties: the re parser does not read them
    (r"(?:colour){e<=1}", 0),         # fuzzy matching, regex only
    (r"a b", regex.VERBOSE),          # verbose patterns are left alone
    (r"(?x) a b", 0),
])
def test_no_screen(regex_text, flags):
    assert screen.wider(regex_text, flags) is None
    assert screen.may_match(Document.from_text("nothing here"), regex_text, flags)


def test_a_rule_without_a_screen_still_runs():
    state = pattern.prepare({"pattern": r"\p{Han}{2,}", "group": 0, "flags": [], "suggestion": None,
                             "suggestions": {}, "timeout": 0.5})
    hits = list(pattern.detect(Document.from_text("He said 你好 today."), state))
    assert [(h.start, h.end) for h in hits] == [(8, 10)]


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
@pytest.mark.parametrize("regex_text, matches, misses", [
    # a lookahead at the end and a lookbehind at the start are read as text
    (r"(?<=\bfell )-(?=\d)", ["it fell -5"], ["it rose -5", "it fell - 5"]),
    # a lookahead in the middle is dropped, a negative one anywhere
    (r"key(?= )(?! kor) core", ["key core"], ["keycore"]),
    # back references match anything; counted repeats keep their lower bound
    (r"\b(\w+) \1\b", ["the the"], ["the"]),
    (r"\d{2,3}%", ["45%"], ["5%"]),
    # ignorecase: both cases of an ASCII letter, anything beyond ASCII
    (r"(?i)said", ["SAID", "\u017fAID"], ["sad"]),
    (r"[^a-z]x", ["Ax", "\u00e9x"], ["ax"]),
    # a back reference reads as its group; a lookahead before negative ones is still at the end
    (r"\b(?P<adv>further|constant)(?:ly)? \w+ (?P=adv)", ["further push further"], ["further push on"]),
    (r"(?<=[a-z]{2})[,;](?=[A-Za-z]{2})(?![^\s]*@)", ["one,two"], ["one, two", "1,23"]),
])
def test_wider(regex_text, matches, misses):
    for text in matches:
        assert regex.search(regex_text, text) is not None
        assert _screened(regex_text, 0, text), text
    for text in misses:
        assert not _screened(regex_text, 0, text), text


def test_every_character_beyond_ascii_is_one_byte():
    assert screen.screen_text("caf\u00e9 \u201cok\u201d \U0001df95") == b"caf\x80 \x80ok\x80 \x80"
    # a lone surrogate, which has no UTF-8 form, is one such character too
    doc = Document.from_text("said \ud800")
    assert screen.may_match(doc, r"said \W", 0) and screen.may_match(doc, r"said \w", 0)
    if HAS_RE2:
        assert not screen.may_match(doc, r"said x", 0) and not screen.may_match(doc, r"said \w\w", 0)


_ALPHABET = st.sampled_from(list("abkKsSiI -.,'\n\t\"0123456789") +
                            ["\u212a", "\u017f", "\u0130", "\u0131", "\u00df", "\u00e9", "\u00c9", "\u4e2d", "\x1c", "\x1f",
                             "\u2019", "\u00a0", "\u2014", "\u0660", "\uff11", "\U0001df95"])
_TRICKY = [
    (r"(?i)\bkiss\b", 0), (r"(?<![\w-])([A-Za-z]{2,})(-)(?=[a-z])", 0), (r"\b(\w)\s\1", 0),
    (r"(?i)[^\W\d_]{2}\d", 0), (r"(?<=\d ?)k +(?=[a-z]\b)", 0), (r"[\s\S]{3}i\S", regex.IGNORECASE),
    (r"(?m)^\s*[A-Z][a-z]+ \d{1,2}$", 0), (r"(?:a|bk)+?(?>s|ss)\B", regex.IGNORECASE),
    (r"(?i:I)s[^aeiou]", 0), (r"\D\d\W\w\S\s", 0),
    # back references, compared case-insensitively or not
    (r"(?i)\b(\w+) \1", 0), (r"(\w+) (?i:\1)", 0), (r"([^k])(?i:\1)", 0), (r"(?i)([^k]) \1", 0),
    (r"(?i)(?P<a>s|k)(?!x)[^i]?(?P=a)", 0), (r"(?:(a)|b)\1", 0),
    # lookarounds next to negative ones and anchors
    (r"(?<!a)(?<=[a-z]{2})[,.](?=[A-Z])(?![^\s]*@)", 0), (r"k(?=i)(?=is)\b", 0),
    # a negated class with \s (the separators U+001C-U+001F are no \s to regex), a branch
    # reset before a back reference, a POSIX class inside a wider set
    (r"k[^\s]s", 0), (r"k[^a\s]s", 0), (r"(?|(a)|(b))\1", 0), (r"k[a[:digit:]]s", 0),
]


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=24).map("".join))
def test_wider_on_random_text(text):
    for regex_text, flags in _TRICKY:
        if regex.search(regex_text, text, flags) is not None:
            assert _screened(regex_text, flags, text), (regex_text, text)


def test_prefilter_pairs_are_the_same_with_re2_and_without(monkeypatch):
    # the two-character prefilter strings are found by one re2 Set where google-re2 is installed
    with_set, plain = prefilter._Prefilters(), prefilter._Prefilters()
    for rule in PATTERN_RULES + [r for r in CATALOG.rules if r.type == "boilerplate"]:
        if rule.state.get("requires") is not None:
            with_set.test(rule.state["requires"])
            plain.test(rule.state["requires"])
    with_set._build()
    monkeypatch.setattr(prefilter, "_pair_set", lambda pairs: None)
    plain._build()
    assert plain.pair_set is None and (with_set.pair_set is not None) == HAS_RE2
    assert with_set.pairs == plain.pairs and len(plain.pairs) > 20
    for text in TEXTS + ["said \ud800 -5", "", "5 -5 $5 's"]:
        assert with_set.present(Document.from_text(text)) == plain.present(Document.from_text(text)), text[:80]
    if HAS_RE2:
        assert sorted(prefilter._pairs_in(with_set.pair_set, with_set.pairs, "-5 $5")) == \
            sorted(s for s in with_set.pairs if s in "-5 $5")
        assert prefilter._pairs_in(with_set.pair_set, with_set.pairs, "\ud800") is None
    assert prefilter._pairs_in(None, plain.pairs, "-5") is None


def _prepared(raw):
    return pattern.prepare(check_params(DETECTORS["pattern"], raw))


def _leftmost_start(regex_text, flags, text):
    return screen.first_start(Document.from_text(text), regex_text, flags)


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_no_match_starts_before_the_screens_first_match(rule):
    # the pattern detector begins its search where the screen's leftmost match begins
    compiled = rule.state["re"]
    for text, starts in _match_starts(rule):
        if starts:
            first = _leftmost_start(compiled.pattern_text, compiled.flags, text)
            assert first is not None and first <= starts[0], (text[:80], first, starts[0])


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=24).map("".join))
def test_no_match_starts_before_the_screens_first_match_on_random_text(text):
    for regex_text, flags in _TRICKY:
        m = regex.search(regex_text, text, flags)
        if m is not None:
            first = _leftmost_start(regex_text, flags, text)
            assert first is not None and first <= m.start(), (regex_text, text)


def test_a_search_from_the_screens_first_match_finds_what_a_whole_search_finds():
    # a lookbehind read as text before the match, and a match well into the text
    state = _prepared({"pattern": r"(?<=said )(?:very )+(\w+)", "group": 1})
    text = "Nothing to see here. " * 5 + "He said very very good, and said very fine."
    doc = Document.from_text(text)
    assert screen.first_start(doc, r"(?<=said )(?:very )+(\w+)", 0) == text.index("said")
    assert [text[h.start:h.end] for h in pattern.detect(doc, state)] == ["good", "fine"]
    assert screen.first_start(Document.from_text("said nothing"), r"(?<=said )(?:very )+(\w+)", 0) is None


@pytest.mark.parametrize("regex_text, late", [(r"\Gab", False), (r"(?r)ab", False), (r"(?<=x)ab\b", True)])
def test_a_search_begins_late_only_where_pos_changes_no_match(regex_text, late):
    state = _prepared({"pattern": regex_text})
    assert pattern._may_start_late(state["re"]) is late
    if not late:  # from the start, as before: \G matches only at 0 here
        text = "ab ab xab"
        expected = [m.span() for m in regex.finditer(regex_text, text)]
        assert [(h.start, h.end) for h in pattern.detect(Document.from_text(text), state)] == expected


def _old_char(c: str) -> str:
    return "\\x{%x}" % ord(c) if c.isascii() else screen._BEYOND_ASCII


def _old_class(ascii_members) -> str:
    return "[" + "".join(_old_char(c) for c in sorted(ascii_members)) + screen._BEYOND_ASCII + "]"


@pytest.mark.skipif(not HAS_RE2, reason="google-re2 is not installed")
def test_short_forms_match_as_the_escaped_ones(monkeypatch):
    """Each catalog screen, with its ASCII letters and digits written as themselves and its
    classes' runs as ranges, finds the same leftmost match as the form that escaped every ASCII
    character and listed every member (``_old_char``, ``_old_class``: how ``screen`` wrote them
    before), on the rules' example texts, the clean corpus and texts with each match's first or
    last character cut off."""
    # each rule's texts (``RULE_TEXTS``: the clean corpus among them)
    shared = [screen.screen_text(t) for t in RULE_TEXTS.shared]
    sources = [screen.wider(rule.state["re"].pattern_text, rule.state["re"].flags) for rule in PATTERN_RULES]
    monkeypatch.setattr(screen, "_char", _old_char)
    monkeypatch.setattr(screen, "_class", _old_class)
    olds = [screen.wider(rule.state["re"].pattern_text, rule.state["re"].flags) for rule in PATTERN_RULES]
    monkeypatch.undo()
    compared = found = 0
    for rule, source, escaped in zip(PATTERN_RULES, sources, olds):
        if source is None:
            assert escaped is None, rule.id
            continue
        assert len(source) < len(escaped)
        plain, old = screen.re2_compiled(source, 32 << 20), screen.re2_compiled(escaped, 32 << 20)
        if plain is None or old is None:
            assert plain is None and old is None, rule.id
            continue
        for data in shared + [screen.screen_text(t) for t in RULE_TEXTS.own(rule)]:
            m, n = plain.search(data), old.search(data)
            assert (m and m.span()) == (n and n.span()), (rule.id, data[:80])
            compared += 1
            if m is not None:
                found += 1
                for cut in (data[:m.start()] + data[m.start() + 1:], data[:m.end() - 1] + data[m.end():]):
                    m2, n2 = plain.search(cut), old.search(cut)
                    assert (m2 and m2.span()) == (n2 and n2.span()), (rule.id, cut[:80])
    assert compared > 10_000 and found > 500
