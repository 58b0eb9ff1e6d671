"""The pattern detector's shortcut: a document holding none of a pattern's required literals
is not searched. It must never change what a rule finds."""
import pytest

from audit import load_rules
from audit.detectors import pattern, prefilter
from audit.document import Document
from rule_helpers import HeldStrings, RequirementVerdicts, RuleTexts, pattern_texts, requirement_met

CATALOG = load_rules()
PATTERN_RULES = [r for r in CATALOG.rules if r.type == "pattern"]
TEXTS = list(pattern_texts(PATTERN_RULES))


# each rule's texts (the stories, its examples and a sample of the others'); their documents:
# one set read with the prefilter, one without
RULE_TEXTS = RuleTexts(PATTERN_RULES)


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_shortcut_changes_no_finding(rule):
    plain = dict(rule.state, requires=None)
    for doc, plain_doc in zip(RULE_TEXTS.docs(rule, "prefilter"), RULE_TEXTS.docs(rule, "no prefilter")):
        assert list(pattern.detect(doc, rule.state)) == list(pattern.detect(plain_doc, plain)), doc.text[:80]


def test_shortcut_skips_a_document_without_the_literals():
    state = dict(pattern.prepare({"pattern": r"\b(?:(a+)+)+zzqq", "group": 0, "flags": [], "suggestion": None,
                                  "suggestions": {}, "timeout": 0.05}))
    assert ("any", ("zzqq",)) in state["requires"][1]
    # Without the shortcut this search backtracks past its timeout; with it nothing runs.
    assert list(pattern.detect(Document.from_text("a" * 40 + "!"), state)) == []


@pytest.mark.parametrize("regex_text, passes, fails", [
    # adjacent literal parts are joined: "one" and "city" apart are not enough
    (r"\bone (?:city|county),? one plan", ["One county, one plan."], ["one plan for one city"]),
    # every required part counts, not just the best one
    (r"realiz\w* (?:a )?growth of \d+", ["realized growth of 5"], ["growth of 5", "realized gains"]),
    # a lookbehind's text lies in the document, outside the match
    (r"(?<=\bfell )-(?=\d)", ["fell -5"], ["rose -5"]),
    # each branch brings its own test
    (r"\bper ?cent points|(?P<usd>\$ ?\d+ dollars)", ["5 percent points", "$5 dollars"], ["5 dollars", "5 percent"]),
    (r"(?i)[Ss]elf money", ["SELF MONEY"], ["elf money"]),
])
def test_requirement(regex_text, passes, fails):
    node = pattern.requirement(regex_text)
    assert node is not None
    for text in passes:
        assert prefilter._holds(node, text.casefold()), text
    for text in fails:
        assert not prefilter._holds(node, text.casefold()), text


@pytest.mark.parametrize("regex_text", [r"\s+|\w+ly", r"\p{Han}+\w\w", r"a?b?"])
def test_no_requirement(regex_text):
    assert pattern.requirement(regex_text) is None


def test_requirement_of_regex_module_syntax():
    def holds(regex_text, text):
        return prefilter._holds(pattern.requirement(regex_text), text.casefold())
    # a branch reset group matches as a plain group; \K moves the match start, not the text needed
    assert holds(r"(?|(ab)|(cd))ef", "xcdef") and not holds(r"(?|(ab)|(cd))ef", "ab ef cd")
    assert holds(r"(?:^|\. )\KSaid:", "Said: no") and not holds(r"(?:^|\. )\KSaid:", "said no:")
    # inside a character class the characters are plain characters
    assert pattern.requirement(r"x[(?|]y") == ("any", ("x(y", "x?y", "x|y"))


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_flag_examples_meet_the_requirement(rule):
    node = rule.state.get("requires")
    if node is None:
        pytest.skip("no requirement")
    for ex in rule.examples["flag"]:
        assert prefilter._holds(node, ex.text.casefold()), ex.text


