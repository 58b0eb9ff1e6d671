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
    _same(first.compile(pattern, flags), re_programs.uncached_compile(pattern, flags))
    assert first.dirty
    first.save()
    again = programs()

    def no_capture(*args):
        raise AssertionError("compiled again, not read back")

    monkeypatch.setattr(again, "_capture", no_capture)  # this table's: ``re`` itself compiles on
    got = again.compile(pattern, flags)
    _same(got, re_programs.uncached_compile(pattern, flags))
    text = "In 2024-05 the the wan Yi 中国人 and-or or"
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)]
    assert not again.dirty


def test_a_damaged_entry_is_compiled_again(programs):
    table = programs()
    table.compile(r"a+b", 0)
    table.table[(r"a+b", 0)] = (r"a+b", 32, [999999], 0, {}, (None,))  # no program the core takes
    _same(table.compile(r"a+b", 0), re_programs.uncached_compile(r"a+b"))
    table.table[(r"a+b", 0)] = "not a program"
    _same(table.compile(r"a+b", 0), re_programs.uncached_compile(r"a+b"))


def test_no_usable_cache_directory_means_compiling(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("not a directory")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "a-file" / "cache"))  # unreadable, unwritable
    table = re_programs._Programs()
    _same(table.compile(r"x(y)?", 0), re_programs.uncached_compile(r"x(y)?"))
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
        _same(re_programs.uncached_compile(pattern, flags), re_programs.PROGRAMS.compile(pattern, flags))


# Every ``re`` pattern of the process goes through the table (``re_programs.install``).

@pytest.fixture
def served(tmp_path, monkeypatch):
    """A fresh, empty table in place of the process's, and ``re``'s own cache emptied around
    the test (``re`` asks its compiler only for patterns missing from that cache)."""
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(re_programs, "PROGRAMS", re_programs._Programs())
    re.purge()
    yield
    re.purge()


def test_installed_in_re():
    from re import _compiler

    assert _compiler.compile is re_programs._served
    assert re_programs._REAL_COMPILE is not None and re_programs._REAL_COMPILE is not re_programs._served


@pytest.mark.parametrize("pattern,flags", CASES)
def test_re_compile_is_served_from_the_table(served, monkeypatch, pattern, flags):
    got = re.compile(pattern, flags)
    _same(got, re_programs.uncached_compile(pattern, flags))
    assert (pattern, int(flags)) in re_programs.PROGRAMS.table and re_programs.PROGRAMS.dirty
    re_programs.PROGRAMS.save()
    monkeypatch.setattr(re_programs, "PROGRAMS", re_programs._Programs())
    re.purge()

    capture = re_programs._capture

    def no_capture(p, f):  # other patterns (pytest's own) are compiled as usual
        if (p, f) == (pattern, flags):
            raise AssertionError("compiled again, not read back")
        return capture(p, f)

    monkeypatch.setattr(re_programs, "_capture", no_capture)
    again = re.compile(pattern, flags)
    _same(again, got)
    text = "In 2024-05 the the wan Yi 中国人 and-or or"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in got.finditer(text)]
    assert [m.span() for m in re.finditer(pattern, text, flags)] == [m.span() for m in got.finditer(text)]


def test_patterns_compiled_while_checking_are_not_kept(served):
    with re_programs.checking():
        _same(re.compile(r"\bdocument words\b"), re_programs.uncached_compile(r"\bdocument words\b"))
        with re_programs.storing():
            re.compile(r"\bfixed rule\b")
    assert list(re_programs.PROGRAMS.table) == [(r"\bfixed rule\b", 0)]
    re.compile(r"\bafter\b")  # the check is over: kept
    assert (r"\bafter\b", 0) in re_programs.PROGRAMS.table


def test_a_pattern_kept_before_is_served_while_checking(served, monkeypatch):
    re.compile(r"x+y")
    re.purge()
    capture = re_programs._capture

    def no_capture(p, f):
        if p == r"x+y":
            raise AssertionError("captured")
        return capture(p, f)

    monkeypatch.setattr(re_programs, "_capture", no_capture)
    with re_programs.checking():
        _same(re.compile(r"x+y"), re_programs.uncached_compile(r"x+y"))


def test_bytes_and_debug_patterns_bypass_the_table(served, capsys):
    _same(re.compile(rb"a+b"), re_programs.uncached_compile(rb"a+b"))
    re.compile(r"deb+ug", re.DEBUG)
    assert "MAX_REPEAT" in capsys.readouterr().out  # printed as re prints it
    assert not re_programs.PROGRAMS.table


def test_a_bad_pattern_still_raises(served):
    with pytest.raises(re.error):
        re.compile(r"(unclosed")
    assert not re_programs.PROGRAMS.table
