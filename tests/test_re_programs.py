"""audit.re_programs: ``re.compile`` from a stored program, the same pattern either way."""
from __future__ import annotations

import re

import pytest

from audit import re_programs

CASES = [
    (r"\b(?:and|or)\b", 0),
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"(?<![\w-])[^\W\d_]+$", re.IGNORECASE | re.MULTILINE),
    (r"[\u3400-\u4dbf\u4e00-\u9fff]{2}", 0),
    (r"(?i:wan|yi)\b(?=[ \u00a0])", re.VERBOSE),
    (r"([^\W\d_]++)\s+\1\b", re.IGNORECASE),
]


@pytest.fixture
def programs(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    return re_programs._Programs


def _same(a, b):
    assert a == b  # re.Pattern equality: pattern, flags and opcodes
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))


@pytest.mark.parametrize("pattern,flags", CASES)
def test_stored_programs_make_the_pattern_re_compile_makes(programs, monkeypatch, pattern, flags):
    first = programs()
    _same(first.compile(pattern, flags), re.compile(pattern, flags))
    assert first.dirty
    first.save()
    again = programs()

    def no_capture(*args):
        raise AssertionError("compiled again, not read back")

    monkeypatch.setattr(re_programs, "_capture", no_capture)
    got = again.compile(pattern, flags)
    _same(got, re.compile(pattern, flags))
    text = "In 2024-05 the the wan Yi 中国人 and-or or"
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)]
    assert not again.dirty


def test_a_damaged_entry_is_compiled_again(programs):
    table = programs()
    table.compile(r"a+b", 0)
    table.table[(r"a+b", 0)] = (r"a+b", 32, [999999], 0, {}, (None,))  # no program the core takes
    _same(table.compile(r"a+b", 0), re.compile(r"a+b"))
    table.table[(r"a+b", 0)] = "not a program"
    _same(table.compile(r"a+b", 0), re.compile(r"a+b"))


def test_no_usable_cache_directory_means_compiling(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("not a directory")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "a-file" / "cache"))  # unreadable, unwritable
    table = re_programs._Programs()
    _same(table.compile(r"x(y)?", 0), re.compile(r"x(y)?"))
    table.save()  # nothing written, no error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_bad_pattern_raises_as_re_compile_does(programs):
    with pytest.raises(re.error):
        programs().compile(r"(unclosed", 0)


def test_the_modules_patterns_read_back_as_compiled():
    """Every program this process holds (the modules' patterns, compiled at import) makes the
    pattern ``re.compile`` makes."""
    table = re_programs.PROGRAMS._load()
    assert len(table) > 100
    for (pattern, flags), args in table.items():
        _same(re.compile(pattern, flags), re_programs.PROGRAMS.compile(pattern, flags))