def test_lookbehind_text_joins_what_follows():
    node = pattern.requirement(r"(?<=\bfell\w* (?:by )?)-(?=\d)")
    assert prefilter._holds(node, "it fell by -5")
    assert not prefilter._holds(node, "it fell,-5")  # no space before the sign


@pytest.mark.parametrize("pattern,text", [
    (r"(?:colour){e<=1}", "The color red."),            # fuzzy matching: regex module only
    (r"no[[:digit:]]bar", "See no7bar."),               # a POSIX class
    (r"(?V1)[[a-z]--[aeiou]]{3}x", "bcdx"),             # set difference
])
def test_regex_module_syntax_gets_no_prefilter_that_would_hide_a_match(pattern, text):
    import regex

    from audit.detectors.prefilter import requirement

    assert regex.search(pattern, text)
    assert requirement(pattern) is None


def _substring_verdict(state, folded):
    """The prefilter decided one substring search at a time, as before the shared pass."""
    requires = state["requires"]
    return requires is None or prefilter._holds(requires, folded)


def test_held_strings_is_the_substring_test():
    strings = {"ab", "b c", "xyz", "c", "abc d"}
    held = HeldStrings(strings)
    for folded in ("", "ab", "xab c", "abc d", "zz", "c"):
        assert held(folded) == {s for s in strings if s in folded}


def test_one_pass_finds_every_prefilter_string_the_text_holds():
    held = HeldStrings(prefilter.PREFILTERS.strings)
    assert len(held.strings) > 100
    for text in TEXTS:
        doc = Document.from_text(text)
        assert prefilter.PREFILTERS.present(doc) == held(text.casefold()), text[:80]


REQUIRING = [r for r in PATTERN_RULES if r.state["requires"]]
# each text's prefilter strings as the shared pass finds them, and the strings of the rules'
# requirements its case-folded text holds as substrings: worked out once per text, not per rule
_PRESENT, _HELD = {}, {}
_HELD_STRINGS = HeldStrings(set().union(*(prefilter.strings_of(r.state["requires"]) for r in REQUIRING)))


def _present_and_held(text):
    key = (text, prefilter.PREFILTERS.generation)  # strings registered later make a new generation
    if key not in _PRESENT:
        _PRESENT[key] = prefilter.PREFILTERS.present(Document.from_text(text))
    if text not in _HELD:
        _HELD[text] = _HELD_STRINGS(text.casefold())
    return _PRESENT[key], _HELD[text]


def test_a_requirement_on_the_held_strings_is_the_substring_verdict():
    # the verdict below is the requirement read on the strings the text holds, which is the
    # substring search one string at a time (``_substring_verdict``), shown here on a sample
    for rule in REQUIRING[::7]:
        for text in TEXTS[::50] + [rule.examples["flag"][0].text]:
            held = _present_and_held(text)[1]
            assert requirement_met(rule.state["requires"], held) == _substring_verdict(rule.state, text.casefold())


@pytest.mark.parametrize("rule", REQUIRING, ids=lambda r: r.id)
def test_set_tests_decide_as_substring_searches(rule):
    requires = rule.state["requires"]
    test = prefilter.PREFILTERS.test(requires)
    met = RequirementVerdicts(requires)  # requirement_met(requires, held), read once per set of its strings
    verdicts = []
    for text in RULE_TEXTS.texts(rule) + ["", "xyz"]:
        present, held = _present_and_held(text)
        verdicts.append(test(present))
        assert verdicts[-1] == met(held), text[:80]
    assert False in verdicts  # the prefilter turns some text away


def test_a_state_made_later_brings_its_strings():
    # a rule prepared after documents were read: its strings join, the documents are read again
    doc = Document.from_text("The qqzzyx plan.")
    assert "qqzzyx" not in prefilter.PREFILTERS.present(doc)
    state = pattern.prepare({"pattern": r"qqzzyx", "group": 0, "flags": [], "suggestion": None,
                             "suggestions": {}, "timeout": 0.5})
    assert "qqzzyx" in prefilter.PREFILTERS.present(doc)
    assert [h[:2] for h in pattern.detect(doc, state)] == [(4, 10)]


