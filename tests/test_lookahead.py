"""Lookbehind-led branches made to look ahead first (``audit.detectors.lookahead``): the
compiled pattern must find exactly what the rule's own text finds, span for span and group for
group, and leave alone what it cannot copy safely."""
import glob
import os

import pytest
import regex

from audit import load_rules
from audit.detectors.lookahead import looking_ahead_first
from rule_helpers import ROOT

CATALOG = load_rules()
REWRITTEN = [r for r in CATALOG.rules
             if r.type == "pattern" and r.state["re"].compiled_text != r.state["re"].pattern_text]


def _clean_texts():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")) +
                   glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    return [open(p, encoding="utf-8").read() for p in paths]


CLEAN = _clean_texts()


def _found(compiled, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]


@pytest.mark.parametrize("pattern_text, expected", [
    # a branch that opens on a lookbehind looks ahead for the rest first
    (r"(?<=\bfood\b[^.]{0,80})quality periods?\b|\bplain\b",
     r"(?=quality periods?\b)(?<=\bfood\b[^.]{0,80})quality periods?\b|\bplain\b"),
    # two lookbehinds in a row, a "|" inside a class, an escaped parenthesis
    (r"(?<![-\w])(?<!\bwarm )needle[|]x\(|a",
     r"(?=needle[|]x\()(?<![-\w])(?<!\bwarm )needle[|]x\(|a"),
    # one group of branches after a lookbehind: its own branches first, then the lookahead
    (r"(?<!\bsaid )(?:(?<=\bsleeves )add oil|one blueprint)",
     r"(?=(?:(?=add oil)(?<=\bsleeves )add oil|one blueprint))(?<!\bsaid )(?:(?=add oil)(?<=\bsleeves )add oil|one blueprint)"),
])
def test_lookbehind_branches_look_ahead_first(pattern_text, expected):
    assert looking_ahead_first(pattern_text) == expected


@pytest.mark.parametrize("pattern_text, flags", [
    (r"\bno lookbehind here|(?:nor here)", 0),
    (r"(?<=\bin )(\w+) \1", 0),                      # a group and a back reference after it: left alone
    (r"(?<=(\w) )(?P<w>\w+)", 0),                    # a named group in the rest
    (r"(?<=x)(?(1)a|b)", 0),                         # a conditional
    (r"(?<=x)ab\Kc", 0),                             # \K
    (r"(?<=x)(?:colour){e<=1}", 0),                  # fuzzy matching
    (r"(?<=x)ab", regex.REVERSE),                    # a reverse search
    (r"(?x)(?<=x) a b  # comment | not a branch", 0),  # verbose: comments and spaces
    (r"(?<=x)ab", regex.VERBOSE),
    (r"(?V1)(?<=x)[[a-z]--[aeiou]]", 0),
    (r"(?<=x)[unclosed", 0),                         # text the reader does not follow
    (r"(?<=x)a[(]b", 0),                             # a "(" in a class is read as a group: left alone
    (r"(?<=x)ab(?# a ( comment )|c", 0),             # a comment may hold brackets
    (r"(?<=a)?b|(?<=a){0,1}c", 0),                    # a quantified lookbehind
    ("(?<=x)(?:" * 18 + "a" + ")" * 18, 0),            # nested: each level's copy doubles the text
])
def test_what_cannot_be_copied_is_left_as_written(pattern_text, flags):
    assert looking_ahead_first(pattern_text, flags) == pattern_text


@pytest.mark.parametrize("pattern_text, flags, text", [
    (r"(?<=\bfood\b[^.]{0,80})quality periods?\b|\bplain\b", 0, "food has quality periods. plain quality period."),
    (r"(?<![-\w])(?<!\bwarm )needle\b|warm", regex.I, "Needle, warm needle, pre-needle, NEEDLE."),
    (r"(?<=(\w+) )(?:\w+ly)\b", 0, "moved quickly and slowly"),   # a group in the lookbehind: numbered as before
    (r"(?<=^\w+ )\w+$|^x", regex.M, "one two\nthree four\nx y"),
])
def test_the_same_matches_on_small_cases(pattern_text, flags, text):
    rewritten = looking_ahead_first(pattern_text, flags)
    assert rewritten != pattern_text
    plain, ahead = regex.compile(pattern_text, flags), regex.compile(rewritten, flags)
    assert _found(ahead, text) == _found(plain, text) != []
    assert (ahead.groups, ahead.groupindex) == (plain.groups, plain.groupindex)


def test_the_large_families_are_rewritten():
    # the families whose lookbehind-led branches made a plain scan slow are among those rewritten
    ids = {r.id for r in REWRITTEN}
    assert len(REWRITTEN) >= 40
    assert {"mt-term-heritage-food-31c", "mt-term-quality-jobs-poverty-31c", "mt-slogans-30d"} <= ids


