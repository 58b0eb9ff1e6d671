"""The package's compiled modules kept in the cache directory where Python writes no bytecode
(``audit/bytecode.py``): the same code as compiling the source, compiled again when the source
changes, and a missing, read-only or damaged cache only costs a compilation."""
import marshal
import os
import subprocess
import sys

import pytest

from audit import bytecode

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = b"def f(x):\n    return x * 2\n"


@pytest.fixture
def table(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    return bytecode._Code()


def _compiler(source, path, calls):
    def compile_source():
        calls.append(path)
        return compile(source, path, "exec", dont_inherit=True)
    return compile_source


def _run(code):
    space = {}
    exec(code, space)
    return space["f"](21)


def test_stored_code_is_read_back_without_compiling(table, tmp_path):
    calls = []
    first = table.code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))
    table.save()
    again = bytecode._Code()  # a new process's table, read from the file
    second = again.code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))
    assert calls == ["/x/m.py"]  # compiled once
    assert _run(first) == _run(second) == 42
    assert second.co_filename == "/x/m.py"
    assert marshal.dumps(first) == marshal.dumps(second)


def test_changed_source_is_compiled_again(table):
    calls = []
    table.code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))
    changed = SOURCE.replace(b"* 2", b"* 3")
    code = table.code("/x/m.py", changed, _compiler(changed, "/x/m.py", calls))
    assert calls == ["/x/m.py", "/x/m.py"]
    assert _run(code) == 63


def test_damaged_entry_is_compiled_again(table):
    calls = []
    table.code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))
    digest = table._load()["/x/m.py"][0]
    table._load()["/x/m.py"] = (digest, b"not marshal data")
    assert _run(table.code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))) == 42
    table._load()["/x/m.py"] = (digest, marshal.dumps(("a", "tuple")))
    assert _run(table.code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))) == 42
    assert len(calls) == 3


def test_unusable_cache_still_compiles(tmp_path, monkeypatch):
    # a cache directory that cannot be made (a file stands in its path): read-only for root too
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "file" / "cache"))
    table, calls = bytecode._Code(), []
    assert _run(table.code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))) == 42
    table.save()  # nothing written, no error
    assert _run(bytecode._Code().code("/x/m.py", SOURCE, _compiler(SOURCE, "/x/m.py", calls))) == 42
    assert calls == ["/x/m.py", "/x/m.py"]


def _check_in_a_fresh_process(cache, flag="-B", pycache=None):
    """Import the package in a new interpreter; print which loader read audit.engine and
    whether the process compiled any module (the table grew)."""
    script = ("import audit.engine, audit.bytecode as b; "
              "print(type(audit.engine.__loader__).__name__, b.CODE.dirty, "
              "audit.check_text('It is understood that the the plan works.', audit.load_rules()) != [])")
    args = [sys.executable] + ([flag] if flag else []) + ["-c", script]
    env = dict(os.environ, PYTHONPATH=ROOT, MTAUDIT_CACHE_DIR=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is not None:  # where Python writes its own bytecode (not beside the sources)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    out = subprocess.run(args, env=env, capture_output=True, text=True, cwd=ROOT, check=True)
    return out.stdout.split()


def test_a_second_process_reads_the_package_from_the_cache(tmp_path):
    cache = tmp_path / "cache"
    assert _check_in_a_fresh_process(cache) == ["_Loader", "True", "True"]   # compiled, stored
    assert _check_in_a_fresh_process(cache) == ["_Loader", "False", "True"]  # nothing compiled
    names = [p.name.split("-")[0] for p in (cache / "tables").iterdir()]
    assert [n for n in names if n.startswith("bytecode")] == [bytecode._Code._NAME]


def test_each_copy_of_the_package_keeps_its_own_table_of_its_own_modules(tmp_path, monkeypatch):
    """A table per package folder: a process reads only its own checkout's modules."""
    cache = tmp_path / "cache"
    _check_in_a_fresh_process(cache)
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(cache))
    table = bytecode.diskcache.load(bytecode._Code._NAME, bytecode.CODE._key())
    folder = os.path.join(ROOT, "audit") + os.sep
    assert table and all(path.startswith(folder) for path in table)
    assert bytecode._Code._NAME.startswith("bytecode_") and "-" not in bytecode._Code._NAME


def test_nothing_is_installed_where_python_writes_bytecode(tmp_path):
    loader, _, _ = _check_in_a_fresh_process(tmp_path / "cache", flag=None, pycache=tmp_path / "pyc")
    assert loader == "SourceFileLoader"


def test_the_finder_leaves_other_packages_alone():
    assert bytecode._Finder.find_spec("json") is None
    assert bytecode._Finder.find_spec("auditx.y") is None