def _fresh_facts(rule):
    import regex

    flags = 0
    for name in rule.params.get("flags", []):
        flags |= pattern._FLAGS[name]
    compiled = regex.compile(rule.params["pattern"], flags)
    return int(flags), (compiled.groups, dict(compiled.groupindex), prefilter.screened(pattern.requirement(rule.params["pattern"])))


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.id)
def test_facts_read_back_are_the_facts_worked_out(rule, tmp_path, monkeypatch):
    # What the facts table holds, written to disk and read back by a new table, is what the
    # pattern compiles to and parses to; the state uses it.
    flags, fresh = _fresh_facts(rule)
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    writer = pattern._Facts()
    assert writer.get(rule.params["pattern"], flags) is None
    writer.put(rule.params["pattern"], flags, *fresh)
    writer.save()
    reader = pattern._Facts()
    assert reader.get(rule.params["pattern"], flags) == fresh
    assert rule.state["requires"] == fresh[2]
    assert rule.state["re"].groups == fresh[0] and rule.state["re"].pattern == rule.params["pattern"]


def test_a_pattern_compiles_on_first_use_and_pickles():
    import pickle

    state = pattern.prepare({"pattern": r"(?P<w>qq\w+)", "group": "w", "flags": ["ignorecase"], "suggestion": None,
                             "suggestions": {}, "timeout": 0.5})
    lazy = state["re"]
    assert lazy._compiled is None or lazy._compiled.pattern == r"(?P<w>qq\w+)"
    assert [h[:2] for h in pattern.detect(Document.from_text("a QQfoo b"), state)] == [(2, 7)]
    assert lazy._compiled is not None and lazy.groupindex == {"w": 1}
    again = pickle.loads(pickle.dumps(lazy))
    assert again.pattern == lazy.pattern and again.flags == lazy.flags


def test_bad_patterns_are_refused_at_load_whatever_the_table_holds():
    with pytest.raises(Exception, match="invalid regular expression"):
        pattern.prepare({"pattern": r"(unclosed", "group": 0, "flags": [], "suggestion": None,
                         "suggestions": {}, "timeout": 0.5})
    with pytest.raises(Exception, match="only 1 groups"):
        pattern.prepare({"pattern": r"(a)b", "group": 2, "flags": [], "suggestion": None,
                         "suggestions": {}, "timeout": 0.5})


@pytest.mark.parametrize("regex_text, flags, text", [
    (r"\bistanbul\b", ["ignorecase"], "Talks in \u0130stanbul ended."),  # dotted capital I folds to i + U+0307
    (r"\bIN THE\b", ["ignorecase"], "held \u0131n the hall"),          # (?i)I matches the dotless i
    (r"\b\u0130stanbul\b", ["ignorecase"], "Talks in istanbul ended."),  # the pattern's own dotted I
    (r"(?i)\bistanbul\b", [], "Talks in \u0130STANBUL ended."),
])
def test_letters_that_fold_apart_from_their_case_match_keep_every_match(regex_text, flags, text):
    state = pattern.prepare({"pattern": regex_text, "group": 0, "flags": flags, "suggestion": None,
                             "suggestions": {}, "timeout": 0.5})
    plain = dict(state, requires=None)
    found = [h[:2] for h in pattern.detect(Document.from_text(text), state)]
    assert found and found == [h[:2] for h in pattern.detect(Document.from_text(text), plain)]


def test_a_trap_letter_in_the_pattern_means_no_prefilter():
    assert pattern.requirement("\u0130stanbul") is None
    assert pattern.requirement("istanbul") == ("any", ("istanbul",))


BOILERPLATE_RULES = [r for r in CATALOG.rules if r.type == "boilerplate"]