@pytest.mark.parametrize("rule", REWRITTEN, ids=lambda r: r.id)
def test_a_rewritten_rule_finds_what_its_own_text_finds(rule):
    # on its own examples (where it matches and where a lookbehind turns a match away) and on
    # the clean stories and seed reports, each text alone and all of them in one
    re_ = rule.state["re"]
    plain, ahead = regex.compile(re_.pattern_text, re_.flags), re_.compiled()
    assert ahead.pattern == re_.compiled_text and re_.pattern == rule.params["pattern"]
    assert (ahead.groups, ahead.groupindex) == (plain.groups, plain.groupindex)
    examples = [ex.text for kind in ("flag", "pass") for ex in rule.examples[kind]]
    found = 0
    for text in examples + CLEAN + ["\n\n".join(examples)]:
        expected = _found(plain, text)
        assert _found(ahead, text) == expected, text[:200]
        found += len(expected)
    assert found or not rule.examples["flag"]  # the comparison saw matches


@pytest.mark.parametrize("misread", [lambda text, flags: "(x)" + text,       # a group more
                                     lambda text, flags: text + "(",         # no regular expression
                                     lambda text, flags: "(?P<q>)" + text])  # a name more
def test_a_rewrite_that_changes_the_groups_is_not_used(monkeypatch, misread):
    from audit.detectors import pattern

    monkeypatch.setattr(pattern, "looking_ahead_first", misread)
    monkeypatch.setattr(pattern, "_REWRITES", _unsaved_rewrites())  # no answer kept from an earlier run
    compiled_once = pattern._Regex(r"(?<=a )(b)c", 0)
    assert compiled_once.compiled().pattern == r"(?<=a )(b)c" == compiled_once.compiled_text
    assert [m.span() for m in compiled_once.finditer("a bc")] == [(2, 4)]


def _unsaved_rewrites():
    """A ``pattern._Rewrites`` table that starts empty and is never written to disk."""
    from audit.detectors import pattern

    table = pattern._Rewrites()
    table.table = {}  # loaded: nothing read from the cache directory; no key, so nothing saved at exit
    return table


def test_kept_rewrites_are_the_rewrites(tmp_path, monkeypatch):
    """The table of rewrites kept between runs answers what ``looking_ahead_first`` does, for
    every pattern of the catalog: worked out, saved to the cache directory and read back by a
    fresh table, which answers without rewriting anything."""
    from audit.detectors import pattern

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    rules = [r for r in CATALOG.rules if r.type == "pattern"]
    keys = [(r.state["re"].pattern_text, r.state["re"].flags) for r in rules]
    fresh = [looking_ahead_first(text, flags) for text, flags in keys]
    assert sum(f != text for f, (text, _) in zip(fresh, keys)) > 10  # some patterns are rewritten
    table = pattern._Rewrites()
    assert [table.get(text, flags) for text, flags in keys] == fresh  # worked out (nothing on disk)
    table.save()
    assert list(tmp_path.rglob("lookahead-rewrites-*.marshal"))
    asked = []

    def refused(text, flags):
        asked.append(text)
        raise AssertionError("rewritten again, not read back")

    monkeypatch.setattr(pattern, "looking_ahead_first", refused)
    read = pattern._Rewrites()
    assert [read.get(text, flags) for text, flags in keys] == fresh
    assert asked == [] and not read.dirty
    # a pattern the table has not seen is rewritten (here by a stand-in) and kept
    monkeypatch.setattr(pattern, "looking_ahead_first", lambda text, flags: asked.append(text) or text)
    read.loaded_key = None  # never written at exit
    assert read.get(r"(?<=a )bc", 0) == r"(?<=a )bc" and asked == [r"(?<=a )bc"]
    assert read.get(r"(?<=a )bc", 0) == r"(?<=a )bc" and asked == [r"(?<=a )bc"]


def test_the_lookahead_put_first_stops_before_a_scan_to_the_line_end():
    """A lookaround that repeats without bound (a test of the line's end) stays where the
    pattern has it: put first, it read the rest of a 1 MB line at every place the lookbehinds
    refuse. The matches are those of the pattern as written."""
    pattern_text = r"(?<=[a-z] )(?:The|It)(?= [a-z])(?=[^\n]*[a-z][.!?])"
    rewritten = looking_ahead_first(pattern_text)
    assert rewritten == r"(?=(?:The|It)(?= [a-z]))(?<=[a-z] )(?:The|It)(?= [a-z])(?=[^\n]*[a-z][.!?])"
    text = "The plan grows and The team grows . It is so. we said It " * 2000
    assert [m.span() for m in regex.finditer(rewritten, text)] == [m.span() for m in regex.finditer(pattern_text, text)]
    # nothing before the scan: the branch is left as written
    assert looking_ahead_first(r"(?<=x )(?=[^\n]*\.)y") == r"(?<=x )(?=[^\n]*\.)y"
