"""Patterns compiled from stored programs (``audit.detectors.programs``): the object made from
the table must match exactly as ``regex.compile``'s does, and a damaged or missing table must
only mean compiling again."""
import glob
import os

import pytest
import regex

from audit import load_rules
from audit.detectors import programs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = load_rules()
# the texts the pattern rules compile (``compiled_text``: lookbehind-led branches looking ahead first)
PATTERNS = sorted({(r.state["re"].compiled_text, r.state["re"].flags) for r in CATALOG.rules if r.type == "pattern"} |
                  {(r.state["re"].pattern, int(regex.IGNORECASE | regex.MULTILINE)) for r in CATALOG.rules
                   if r.type == "boilerplate"})


# the seed reports and a line whose letters fold to ASCII under IGNORECASE (the Kelvin sign to
# k, the long s to s)
STORIES = [open(path, encoding="utf-8").read() for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))]
STORIES.append("THE RELEVANT DEPARTMENTS \u212aEPT \u017fuch as MA\u017fSES OF THE PEOPLE")
# each pattern's rules' examples
EXAMPLES_OF = {}
for _rule in CATALOG.rules:
    if _rule.type == "pattern":
        _key = (_rule.state["re"].compiled_text, int(_rule.state["re"].flags))
    elif _rule.type == "boilerplate":
        _key = (_rule.state["re"].pattern, int(regex.IGNORECASE | regex.MULTILINE))
    else:
        continue
    EXAMPLES_OF.setdefault(_key, []).extend(ex.text for kind in ("flag", "pass") for ex in _rule.examples[kind])


def _stored():
    """A table of programs written by one process (instance) and read back by another, in
    ``$MTAUDIT_CACHE_DIR``."""
    first = programs._Programs()
    for text, flags in PATTERNS:
        first.compile(text, flags)
    first.save()
    second = programs._Programs()
    assert len(second._load()) == len(PATTERNS)  # every pattern's program was captured and read back
    return second


@pytest.fixture
def stored(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    return _stored()


@pytest.fixture(scope="module")
def stored_once(tmp_path_factory):
    """``stored`` made once for the module: the per-pattern comparison reads one table."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MTAUDIT_CACHE_DIR", str(tmp_path_factory.mktemp("programs")))
        yield _stored()


def _matches(compiled, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]


# One test a pattern, not one for all: pytest-xdist (``--dist loadfile``) queues the files with
# most tests first, and this comparison, the costliest of the suite in one test, ran last on one
# worker while the other stood idle.
@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_stored_programs_match_as_regex_compile(stored_once, index):
    text, flags = PATTERNS[index]
    from_table = stored_once.compile(text, flags)
    plain = regex.compile(text, flags)
    assert from_table is not plain
    assert (from_table.pattern, from_table.flags, from_table.groups, from_table.groupindex) == \
        (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    # the program read back is the one regex's compiler hands its core now: the two objects run
    # the same opcodes; their matches are compared on the seed reports and the examples of
    # the rules that compile this pattern (where its matches are)
    assert stored_once._load()[(text, int(flags))] == programs._capture(text, int(flags))[1]
    texts = STORIES + EXAMPLES_OF[(text, int(flags))]
    for doc in texts:
        assert _matches(from_table, doc) == _matches(plain, doc), (text[:60], doc[:60])
    # substitution templates and the timeout work on the rebuilt object too
    m = next(iter(from_table.finditer(" ".join(texts))), None)
    if m is not None:
        assert m.expand(r"\g<0>") == m.group(0)
    assert list(from_table.finditer("plain words", timeout=1.0)) == list(plain.finditer("plain words"))


def test_the_table_is_used(stored, monkeypatch):
    # With the compiler unreachable, every pattern still compiles: from its stored program.
    def refuse(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(programs, "_capture", refuse)
    for text, flags in PATTERNS:
        assert stored.compile(text, flags).pattern == text


def test_a_damaged_entry_is_compiled_again(stored):
    text, flags = PATTERNS[0]
    args = stored.table[(text, flags)]
    stored.table[(text, flags)] = (text, flags, "not a program") + args[3:]
    compiled = stored.compile(text, flags)
    assert compiled.pattern == text
    assert stored.table[(text, flags)] == args  # captured again


def test_an_unreadable_table_means_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    first = programs._Programs()
    first.compile(r"\bfoo(bar)?", 0)
    first.save()
    for path in glob.glob(str(tmp_path / "tables" / "regex-programs-*")):
        with open(path, "wb") as fh:
            fh.write(b"\x00garbage")
    again = programs._Programs()
    assert again.compile(r"\bfoo(bar)?", 0).search("a foobar").span() == (2, 8)


def test_invalid_pattern_raises_as_regex_does():
    with pytest.raises(regex.error):
        programs._Programs().compile(r"(unclosed", 0)


def test_an_ignorecase_pattern_with_required_characters_is_stored(tmp_path, monkeypatch):
    # the core is given the required characters' flags as a RegexFlag; the table is written with
    # marshal, which takes plain ints only: one such pattern must not keep the table from disk
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    pattern, flags = r"\bconsumption (?:environment|potential)\b", int(regex.IGNORECASE | regex.V0)
    first = programs._Programs()
    first.compile(pattern, flags)
    first.save()
    second = programs._Programs()
    assert (pattern, flags) in second._load()
    compiled = second.compile(pattern, flags)
    assert [m.span() for m in compiled.finditer("The Consumption Potential grew.")] == [(4, 25)]


def test_regex_cached_is_regex_with_stored_compiles(tmp_path, monkeypatch):
    # grammar imports it as its ``re``: the module's names, compile through the stored programs
    from audit.detectors import grammar, regex_cached

    assert grammar.re is regex_cached
    assert (regex_cached.IGNORECASE, regex_cached.MULTILINE, regex_cached.escape, regex_cached.search) == \
        (regex.IGNORECASE, regex.MULTILINE, regex.escape, regex.search)
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(programs, "PROGRAMS", programs._Programs())
    monkeypatch.setattr(regex_cached, "PROGRAMS", programs.PROGRAMS)
    text = r"(?<=\b(?:is|are)[ ]+)(?i:very)[ ](\w+)"
    compiled = regex_cached.compile(text, regex.MULTILINE)
    plain = regex.compile(text, regex.MULTILINE)
    assert (text, int(regex.MULTILINE)) in programs.PROGRAMS.table  # captured for the next run
    assert (compiled.pattern, compiled.flags, compiled.groups) == (plain.pattern, plain.flags, plain.groups)
    sample = "It is VERY good, they are very  bad, is very odd."
    assert _matches(compiled, sample) == _matches(plain, sample) != []
    assert regex_cached.compile(plain) is plain  # a compiled pattern is returned as regex.compile does