def _boilerplate_texts():
    yield from TEXTS
    for rule in BOILERPLATE_RULES:
        for kind in ("flag", "pass"):
            for ex in rule.examples[kind]:
                yield ex.text
                yield "A first line of the article.\n" + ex.text + "\r\nAnd the last line.\n"


@pytest.mark.parametrize("rule", BOILERPLATE_RULES, ids=lambda r: r.id)
def test_boilerplate_prefilter_changes_no_finding(rule):
    from audit.detectors import boilerplate

    assert rule.state["requires"] is not None
    plain = dict(rule.state, requires=None)
    skipped = 0
    for text in _boilerplate_texts():
        with_filter = list(boilerplate.detect(Document.from_text(text), rule.state))
        assert with_filter == list(boilerplate.detect(Document.from_text(text), plain)), text[:80]
        present = prefilter.PREFILTERS.present(Document.from_text(text))
        skipped += not prefilter.PREFILTERS.test(rule.state["requires"])(present)
    assert skipped  # the prefilter turns some text away


def test_boilerplate_prefilter_drops_strings_across_lines():
    from audit.detectors import boilerplate

    assert boilerplate._prefilter(r"(?m)^Editor\n^Reporter") is None  # its one string holds "\n"
    assert boilerplate._prefilter(r"(?m)^Editor:") == ("any", ("editor:",))
    # only the part across lines is dropped
    assert boilerplate._prefilter(r"(?m)^Editor: \w+\nReporter: \w+") == ("any", ("editor: ",))


@pytest.mark.parametrize("node, expected", [
    (None, None),
    (("any", ("ab", "c\n")), None),
    (("all", (("any", ("ab",)), ("any", ("c\n",)))), ("any", ("ab",))),
    (("all", (("any", ("ab",)), ("any", ("cd",)), ("any", ("\n",)))), ("all", (("any", ("ab",)), ("any", ("cd",))))),
    (("or", (("any", ("ab",)), ("any", ("c\n",)))), None),        # a branch with nothing known
    (("or", (("any", ("ab",)), ("all", (("any", ("cd",)), ("any", ("\n",)))))), ("or", (("any", ("ab",)), ("any", ("cd",))))),
])
def test_without_weakens_a_requirement(node, expected):
    assert prefilter.without(node, lambda s: "\n" in s) == expected


@pytest.mark.parametrize("node, expected", [
    (None, None),
    (("any", (" the ",)), ("any", (" the ",))),                          # nothing would be left: kept
    (("all", (("any", (" the ",)), ("any", ("zither",)))), ("any", ("zither",))),
    (("all", (("any", ("zither", "the ")), ("any", ("lute",)), ("any", ("harp",)))),
     ("all", (("any", ("lute",)), ("any", ("harp",))))),                 # a part naming one goes whole
    (("or", (("any", ("lute",)), ("any", ("said",)))), ("or", (("any", ("lute",)), ("any", ("said",))))),
    (("all", (("any", ("zither",)), ("or", (("any", ("lute",)), ("any", ("said",)))))), ("any", ("zither",))),
])
def test_screened_drops_the_parts_naming_a_common_string(node, expected):
    assert prefilter.screened(node) == expected


def test_common_strings_are_folded_and_longer_than_two_characters():
    # the automaton's strings are case-folded; one or two characters are looked up apart
    assert prefilter.COMMON and all(s == s.casefold() and len(s) > 2 for s in prefilter.COMMON)


def test_a_pattern_rule_keeps_the_screened_requirement():
    text = r"\bthe\b.{0,20}\b(?:zither|lute)s?\b"
    state = pattern.prepare({"pattern": text, "flags": ["ignorecase"], "group": 0, "suggestion": None,
                             "suggestions": {}, "timeout": 1.0})
    assert prefilter.requirement(text) != state["requires"] == prefilter.screened(prefilter.requirement(text))
    assert not set(prefilter.strings_of(state["requires"])) & prefilter.COMMON
    assert prefilter._holds(state["requires"], "the zithers of the orchestra")
    assert not prefilter._holds(state["requires"], "the harp of the orchestra")


