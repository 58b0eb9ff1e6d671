"""The suite writes its derived tables into a cache directory of its own (tests/conftest.py)."""
import importlib.util
import os

import platformdirs

from audit import diskcache

HERE = os.path.dirname(os.path.abspath(__file__))


def _conftest():
    spec = importlib.util.spec_from_file_location("suite_conftest", os.path.join(HERE, "conftest.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_suite_does_not_write_into_the_users_cache():
    assert diskcache.cache_dir() != platformdirs.user_cache_dir("mtaudit", appauthor=False)


def test_a_table_saved_over_a_linked_one_leaves_the_source_alone(tmp_path, monkeypatch):
    source, own = tmp_path / "user", tmp_path / "suite"
    (source / "tables").mkdir(parents=True)
    (own / "tables").mkdir(parents=True)
    link_or_copy = _conftest()._link_or_copy
    diskcache_key = "0" * 32
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(source))
    diskcache.save("demo", diskcache_key, ["the user's table"])
    name = f"demo-{diskcache_key}.marshal"
    link_or_copy(str(source / "tables" / name), str(own / "tables" / name))
    assert os.stat(source / "tables" / name).st_nlink == 2  # linked, not copied
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(own))
    assert diskcache.load("demo", diskcache_key) == ["the user's table"]
    diskcache.save("demo", diskcache_key, ["the suite's table"])
    assert diskcache.load("demo", diskcache_key) == ["the suite's table"]
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(source))
    assert diskcache.load("demo", diskcache_key) == ["the user's table"]


def test_the_embedding_cache_is_copied_not_linked(tmp_path):
    src, dst = tmp_path / "embeddings-v1.sqlite", tmp_path / "copy.sqlite"
    src.write_bytes(b"sqlite pages")
    _conftest()._link_or_copy(str(src), str(dst))
    assert dst.read_bytes() == b"sqlite pages"
    assert os.stat(src).st_nlink == 1  # written in place by SQLite: a link would share the writes


def test_a_run_of_the_suite_leaves_the_users_cache_untouched(tmp_path):
    """End to end, as a user runs the suite: with no MTAUDIT_CACHE_DIR and the user's cache
    under XDG_CACHE_HOME, a run (importing ``audit`` builds and saves tables, some at exit)
    writes nothing there and leaves no directory of its own behind."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "MTAUDIT_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
    env["TMPDIR"] = str(tmp_path / "tmp")
    os.makedirs(env["TMPDIR"])
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         os.path.join(HERE, "test_suite_cache.py") + "::test_the_suite_does_not_write_into_the_users_cache"],
        cwd=os.path.dirname(HERE), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    assert not os.path.exists(tmp_path / "xdg" / "mtaudit")
    assert os.listdir(env["TMPDIR"]) == []