def test_short_strings_are_kept_as_they_come():
    # the automaton's build reads the one- and two-character strings from ``short``
    filters = prefilter._Prefilters()
    filters.test(("all", (("any", ("ab", "cde")), ("or", (("any", ("x",)), ("any", ("fgh",)))))))
    assert filters.short == {"ab", "x"} and filters.strings == {"ab", "cde", "x", "fgh"}
    filters.present(Document.from_text("An Ab, a fgh."))
    assert filters.chars == frozenset({"x"}) and filters.pairs == ("ab",)


def test_making_a_test_leaves_the_collector_as_it_was():
    import gc

    filters = prefilter._Prefilters()
    gc.disable()
    try:
        filters.test(("any", ("zither",)))
        assert not gc.isenabled()
    finally:
        gc.enable()
    filters.test(("all", (("any", ("lute",)), ("any", ("harp",)))))
    assert gc.isenabled() and filters.strings == {"zither", "lute", "harp"}
    assert set(filters.by_string) == {"zither", "harp"} or set(filters.by_string) == {"zither", "lute"}


def test_a_full_facts_table_makes_room(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    facts = pattern._Facts()
    monkeypatch.setattr(pattern._Facts, "_LIMIT", 3)
    for i in range(5):
        facts.put(f"p{i}", 0, 0, {}, None)
    assert facts.get("p4", 0) == (0, {}, None) and len(facts.table) <= 3


@pytest.mark.parametrize("regex_text, passes, fails", [
    # \d is spelt as the ten ASCII digits, and a lookahead's text follows the run at once
    (r"(?<=\bfell )-(?=\d)", ["it fell -5"], ["it fell - 5", "it fell -x 5"]),
    # a repeat's last round ends just before what follows
    (r"\bon the \d{1,2}(?:st|nd|rd|th)(?=,)", ["on the 21st, it"], ["on the 21 st, it", "on the 21st it"]),
    (r"([A-Za-z]{3,})(-)(?=(?:the|a)\b)", ["word-the end"], ["word- the end", "word-x the end"]),
])
def test_sharper_requirement(regex_text, passes, fails):
    test_requirement(regex_text, passes, fails)


@pytest.mark.parametrize("text", ["It fell -\uff15 percent.", "It fell -\u0665 percent.", "It fell -5 percent."])
def test_digits_other_than_ascii_get_no_prefilter(text):
    # The prefilter spells \d as 0-9; the regex module's \d matches every decimal digit, so a
    # document holding another one is searched whatever its strings.
    import regex

    state = pattern.prepare({"pattern": r"(?<=\bfell )-(?=\d)", "group": 0, "flags": [], "suggestion": None,
                             "suggestions": {}, "timeout": 0.5})
    assert regex.search(r"(?<=\bfell )-(?=\d)", text)
    assert [h[:2] for h in pattern.detect(Document.from_text(text), state)] == [(8, 9)]
    assert (prefilter.PREFILTERS.present(Document.from_text(text)) is None) == (not text.isascii())


def test_may_match_is_the_requirement_on_the_documents_strings():
    state = {"requires": prefilter.requirement(r"qqvvx(?:ab|cd)")}
    prefilter.register(state)
    assert prefilter.may_match(Document.from_text("a qqvvxcd b"), state)
    assert not prefilter.may_match(Document.from_text("a qqvvx b"), state)
    assert prefilter.may_match(Document.from_text("a qqvvx b"), {"requires": None})        # no requirement
    assert prefilter.may_match(Document.from_text("\u0130 a qqvvx b"), state)              # a fold trap: searched


def test_strings_added_later_go_to_a_small_automaton_until_merged():
    filters = prefilter._Prefilters()
    base = [("any", (f"base{i:03d}",)) for i in range(80)]
    for node in base:
        filters.test(node)
    doc = Document.from_text("base001 and base079, late01 and late12")
    assert filters.present(doc) == {"base001", "base079"}
    large = filters.large
    filters.test(("any", ("late01",)))                          # one new string: a small automaton
    assert filters.present(doc) == {"base001", "base079", "late01"}
    assert filters.large is large and len(filters.automata) == 2
    for i in range(2, 13):                                      # past an eighth of the large one: merged
        filters.test(("any", (f"late{i:02d}",)))
    assert filters.present(doc) == {"base001", "base079", "late01", "late12"}
    assert filters.large is not large and len(filters.automata) == 1
    assert filters.built == filters.strings


@pytest.mark.parametrize("rule", BOILERPLATE_RULES, ids=lambda r: r.id)
def test_stored_requirements_read_back_as_worked_out(rule, tmp_path, monkeypatch):
    # boilerplate's requirement, written to the cache directory and read back by a new table,
    # is the one ``requirement`` works out; a malformed entry is worked out again.
    from audit.detectors import boilerplate

    combined = rule.state["re"].pattern
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    writer = prefilter._Stored()
    assert writer.get(combined) == prefilter.requirement(combined)
    writer.save()
    reader = prefilter._Stored()
    assert reader._load()[combined] == (prefilter.requirement(combined),)
    assert reader.get(combined) == prefilter.requirement(combined)
    reader.table[combined] = (("any", (1, 2)),)
    assert reader.get(combined) == prefilter.requirement(combined)
    assert boilerplate._prefilter(combined) == rule.state["requires"]


def test_kept_automaton_finds_what_a_fresh_one_finds(tmp_path, monkeypatch):
    """The prefilter's automaton read back from the cache directory (not built again) holds the
    same strings and finds the same ones in a text as one built afresh; a stored state of other
    strings under the key (one of as many strings, stored as it would be for them, or a bare
    state) or a state with a byte changed is built again, not used."""
    import shutil

    from audit import diskcache
    from audit.detectors import prefilter

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    strings = {"quality guarantee", "guarantee period", "the", "ab", "x", "period of"}
    text = "the quality guarantee period of the goods"
    words = sorted(s for s in strings if len(s) > 2)
    fresh = prefilter._automaton(strings)
    real, builds = prefilter._automaton, []

    def counted(strings):
        builds.append(sorted(strings))
        return real(strings)

    def refused(strings):
        raise AssertionError("built again, not read back")

    monkeypatch.setattr(prefilter, "_automaton", counted)
    built = prefilter._kept_automaton(strings)   # built and stored
    assert builds == [words]
    monkeypatch.setattr(prefilter, "_automaton", refused)
    read = prefilter._kept_automaton(strings)    # read back
    (path,) = tmp_path.rglob("prefilter-automaton-*.marshal")
    for automaton in (built, read):
        assert sorted(automaton.keys()) == sorted(fresh.keys()) == words
        assert sorted(automaton.iter(text)) == sorted(fresh.iter(text))

    def rebuilt():
        builds.clear()
        monkeypatch.setattr(prefilter, "_automaton", counted)
        again = prefilter._kept_automaton(strings)
        assert builds == [words]  # the check refused what was stored
        assert sorted(again.keys()) == words and sorted(again.iter(text)) == sorted(fresh.iter(text))
        monkeypatch.setattr(prefilter, "_automaton", refused)
        assert sorted(prefilter._kept_automaton(strings).keys()) == words  # the new build was stored

    key = path.name[len("prefilter-automaton-"):-len(".marshal")]
    # as many other strings, stored as they would be for themselves, then copied under the key
    others = {"something else", "other words", "yet another", "one more"}
    monkeypatch.setattr(prefilter, "_automaton", real)
    prefilter._kept_automaton(others)
    (other_path,) = [p for p in tmp_path.rglob("prefilter-automaton-*.marshal") if p != path]
    shutil.copy(other_path, path)
    rebuilt()
    # a bare state of as many other strings
    diskcache.save("prefilter-automaton", key, real(others).__reduce__()[1])
    rebuilt()
    # one byte of the stored trie changed
    digest, state = diskcache.load("prefilter-automaton", key)
    chunk = bytearray(state[0][0])
    chunk[len(chunk) // 2] ^= 0x01
    diskcache.save("prefilter-automaton", key, (digest, ([bytes(chunk)] + list(state[0][1:]),) + tuple(state[1:])))
    rebuilt()


def test_may_start_late_and_a_screened_out_document_compile_nothing(monkeypatch):
    """Whether a search may begin late is read from the pattern's text and flags, compiling
    only a text that may turn the reverse flag on inline; a document that the pattern's re2
    screen turns away (after its prefilter let it through) does not compile the pattern."""
    import regex

    compiled = []
    real = pattern._Regex.compiled

    def counted(self):
        if self._compiled is None:
            compiled.append(self.pattern_text)
        return real(self)

    monkeypatch.setattr(pattern._Regex, "compiled", counted)
    for text, flags, late, compiles in [(r"(?<=x)ab\b", 0, True, False), (r"(?:ab|cd)(?i:e)", 0, True, False),
                                        (r"\Gab", 0, False, False), (r"ab", regex.REVERSE, False, False),
                                        (r"(?r)ab", 0, False, True), (r"(?ir:ab)", 0, False, True),
                                        (r"[(?r]ab", 0, True, True), (r"(?P<rr>ab)", 0, True, False)]:
        compiled.clear()
        assert pattern._may_start_late(pattern._Regex(text, flags)) is late, text
        assert compiled == ([text] if compiles else []), text
    state = dict(pattern.prepare({"pattern": r"\bquality[ ,]+period\b", "group": 0,
                                  "flags": [], "suggestion": None, "suggestions": {}, "timeout": 0.5}))
    state["re"] = pattern._Regex(state["re"].pattern_text, state["re"].flags)  # not compiled yet
    doc = Document.from_text("The period of quality guarantee, a guarantee of quality. " * 3)
    assert prefilter.may_match(doc, state)  # the prefilter lets it through: every string is there
    compiled.clear()
    assert list(pattern.detect(doc, state)) == [] and compiled == []
    text = "A quality period of two years."
    assert [(h.start, h.end) for h in pattern.detect(Document.from_text(text), state)] == [(2, 16)]
    assert compiled == [state["re"].pattern_text]


def test_automaton_named_by_the_log_of_requirements(tmp_path, monkeypatch):
    """The large automaton a ``_Prefilters`` builds is kept under the digest of the requirements
    that brought its strings (not the strings sorted): the same requirements in the same order
    read it back, and it finds what a fresh one finds; other requirements get a key of their
    own (a table of their strings, not the first one's)."""
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    nodes = [("any", (f"base{i:03d}",)) for i in range(40)] + [("all", (("any", ("quality guarantee",)),
                                                                        ("any", ("ab", "x"))))]
    text = "base001, base039 and the quality guarantee period x"
    fresh = prefilter._automaton({s for n in nodes for s in prefilter.strings_of(n)})
    real, builds = prefilter._automaton, []

    def counted(strings):
        builds.append(sorted(strings))
        return real(strings)

    monkeypatch.setattr(prefilter, "_automaton", counted)

    def made(requirements):
        filters = prefilter._Prefilters()
        for node in requirements:
            filters.test(node)
        return filters, filters.present(Document.from_text(text))

    first, found = made(nodes)
    assert len(builds) == 1 and found == {"base001", "base039", "quality guarantee", "x"}
    again, found_again = made(nodes)
    assert len(builds) == 1 and found_again == found  # read back, not built
    assert sorted(again.large.keys()) == sorted(fresh.keys())
    assert sorted(again.large.iter(text.casefold())) == sorted(fresh.iter(text.casefold()))
    other, found_other = made(nodes[:-1] + [("any", ("guarantee period",))])
    assert len(builds) == 2 and found_other == {"base001", "base039", "guarantee period"}
    assert len(list(tmp_path.rglob("prefilter-automaton-by-requirements-*.marshal"))) == 2
